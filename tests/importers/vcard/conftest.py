# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Helpers for the vCard reader tests: read a path through the public claim/read interface."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.progress import Progress
from hrconnect.core.records import FileSummary, ForeignRecord, ProblemSeverity, RecordProblem
from hrconnect.importers.sources import open_tree
from hrconnect.importers.vcard import VCardReader

if TYPE_CHECKING:
    from collections.abc import Callable

VCARD_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vcard"


@dataclass
class ReadResult:
    """Everything one read of a detected vCard source yielded, sorted by type."""

    records: list[ForeignRecord] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    summaries: list[FileSummary] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)

    def problems_of(self, severity: ProblemSeverity) -> list[RecordProblem]:
        return [p for p in self.problems if p.severity is severity]

    def reasons(self) -> list[tuple[str, str, ProblemSeverity]]:
        return [(p.locator.position, p.reason, p.severity) for p in self.problems]

    def by_name(self, full_name: str) -> ForeignRecord:
        matches = [r for r in self.records if r.full_name == full_name]
        assert len(matches) == 1, [r.full_name for r in self.records]
        return matches[0]


def read_source(path: Path) -> ReadResult:
    """Open a path as a tree, let the vCard reader claim it, and read its only source."""
    result = ReadResult()
    with open_tree(path) as tree:
        sources = VCardReader().claim(tree, tree.entries())
        assert len(sources) == 1, f"expected one source for {path}, got {len(sources)}"
        for item in sources[0].read():
            if isinstance(item, ForeignRecord):
                result.records.append(item)
            elif isinstance(item, RecordProblem):
                result.problems.append(item)
            elif isinstance(item, FileSummary):
                result.summaries.append(item)
            elif isinstance(item, Progress):
                result.progress.append(item)
            else:
                raise AssertionError(f"unexpected item {item!r}")
    return result


@pytest.fixture
def vcard_fixtures() -> Path:
    """The committed synthetic vCard fixtures."""
    return VCARD_FIXTURES


@pytest.fixture
def read_fixture() -> Callable[[str], ReadResult]:
    """Read a committed fixture (file or folder) by name."""
    return lambda name: read_source(VCARD_FIXTURES / name)


@pytest.fixture
def read_path() -> Callable[[Path], ReadResult]:
    """Read any path (a tmp file, folder or ZIP) through the vCard reader."""
    return read_source
