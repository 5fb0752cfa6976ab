# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Tags and their links to records. A person's tags are the union over their records' links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update

from hrconnect.store.records import chunks
from hrconnect.store.schema import record_tags, source_records, tags

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sqlalchemy.engine import Connection


@dataclass(frozen=True, slots=True)
class TagInfo:
    """A tag with how many people carry it and its keep-in-touch rule."""

    id: int
    name: str
    people: int
    every_days: int | None
    rule_set_on: date | None


@dataclass(frozen=True, slots=True)
class PersonTag:
    """One tag of one person, with when it was first given (for "due from when it was set")."""

    person_id: int
    tag_id: int
    name: str
    assigned_on: date
    every_days: int | None
    rule_set_on: date | None


class TagRepository:
    """Reads and writes tags. Obtain through ``Transaction.tags``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def ensure(self, names: Sequence[str]) -> dict[str, int]:
        """Ids of the named tags, creating missing ones. Keys are case-folded names."""
        clean = [n.strip() for n in names if n.strip()]
        if clean:
            self._c.exec_driver_sql(
                "INSERT OR IGNORE INTO tags (name) VALUES (?)", [(name,) for name in clean]
            )
        found: dict[str, int] = {}
        for part in chunks(clean):
            rows = self._c.execute(
                select(tags.c.id, tags.c.name).where(
                    func.lower(tags.c.name).in_([p.lower() for p in part])
                )
            )
            found.update({row.name.casefold(): row.id for row in rows})
        return {
            name.casefold(): found[name.casefold()] for name in clean if name.casefold() in found
        }

    def find(self, name: str) -> int | None:
        """The id of a tag by name (case-insensitive)."""
        row = self._c.execute(select(tags.c.id).where(tags.c.name == name.strip())).first()
        return row.id if row else None

    def all(self) -> list[TagInfo]:
        """Every tag with its number of (active) people, by name."""
        people = (
            select(
                record_tags.c.tag_id,
                func.count(func.distinct(source_records.c.person_id)).label("n"),
            )
            .join(source_records, source_records.c.id == record_tags.c.record_id)
            .group_by(record_tags.c.tag_id)
            .subquery()
        )
        rows = self._c.execute(
            select(
                tags.c.id,
                tags.c.name,
                tags.c.every_days,
                tags.c.rule_set_on,
                func.coalesce(people.c.n, 0).label("n"),
            )
            .outerjoin(people, people.c.tag_id == tags.c.id)
            .order_by(func.lower(tags.c.name))
        )
        return [TagInfo(r.id, r.name, r.n, r.every_days, r.rule_set_on) for r in rows]

    def link(self, record_id: int, tag_ids: Iterable[int], on: date) -> None:
        """Give a record tags (no-op for links that exist)."""
        rows = [(record_id, tag_id, on.isoformat()) for tag_id in set(tag_ids)]
        if rows:
            self._c.exec_driver_sql(
                "INSERT OR IGNORE INTO record_tags (record_id, tag_id, assigned_on) "
                "VALUES (?, ?, ?)",
                rows,
            )

    def unlink_people(self, person_ids: Iterable[int], tag_id: int) -> None:
        """Remove a tag from people: from every one of their records."""
        for part in chunks(list(set(person_ids))):
            records = select(source_records.c.id).where(source_records.c.person_id.in_(part))
            self._c.execute(
                delete(record_tags).where(
                    record_tags.c.tag_id == tag_id, record_tags.c.record_id.in_(records)
                )
            )

    def rename(self, tag_id: int, name: str) -> None:
        """Rename a tag."""
        self._c.execute(update(tags).where(tags.c.id == tag_id).values(name=name.strip()))

    def merge(self, source_id: int, target_id: int) -> None:
        """Move every link of one tag to another and delete the first."""
        self._c.exec_driver_sql(
            "INSERT OR IGNORE INTO record_tags (record_id, tag_id, assigned_on) "
            "SELECT record_id, ?, assigned_on FROM record_tags WHERE tag_id = ?",
            (target_id, source_id),
        )
        self.delete(source_id)

    def delete(self, tag_id: int) -> None:
        """Delete a tag and its links."""
        self._c.execute(delete(tags).where(tags.c.id == tag_id))

    def set_rule(self, tag_id: int, every_days: int | None, on: date | None) -> None:
        """Set or clear the keep-in-touch interval of a tag."""
        self._c.execute(
            update(tags).where(tags.c.id == tag_id).values(every_days=every_days, rule_set_on=on)
        )

    def people_with(self, tag_id: int) -> list[int]:
        """Ids of the people carrying a tag."""
        rows = self._c.execute(
            select(func.distinct(source_records.c.person_id))
            .join(record_tags, record_tags.c.record_id == source_records.c.id)
            .where(record_tags.c.tag_id == tag_id)
        )
        return [row[0] for row in rows]

    def of_people(self, person_ids: Iterable[int] | None) -> dict[int, list[PersonTag]]:
        """Tags per person (None: for everybody), earliest assignment per tag."""
        query = (
            select(
                source_records.c.person_id,
                tags.c.id,
                tags.c.name,
                tags.c.every_days,
                tags.c.rule_set_on,
                func.min(record_tags.c.assigned_on).label("since"),
            )
            .join(record_tags, record_tags.c.record_id == source_records.c.id)
            .join(tags, tags.c.id == record_tags.c.tag_id)
            .group_by(source_records.c.person_id, tags.c.id)
        )
        result: dict[int, list[PersonTag]] = {}
        parts: Iterable[Sequence[int] | None] = (
            [None] if person_ids is None else chunks(list(set(person_ids)))
        )
        for part in parts:
            scoped = query if part is None else query.where(source_records.c.person_id.in_(part))
            for row in self._c.execute(scoped):
                since = row.since
                if isinstance(since, str):  # aggregate results can lose the column type
                    since = date.fromisoformat(since)
                result.setdefault(row.person_id, []).append(
                    PersonTag(
                        row.person_id, row.id, row.name, since, row.every_days, row.rule_set_on
                    )
                )
        return result
