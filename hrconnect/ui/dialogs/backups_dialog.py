# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Backups: the list (newest first), "Back up now", and a restore that can itself be undone.

Restoring first backs up the current state (a "before a restore" backup, never pruned), then
makes the chosen backup the live database (``BackupService.restore``). Everything may have
changed afterwards, so the dialog emits ``changed`` with every flag and all pages reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrconnect.ui.models.list_table import RIGHT_ALIGNED, ListTableModel
from hrconnect.ui.widgets.import_report import format_moment
from hrconnect.ui.widgets.plain import plain_label, safe_tooltip

if TYPE_CHECKING:
    from hrconnect.services.app import App
    from hrconnect.services.backups import BackupService, RestoreResult
    from hrconnect.store.backup import BackupInfo

    from hrconnect.ui.context import UiContext


def backup_service(app: App) -> BackupService:
    """The backup service of an open app."""
    return app.backups


class BackupModel(ListTableModel["BackupInfo"]):
    """Backups, newest first: when, why, size."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([self.tr("Taken"), self.tr("Why"), self.tr("Size")], parent)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        """Replace the list, newest first."""
        self.set_items(sorted(backups, key=lambda b: b.taken_at, reverse=True))

    def reason_words(self, reason: str) -> str:
        """Why a backup was taken, in words."""
        words = {
            "manual": self.tr("Made by you"),
            "import": self.tr("Before an import"),
            "merge": self.tr("Before merging people"),
            "migration": self.tr("Before an update of hrconnect"),
            "before-restore": self.tr("Before a restore"),
            "forget": self.tr("Before forgetting someone"),
        }
        return words.get(reason, reason)

    def cell(self, backup: BackupInfo, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_moment(backup.taken_at),
                self.reason_words(backup.reason),
                QLocale().formattedDataSize(backup.size),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(str(backup.path))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT_ALIGNED
        return None


class BackupsDialog(QDialog):
    """Lists backups; backs up now; restores one after a confirmation."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("backupsDialog")
        # Closed only when idle (see reject), so no task callback can reach a deleted dialog.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "hrconnect backs up your contacts before every import and every merge. "
                    "Restoring a backup first backs up what you have now, so a restore can "
                    "itself be undone."
                ),
                wrap=True,
            )
        )
        self.model = BackupModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.status_label = plain_label(wrap=True, selectable=True)
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        row.addWidget(self.backup_button)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        folder = QPushButton(self.tr("Open the &folder"))
        folder.clicked.connect(self._open_folder)
        row.addWidget(folder)
        row.addStretch(1)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self._busy = False
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the list again; ``select`` is a file name to select afterwards."""
        self.context.read(lambda app: backup_service(app).all(), lambda b: self._show(b, select))

    def _show(self, backups: list[BackupInfo], select: str | None) -> None:
        self.model.set_backups(backups)
        names = [self.model.item(row).path.name for row in range(self.model.rowCount())]
        if names:
            self.table.selectRow(names.index(select) if select in names else 0)
        if not backups:
            self.status_label.setText(self.tr("No backups yet."))
        self._update_buttons()

    def _selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self._selected() is not None)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if message:
            self.status_label.setText(message)
        self._update_buttons()

    def back_up_now(self) -> None:
        """Take a manual backup on the worker."""
        self._set_busy(True, self.tr("Backing up…"))
        self.context.write(
            lambda app: backup_service(app).backup(), self._on_backed_up, self._on_error
        )

    def _on_backed_up(self, info: BackupInfo) -> None:
        self._set_busy(
            False,
            self.tr("Backed up. Backups you make yourself are never removed automatically."),
        )
        self.reload(select=info.path.name)

    def confirm_restore(self, backup: BackupInfo) -> bool:
        """Ask before restoring (plain text: the dialog names a file)."""
        text = self.tr(
            "Restore the backup of %1 (%2)?\n\n"
            "Your contacts as they are now are backed up first, as “Before a restore”. "
            "Restore that backup to undo this."
        )
        text = text.replace("%1", format_moment(backup.taken_at))
        text = text.replace("%2", self.model.reason_words(backup.reason))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        """Restore the selected backup after a confirmation."""
        backup = self._selected()
        if backup is None or self._busy or not self.confirm_restore(backup):
            return
        path = backup.path
        self._set_busy(True, self.tr("Restoring…"))
        self.context.write(
            lambda app: backup_service(app).restore(path), self._on_restored, self._on_error
        )

    def _on_restored(self, result: RestoreResult) -> None:
        self.context.signals.changed.emit(result.changes)
        self._set_busy(
            False,
            self.tr("Restored. To undo, restore the backup “Before a restore” at the top."),
        )
        self.reload(select=result.undo_backup.name)

    def _on_error(self, error: BaseException) -> None:
        self._set_busy(False, str(error))
        self.reload()

    def reject(self) -> None:
        """Close, unless a backup or restore is running (its result must be shown)."""
        if not self._busy:
            super().reject()

    def accept(self) -> None:
        """Close, unless a backup or restore is running."""
        if not self._busy:
            super().accept()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _open_folder(self) -> None:
        app = self.context.app  # the demo keeps its own folders
        paths = app.paths if app is not None else self.context.paths
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backup_dir)))
