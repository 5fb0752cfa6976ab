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


class LazyPage(Page):
    """A page that reloads only while it is on screen; off screen it waits for the next visit.

    An import changes much; pages nobody looks at must not all rebuild at once. Subclasses
    implement :meth:`reload` and :meth:`affected_by`.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True

    def affected_by(self, changes: Changes) -> bool:
        """True when ``changes`` touch what the page shows. Override."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read what the page shows again (on the worker). Override; call :meth:`loaded`."""
        raise NotImplementedError

    def loaded(self) -> None:
        """Say that the page is up to date (at the start of :meth:`reload`)."""
        self._stale = False

    def on_opened(self) -> None:
        self._reload_when_visible()

    def on_shown(self) -> None:
        if self._stale:
            self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.affected_by(changes):
            self._reload_when_visible()

    def _reload_when_visible(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()
