# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Dates that may be incomplete: birthdays without a year, job starts with only a month.

The text form follows ISO 8601 and vCard 4.0: ``1980-03-14``, ``--03-14`` (no year),
``2004-09`` (no day), ``2004`` (year only).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(
    r"^(?:(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?|--(?P<m2>\d{2})-(?P<d2>\d{2}))$"
)


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A calendar date of which the year, or the day, may be unknown.

    Valid shapes: year+month+day, month+day (no year), year+month, year. A February 29 with no
    year is valid (a leap-day birthday).

    Raises:
        ValueError: on construction, if the parts do not form one of the valid shapes or do
            not exist in the calendar.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.year is None and (self.month is None or self.day is None):
            raise ValueError("a date without a year needs a month and a day")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and self.month is not None:
            # 2000 is a leap year, so a year-less February 29 is accepted.
            last = calendar.monthrange(self.year if self.year is not None else 2000, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"day out of range: {self.day}")

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        """A complete date."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse the ISO text form written by :meth:`isoformat`.

        Raises:
            ValueError: if ``text`` is not one of the valid shapes.
        """
        match = _ISO.match(text.strip())
        if not match:
            raise ValueError(f"not a partial ISO date: {text!r}")
        if match["m2"]:
            return cls(None, int(match["m2"]), int(match["d2"]))
        return cls(
            int(match["year"]),
            int(match["month"]) if match["month"] else None,
            int(match["day"]) if match["day"] else None,
        )

    @property
    def is_complete(self) -> bool:
        """True when year, month and day are all known."""
        return self.year is not None and self.month is not None and self.day is not None

    @property
    def has_month_day(self) -> bool:
        """True when it can recur every year (a birthday or an anniversary)."""
        return self.month is not None and self.day is not None

    def as_date(self) -> date | None:
        """The full date, or None when a part is missing."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        """``YYYY-MM-DD``, ``--MM-DD``, ``YYYY-MM`` or ``YYYY``."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()


def next_anniversary(month: int, day: int, on_or_after: date) -> date:
    """The first date on or after ``on_or_after`` that falls on ``month``/``day``.

    A February 29 falls on February 28 in common years, the usual convention for leap-day
    birthdays (and what most calendars show).
    """
    year = on_or_after.year
    while True:
        candidate = _clamped(year, month, day)
        if candidate >= on_or_after:
            return candidate
        year += 1


def _clamped(year: int, month: int, day: int) -> date:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day, last))
