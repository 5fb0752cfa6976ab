# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Today lists as Qt models: who is due (with why), and the birthdays and anniversaries.

Both models hold the service's values as they came (ranked by the service) and turn them into
words on the GUI thread, where the translator lives. Names are imported text: they reach the
views only as display data (plain) and tooltips only through ``safe_tooltip``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hrconnect.core.identifiers import linkedin_slug, linkedin_url

from hrconnect.ui import texts
from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtCore import QObject

    from hrconnect.services.app import App
    from hrconnect.services.reminders import DueItem, Occasion

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COMPANY_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
REASON_ROLE = Qt.ItemDataRole.UserRole + 4


def _tn(text: str, count: int) -> str:
    return QCoreApplication.translate("Today", text, "", count)


def linkedin_profile_of(app: App, person_id: int) -> str | None:
    """The person's LinkedIn profile URL (canonical https form), or None."""
    for url in app.people.profile(person_id).urls:
        slug = linkedin_slug(url)
        if slug:
            return linkedin_url(slug)
    return None


def overdue_words(days: int) -> str:
    """How late a contact is, in words ("due today", "3 weeks overdue")."""
    if days <= 0:
        return QCoreApplication.translate("Today", "due today")
    if days < 14:
        return _tn("%n day(s) overdue", days)
    if days < 60:
        return _tn("%n week(s) overdue", days // 7)
    if days < 730:
        return _tn("%n month(s) overdue", int(days / 30.44))
    return _tn("%n year(s) overdue", days // 365)


def day_words(on: date, today: date) -> str:
    """When an occasion falls: "today", "tomorrow" or the weekday and date."""
    delta = (on - today).days
    if delta <= 0:
        return QCoreApplication.translate("Today", "today")
    if delta == 1:
        return QCoreApplication.translate("Today", "tomorrow")
    locale = QLocale()
    weekday = locale.dayName(QDate(on.year, on.month, on.day).dayOfWeek())
    return f"{weekday} {texts.format_month_day(on.month, on.day)}"


def occasion_words(occasion: Occasion, today: date) -> str:
    """What the occasion is, without the name ("turns 40 on Sunday 22 November")."""
    when = day_words(occasion.on, today)
    if occasion.kind == "birthday":
        if occasion.years:
            return _tn("turns %n", occasion.years) + " · " + when
        return QCoreApplication.translate("Today", "birthday") + " · " + when
    years = occasion.years or 0
    return _tn("%n year(s) connected", years) + " · " + when


class DueModel(QAbstractListModel):
    """The people due today, in the service's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[DueItem] = []
        self._reasons: list[str] = []
        self.today: date | None = None

    def set_items(self, items: list[DueItem], today: date) -> None:
        """Show these items (already ranked) as of ``today``."""
        self.beginResetModel()
        self.items = list(items)
        self.today = today
        self._reasons = [texts.due_reason(item, today) for item in self.items]
        self.endResetModel()

    def remove_person(self, person_id: int) -> None:
        """Take a person off the list at once (the reload that follows confirms it)."""
        row = self.row_of(person_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        del self._reasons[row]
        self.endRemoveRows()

    def row_of(self, person_id: int) -> int:
        """The row of a person, or -1."""
        for row, item in enumerate(self.items):
            if item.person.id == person_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.person.display_name
        if role == PERSON_ID_ROLE:
            return item.person.id
        if role == COMPANY_ROLE:
            return item.person.organization
        if role == OVERDUE_ROLE:
            return overdue_words(item.overdue_days)
        if role == REASON_ROLE:
            return self._reasons[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(self._reasons[index.row()])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [item.person.display_name, item.person.organization]
            parts += [overdue_words(item.overdue_days), self._reasons[index.row()]]
            return ", ".join(part for part in parts if part)
        return None


class OccasionModel(QAbstractListModel):
    """Birthdays and connection anniversaries of the coming week, soonest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Occasion] = []
        self.today: date | None = None

    def set_items(self, items: list[Occasion], today: date) -> None:
        """Show these occasions as of ``today``."""
        self.beginResetModel()
        self.items = list(items)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items) or self.today is None:
            return None
        occasion = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{occasion.person.display_name} — {occasion_words(occasion, self.today)}"
        if role == PERSON_ID_ROLE:
            return occasion.person.id
        return None
