# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands about working the network: former colleagues, calendar export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.errors import NotBuiltError

if TYPE_CHECKING:
    import argparse

    from hrconnect.services.app import App


def run_colleagues(app: App, args: argparse.Namespace) -> int:
    """``colleagues [--json]``."""
    raise NotBuiltError("'colleagues' is not built yet")


def run_calendar(app: App, args: argparse.Namespace) -> int:
    """``calendar [-o FILE] [--today DATE] [--days N]``."""
    raise NotBuiltError("'calendar' is not built yet")
