# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Import batches (one per import command) and the sources each one read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from hrconnect import __version__
from hrconnect.store.schema import import_batches, import_sources

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from sqlalchemy.engine import Connection


@dataclass(frozen=True, slots=True)
class BatchInfo:
    """A past import, for the Imports view."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    paths: tuple[str, ...]
    report: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SeenSource:
    """A source imported before with the same fingerprint."""

    batch_id: int
    imported_at: datetime
    records_seen: int


class ImportRepository:
    """Reads and writes import bookkeeping. Obtain through ``Transaction.imports``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def begin_batch(self, paths: list[str], now: datetime) -> int:
        """Record the start of an import and return its batch id."""
        result = self._c.execute(
            import_batches.insert().values(
                started_at=now, app_version=__version__, paths=json.dumps(paths, ensure_ascii=False)
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def add_source(self, batch_id: int, format_id: str, label: str, fingerprint: str) -> int:
        """Record a detected source read by a batch."""
        result = self._c.execute(
            import_sources.insert().values(
                batch_id=batch_id, format_id=format_id, label=label, fingerprint=fingerprint
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def set_records_seen(self, source_id: int, count: int) -> None:
        """How many records the source held (reported as unchanged when seen again)."""
        self._c.execute(
            update(import_sources)
            .where(import_sources.c.id == source_id)
            .values(records_seen=count)
        )

    def finish_batch(self, batch_id: int, report: dict[str, Any], now: datetime) -> None:
        """Store the report of a finished import."""
        self._c.execute(
            update(import_batches)
            .where(import_batches.c.id == batch_id)
            .values(finished_at=now, report=json.dumps(report, ensure_ascii=False))
        )

    def forget_fingerprints(self, record_ids: Sequence[int] | None) -> None:
        """Make the sources of these records (all sources: None) count as never imported.

        Byte-identical sources are otherwise reported "already imported" without being read,
        so a forgotten person allowed back would not come back from the same file.
        """
        if record_ids is None:
            self._c.execute(update(import_sources).values(fingerprint=""))
            return
        from hrconnect.store.records import chunks
        from hrconnect.store.schema import source_records

        for part in chunks(list(record_ids)):
            sources = select(source_records.c.import_source_id).where(
                source_records.c.id.in_(part), source_records.c.import_source_id.is_not(None)
            )
            self._c.execute(
                update(import_sources)
                .where(import_sources.c.id.in_(sources))
                .values(fingerprint="")
            )

    def seen(self, fingerprint: str) -> SeenSource | None:
        """The latest import of a byte-identical source, if any."""
        row = self._c.execute(
            select(
                import_sources.c.batch_id,
                import_sources.c.records_seen,
                import_batches.c.started_at,
            )
            .join(import_batches, import_batches.c.id == import_sources.c.batch_id)
            .where(import_sources.c.fingerprint == fingerprint)
            .order_by(import_sources.c.id.desc())
            .limit(1)
        ).first()
        return SeenSource(row.batch_id, row.started_at, row.records_seen) if row else None

    def batches(self, limit: int = 100) -> list[BatchInfo]:
        """Past imports, newest first."""
        rows = self._c.execute(
            select(import_batches).order_by(import_batches.c.id.desc()).limit(limit)
        )
        return [
            BatchInfo(
                r.id,
                r.started_at,
                r.finished_at,
                tuple(json.loads(r.paths)),
                json.loads(r.report) if r.report else {},
            )
            for r in rows
        ]

    def count(self) -> int:
        """Number of import batches."""
        return int(self._c.execute(select(func.count()).select_from(import_batches)).scalar_one())
