# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The full-text index of people (SQLite FTS5) and saved searches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError

from hrconnect.store.records import chunks
from hrconnect.store.schema import FTS_TABLE, saved_searches

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from sqlalchemy.engine import Connection

# Column weights for bm25, in the order of the FTS columns: a hit in the name matters most.
WEIGHTS = (10.0, 4.0, 3.0, 1.0, 3.0, 1.0)


@dataclass(frozen=True, slots=True)
class SearchRow:
    """What the index holds for one person."""

    person_id: int
    name: str
    company: str
    title: str
    notes: str
    tags: str
    other: str


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A search the user kept as a smart list."""

    id: int
    name: str
    query: str


class SearchRepository:
    """Reads and writes the search index. Obtain through ``Transaction.search``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def index(self, rows: Sequence[SearchRow]) -> None:
        """Replace the index rows of these people (FTS5 honours OR REPLACE on the rowid)."""
        if rows:
            self._c.exec_driver_sql(
                f"INSERT OR REPLACE INTO {FTS_TABLE} "
                "(rowid, name, company, title, notes, tags, other) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r.person_id, r.name, r.company, r.title, r.notes, r.tags, r.other) for r in rows],
            )

    def remove(self, person_ids: Iterable[int]) -> None:
        """Drop people from the index."""
        for part in chunks(list(set(person_ids))):
            marks = ", ".join("?" * len(part))
            self._c.exec_driver_sql(
                f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", tuple(part)
            )

    def match(self, expression: str, limit: int) -> list[tuple[int, float]]:
        """Person ids matching an FTS5 expression, best first, with their bm25 rank.

        Raises:
            ValueError: the expression is not valid FTS5 syntax.
        """
        weights = ", ".join(str(w) for w in WEIGHTS)
        try:
            rows = self._c.exec_driver_sql(
                f"SELECT rowid, bm25({FTS_TABLE}, {weights}) AS rank FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH ? ORDER BY rank LIMIT ?",
                (expression, limit),
            )
            return [(row[0], row[1]) for row in rows]
        except OperationalError as error:
            raise ValueError(str(error.orig)) from error

    def save(self, name: str, query: str, now: datetime) -> int:
        """Keep a search under a name (replacing one of the same name)."""
        self._c.execute(delete(saved_searches).where(saved_searches.c.name == name.strip()))
        result = self._c.execute(
            saved_searches.insert().values(name=name.strip(), query=query, created_at=now)
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def saved(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        rows = self._c.execute(select(saved_searches).order_by(saved_searches.c.name))
        return [SavedSearch(r.id, r.name, r.query) for r in rows]

    def delete_saved(self, search_id: int) -> None:
        """Forget a saved search."""
        self._c.execute(delete(saved_searches).where(saved_searches.c.id == search_id))
