# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""When to get in touch again, and why.

The rule that competitors get wrong (Monica counts the next reminder from the last reminder):
the due date counts from the **last contact**, whatever it was: a logged call, an imported
LinkedIn or Facebook message, or the day the connection was made. People never contacted are
due one interval after the rule started applying to them (the day the interval was set on the
person, or the later of the day it was set on a tag and the day they got the tag), so setting
"every 6 months" on a tag of 500 people does not make all 500 due today. And no one is due
before their rule existed: someone last seen 15 years ago becomes due the day a six-month rule
is set, not "5,000 days late".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class DueReason(StrEnum):
    """Why a person is due (stable keys; the UI words them)."""

    LAST_CONTACT_PLUS_INTERVAL = "last_contact_plus_interval"
    NEVER_CONTACTED = "never_contacted"
    SNOOZE_ENDED = "snooze_ended"


@dataclass(frozen=True, slots=True)
class KeepInTouchRule:
    """An interval and where it comes from.

    Attributes:
        every_days: Days between contacts (> 0).
        origin: ``person`` for the person's own setting, ``tag:<name>`` for a tag's.
        applies_since: Since when the rule applies to this person.
    """

    every_days: int
    origin: str
    applies_since: date


def effective_rule(
    own: KeepInTouchRule | None, from_tags: list[KeepInTouchRule]
) -> KeepInTouchRule | None:
    """The rule that applies: the person's own wins; else the most frequent of their tags'.

    Among tags the shortest interval wins (a former colleague who is also a key candidate
    deserves the closer follow-up); ties go to the tag name, so the result is stable.
    """
    if own is not None:
        return own
    if not from_tags:
        return None
    return min(from_tags, key=lambda rule: (rule.every_days, rule.origin))


@dataclass(frozen=True, slots=True)
class Schedule:
    """The computed keep-in-touch state of a person."""

    due_on: date
    reason: DueReason
    rule: KeepInTouchRule


def schedule(
    rule: KeepInTouchRule | None, last_contact_on: date | None, snoozed_until: date | None
) -> Schedule | None:
    """When the person is next due, or None when no rule applies.

    Args:
        rule: The effective rule (see :func:`effective_rule`).
        last_contact_on: The newest contact of any kind, or None if never in touch.
        snoozed_until: The user asked not to be reminded before this day.

    Returns:
        The due date and the reason key. A snooze only ever moves the date later: a contact
        after the snooze makes the usual rule apply again.
    """
    if rule is None:
        return None
    if last_contact_on is not None:
        due = max(last_contact_on + timedelta(days=rule.every_days), rule.applies_since)
        reason = DueReason.LAST_CONTACT_PLUS_INTERVAL
    else:
        due = rule.applies_since + timedelta(days=rule.every_days)
        reason = DueReason.NEVER_CONTACTED
    if snoozed_until is not None and snoozed_until > due:
        return Schedule(snoozed_until, DueReason.SNOOZE_ENDED, rule)
    return Schedule(due, reason, rule)


def overdue_days(due_on: date, today: date) -> int:
    """Days past the due date (0 when due today, negative when not yet due)."""
    return (today - due_on).days
