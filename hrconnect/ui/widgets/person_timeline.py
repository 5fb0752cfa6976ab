# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The detail pane's timeline: every interaction with the person, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrconnect.ui.models.interactions_model import InteractionsModel, TimelineColumn
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from hrconnect.core.people import PersonDetail


class PersonTimeline(QWidget):
    """A table of interactions and a button to log a new one.

    Signals:
        log_requested(): "Log interaction…" was chosen.
    """

    log_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = InteractionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("timeline")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineColumn.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineColumn.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = plain_label(self.tr("No interactions yet."))
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addStretch(1)
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.log_button.clicked.connect(self.log_requested)
        row.addWidget(self.log_button)
        layout.addLayout(row)

    def set_person(self, detail: PersonDetail) -> None:
        """Show a person's interactions."""
        self.model.set_interactions(detail.interactions)
        self.empty.setVisible(not detail.interactions)
