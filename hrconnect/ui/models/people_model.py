# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People list as a Qt table model over precomputed :class:`PeopleRows`.

The model keeps a list of visible row indices (filtered and in sort order) into the rows; it
never asks the store for anything. ``data`` formats only the cells on screen, so opening 50,000
people costs one model reset, and typing in the filter one list comprehension and a reset.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import SOURCE_PRECEDENCE

from hrconnect.ui import texts
from hrconnect.ui.models.people_rows import Column, PeopleFilter, PeopleRows
from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtCore import QObject, QPersistentModelIndex

    from hrconnect.core.people import PersonSummary

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The person id of a row (``int``)."""
SOURCES_ROLE = Qt.ItemDataRole.UserRole + 2
"""The source kinds of a row, in precedence order, without the user's own record."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
"""True when the person is due today or earlier."""

_BADGE_ORDER = tuple(k for k in SOURCE_PRECEDENCE if k is not SourceKind.USER)


def source_short(kind: SourceKind) -> str:
    """A two- or three-letter badge for a source kind (``in`` for LinkedIn)."""
    short = {
        SourceKind.LINKEDIN: QCoreApplication.translate("SourceBadge", "in"),
        SourceKind.FACEBOOK: QCoreApplication.translate("SourceBadge", "fb"),
        SourceKind.VCARD: QCoreApplication.translate("SourceBadge", "tel"),
        SourceKind.GOOGLE: QCoreApplication.translate("SourceBadge", "G"),
        SourceKind.OUTLOOK: QCoreApplication.translate("SourceBadge", "OL"),
        SourceKind.USER: QCoreApplication.translate("SourceBadge", "you"),
    }
    return short.get(kind, kind.value)


def badge_kinds(sources: Iterable[SourceKind]) -> tuple[SourceKind, ...]:
    """The imported source kinds of a person in precedence order (badges for the list)."""
    present = set(sources)
    return tuple(k for k in _BADGE_ORDER if k in present)


class PeopleModel(QAbstractTableModel):
    """People as rows; filter with :meth:`set_filter`, sort through the view's header.

    Signals:
        shown_changed(int, int): rows shown and rows in total, after any change.
    """

    shown_changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = PeopleRows.empty(date.today())
        self._filter = PeopleFilter()
        self._sort_column = Column.NAME
        self._descending = False
        self._visible: list[int] = []

    # --- contents ------------------------------------------------------------------------

    @property
    def people(self) -> PeopleRows:
        """Everyone the model holds (filtered or not)."""
        return self._data

    @property
    def current_filter(self) -> PeopleFilter:
        """The filter in force."""
        return self._filter

    def set_people(self, people: PeopleRows) -> None:
        """Show a new set of people with the current filter and sort (a model reset)."""
        self.beginResetModel()
        self._data = people
        self._visible = people.matching(
            self._filter, people.order(self._sort_column, self._descending)
        )
        self.endResetModel()
        self._announce()

    def set_filter(self, wanted: PeopleFilter) -> None:
        """Filter the list (a model reset when the rows shown change)."""
        if wanted.refines(self._filter):
            candidates = self._visible
        else:
            candidates = self._data.order(self._sort_column, self._descending)
        visible = self._data.matching(wanted, candidates)
        self._filter = wanted
        if visible == self._visible:
            return
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()
        self._announce()

    def person_at(self, row: int) -> PersonSummary | None:
        """The person shown in a row, or None outside the list."""
        if 0 <= row < len(self._visible):
            return self._data.rows[self._visible[row]]
        return None

    def person_id_at(self, row: int) -> int | None:
        """The id of the person in a row."""
        person = self.person_at(row)
        return person.id if person is not None else None

    def rows_of(self, person_ids: Iterable[int]) -> list[int]:
        """The visible rows of these people, ascending (people filtered out are left out)."""
        wanted = {self._data.row_of[p] for p in person_ids if p in self._data.row_of}
        if not wanted:
            return []
        return [row for row, index in enumerate(self._visible) if index in wanted]

    def visible_count(self) -> int:
        """Rows shown."""
        return len(self._visible)

    def _announce(self) -> None:
        self.shown_changed.emit(len(self._visible), len(self._data))

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: self.tr("Name"),
            Column.COMPANY: self.tr("Company"),
            Column.TITLE: self.tr("Title"),
            Column.LAST_CONTACT: self.tr("Last contact"),
            Column.DUE: self.tr("Due"),
            Column.TAGS: self.tr("Tags"),
            Column.SOURCES: self.tr("Sources"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if row >= len(self._visible):
            return None
        position = self._visible[row]
        person = self._data.rows[position]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == PERSON_ID_ROLE:
            return person.id
        if role == SOURCES_ROLE:
            return badge_kinds(person.sources)
        if role == OVERDUE_ROLE:
            return self._data.is_overdue(position)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column, position)
        if (
            role == Qt.ItemDataRole.FontRole
            and column == Column.DUE
            and self._data.is_overdue(position)
        ):
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        return None

    def _display(self, person: PersonSummary, column: int) -> str:
        if column == Column.NAME:
            return person.display_name or self.tr("(no name)")
        if column == Column.COMPANY:
            return person.organization
        if column == Column.TITLE:
            return person.title
        if column == Column.LAST_CONTACT:
            return texts.format_date(person.last_contact_on)
        if column == Column.DUE:
            return texts.format_date(person.due_on)
        if column == Column.TAGS:
            return ", ".join(person.tags)
        if column == Column.SOURCES:
            return " ".join(source_short(k) for k in badge_kinds(person.sources))
        return ""

    def _tooltip(self, person: PersonSummary, column: int, position: int) -> str:
        if column == Column.LAST_CONTACT and person.last_contact_on is not None:
            return safe_tooltip(
                f"{texts.interaction_name(person.last_contact_kind)}, "
                f"{texts.ago_words(person.last_contact_on, self._data.today)}"
            )
        if column == Column.DUE and person.due_on is not None:
            words = texts.interval_words(person.every_days) if person.every_days else ""
            state = self.tr("overdue") if self._data.is_overdue(position) else ""
            return safe_tooltip(", ".join(p for p in (state, words) if p))
        if column == Column.SOURCES:
            return safe_tooltip(
                ", ".join(texts.source_name(k) for k in badge_kinds(person.sources))
            )
        if column in (Column.NAME, Column.COMPANY, Column.TITLE, Column.TAGS):
            # Long values are elided in the cell; the tooltip shows them whole, escaped.
            return safe_tooltip(self._display(person, column))
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on a column (precomputed keys; the selection follows the people)."""
        chosen = Column(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if (chosen, descending) == (self._sort_column, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_positions = [
            (self._visible[i.row()] if i.row() < len(self._visible) else -1, i.column())
            for i in old_persistent
        ]
        shown = set(self._visible)
        full = self._data.order(chosen, descending)
        self._visible = list(full) if len(shown) == len(full) else [i for i in full if i in shown]
        self._sort_column, self._descending = chosen, descending
        new_row = {position: row for row, position in enumerate(self._visible)}
        new_persistent = [
            self.index(new_row[p], c) if p in new_row else QModelIndex() for p, c in old_positions
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()
