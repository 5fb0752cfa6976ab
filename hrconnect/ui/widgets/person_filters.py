# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People page's filter bar: search as you type, smart lists, tag, company, source, overdue.

The bar only collects what the user wants; the page decides whether a query is filtered in the
model (plain words) or sent to the search service (``company:acme``, ``"exact phrase"``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from hrconnect.core.kinds import SourceKind

from hrconnect.ui import texts
from hrconnect.ui.models.people_rows import PeopleFilter

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.store.search import SavedSearch
    from hrconnect.store.tags import TagInfo

_SOURCES = (
    SourceKind.LINKEDIN,
    SourceKind.FACEBOOK,
    SourceKind.VCARD,
    SourceKind.GOOGLE,
    SourceKind.OUTLOOK,
)


class PeopleFilterBar(QWidget):
    """Search field and filters above the People list.

    Signals:
        text_changed(str): the search text changed (every keystroke).
        filters_changed(): tag, company, source or "overdue only" changed.
        save_requested(str): the user wants the current query kept as a smart list.
    """

    text_changed = Signal(str)
    filters_changed = Signal()
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.smart_lists = QComboBox()
        self.smart_lists.setObjectName("smartLists")
        self.smart_lists.setToolTip(self.tr("Smart lists: searches you saved"))
        self.smart_lists.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.smart_lists.activated.connect(self._on_smart_list)
        layout.addWidget(self.smart_lists)

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search names, companies, titles, tags… or company:acme")
        )
        self.search.setToolTip(
            self.tr(
                "Plain words filter as you type. Also: company:, title:, tag:, name:, note:, "
                '"exact phrase", -leave_out, an e-mail address or a phone number.'
            )
        )
        self.search.textChanged.connect(self.text_changed)
        layout.addWidget(self.search, 3)

        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Keep this search as a smart list"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.search.text()))
        self.search.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip()))
        )
        layout.addWidget(self.save_button)

        self.tag = QComboBox()
        self.tag.setObjectName("tagFilter")
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag.addItem(self.tr("Any tag"), "")
        self.tag.currentIndexChanged.connect(lambda _: self.filters_changed.emit())
        layout.addWidget(self.tag)

        self.company = QLineEdit()
        self.company.setObjectName("companyFilter")
        self.company.setClearButtonEnabled(True)
        self.company.setPlaceholderText(self.tr("Company"))
        self._companies = QStringListModel(self)
        completer = QCompleter(self._companies, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.company.setCompleter(completer)
        self.company.textChanged.connect(lambda _: self.filters_changed.emit())
        layout.addWidget(self.company, 1)

        self.source = QComboBox()
        self.source.setObjectName("sourceFilter")
        self.source.addItem(self.tr("Any source"), None)
        for kind in _SOURCES:
            self.source.addItem(texts.source_name(kind), kind)
        self.source.currentIndexChanged.connect(lambda _: self.filters_changed.emit())
        layout.addWidget(self.source)

        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setObjectName("overdueFilter")
        self.overdue.toggled.connect(lambda _: self.filters_changed.emit())
        layout.addWidget(self.overdue)
        self.set_saved([])

    # --- contents ------------------------------------------------------------------------

    def set_tags(self, tags: Sequence[TagInfo]) -> None:
        """Offer these tags (keeps the chosen one when it still exists)."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        for tag in sorted(tags, key=lambda t: t.name.casefold()):
            self.tag.addItem(f"{tag.name} ({tag.people})", tag.name)
        found = self.tag.findData(chosen)
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)
        if chosen and found < 0:
            self.filters_changed.emit()

    def set_saved(self, saved: Sequence[SavedSearch]) -> None:
        """Offer these smart lists."""
        self.smart_lists.clear()
        self.smart_lists.addItem(self.tr("All people"), "")
        for search in saved:
            self.smart_lists.addItem(search.name, search.query)
        self.smart_lists.setEnabled(bool(saved))

    def set_companies(self, companies: Sequence[str]) -> None:
        """Offer these company names when typing in the company filter."""
        self._companies.setStringList(list(companies))

    def filter(self, person_ids: frozenset[int] | None = None) -> PeopleFilter:
        """The filter the bar shows; the text is left out when it went to the search service."""
        return PeopleFilter(
            text="" if person_ids is not None else self.search.text(),
            tag=self.tag.currentData() or "",
            company=self.company.text().strip(),
            source=SourceKind(source) if (source := self.source.currentData()) else None,
            overdue_only=self.overdue.isChecked(),
            person_ids=person_ids,
        )

    def _on_smart_list(self, row: int) -> None:
        query = self.smart_lists.itemData(row) or ""
        self.search.setText(query)
        self.search.setFocus()
