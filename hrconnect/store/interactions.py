# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Interactions: imported ones (idempotent by source key) and the ones the user logs."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.core.people import StoredInteraction
from hrconnect.store.id_tables import id_table
from hrconnect.store.records import chunks
from hrconnect.store.schema import interactions, source_records

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sqlalchemy.engine import Connection
    from sqlalchemy.sql.elements import ColumnElement


@dataclass(frozen=True, slots=True)
class InteractionWrite:
    """An interaction to store against a record."""

    record_id: int
    kind: InteractionKind
    occurred_on: date
    occurred_at: datetime | None
    note: str = ""
    direction: str = ""
    is_group: bool = False
    source_key: str | None = None
    locator: str | None = None


@dataclass(frozen=True, slots=True)
class LastContact:
    """The newest interaction of a person."""

    person_id: int
    occurred_on: date
    kind: InteractionKind


class InteractionRepository:
    """Reads and writes interactions. Obtain through ``Transaction.interactions``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(
        self, items: Sequence[InteractionWrite], import_source_id: int | None, now: datetime
    ) -> int:
        """Store interactions; those whose (kind, source key) exists are left alone.

        Returns:
            How many were new.
        """
        if not items:
            return 0
        before = self._c.exec_driver_sql("SELECT total_changes()").scalar_one()
        stamp = now.astimezone(UTC).isoformat(timespec="seconds")
        self._c.exec_driver_sql(
            "INSERT OR IGNORE INTO interactions (record_id, kind, occurred_on, occurred_at, note,"
            " direction, is_group, source_key, import_source_id, locator, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    i.record_id,
                    str(i.kind),
                    i.occurred_on.isoformat(),
                    i.occurred_at.astimezone(UTC).isoformat(timespec="seconds")
                    if i.occurred_at
                    else None,
                    i.note,
                    i.direction,
                    i.is_group,
                    i.source_key,
                    import_source_id,
                    i.locator,
                    stamp,
                )
                for i in items
            ],
        )
        after = self._c.exec_driver_sql("SELECT total_changes()").scalar_one()
        return int(after - before)

    def delete(self, interaction_id: int) -> None:
        """Delete one interaction."""
        self._c.execute(delete(interactions).where(interactions.c.id == interaction_id))

    def get(self, interaction_id: int) -> StoredInteraction | None:
        """One interaction by id."""
        found = self._select(interactions.c.id == interaction_id)
        return found[0] if found else None

    def of_people(self, person_ids: Iterable[int]) -> list[StoredInteraction]:
        """Interactions of the given people, newest first."""
        found: list[StoredInteraction] = []
        for part in chunks(list(set(person_ids))):
            found.extend(self._select(source_records.c.person_id.in_(part)))
        return sorted(found, key=lambda i: (i.occurred_on, i.id), reverse=True)

    def last_contacts(self, person_ids: Iterable[int] | None) -> dict[int, LastContact]:
        """Each person's newest interaction (None: for everybody).

        One query over a temporary table of the wanted ids: an import refreshes 30,000
        people at once, and sixty chunked ``IN`` queries took twice as long.
        """
        wanted_ids = (
            contextlib.nullcontext(None)
            if person_ids is None
            else id_table(self._c, "wanted_people", person_ids)
        )
        with wanted_ids as wanted:
            wanted_join = f"JOIN {wanted} w ON w.id = r.person_id" if wanted else ""
            rows = self._c.exec_driver_sql(
                "SELECT newest.person_id, newest.day, min(i.kind) "
                "FROM (SELECT r.person_id AS person_id, max(i.occurred_on) AS day "
                f"      FROM source_records r {wanted_join}"
                "      JOIN interactions i ON i.record_id = r.id GROUP BY r.person_id) newest "
                "JOIN source_records r ON r.person_id = newest.person_id "
                "JOIN interactions i ON i.record_id = r.id AND i.occurred_on = newest.day "
                "GROUP BY newest.person_id, newest.day"
            ).fetchall()
        return {
            person_id: LastContact(person_id, date.fromisoformat(day), InteractionKind(kind))
            for person_id, day, kind in rows
        }

    def count(self) -> int:
        """Number of interactions."""
        return int(self._c.execute(select(func.count()).select_from(interactions)).scalar_one())

    def _select(self, condition: ColumnElement[bool]) -> list[StoredInteraction]:
        rows = self._c.execute(
            select(interactions, source_records.c.person_id, source_records.c.kind.label("sk"))
            .join(source_records, source_records.c.id == interactions.c.record_id)
            .where(condition)
        )
        return [
            StoredInteraction(
                id=r.id,
                record_id=r.record_id,
                person_id=r.person_id,
                kind=InteractionKind(r.kind),
                occurred_on=r.occurred_on,
                occurred_at=r.occurred_at,
                note=r.note,
                direction=r.direction,
                is_group=bool(r.is_group),
                source_kind=SourceKind(r.sk),
                locator=r.locator,
            )
            for r in rows
        ]
