# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Finding the files of a LinkedIn export in a tree, by loose name and by header content.

LinkedIn's file names drift between years (``Phone Numbers.csv`` → ``PhoneNumbers.csv``,
``Messages.csv`` → ``messages.csv``) and users add `` (1)`` when they download twice, so names
are folded (case, spaces, underscores and a copy counter ignored) before they are compared. A
name alone never makes a file LinkedIn's: the header is sniffed from the first few kilobytes,
cheaply, without decoding the whole file.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from hrconnect.errors import UnusableSourceError
from hrconnect.importers.csvtable import header_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from hrconnect.importers.sources import SourceEntry

SNIFF_BYTES = 16 * 1024
SNIFF_LINES = 15
_COPY_COUNTER = re.compile(r"\(\d+\)$")


class Role(StrEnum):
    """What a LinkedIn file is for."""

    CONNECTIONS = "connections"
    LEGACY_CONNECTIONS = "legacy_connections"
    MESSAGES = "messages"
    INVITATIONS = "invitations"
    PROFILE = "profile"
    POSITIONS = "positions"
    EMAILS = "emails"
    PHONES = "phones"


ROLE_NAMES: dict[str, Role] = {
    "connections.csv": Role.CONNECTIONS,
    "linkedinconnectionsexportmicrosoftoutlook.csv": Role.LEGACY_CONNECTIONS,
    "messages.csv": Role.MESSAGES,
    "invitations.csv": Role.INVITATIONS,
    "profile.csv": Role.PROFILE,
    "positions.csv": Role.POSITIONS,
    "emailaddresses.csv": Role.EMAILS,
    "phonenumbers.csv": Role.PHONES,
}
"""Folded file name → role (see :func:`fold_name`)."""

OTHER_ARCHIVE_FILES = frozenset(
    {
        "adtargeting.csv",
        "articles.csv",
        "causesyoucareabout.csv",
        "certifications.csv",
        "coachmessages.csv",
        "companyfollows.csv",
        "contacts.csv",
        "courses.csv",
        "education.csv",
        "endorsementgiveninfo.csv",
        "endorsementreceivedinfo.csv",
        "events.csv",
        "honors.csv",
        "importedcontacts.csv",
        "inferencesaboutyou.csv",
        "jobapplicantsavedanswers.csv",
        "jobapplicantsavedscreeningquestionresponses.csv",
        "jobapplications.csv",
        "jobseekerpreferences.csv",
        "languages.csv",
        "learning.csv",
        "learningcoachmessages.csv",
        "learningrolepaymessages.csv",
        "logins.csv",
        "memberfollows.csv",
        "organizations.csv",
        "patents.csv",
        "privacysettings.csv",
        "profilesummary.csv",
        "projects.csv",
        "publications.csv",
        "recommendationsgiven.csv",
        "recommendationsreceived.csv",
        "registration.csv",
        "richmedia.csv",
        "savedjobalerts.csv",
        "savedjobs.csv",
        "searchqueries.csv",
        "securitychallenges.csv",
        "skills.csv",
        "testscores.csv",
        "volunteering.csv",
        "whatsappphonenumbers.csv",
    }
)
"""Folded names of archive files hrconnect does not read; they are claimed (so they are not
reported as unknown) and listed as ignored."""

_OTHER_PREFIXES = ("receipts", "adtargeting", "endorsement", "recommendations")
_OTHER_FOLDERS = frozenset({"jobs", "articles", "verifications"})


def fold_name(name: str) -> str:
    """A file name folded for comparison: lower case, no spaces/underscores, no `` (1)``.

    >>> fold_name("Phone Numbers (1).csv")
    'phonenumbers.csv'
    """
    path = PurePosixPath(name)
    stem = _COPY_COUNTER.sub("", path.stem.strip()).strip()
    folded = (stem + path.suffix).casefold()
    return folded.replace(" ", "").replace("_", "")


def role_of(entry: SourceEntry) -> Role | None:
    """The role a file's name suggests, or None."""
    return ROLE_NAMES.get(fold_name(entry.name))


def is_other_archive_file(entry: SourceEntry, root: str) -> bool:
    """True for a LinkedIn archive file (under ``root``) that hrconnect does not read."""
    path = PurePosixPath(entry.path)
    try:
        relative = path.relative_to(root) if root else path
    except ValueError:
        return False
    if len(relative.parts) > 1:
        return relative.parts[0].casefold() in _OTHER_FOLDERS
    folded = fold_name(entry.name)
    return folded in OTHER_ARCHIVE_FILES or (
        folded.endswith(".csv") and folded.startswith(_OTHER_PREFIXES)
    )


# Header predicates. Each gets the folded cells of one candidate line (csvtable.header_key).


def is_connections_header(cells: Sequence[str]) -> bool:
    """A Connections.csv header of any era, including Excel copies with columns deleted."""
    have = set(cells)
    has_names = "first name" in have and "last name" in have
    others = have & {"url", "email address", "company", "position", "connected on"}
    if "connected on" in have:
        return has_names or len(others) >= 2
    return has_names and bool(others)


def has_connected_on(cells: Sequence[str]) -> bool:
    """The strict test for a loose file: a LinkedIn-only column, not just first/last name.

    Google and Outlook contact CSVs also have ``First Name`` and ``Last Name``.
    """
    return "connected on" in cells and is_connections_header(cells)


def is_legacy_connections_header(cells: Sequence[str]) -> bool:
    """The Outlook-shaped header of the pre-archive ``…_microsoft_outlook.csv`` export."""
    have = set(cells)
    return {"first name", "last name"} <= have and bool(
        have & {"e-mail address", "company", "job title"}
    )


def is_messages_header(cells: Sequence[str]) -> bool:
    """messages.csv: 2021+ (``CONVERSATION ID``…) or 2018 (``From,To,Date,…,Folder``)."""
    have = set(cells)
    if {"conversation id", "from", "date"} <= have:
        return True
    return {"from", "to", "date"} <= have and bool(have & {"content", "subject"})


def is_invitations_header(cells: Sequence[str]) -> bool:
    """Invitations.csv (``From,To,Sent At,Message,Direction`` and later URL columns)."""
    return {"from", "to", "sent at"} <= set(cells)


def is_profile_header(cells: Sequence[str]) -> bool:
    """Profile.csv (the owner's names, headline, birth date)."""
    have = set(cells)
    return {"first name", "last name"} <= have and bool(
        have & {"headline", "birth date", "maiden name", "industry"}
    )


def is_positions_header(cells: Sequence[str]) -> bool:
    """Positions.csv (the owner's jobs)."""
    have = set(cells)
    return {"company name", "title"} <= have and bool(have & {"started on", "finished on"})


def is_emails_header(cells: Sequence[str]) -> bool:
    """Email Addresses.csv (the owner's addresses)."""
    have = set(cells)
    return "email address" in have and bool(have & {"primary", "confirmed", "updated on"})


def is_phones_header(cells: Sequence[str]) -> bool:
    """PhoneNumbers.csv / Phone Numbers.csv (the owner's numbers)."""
    have = set(cells)
    return "number" in have and bool(have & {"type", "extension"})


HEADER_TESTS: dict[Role, Callable[[Sequence[str]], bool]] = {
    Role.CONNECTIONS: is_connections_header,
    Role.LEGACY_CONNECTIONS: is_legacy_connections_header,
    Role.MESSAGES: is_messages_header,
    Role.INVITATIONS: is_invitations_header,
    Role.PROFILE: is_profile_header,
    Role.POSITIONS: is_positions_header,
    Role.EMAILS: is_emails_header,
    Role.PHONES: is_phones_header,
}
"""The header test used both to claim and to find the header row when reading."""

EVIDENCE_ROLES = (Role.MESSAGES, Role.PROFILE, Role.INVITATIONS)
"""Roles whose LinkedIn-shaped header makes a folder a LinkedIn archive on its own."""


def sniff_lines(entry: SourceEntry) -> list[list[str]]:
    """The folded cells of the first lines, per delimiter tried; never raises.

    Reads only the head. Decodes leniently (headers are ASCII; a cp1252 accent in a preamble
    must not hide the header), honouring UTF-8 and UTF-16 BOMs.

    Returns:
        Candidate rows: the head parsed with ``,``, then ``;``, then tab, concatenated.
    """
    try:
        head = entry.head(SNIFF_BYTES)
    except (UnusableSourceError, OSError, EOFError, zipfile.BadZipFile, RuntimeError):
        return []
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")
    # Stray NUL bytes are dropped, as the reader itself does (text.iter_lines); truly binary
    # content simply fails every header test.
    lines = text.replace("\x00", "").splitlines()[:SNIFF_LINES]
    rows: list[list[str]] = []
    for delimiter in (",", ";", "\t"):
        try:
            rows.extend(
                [header_key(c) for c in cells]
                for cells in csv.reader(lines, delimiter=delimiter, strict=False)
            )
        except csv.Error:
            continue
    return rows


def sniff(entry: SourceEntry, test: Callable[[Sequence[str]], bool]) -> bool:
    """True if a line near the top of ``entry`` passes the header ``test``; never raises."""
    return any(test(cells) for cells in sniff_lines(entry))


@dataclass(slots=True)
class ArchiveFiles:
    """The LinkedIn files found in one folder of a tree.

    Attributes:
        root: The folder (``""`` for the tree's root).
        by_role: The file chosen for each role (the first by path when a name repeats).
        duplicates: Files with a role already taken (``Phone Numbers.csv`` beside
            ``PhoneNumbers.csv``); not read.
        others: Known LinkedIn archive files hrconnect does not read.
    """

    root: str
    by_role: dict[Role, SourceEntry] = field(default_factory=dict)
    duplicates: list[SourceEntry] = field(default_factory=list)
    others: list[SourceEntry] = field(default_factory=list)

    def claimed_entries(self) -> tuple[SourceEntry, ...]:
        """Every entry this source takes: those it reads plus the ignored archive files."""
        return (*self.by_role.values(), *self.duplicates, *self.others)


def group_by_folder(entries: Iterable[SourceEntry]) -> list[ArchiveFiles]:
    """Group role-named files by their folder; each folder is a candidate archive root.

    An archive's files all sit at its root (plus a few subfolders such as ``Jobs/``), so two
    exports unpacked side by side in one folder stay two sources.
    """
    groups: dict[str, ArchiveFiles] = {}
    for entry in sorted(entries, key=lambda e: e.path):
        role = role_of(entry)
        if role is None:
            continue
        folder = str(PurePosixPath(entry.path).parent)
        folder = "" if folder == "." else folder
        group = groups.setdefault(folder, ArchiveFiles(folder))
        if role in group.by_role:
            group.duplicates.append(entry)
        else:
            group.by_role[role] = entry
    return list(groups.values())
