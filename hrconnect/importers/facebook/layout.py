# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Finding what we read in a Facebook archive of any era, by file name anywhere in the tree.

The folders moved several times (FORMATS.md §2.1): friends live in ``friends/``,
``friends_and_followers/`` or ``connections/friends/``; message threads under ``messages/``,
``your_activity_across_facebook/messages/`` or ``your_facebook_activity/messages/``, in the
sections ``inbox``, ``archived_threads``, ``filtered_threads``, ``message_requests`` and
``e2ee_cutover``; the zip root is often a ``facebook-<user>`` folder. So we never rely on fixed
paths: files are recognised by name and confirmed by a sniff of their first bytes.

A folder may hold several unpacked archives side by side; their files are grouped by the part
of the path before the first known top-level folder, so each archive becomes its own source.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from hrconnect.errors import UnusableSourceError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.importers.sources import SourceEntry, SourceTree

SNIFF_BYTES = 8192

FRIENDS_JSON_NAMES = frozenset({"friends.json", "your_friends.json"})
FRIENDS_HTML_NAMES = frozenset({"friends.htm", "friends.html", "your_friends.html"})
PROFILE_NAMES = frozenset({"profile_information.json"})
MESSAGE_SECTIONS = frozenset(
    {"inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"}
)
# Top-level folders of the archive in some era; what comes before the first is the archive root.
ROOT_ANCHORS = frozenset(
    {
        "friends",
        "friends_and_followers",
        "connections",
        "messages",
        "your_activity_across_facebook",
        "your_facebook_activity",
        "html",
        "profile_information",
        "personal_information",
        "profile",
    }
)
# Instagram archives share Messenger's thread format; they are not Facebook friends' messages.
FOREIGN_FOLDERS = frozenset({"your_instagram_activity"})

_MESSAGE_FILE = re.compile(r"^message_(\d+)\.json$", re.IGNORECASE)
_MESSAGE_HTML = re.compile(r"^message_(\d+)\.html?$", re.IGNORECASE)
# Messenger's secure-storage (E2EE) download: one flat ``<Name>_<N>.json`` per thread.
_SECURE_STORAGE_FILE = re.compile(r"^.+_\d+\.json$", re.IGNORECASE)

_FRIENDS_KEY = re.compile(rb'"friends(?:_v2)?"\s*:')
_PROFILE_KEY = re.compile(rb'"profile(?:_v2)?"\s*:')
_PARTICIPANTS_KEY = re.compile(rb'"participants"\s*:')
_THREAD_BODY_KEY = re.compile(rb'"(?:messages|threadName)"\s*:')
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|div)\b", re.IGNORECASE)


@dataclass(slots=True)
class ThreadFiles:
    """The files of one message thread (a long thread is split over ``message_N.json``).

    Attributes:
        key: The thread folder's name (``janedoe_k3x9qa1zp``), or the file's stem for a
            secure-storage thread; the first part of each interaction's source key.
        files: The thread's files, in part order.
    """

    key: str
    files: list[SourceEntry] = field(default_factory=list)


@dataclass(slots=True)
class ArchiveParts:
    """What one Facebook archive holds that we read.

    Attributes:
        root: Path of the archive root inside the tree (``""`` or ``facebook-jane123``).
        profiles: ``profile_information.json`` files (the owner's own name).
        friends_json: Friends lists in JSON.
        friends_html: Friends pages in HTML, read only when there is no friends JSON.
        threads: Message threads by key.
        messages_path: The messages folder, for the messages summary's locator.
        html_thread_files: ``message_N.html`` files, which we do not read (counted for notes).
    """

    root: str
    profiles: list[SourceEntry] = field(default_factory=list)
    friends_json: list[SourceEntry] = field(default_factory=list)
    friends_html: list[SourceEntry] = field(default_factory=list)
    threads: dict[str, ThreadFiles] = field(default_factory=dict)
    messages_path: str = ""
    html_thread_files: int = 0

    @property
    def has_content(self) -> bool:
        """True when anything we read was found."""
        return bool(self.profiles or self.friends_json or self.friends_html or self.threads)

    @property
    def uses_html_friends(self) -> bool:
        """True when friends come from HTML (no friends JSON in the archive)."""
        return not self.friends_json and bool(self.friends_html)

    def entries(self) -> tuple[SourceEntry, ...]:
        """Every file that reading this archive opens, for the source's fingerprint."""
        friends = self.friends_html if self.uses_html_friends else self.friends_json
        thread_files = [f for thread in self.threads.values() for f in thread.files]
        return (*self.profiles, *friends, *thread_files)


@dataclass(slots=True)
class _Candidate:
    number: int
    entry: SourceEntry


def find_archives(tree: SourceTree, entries: Sequence[SourceEntry]) -> list[ArchiveParts]:
    """Group the entries we can read into archives, sniffing each kind of file once.

    Friends, profile and HTML files are sniffed one by one. Thread files are sniffed per
    messages folder until one file confirms the folder, so claiming an archive of thousands of
    threads stays cheap; a thread file that turns out broken is reported when read.

    Never raises: an entry that cannot be sniffed is simply not claimed.
    """
    archives: dict[str, ArchiveParts] = {}
    messages_folders: dict[tuple[str, str], dict[str, list[_Candidate]]] = {}
    secure_files: list[tuple[str, SourceEntry]] = []
    html_threads: dict[str, int] = {}

    def archive(root: str) -> ArchiveParts:
        return archives.setdefault(root, ArchiveParts(root))

    for entry in entries:
        parts = PurePosixPath(entry.path).parts
        lower = [part.casefold() for part in parts]
        if FOREIGN_FOLDERS.intersection(lower[:-1]):
            continue
        name = lower[-1]
        root = _root_of(parts, lower)
        if name in FRIENDS_JSON_NAMES:
            if _sniff(entry, _FRIENDS_KEY):
                archive(root).friends_json.append(entry)
        elif name in FRIENDS_HTML_NAMES:
            if _sniff(entry, _HTML_START):
                archive(root).friends_html.append(entry)
        elif name in PROFILE_NAMES:
            if _sniff(entry, _PROFILE_KEY):
                archive(root).profiles.append(entry)
        elif match := _MESSAGE_FILE.match(name):
            folder = parts[-2] if len(parts) > 1 else PurePosixPath(tree.display_name).stem
            messages_path = _messages_path("/".join(parts[:-2]), folder)
            threads = messages_folders.setdefault((root, messages_path), {})
            threads.setdefault(folder, []).append(_Candidate(int(match[1]), entry))
        elif _MESSAGE_HTML.match(name) and "messages" in lower:
            html_threads[root] = html_threads.get(root, 0) + 1
        elif _SECURE_STORAGE_FILE.match(name) and (len(parts) <= 2 or lower[-2] == "messages"):
            secure_files.append((root, entry))

    for (root, messages_path), threads in sorted(messages_folders.items()):
        if not _confirmed(threads):
            continue
        parts_of_root = archive(root)
        parts_of_root.messages_path = parts_of_root.messages_path or messages_path
        for folder, candidates in sorted(threads.items()):
            thread = parts_of_root.threads.setdefault(folder, ThreadFiles(folder))
            thread.files.extend(c.entry for c in sorted(candidates, key=lambda c: c.number))

    for root, entry in secure_files:
        if _sniff(entry, _PARTICIPANTS_KEY) and _sniff(entry, _THREAD_BODY_KEY):
            found = archive(root)
            key = PurePosixPath(entry.path).stem
            found.threads.setdefault(key, ThreadFiles(key)).files.append(entry)
            if not found.messages_path:
                parent = str(PurePosixPath(entry.path).parent)
                found.messages_path = "" if parent == "." else parent

    for root, count in html_threads.items():
        if root in archives:
            archives[root].html_thread_files = count
    return [found for _, found in sorted(archives.items()) if found.has_content]


def _root_of(parts: Sequence[str], lower: Sequence[str]) -> str:
    for index, part in enumerate(lower[:-1]):
        if part in ROOT_ANCHORS:
            return "/".join(parts[:index])
    return ""


def _messages_path(section: str, first_folder: str) -> str:
    path = PurePosixPath(section) if section else PurePosixPath(first_folder)
    if path.name.casefold() in MESSAGE_SECTIONS and str(path.parent) != ".":
        return str(path.parent)
    return str(path)


def _confirmed(threads: dict[str, list[_Candidate]]) -> bool:
    """True once any thread file of a messages folder sniffs as a thread (usually the first)."""
    for _, candidates in sorted(threads.items()):
        for candidate in sorted(candidates, key=lambda c: c.number):
            if _sniff(candidate.entry, _PARTICIPANTS_KEY):
                return True
    return False


def _sniff(entry: SourceEntry, pattern: re.Pattern[bytes]) -> bool:
    try:
        head = entry.head(SNIFF_BYTES)
    except (OSError, EOFError, ValueError, zlib.error, UnusableSourceError):
        return False
    return pattern.search(head) is not None
