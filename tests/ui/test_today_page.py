# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Today page, driven with its keys and dialogs: who is due and why, and what to do."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from hrconnect.clock import FixedClock
from hrconnect.core.changes import Changes
from hrconnect.core.kinds import InteractionKind
from hrconnect.services.app import App
from tests.services.conftest import run_import, write_connections, write_vcards
from tests.ui.windows import close_threaded

from hrconnect.ui.dialogs.log_dialog import LogDialog
from hrconnect.ui.dialogs.snooze_dialog import SnoozeDialog
from hrconnect.ui.main_window import MainWindow
from hrconnect.ui.tasks import TaskRunner
from hrconnect.ui.texts import format_date
from hrconnect.ui.widgets.today_models import COMPANY_ROLE, OVERDUE_ROLE, REASON_ROLE

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.paths import AppPaths

    from hrconnect.ui.pages.today import TodayPage

TODAY = date(2026, 11, 20)  # the clock of tests/conftest.py


def linkedin_archive(folder: Path) -> Path:
    """Two connections; Griet wrote on 3 September 2025."""
    write_connections(
        folder,
        [
            "Griet,Vandewalle,https://www.linkedin.com/in/griet-vw,,Acme NV,HRBP,15 Jan 2020",
            "Tom,Wouters,https://www.linkedin.com/in/tom-wouters,,Solvaris SA,CFO,20 Nov 2019",
        ],
    )
    (folder / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
        "2-ABC==,,Griet Vandewalle,https://www.linkedin.com/in/griet-vw,Sam Verhoeven,"
        "https://www.linkedin.com/in/sam-verhoeven,2025-09-03 10:00:00 UTC,,Coffee soon?,INBOX,"
        "No,No\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def people(window: MainWindow, tmp_path: Path) -> dict[str, int]:
    """Griet (LinkedIn, messaged), Tom (LinkedIn), Marc (phone, birthday on 22 November)."""
    app = window.context.app
    assert app is not None
    run_import(
        app,
        linkedin_archive(tmp_path / "Complete_LinkedInDataExport"),
        write_vcards(tmp_path / "phone", ["N:Claes;Marc;;;\nFN:Marc Claes\nBDAY:--1122"]),
    )
    window.signals.changed.emit(Changes(people=True, imports=True))
    return {p.display_name: p.id for p in app.people.summaries()}


def apply(window: MainWindow, changes: Changes) -> None:
    """Announce a write done through the services, as the context would."""
    window.signals.changed.emit(changes)


@pytest.fixture
def page(qtbot, window: MainWindow, people: dict[str, int], app_paths: AppPaths) -> TodayPage:
    """Griet (monthly since January: overdue) and Marc (weekly since a week ago) are due.

    The intervals are set by a second app over the same store whose clock is earlier, since
    a rule only counts from the day it was set.
    """
    with App(app_paths, FixedClock.on(date(2026, 1, 5))) as earlier:
        earlier.reminders.set_person_interval(people["Griet Vandewalle"], 30)
    with App(app_paths, FixedClock.on(TODAY - timedelta(days=7))) as last_week:
        last_week.reminders.set_person_interval(people["Marc Claes"], 7)
    apply(window, Changes(people=True, reminders=True))
    window.show_page("today")
    with qtbot.waitActive(window):
        window.activateWindow()
    today = window.page_by_key["today"]
    return today  # type: ignore[return-value]


def due_names(page: TodayPage) -> list[str]:
    model = page.due_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select(page: TodayPage, name: str) -> None:
    row = due_names(page).index(name)
    page.due_view.setCurrentIndex(page.due_model.index(row, 0))
    page.due_view.setFocus()


def app_of(window: MainWindow) -> App:
    assert window.context.app is not None
    return window.context.app


def test_an_overdue_person_shows_with_the_reason(window: MainWindow, page: TodayPage) -> None:
    assert "Griet Vandewalle" in due_names(page)
    index = page.due_model.index(due_names(page).index("Griet Vandewalle"), 0)
    reason = index.data(REASON_ROLE)
    assert "LinkedIn message" in reason
    assert format_date(date(2025, 9, 3)) in reason
    assert "every" in reason
    assert "set for this person" in reason
    assert "overdue" in index.data(OVERDUE_ROLE)
    assert index.data(COMPANY_ROLE) == "Acme NV"
    assert "Tom Wouters" not in due_names(page), "no interval, never due"
    badge = window.sidebar.item(window.page_list.index(page)).text()
    assert badge.endswith("(2)")


def test_a_long_list_shows_the_most_overdue_and_counts_everyone(
    window: MainWindow, page: TodayPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hrconnect.ui.pages.today as today_module

    monkeypatch.setattr(today_module, "SHOWN_AT_MOST", 1)
    page.reload()
    assert due_names(page) == ["Griet Vandewalle"], "monthly and months late: most overdue"
    assert page.summary_label.text().startswith("2 person(s) to get in touch with")
    assert "Showing the first 1" in page.summary_label.text()
    badge = window.sidebar.item(window.page_list.index(page)).text()
    assert badge.endswith("(2)")


def test_space_marks_contacted_and_the_person_leaves_the_list(
    qtbot, window: MainWindow, page: TodayPage, people: dict[str, int]
) -> None:
    select(page, "Griet Vandewalle")

    qtbot.keyClick(page.due_view, Qt.Key.Key_Space)

    assert "Griet Vandewalle" not in due_names(page)
    logged = app_of(window).people.detail(people["Griet Vandewalle"]).interactions
    assert (logged[0].kind, logged[0].occurred_on) == (InteractionKind.NOTE, TODAY)
    assert logged[0].note == "Marked as contacted"
    assert window.sidebar.item(window.page_list.index(page)).text().endswith("(1)")


def test_snooze_hides_the_person_until_the_chosen_day(
    qtbot, window: MainWindow, page: TodayPage, people: dict[str, int]
) -> None:
    select(page, "Griet Vandewalle")

    qtbot.keyClick(window, Qt.Key.Key_Z)
    dialog = page.dialog
    assert isinstance(dialog, SnoozeDialog)
    assert dialog.name_label.text() == "Griet Vandewalle"
    qtbot.mouseClick(dialog.quick_buttons["week"], Qt.MouseButton.LeftButton)

    assert "Griet Vandewalle" not in due_names(page)
    reminders = app_of(window).reminders

    def names_on(day: date) -> list[str]:
        return [item.person.display_name for item in reminders.today_list(day).due]

    assert "Griet Vandewalle" not in names_on(TODAY + timedelta(days=6))
    assert "Griet Vandewalle" in names_on(TODAY + timedelta(days=7))


def test_the_log_dialog_writes_an_interaction(
    qtbot, window: MainWindow, page: TodayPage, people: dict[str, int]
) -> None:
    select(page, "Griet Vandewalle")

    qtbot.keyClick(window, Qt.Key.Key_L)
    dialog = page.dialog
    assert isinstance(dialog, LogDialog)
    dialog.set_values(InteractionKind.CALL, TODAY - timedelta(days=2), "Talked about the fair")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    logged = app_of(window).people.detail(people["Griet Vandewalle"]).interactions[0]
    assert (logged.kind, logged.occurred_on, logged.note) == (
        InteractionKind.CALL,
        TODAY - timedelta(days=2),
        "Talked about the fair",
    )
    assert "Griet Vandewalle" not in due_names(page)
    assert page.dialog is None


def test_a_cancelled_dialog_changes_nothing(
    qtbot, window: MainWindow, page: TodayPage, people: dict[str, int]
) -> None:
    select(page, "Griet Vandewalle")
    qtbot.keyClick(window, Qt.Key.Key_L)
    dialog = page.dialog
    assert isinstance(dialog, LogDialog)
    dialog.reject()
    assert "Griet Vandewalle" in due_names(page)
    assert len(app_of(window).people.detail(people["Griet Vandewalle"]).interactions) == 1


def test_the_log_dialog_refuses_days_in_the_future(qtbot) -> None:
    dialog = LogDialog("Griet Vandewalle", TODAY)
    qtbot.addWidget(dialog)
    dialog.set_values(InteractionKind.MEETING, TODAY + timedelta(days=3), "")
    assert dialog.day() == TODAY
    assert dialog.kind() is InteractionKind.MEETING


def test_birthdays_of_the_coming_week_show_below_the_list(page: TodayPage) -> None:
    texts = [
        page.occasion_model.index(row, 0).data() for row in range(page.occasion_model.rowCount())
    ]
    assert any(text.startswith("Marc Claes — birthday") for text in texts), texts
    assert page.occasion_view.isVisible()


def test_a_connection_anniversary_shows_as_an_occasion(page: TodayPage) -> None:
    texts = [
        page.occasion_model.index(row, 0).data() for row in range(page.occasion_model.rowCount())
    ]
    tom = [text for text in texts if text.startswith("Tom Wouters")]
    assert len(tom) == 1
    assert "7" in tom[0]
    assert "today" in tom[0]


def test_linkedin_button_follows_the_selected_person(
    qtbot, page: TodayPage, request: pytest.FixtureRequest
) -> None:
    opened = UrlCatcher()
    QDesktopServices.setUrlHandler("https", opened, "catch")  # type: ignore[arg-type]
    request.addfinalizer(lambda: QDesktopServices.unsetUrlHandler("https"))

    select(page, "Marc Claes")
    assert not page.linkedin_button.isEnabled(), "a phone contact has no LinkedIn profile"
    select(page, "Griet Vandewalle")
    assert page.linkedin_button.isEnabled()
    qtbot.mouseClick(page.linkedin_button, Qt.MouseButton.LeftButton)

    assert opened.urls == ["https://www.linkedin.com/in/griet-vw"]


def test_enter_asks_to_open_the_person_in_people(
    qtbot, page: TodayPage, people: dict[str, int]
) -> None:
    select(page, "Griet Vandewalle")
    with qtbot.waitSignal(page.context.signals.person_requested, timeout=1000) as asked:
        qtbot.keyClick(page.due_view, Qt.Key.Key_Return)
    assert asked.args == [people["Griet Vandewalle"]]


def test_enter_shows_the_person_on_the_people_page(
    qtbot, window: MainWindow, page: TodayPage
) -> None:
    select(page, "Griet Vandewalle")
    qtbot.keyClick(page.due_view, Qt.Key.Key_Return)
    assert window.current_page() is window.page_by_key["people"]


def test_nobody_due_shows_the_empty_state(
    qtbot, window: MainWindow, people: dict[str, int]
) -> None:
    window.show_page("today")
    page = window.page_by_key["today"]
    assert page.stack.currentWidget() is page.empty_widget  # type: ignore[attr-defined]
    assert not page.contacted_button.isEnabled()  # type: ignore[attr-defined]
    assert window.sidebar.item(window.page_list.index(page)).text() == page.title()


def test_tag_names_in_tooltips_are_escaped(
    window: MainWindow, people: dict[str, int], page: TodayPage
) -> None:
    app = app_of(window)
    tag = "<b>Friends</b>"
    changes = app.tags.tag(tag, [people["Tom Wouters"]])
    apply(window, changes | app.reminders.set_tag_interval(tag, 30))
    row = due_names(page).index("Tom Wouters")
    tooltip = page.due_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Friends&lt;/b&gt;" in tooltip
    assert "<b>" not in tooltip


class UrlCatcher(QObject):
    """Stands in for the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_quick_spaces_on_a_real_worker_thread_mark_each_person_once(
    qtbot, app_paths: AppPaths, tmp_path: Path
) -> None:
    with App(app_paths) as app:
        run_import(
            app,
            linkedin_archive(tmp_path / "Complete_LinkedInDataExport"),
            write_vcards(tmp_path / "phone", ["N:Claes;Marc;;;\nFN:Marc Claes\nBDAY:--1122"]),
        )
        ids = {p.display_name: p.id for p in app.people.summaries()}
    # Set a year before the real clock's today, so both are overdue whatever day this runs.
    with App(app_paths, FixedClock.on(date.today() - timedelta(days=365))) as earlier:
        for name in ("Griet Vandewalle", "Marc Claes"):
            earlier.reminders.set_person_interval(ids[name], 30)
    runner = TaskRunner()
    window = MainWindow(app_paths, runner)
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.open_store()
    window.show()
    window.show_page("today")
    page: TodayPage = window.page_by_key["today"]  # type: ignore[assignment]
    qtbot.waitUntil(lambda: page.due_model.rowCount() == 2)
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    page.due_view.setFocus()
    qtbot.keyClick(page.due_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.due_view, Qt.Key.Key_Space)  # before the first is stored
    qtbot.waitUntil(lambda: busy[-1:] == [False], timeout=10_000)
    assert page.due_model.rowCount() == 0
    close_threaded(window, runner)

    with App(app_paths) as app:
        for name in ("Griet Vandewalle", "Marc Claes"):
            notes = [
                i
                for i in app.people.detail(ids[name]).interactions
                if i.kind is InteractionKind.NOTE
            ]
            assert len(notes) == 1, name
