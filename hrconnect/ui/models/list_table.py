# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""A read-only table over a list of items: one row per item, fixed column headers.

The small tables of the window (import history, import preview, backups) differ only in what
each cell shows; this base holds the rows, the headers and Qt's bookkeeping, and a subclass
answers :meth:`ListTableModel.cell`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from collections.abc import Iterable

T = TypeVar("T")

RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
"""The alignment role value of a number column."""


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` under fixed headers; subclasses implement :meth:`cell`."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._items: list[T] = []

    def set_items(self, items: Iterable[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self._after_reset()
        self.endResetModel()

    def _after_reset(self) -> None:
        """Hook for subclasses that derive something from the new items."""

    def item(self, row: int) -> T:
        """The item on line ``row``."""
        return self._items[row]

    @property
    def items(self) -> list[T]:
        """The items, in row order (do not modify)."""
        return self._items

    def cell(self, item: T, row: int, column: int, role: int) -> Any:
        """What a cell shows for ``role``, or None. Override."""
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self.cell(self._items[index.row()], index.row(), index.column(), role)
