# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The keep-in-touch rule itself: pure dates, no storage."""

from __future__ import annotations

from datetime import date

from hrconnect.core.dates import PartialDate, next_anniversary
from hrconnect.reminders.schedule import (
    DueReason,
    KeepInTouchRule,
    effective_rule,
    overdue_days,
    schedule,
)

SET_ON = date(2026, 1, 1)


def test_due_counts_from_the_last_contact_not_from_the_last_reminder() -> None:
    rule = KeepInTouchRule(180, "person", SET_ON)
    planned = schedule(rule, date(2026, 3, 1), None)
    assert planned is not None
    assert planned.due_on == date(2026, 8, 28)
    assert planned.reason is DueReason.LAST_CONTACT_PLUS_INTERVAL


def test_never_contacted_people_are_due_one_interval_after_the_rule_applies() -> None:
    planned = schedule(KeepInTouchRule(90, "tag:Candidates", SET_ON), None, None)
    assert planned is not None
    assert planned.due_on == date(2026, 4, 1)
    assert planned.reason is DueReason.NEVER_CONTACTED


def test_no_one_is_due_before_their_rule_existed() -> None:
    rule = KeepInTouchRule(180, "tag:Ex-colleagues", date(2026, 11, 20))
    planned = schedule(rule, date(2011, 2, 10), None)
    assert planned is not None
    assert planned.due_on == date(2026, 11, 20)
    assert planned.reason is DueReason.LAST_CONTACT_PLUS_INTERVAL


def test_a_snooze_only_ever_moves_the_date_later() -> None:
    rule = KeepInTouchRule(30, "person", SET_ON)
    snoozed = schedule(rule, date(2026, 5, 1), date(2026, 7, 1))
    assert snoozed is not None
    assert (snoozed.due_on, snoozed.reason) == (date(2026, 7, 1), DueReason.SNOOZE_ENDED)
    earlier = schedule(rule, date(2026, 5, 1), date(2026, 5, 10))
    assert earlier is not None
    assert earlier.due_on == date(2026, 5, 31)


def test_the_persons_own_interval_wins_then_the_most_frequent_tag() -> None:
    own = KeepInTouchRule(365, "person", SET_ON)
    tags = [
        KeepInTouchRule(180, "tag:Ex-colleagues", SET_ON),
        KeepInTouchRule(90, "tag:Candidates", SET_ON),
    ]
    assert effective_rule(own, tags) == own
    assert effective_rule(None, tags) == tags[1]
    assert effective_rule(None, []) is None


def test_no_rule_means_never_due() -> None:
    assert schedule(None, date(2020, 1, 1), None) is None


def test_overdue_days() -> None:
    assert overdue_days(date(2026, 11, 1), date(2026, 11, 20)) == 19
    assert overdue_days(date(2026, 11, 21), date(2026, 11, 20)) == -1


def test_february_29_birthdays_fall_on_february_28_in_common_years() -> None:
    leap_born = PartialDate(None, 2, 29)
    assert leap_born.has_month_day
    assert next_anniversary(2, 29, date(2026, 2, 1)) == date(2026, 2, 28)
    assert next_anniversary(2, 29, date(2027, 3, 1)) == date(2028, 2, 29)


def test_year_less_dates_round_trip_as_text() -> None:
    assert PartialDate.parse("--03-14") == PartialDate(None, 3, 14)
    assert PartialDate(None, 3, 14).isoformat() == "--03-14"
    assert str(PartialDate(2004, 9)) == "2004-09"
