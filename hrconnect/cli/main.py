# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Running one CLI command: open the app, dispatch, turn errors into one line and an exit code."""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TYPE_CHECKING

from hrconnect.cli.logs import configure_logging, log_file
from hrconnect.errors import HrconnectError, NotBuiltError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

    from hrconnect.clock import Clock
    from hrconnect.services.app import App

log = logging.getLogger(__name__)


def _handlers() -> dict[str, Callable[[App, argparse.Namespace], int]]:
    from hrconnect.cli import (
        commands_data,
        commands_keep,
        commands_match,
        commands_network,
        commands_people,
    )

    return {
        "import": commands_data.run_import,
        "export": commands_data.run_export,
        "backup": commands_data.run_backup,
        "restore": commands_data.run_restore,
        "forget": commands_data.run_forget,
        "show": commands_people.run_show,
        "search": commands_people.run_search,
        "due": commands_keep.run_due,
        "log": commands_keep.run_log,
        "remind": commands_keep.run_remind,
        "snooze": commands_keep.run_snooze,
        "tag": commands_keep.run_tag,
        "colleagues": commands_network.run_colleagues,
        "calendar": commands_network.run_calendar,
        "dedupe": commands_match.run_dedupe,
        "review": commands_match.run_review,
        "unmerge": commands_match.run_unmerge,
    }


def run(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Run a parsed command; returns the exit code. Never raises for expected problems.

    ``clock`` is injected by tests; the real clock otherwise.
    """
    from hrconnect.paths import AppPaths

    paths = None
    try:
        if args.demo:
            from hrconnect.services.demo import demo_paths, ensure_demo

            paths = demo_paths(AppPaths.resolve(args.home))
            configure_logging(paths, verbose=args.verbose)
            ensure_demo(paths)
        else:
            paths = AppPaths.resolve(args.home)
            configure_logging(paths, verbose=args.verbose)
        handler = _handlers().get(args.command)
        if handler is None:
            raise NotBuiltError(f"'{args.command}' is not built yet")
        from hrconnect.services.app import App

        with App(paths, clock) as app:
            return handler(app, args)
    except HrconnectError as error:
        sys.stderr.write(f"hrconnect: {error}\n")
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("hrconnect: interrupted; nothing was changed\n")
        return 1
    except BrokenPipeError:
        # The reader went away (``hrconnect export ... | head``): not an error of ours. Point
        # stdout at devnull so the interpreter's final flush does not complain either.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as error:  # the last line of defence: no traceback reaches a user
        where = log_file(paths) if paths else None
        log.error("internal error:\n%s", traceback.format_exc(), extra={"file_only": True})
        hint = f"; details in {where}" if where else ""
        sys.stderr.write(f"hrconnect: internal error ({type(error).__name__}: {error}){hint}\n")
        return 1


def main(argv: Sequence[str], clock: Clock | None = None) -> int:
    """Parse and run a command line (without the program name)."""
    from hrconnect.cli.parser import build_parser

    try:
        args = build_parser().parse_args(list(argv))
    except HrconnectError as error:
        sys.stderr.write(f"{error}\n")
        return error.exit_code
    return run(args, clock)
