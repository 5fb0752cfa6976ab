# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""People: creating and dissolving clusters, and the read model the lists are served from."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update

from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import PersonSummary
from hrconnect.store.records import chunks, date_text, partial
from hrconnect.store.schema import persons, source_records

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from sqlalchemy.engine import Connection

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

    def set_merged_into_each(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Mark each ``(absorbed, survivor)`` pair's absorbed person as merged."""
        self._c.exec_driver_sql(
            "UPDATE persons SET merged_into = ? WHERE id = ?",
            [(survivor, absorbed) for absorbed, survivor in pairs],
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
        if person_ids is None:
            return self._summaries("ORDER BY sort_name, id")
        found: list[PersonSummary] = []
        for part in chunks(list(set(person_ids))):
            marks = ", ".join("?" * len(part))
            found.extend(self._summaries(f"AND id IN ({marks})", tuple(part)))
        found.sort(key=lambda p: (p.sort_name, p.id))
        return found

    def _summaries(self, clause: str, parameters: tuple[object, ...] = ()) -> list[PersonSummary]:
        # Plain driver rows: the People list and the Today list read tens of thousands of
        # people, and SQLAlchemy's row processing was two thirds of the time.
        rows = self._c.exec_driver_sql(
            f"SELECT {_SUMMARY_COLUMNS} FROM persons WHERE merged_into IS NULL {clause}",
            parameters,
        ).fetchall()
        return [_summary_of(row) for row in rows]

    def summary(self, person_id: int) -> PersonSummary | None:
        """One person's read-model row, or None if unknown or absorbed."""
        found = self._summaries("AND id = ?", (person_id,))
        return found[0] if found else None

    def due(self, on: date, limit: int | None = None) -> list[PersonSummary]:
        """People with a keep-in-touch date on or before ``on`` and not snoozed past it.

        Ranked like the Today list: the most overdue relative to their interval first (a
        monthly contact two weeks late before a yearly one two weeks late), then the longest
        neglected relative to their interval (never contacted counts as most), then by name.
        Ranked here rather than in Python so that a ``limit`` reads only the top rows: with
        27,000 people due, building them all took longer than the whole Today list may.
        """
        day = on.isoformat()
        clause = (
            f"AND {_DUE_CONDITION} ORDER BY "
            "(julianday(?) - julianday(due_on)) / every_days DESC, "
            "CASE WHEN last_contact_on IS NULL THEN 1e308 "
            "ELSE (julianday(?) - julianday(last_contact_on)) / every_days END DESC, "
            "sort_name, id"
        )
        parameters: tuple[object, ...] = (day, day, day, day)
        if limit is not None:
            clause += " LIMIT ?"
            parameters += (limit,)
        return self._summaries(clause, parameters)

    def count_due(self, on: date) -> int:
        """How many people :meth:`due` lists on ``on`` without a limit."""
        day = on.isoformat()
        row = self._c.exec_driver_sql(
            f"SELECT count(*) FROM persons WHERE merged_into IS NULL AND {_DUE_CONDITION}",
            (day, day),
        ).fetchone()
        return int(row[0]) if row else 0

    def with_birthday_md(self, month_days: Sequence[str]) -> list[PersonSummary]:
        """People whose birthday falls on one of the ``MM-DD`` keys (year known or not)."""
        if not month_days:
            return []
        marks = ", ".join("?" * len(month_days))
        return self._summaries(f"AND birthday_md IN ({marks})", tuple(month_days))

    def connected_on_md(self, month_days: Sequence[str]) -> list[PersonSummary]:
        """People whose connection date falls on one of the ``MM-DD`` keys (anniversaries)."""
        if not month_days:
            return []
        marks = ", ".join("?" * len(month_days))
        return self._summaries(
            f"AND connected_on IS NOT NULL AND substr(connected_on, 6, 5) IN ({marks})",
            tuple(month_days),
        )


@functools.cache
def _source_kinds(text: str) -> tuple[SourceKind, ...]:
    # A handful of distinct combinations repeat across tens of thousands of rows.
    return tuple(SourceKind(s) for s in text.split(",") if s)


_DUE_CONDITION = (
    "due_on IS NOT NULL AND every_days > 0 AND due_on <= ? "
    "AND (snoozed_until IS NULL OR snoozed_until <= ?)"
)
_SUMMARY_COLUMNS = (
    "id, display_name, sort_name, organization, title, birthday, connected_on, "
    "last_contact_on, last_contact_kind, every_days, rule_origin, due_on, snoozed_until, "
    "sources, tags, record_count"
)


def _summary_of(row: Sequence[Any]) -> PersonSummary:
    """A PersonSummary from a row of ``_SUMMARY_COLUMNS`` (in that order)."""
    (
        person_id,
        display_name,
        sort_name,
        organization,
        title,
        birthday,
        connected_on,
        last_contact_on,
        last_contact_kind,
        every_days,
        rule_origin,
        due_on,
        snoozed_until,
        sources,
        tags,
        record_count,
    ) = row
    return PersonSummary(
        id=person_id,
        display_name=display_name,
        sort_name=sort_name,
        organization=organization,
        title=title,
        birthday=_partial(birthday) if birthday else None,
        connected_on=_day(connected_on) if connected_on else None,
        last_contact_on=_day(last_contact_on) if last_contact_on else None,
        last_contact_kind=last_contact_kind,
        every_days=every_days,
        rule_origin=rule_origin,
        due_on=_day(due_on) if due_on else None,
        snoozed_until=_day(snoozed_until) if snoozed_until else None,
        sources=_source_kinds(sources),
        tags=tuple(t for t in tags.split("\t") if t) if tags else (),
        record_count=record_count,
    )


@functools.lru_cache(maxsize=8192)
def _day(text: str) -> date:
    # Days repeat a lot (connection dates, due dates); parsing is the costly part.
    return date.fromisoformat(text)


@functools.lru_cache(maxsize=8192)
def _partial(text: str) -> PartialDate | None:
    return partial(text)
