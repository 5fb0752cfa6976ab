# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands for keeping in touch: due, log, remind, snooze, tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.errors import NotBuiltError

if TYPE_CHECKING:
    import argparse

    from hrconnect.services.app import App


def run_due(app: App, args: argparse.Namespace) -> int:
    """``due [--today DATE] [--json]``."""
    raise NotBuiltError("'due' is not built yet")


def run_log(app: App, args: argparse.Namespace) -> int:
    """``log PERSON-ID --kind ...``."""
    raise NotBuiltError("'log' is not built yet")


def run_remind(app: App, args: argparse.Namespace) -> int:
    """``remind --person ID|--tag NAME --every DAYS|--off``."""
    raise NotBuiltError("'remind' is not built yet")


def run_snooze(app: App, args: argparse.Namespace) -> int:
    """``snooze PERSON-ID --until DATE``."""
    raise NotBuiltError("'snooze' is not built yet")


def run_tag(app: App, args: argparse.Namespace) -> int:
    """``tag ...``."""
    raise NotBuiltError("'tag' is not built yet")
