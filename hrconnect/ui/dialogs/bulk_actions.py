# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People page's actions on everyone selected: tag, keep in touch, export, forget.

Each action asks first (a dialog opened window-modal, never a blocking ``exec``), then runs
one write on the worker; the ``changed`` signal that follows refreshes the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from hrconnect.core.changes import Changes

from hrconnect.ui.dialogs.bulk_forget import ForgetDialog
from hrconnect.ui.dialogs.bulk_interval import BulkIntervalDialog
from hrconnect.ui.dialogs.bulk_tag import BulkTagDialog

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QDialog, QWidget

    from hrconnect.services.app import App

    from hrconnect.ui.context import UiContext


class BulkActions(QObject):
    """Actions on the selected people, with shortcuts while ``owner`` (the table) has focus.

    Args:
        context: Services and worker.
        owner: The widget the actions (and their shortcuts and context menu) belong to.
        selected: Returns the ids of the people selected.
        names: Returns the names of people by id (for the forget confirmation).
        tags: Returns the names of existing tags (for the tag dialog).
    """

    def __init__(
        self,
        context: UiContext,
        owner: QWidget,
        selected: Callable[[], list[int]],
        names: Callable[[Sequence[int]], list[str]],
        tags: Callable[[], list[str]],
    ) -> None:
        super().__init__(owner)
        self.context = context
        self.owner = owner
        self._selected = selected
        self._names = names
        self._tags = tags
        self.open_dialog: QDialog | None = None
        self.tag_action = self._action(self.tr("&Tag…"), "Ctrl+T", self.tag)
        self.interval_action = self._action(self.tr("&Keep in touch…"), "Ctrl+K", self.interval)
        self.export_action = self._action(
            self.tr("E&xport selection…"), "Ctrl+Shift+E", self.export
        )
        self.forget_action = self._action(
            self.tr("&Forget…"), QKeySequence.StandardKey.Delete, self.forget
        )

    @property
    def actions(self) -> list[QAction]:
        """The actions, in menu order."""
        return [self.tag_action, self.interval_action, self.export_action, self.forget_action]

    def set_enabled(self, enabled: bool) -> None:
        """Enable the actions (when people are selected)."""
        for action in self.actions:
            action.setEnabled(enabled)

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self.owner)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.owner.addAction(action)
        return action

    def tag(self) -> None:
        """Add a tag to, or remove one from, everyone selected."""
        ids = self._selected()
        if not ids:
            return
        dialog = BulkTagDialog(len(ids), self._tags(), self.owner)

        def accepted() -> None:
            name, adding = dialog.chosen()
            if name:
                self.context.write(
                    lambda app: app.tags.tag(name, ids) if adding else app.tags.untag(name, ids)
                )

        self._open(dialog, accepted)

    def interval(self) -> None:
        """Set how often to keep in touch with everyone selected."""
        ids = self._selected()
        if not ids:
            return
        dialog = BulkIntervalDialog(len(ids), self.owner)

        def accepted() -> None:
            every_days = dialog.chosen()

            def work(app: App) -> Changes:
                changes = Changes()
                for person_id in ids:
                    changes = changes | app.reminders.set_person_interval(person_id, every_days)
                return changes

            self.context.write(work)

        self._open(dialog, accepted)

    def export(self) -> None:
        """Export the people selected to a file."""
        from hrconnect.ui.dialogs.export_dialog import export_people

        ids = self._selected()
        if ids:
            export_people(self.context, self.owner, ids)

    def forget(self) -> None:
        """Forget the people selected, after a clear confirmation."""
        ids = self._selected()
        if not ids:
            return
        dialog = ForgetDialog(self._names(ids), self.owner)

        def accepted() -> None:
            allow = dialog.allow_reimport.isChecked()
            self.context.write(lambda app: app.forget.forget_many(ids, allow_reimport=allow))

        self._open(dialog, accepted)

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.open_dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
