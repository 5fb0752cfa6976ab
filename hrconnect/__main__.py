# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Entry point: ``hrconnect`` / ``python -m hrconnect``.

With a subcommand it runs the CLI; without one it opens the window. This is the only module
outside ``hrconnect.ui`` allowed to import the UI, and it does so only on the window path, so a
CLI command never loads Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the CLI or open the window; returns the process exit code."""
    arguments = sys.argv[1:] if argv is None else argv
    from hrconnect.cli.parser import build_parser
    from hrconnect.errors import HrconnectError

    try:
        args = build_parser().parse_args(arguments)
    except HrconnectError as error:
        sys.stderr.write(f"{error}\n")
        return error.exit_code
    if args.command is not None:
        from hrconnect.cli.main import run

        _spare_the_final_collection()
        return run(args)
    from hrconnect.ui.app import run_window

    return run_window(args)


def _spare_the_final_collection() -> None:
    """Freeze the heap when the process exits, so shutdown does not scan it for cycles.

    A command's process ends when it is done, and its memory goes back to the system at once;
    but the interpreter's final collections would first scan what the command left behind
    (the name caches of a big import: 0.7 s after 38,000 records, ``bench_import.py``).
    Registered with ``atexit``, so it runs at exit: calling :func:`main` in-process (tests)
    changes nothing until then.
    """
    import atexit
    import gc

    atexit.unregister(gc.freeze)  # once, however often main() runs in one process
    atexit.register(gc.freeze)


def main_gui() -> int:
    """Entry point of the ``hrconnect-gui`` launcher (no console window on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
