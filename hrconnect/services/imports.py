# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The import pipeline: detect, read, store, link interactions, match, report. One transaction.

``ImportService.run`` is a generator that yields ``Progress`` and returns the ``ImportReport``.
The CLI iterates it and prints a bar; the GUI runs it on a worker thread and may cancel between
records. Everything an import writes happens in one SQLite transaction: a crash, a kill or a
cancel part-way leaves the store exactly as it was, and ``dry_run`` does all the work and then
rolls it back, so its report says precisely what a real import would change. A backup is taken
before each real import.

Re-importing:
    - a byte-identical source is recognised by its fingerprint and reported as unchanged
      without being parsed;
    - a newer export of the same source updates the records whose content changed, adds the new
      ones and leaves the others, keyed on stable source keys (see ``core.records``);
    - the user's own edits live on records of kind ``user`` and are never touched by imports;
    - forgotten people stay forgotten (tombstones), unless the user asks to allow them back.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hrconnect.core.identifiers import key_text, linkedin_slug, normalize_email
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.progress import CancelToken, Progress
from hrconnect.core.records import (
    FileSummary,
    ForeignInteraction,
    ForeignRecord,
    OwnerFacts,
    RecordProblem,
)
from hrconnect.core.report import ImportReport, ProblemEntry, SourceReport
from hrconnect.errors import CancelledError, UnusableSourceError
from hrconnect.importers.detect import Detection, detect
from hrconnect.matching.companies import company_key
from hrconnect.matching.phones import phone_info
from hrconnect.services.gc_pause import collector_paused
from hrconnect.services.people_index import refresh_people
from hrconnect.services.prepare import prepare, scoped_key, source_scope
from hrconnect.store.backup import BackupReason
from hrconnect.store.interactions import InteractionWrite
from hrconnect.store.owner import OwnerFact

if TYPE_CHECKING:
    from collections.abc import Generator, Iterable, Sequence
    from datetime import datetime

    from hrconnect.clock import Clock
    from hrconnect.core.records import PreparedRecord
    from hrconnect.importers.base import DetectedSource, FormatReader
    from hrconnect.settings import Settings
    from hrconnect.store.engine import Store
    from hrconnect.store.imports import BatchInfo
    from hrconnect.store.records import KnownRecord
    from hrconnect.store.transaction import Transaction

log = logging.getLogger(__name__)

PROGRESS_EVERY = 500


class RecordMatcher(Protocol):
    """Matching run after an import on the records it created or changed (see ``dedupe``)."""

    def match_new(
        self, tx: Transaction, record_ids: Sequence[int], cancel: CancelToken | None
    ) -> Generator[Progress, None, tuple[int, int, frozenset[int]]]:
        """Merge sure matches and queue likely ones.

        Returns:
            (merged, suggested, people whose records moved). The read model of those people
            is left stale for the import to refresh with everything else it touched.
        """
        ...


class _DryRun(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised at the end of a dry run so the unit of work rolls back."""


@dataclass
class _SourceBatch:
    """What one detected source yielded."""

    records: list[ForeignRecord] = field(default_factory=list)
    interactions: list[ForeignInteraction] = field(default_factory=list)
    owner: list[OwnerFacts] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class UnusablePath:
    """A path that cannot be imported at all, with the reason."""

    path: str
    reason: str
    message: str


@dataclass
class Preview:
    """What detection found, before anything is read or written."""

    detections: list[Detection]
    unusable: list[UnusablePath]

    def close(self) -> None:
        """Release file handles."""
        for detection in self.detections:
            detection.close()


class ImportService:
    """Imports exports into the store. See the module docstring for the guarantees."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: Settings,
        matcher: RecordMatcher | None = None,
        readers: Sequence[FormatReader] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._settings = settings
        self._matcher = matcher
        self._readers = readers

    def history(self, limit: int = 100) -> list[BatchInfo]:
        """Past imports, newest first, with their reports (for the Imports page)."""
        with self._store.read() as tx:
            return tx.imports.batches(limit)

    def preview(self, paths: Iterable[Path]) -> Preview:
        """Detect what each path holds; unusable paths are listed, not raised."""
        detections: list[Detection] = []
        unusable: list[UnusablePath] = []
        for path in paths:
            try:
                detections.append(detect(Path(path), self._readers))
            except UnusableSourceError as error:
                unusable.append(UnusablePath(str(path), error.reason, str(error)))
        return Preview(detections, unusable)

    def run(
        self,
        paths: Sequence[Path],
        *,
        dry_run: bool = False,
        match: bool = True,
        cancel: CancelToken | None = None,
    ) -> Generator[Progress, None, ImportReport]:
        """Import files, folders or archives.

        Args:
            paths: Files, folders or ZIPs; each may hold several exports.
            dry_run: Do everything, then roll back; the report says what would change.
            match: Look for the same person among new and changed records afterwards.
            cancel: Checked between records; cancelling rolls everything back.

        Yields:
            ``Progress`` between records; it is safe to stop iterating (or cancel) at any yield:
            nothing is kept.

        Returns:
            The report.

        Raises:
            UnusableSourceError: a path cannot be imported at all (nothing is written).
            CancelledError: the user cancelled (nothing is written).
        """
        preview = self.preview(paths)
        try:
            if preview.unusable:
                first = preview.unusable[0]
                raise UnusableSourceError(first.message, reason=first.reason)
            report = ImportReport(dry_run=dry_run)
            has_data = self._store.path.exists() and self._has_people()
            if not dry_run and has_data:
                report.backup = str(self._store.backup(BackupReason.IMPORT))
            try:
                with collector_paused(), self._store.write() as tx:
                    yield from self._import(tx, preview.detections, report, cancel, match=match)
                    if dry_run:
                        raise _DryRun
            except _DryRun:
                pass
            return report
        finally:
            preview.close()

    def _has_people(self) -> bool:
        with self._store.read() as tx:
            return tx.people.count() > 0

    # --- the pipeline ------------------------------------------------------------------

    def _import(
        self,
        tx: Transaction,
        detections: list[Detection],
        report: ImportReport,
        cancel: CancelToken | None,
        *,
        match: bool,
    ) -> Generator[Progress, None, None]:
        now = self._clock.now()
        batch_id = tx.imports.begin_batch([str(d.path) for d in detections], now)
        touched_people: set[int] = set()
        new_or_changed: list[int] = []
        written: set[tuple[SourceKind, str]] = set()
        pending_interactions: list[tuple[SourceReport, int, ForeignInteraction]] = []
        for detection in detections:
            report.ignored.extend(
                ProblemEntry(e.path, e.archive, "", "unrecognised_file") for e in detection.ignored
            )
            for problem in detection.problems:
                report.ignored.append(ProblemEntry.of(problem))
            for source in detection.sources:
                source_report = SourceReport(str(detection.path), source.format_id, source.label)
                report.sources.append(source_report)
                fingerprint = source.fingerprint()
                seen = tx.imports.seen(fingerprint)
                source_id = tx.imports.add_source(
                    batch_id, source.format_id, source.label, fingerprint
                )
                if seen is not None:
                    source_report.unchanged = seen.records_seen
                    source_report.already_imported_at = seen.imported_at
                    tx.imports.set_records_seen(source_id, seen.records_seen)
                    continue
                batch = _SourceBatch()
                with report.timed("read"):
                    yield from self._read(source, source_report, batch, cancel)
                started = time.perf_counter()
                report.owner_updated |= self._store_owner(tx, batch.owner)
                records = self._scoped(
                    self._without_owner(tx, batch.records, source_report), source.label, written
                )
                yield Progress(0, len(records), "storing", source.label)
                ids, people = self._store_records(tx, source_id, records, source_report, now)
                new_or_changed.extend(ids)
                touched_people.update(people)
                tx.imports.set_records_seen(source_id, len(records))
                report.add_time("store", time.perf_counter() - started)
                pending_interactions.extend(
                    (source_report, source_id, item) for item in batch.interactions
                )
        if cancel:
            cancel.raise_if_cancelled()
        with report.timed("link"):
            linked_people = self._store_interactions(tx, pending_interactions, report, now)
        touched_people.update(linked_people)
        if match and self._matcher is not None and new_or_changed:
            # Matching first, so the read model is built once, for the people after merging.
            with report.timed("match"):
                outcome = yield from self._matcher.match_new(tx, new_or_changed, cancel)
            report.merged, report.suggested, merged_people = outcome
            touched_people.update(merged_people)
        yield Progress(0, None, "indexing", "")
        with report.timed("index"):
            refresh_people(tx, touched_people)
        tx.imports.finish_batch(batch_id, report.to_json(), self._clock.now())

    def _read(
        self,
        source: DetectedSource,
        report: SourceReport,
        batch: _SourceBatch,
        cancel: CancelToken | None,
    ) -> Generator[Progress, None, None]:
        """Collect a source's items, filing problems in the report; yields records read."""
        count = 0
        try:
            for item in source.read():
                if isinstance(item, ForeignRecord):
                    batch.records.append(item)
                    count += 1
                    if count % PROGRESS_EVERY == 0:
                        if cancel:
                            cancel.raise_if_cancelled()
                        yield Progress(count, None, "reading", source.label)
                elif isinstance(item, ForeignInteraction):
                    batch.interactions.append(item)
                elif isinstance(item, OwnerFacts):
                    batch.owner.append(item)
                elif isinstance(item, RecordProblem):
                    report.add_problem(item)
                elif isinstance(item, FileSummary):
                    report.notes.extend(item.notes)
                elif isinstance(item, Progress):
                    if cancel:
                        cancel.raise_if_cancelled()
                    yield Progress(count, item.total, "reading", item.detail or source.label)
        except (UnusableSourceError, CancelledError):
            raise
        except Exception as error:  # an importer bug must not leave a half import behind
            log.exception("importer for %s failed", source.label)
            raise UnusableSourceError(
                f"could not be read ({type(error).__name__}: {error})",
                reason="reader_error",
                where=source.label,
            ) from error

    # --- records -----------------------------------------------------------------------

    @staticmethod
    def _scoped(
        records: list[ForeignRecord], label: str, written: set[tuple[SourceKind, str]]
    ) -> list[ForeignRecord]:
        """Give address-book records keys scoped to their address book (see ``source_scope``).

        Two sources of one import with the same address-book name (two phones' "contacts.vcf")
        must not overwrite each other: the later one's colliding keys get a ``~n`` suffix.
        """
        scope = source_scope(label)
        result = []
        keys_here: set[tuple[SourceKind, str]] = set()
        for record in records:
            key = scoped_key(record, scope)
            suffix = 2
            candidate = key
            while (record.kind, candidate) in written:
                candidate = f"{key}~{suffix}"
                suffix += 1
            keys_here.add((record.kind, candidate))
            result.append(
                record
                if candidate == record.source_key
                else replace(record, source_key=candidate, legacy_keys=())
            )
        written.update(keys_here)
        return result

    def _without_owner(
        self, tx: Transaction, records: list[ForeignRecord], report: SourceReport
    ) -> list[ForeignRecord]:
        """Drop records that are the owner themself (the "Me" card of a phone, say)."""
        facts = {(f.kind, f.normalized) for f in tx.owner.facts()}
        if not facts:
            return records
        kept = []
        for record in records:
            if _is_owner(record, facts, self._settings.default_region):
                report.skipped.append(
                    ProblemEntry(
                        record.locator.file,
                        record.locator.archive,
                        record.locator.position,
                        "owner",
                    )
                )
            else:
                kept.append(record)
        return kept

    def _store_records(
        self,
        tx: Transaction,
        source_id: int,
        records: list[ForeignRecord],
        report: SourceReport,
        now: datetime,
    ) -> tuple[list[int], set[int]]:
        """Create, update or leave each record; returns (new or changed record ids, people)."""
        by_kind: dict[SourceKind, list[ForeignRecord]] = defaultdict(list)
        for record in records:
            by_kind[record.kind].append(record)
        changed_ids: list[int] = []
        people: set[int] = set()
        for kind, group in by_kind.items():
            by_key, by_alt = tx.records.known(kind)
            buried = (
                tx.tombstones.buried(f"{kind.value}:{r.source_key}" for r in group)
                if tx.tombstones.has_any()
                else set()
            )
            seen_keys: set[str] = set()
            new: list[PreparedRecord] = []
            updates: list[tuple[int, PreparedRecord]] = []
            unchanged: list[tuple[int, ForeignRecord]] = []
            for record in group:
                if record.source_key in seen_keys:
                    report.skipped.append(
                        ProblemEntry(
                            record.locator.file,
                            record.locator.archive,
                            record.locator.position,
                            "duplicate_record",
                            record.source_key,
                        )
                    )
                    continue
                seen_keys.add(record.source_key)
                if f"{kind.value}:{record.source_key}" in buried:
                    report.skipped.append(
                        ProblemEntry(
                            record.locator.file,
                            record.locator.archive,
                            record.locator.position,
                            "forgotten",
                        )
                    )
                    continue
                prepared = prepare(
                    record,
                    region=self._settings.default_region,
                    keep_photos=self._settings.import_photos,
                )
                known = _lookup(record, by_key, by_alt)
                if known is None:
                    new.append(prepared)
                elif (
                    known.content_hash != prepared.content_hash
                    or known.source_key != record.source_key
                ):
                    updates.append((known.id, prepared))
                    people.add(known.person_id)
                else:
                    unchanged.append((known.id, record))
            person_ids = tx.people.create(len(new), now)
            new_ids = tx.records.insert(list(zip(person_ids, new, strict=True)), source_id, now)
            tx.records.replace(updates, source_id, now)
            tx.records.touch([(record_id, r.locator) for record_id, r in unchanged], source_id)
            tx.matching.drop_features(record_id for record_id, _ in updates)
            report.created += len(new)
            report.updated += len(updates)
            report.unchanged += len(unchanged)
            people.update(person_ids)
            changed_ids.extend(new_ids)
            changed_ids.extend(record_id for record_id, _ in updates)
        return changed_ids, people

    # --- interactions and the owner ------------------------------------------------------

    def _store_interactions(
        self,
        tx: Transaction,
        items: list[tuple[SourceReport, int, ForeignInteraction]],
        report: ImportReport,
        now: datetime,
    ) -> set[int]:
        """Link interactions to records (by key, or by a unique name) and store them."""
        if not items:
            return set()
        keys: dict[SourceKind, set[str]] = defaultdict(set)
        name_kinds: set[SourceKind] = set()
        for _, _, item in items:
            if item.counterpart.source_key:
                keys[item.counterpart.kind].add(item.counterpart.source_key)
            elif item.counterpart.name:
                name_kinds.add(item.counterpart.kind)
        by_key = {kind: tx.records.ids_by_key(kind, wanted) for kind, wanted in keys.items()}
        by_name = {kind: tx.records.ids_by_name(kind) for kind in name_kinds}
        writes: dict[int, list[InteractionWrite]] = defaultdict(list)
        reports: dict[int, SourceReport] = {}
        for source_report, source_id, item in items:
            record_id = None
            counterpart = item.counterpart
            if counterpart.source_key:
                record_id = by_key.get(counterpart.kind, {}).get(counterpart.source_key)
            elif counterpart.name:
                candidates = by_name.get(counterpart.kind, {}).get(key_text(counterpart.name), [])
                record_id = candidates[0] if len(candidates) == 1 else None
            if record_id is None:
                report.interactions_unlinked += 1
                continue
            moment = item.occurred_at
            writes[source_id].append(
                InteractionWrite(
                    record_id=record_id,
                    kind=item.kind,
                    occurred_on=moment.date(),
                    occurred_at=moment,
                    note=item.summary[:280],
                    direction=item.direction,
                    is_group=item.is_group,
                    source_key=item.source_key,
                    locator=item.locator.describe(),
                )
            )
            reports[source_id] = source_report
        for source_id, source_writes in writes.items():
            added = tx.interactions.add(source_writes, source_id, now)
            reports[source_id].interactions += added
            report.interactions += added
        linked = [w.record_id for ws in writes.values() for w in ws]
        return set(tx.records.person_ids(linked).values())

    def _store_owner(self, tx: Transaction, facts: list[OwnerFacts]) -> bool:
        """Store what the archive says about its owner. Returns True if anything was new."""
        if not facts:
            return False
        before = len(tx.owner.facts()), len(tx.owner.positions())
        region = self._settings.default_region
        rows: list[OwnerFact] = []
        positions = []
        for fact in facts:
            source = fact.source.value
            name = fact.full_name or f"{fact.given_name} {fact.family_name}".strip()
            if name:
                rows.append(OwnerFact("name", name, key_text(name), source))
            for email in fact.emails:
                normal = normalize_email(email)
                if normal:
                    rows.append(OwnerFact("email", email, normal, source))
            for phone in fact.phones:
                info = phone_info(phone, region)
                if info:
                    rows.append(OwnerFact("phone", phone, info.e164, source))
            slug = linkedin_slug(fact.profile_url) if fact.profile_url else None
            if slug:
                rows.append(OwnerFact("profile_url", fact.profile_url, slug, source))
            if fact.birthday:
                rows.append(
                    OwnerFact(
                        "birthday", fact.birthday.isoformat(), fact.birthday.isoformat(), source
                    )
                )
            for job in fact.positions:
                start = job.start.isoformat() if job.start else None
                end = job.end.isoformat() if job.end else None
                key = f"{key_text(job.company)}|{key_text(job.title)}|{start or ''}"
                positions.append(
                    (job.company, company_key(job.company), job.title, start, end, source, key)
                )
        tx.owner.add_facts(rows)
        tx.owner.upsert_positions(positions)
        return (len(tx.owner.facts()), len(tx.owner.positions())) != before


def _lookup(
    record: ForeignRecord, by_key: dict[str, KnownRecord], by_alt: dict[str, KnownRecord]
) -> KnownRecord | None:
    known = by_key.get(record.source_key)
    if known is not None:
        return known
    for legacy in record.legacy_keys:
        known = by_key.get(legacy) or by_alt.get(legacy)
        if known is not None:
            return known
    return None


def _is_owner(record: ForeignRecord, facts: set[tuple[str, str]], region: str) -> bool:
    for point in record.contact_points:
        if point.kind is ContactKind.EMAIL:
            normal = normalize_email(point.value)
            if normal and ("email", normal) in facts:
                return True
        elif point.kind is ContactKind.PHONE:
            info = phone_info(point.value, region)
            if info and ("phone", info.e164) in facts:
                return True
        elif point.kind is ContactKind.URL:
            slug = linkedin_slug(point.value)
            if slug and ("profile_url", slug) in facts:
                return True
    return False
