# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The review queue and reversible merges: accept, reject, undo, unmerge.

- **Accept** merges the two people of a suggestion (backed up first) and remembers "same".
- **Reject** remembers "not the same person" on the two records' stable source keys, so the
  pair never comes back, not even after a re-import.
- **Undo** reverses the last accept or reject (the review screen's Ctrl+Z).
- **Unmerge** restores the people a merge joined exactly as they were (records move back,
  and with them the user's own record with its edits, tags, notes and logged interactions),
  or splits chosen records into a new person; either way the split is remembered as "not the
  same person" so the next matching pass does not merge them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hrconnect.core.changes import Changes
from hrconnect.core.kinds import SourceKind
from hrconnect.errors import NotFoundError, UsageError
from hrconnect.matching.blocking import SINGLE_ACCOUNT_KINDS
from hrconnect.services.dedupe import close_stale_suggestions, merge_people
from hrconnect.services.people_index import refresh_people
from hrconnect.store.backup import BackupReason

if TYPE_CHECKING:
    from hrconnect.clock import Clock
    from hrconnect.core.people import PersonSummary, StoredRecord
    from hrconnect.store.engine import Store
    from hrconnect.store.matching import SuggestionInfo
    from hrconnect.store.transaction import Transaction


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A pending suggestion with both people and both records, ready to show side by side."""

    id: int
    score: float
    band: str
    evidence: list[dict[str, Any]]
    left: PersonSummary
    right: PersonSummary
    left_record: StoredRecord
    right_record: StoredRecord

    def to_json(self) -> dict[str, Any]:
        """The ``review --json`` shape of CLI.md."""
        return {
            "id": self.id,
            "people": [self.left.id, self.right.id],
            "score": self.score,
            "band": self.band,
            "evidence": self.evidence,
            "names": [self.left.display_name, self.right.display_name],
        }


@dataclass(frozen=True, slots=True)
class LastDecision:
    """What the undo of the review screen would reverse."""

    suggestion_id: int
    verdict: str
    merge_id: int | None


class ReviewService:
    """Decides suggestions, undoes decisions, unmerges people."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._undo: list[LastDecision] = []

    # --- the queue -----------------------------------------------------------------------

    def pending(self) -> list[Suggestion]:
        """Suggestions waiting for a verdict, best first (stale ones are closed on the way)."""
        with self._store.write() as tx:
            close_stale_suggestions(tx, self._clock)
            infos = tx.matching.pending()
            return [s for s in (self._load(tx, info) for info in infos) if s is not None]

    def count(self) -> int:
        """Number of suggestions waiting."""
        with self._store.read() as tx:
            return tx.matching.count_pending()

    def _load(self, tx: Transaction, info: SuggestionInfo) -> Suggestion | None:
        records = {r.id: r for r in tx.records.by_ids([info.record_a, info.record_b])}
        left_record, right_record = records.get(info.record_a), records.get(info.record_b)
        if left_record is None or right_record is None:
            return None
        left = tx.people.summary(left_record.person_id)
        right = tx.people.summary(right_record.person_id)
        if left is None or right is None or left.id == right.id:
            return None
        return Suggestion(
            info.id, info.score, info.band, info.evidence, left, right, left_record, right_record
        )

    # --- decisions -----------------------------------------------------------------------

    def accept(self, suggestion_id: int) -> Changes:
        """Merge the two people of a suggestion.

        Raises:
            NotFoundError: no pending suggestion with that id.
            UsageError: the merge would put two records of one LinkedIn or Facebook export
                together (they list each person once).
        """
        self._store.backup(BackupReason.MERGE)
        with self._store.write() as tx:
            info = self._pending(tx, suggestion_id)
            owners = tx.records.person_ids([info.record_a, info.record_b])
            left, right = owners[info.record_a], owners[info.record_b]
            self._check_mergeable(tx, left, right)
            survivor, absorbed = min(left, right), max(left, right)
            now = self._clock.now()
            merge_people(tx, survivor, absorbed, "review", info.score, info.evidence, now)
            merge = tx.matching.latest_merge()
            keys = tx.records.stable_keys([info.record_a, info.record_b])
            tx.matching.decide(
                keys[info.record_a],
                keys[info.record_b],
                "same",
                "user",
                info.score,
                info.evidence,
                now,
            )
            tx.matching.set_status([suggestion_id], "accepted", now)
            close_stale_suggestions(tx, self._clock)
            refresh_people(tx, [survivor, absorbed])
        self._undo.append(LastDecision(suggestion_id, "same", merge.id if merge else None))
        return Changes(people=True, suggestions=True, person_ids=frozenset({survivor, absorbed}))

    def reject(self, suggestion_id: int) -> Changes:
        """Remember that the two are not the same person.

        Raises:
            NotFoundError: no pending suggestion with that id.
        """
        with self._store.write() as tx:
            info = self._pending(tx, suggestion_id)
            keys = tx.records.stable_keys([info.record_a, info.record_b])
            now = self._clock.now()
            tx.matching.decide(
                keys[info.record_a],
                keys[info.record_b],
                "different",
                "user",
                info.score,
                info.evidence,
                now,
            )
            tx.matching.set_status([suggestion_id], "rejected", now)
        self._undo.append(LastDecision(suggestion_id, "different", None))
        return Changes(suggestions=True)

    def skip(self, suggestion_id: int) -> None:
        """Leave a suggestion for later (nothing is stored; it stays pending)."""
        with self._store.read() as tx:
            self._pending(tx, suggestion_id)

    @property
    def can_undo(self) -> bool:
        """True when a decision of this session can be undone."""
        return bool(self._undo)

    def undo(self) -> Changes:
        """Reverse the last accept or reject of this session; the suggestion is pending again.

        Raises:
            UsageError: nothing to undo.
        """
        if not self._undo:
            raise UsageError("there is no review decision to undo")
        last = self._undo.pop()
        changes = Changes(suggestions=True)
        with self._store.write() as tx:
            if last.merge_id is not None:
                people = self._undo_merge(tx, last.merge_id, remember_apart=False)
                refresh_people(tx, people)
                changes = changes | Changes(people=True, person_ids=people)
            info = tx.matching.suggestion(last.suggestion_id)
            if info is not None:
                keys = tx.records.stable_keys([info.record_a, info.record_b])
                if info.record_a in keys and info.record_b in keys:
                    tx.matching.forget_decision(keys[info.record_a], keys[info.record_b])
                tx.matching.set_status([info.id], "pending", None)
        return changes

    # --- unmerge -------------------------------------------------------------------------

    def unmerge(self, person_id: int, record_ids: list[int] | None = None) -> Changes:
        """Split records back out of a person.

        Args:
            person_id: The (surviving) person.
            record_ids: Records to split off into a new person; None undoes every merge into
                this person, newest first, remembering those people apart; automatic merges
                that had built the people it absorbed are undone too (a pass merges a cluster
                of three as two merges, in either shape), without remembering them apart, so a
                later pass may find them again. Merges the user confirmed in review stay.

        Raises:
            NotFoundError: no such person, or a record that is not theirs.
            UsageError: nothing to unmerge.
        """
        self._store.backup(BackupReason.MERGE)
        if record_ids:
            return self._split(person_id, record_ids)
        with self._store.write() as tx:  # the whole chain, or nothing
            resolved = tx.people.resolve(person_id)
            if resolved is None:
                raise NotFoundError(f"no person with id {person_id}")
            merges = tx.matching.merges_into(resolved)
            if not merges:
                raise UsageError(
                    f"person {person_id} was never merged; to split records, "
                    "name them: unmerge PERSON-ID RECORD-ID..."
                )
            touched: set[int] = set()
            remember_apart = True
            while merges:
                for merge in merges:
                    touched |= self._undo_merge(tx, merge.id, remember_apart=remember_apart)
                restored = [merge.absorbed_id for merge in merges]
                remember_apart = False
                merges = [
                    m
                    for person in restored
                    for m in tx.matching.merges_into(person)
                    if m.origin == "auto"
                ]
            refresh_people(tx, touched)
        return Changes(people=True, suggestions=True, person_ids=frozenset(touched))

    def _undo_merge(
        self, tx: Transaction, merge_id: int, *, remember_apart: bool
    ) -> frozenset[int]:
        """Undo one merge in ``tx``; returns its two people, whose read model is now stale."""
        merge = tx.matching.merge(merge_id)
        if merge is None or merge.undone_at is not None:
            raise NotFoundError(f"no merge {merge_id} to undo")
        owners = tx.records.person_ids(merge.record_ids)
        movable = [r for r in merge.record_ids if owners.get(r) == merge.survivor_id]
        tx.records.move(movable, merge.absorbed_id)
        tx.people.set_merged_into(merge.absorbed_id, None)
        tx.matching.mark_undone(merge_id, self._clock.now())
        if remember_apart:
            self._remember_apart(tx, merge.survivor_id, merge.absorbed_id)
        return frozenset({merge.survivor_id, merge.absorbed_id})

    def _split(self, person_id: int, record_ids: list[int]) -> Changes:
        with self._store.write() as tx:
            owners = tx.records.person_ids(record_ids)
            foreign = [r for r in record_ids if owners.get(r) != person_id]
            if foreign:
                raise NotFoundError(f"record {foreign[0]} does not belong to person {person_id}")
            remaining = [
                r
                for r in tx.records.of_people([person_id], with_children=False)
                if r.id not in set(record_ids)
            ]
            if not remaining:
                raise UsageError("that would leave the person without records; leave at least one")
            new_person = tx.people.create(1, self._clock.now())[0]
            tx.records.move(record_ids, new_person)
            self._remember_apart(tx, person_id, new_person)
            refresh_people(tx, [person_id, new_person])
        return Changes(people=True, suggestions=True, person_ids=frozenset({person_id, new_person}))

    def _remember_apart(self, tx: Transaction, first: int, second: int) -> None:
        """Store "different" between the imported records of two people."""
        records = tx.records.of_people([first, second], with_children=False)
        left = [r for r in records if r.person_id == first and r.kind is not SourceKind.USER]
        right = [r for r in records if r.person_id == second and r.kind is not SourceKind.USER]
        now = self._clock.now()
        for a in left:
            for b in right:
                tx.matching.decide(
                    a.stable_key, b.stable_key, "different", "unmerge", None, [], now
                )

    # --- helpers -------------------------------------------------------------------------

    def _pending(self, tx: Transaction, suggestion_id: int) -> SuggestionInfo:
        info = tx.matching.suggestion(suggestion_id)
        if info is None or info.status != "pending":
            raise NotFoundError(f"no pending suggestion with id {suggestion_id}")
        return info

    def _check_mergeable(self, tx: Transaction, left: int, right: int) -> None:
        if left == right:
            raise UsageError("these records already belong to one person")
        records = tx.records.of_people([left, right], with_children=False)
        for kind in SINGLE_ACCOUNT_KINDS:
            if sum(1 for r in records if r.kind.value == kind) > 1:
                raise UsageError(
                    f"both people have a {kind} record, and {kind} lists each "
                    "person only once: they cannot be the same person"
                )
