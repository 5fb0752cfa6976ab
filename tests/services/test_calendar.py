# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The .ics export, parsed back with the icalendar library: dates, recurrence, UIDs, reasons."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from icalendar import Calendar, Event

from hrconnect.clock import FixedClock
from hrconnect.core.kinds import InteractionKind
from hrconnect.errors import UsageError
from hrconnect.services.calendar import CalendarService, event_uid
from hrconnect.services.reminders import ReminderService
from tests.services.conftest import run_import, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App

TODAY = date(2026, 11, 20)
CARDS = [
    "N:Dubois;Zoë;;;\nFN:Zoë Dubois\nBDAY:1980-03-14\nEMAIL:zoe.dubois@example.be\n"
    "TEL;TYPE=cell:+32 475 11 22 33\nNOTE:Prefers calls after six",
    "N:Claes;Marc;;;\nFN:Marc Claes\nBDAY:--1122",
    "N:Leap;Lea;;;\nFN:Lea Leap\nBDAY:1996-02-29",
    "N:Wouters;Tom;;;\nFN:Tom Wouters",
    "N:Maes;Lien;;;\nFN:Lien Maes",
    "N:Jacobs;Griet;;;\nFN:Griet Jacobs",
]


@pytest.fixture
def people(app: App, tmp_path: Path) -> dict[str, int]:
    run_import(app, write_vcards(tmp_path / "phone", CARDS))
    ids = {p.display_name: p.id for p in app.people.summaries()}
    # Overdue: a call in June, monthly since then (the rule was set that day: a due date
    # never falls before its rule existed).
    app.reminders.log(ids["Zoë Dubois"], InteractionKind.CALL, date(2026, 6, 1))
    ReminderService(app.store, FixedClock.on(date(2026, 6, 1))).set_person_interval(
        ids["Zoë Dubois"], 30
    )
    # Due in the coming month through a tag.
    app.reminders.log(ids["Tom Wouters"], InteractionKind.MEETING, date(2026, 6, 10))
    app.tags.tag("Ex-colleagues", [ids["Tom Wouters"]])
    app.reminders.set_tag_interval("Ex-colleagues", 180)
    # Never contacted: due one interval after the rule was set (today).
    app.reminders.set_person_interval(ids["Lien Maes"], 10)
    # Due next year only.
    app.reminders.log(ids["Marc Claes"], InteractionKind.NOTE, date(2026, 10, 1))
    app.reminders.set_person_interval(ids["Marc Claes"], 365)
    # Overdue but snoozed into the window.
    app.reminders.log(ids["Griet Jacobs"], InteractionKind.CALL, date(2026, 1, 5))
    app.reminders.set_person_interval(ids["Griet Jacobs"], 90)
    app.reminders.snooze(ids["Griet Jacobs"], date(2026, 12, 15))
    return ids


def export(app: App, clock: FixedClock | None = None, days: int = 30) -> bytes:
    service = CalendarService(app.store, clock or FixedClock.on(TODAY))
    return service.export(TODAY, days).data


def events(data: bytes) -> dict[str, Event]:
    return {str(e.uid): e for e in Calendar.from_ical(data).events}


def reminder(found: dict[str, Event], person_id: int) -> Event:
    return found[event_uid(person_id, "keep-in-touch")]


def birthday(found: dict[str, Event], person_id: int) -> Event:
    return found[event_uid(person_id, "birthday")]


def test_reminders_fall_on_their_due_date_and_overdue_ones_on_today(
    app: App, people: dict[str, int]
) -> None:
    found = events(export(app))
    assert reminder(found, people["Zoë Dubois"]).start == TODAY
    assert reminder(found, people["Tom Wouters"]).start == date(2026, 12, 7)
    assert reminder(found, people["Lien Maes"]).start == date(2026, 11, 30)
    assert reminder(found, people["Griet Jacobs"]).start == date(2026, 12, 15)
    assert event_uid(people["Marc Claes"], "keep-in-touch") not in found, "due in 2027"
    zoe = reminder(found, people["Zoë Dubois"])
    assert str(zoe.summary) == "Get in touch with Zoë Dubois"
    assert (zoe.end - zoe.start).days == 1
    assert "RRULE" not in zoe


def test_a_longer_window_takes_later_reminders_in(app: App, people: dict[str, int]) -> None:
    found = events(export(app, days=365))
    assert reminder(found, people["Marc Claes"]).start == date(2027, 10, 1)


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        (
            "Zoë Dubois",
            [
                "Last contact: call of 2026-06-01 (5 months ago).",
                "Keep in touch every month (set for this person).",
                "Due since 2026-07-01 (142 days overdue).",
            ],
        ),
        (
            "Tom Wouters",
            [
                "Last contact: meeting of 2026-06-10 (5 months ago).",
                "Keep in touch every 6 months (from the tag Ex-colleagues).",
            ],
        ),
        ("Lien Maes", ["No contact yet.", "Keep in touch every 10 days (set for this person)."]),
        (
            "Griet Jacobs",
            [
                "Last contact: call of 2026-01-05 (11 months ago).",
                "Keep in touch every 3 months (set for this person).",
                "Snoozed until 2026-12-15.",
            ],
        ),
    ],
)
def test_descriptions_carry_the_reason(
    app: App, people: dict[str, int], name: str, lines: list[str]
) -> None:
    description = str(reminder(events(export(app)), people[name])["DESCRIPTION"])
    assert description.splitlines() == lines


def test_birthdays_recur_every_year_with_and_without_a_year(
    app: App, people: dict[str, int]
) -> None:
    found = events(export(app))
    zoe = birthday(found, people["Zoë Dubois"])
    marc = birthday(found, people["Marc Claes"])
    assert str(zoe.summary) == "Birthday of Zoë Dubois"
    for event, month_day in ((zoe, (3, 14)), (marc, (11, 22))):
        assert (event.start.month, event.start.day) == month_day
        assert [rule.to_ical() for rule in event.rrules] == [b"FREQ=YEARLY"]
    assert zoe.start.year == marc.start.year, "no birth year leaks into the calendar"
    assert {e.uid for e in found.values() if "RRULE" in e} == {
        event_uid(people[n], "birthday") for n in ("Zoë Dubois", "Marc Claes", "Lea Leap")
    }


def test_a_february_29_birthday_shows_every_year(app: App, people: dict[str, int]) -> None:
    lea = birthday(events(export(app)), people["Lea Leap"])
    [rule] = lea.rrules
    assert (rule["FREQ"], rule["BYMONTH"], rule["BYMONTHDAY"]) == (["YEARLY"], [2], [-1])
    start = datetime(lea.start.year, lea.start.month, lea.start.day)
    assert (start.month, start.day) == (2, 29)
    series = rrulestr(rule.to_ical().decode("ascii"), dtstart=start)
    upcoming = series.between(datetime(2026, 1, 1), datetime(2029, 1, 1))
    assert [d.date() for d in upcoming] == [date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]


def test_uids_are_stable_so_a_new_export_updates_the_calendar(
    app: App, people: dict[str, int]
) -> None:
    first = export(app, FixedClock.on(TODAY))
    later = export(app, FixedClock(datetime(2026, 11, 21, 8, 30, tzinfo=UTC)))
    assert set(events(first)) == set(events(later))

    def without_stamps(data: bytes) -> list[bytes]:
        return [line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP")]

    assert without_stamps(first) == without_stamps(later)
    # Logging a contact moves the reminder; it keeps its UID.
    tom = people["Tom Wouters"]
    app.reminders.log(tom, InteractionKind.CALL, date(2026, 11, 18))
    moved = reminder(events(export(app, days=365)), tom)
    assert moved.start == date(2027, 5, 17)


def test_the_file_is_rfc_5545_text_from_hrconnect(app: App, people: dict[str, int]) -> None:
    data = export(app, FixedClock(datetime(2026, 11, 20, 9, 15, tzinfo=UTC)))
    assert data.count(b"\r\n") == data.count(b"\n"), "every line ends in CRLF"
    assert "Zoë".encode() in data
    calendar = Calendar.from_ical(data)
    assert "hrconnect" in str(calendar["PRODID"])
    assert str(calendar["VERSION"]) == "2.0"
    stamps = {e.DTSTAMP for e in calendar.events}
    assert stamps == {datetime(2026, 11, 20, 9, 15, tzinfo=UTC)}


def test_only_what_a_reminder_needs_is_exported(app: App, people: dict[str, int]) -> None:
    data = export(app)
    unfolded = data.replace(b"\r\n ", b"").split(b"\r\n")
    text = b"\n".join(line for line in unfolded if not line.startswith(b"UID"))
    for private in (
        b"zoe.dubois@example.be",
        b"475 11 22 33",
        b"+32475112233",
        b"after six",
        b"1980",
        b"1996",
    ):
        assert private not in text
    assert all(str(e["CLASS"]) == "PRIVATE" for e in Calendar.from_ical(data).events)


def test_an_empty_store_gives_an_empty_calendar(app: App) -> None:
    result = CalendarService(app.store, app.clock).export()
    assert (result.reminders, result.birthdays) == (0, 0)
    assert Calendar.from_ical(result.data).events == []


def test_a_negative_window_is_refused(app: App) -> None:
    with pytest.raises(UsageError):
        CalendarService(app.store, app.clock).export(TODAY, -1)
