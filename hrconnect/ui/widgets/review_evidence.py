# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The evidence behind a suggestion, line by line, in plain words, and what the total means.

The matcher explains a score as signed points per signal (roughly how many times more likely
"same person" becomes, in powers of two). We show each line as the signal's translated name,
the points with their sign and the finding phrased from its reason key and values
("Peeters = Peeters (rare)"), in the order the matcher gave them (strongest first).
Suggestions stored before reasons existed show the matcher's English detail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from hrconnect.ui import texts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

VERY_LIKELY_POINTS = 13.0
"""From this total the evidence is strong (the matcher's automatic-merge level)."""
LIKELY_POINTS = 8.0
"""From this total a pair is suggested at all (the matcher's review level)."""


def signed_points(points: float) -> str:
    """Points with an explicit sign and one decimal, in the user's locale ("+6.4", "−2.0")."""
    sign = "−" if points < 0 else "+"
    return sign + QLocale().toString(abs(points), "f", 1)


def score_meaning(score: float) -> str:
    """What a total score means for the user, in one translated phrase."""
    if score >= VERY_LIKELY_POINTS:
        return QCoreApplication.translate("Evidence", "Very likely the same person: please confirm")
    if score >= LIKELY_POINTS:
        return QCoreApplication.translate("Evidence", "Likely the same person: please confirm")
    return QCoreApplication.translate("Evidence", "Possibly the same person: please check")


class EvidenceModel(QAbstractTableModel):
    """The evidence lines of one suggestion: signal, signed points, detail."""

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[dict[str, Any]] = []

    def set_evidence(self, lines: list[dict[str, Any]]) -> None:
        """Show these lines (``{"signal", "points", "detail"}``), in the given order."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        points = float(line.get("points") or 0.0)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return texts.signal_name(str(line.get("signal", "")))
            if index.column() == 1:
                return signed_points(points)
            reason = line.get("reason")
            values = [str(v) for v in line.get("values") or ()]
            phrased = texts.evidence_detail(str(reason), values) if reason else None
            return phrased or str(line.get("detail", ""))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return points
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("Evidence", "Evidence"),
            QCoreApplication.translate("Evidence", "Points"),
            QCoreApplication.translate("Evidence", "Details"),
        )
        return headers[section] if 0 <= section < len(headers) else None


class EvidenceView(QTableView):
    """A compact, read-only table of evidence lines that grows to fit them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence_model = EvidenceModel(self)
        self.setModel(self.evidence_model)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

    def set_evidence(self, lines: list[dict[str, Any]]) -> None:
        """Show these lines and resize to fit them all without a scroll bar."""
        self.evidence_model.set_evidence(lines)
        row_height = self.fontMetrics().height() + 10
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_height)
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + max(len(lines), 1) * row_height + 2 * self.frameWidth())
