# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People page: everyone in a fast, filterable table, with a detail pane beside it.

The list is a :class:`PeopleModel` over rows precomputed on the worker, so 50,000 people open
in one model reset and filter as you type. Selecting people enables bulk actions (tag, keep in
touch, export, forget); the current person shows in the detail pane. After any write the list
refreshes only the people that changed, keeping the selection and the scroll position.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrconnect.ui.dialogs.bulk_actions import BulkActions
from hrconnect.ui.models.people_model import PeopleModel
from hrconnect.ui.models.people_rows import Column, PeopleRows, needs_search_service
from hrconnect.ui.models.people_selection import PeopleSelection
from hrconnect.ui.pages.base import Page
from hrconnect.ui.widgets.person_badges import SourceBadgeDelegate
from hrconnect.ui.widgets.person_detail import PersonDetailPane
from hrconnect.ui.widgets.person_filters import PeopleFilterBar
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from hrconnect.core.changes import Changes
    from hrconnect.services.app import App
    from hrconnect.store.search import SavedSearch
    from hrconnect.store.tags import TagInfo

    from hrconnect.ui.context import UiContext

PARTIAL_REFRESH_LIMIT = 2000
"""Above this many changed people, reading everyone again is cheaper than patching rows."""
SEARCH_DELAY_MS = 200
DETAIL_DELAY_MS = 60
COLUMN_WIDTHS = {
    Column.NAME: 170,
    Column.COMPANY: 130,
    Column.TITLE: 130,
    Column.LAST_CONTACT: 86,
    Column.DUE: 86,
    Column.TAGS: 96,
}

Loaded = tuple[PeopleRows, "list[TagInfo]", "list[SavedSearch]"]


def load_people(app: App) -> Loaded:
    """Everything the page lists (runs on the worker).

    The folded search text is computed by a second task after the first paint: it costs a
    tenth of the store read, and the list is worth showing before it is searchable.
    """
    rows = PeopleRows.build(app.people.summaries(), app.clock.today())
    return rows, app.tags.all(), app.search.saved()


class PeoplePage(Page):
    """Everyone, with filters, bulk actions and the detail of the current person."""

    key = "people"
    icon = "people"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._tags: list[TagInfo] = []
        self._refreshing = False
        self._pending: set[int] | None = set()
        self._pending_any = False
        self._search_serial = 0
        self._loaded_once = False
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_service_search)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        self.bar = PeopleFilterBar()
        self.bar.text_changed.connect(self._on_text_changed)
        self.bar.filters_changed.connect(self._apply_filter)
        self.bar.save_requested.connect(self._save_search)
        self.bar.search.installEventFilter(self)
        layout.addWidget(self.bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = PeopleModel(self)
        self.table = self._build_table()
        self.selection = PeopleSelection(self.table, self.model)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._build_actions())
        self.splitter.addWidget(left)
        self.detail = PersonDetailPane(context)
        self.detail.setMinimumWidth(360)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([810, 370])
        layout.addWidget(self.splitter, 1)
        self.model.shown_changed.connect(lambda *_: self._update_counts())
        self._update_actions()

    def title(self) -> str:
        return self.tr("People")

    # --- building ------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("peopleTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Fixed heights: the view never asks 50,000 rows for their size.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        table.setItemDelegateForColumn(Column.SOURCES, SourceBadgeDelegate(table))
        # Right-click on the header: choose the columns (a narrow window may not fit them all).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in list(Column)[1:]:
            toggle = QAction(self.model.headerData(column, Qt.Orientation.Horizontal), header)
            toggle.setCheckable(True)
            toggle.setChecked(True)
            toggle.toggled.connect(lambda shown, c=column: table.setColumnHidden(c, not shown))
            header.addAction(toggle)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        table.selectionModel().currentRowChanged.connect(lambda *_: self._detail_timer.start())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return table

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = plain_label()
        self.count_label.setObjectName("peopleCount")
        row.addWidget(self.count_label, 1)
        self.bulk = BulkActions(
            self.context,
            self.table,
            self.selected_ids,
            self._names_of,
            lambda: [t.name for t in self._tags],
        )
        for action in self.bulk.actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        self.tag_action = self.bulk.tag_action
        self.interval_action = self.bulk.interval_action
        self.export_action = self.bulk.export_action
        self.forget_action = self.bulk.forget_action
        return row

    @property
    def open_dialog(self) -> Any:
        """The dialog a bulk action opened last (for tests and automation)."""
        return self.bulk.open_dialog

    def _names_of(self, person_ids: Sequence[int]) -> list[str]:
        people = self.model.people
        return [
            people.rows[people.row_of[p]].display_name for p in person_ids if p in people.row_of
        ]

    # --- page hooks ----------------------------------------------------------------------

    def on_opened(self) -> None:
        self._refresh(None)

    def on_changed(self, changes: Changes) -> None:
        if changes.tags and self._loaded_once:
            self.context.read(lambda app: app.tags.all(), self._on_tags)
        if changes.people or changes.reminders or changes.interactions or changes.tags:
            ids = changes.person_ids
            self._refresh(set(ids) if ids and len(ids) <= PARTIAL_REFRESH_LIMIT else None)
        self.detail.on_changed(changes)

    def on_shown(self) -> None:
        if not self.bar.search.hasFocus():
            self.table.setFocus()

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F), its text selected."""
        self.bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.search.selectAll()

    # --- loading -------------------------------------------------------------------------

    def _refresh(self, person_ids: set[int] | None) -> None:
        """Read everyone (None) or only these people again; one refresh at a time."""
        if not self.context.is_open:
            return
        if self._refreshing:
            if person_ids is None or self._pending is None:
                self._pending = None
            else:
                self._pending |= person_ids
            self._pending_any = True
            return
        self._refreshing = True
        if person_ids is None or not self._loaded_once:
            self.context.read(load_people, self._on_loaded, self._on_refresh_failed)
            return
        base = self.model.people
        asked = sorted(person_ids)
        self.context.read(
            lambda app: base.replaced(app.people.summaries(asked), asked),
            self._on_patched,
            self._on_refresh_failed,
        )

    def _on_loaded(self, loaded: Loaded) -> None:
        rows, tags, saved = loaded
        first = not self._loaded_once
        self._loaded_once = True
        self._tags = tags
        self.bar.set_tags(tags)
        self.bar.set_saved(saved)
        with self._keeping_view(scroll=True):
            self.model.set_people(rows)
        if first and self.model.visible_count() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.context.read(lambda app: rows.prepare(), self.bar.set_companies)
        self._refresh_done()

    def _on_patched(self, rows: PeopleRows) -> None:
        with self._keeping_view(scroll=True):
            self.model.set_people(rows)
        self._refresh_done()

    def _on_refresh_failed(self, error: BaseException) -> None:
        self._refresh_done()
        self.context.signals.status.emit(
            self.tr("The list could not be read: %1").replace("%1", str(error))
        )

    def _refresh_done(self) -> None:
        self._refreshing = False
        if self._pending_any:
            pending, self._pending, self._pending_any = self._pending, set(), False
            self._refresh(pending)

    def _on_tags(self, tags: list[TagInfo]) -> None:
        self._tags = tags
        self.bar.set_tags(tags)

    # --- filtering -----------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        if needs_search_service(text):
            self._search_timer.start()
            return
        self._search_timer.stop()
        self._search_serial += 1
        self._apply_filter()

    def _apply_filter(self, person_ids: frozenset[int] | None = None) -> None:
        if person_ids is None and needs_search_service(self.bar.search.text()):
            self._search_timer.start(0)
            return
        with self._keeping_view(scroll=False):
            self.model.set_filter(self.bar.filter(person_ids))

    def _run_service_search(self) -> None:
        query = self.bar.search.text()
        if not self.context.is_open or not needs_search_service(query):
            return
        self._search_serial += 1
        serial = self._search_serial
        limit = max(1, len(self.model.people))

        def found(ids: list[int]) -> None:
            if serial == self._search_serial:
                self._apply_filter(frozenset(ids))

        def failed(error: BaseException) -> None:
            # A query the search service cannot read finds nobody; the status bar says why.
            if serial == self._search_serial:
                self.context.signals.status.emit(str(error) or type(error).__name__)
                self._apply_filter(frozenset())

        self.context.read(
            lambda app: [hit.person.id for hit in app.search.search(query, limit)], found, failed
        )

    def _save_search(self, query: str) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("Save as smart list"), self.tr("Name of the smart list:")
        )
        if not accepted or not name.strip() or not self.context.is_open:
            return
        self.context.write(
            lambda app: (app.search.save(name.strip(), query), app.search.saved())[1],
            self.bar.set_saved,
        )

    # --- selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The people selected, in list order."""
        return self.selection.ids()

    def current_id(self) -> int | None:
        """The person in the current row."""
        return self.selection.current_id()

    def select_ids(self, person_ids: Sequence[int], current: int | None = None) -> None:
        """Select these people (those shown) and make ``current`` the current row."""
        self.selection.select(person_ids, current)

    @contextmanager
    def _keeping_view(self, *, scroll: bool) -> Iterator[None]:
        ids = self.selected_ids()
        current = self.current_id()
        position = self.table.verticalScrollBar().value()
        yield
        self.select_ids(ids, current)
        if scroll:
            self.table.verticalScrollBar().setValue(position)
        elif self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex())
        if self.current_id() != current:
            self._detail_timer.start()

    def _on_selection(self) -> None:
        self._update_actions()
        self._update_counts()

    def _show_current(self) -> None:
        self.detail.show_person(self.current_id())

    def _update_actions(self) -> None:
        self.bulk.set_enabled(self.table.selectionModel().hasSelection())

    def _update_counts(self) -> None:
        locale = QLocale()
        shown, total = self.model.visible_count(), len(self.model.people)
        if shown == total:
            text = self.tr("%1 people").replace("%1", locale.toString(total))
        else:
            text = (
                self.tr("%1 of %2 people")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        selected = self.selection.count()
        if selected > 1:
            text += " · " + self.tr("%1 selected").replace("%1", locale.toString(selected))
        self.count_label.setText(text)

    # --- keyboard ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # In the search field, Down or Enter moves to the list and Escape clears the search.
        if watched is self.bar.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid() and self.model.visible_count():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if key == Qt.Key.Key_Escape and self.bar.search.text():
                self.bar.search.clear()
                return True
        return super().eventFilter(watched, event)
