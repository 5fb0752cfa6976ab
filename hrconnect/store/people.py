# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""People: creating and dissolving clusters, and the read model the lists are served from."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, delete, func, or_, select, update

from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import PersonSummary
from hrconnect.store.records import chunks, date_text, partial
from hrconnect.store.schema import persons, source_records

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date, datetime

    from sqlalchemy.engine import Connection, Row
    from sqlalchemy.sql.elements import ColumnElement

    from hrconnect.core.dates import PartialDate


@dataclass(frozen=True, slots=True)
class ReadModel:
    """The derived columns of one person, as the services compute them."""

    person_id: int
    display_name: str
    sort_name: str
    organization: str
    title: str
    birthday: PartialDate | None
    connected_on: date | None
    last_contact_on: date | None
    last_contact_kind: str | None
    every_days: int | None
    rule_origin: str | None
    due_on: date | None
    snoozed_until: date | None
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    record_count: int
    is_placeholder: bool


class PeopleRepository:
    """Reads and writes people. Obtain through ``Transaction.people``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def create(self, count: int, now: datetime) -> list[int]:
        """Create ``count`` empty people and return their ids."""
        if count <= 0:
            return []
        first = (
            int(self._c.execute(select(func.coalesce(func.max(persons.c.id), 0))).scalar_one()) + 1
        )
        ids = list(range(first, first + count))
        stamp = now.isoformat(timespec="seconds")
        self._c.exec_driver_sql(
            "INSERT INTO persons (id, created_at) VALUES (?, ?)", [(i, stamp) for i in ids]
        )
        return ids

    def exists(self, person_id: int) -> bool:
        """True if the id names a person (active or absorbed)."""
        return (
            self._c.execute(select(persons.c.id).where(persons.c.id == person_id)).first()
            is not None
        )

    def resolve(self, person_id: int) -> int | None:
        """The active person an id stands for, following merges; None if unknown."""
        seen: set[int] = set()
        current: int | None = person_id
        while current is not None and current not in seen:
            seen.add(current)
            row = self._c.execute(
                select(persons.c.merged_into).where(persons.c.id == current)
            ).first()
            if row is None:
                return None
            if row.merged_into is None:
                return current
            current = row.merged_into
        return None

    def active_ids(self) -> list[int]:
        """Ids of all people that are not absorbed by a merge."""
        return [
            row.id
            for row in self._c.execute(
                select(persons.c.id).where(persons.c.merged_into.is_(None)).order_by(persons.c.id)
            )
        ]

    def count(self) -> int:
        """Number of active people."""
        return int(
            self._c.execute(
                select(func.count()).select_from(persons).where(persons.c.merged_into.is_(None))
            ).scalar_one()
        )

    def set_merged_into(self, absorbed_id: int, survivor_id: int | None) -> None:
        """Mark a person as absorbed by another (or, with None, active again)."""
        self._c.execute(
            update(persons).where(persons.c.id == absorbed_id).values(merged_into=survivor_id)
        )

    def delete_empty(self, person_ids: Iterable[int]) -> list[int]:
        """Delete those of the given people that have no records left.

        People absorbed by a merge are kept (empty until an unmerge gives their records back),
        and so is anyone a merge history still refers to.

        Returns:
            The deleted ids.
        """
        deleted = []
        for part in chunks(list(set(person_ids))):
            with_records = {
                row.person_id
                for row in self._c.execute(
                    select(source_records.c.person_id)
                    .where(source_records.c.person_id.in_(part))
                    .distinct()
                )
            }
            dormant = {
                row.id
                for row in self._c.execute(
                    select(persons.c.id).where(
                        persons.c.id.in_(part), persons.c.merged_into.is_not(None)
                    )
                )
            }
            empty = [pid for pid in part if pid not in with_records and pid not in dormant]
            if empty:
                self._c.execute(delete(persons).where(persons.c.id.in_(empty)))
                deleted.extend(empty)
        return deleted

    def write_read_model(self, models: Sequence[ReadModel]) -> None:
        """Store the derived columns of people."""
        rows = [
            (
                m.display_name,
                m.sort_name,
                m.organization,
                m.title,
                m.birthday.isoformat() if m.birthday else None,
                f"{m.birthday.month:02d}-{m.birthday.day:02d}"
                if m.birthday and m.birthday.has_month_day
                else None,
                date_text(m.connected_on),
                date_text(m.last_contact_on),
                m.last_contact_kind,
                m.every_days,
                m.rule_origin,
                date_text(m.due_on),
                date_text(m.snoozed_until),
                ",".join(m.sources),
                "\t".join(m.tags),
                m.record_count,
                m.is_placeholder,
                m.person_id,
            )
            for m in models
        ]
        if rows:
            self._c.exec_driver_sql(
                "UPDATE persons SET display_name = ?, sort_name = ?, organization = ?, "
                "title = ?, birthday = ?, birthday_md = ?, connected_on = ?, "
                "last_contact_on = ?, last_contact_kind = ?, every_days = ?, rule_origin = ?, "
                "due_on = ?, snoozed_until = ?, sources = ?, tags = ?, record_count = ?, "
                "is_placeholder = ? WHERE id = ?",
                rows,
            )

    def summaries(self, person_ids: Iterable[int] | None = None) -> list[PersonSummary]:
        """Read-model rows of active people (all of them when ``person_ids`` is None), by name."""
        base = select(persons).where(persons.c.merged_into.is_(None))
        if person_ids is None:
            rows = list(self._c.execute(base.order_by(persons.c.sort_name, persons.c.id)))
        else:
            rows = []
            for part in chunks(list(set(person_ids))):
                rows.extend(self._c.execute(base.where(persons.c.id.in_(part))))
            rows.sort(key=lambda r: (r.sort_name, r.id))
        return [_summary(row) for row in rows]

    def summary(self, person_id: int) -> PersonSummary | None:
        """One person's read-model row, or None if unknown or absorbed."""
        row = self._c.execute(
            select(persons).where(persons.c.id == person_id, persons.c.merged_into.is_(None))
        ).first()
        return _summary(row) if row else None

    def due(self, on: date) -> list[PersonSummary]:
        """People with a keep-in-touch date on or before ``on`` and not snoozed past it."""
        condition: ColumnElement[bool] = and_(
            persons.c.merged_into.is_(None),
            persons.c.due_on.is_not(None),
            persons.c.due_on <= on,
            or_(persons.c.snoozed_until.is_(None), persons.c.snoozed_until <= on),
        )
        rows = self._c.execute(
            select(persons).where(condition).order_by(persons.c.due_on, persons.c.sort_name)
        )
        return [_summary(row) for row in rows]

    def with_birthday_md(self, month_days: Sequence[str]) -> list[PersonSummary]:
        """People whose birthday falls on one of the ``MM-DD`` keys (year known or not)."""
        rows = self._c.execute(
            select(persons).where(
                persons.c.merged_into.is_(None), persons.c.birthday_md.in_(list(month_days))
            )
        )
        return [_summary(row) for row in rows]

    def connected_on_md(self, month_days: Sequence[str]) -> list[PersonSummary]:
        """People whose connection date falls on one of the ``MM-DD`` keys (anniversaries)."""
        md = func.substr(persons.c.connected_on, 6, 5)
        rows = self._c.execute(
            select(persons).where(
                persons.c.merged_into.is_(None),
                persons.c.connected_on.is_not(None),
                md.in_(list(month_days)),
            )
        )
        return [_summary(row) for row in rows]


@functools.cache
def _source_kinds(text: str) -> tuple[SourceKind, ...]:
    # A handful of distinct combinations repeat across tens of thousands of rows.
    return tuple(SourceKind(s) for s in text.split(",") if s)


def _summary(row: Row[tuple[object, ...]]) -> PersonSummary:
    return PersonSummary(
        id=row.id,
        display_name=row.display_name,
        sort_name=row.sort_name,
        organization=row.organization,
        title=row.title,
        birthday=partial(row.birthday),
        connected_on=row.connected_on,
        last_contact_on=row.last_contact_on,
        last_contact_kind=row.last_contact_kind,
        every_days=row.every_days,
        rule_origin=row.rule_origin,
        due_on=row.due_on,
        snoozed_until=row.snoozed_until,
        sources=_source_kinds(row.sources),
        tags=tuple(t for t in row.tags.split("\t") if t) if row.tags else (),
        record_count=row.record_count,
    )
