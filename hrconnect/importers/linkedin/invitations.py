# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Invitations.csv into invitation interactions (a weak but dated contact signal).

``From,To,Sent At,Message,Direction`` since 2018; by 2024 also ``inviterProfileUrl`` and
``inviteeProfileUrl``. The other party is the invitee of an OUTGOING invitation and the inviter
of an INCOMING one, joined by profile URL when the file has it and by name otherwise. ``Sent At``
is US ``3/4/25, 9:12 AM`` with no zone, read as UTC.

The interaction key uses the other party's folded name (``<direction>|name:<name>|<time>``),
not the URL, so an invitation read from an older export without URLs keeps its key when a
newer export adds them; the URL is used only when the name is missing or a placeholder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.core.identifiers import key_text, linkedin_slug
from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.core.records import Counterpart, ForeignInteraction, ProblemSeverity, RecordProblem
from hrconnect.importers.linkedin.dates import parse_timestamp
from hrconnect.importers.linkedin.rows import FileTally, cell, column, iter_checked_rows
from hrconnect.importers.linkedin.values import is_placeholder_name, summary_text

if TYPE_CHECKING:
    from collections.abc import Generator

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.csvtable import CsvTable
    from hrconnect.importers.linkedin.values import OwnerIdentity


def read_invitations(
    table: CsvTable, format_id: str, owner: OwnerIdentity
) -> Generator[ImportItem, None, None]:
    """Read Invitations.csv.

    Args:
        table: The file with its header found.
        format_id: The source's format key, for the summary.
        owner: The owner's folded name and slug, to orient rows without a Direction.

    Yields:
        One ``ForeignInteraction`` per invitation, ``RecordProblem`` for unreadable rows,
        ``Progress`` now and then, and the ``FileSummary``.
    """
    tally = FileTally(table, format_id)
    sender, recipient = column(table, "from"), column(table, "to")
    sent_at, message = column(table, "sent at"), column(table, "message")
    direction_col = column(table, "direction")
    inviter_url = column(table, "inviterprofileurl")
    invitee_url = column(table, "inviteeprofileurl")
    seen: set[str] = set()
    for row in iter_checked_rows(table, [sender, recipient, sent_at]):
        if isinstance(row, RecordProblem):
            yield row
            continue
        locator = table.entry.locator(f"line {row.line}")
        raw_time = cell(row.cells, sent_at)
        when = parse_timestamp(raw_time) if raw_time else None
        if when is None:
            yield RecordProblem(locator, "unreadable_date", ProblemSeverity.FAILED, raw_time)
            continue
        parties = (
            (cell(row.cells, sender), linkedin_slug(cell(row.cells, inviter_url))),
            (cell(row.cells, recipient), linkedin_slug(cell(row.cells, invitee_url))),
        )
        outgoing = _is_outgoing(cell(row.cells, direction_col), parties, owner)
        if outgoing is None:
            yield RecordProblem(locator, "unknown_direction", ProblemSeverity.SKIPPED)
            continue
        name, slug = parties[1] if outgoing else parties[0]
        if slug is not None and slug == owner.slug:
            slug = None
        placeholder = is_placeholder_name(name)
        if slug is None and placeholder:
            tally.count("no_counterpart")
            continue
        direction = "out" if outgoing else "in"
        who = f"slug:{slug}" if placeholder else f"name:{key_text(name)}"
        key = f"{direction}|{who}|{when.isoformat()}"
        if key in seen:
            tally.count("duplicates")
            continue
        seen.add(key)
        counterpart = (
            Counterpart(SourceKind.LINKEDIN, source_key=f"slug:{slug}")
            if slug
            else Counterpart(SourceKind.LINKEDIN, name=name)
        )
        yield ForeignInteraction(
            kind=InteractionKind.LINKEDIN_INVITATION,
            occurred_at=when,
            counterpart=counterpart,
            source_key=key,
            locator=locator,
            summary=summary_text(cell(row.cells, message)),
            direction=direction,
        )
        if progress := tally.produced():
            yield progress
    yield tally.summary()


def _is_outgoing(
    direction: str, parties: tuple[tuple[str, str | None], ...], owner: OwnerIdentity
) -> bool | None:
    """OUTGOING/INCOMING, else whichever side is recognisably the owner, else None."""
    value = direction.strip().casefold()
    if value.startswith("out"):
        return True
    if value.startswith("in"):
        return False
    (from_name, from_slug), (to_name, to_slug) = parties
    if owner.slug and owner.slug in (from_slug, to_slug):
        return from_slug == owner.slug
    if owner.name_key and owner.name_key in (key_text(from_name), key_text(to_name)):
        return key_text(from_name) == owner.name_key
    return None
