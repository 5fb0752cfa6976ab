# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The owner of the store ("me"): identity facts and past positions, never a contact."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from hrconnect.store.records import partial
from hrconnect.store.schema import owner_facts, owner_positions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.engine import Connection

    from hrconnect.core.dates import PartialDate


@dataclass(frozen=True, slots=True)
class OwnerFact:
    """One fact about the owner: ``name``, ``email``, ``phone``, ``profile_url``, ``birthday``."""

    kind: str
    value: str
    normalized: str
    source: str


@dataclass(frozen=True, slots=True)
class OwnerPosition:
    """A job the owner held."""

    id: int
    company: str
    company_key: str
    title: str
    start: PartialDate | None
    end: PartialDate | None
    source: str
    source_key: str


class OwnerRepository:
    """Reads and writes owner data. Obtain through ``Transaction.owner``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add_facts(self, facts: Sequence[OwnerFact]) -> None:
        """Store facts; a fact already known (same kind and normalised value) is kept once."""
        if facts:
            self._c.exec_driver_sql(
                "INSERT OR IGNORE INTO owner_facts (kind, value, normalized, source) "
                "VALUES (?, ?, ?, ?)",
                [(f.kind, f.value, f.normalized, f.source) for f in facts],
            )

    def facts(self) -> list[OwnerFact]:
        """Every known fact."""
        rows = self._c.execute(select(owner_facts).order_by(owner_facts.c.id))
        return [OwnerFact(r.kind, r.value, r.normalized, r.source) for r in rows]

    def upsert_positions(
        self, positions: Sequence[tuple[str, str, str, str | None, str | None, str, str]]
    ) -> None:
        """Store (company, company_key, title, start, end, source, source_key) positions."""
        if positions:
            self._c.exec_driver_sql(
                'INSERT INTO owner_positions (company, company_key, title, start, "end", '
                "source, source_key) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source, source_key) DO UPDATE SET company = excluded.company, "
                "company_key = excluded.company_key, title = excluded.title, "
                'start = excluded.start, "end" = excluded."end"',
                list(positions),
            )

    def positions(self) -> list[OwnerPosition]:
        """The owner's positions, most recent start first."""
        rows = self._c.execute(select(owner_positions))
        found = [
            OwnerPosition(
                r.id,
                r.company,
                r.company_key,
                r.title,
                partial(r.start),
                partial(r.end),
                r.source,
                r.source_key,
            )
            for r in rows
        ]
        return sorted(found, key=lambda p: p.start.isoformat() if p.start else "", reverse=True)

    def delete_position(self, position_id: int) -> None:
        """Remove a position."""
        self._c.execute(delete(owner_positions).where(owner_positions.c.id == position_id))
