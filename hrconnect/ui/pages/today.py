# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Today page: who to get in touch with, why, and the birthdays of the coming week.

The list comes from ``app.reminders.today_list`` (ranked by the service: the most overdue
relative to their interval first). Actions work on the selected person:

- **Mark contacted** (Space) logs a *note* interaction dated today with the text "Marked as
  contacted". A note, not a message: the user tells us they were in touch, not how, and the
  timeline should not claim a channel that was never used. Any logged interaction restarts the
  person's interval, so they leave the list.
- **Log interaction…** (L) and **Snooze…** (Z) open small dialogs.
- **Open LinkedIn profile** opens the person's profile in the browser (disabled without one).
- **Open in People** (Enter) emits the app-wide ``person_requested(person_id)``, which the main
  window answers by showing the person on the People page.

The badge in the sidebar is the number of people due.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.kinds import InteractionKind

from hrconnect.ui.dialogs.log_dialog import LogDialog, to_qdate
from hrconnect.ui.dialogs.snooze_dialog import SnoozeDialog
from hrconnect.ui.pages.base import Page
from hrconnect.ui.widgets.today_list import DueListView
from hrconnect.ui.widgets.today_models import (
    PERSON_ID_ROLE,
    DueModel,
    OccasionModel,
    linkedin_profile_of,
)
from hrconnect.ui.widgets.today_parts import (
    EmptyState,
    OccasionView,
    action_button,
    heading_label,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from hrconnect.core.changes import Changes
    from hrconnect.services.app import App
    from hrconnect.services.reminders import DueItem, TodayList

    from hrconnect.ui.context import UiContext

OCCASION_ROWS_SHOWN = 5
"""Rows of birthdays and anniversaries visible before the list scrolls."""


SHOWN_AT_MOST = 300
"""The Today list shows the most overdue people up to this many (a day's work, and more)."""


class TodayPage(Page):
    """Who is due, with the reason, the actions on them, and the coming week's occasions."""

    key = "today"
    icon = "today"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.today: date | None = None
        self.linkedin: str | None = None
        self.dialog: LogDialog | SnoozeDialog | None = None
        self._generation = 0
        self._build()
        self._update_actions()

    def title(self) -> str:
        return self.tr("Today")

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(heading_label(self.tr("Get in touch today"), 1.5))
        header.addStretch(1)
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        header.addWidget(self.date_label)
        layout.addLayout(header)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.due_model = DueModel(self)
        self.due_view = DueListView()
        self.due_view.setModel(self.due_model)
        self.due_view.setAccessibleName(self.tr("People to get in touch with"))
        self.due_view.contacted_requested.connect(self.mark_contacted)
        self.due_view.open_requested.connect(self.open_in_people)
        self.due_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty_widget = EmptyState(
            self.tr("Nobody to contact today"),
            self.tr(
                "People show up here when it is time to get back in touch. Choose how often "
                "for whom: on the People page, select one or more people and choose "
                "“Keep in touch…”, or give a tag an interval, for example every 6 months for "
                "your former colleagues. Snoozed people come back on the day you chose."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.due_view)
        self.stack.addWidget(self.empty_widget)
        layout.addWidget(self.stack, 3)
        layout.addLayout(self._build_actions())

        self.occasions_heading = heading_label(self.tr("Coming up this week"))
        layout.addWidget(self.occasions_heading)
        self.occasion_model = OccasionModel(self)
        self.occasion_view = OccasionView(self.occasion_model, OCCASION_ROWS_SHOWN)
        self.occasion_view.setAccessibleName(self.tr("Birthdays and anniversaries this week"))
        self.occasion_view.activated.connect(self._on_occasion_activated)
        layout.addWidget(self.occasion_view)
        self.setTabOrder(self.due_view, self.contacted_button)

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.contacted_button = action_button(
            self.tr("Mark contacted"), "Space", self.tr("You were in touch today (Space)")
        )
        self.log_button = action_button(
            self.tr("Log interaction…"), "L", self.tr("A call, message, meeting or note (L)")
        )
        self.snooze_button = action_button(self.tr("Snooze…"), "Z", self.tr("Remind me later (Z)"))
        self.linkedin_button = action_button(
            self.tr("Open LinkedIn profile"), "", self.tr("Open the profile in your browser")
        )
        self.open_button = action_button(
            self.tr("Open in People"), "Enter", self.tr("Show everything about this person")
        )
        self.contacted_button.clicked.connect(self.mark_contacted)
        self.log_button.clicked.connect(self.log_interaction)
        self.snooze_button.clicked.connect(self.snooze)
        self.linkedin_button.clicked.connect(self.open_linkedin)
        self.open_button.clicked.connect(self.open_in_people)
        self.action_buttons = (
            self.contacted_button,
            self.log_button,
            self.snooze_button,
            self.linkedin_button,
            self.open_button,
        )
        for button in self.action_buttons[:3]:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.linkedin_button)
        row.addWidget(self.open_button)
        self.shortcuts: dict[str, QShortcut] = {}
        for name, key, slot in (
            ("log", Qt.Key.Key_L, self.log_interaction),
            ("snooze", Qt.Key.Key_Z, self.snooze),
        ):
            # Window-wide while the page is on screen; text fields keep their letters.
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut
        return row

    # --- page hooks ----------------------------------------------------------------------

    def on_opened(self) -> None:
        self.reload()

    def on_shown(self) -> None:
        # The list depends on the date, which may have moved on since the last visit.
        app = self.context.app
        if app is not None and self.today != app.clock.today():  # None until first loaded
            self.reload()
        self.due_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_changed(self, changes: Changes) -> None:
        if changes.people or changes.reminders or changes.interactions or changes.tags:
            self.reload()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the Today list again, keeping the selected person selected when still due."""
        if not self.context.is_open:
            return
        self._generation += 1
        generation = self._generation

        def work(app: App) -> TodayList:
            return app.reminders.today_list(app.clock.today(), limit=SHOWN_AT_MOST)

        self.context.read(work, lambda result: self._on_loaded(generation, result))

    def _on_loaded(self, generation: int, result: TodayList) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        row = self.due_view.currentIndex().row()
        self.today = result.today
        self.due_model.set_items(result.due, result.today)
        self.occasion_model.set_items(result.occasions, result.today)
        if result.due:
            found = self.due_model.row_of(selected.person.id) if selected else -1
            row = found if found >= 0 else min(max(row, 0), len(result.due) - 1)
            self.due_view.setCurrentIndex(self.due_model.index(row, 0))
        else:
            self._on_current_changed(QModelIndex(), QModelIndex())
        self._show_counts(result)

    def _show_counts(self, result: TodayList) -> None:
        count = result.total_due
        locale = QLocale()
        self.badge_changed.emit(locale.toString(count) if count else "")
        self.date_label.setText(
            locale.toString(to_qdate(result.today), QLocale.FormatType.LongFormat)
        )
        summary = (
            self.tr("%n person(s) to get in touch with, most overdue first.", "", count)
            if count
            else ""
        )
        if count > len(result.due):
            summary += " " + self.tr(
                "Showing the first %1; the People page lists everyone overdue."
            ).replace("%1", locale.toString(len(result.due)))
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(count))
        self.stack.setCurrentWidget(self.due_view if count else self.empty_widget)
        for button in self.action_buttons:
            button.setVisible(bool(count))
        has_occasions = bool(result.occasions)
        self.occasions_heading.setVisible(has_occasions)
        self.occasion_view.setVisible(has_occasions)
        if has_occasions:
            self.occasion_view.fit_rows()

    def selected(self) -> DueItem | None:
        """The due item under the cursor, or None."""
        row = self.due_view.currentIndex().row()
        return self.due_model.items[row] if 0 <= row < len(self.due_model.items) else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.linkedin = None
        self._update_actions()
        item = self.selected()
        if item is None or not self.context.is_open:
            return
        person_id = item.person.id

        def done(url: str | None) -> None:
            still = self.selected()
            if still is not None and still.person.id == person_id:
                self.linkedin = url
                self._update_actions()

        self.context.read(lambda app: linkedin_profile_of(app, person_id), done, lambda _: None)

    def _update_actions(self) -> None:
        has_item = self.selected() is not None
        for button in (
            self.contacted_button,
            self.log_button,
            self.snooze_button,
            self.open_button,
        ):
            button.setEnabled(has_item)
        self.linkedin_button.setEnabled(has_item and self.linkedin is not None)
        for shortcut in self.shortcuts.values():
            shortcut.setEnabled(has_item)

    # --- actions -------------------------------------------------------------------------

    def mark_contacted(self) -> None:
        """Log a note "Marked as contacted" dated today for the selected person (Space)."""
        item = self.selected()
        if item is None or self.today is None:
            return
        person_id, today, note = item.person.id, self.today, self.tr("Marked as contacted")
        self._take_off_list(person_id)
        self._write(
            lambda app: app.reminders.log(person_id, InteractionKind.NOTE, today, note),
            self.tr("Marked as contacted today."),
        )

    def log_interaction(self) -> None:
        """Ask for the kind, day and note of an interaction and store it (L)."""
        item = self.selected()
        if item is None or self.today is None or self.dialog is not None:
            return
        dialog = LogDialog(item.person.display_name, self.today, self)
        person_id = item.person.id

        def store() -> None:
            kind, day, note = dialog.kind(), dialog.day(), dialog.note()
            self._write(
                lambda app: app.reminders.log(person_id, kind, day, note),
                self.tr("Interaction logged."),
            )

        self._open_dialog(dialog, store)

    def snooze(self) -> None:
        """Ask until when to keep quiet about the selected person, and snooze them (Z)."""
        item = self.selected()
        if item is None or self.today is None or self.dialog is not None:
            return
        dialog = SnoozeDialog(item.person.display_name, self.today, self)
        person_id = item.person.id

        def store() -> None:
            until = dialog.until()
            self._take_off_list(person_id)
            self._write(lambda app: app.reminders.snooze(person_id, until), self.tr("Snoozed."))

        self._open_dialog(dialog, store)

    def _write(self, work: Callable[[App], Changes], done_message: str) -> None:
        def failed(error: BaseException) -> None:
            # The list may show someone as handled who is not: show the truth, then the error.
            self.reload()
            self.context.runner.report(error)

        self.context.write(work, lambda _: self.context.signals.status.emit(done_message), failed)

    def _take_off_list(self, person_id: int) -> None:
        # Shown gone at once, so a second key press cannot act on them twice; a load already
        # under way predates the write and is ignored.
        self._generation += 1
        row = self.due_view.currentIndex().row()
        self.due_model.remove_person(person_id)
        remaining = self.due_model.rowCount()
        if remaining:
            self.due_view.setCurrentIndex(self.due_model.index(min(max(row, 0), remaining - 1), 0))
        else:
            self._on_current_changed(QModelIndex(), QModelIndex())

    def open_linkedin(self) -> None:
        """Open the selected person's LinkedIn profile in the browser."""
        if self.linkedin is not None and self.selected() is not None:
            QDesktopServices.openUrl(QUrl(self.linkedin))

    def open_in_people(self) -> None:
        """Ask the window to show the selected person on the People page (Enter)."""
        item = self.selected()
        if item is not None:
            self._request_person(item.person.id)

    def _on_occasion_activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if isinstance(person_id, int):
            self._request_person(person_id)

    def _request_person(self, person_id: int) -> None:
        self.context.signals.person_requested.emit(person_id)

    def _open_dialog(
        self, dialog: LogDialog | SnoozeDialog, on_accepted: Callable[[], None]
    ) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._close_dialog(dialog))
        dialog.open()

    def _close_dialog(self, dialog: LogDialog | SnoozeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if self.isVisible():
            self.due_view.setFocus(Qt.FocusReason.OtherFocusReason)
