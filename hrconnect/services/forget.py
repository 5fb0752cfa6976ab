# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Forgetting a person for good: the right to erasure (GDPR/AVG art. 17).

``forget`` removes, in one transaction, the person and everyone merged into them, all their
records (imported ones and the user's own record with notes and edits), and with the records
their contact points, jobs, photos, tags, matching features, interactions and review
suggestions; the match decisions naming their records; and the merge history pointing at them.
Then it rebuilds the database file so the deleted bytes do not linger in free pages, the search
index or the ``-wal`` file (the backup API would copy them into every later backup).

**Re-imports.** Unless the user allows it, a tombstone per forgotten imported record is kept:
the SHA-256 of ``<kind>:<source_key>`` and a date, nothing else. The import skips records whose
key is buried and reports them as ``forgotten``. With ``allow_reimport`` no tombstone is left,
so importing the same file again brings the person back; :meth:`ForgetService.clear_tombstones`
lifts tombstones later. Tombstones recognise the *same source record*: an address-book card
without a UID is keyed on its name and position, so a later export that renames or renumbers
the card is a new record.

**No backup first, on purpose.** Every other destructive operation takes a backup; this one must
not, because that backup would keep exactly the data the user asked to erase. Forgetting is
deliberate (the window asks for confirmation). Older backups still hold the person: ``forget``
lists the ones that do, and ``BackupService.delete`` removes them after taking a fresh backup
that no longer holds the person, so a way back remains. Files the user exported earlier are
theirs and are not touched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hrconnect.core.changes import Changes
from hrconnect.core.kinds import SourceKind
from hrconnect.errors import NotFoundError
from hrconnect.services.people_index import refresh_people
from hrconnect.store.backup import erase_deleted_content, files_holding, list_backups

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime
    from pathlib import Path

    from hrconnect.clock import Clock
    from hrconnect.core.people import StoredRecord
    from hrconnect.store.engine import Store
    from hrconnect.store.transaction import Transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ForgetReport:
    """What forgetting a person removed and what still holds them.

    Attributes:
        person_id: The (surviving) person forgotten; ids of people merged into them are gone too.
        name: Their display name, for the confirmation line only (never logged).
        records: Imported records removed.
        interactions: Interactions removed (imported and logged by the user).
        decisions: Remembered match decisions removed.
        tombstones: Tombstones left (0 when re-importing was allowed).
        file_rebuilt: True when the database file was rebuilt without the deleted bytes; False
            when another window kept it busy (the rebuild then happens at the next forget).
        backups_with_person: Backups that still hold the person, newest first.
    """

    person_id: int
    name: str
    records: int
    interactions: int
    decisions: int
    tombstones: int
    file_rebuilt: bool
    backups_with_person: tuple[Path, ...]

    @property
    def reimport_allowed(self) -> bool:
        """True when a re-import may bring the person back."""
        return self.tombstones == 0

    @property
    def changes(self) -> Changes:
        """What the views must refresh."""
        return Changes(
            people=True,
            interactions=True,
            reminders=True,
            tags=True,
            suggestions=True,
            person_ids=frozenset({self.person_id}),
        )

    def to_json(self) -> dict[str, Any]:
        """The ``forget --json`` document (the name is left out: scripts keep their output)."""
        return {
            "version": 1,
            "person": self.person_id,
            "records": self.records,
            "interactions": self.interactions,
            "decisions": self.decisions,
            "tombstones": self.tombstones,
            "reimport_allowed": self.reimport_allowed,
            "file_rebuilt": self.file_rebuilt,
            "backups_with_person": [str(path) for path in self.backups_with_person],
        }


class ForgetService:
    """Forgets people and manages the tombstones that keep them forgotten."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def forget(self, person_id: int, *, allow_reimport: bool = False) -> ForgetReport:
        """Remove a person and everything about them; see the module docstring.

        Args:
            person_id: The person (an id merged into another resolves to the survivor).
            allow_reimport: Leave no tombstones, so a later import may bring them back.

        Raises:
            NotFoundError: no such person.
        """
        with self._store.write() as tx:
            erased = _erase(tx, person_id, allow_reimport=allow_reimport, now=self._clock.now())
        rebuilt = erase_deleted_content(self._store.engine)
        backups = files_holding(
            [b.path for b in list_backups(self._store.paths.backup_dir)], erased.keys
        )
        log.info(
            "forgot a person: %d records, %d interactions, %d tombstones; %d backups hold them",
            erased.records,
            erased.interactions,
            erased.tombstones,
            len(backups),
        )
        return ForgetReport(
            person_id=erased.person_id,
            name=erased.name,
            records=erased.records,
            interactions=erased.interactions,
            decisions=erased.decisions,
            tombstones=erased.tombstones,
            file_rebuilt=rebuilt,
            backups_with_person=tuple(backups),
        )

    def forget_many(self, person_ids: Iterable[int], *, allow_reimport: bool = False) -> Changes:
        """Forget several people in one unit of work, rebuilding the database file once.

        For bulk actions: no report per person, and the backups are not searched (forgetting
        one person at a time lists the backups that still hold them).

        Raises:
            NotFoundError: one of them does not exist (then nobody is forgotten).
        """
        now = self._clock.now()
        with self._store.write() as tx:
            erased = [
                _erase(tx, person_id, allow_reimport=allow_reimport, now=now)
                for person_id in dict.fromkeys(person_ids)
            ]
        erase_deleted_content(self._store.engine)
        log.info("forgot %d people", len(erased))
        return Changes(
            people=True,
            interactions=True,
            reminders=True,
            tags=True,
            suggestions=True,
            person_ids=frozenset(e.person_id for e in erased),
        )

    def clear_tombstones(self, stable_keys: Iterable[str] | None = None) -> Changes:
        """Let forgotten records come back on the next import.

        Args:
            stable_keys: ``<kind>:<source_key>`` of the records to allow back; None lifts every
                tombstone (tombstones name nobody, so they cannot be chosen per person).
        """
        with self._store.write() as tx:
            tx.tombstones.clear(None if stable_keys is None else list(stable_keys))
            # Sources imported since may hold them: read them again on the next import.
            tx.imports.forget_fingerprints(None)
        return Changes(imports=True)


@dataclass(frozen=True, slots=True)
class _Erased:
    """What one person's erasure removed (inside the unit of work)."""

    person_id: int
    name: str
    records: int
    interactions: int
    decisions: int
    tombstones: int
    keys: set[str]
    """Stable keys of every record removed, for finding the backups that still hold them."""


def _erase(tx: Transaction, person_id: int, *, allow_reimport: bool, now: datetime) -> _Erased:
    """Delete a person, everyone merged into them and all their data; see the module docstring."""
    resolved = tx.people.resolve(person_id)
    summary = tx.people.summary(resolved) if resolved is not None else None
    if resolved is None or summary is None:
        raise NotFoundError(f"no person with id {person_id}")
    cluster = [resolved, *_absorbed_into(tx, resolved)]
    records = tx.records.of_people(cluster, with_children=False)
    imported = [r for r in records if r.kind is not SourceKind.USER]
    interactions = len(tx.interactions.of_people(cluster))
    buried = sorted(_stable_keys(tx, imported))
    every_key = set(buried) | {r.stable_key for r in records}
    decisions = sum(
        1 for d in tx.matching.decisions() if d.key_a in every_key or d.key_b in every_key
    )
    tx.matching.delete_decisions_with(every_key)
    if allow_reimport:
        tx.imports.forget_fingerprints([r.id for r in imported])
    tx.records.delete(r.id for r in records)
    for absorbed in cluster[1:]:
        # Active again and empty, so the refresh below deletes them like the survivor
        # (merge rows go with them: they cascade on the people they name).
        tx.people.set_merged_into(absorbed, None)
    refresh_people(tx, cluster)
    if not allow_reimport:
        tx.tombstones.add(buried, now)
    return _Erased(
        person_id=resolved,
        name=summary.display_name,
        records=len(imported),
        interactions=interactions,
        decisions=decisions,
        tombstones=0 if allow_reimport else len(buried),
        keys=every_key,
    )


def _absorbed_into(tx: Transaction, survivor: int) -> list[int]:
    """People merged into ``survivor``, directly or through people merged into those."""
    found: list[int] = []
    seen = {survivor}
    frontier = [survivor]
    while frontier:
        current = frontier.pop()
        for merge in tx.matching.merges_into(current):
            absorbed = merge.absorbed_id
            if absorbed not in seen and tx.people.resolve(absorbed) == survivor:
                seen.add(absorbed)
                found.append(absorbed)
                frontier.append(absorbed)
    return found


def _stable_keys(tx: Transaction, records: list[StoredRecord]) -> set[str]:
    """``<kind>:<key>`` of each record, with its older key form when one is stored.

    The older form matters when an older export of the same source is imported later.
    """
    keys = {r.stable_key for r in records}
    for kind in {r.kind for r in records}:
        by_key, _ = tx.records.known(kind)
        for record in records:
            known = by_key.get(record.source_key)
            if record.kind is kind and known is not None and known.alt_key:
                keys.add(f"{kind.value}:{known.alt_key}")
    return keys
