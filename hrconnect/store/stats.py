# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Aggregates over the people read model, for the charts: one GROUP BY each, never a full read.

Only active people with a real name count (absorbed people are part of their survivor, and
placeholders such as "LinkedIn Member" are nobody in particular).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, func, select

from hrconnect.store.schema import persons

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.sql.elements import ColumnElement


def _counted() -> ColumnElement[bool]:
    return and_(persons.c.merged_into.is_(None), persons.c.is_placeholder.is_(False))


class StatsRepository:
    """Counts of people. Obtain through ``Transaction.stats``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def organizations(self) -> list[tuple[str, int]]:
        """Each organization as the read model spells it, with its number of people.

        People without an organization are counted under ``""``.
        """
        name = func.trim(persons.c.organization)
        rows = self._c.execute(select(name, func.count()).where(_counted()).group_by(name))
        return [(str(row[0] or ""), int(row[1])) for row in rows]

    def connection_years(self) -> list[tuple[int | None, int]]:
        """People per year of their connection date; ``None`` counts those without one."""
        year = func.substr(persons.c.connected_on, 1, 4)
        rows = self._c.execute(select(year, func.count()).where(_counted()).group_by(year))
        found: list[tuple[int | None, int]] = []
        for text, count in rows:
            found.append((int(text) if text and str(text).isdigit() else None, int(count)))
        return found
