# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The daily tray notification: only when wanted and possible, at most once a day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from hrconnect.clock import FixedClock
from hrconnect.services.app import App
from tests.services.conftest import run_import, write_connections

from hrconnect.ui.tray import DailyNotifier

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.paths import AppPaths

    from hrconnect.ui.main_window import MainWindow

TODAY = date(2026, 11, 20)


@pytest.fixture
def two_due(window: MainWindow, app_paths: AppPaths, tmp_path: Path) -> None:
    """Two people on a monthly interval set in January: both are due today."""
    app = window.context.app
    assert app is not None
    run_import(
        app,
        write_connections(
            tmp_path / "li",
            [
                "Griet,Vandewalle,https://www.linkedin.com/in/griet-vw,,Acme NV,HRBP,15 Jan 2020",
                "Tom,Wouters,https://www.linkedin.com/in/tom-wouters,,Solvaris SA,CFO,03 Mar 2019",
            ],
        ),
    )
    with App(app_paths, FixedClock.on(date(2026, 1, 5))) as earlier:
        for person in earlier.people.summaries():
            earlier.reminders.set_person_interval(person.id, 30)


def wanting_notifications(window: MainWindow, wanted: bool) -> None:
    app = window.context.app
    assert app is not None
    app.save_settings(app.settings.with_changes(daily_notification=wanted))


def test_the_notification_counts_the_people_due_once_a_day(
    qtbot, window: MainWindow, two_due: None
) -> None:
    wanting_notifications(window, True)
    notifier = DailyNotifier(window.context, window, tray_available=lambda: True)

    assert notifier.last_message.startswith("2 ")
    assert notifier.last_message.endswith(" to get in touch with today")
    assert notifier.last_shown() == TODAY
    assert notifier.icon is not None
    assert notifier.icon.isVisible()

    notifier.last_message = ""
    notifier.check()
    again = DailyNotifier(window.context, window, tray_available=lambda: True)
    assert (notifier.last_message, again.last_message) == ("", ""), "not twice on one day"


@pytest.mark.parametrize(
    ("wanted", "tray"),
    [(False, True), (True, False)],
    ids=["turned-off", "no-system-tray"],
)
def test_no_notification_unless_wanted_and_possible(
    qtbot, window: MainWindow, two_due: None, wanted: bool, tray: bool
) -> None:
    wanting_notifications(window, wanted)
    notifier = DailyNotifier(window.context, window, tray_available=lambda: tray)
    assert notifier.last_message == ""
    assert notifier.last_shown() is None
    assert notifier.icon is None


def test_nobody_due_means_no_notification(qtbot, window: MainWindow) -> None:
    wanting_notifications(window, True)
    notifier = DailyNotifier(window.context, window, tray_available=lambda: True)
    assert notifier.last_message == ""
    assert notifier.last_shown() is None


def test_clicking_the_notification_shows_today(qtbot, window: MainWindow, two_due: None) -> None:
    wanting_notifications(window, True)
    window.show_page("people")
    notifier = DailyNotifier(window.context, window, tray_available=lambda: True)
    assert notifier.icon is not None
    notifier.icon.messageClicked.emit()
    assert window.current_page() is window.page_by_key["today"]
