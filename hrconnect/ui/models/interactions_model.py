# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""A person's interaction timeline as a table model: date, kind, note, where it came from."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from hrconnect.ui import texts
from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QObject, QPersistentModelIndex

    from hrconnect.core.people import StoredInteraction


class TimelineColumn(IntEnum):
    """Columns of the timeline."""

    DATE = 0
    KIND = 1
    NOTE = 2


class InteractionsModel(QAbstractTableModel):
    """Interactions, newest first (as the service gives them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[StoredInteraction] = []

    def set_interactions(self, items: Sequence[StoredInteraction]) -> None:
        """Show these interactions, newest first."""
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: (i.occurred_on, i.id), reverse=True)
        self.endResetModel()

    def interaction_at(self, row: int) -> StoredInteraction | None:
        """The interaction in a row."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(TimelineColumn)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TimelineColumn.DATE: self.tr("Date"),
            TimelineColumn.KIND: self.tr("What"),
            TimelineColumn.NOTE: self.tr("Note"),
        }.get(TimelineColumn(section))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TimelineColumn.DATE:
                return texts.format_date(item.occurred_on)
            if column == TimelineColumn.KIND:
                kind = texts.interaction_name(item.kind.value)
                if item.direction == "in":
                    return self.tr("%1 (received)").replace("%1", kind)
                if item.direction == "out":
                    return self.tr("%1 (sent)").replace("%1", kind)
                return kind
            if column == TimelineColumn.NOTE:
                return " ".join(item.note.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole note, and where the interaction came from.
            origin = texts.source_name(item.source_kind.value)
            if item.locator:
                origin = f"{origin}: {texts.locator_words(item.locator)}"
            return safe_tooltip("\n\n".join(p for p in (item.note.strip(), origin) if p))
        return None
