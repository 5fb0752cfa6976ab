# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What matching keeps: cached record features, decisions, merges and the review queue."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, func, select, update

from hrconnect.store.id_tables import id_table
from hrconnect.store.records import chunks
from hrconnect.store.schema import (
    match_decisions,
    match_features,
    merges,
    source_records,
    suggestions,
    utc_text,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from sqlalchemy.engine import Connection, Row


@dataclass(frozen=True, slots=True)
class Decision:
    """A remembered verdict on two records, keyed on their stable keys."""

    key_a: str
    key_b: str
    verdict: str
    origin: str


@dataclass(frozen=True, slots=True)
class MergeInfo:
    """A merge, undoable while ``undone_at`` is None."""

    id: int
    survivor_id: int
    absorbed_id: int
    record_ids: tuple[int, ...]
    origin: str
    score: float | None
    evidence: list[dict[str, Any]]
    created_at: datetime
    undone_at: datetime | None


@dataclass(frozen=True, slots=True)
class MergeWrite:
    """A merge to remember: who absorbed whom, which records moved, and why."""

    survivor_id: int
    absorbed_id: int
    record_ids: tuple[int, ...]
    origin: str
    score: float | None
    evidence: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class SuggestionInfo:
    """A pair of records waiting for the user's verdict."""

    id: int
    record_a: int
    record_b: int
    score: float
    band: str
    evidence: list[dict[str, Any]]
    status: str
    created_at: datetime


def ordered_pair(key_1: str, key_2: str) -> tuple[str, str]:
    """The two stable keys in canonical order (decisions are symmetric)."""
    return (key_1, key_2) if key_1 <= key_2 else (key_2, key_1)


class MatchingRepository:
    """Reads and writes matching state. Obtain through ``Transaction.matching``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    # --- features ------------------------------------------------------------------------

    def features(self, version: int) -> dict[int, str]:
        """Cached feature JSON of every record at ``version``."""
        rows = self._c.execute(
            select(match_features.c.record_id, match_features.c.data).where(
                match_features.c.version == version
            )
        )
        return {row.record_id: row.data for row in rows}

    def records_without_features(self, version: int) -> list[int]:
        """Records with no cached features at ``version``.

        Those are new or changed records, or ones cached by an older normaliser.
        """
        fresh = select(match_features.c.record_id).where(match_features.c.version == version)
        rows = self._c.execute(
            select(source_records.c.id).where(
                source_records.c.id.not_in(fresh), source_records.c.kind != "user"
            )
        )
        return [row.id for row in rows]

    def save_features(self, items: Sequence[tuple[int, str]], version: int) -> None:
        """Store feature JSON per record."""
        if items:
            self._c.exec_driver_sql(
                "INSERT OR REPLACE INTO match_features (record_id, version, data) VALUES (?, ?, ?)",
                [(record_id, version, data) for record_id, data in items],
            )

    def drop_features(self, record_ids: Iterable[int]) -> None:
        """Forget cached features (the records changed)."""
        for part in chunks(list(record_ids)):
            self._c.execute(delete(match_features).where(match_features.c.record_id.in_(part)))

    # --- decisions -----------------------------------------------------------------------

    def decide(
        self,
        key_1: str,
        key_2: str,
        verdict: str,
        origin: str,
        score: float | None,
        evidence: list[dict[str, Any]],
        now: datetime,
    ) -> None:
        """Remember a verdict on two records (replacing an earlier one)."""
        key_a, key_b = ordered_pair(key_1, key_2)
        self._c.execute(
            delete(match_decisions).where(
                match_decisions.c.key_a == key_a, match_decisions.c.key_b == key_b
            )
        )
        self._c.execute(
            match_decisions.insert().values(
                key_a=key_a,
                key_b=key_b,
                verdict=verdict,
                origin=origin,
                score=score,
                evidence=json.dumps(evidence, ensure_ascii=False),
                created_at=now,
            )
        )

    def forget_decision(self, key_1: str, key_2: str) -> None:
        """Drop a remembered verdict."""
        key_a, key_b = ordered_pair(key_1, key_2)
        self._c.execute(
            delete(match_decisions).where(
                match_decisions.c.key_a == key_a, match_decisions.c.key_b == key_b
            )
        )

    def decisions(self) -> list[Decision]:
        """Every remembered verdict."""
        rows = self._c.execute(
            select(
                match_decisions.c.key_a,
                match_decisions.c.key_b,
                match_decisions.c.verdict,
                match_decisions.c.origin,
            )
        )
        return [Decision(r.key_a, r.key_b, r.verdict, r.origin) for r in rows]

    def delete_decisions_with(self, keys: Iterable[str]) -> None:
        """Drop every verdict involving one of the stable keys (forgetting a person)."""
        for part in chunks(list(keys)):
            self._c.execute(
                delete(match_decisions).where(
                    match_decisions.c.key_a.in_(part) | match_decisions.c.key_b.in_(part)
                )
            )

    # --- merges --------------------------------------------------------------------------

    def add_merges(self, items: Sequence[MergeWrite], now: datetime) -> None:
        """Remember many merges for undo at once (a matching pass), in the given order."""
        stamp = utc_text(now)
        self._c.exec_driver_sql(
            "INSERT INTO merges (survivor_id, absorbed_id, record_ids, origin, score, evidence, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    m.survivor_id,
                    m.absorbed_id,
                    json.dumps(list(m.record_ids)),
                    m.origin,
                    m.score,
                    json.dumps(m.evidence, ensure_ascii=False),
                    stamp,
                )
                for m in items
            ],
        )

    def merges_into(self, survivor_id: int, *, include_undone: bool = False) -> list[MergeInfo]:
        """Merges into a person, newest first."""
        query = select(merges).where(merges.c.survivor_id == survivor_id)
        if not include_undone:
            query = query.where(merges.c.undone_at.is_(None))
        return [_merge(row) for row in self._c.execute(query.order_by(merges.c.id.desc()))]

    def merge(self, merge_id: int) -> MergeInfo | None:
        """One merge by id."""
        row = self._c.execute(select(merges).where(merges.c.id == merge_id)).first()
        return _merge(row) if row else None

    def latest_merge(self) -> MergeInfo | None:
        """The newest merge not undone yet."""
        row = self._c.execute(
            select(merges).where(merges.c.undone_at.is_(None)).order_by(merges.c.id.desc()).limit(1)
        ).first()
        return _merge(row) if row else None

    def mark_undone(self, merge_id: int, now: datetime) -> None:
        """Mark a merge as undone."""
        self._c.execute(update(merges).where(merges.c.id == merge_id).values(undone_at=now))

    def count_merges(self, origin: str | None = None) -> int:
        """Number of merges in effect (optionally of one origin)."""
        query = select(func.count()).select_from(merges).where(merges.c.undone_at.is_(None))
        if origin is not None:
            query = query.where(merges.c.origin == origin)
        return int(self._c.execute(query).scalar_one())

    # --- suggestions ---------------------------------------------------------------------

    def suggest(
        self, items: Sequence[tuple[int, int, float, str, list[dict[str, Any]]]], now: datetime
    ) -> int:
        """Queue pairs for review.

        A pair already queued, or closed as moot, gets its score refreshed and is pending
        again; decided pairs are left alone.

        Returns:
            How many pairs were new.
        """
        wanted: dict[tuple[int, int], tuple[float, str, str]] = {}
        for record_a, record_b, score, band, evidence in items:
            pair = (record_a, record_b) if record_a < record_b else (record_b, record_a)
            wanted[pair] = (score, band, json.dumps(evidence, ensure_ascii=False))
        if not wanted:
            return 0
        existing: dict[tuple[int, int], tuple[int, str]] = {}
        with id_table(self._c, "suggested_records", (a for a, _ in wanted)) as ids:
            for row in self._c.exec_driver_sql(
                "SELECT s.id, s.record_a, s.record_b, s.status FROM suggestions s "
                f"JOIN {ids} w ON w.id = s.record_a"
            ):
                existing[(row.record_a, row.record_b)] = (row.id, row.status)
        inserts: list[dict[str, object]] = []
        refreshes: list[dict[str, object]] = []
        for (a, b), (score, band, payload) in wanted.items():
            known = existing.get((a, b))
            if known is None:
                inserts.append(
                    {
                        "record_a": a,
                        "record_b": b,
                        "score": score,
                        "band": band,
                        "evidence": payload,
                        "status": "pending",
                        "created_at": now,
                    }
                )
            elif known[1] in ("pending", "stale"):
                # A moot suggestion that a pass asks again is open again (people unmerged since).
                refreshes.append(
                    {"sid": known[0], "score": score, "band": band, "evidence": payload}
                )
        if inserts:
            self._c.execute(suggestions.insert(), inserts)
        if refreshes:
            self._c.execute(
                update(suggestions)
                .where(suggestions.c.id == bindparam("sid"))
                .values(
                    score=bindparam("score"),
                    band=bindparam("band"),
                    evidence=bindparam("evidence"),
                    status="pending",
                    decided_at=None,
                ),
                refreshes,
            )
        return len(inserts)

    def pending(self) -> list[SuggestionInfo]:
        """Suggestions waiting for a verdict, best first."""
        rows = self._c.execute(
            select(suggestions)
            .where(suggestions.c.status == "pending")
            .order_by(suggestions.c.score.desc(), suggestions.c.id)
        )
        return [_suggestion(row) for row in rows]

    def suggestion(self, suggestion_id: int) -> SuggestionInfo | None:
        """One suggestion by id."""
        row = self._c.execute(select(suggestions).where(suggestions.c.id == suggestion_id)).first()
        return _suggestion(row) if row else None

    def set_status(self, suggestion_ids: Iterable[int], status: str, now: datetime | None) -> None:
        """Close (or, with ``pending``, reopen) suggestions."""
        for part in chunks(list(suggestion_ids)):
            self._c.execute(
                update(suggestions)
                .where(suggestions.c.id.in_(part))
                .values(status=status, decided_at=now)
            )

    def count_pending(self) -> int:
        """Number of suggestions waiting."""
        return int(
            self._c.execute(
                select(func.count())
                .select_from(suggestions)
                .where(suggestions.c.status == "pending")
            ).scalar_one()
        )


def _merge(row: Row[tuple[object, ...]]) -> MergeInfo:
    return MergeInfo(
        row.id,
        row.survivor_id,
        row.absorbed_id,
        tuple(json.loads(row.record_ids)),
        row.origin,
        row.score,
        json.loads(row.evidence),
        row.created_at,
        row.undone_at,
    )


def _suggestion(row: Row[tuple[object, ...]]) -> SuggestionInfo:
    return SuggestionInfo(
        row.id,
        row.record_a,
        row.record_b,
        row.score,
        row.band,
        json.loads(row.evidence),
        row.status,
        row.created_at,
    )
