# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Editing the contact details the user adds by hand (imported ones belong to their sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.kinds import ContactKind

if TYPE_CHECKING:
    from collections.abc import Sequence

Point = tuple[ContactKind, str, str]
"""(kind, value, label), as ``PeopleService.set_contact_points`` takes them."""


class _PointRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, kinds: list[tuple[ContactKind, str]], point: Point) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for kind, words in kinds:
            self.kind.addItem(words, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(point[0]), 0))
        layout.addWidget(self.kind)
        self.value = QLineEdit(point[1])
        self.value.setObjectName("pointValue")
        self.value.setPlaceholderText(self.tr("Value"))
        layout.addWidget(self.value, 2)
        self.label = QLineEdit(point[2])
        self.label.setPlaceholderText(self.tr("Label (work, home…)"))
        layout.addWidget(self.label, 1)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this contact detail"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(remove)
        self.kind.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.value.textChanged.connect(lambda _: self.changed.emit())
        self.label.textChanged.connect(lambda _: self.changed.emit())

    def point(self) -> Point:
        # Qt hands enum members back as plain strings.
        kind = ContactKind(self.kind.currentData())
        return (kind, self.value.text().strip(), self.label.text().strip())


class PersonPointsEditor(QWidget):
    """Rows of (kind, value, label) with add and remove.

    Signals:
        changed(): a row was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = [
            (ContactKind.EMAIL, self.tr("E-mail")),
            (ContactKind.PHONE, self.tr("Phone")),
            (ContactKind.URL, self.tr("Web")),
            (ContactKind.ADDRESS, self.tr("Address")),
            (ContactKind.IM, self.tr("Chat")),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.add_button = QPushButton(self.tr("Add a contact detail"))
        self.add_button.clicked.connect(lambda: self.add_point((ContactKind.EMAIL, "", "")))
        layout.addWidget(self.add_button)
        self._rows: list[_PointRow] = []

    def set_points(self, points: Sequence[Point]) -> None:
        """Show these points (replacing the rows)."""
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for point in points:
            self._append(point)

    def add_point(self, point: Point) -> None:
        """Add a row and put the cursor in its value."""
        row = self._append(point)
        row.value.setFocus()
        self.changed.emit()

    def points(self) -> list[Point]:
        """The rows with a value."""
        return [p for p in (row.point() for row in self._rows) if p[1]]

    def _append(self, point: Point) -> _PointRow:
        row = _PointRow(self._kinds, point)
        row.removed.connect(self._remove)
        row.changed.connect(self.changed)
        self.rows.addWidget(row)
        self._rows.append(row)
        return row

    def _remove(self, row: _PointRow) -> None:
        self._rows.remove(row)
        row.deleteLater()
        self.changed.emit()
