# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Message threads: last-contact dates, one interaction per thread, person and UTC day.

Each thread folder holds ``message_1.json``, ``message_2.json``... (a long thread is split; it is
still one thread). A file has ``participants`` (objects with ``name``, or plain strings in the
secure-storage shape) and ``messages`` with ``sender_name``/``senderName``, ``timestamp_ms`` (or
``timestamp``: seconds in the first 2018 exports, milliseconds in secure storage; the magnitude
decides) and ``content``/``text``. Unsent messages are ignored.

Reading happens in two passes over what is kept in memory, not over the files: first every
thread is digested into its participants and, per UTC day, its newest message; then, once the
owner is known (from ``profile_information.json`` or as the participant present in most
threads), the digests become interactions. A digest keeps one small record per day, so memory
grows with the number of thread-days, not with the number of messages.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from anyascii import anyascii

from hrconnect.core.identifiers import key_text
from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.core.progress import Progress
from hrconnect.core.records import (
    Counterpart,
    FileSummary,
    ForeignInteraction,
    Locator,
    ProblemSeverity,
    RecordProblem,
)
from hrconnect.importers.dates import from_unix
from hrconnect.importers.facebook.friends import FORMAT_ID
from hrconnect.importers.facebook.jsonfile import BrokenFileError, load_json
from hrconnect.importers.facebook.mojibake import repair_mojibake
from hrconnect.importers.facebook.names import clean_name, is_placeholder_name

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from datetime import date, datetime

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.facebook.layout import ThreadFiles
    from hrconnect.importers.sources import SourceEntry

PROGRESS_EVERY_THREADS = 200
SUMMARY_CHARS = 280


@dataclass(slots=True)
class _DayMark:
    """The newest message of one thread on one UTC day."""

    at: datetime
    sender_key: str
    entry: SourceEntry
    position: int
    text: str = ""
    """Raw (unrepaired) content of the day's newest message that has text."""
    text_at: datetime | None = None


@dataclass(slots=True)
class ThreadDigest:
    """What a thread says about last contact.

    Attributes:
        key: The thread folder's name.
        names: Folded name → display name of every named, non-placeholder participant or
            sender (the owner included), in order of appearance.
        placeholders: Placeholder participants ("Facebook User", empty, invisible).
        days: The newest message per UTC day.
        slug: The folder name's folded slug (``janedoe`` for ``janedoe_k3x9``): Facebook names
            one-to-one threads after the other person, which tells the owner apart.
    """

    key: str
    names: dict[str, str] = field(default_factory=dict)
    placeholders: int = 0
    days: dict[date, _DayMark] = field(default_factory=dict)
    slug: str = ""


@dataclass(frozen=True, slots=True)
class Owner:
    """Who the archive's owner is among the participants.

    Attributes:
        key: Folded name, or None when it cannot be told.
        how: Note key: ``owner_from_profile``, ``owner_inferred`` or ``owner_unknown``.
        display_name: The name as written, when known.
        is_certain: True when the profile named them, or they are in every one of at least two
            threads (safe to report as the owner's own facts).
    """

    key: str | None
    how: str
    display_name: str = ""
    is_certain: bool = False


@dataclass(slots=True)
class _Tally:
    threads_read: int = 0
    unsent: int = 0
    bad_messages: int = 0
    placeholder_threads: int = 0
    without_counterpart: int = 0
    without_messages: int = 0
    cp1252_files: int = 0


class ThreadCollector:
    """Reads threads into digests, then turns them into interactions.

    Use :meth:`iter_read` first, then :meth:`find_owner`, then :meth:`iter_interactions`.
    """

    def __init__(self, threads: Sequence[ThreadFiles]) -> None:
        self._threads = threads
        self._digests: list[ThreadDigest] = []
        self._tally = _Tally()
        self._people: dict[str, tuple[str, str]] = {}

    def iter_read(self) -> Iterator[ImportItem]:
        """Digest every thread.

        Yields:
            ``Progress`` every :data:`PROGRESS_EVERY_THREADS` threads, and a FAILED
            ``RecordProblem`` for each file that cannot be read (its thread's other files are
            still read).
        """
        total = len(self._threads)
        for done, thread in enumerate(self._threads, start=1):
            digest = ThreadDigest(thread.key, slug=_folder_slug(thread.key))
            files_read = 0
            for entry in thread.files:
                problem = self._read_file(entry, digest)
                if problem is None:
                    files_read += 1
                else:
                    yield problem
            if files_read:
                self._tally.threads_read += 1
                self._digests.append(digest)
            if done % PROGRESS_EVERY_THREADS == 0 or done == total:
                yield Progress(done, total, "reading", thread.key)

    def find_owner(self, profile_name: str) -> Owner:
        """Decide who the owner is among the thread participants.

        The profile's name wins when it takes part in some thread; otherwise the participant
        present in most threads, ties broken against the person a one-to-one thread folder is
        named after. A tie that remains leaves the owner unknown (no direction is given then).
        """
        counts: Counter[str] = Counter()
        named_after: Counter[str] = Counter()
        display: dict[str, str] = {}
        for digest in self._digests:
            for key, name in digest.names.items():
                counts[key] += 1
                display.setdefault(key, name)
                if digest.slug and _slug(key) == digest.slug:
                    named_after[key] += 1
        profile_key = key_text(profile_name) if profile_name else ""
        if profile_key and (profile_key in counts or not counts):
            return Owner(profile_key, "owner_from_profile", profile_name, is_certain=True)
        if not counts:
            return Owner(None, "owner_unknown")
        ranked = sorted(counts, key=lambda k: (-counts[k], named_after[k], k))
        best = ranked[0]
        if len(ranked) > 1 and (counts[ranked[1]], named_after[ranked[1]]) == (
            counts[best],
            named_after[best],
        ):
            return Owner(None, "owner_unknown")
        certain = len(self._digests) >= 2 and counts[best] == len(self._digests)
        return Owner(best, "owner_inferred", display[best], is_certain=certain)

    def iter_interactions(self, owner: Owner) -> Iterator[ForeignInteraction]:
        """One interaction per thread, other named participant and UTC day with messages.

        Threads whose other participants are all placeholders, or that have no other
        participant or no dated message, give nothing (they are counted for the summary).
        """
        for digest in self._digests:
            others = [(key, name) for key, name in digest.names.items() if key != owner.key]
            if not others:
                if digest.placeholders:
                    self._tally.placeholder_threads += 1
                else:
                    self._tally.without_counterpart += 1
                continue
            if not digest.days:
                self._tally.without_messages += 1
                continue
            is_group = len(others) + digest.placeholders > 1
            for day, mark in sorted(digest.days.items()):
                direction = ""
                if owner.key is not None:
                    direction = "out" if mark.sender_key == owner.key else "in"
                summary = summarize(mark.text) if mark.text else ""
                locator = mark.entry.locator(f"item {mark.position}")
                for key, name in others:
                    yield ForeignInteraction(
                        kind=InteractionKind.FACEBOOK_MESSAGE,
                        occurred_at=mark.at,
                        counterpart=Counterpart(kind=SourceKind.FACEBOOK, name=name),
                        source_key=f"{digest.key}|{key}|{day.isoformat()}",
                        locator=locator,
                        summary=summary,
                        direction=direction,
                        is_group=is_group,
                    )

    def summary(self, locator: Locator, owner: Owner, html_threads: int) -> FileSummary:
        """The messages folder's summary: threads read, with counts of what was left out."""
        tally = self._tally
        counts = (
            ("ignored_unsent", tally.unsent),
            ("bad_messages", tally.bad_messages),
            ("placeholder_threads", tally.placeholder_threads),
            ("threads_without_counterpart", tally.without_counterpart),
            ("threads_without_messages", tally.without_messages),
            ("decoded_cp1252", tally.cp1252_files),
            ("html_threads_not_read", html_threads),
        )
        notes = (owner.how, *(f"{key}:{count}" for key, count in counts if count))
        return FileSummary(locator, FORMAT_ID, tally.threads_read, notes)

    def _read_file(self, entry: SourceEntry, digest: ThreadDigest) -> RecordProblem | None:
        try:
            loaded = load_json(entry)
        except BrokenFileError as problem:
            return RecordProblem(
                entry.locator(), problem.reason, ProblemSeverity.FAILED, problem.detail
            )
        value = loaded.value
        messages = value.get("messages") if isinstance(value, dict) else None
        if not isinstance(value, dict) or not isinstance(messages, list):
            detail = "expected an object with a 'messages' list"
            return RecordProblem(entry.locator(), "wrong_json_type", ProblemSeverity.FAILED, detail)
        if loaded.is_cp1252:
            self._tally.cp1252_files += 1
        participants = value.get("participants")
        placeholders = 0
        for item in participants if isinstance(participants, list) else ():
            raw = item.get("name") if isinstance(item, dict) else item
            key, name = self._person(raw) if isinstance(raw, str) else ("", "")
            if key:
                digest.names.setdefault(key, name)
            else:
                placeholders += 1
        digest.placeholders = max(digest.placeholders, placeholders)
        for position, message in enumerate(messages, start=1):
            self._read_message(entry, position, message, digest)
        return None

    def _person(self, raw_name: str) -> tuple[str, str]:
        """The (folded key, display name) of a name as the file wrote it.

        ``("", "")`` for a placeholder. Cached: the same few names repeat on every message.
        """
        known = self._people.get(raw_name)
        if known is None:
            name = clean_name(repair_mojibake(raw_name))
            known = ("", "") if is_placeholder_name(name) else (key_text(name), name)
            self._people[raw_name] = known
        return known

    def _read_message(
        self, entry: SourceEntry, position: int, message: object, digest: ThreadDigest
    ) -> None:
        if not isinstance(message, dict):
            self._tally.bad_messages += 1
            return
        if message.get("is_unsent") is True or message.get("isUnsent") is True:
            self._tally.unsent += 1
            return
        stamp = message.get("timestamp_ms", message.get("timestamp"))
        if isinstance(stamp, bool) or not isinstance(stamp, int | float):
            self._tally.bad_messages += 1
            return
        try:
            at = from_unix(stamp)
        except (OverflowError, ValueError, OSError):
            self._tally.bad_messages += 1
            return
        sender = message.get("sender_name", message.get("senderName"))
        sender_key = ""
        if isinstance(sender, str):
            sender_key, name = self._person(sender)
            if sender_key:
                digest.names.setdefault(sender_key, name)
        day = at.date()
        mark = digest.days.get(day)
        if mark is None:
            mark = digest.days[day] = _DayMark(at, sender_key, entry, position)
        elif at > mark.at:
            mark.at, mark.sender_key, mark.entry, mark.position = at, sender_key, entry, position
        content = message.get("content", message.get("text"))
        if not isinstance(content, str) or not content.strip():
            return
        if mark.text_at is None or at > mark.text_at:
            mark.text, mark.text_at = content, at


def summarize(text: str) -> str:
    """A one-line snippet of message text: mojibake repaired, spaces collapsed, <= 280 chars."""
    flat = " ".join(repair_mojibake(text).split())
    return flat if len(flat) <= SUMMARY_CHARS else flat[: SUMMARY_CHARS - 1] + "…"


def _slug(text: str) -> str:
    """Letters and digits only, transliterated: how Facebook names thread folders."""
    return "".join(ch for ch in anyascii(text).lower() if ch.isalnum())


def _folder_slug(folder: str) -> str:
    return _slug(folder.rsplit("_", 1)[0] if "_" in folder else folder)
