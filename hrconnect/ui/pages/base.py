# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What every page of the main window is.

A widget that loads when the store opens, refreshes on ``changed`` when it shows affected data,
and may show a count in the sidebar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from hrconnect.core.changes import Changes

    from hrconnect.ui.context import UiContext


class Page(QWidget):
    """A screen of the main window.

    Subclasses set ``key`` (stable, used for the remembered view) and ``icon`` (file name under
    ``resources/icons/ui/`` without ``.svg``), return their translated title from :meth:`title`
    and override the hooks they need.

    Signals:
        badge_changed(str): text to show next to the page in the sidebar (e.g. a count), or "".
    """

    key = "page"
    icon = ""
    badge_changed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{self.key}Page")

    def title(self) -> str:
        """The page's name in the sidebar and the window title."""
        return self.key

    def on_opened(self) -> None:
        """The store is open: load what the page shows."""

    def on_changed(self, changes: Changes) -> None:
        """A write finished somewhere: reload if it affects what the page shows."""

    def on_shown(self) -> None:
        """The user navigated to this page."""
