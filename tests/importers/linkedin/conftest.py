# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Helpers for the LinkedIn reader tests: build archives from fixture files, read through claim."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pytest

from hrconnect.importers.linkedin import LinkedInReader
from hrconnect.importers.sources import DEFAULT_LIMITS, SourceLimits, open_tree
from tests.importers.items import ItemViews

if TYPE_CHECKING:
    from hrconnect.core.records import (
        FileSummary,
        ForeignRecord,
        ImportItem,
        RecordProblem,
    )
    from hrconnect.importers.base import DetectedSource

LINKEDIN_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "linkedin"
ARCHIVE_NAME = "Complete_LinkedInDataExport_02-07-2026"


def fixture_bytes(name: str) -> bytes:
    """The bytes of a committed LinkedIn fixture file."""
    return (LINKEDIN_FIXTURES / name).read_bytes()


@dataclass
class ReadResult(ItemViews):
    """Everything the reader claimed and yielded for one path."""

    sources: list[DetectedSource]
    items: list[ImportItem] = field(default_factory=list)
    tree_problems: list[RecordProblem] = field(default_factory=list)

    def reasons(self) -> list[str]:
        return [p.reason for p in self.problems]

    def summary_for(self, file_name: str) -> FileSummary:
        matches = [s for s in self.summaries if Path(s.locator.file).name == file_name]
        assert len(matches) == 1, [s.locator for s in self.summaries]
        return matches[0]

    def record(self, source_key: str) -> ForeignRecord:
        matches = [r for r in self.records if r.source_key == source_key]
        assert len(matches) == 1, [r.source_key for r in self.records]
        return matches[0]


def read_path(path: Path, limits: SourceLimits = DEFAULT_LIMITS) -> ReadResult:
    """Open ``path`` as a tree, let the LinkedIn reader claim it and read every source."""
    with open_tree(path, limits) as tree:
        entries = tree.entries()
        result = ReadResult(LinkedInReader().claim(tree, entries), tree_problems=tree.problems)
        for source in result.sources:
            result.items.extend(source.read())
    return result


class ArchiveBuilder(Protocol):
    def __call__(self, files: dict[str, bytes], *, zipped: bool = True) -> Path: ...


@pytest.fixture
def build_archive(tmp_path: Path) -> ArchiveBuilder:
    """Write ``{member path: bytes}`` as a LinkedIn-named ZIP or folder under ``tmp_path``."""

    def build(files: dict[str, bytes], *, zipped: bool = True) -> Path:
        if zipped:
            path = tmp_path / f"{ARCHIVE_NAME}.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in files.items():
                    archive.writestr(name, data)
            return path
        root = tmp_path / ARCHIVE_NAME
        for name, data in files.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return root

    return build


def full_archive_files() -> dict[str, bytes]:
    """A 2024-shaped archive: owner files, connections with URLs, messages, invitations."""
    return {
        "Connections.csv": fixture_bytes("connections-2024-url-column.csv"),
        "messages.csv": fixture_bytes("messages-2024-group-drafts-spam.csv"),
        "Invitations.csv": fixture_bytes("invitations-2024-profile-urls.csv"),
        "Profile.csv": fixture_bytes("profile-2024-yearless-birth-date.csv"),
        "Email Addresses.csv": fixture_bytes("email-addresses.csv"),
        "PhoneNumbers.csv": fixture_bytes("phone-numbers-leading-spaces-empty-rows.csv"),
        "Positions.csv": fixture_bytes("positions-month-year.csv"),
        "Skills.csv": b"Name\nInterviewing\n",
        "Jobs/Job Applications.csv": b"Application Date,Company Name\n",
    }
