# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Format detection by content for what the user drops in: files, folders and ZIPs at once.

Each path becomes one or more source trees (the path itself, plus ZIPs found inside a folder or
an archive, one level deep). The format readers claim entries in a fixed order (archives first,
since they claim many files; then loose vCards; then CSVs), each seeing only what earlier
readers left. What nobody claims is listed as ignored, so the preview can say "3 files were not
recognised" instead of failing silently.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hrconnect.core.records import ProblemSeverity, RecordProblem
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.sources import (
    DEFAULT_LIMITS,
    SourceLimits,
    SourceTree,
    is_zip,
    open_nested_zip,
    open_tree,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from hrconnect.importers.base import DetectedSource, FormatReader
    from hrconnect.importers.sources import SourceEntry

log = logging.getLogger(__name__)

ARCHIVE_FORMATS = frozenset({"linkedin-archive", "facebook-archive"})


def default_readers() -> tuple[FormatReader, ...]:
    """Every supported format, in claiming order (an explicit list: no plugin discovery)."""
    from hrconnect.importers.contacts_csv import GoogleCsvReader, OutlookCsvReader
    from hrconnect.importers.facebook import FacebookReader
    from hrconnect.importers.linkedin import LinkedInReader
    from hrconnect.importers.vcard import VCardReader

    return (
        LinkedInReader(),
        FacebookReader(),
        VCardReader(),
        GoogleCsvReader(),
        OutlookCsvReader(),
    )


@dataclass
class Detection:
    """What was found in one path the user gave.

    Close it (or use it as a context manager) once its sources have been read.
    """

    path: Path
    sources: list[DetectedSource]
    ignored: list[SourceEntry]
    problems: list[RecordProblem]
    trees: list[SourceTree] = field(default_factory=list, repr=False)

    def close(self) -> None:
        """Release the trees' file handles."""
        for tree in self.trees:
            tree.close()

    def __enter__(self) -> Detection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def detect(
    path: Path, readers: Sequence[FormatReader] | None = None, limits: SourceLimits = DEFAULT_LIMITS
) -> Detection:
    """Find every importable source in a file, folder or ZIP.

    Raises:
        UnusableSourceError: the path does not exist or cannot be read, is a broken archive,
            or contains nothing any reader recognises (reason ``unknown_format``).
    """
    chosen = tuple(readers) if readers is not None else default_readers()
    root = open_tree(path, limits)
    detection = Detection(path, [], [], [], [root])
    try:
        _claim_tree(root, chosen, detection)
        if not detection.sources:
            raise UnusableSourceError(
                _nothing_found_message(detection), reason="unknown_format", where=str(path)
            )
    except BaseException:
        detection.close()
        raise
    return detection


def _claim_tree(
    tree: SourceTree, readers: Sequence[FormatReader], detection: Detection, *, nested: bool = False
) -> None:
    entries = tree.entries()
    detection.problems.extend(tree.problems)
    zips = [e for e in entries if e.suffix == ".zip" or is_zip(_head(e))]
    remaining = [e for e in entries if e not in zips]
    for reader in readers:
        if not remaining:
            break
        claimed = reader.claim(tree, remaining)
        taken = {id(entry) for source in claimed for entry in source.entries}
        detection.sources.extend(claimed)
        remaining = [e for e in remaining if id(e) not in taken]
    if not any(
        s.format_id in ARCHIVE_FORMATS
        for s in detection.sources
        if s.entries and s.entries[0].archive == tree.display_name
    ):
        # Inside a LinkedIn or Facebook archive, files we do not read (photos, posts, ads)
        # are not "unrecognised": they are parts of an export we understood.
        detection.ignored.extend(remaining)
    if nested:
        return
    for entry in zips:
        try:
            inner = open_nested_zip(tree, entry)
        except UnusableSourceError as error:
            detection.problems.append(
                RecordProblem(entry.locator(), error.reason, ProblemSeverity.FAILED, str(error))
            )
            continue
        detection.trees.append(inner)
        _claim_tree(inner, readers, detection, nested=True)


def _head(entry: SourceEntry) -> bytes:
    try:
        return entry.head(4)
    except (OSError, UnusableSourceError):
        return b""


def _nothing_found_message(detection: Detection) -> str:
    if detection.problems:
        first = detection.problems[0]
        return f"no contact export found ({first.reason}: {first.locator.describe()})"
    if detection.ignored:
        names = ", ".join(e.path for e in detection.ignored[:3])
        more = f" and {len(detection.ignored) - 3} more" if len(detection.ignored) > 3 else ""
        return f"not a LinkedIn, Facebook, vCard, Google or Outlook export ({names}{more})"
    return "the folder or archive is empty"
