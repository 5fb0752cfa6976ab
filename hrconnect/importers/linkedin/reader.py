# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The LinkedIn format reader: claims archives (ZIP or folder) and bare Connections files.

Claiming is by content. A folder of a tree is a LinkedIn archive when one of its files has a
LinkedIn-shaped header: a Connections file with ``Connected On``, or messages, Profile or
Invitations. A loose CSV is a bare Connections file only when its header has ``Connected On``
(Google and Outlook CSVs have ``First Name``/``Last Name`` too), or when it is the pre-archive
``linkedin_connections_export_microsoft_outlook.csv`` with its Outlook-shaped header.

Reading an archive opens every file first. A file that cannot be used at all (empty, binary, no
header) becomes one FAILED problem when another file of the archive is usable; when none is,
the archive raises ``UnusableSourceError`` before yielding anything. Files are read owner
first (so "me" is known), then connections, messages and invitations.
"""

from __future__ import annotations

import dataclasses
import logging
import zipfile
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from hrconnect.core.records import FileSummary, ProblemSeverity, RecordProblem
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.base import DetectedSource
from hrconnect.importers.csvtable import require_table
from hrconnect.importers.linkedin.connections import read_connections
from hrconnect.importers.linkedin.files import (
    EVIDENCE_ROLES,
    HEADER_TESTS,
    ArchiveFiles,
    Role,
    group_by_folder,
    has_connected_on,
    is_connections_header,
    is_legacy_connections_header,
    is_other_archive_file,
    role_of,
    sniff,
)
from hrconnect.importers.linkedin.invitations import read_invitations
from hrconnect.importers.linkedin.messages import read_messages
from hrconnect.importers.linkedin.owner import (
    read_owner_emails,
    read_owner_phones,
    read_positions,
    read_profile,
)
from hrconnect.importers.linkedin.rows import MID_STREAM_ERRORS
from hrconnect.importers.linkedin.values import OwnerIdentity
from hrconnect.importers.sources import FileTree

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterator, Sequence

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.csvtable import CsvTable
    from hrconnect.importers.sources import SourceEntry, SourceTree

log = logging.getLogger(__name__)
R = TypeVar("R")

ARCHIVE_FORMAT = "linkedin-archive"
CONNECTIONS_FORMAT = "linkedin-connections"
_TEXT_SUFFIXES = (".csv", ".txt")
READ_ORDER = (
    Role.PROFILE,
    Role.EMAILS,
    Role.PHONES,
    Role.POSITIONS,
    Role.CONNECTIONS,
    Role.LEGACY_CONNECTIONS,
    Role.MESSAGES,
    Role.INVITATIONS,
)


def _is_any_connections_header(cells: Sequence[str]) -> bool:
    return is_connections_header(cells) or is_legacy_connections_header(cells)


_READ_HEADERS: dict[Role, Callable[[Sequence[str]], bool]] = {
    **HEADER_TESTS,
    Role.CONNECTIONS: _is_any_connections_header,
    Role.LEGACY_CONNECTIONS: _is_any_connections_header,
}


class LinkedInReader:
    """LinkedIn data exports: the archive (ZIP or unpacked folder) and bare Connections files."""

    format_id = ARCHIVE_FORMAT

    def claim(self, tree: SourceTree, entries: Sequence[SourceEntry]) -> list[DetectedSource]:
        """Claim LinkedIn archives and Connections files among ``entries``, by content.

        An archive source takes the files it reads plus the LinkedIn files it knows and ignores
        (Skills.csv, Jobs/…), so those are not reported as unrecognised. Never raises.

        Returns:
            ``linkedin-archive`` sources (one per archive folder) and ``linkedin-connections``
            sources (one per bare Connections file).
        """
        texts = [e for e in entries if e.suffix in _TEXT_SUFFIXES]
        sources: list[DetectedSource] = []
        taken: set[int] = set()
        for group in group_by_folder(texts):
            source = self._claim_group(tree, group, entries, taken)
            if source is not None:
                sources.append(source)
                taken.update(id(entry) for entry in source.entries)
        for entry in texts:
            if id(entry) in taken or role_of(entry) is not None:
                continue
            if sniff(entry, has_connected_on):
                sources.append(_connections_source(tree, entry, Role.CONNECTIONS))
                taken.add(id(entry))
        return sources

    def _claim_group(
        self,
        tree: SourceTree,
        group: ArchiveFiles,
        entries: Sequence[SourceEntry],
        taken: set[int],
    ) -> DetectedSource | None:
        roles = group.by_role
        connections = roles.get(Role.CONNECTIONS)
        legacy = roles.get(Role.LEGACY_CONNECTIONS)
        strict_connections = connections is not None and sniff(connections, has_connected_on)
        legacy_ok = legacy is not None and sniff(legacy, is_legacy_connections_header)
        evidence = strict_connections or any(
            sniff(roles[role], HEADER_TESTS[role]) for role in EVIDENCE_ROLES if role in roles
        )
        if not evidence and not legacy_ok:
            return None
        claimed = {id(e) for e in group.claimed_entries()}
        others = [
            e
            for e in entries
            if id(e) not in claimed and id(e) not in taken and is_other_archive_file(e, group.root)
        ]
        lone_file = set(roles) in ({Role.CONNECTIONS}, {Role.LEGACY_CONNECTIONS})
        if lone_file and not group.duplicates and not others:
            only = connections or legacy
            assert only is not None
            return _connections_source(tree, only, next(iter(roles)))
        if not evidence:
            # Only the legacy export is recognisable; the other files are not LinkedIn's.
            assert legacy is not None
            return _connections_source(tree, legacy, Role.LEGACY_CONNECTIONS)
        group.others.extend(others)
        return DetectedSource(
            format_id=ARCHIVE_FORMAT,
            label=_label(tree, group.root),
            entries=group.claimed_entries(),
            read=partial(read_archive, group),
        )


def _label(tree: SourceTree, path: str) -> str:
    if isinstance(tree, FileTree) or not path:
        return tree.display_name
    return f"{tree.display_name}/{path}"


def _connections_source(tree: SourceTree, entry: SourceEntry, role: Role) -> DetectedSource:
    return DetectedSource(
        format_id=CONNECTIONS_FORMAT,
        label=_label(tree, entry.path),
        entries=(entry,),
        read=partial(read_connections_file, entry, role),
    )


def read_connections_file(entry: SourceEntry, role: Role) -> Iterator[ImportItem]:
    """Read a bare Connections file (any era) as its own source.

    Raises:
        UnusableSourceError: the file is empty, binary or has no Connections header; raised
            before anything is yielded.
    """
    table = require_table(entry, _READ_HEADERS[role], "LinkedIn Connections")
    reader = read_connections(table, CONNECTIONS_FORMAT, OwnerIdentity())
    yield from _guarded(entry, reader, set(), CONNECTIONS_FORMAT)


def read_archive(files: ArchiveFiles) -> Iterator[ImportItem]:
    """Read a LinkedIn archive: owner files, connections, messages, invitations.

    Yields:
        Items of every file in that order, each file ending with its ``FileSummary``; the first
        summary also lists the archive files that were ignored (``ignored_file:<path>``). A
        file that cannot be opened gives one FAILED problem; one that breaks part-way keeps
        what was read and gives one FAILED problem.

    Raises:
        UnusableSourceError: no file of the archive can be used; raised before any item.
    """
    tables: list[tuple[Role, CsvTable]] = []
    failures: list[RecordProblem | FileSummary] = []
    first_error: UnusableSourceError | None = None
    for role in READ_ORDER:
        entry = files.by_role.get(role)
        if entry is None:
            continue
        try:
            tables.append((role, require_table(entry, _READ_HEADERS[role], entry.name)))
        except (UnusableSourceError, zipfile.BadZipFile, OSError, EOFError, UnicodeError) as error:
            unusable = (
                error
                if isinstance(error, UnusableSourceError)
                else UnusableSourceError(
                    f"cannot be read ({error})",
                    reason="unreadable",
                    where=entry.locator().describe(),
                )
            )
            first_error = first_error or unusable
            failures.append(RecordProblem(entry.locator(), unusable.reason, detail=str(unusable)))
            failures.append(FileSummary(entry.locator(), ARCHIVE_FORMAT, 0, ("read_failed",)))
    if not tables:
        raise first_error or UnusableSourceError("no LinkedIn file found", reason="no_header")
    yield from _with_archive_notes(_read_tables(tables, failures), files)


def _read_tables(
    tables: list[tuple[Role, CsvTable]], failures: list[RecordProblem | FileSummary]
) -> Iterator[ImportItem]:
    yield from failures
    owner = OwnerIdentity()
    connection_slugs: set[str] = set()
    for role, table in tables:
        entry = table.entry
        if role is Role.PROFILE:
            owner = yield from _guarded(entry, read_profile(table, ARCHIVE_FORMAT), owner)
        elif role is Role.EMAILS:
            yield from _guarded(entry, read_owner_emails(table, ARCHIVE_FORMAT), None)
        elif role is Role.PHONES:
            yield from _guarded(entry, read_owner_phones(table, ARCHIVE_FORMAT), None)
        elif role is Role.POSITIONS:
            yield from _guarded(entry, read_positions(table, ARCHIVE_FORMAT), None)
        elif role in (Role.CONNECTIONS, Role.LEGACY_CONNECTIONS):
            reader = read_connections(table, ARCHIVE_FORMAT, owner)
            slugs: set[str] = yield from _guarded(entry, reader, set())
            connection_slugs |= slugs
        elif role is Role.MESSAGES:
            messages = read_messages(table, ARCHIVE_FORMAT, owner, connection_slugs)
            yield from _guarded(entry, messages, None)
        elif role is Role.INVITATIONS:
            yield from _guarded(entry, read_invitations(table, ARCHIVE_FORMAT, owner), None)


def _guarded(
    entry: SourceEntry,
    items: Generator[ImportItem, None, R],
    fallback: R,
    format_id: str = ARCHIVE_FORMAT,
) -> Generator[ImportItem, None, R]:
    """Run one file's reader so that nothing it raises escapes ``read()``.

    Row-level and part-way failures are handled inside the file readers; what reaches this
    point is either a source error outside the row loop or a defect. Either way the file gets
    one FAILED problem and an empty summary, and the other files are still read.

    Returns:
        The file reader's result, or ``fallback`` when it failed.
    """
    try:
        return (yield from items)
    except MID_STREAM_ERRORS as error:
        reason, detail = getattr(error, "reason", "file_unreadable"), str(error)
        log.info("%s could not be read: %s", entry.locator().describe(), error)
    except Exception as error:  # the contract: no raw exception leaves read()
        reason, detail = "internal_error", repr(error)
        log.exception("defect while reading %s", entry.locator().describe())
    yield RecordProblem(entry.locator(), reason, ProblemSeverity.FAILED, detail)
    yield FileSummary(entry.locator(), format_id, 0, ("read_failed",))
    return fallback


def _with_archive_notes(items: Iterator[ImportItem], files: ArchiveFiles) -> Iterator[ImportItem]:
    """Pass items through, adding the ignored files to the first ``FileSummary``."""
    extra = [f"ignored_file:{entry.path}" for entry in (*files.duplicates, *files.others)]
    for item in items:
        if extra and isinstance(item, FileSummary):
            item = dataclasses.replace(item, notes=(*item.notes, *extra))
            extra = []
        yield item
