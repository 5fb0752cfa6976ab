# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands about the same person across sources: dedupe, review, unmerge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.errors import NotBuiltError

if TYPE_CHECKING:
    import argparse

    from hrconnect.services.app import App


def run_dedupe(app: App, args: argparse.Namespace) -> int:
    """``dedupe``."""
    raise NotBuiltError("'dedupe' is not built yet")


def run_review(app: App, args: argparse.Namespace) -> int:
    """``review [accept|reject ID]``."""
    raise NotBuiltError("'review' is not built yet")


def run_unmerge(app: App, args: argparse.Namespace) -> int:
    """``unmerge PERSON-ID [RECORD-ID...]``."""
    raise NotBuiltError("'unmerge' is not built yet")
