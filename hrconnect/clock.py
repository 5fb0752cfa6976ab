# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The one source of "now". Services get a ``Clock`` injected; tests pass a ``FixedClock``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    """Tells the time."""

    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...

    def today(self) -> date:
        """The user's current local date."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current time in UTC."""
        return datetime.now(UTC)

    def today(self) -> date:
        """Today's local date."""
        return date.today()


@dataclass(frozen=True, slots=True)
class FixedClock:
    """A clock stopped at one moment, for tests and for ``due --today``."""

    moment: datetime

    @classmethod
    def on(cls, day: date) -> FixedClock:
        """A clock at noon UTC of ``day``."""
        return cls(datetime(day.year, day.month, day.day, 12, tzinfo=UTC))

    def now(self) -> datetime:
        """The fixed moment."""
        return self.moment

    def today(self) -> date:
        """The fixed moment's date."""
        return self.moment.date()
