# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Helpers that claim and read a CSV through the public reader interface."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.progress import Progress
from hrconnect.core.records import FileSummary, ForeignRecord, ProblemSeverity, RecordProblem
from hrconnect.importers.contacts_csv import GoogleCsvReader, OutlookCsvReader
from hrconnect.importers.sources import FileTree

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from hrconnect.core.kinds import ContactKind
    from hrconnect.importers.base import DetectedSource


@dataclass
class CsvImport:
    """Everything one file's read yielded, sorted by type."""

    format_id: str
    records: list[ForeignRecord] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)
    summaries: list[FileSummary] = field(default_factory=list)

    @property
    def summary(self) -> FileSummary:
        assert len(self.summaries) == 1
        return self.summaries[0]

    def record(self, key: str) -> ForeignRecord:
        matches = [r for r in self.records if r.source_key == key]
        assert len(matches) == 1, [r.source_key for r in self.records]
        return matches[0]

    def problems_of(self, severity: ProblemSeverity) -> list[tuple[str, str]]:
        """(reason, position) of the problems of one severity, in order."""
        return [(p.reason, p.locator.position) for p in self.problems if p.severity is severity]

    def points(self, key: str, kind: ContactKind) -> list[tuple[str, str, bool]]:
        """(value, label, preferred) of one record's contact points of one kind."""
        record = self.record(key)
        return [(p.value, p.label, p.is_preferred) for p in record.contact_points if p.kind is kind]


def claim(path: Path) -> list[DetectedSource]:
    """What the two readers claim of one file (each reader sees the file)."""
    tree = FileTree(path)
    entries = tree.entries()
    return [
        s for reader in (GoogleCsvReader(), OutlookCsvReader()) for s in reader.claim(tree, entries)
    ]


def collect(items: Iterator[object], format_id: str) -> CsvImport:
    """Sort a read's items into a :class:`CsvImport`."""
    result = CsvImport(format_id)
    for item in items:
        if isinstance(item, ForeignRecord):
            result.records.append(item)
        elif isinstance(item, RecordProblem):
            result.problems.append(item)
        elif isinstance(item, Progress):
            result.progress.append(item)
        elif isinstance(item, FileSummary):
            result.summaries.append(item)
        else:
            raise AssertionError(f"unexpected item {item!r}")
    return result


def import_file(path: Path) -> CsvImport:
    """Claim (exactly one source expected) and read a file."""
    sources = claim(path)
    assert len(sources) == 1, [s.format_id for s in sources]
    return collect(sources[0].read(), sources[0].format_id)


@pytest.fixture
def csv_fixtures(fixtures_dir: Path) -> Path:
    """The committed contacts CSV fixtures."""
    return fixtures_dir / "contacts_csv"


@pytest.fixture
def import_fixture(csv_fixtures: Path) -> Callable[[str], CsvImport]:
    """Claim and read one committed fixture by name."""
    return lambda name: import_file(csv_fixtures / name)


@pytest.fixture
def import_path() -> Callable[[Path], CsvImport]:
    """Claim and read any file (one source expected)."""
    return import_file


@pytest.fixture
def claim_path() -> Callable[[Path], list[DetectedSource]]:
    """What the Google and Outlook readers claim of a file."""
    return claim


@pytest.fixture
def collect_items() -> Callable[[Iterator[object], str], CsvImport]:
    """Sort the items of a read that was started by hand."""
    return collect
