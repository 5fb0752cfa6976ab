# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keep in touch: intervals per person and per tag, snoozes, logged interactions, the Today list.

Due dates are part of the people read model (``persons.due_on``), recomputed whenever a
person's interactions, tags or rule change, so the Today list is one indexed query even with
30,000 people and 100,000 interactions. See ``reminders.schedule`` for the rule itself.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hrconnect.core.changes import Changes
from hrconnect.core.kinds import LOGGABLE_KINDS, InteractionKind, SourceKind
from hrconnect.errors import NotFoundError, UsageError
from hrconnect.reminders.schedule import DueReason, overdue_days
from hrconnect.services.people import own_record
from hrconnect.services.people_index import CONNECTED, refresh_people
from hrconnect.store.interactions import InteractionWrite

if TYPE_CHECKING:
    from hrconnect.clock import Clock
    from hrconnect.core.people import PersonSummary, StoredInteraction
    from hrconnect.store.engine import Store

EXTRAS_DAYS = 7
"""Birthdays and connection anniversaries are shown for today and the coming week."""


@dataclass(frozen=True, slots=True)
class DueItem:
    """One person on the Today list, with everything needed to say why."""

    person: PersonSummary
    due_on: date
    overdue_days: int
    reason: DueReason
    every_days: int
    rule_origin: str
    last_contact_on: date | None
    last_contact_kind: str | None
    """An ``InteractionKind`` value, or ``connected`` for the connection date itself."""


@dataclass(frozen=True, slots=True)
class Occasion:
    """A birthday or a connection anniversary in the coming days (a gentle extra)."""

    person: PersonSummary
    kind: str
    """``birthday`` or ``anniversary``."""
    on: date
    years: int | None
    """Age reached or years connected, when the year is known."""


@dataclass(frozen=True, slots=True)
class TodayList:
    """The Today list: who is due, ranked, plus birthdays and anniversaries."""

    today: date
    due: list[DueItem]
    occasions: list[Occasion]
    total_due: int = 0
    """Everyone due, also those beyond a ``limit`` (``len(due)`` without one)."""


class ReminderService:
    """Keep-in-touch rules, logging and the Today list."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    # --- rules ---------------------------------------------------------------------------

    def set_person_interval(self, person_id: int, every_days: int | None) -> Changes:
        """Keep in touch with one person every ``every_days`` (None: no own interval).

        The person's own interval wins over their tags'. A never-contacted person becomes due
        one interval after today, not at once.
        """
        if every_days is not None and every_days <= 0:
            raise UsageError("the interval must be a positive number of days")
        with self._store.write() as tx:
            record_id = own_record(tx, person_id, self._clock)
            tx.records.update_fields(
                record_id,
                {
                    "every_days": every_days,
                    "rule_set_on": self._clock.today() if every_days else None,
                },
                self._clock.now(),
            )
            refresh_people(tx, [person_id])
        return Changes(people=True, reminders=True, person_ids=frozenset({person_id}))

    def set_tag_interval(self, tag: str, every_days: int | None, *, create: bool = True) -> Changes:
        """Keep in touch with everyone carrying a tag every ``every_days`` (None: remove).

        Raises:
            NotFoundError: the tag does not exist and ``create`` is False.
        """
        if every_days is not None and every_days <= 0:
            raise UsageError("the interval must be a positive number of days")
        with self._store.write() as tx:
            tag_id = tx.tags.find(tag)
            if tag_id is None:
                if not create:
                    raise NotFoundError(f"no tag named {tag!r}")
                tag_id = tx.tags.ensure([tag])[tag.strip().casefold()]
            tx.tags.set_rule(tag_id, every_days, self._clock.today() if every_days else None)
            people = tx.tags.people_with(tag_id)
            refresh_people(tx, people)
        return Changes(people=True, reminders=True, tags=True, person_ids=frozenset(people))

    def snooze(self, person_id: int, until: date | None) -> Changes:
        """Do not remind before ``until`` (None: cancel the snooze)."""
        with self._store.write() as tx:
            record_id = own_record(tx, person_id, self._clock)
            tx.records.update_fields(record_id, {"snoozed_until": until}, self._clock.now())
            refresh_people(tx, [person_id])
        return Changes(people=True, reminders=True, person_ids=frozenset({person_id}))

    # --- interactions --------------------------------------------------------------------

    def log(
        self, person_id: int, kind: InteractionKind, on: date | None = None, note: str = ""
    ) -> Changes:
        """Record that the user was in touch (a call, message, meeting or note).

        Moves the person's due date: it now counts from this day (if it is the newest).

        Raises:
            UsageError: the kind is one that only imports create, or the day is in the future.
            NotFoundError: no such person.
        """
        if kind not in LOGGABLE_KINDS:
            raise UsageError(
                f"'{kind.value}' interactions come from imports; log call, message, meeting or note"
            )
        day = on or self._clock.today()
        if day > self._clock.today():
            raise UsageError("an interaction cannot be in the future")
        with self._store.write() as tx:
            record_id = own_record(tx, person_id, self._clock)
            tx.interactions.add(
                [InteractionWrite(record_id, kind, day, None, note.strip())],
                None,
                self._clock.now(),
            )
            tx.records.update_fields(record_id, {}, self._clock.now())
            refresh_people(tx, [person_id])
        return Changes(
            people=True, interactions=True, reminders=True, person_ids=frozenset({person_id})
        )

    def delete_interaction(self, interaction_id: int) -> Changes:
        """Delete an interaction the user logged (imported ones belong to their source).

        Raises:
            NotFoundError: no such interaction.
            UsageError: it was imported.
        """
        with self._store.write() as tx:
            found = tx.interactions.get(interaction_id)
            if found is None:
                raise NotFoundError(f"no interaction with id {interaction_id}")
            if found.source_kind is not SourceKind.USER:
                raise UsageError(
                    "imported interactions cannot be deleted; they come back with the next import"
                )
            tx.interactions.delete(interaction_id)
            refresh_people(tx, [found.person_id])
        return Changes(
            people=True, interactions=True, reminders=True, person_ids=frozenset({found.person_id})
        )

    def last_interaction(self, person_id: int) -> StoredInteraction | None:
        """The person's newest interaction, for the "why" of a due item."""
        with self._store.read() as tx:
            found = tx.interactions.of_people([person_id])
        return found[0] if found else None

    # --- the Today list ------------------------------------------------------------------

    def today_list(self, today: date | None = None, limit: int | None = None) -> TodayList:
        """Who is due on ``today`` (default: the clock's today), ranked, and the occasions.

        Ranking: the most overdue relative to their interval first (a monthly contact two
        weeks late before a yearly one two weeks late), then the longest neglected relative to
        their interval, then by name. ``limit`` keeps the top of that ranking (the window
        shows the first few hundred; ``total_due`` says how many there are in all).
        """
        day = today or self._clock.today()
        with self._store.read() as tx:
            due = tx.people.due(day, limit)
            total = len(due) if limit is None or len(due) < limit else tx.people.count_due(day)
            window = [day + timedelta(days=n) for n in range(EXTRAS_DAYS + 1)]
            birthdays = tx.people.with_birthday_md(_month_days(window))
            anniversaries = tx.people.connected_on_md(_month_days(window))
        items = []
        for person in due:
            if person.due_on is None or person.every_days is None:
                continue
            reason = DueReason.LAST_CONTACT_PLUS_INTERVAL
            if person.snoozed_until is not None and person.snoozed_until == person.due_on:
                reason = DueReason.SNOOZE_ENDED
            elif person.last_contact_on is None:
                reason = DueReason.NEVER_CONTACTED
            items.append(
                DueItem(
                    person,
                    person.due_on,
                    overdue_days(person.due_on, day),
                    reason,
                    person.every_days,
                    person.rule_origin or "person",
                    person.last_contact_on,
                    person.last_contact_kind,
                )
            )
        occasions = [o for o in (_occasion(p, "birthday", day) for p in birthdays) if o]
        occasions += [o for o in (_occasion(p, "anniversary", day) for p in anniversaries) if o]
        occasions.sort(key=lambda o: (o.on, o.kind, o.person.sort_name))
        return TodayList(day, items, occasions, total)


def _month_days(days: list[date]) -> list[str]:
    """The MM-DD keys of a window of days.

    A February 28 in a common year also stands for February 29: leap-day birthdays are
    celebrated on the 28th.
    """
    keys = []
    for day in days:
        keys.append(f"{day.month:02d}-{day.day:02d}")
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            keys.append("02-29")
    return keys


def _occasion(person: PersonSummary, kind: str, today: date) -> Occasion | None:
    from hrconnect.core.dates import next_anniversary

    if kind == "birthday":
        if person.birthday is None or not person.birthday.has_month_day:
            return None
        month, day_of_month = person.birthday.month, person.birthday.day
        if month is None or day_of_month is None:
            return None
        on = next_anniversary(month, day_of_month, today)
        years = on.year - person.birthday.year if person.birthday.year else None
        return Occasion(person, kind, on, years)
    if person.connected_on is None:
        return None
    on = next_anniversary(person.connected_on.month, person.connected_on.day, today)
    years = on.year - person.connected_on.year
    if years <= 0:
        return None
    return Occasion(person, kind, on, years)


def describe_last_contact_kind(kind: str | None) -> str:
    """An English phrase for a last-contact kind (the CLI's wording; the UI translates)."""
    words = {
        CONNECTED: "connection date",
        InteractionKind.CALL.value: "call",
        InteractionKind.MESSAGE.value: "message",
        InteractionKind.MEETING.value: "meeting",
        InteractionKind.NOTE.value: "note",
        InteractionKind.EMAIL.value: "e-mail",
        InteractionKind.LINKEDIN_MESSAGE.value: "LinkedIn message",
        InteractionKind.LINKEDIN_INVITATION.value: "LinkedIn invitation",
        InteractionKind.FACEBOOK_MESSAGE.value: "Facebook message",
    }
    return words.get(kind or "", kind or "contact")


def describe_interval(days: int) -> str:
    """An interval in words: ``every 6 months``, ``every 2 weeks`` (English; UI translates)."""
    if days % 365 == 0:
        years = days // 365
        return "every year" if years == 1 else f"every {years} years"
    if days % 30 == 0 or days in (91, 182, 183):
        months = round(days / 30.4)
        return "every month" if months == 1 else f"every {months} months"
    if days % 7 == 0:
        weeks = days // 7
        return "every week" if weeks == 1 else f"every {weeks} weeks"
    return f"every {days} days"


def describe_ago(then: date, today: date) -> str:
    """How long ago, in words: ``14 months ago``, ``3 weeks ago``, ``today``."""
    days = (today - then).days
    if days <= 0:
        return "today"
    if days < 14:
        return "yesterday" if days == 1 else f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 730:
        return f"{int(days / 30.44)} months ago"  # whole months, as people say it
    return f"{days // 365} years ago"


def describe_due(item: DueItem, today: date) -> str:
    """Why a person is due, in one English line.

    Example: "last contact 14 months ago (LinkedIn message of 2025-09-03); every 6 months,
    from the tag Ex-colleagues".
    """
    origin = item.rule_origin
    source = "set for this person" if origin == "person" else f"from the tag {origin[4:]}"
    rule = f"{describe_interval(item.every_days)}, {source}"
    if item.reason is DueReason.NEVER_CONTACTED or item.last_contact_on is None:
        return f"no contact yet; {rule}"
    what = describe_last_contact_kind(item.last_contact_kind)
    text = (
        f"last contact {describe_ago(item.last_contact_on, today)} "
        f"({what} of {item.last_contact_on.isoformat()}); {rule}"
    )
    if item.reason is DueReason.SNOOZE_ENDED:
        text += "; snoozed until today"
    return text
