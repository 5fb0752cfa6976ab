# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Imports page: every past import with its counts, and the full report of the one selected.

The reports are the ones stored with each import batch, so what an import skipped months ago
(and why) can still be looked up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
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

from hrconnect.ui.models.list_table import RIGHT_ALIGNED, ListTableModel
from hrconnect.ui.pages.base import LazyPage
from hrconnect.ui.widgets.import_report import ReportTree, format_moment, number, totals
from hrconnect.ui.widgets.plain import heading_label, plain_label, safe_tooltip

if TYPE_CHECKING:
    from hrconnect.core.changes import Changes
    from hrconnect.store.imports import BatchInfo

    from hrconnect.ui.context import UiContext

_COUNTED = ("created", "updated", "unchanged", "skipped", "failed")


class HistoryModel(ListTableModel["BatchInfo"]):
    """Past imports, newest first: date, files, counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Date"),
                self.tr("Files"),
                self.tr("Created"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Skipped"),
                self.tr("Failed"),
                self.tr("To review"),
            ],
            parent,
        )
        self._totals: list[dict[str, int]] = []

    def _after_reset(self) -> None:
        self._totals = [totals(batch.report) for batch in self.items]

    def cell(self, batch: BatchInfo, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_moment(batch.started_at)
            if column == 1:
                return ", ".join(Path(p).name or p for p in batch.paths)
            if column == 7:
                return number(int(batch.report.get("suggested", 0)))
            return number(self._totals[row][_COUNTED[column - 2]])
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return safe_tooltip("\n".join(batch.paths))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return RIGHT_ALIGNED
        return None


class ImportsPage(LazyPage):
    """The history of imports."""

    key = "imports"
    icon = "imports"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading_label(self.title()))
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

    def title(self) -> str:
        return self.tr("Imports")

    def affected_by(self, changes: Changes) -> bool:
        return changes.imports

    def reload(self) -> None:
        """Read the history again (on the worker)."""
        self.loaded()
        self.context.read(lambda app: app.imports.history(), self._show_history)

    def _show_history(self, batches: list[BatchInfo]) -> None:
        current = self.table.currentIndex()
        selected_id = self.model.item(current.row()).id if current.isValid() else None
        self.model.set_items(batches)
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
        batch = self.model.item(current.row())
        title = self.tr("Import of %1").replace("%1", format_moment(batch.started_at))
        if batch.finished_at is None:
            title += " — " + self.tr("did not finish")
        self.report_title.setText(title)
        self.report_tree.show_report(batch.report)

    def _open_import(self) -> None:
        self.context.signals.import_requested.emit()
