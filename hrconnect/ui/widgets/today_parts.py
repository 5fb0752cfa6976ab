# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Small building blocks of the Today page: headings, buttons, empty state, occasions list.

These labels show only our own (translated) words, never imported text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel


def heading_label(text: str, scale: float = 1.0) -> QLabel:
    """A bold label, its font scaled by ``scale``."""
    label = QLabel(text)
    font = label.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def action_button(text: str, key: str, tip: str) -> QPushButton:
    """A push button whose label shows its key ("Snooze…  (Z)") and whose tooltip explains it."""
    label = text
    if key:
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        label = f"{text}  ({shown})"
    button = QPushButton(label)
    button.setToolTip(safe_tooltip(tip))
    button.setMinimumHeight(34)
    return button


class EmptyState(QWidget):
    """A centred title and explanation, shown instead of an empty list."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addStretch(1)
        self.title_label = heading_label(title, 1.4)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.title_label)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setMaximumWidth(560)
        # Centred by stretches, not by an alignment flag: an aligned item loses its
        # height-for-width and the wrapped text gets cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text_label, 100)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)


class OccasionView(QListView):
    """A short, read-only list that is as tall as its rows, up to ``max_rows``."""

    def __init__(self, model: QAbstractItemModel, max_rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.max_rows = max_rows
        self.setModel(model)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setSpacing(1)

    def fit_rows(self) -> None:
        """Resize to show every row, or ``max_rows`` of them with a scroll bar."""
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, self.max_rows)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height()) + 2 * self.spacing()
        self.setFixedHeight(max(rows, 1) * row_height + 2 * self.frameWidth())
