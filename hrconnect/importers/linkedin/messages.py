# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""messages.csv of every era into "last contact" interactions with the right people.

Since 2021 the file has profile URLs (``SENDER PROFILE URL``, and from 2023 ``RECIPIENT PROFILE
URLS``); they are the only safe join key, so those files never link by display name. A
conversation's participants are every profile URL seen in it; each participant other than the
owner gets the conversation's activity, aggregated to one interaction per conversation,
participant and UTC day (group chats mark ``is_group``). Files from 2021 to early 2023 list
only senders, so someone who never answered in a conversation cannot be placed, and the count
of such conversation-days is noted.

The 2018 file (``From,To,Date,Subject,Content,Direction,Folder``) has names only; its
interactions name the other party and the service links them only when exactly one record has
that name. Drafts and the SPAM folder are ignored and counted in the file's notes.

Recognising the owner, in order: the profile URL from Profile.csv; the sender URL used under
the owner's Profile.csv name; the URL present in the most conversations, leaving out the
owner's connections (nobody is their own connection).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import key_text, linkedin_slug, linkedin_url
from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.core.records import (
    Counterpart,
    ForeignInteraction,
    OwnerFacts,
    ProblemSeverity,
    RecordProblem,
)
from hrconnect.importers.linkedin.dates import parse_timestamp
from hrconnect.importers.linkedin.rows import FileTally, cell, column, iter_checked_rows
from hrconnect.importers.linkedin.values import is_placeholder_name, slugs_in, summary_text

if TYPE_CHECKING:
    from collections.abc import Generator, Iterator
    from datetime import date, datetime

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.csvtable import CsvRow, CsvTable
    from hrconnect.importers.linkedin.values import OwnerIdentity

_YES = frozenset({"yes", "true", "1"})


@dataclass(slots=True)
class _Day:
    """The newest message of one conversation (or, in 2018 files, one correspondent) on a day."""

    when: datetime
    sender: str | None
    """Sender slug (2021+), or ``"out"``/``"in"`` in 2018 files."""
    summary: str
    line: int
    name: str = ""


class _Columns:
    def __init__(self, table: CsvTable) -> None:
        self.conversation = column(table, "conversation id")
        self.sender_name = column(table, "from")
        self.sender_url = column(table, "sender profile url")
        self.recipient_name = column(table, "to")
        self.recipient_urls = column(table, "recipient profile urls", "recipient profile url")
        self.date = column(table, "date")
        self.subject = column(table, "subject")
        self.content = column(table, "content")
        self.folder = column(table, "folder")
        self.direction = column(table, "direction")
        self.drafts = [
            i
            for i in (column(table, "is message draft"), column(table, "is conversation draft"))
            if i is not None
        ]


def read_messages(
    table: CsvTable, format_id: str, owner: OwnerIdentity, connection_slugs: set[str]
) -> Generator[ImportItem, None, None]:
    """Read messages.csv into LinkedIn message interactions.

    Args:
        table: The file with its header found.
        format_id: The source's format key, for the summary.
        owner: What Profile.csv said about the owner.
        connection_slugs: Slugs of the owner's connections (never the owner).

    Yields:
        ``RecordProblem`` for rows with unreadable dates, then the aggregated
        ``ForeignInteraction`` items, an ``OwnerFacts`` with the profile URL when the owner
        was recognised from this file alone, and the ``FileSummary``.
    """
    tally = FileTally(table, format_id)
    cols = _Columns(table)
    if cols.conversation is not None or cols.sender_url is not None:
        yield from _read_with_urls(table, cols, tally, owner, connection_slugs)
    else:
        tally.notes.append("layout:names_only")
        yield from _read_names_only(table, cols, tally, owner)
    yield tally.summary()


def _usable_rows(
    table: CsvTable, cols: _Columns, tally: FileTally
) -> Iterator[CsvRow | RecordProblem]:
    """Rows that are neither drafts nor spam, with a readable date in ``row.cells``."""
    used = [cols.sender_name, cols.date]
    for row in iter_checked_rows(table, used):
        if isinstance(row, RecordProblem):
            yield row
            continue
        folder = cell(row.cells, cols.folder).casefold()
        if folder == "spam":
            tally.count("ignored_spam")
            continue
        if "draft" in folder or any(cell(row.cells, i).casefold() in _YES for i in cols.drafts):
            tally.count("ignored_drafts")
            continue
        yield row


def _read_with_urls(
    table: CsvTable,
    cols: _Columns,
    tally: FileTally,
    owner: OwnerIdentity,
    connection_slugs: set[str],
) -> Iterator[ImportItem]:
    if cols.recipient_urls is None:
        tally.notes.append("layout:sender_urls_only")
    participants: dict[str, set[str]] = {}
    days: dict[tuple[str, date], _Day] = {}
    name_hits: Counter[str] = Counter()
    for row in _usable_rows(table, cols, tally):
        if isinstance(row, RecordProblem):
            yield row
            continue
        when = _when(table, row, cols, tally)
        if isinstance(when, RecordProblem):
            yield when
            continue
        sender_url = cell(row.cells, cols.sender_url)
        sender = linkedin_slug(sender_url) if sender_url else None
        row_members = slugs_in(cell(row.cells, cols.recipient_urls))
        if sender:
            row_members.append(sender)
            if owner.name_key and key_text(cell(row.cells, cols.sender_name)) == owner.name_key:
                name_hits[sender] += 1
        # Without a conversation id (a column deleted by hand), the row's own participants
        # stand in for the conversation, so unrelated chats never merge into one "group".
        conversation = cell(row.cells, cols.conversation) or "~" + ",".join(sorted(row_members))
        participants.setdefault(conversation, set()).update(row_members)
        key = (conversation, when.date())
        current = days.get(key)
        if current is None or when > current.when:
            summary = summary_text(cell(row.cells, cols.subject), cell(row.cells, cols.content))
            days[key] = _Day(when, sender, summary, row.line)
    owner_slug, how = _find_owner(owner, name_hits, participants, connection_slugs)
    tally.notes.append(how)
    if owner_slug and how in ("owner_by_name", "owner_by_frequency"):
        tally.items += 1
        yield OwnerFacts(
            SourceKind.LINKEDIN, table.entry.locator(), profile_url=linkedin_url(owner_slug)
        )
    for (conversation, day), newest in days.items():
        counterparts = sorted(participants[conversation] - {owner_slug})
        if not counterparts:
            tally.count("no_counterpart")
            continue
        direction = "out" if newest.sender is not None and newest.sender == owner_slug else "in"
        for slug in counterparts:
            yield ForeignInteraction(
                kind=InteractionKind.LINKEDIN_MESSAGE,
                occurred_at=newest.when,
                counterpart=Counterpart(SourceKind.LINKEDIN, source_key=f"slug:{slug}"),
                source_key=f"{conversation}|{slug}|{day.isoformat()}",
                locator=table.entry.locator(f"line {newest.line}"),
                summary=newest.summary,
                direction=direction,
                is_group=len(counterparts) > 1,
            )
            if progress := tally.produced():
                yield progress


def _find_owner(
    owner: OwnerIdentity,
    name_hits: Counter[str],
    participants: dict[str, set[str]],
    connection_slugs: set[str],
) -> tuple[str | None, str]:
    """The owner's slug and how it was found (a note key)."""
    if owner.slug:
        return owner.slug, "owner_from_profile"
    if name_hits:
        return min(name_hits, key=lambda slug: (-name_hits[slug], slug)), "owner_by_name"
    presence = Counter(
        slug
        for members in participants.values()
        for slug in members
        if slug not in connection_slugs
    )
    if not presence:
        return None, "owner_unknown"
    ranked = sorted(presence.items(), key=lambda pair: (-pair[1], pair[0]))
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ranked[0][0], "owner_ambiguous"
    return ranked[0][0], "owner_by_frequency"


def _when(
    table: CsvTable, row: CsvRow, cols: _Columns, tally: FileTally
) -> datetime | RecordProblem:
    raw = cell(row.cells, cols.date)
    when = parse_timestamp(raw) if raw else None
    if when is None:
        tally.count("unreadable_dates")
        return RecordProblem(
            table.entry.locator(f"line {row.line}"),
            "unreadable_date",
            ProblemSeverity.FAILED,
            raw,
        )
    return when


def _read_names_only(
    table: CsvTable, cols: _Columns, tally: FileTally, owner: OwnerIdentity
) -> Iterator[ImportItem]:
    days: dict[tuple[str, date], _Day] = {}
    for row in _usable_rows(table, cols, tally):
        if isinstance(row, RecordProblem):
            yield row
            continue
        when = _when(table, row, cols, tally)
        if isinstance(when, RecordProblem):
            yield when
            continue
        sender, recipient = cell(row.cells, cols.sender_name), cell(row.cells, cols.recipient_name)
        outgoing = _is_outgoing(
            cell(row.cells, cols.direction), cell(row.cells, cols.folder), sender, owner
        )
        other = recipient if outgoing else sender
        folded = key_text(other)
        if is_placeholder_name(other) or (owner.name_key and folded == owner.name_key):
            tally.count("no_counterpart")
            continue
        key = (folded, when.date())
        current = days.get(key)
        if current is None or when > current.when:
            summary = summary_text(cell(row.cells, cols.subject), cell(row.cells, cols.content))
            days[key] = _Day(when, "out" if outgoing else "in", summary, row.line, other)
    for (folded, day), newest in days.items():
        yield ForeignInteraction(
            kind=InteractionKind.LINKEDIN_MESSAGE,
            occurred_at=newest.when,
            counterpart=Counterpart(SourceKind.LINKEDIN, name=newest.name),
            source_key=f"-|name:{folded}|{day.isoformat()}",
            locator=table.entry.locator(f"line {newest.line}"),
            summary=newest.summary,
            direction=newest.sender or "",
        )
        if progress := tally.produced():
            yield progress


def _is_outgoing(direction: str, folder: str, sender: str, owner: OwnerIdentity) -> bool:
    """Whether a 2018 message was sent by the owner: Direction, then the SENT folder, then name."""
    value = direction.casefold()
    if value.startswith("out"):
        return True
    if value.startswith("in"):
        return False
    if folder.casefold() == "sent":
        return True
    return bool(owner.name_key) and key_text(sender) == owner.name_key
