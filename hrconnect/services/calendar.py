# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keep-in-touch reminders and birthdays as an iCalendar (.ics) file for any calendar app.

The file is built with the ``icalendar`` library (RFC 5545: CRLF line ends, folding, escaping).
Each due reminder becomes one all-day event on its due date (overdue ones on today) and each
birthday a yearly recurring all-day event. Event UIDs derive from the person id and the event
kind only, so importing a newer export into the same calendar updates the events instead of
adding copies.

A calendar is often synced to a cloud service, so the file carries only what a reminder needs:
a name, the reason it is due, and the day. No addresses, numbers, notes, or birth years (every
birthday series starts in :data:`BIRTHDAY_SERIES_YEAR`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from icalendar import Calendar, Event, vRecur
from icalendar.enums import CLASS, TRANSP

from hrconnect import __version__
from hrconnect.errors import UsageError
from hrconnect.reminders.schedule import DueReason
from hrconnect.services.reminders import (
    ReminderService,
    describe_ago,
    describe_interval,
    describe_last_contact_kind,
)

if TYPE_CHECKING:
    from datetime import datetime

    from hrconnect.clock import Clock
    from hrconnect.core.people import PersonSummary
    from hrconnect.services.reminders import DueItem
    from hrconnect.store.engine import Store

PRODID = f"-//hrconnect//hrconnect {__version__}//EN"
BIRTHDAY_SERIES_YEAR = 2000
"""First year of every birthday series: a leap year, so February 29 exists, and no birth year."""

_UID_NAMESPACE = uuid.UUID("7b0f4d52-3c1e-5a8e-9d1b-6f2a1c9e4b30")
"""Fixed namespace of the name-based (version 5) UIDs; changing it would duplicate events."""
_LEAP_MONTH_DAYS = [
    f"{day.month:02d}-{day.day:02d}"
    for day in (date(2000, 1, 1) + timedelta(days=n) for n in range(366))
]


@dataclass(frozen=True, slots=True)
class CalendarExport:
    """An .ics file and what is in it.

    Attributes:
        data: The iCalendar text, UTF-8 with CRLF line ends.
        reminders: Keep-in-touch events in the file.
        birthdays: Yearly birthday events in the file.
    """

    data: bytes
    reminders: int
    birthdays: int


class CalendarService:
    """Builds the .ics export of reminders and birthdays."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def export(self, today: date | None = None, days: int = 365) -> CalendarExport:
        """Reminders due within ``days`` days of ``today``, and every known birthday.

        Args:
            today: The day the export counts from (default: the clock's today). Reminders
                already overdue are placed on this day.
            days: How far ahead to include reminders; 0 keeps only those due by ``today``.

        Returns:
            The file. ``DTSTAMP`` is the clock's now; everything else depends only on the data
            and ``today``, so two exports of the same day differ in ``DTSTAMP`` alone.

        Raises:
            UsageError: ``days`` is negative.
        """
        if days < 0:
            raise UsageError("the number of days cannot be negative")
        day = today or self._clock.today()
        stamp = self._clock.now()
        due = ReminderService(self._store, self._clock).today_list(day + timedelta(days=days)).due
        with self._store.read() as tx:
            born = tx.people.with_birthday_md(_LEAP_MONTH_DAYS)
        reminders = [
            _reminder_event(item, day, stamp)
            for item in sorted(
                due, key=lambda i: (max(i.due_on, day), i.person.sort_name, i.person.id)
            )
        ]
        recurring = sorted(
            (p.birthday.month, p.birthday.day, p.sort_name, p.id, p)
            for p in born
            if p.birthday is not None and p.birthday.month and p.birthday.day
        )
        birthdays = [
            _birthday_event(person, month, day_of_month, stamp)
            for month, day_of_month, _, _, person in recurring
        ]
        calendar = Calendar.new(
            prodid=PRODID,
            name="hrconnect",
            description="Keep-in-touch reminders and birthdays from hrconnect",
            uid=str(uuid.uuid5(_UID_NAMESPACE, "calendar")),
            subcomponents=[*reminders, *birthdays],
        )
        return CalendarExport(calendar.to_ical(), len(reminders), len(birthdays))


def event_uid(person_id: int, kind: str) -> str:
    """The stable UID of a person's event of a kind (``keep-in-touch`` or ``birthday``)."""
    return str(uuid.uuid5(_UID_NAMESPACE, f"{kind}:{person_id}"))


def _reminder_event(item: DueItem, today: date, stamp: datetime) -> Event:
    on = max(item.due_on, today)
    return Event.new(
        summary=f"Get in touch with {item.person.display_name}",
        description=describe_reminder(item, today),
        start=on,
        end=on + timedelta(days=1),
        uid=event_uid(item.person.id, "keep-in-touch"),
        stamp=stamp,
        classification=CLASS.PRIVATE,
        transparency=TRANSP.TRANSPARENT,
    )


def _birthday_event(person: PersonSummary, month: int, day: int, stamp: datetime) -> Event:
    start = date(BIRTHDAY_SERIES_YEAR, month, day)
    event = Event.new(
        summary=f"Birthday of {person.display_name}",
        start=start,
        end=start + timedelta(days=1),
        uid=event_uid(person.id, "birthday"),
        stamp=stamp,
        classification=CLASS.PRIVATE,
        transparency=TRANSP.TRANSPARENT,
    )
    if (month, day) == (2, 29):
        # A plain yearly rule on February 29 skips three years in four (RFC 5545 drops
        # invalid dates); "last day of February" falls on the 29th in leap years and on the
        # 28th otherwise, the usual convention for leap-day birthdays.
        event.add("rrule", vRecur(freq="YEARLY", bymonth=2, bymonthday=-1))
    else:
        event.add("rrule", vRecur(freq="YEARLY"))
    return event


def describe_reminder(item: DueItem, today: date) -> str:
    """Why a reminder is in the calendar, in plain English, one sentence per line.

    Example::

        Last contact: LinkedIn message of 2025-09-03 (14 months ago).
        Keep in touch every 6 months (from the tag Ex-colleagues).
        Due since 2026-11-02 (18 days overdue).
    """
    on = max(item.due_on, today)
    lines = []
    if item.last_contact_on is None:
        lines.append("No contact yet.")
    else:
        what = describe_last_contact_kind(item.last_contact_kind)
        ago = describe_ago(item.last_contact_on, on)
        lines.append(f"Last contact: {what} of {item.last_contact_on.isoformat()} ({ago}).")
    origin = item.rule_origin
    source = (
        "set for this person"
        if origin == "person"
        else f"from the tag {origin.removeprefix('tag:')}"
    )
    lines.append(f"Keep in touch {describe_interval(item.every_days)} ({source}).")
    if item.reason is DueReason.SNOOZE_ENDED:
        lines.append(f"Snoozed until {item.due_on.isoformat()}.")
    if item.due_on < today:
        late = (today - item.due_on).days
        lines.append(
            f"Due since {item.due_on.isoformat()} ({late} day{'s' if late != 1 else ''} overdue)."
        )
    return "\n".join(lines)
