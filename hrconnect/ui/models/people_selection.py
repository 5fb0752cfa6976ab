# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Selection in the People table by person, not by row.

Rows move when the list is filtered, sorted or refreshed; people do not. These helpers read
the selection as person ids and put it back after a model reset, as contiguous ranges (one
range for "select all", not 50,000 single rows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QItemSelectionRange
    from PySide6.QtWidgets import QTableView

    from hrconnect.ui.models.people_model import PeopleModel


class PeopleSelection:
    """Reads and restores the selection of a table showing a :class:`PeopleModel`."""

    def __init__(self, table: QTableView, model: PeopleModel) -> None:
        self.table = table
        self.model = model

    def spans(self) -> list[QItemSelectionRange]:
        """The selected ranges of rows."""
        selection = self.table.selectionModel().selection()
        return [selection.at(i) for i in range(selection.count())]

    def count(self) -> int:
        """How many rows are selected."""
        return sum(span.bottom() - span.top() + 1 for span in self.spans())

    def ids(self) -> list[int]:
        """The people selected, in list order."""
        ids: list[int] = []
        for span in self.spans():
            for row in range(span.top(), span.bottom() + 1):
                person_id = self.model.person_id_at(row)
                if person_id is not None:
                    ids.append(person_id)
        return list(dict.fromkeys(ids))

    def current_id(self) -> int | None:
        """The person in the current row."""
        index = self.table.currentIndex()
        return self.model.person_id_at(index.row()) if index.isValid() else None

    def select(self, person_ids: Sequence[int], current: int | None = None) -> None:
        """Select these people (those shown) and make ``current`` the current row."""
        rows = self.model.rows_of(person_ids)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                selection.select(self.model.index(start, 0), self.model.index(previous, last))
            start = previous = row
        model = self.table.selectionModel()
        if current is not None:
            current_rows = self.model.rows_of([current])
            if current_rows:
                model.setCurrentIndex(
                    self.model.index(current_rows[0], 0),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
