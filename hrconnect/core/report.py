# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The import report: per source what was created, updated, unchanged, skipped or failed, and why.

Its JSON form is the ``import --json`` contract of CLI.md (version 1); fields are only ever
added.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hrconnect.core.records import ProblemSeverity

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from hrconnect.core.records import RecordProblem


@dataclass(frozen=True, slots=True)
class ProblemEntry:
    """One skipped, failed or imported-with-a-warning item, with where and why."""

    file: str
    archive: str | None
    locator: str
    reason: str
    detail: str = ""

    @classmethod
    def of(cls, problem: RecordProblem) -> ProblemEntry:
        """From an importer's problem."""
        where = problem.locator
        return cls(where.file, where.archive, where.position, problem.reason, problem.detail)

    def to_json(self) -> dict[str, Any]:
        """The CLI.md shape (``detail`` and ``archive`` only when set)."""
        data: dict[str, Any] = {"file": self.file, "locator": self.locator, "reason": self.reason}
        if self.archive:
            data["archive"] = self.archive
        if self.detail:
            data["detail"] = self.detail
        return data


@dataclass(slots=True)
class SourceReport:
    """What happened to one detected source (an archive, a folder's export, a file)."""

    path: str
    format_id: str
    label: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[ProblemEntry] = field(default_factory=list)
    failed: list[ProblemEntry] = field(default_factory=list)
    warnings: list[ProblemEntry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    already_imported_at: datetime | None = None
    interactions: int = 0

    def add_problem(self, problem: RecordProblem) -> None:
        """File a problem under its severity."""
        entry = ProblemEntry.of(problem)
        if problem.severity is ProblemSeverity.SKIPPED:
            self.skipped.append(entry)
        elif problem.severity is ProblemSeverity.WARNING:
            self.warnings.append(entry)
        else:
            self.failed.append(entry)

    def to_json(self) -> dict[str, Any]:
        """The CLI.md ``files[]`` shape."""
        data: dict[str, Any] = {
            "path": self.path,
            "format": self.format_id,
            "label": self.label,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [p.to_json() for p in self.skipped],
            "failed": [p.to_json() for p in self.failed],
            "warnings": [p.to_json() for p in self.warnings],
            "interactions": self.interactions,
        }
        if self.notes:
            data["notes"] = list(self.notes)
        if self.already_imported_at is not None:
            data["already_imported_at"] = self.already_imported_at.isoformat()
        return data


@dataclass(slots=True)
class ImportReport:
    """The outcome of one import command."""

    sources: list[SourceReport] = field(default_factory=list)
    interactions: int = 0
    """New interactions stored (all sources)."""
    interactions_unlinked: int = 0
    """Interactions whose counterpart matched no record (not a connection, ambiguous name)."""
    merged: int = 0
    suggested: int = 0
    owner_updated: bool = False
    ignored: list[ProblemEntry] = field(default_factory=list)
    """Files in the given folders or archives that no format recognised."""
    dry_run: bool = False
    backup: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent per stage (read, store, link, index, match), for diagnosis."""

    def add_time(self, stage: str, seconds: float) -> None:
        """Add time to a stage."""
        self.timings[stage] = self.timings.get(stage, 0.0) + seconds

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Measure the block (wall time, including any yields inside it) into a stage."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add_time(stage, time.perf_counter() - started)

    @property
    def created(self) -> int:
        """Records created over all sources."""
        return sum(s.created for s in self.sources)

    @property
    def updated(self) -> int:
        """Records updated over all sources."""
        return sum(s.updated for s in self.sources)

    @property
    def unchanged(self) -> int:
        """Records unchanged over all sources."""
        return sum(s.unchanged for s in self.sources)

    @property
    def failed(self) -> int:
        """Failed items over all sources."""
        return sum(len(s.failed) for s in self.sources)

    @property
    def skipped(self) -> int:
        """Skipped items over all sources."""
        return sum(len(s.skipped) for s in self.sources)

    @property
    def changed_anything(self) -> bool:
        """True if the import wrote something."""
        return bool(self.created or self.updated or self.interactions or self.owner_updated)

    def to_json(self) -> dict[str, Any]:
        """The ``import --json`` document of CLI.md."""
        return {
            "version": 1,
            "dry_run": self.dry_run,
            "files": [s.to_json() for s in self.sources],
            "interactions": self.interactions,
            "interactions_unlinked": self.interactions_unlinked,
            "merged": self.merged,
            "suggested": self.suggested,
            "owner_updated": self.owner_updated,
            "ignored": [p.to_json() for p in self.ignored],
            "timings": {stage: round(seconds, 3) for stage, seconds in self.timings.items()},
        }
