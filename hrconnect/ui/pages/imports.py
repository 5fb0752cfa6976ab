# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Imports page: every past import with its counts, and the full report of the one selected.

The reports are the ones stored with each import batch, so what an import skipped months ago
(and why) can still be looked up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrconnect.ui.pages.base import Page
from hrconnect.ui.widgets.import_report import ReportTree, format_moment, number, totals
from hrconnect.ui.widgets.plain import plain_label, safe_tooltip

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex

    from hrconnect.core.changes import Changes
    from hrconnect.store.imports import BatchInfo

    from hrconnect.ui.context import UiContext

_COUNTED = ("created", "updated", "unchanged", "skipped", "failed")


class HistoryModel(QAbstractTableModel):
    """Past imports, newest first: date, files, counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._batches: list[BatchInfo] = []
        self._totals: list[dict[str, int]] = []
        self._headers = [
            self.tr("Date"),
            self.tr("Files"),
            self.tr("Created"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Skipped"),
            self.tr("Failed"),
            self.tr("To review"),
        ]

    def set_batches(self, batches: list[BatchInfo]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._batches = list(batches)
        self._totals = [totals(batch.report) for batch in self._batches]
        self.endResetModel()

    def batch(self, row: int) -> BatchInfo:
        """The import on line ``row``."""
        return self._batches[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        batch = self._batches[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_moment(batch.started_at)
            if column == 1:
                return ", ".join(Path(p).name or p for p in batch.paths)
            if column == 7:
                return number(int(batch.report.get("suggested", 0)))
            return number(self._totals[index.row()][_COUNTED[column - 2]])
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return safe_tooltip("\n".join(batch.paths))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportsPage(Page):
    """The history of imports."""

    key = "imports"
    icon = "imports"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        heading = plain_label(self.title())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        top.addWidget(heading)
        top.addStretch(1)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self._open_import)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        self.empty_label = plain_label(
            self.tr("No imports yet. Import your LinkedIn, Facebook, phone or mail exports."),
            wrap=True,
        )
        layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("importHistory")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        splitter.addWidget(self.table)
        report = QWidget()
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        self.report_title = plain_label()
        report_layout.addWidget(self.report_title)
        self.report_tree = ReportTree()
        report_layout.addWidget(self.report_tree, 1)
        splitter.addWidget(report)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._stale = True

    def title(self) -> str:
        return self.tr("Imports")

    def on_opened(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def on_shown(self) -> None:
        if self._stale:
            self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.imports:
            # Off screen, the next visit reloads (an import's end is busy enough).
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Read the history again (on the worker)."""
        self._stale = False
        self.context.read(lambda app: app.imports.history(), self._show_history)

    def _show_history(self, batches: list[BatchInfo]) -> None:
        current = self.table.currentIndex()
        selected_id = self.model.batch(current.row()).id if current.isValid() else None
        self.model.set_batches(batches)
        self.empty_label.setVisible(not batches)
        row = next((i for i, b in enumerate(batches) if b.id == selected_id), 0)
        if batches:
            self.table.selectRow(row)
        else:
            self.report_title.setText("")
            self.report_tree.clear()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        batch = self.model.batch(current.row())
        title = self.tr("Import of %1").replace("%1", format_moment(batch.started_at))
        if batch.finished_at is None:
            title += " — " + self.tr("did not finish")
        self.report_title.setText(title)
        self.report_tree.show_report(batch.report)

    def _open_import(self) -> None:
        self.context.signals.import_requested.emit()
