# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Connections.csv of every era into LinkedIn records.

Eras (FORMATS.md §1.2): the pre-archive Outlook-shaped export (59 columns, 8-bit code page, no
URL, no date), 2018 (``1/8/18, 6:14 PM``), late 2018-2021 (``20 Nov 2018``), 2021-2023 with the
``Notes:`` preamble, and 2023+ with a ``URL`` column that may be empty. Columns are read by
name, so Excel copies with columns added, deleted or re-ordered read the same way.

Decisions:

- Hidden members (every field but Connected On empty) are counted and skipped, never records.
- A row whose name is LinkedIn's placeholder (``LinkedIn Member``) is imported when it has a
  profile URL (the slug identifies the account, and matching never merges placeholder names);
  without a URL nothing identifies it, so it is skipped as ``placeholder_name``.
- A row with no name, no URL and no e-mail is skipped as ``missing_name``.
- Name-based keys that repeat within one file get ``#2``, ``#3``... in file order, as the
  vCard keys do, so namesakes connected on the same day (or in the dateless legacy export)
  stay two records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import linkedin_slug
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import (
    ContactPoint,
    Employment,
    ForeignRecord,
    ProblemSeverity,
    RecordProblem,
)
from hrconnect.importers.linkedin.dates import DateStyle, parse_connected_on
from hrconnect.importers.linkedin.rows import FileTally, cell, column, iter_checked_rows
from hrconnect.importers.linkedin.values import fold, is_placeholder_name
from hrconnect.importers.text import Encoding

if TYPE_CHECKING:
    from collections.abc import Generator

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.csvtable import CsvRow, CsvTable
    from hrconnect.importers.linkedin.values import OwnerIdentity

_MAC_LETTERS = re.compile(rb"[A-Za-z][\x80-\x90\x95-\x9f]|[\x80-\x90\x95-\x9f][A-Za-z]")
_LATIN1_LETTERS = re.compile(rb"[A-Za-z][\xc0-\xff]|[\xc0-\xff][A-Za-z]")


def is_legacy_layout(table: CsvTable) -> bool:
    """True for the pre-archive Outlook-shaped export (``Job Title``, no ``Connected On``)."""
    return not table.has("connected on") and (table.has("job title") or table.has("e-mail address"))


def read_connections(
    table: CsvTable, format_id: str, owner: OwnerIdentity
) -> Generator[ImportItem, None, set[str]]:
    """Read a Connections file into records.

    Args:
        table: The file with its header found (any era).
        format_id: The source's format key, for the summary.
        owner: The owner as far as known; a row with the owner's own profile is skipped.

    Yields:
        ``ForeignRecord`` per connection, ``RecordProblem`` per skipped or damaged row,
        ``Progress`` now and then, and finally one ``FileSummary``.

    Returns:
        The profile slugs of all connections (the owner is never among them, which helps to
        recognise the owner in messages).
    """
    legacy = is_legacy_layout(table)
    tally = FileTally(table, format_id)
    if legacy:
        _choose_legacy_code_page(table, tally)
        tally.notes.append("layout:outlook_legacy")
    elif not table.has("url"):
        tally.notes.append("layout:no_url")
    else:
        tally.notes.append("layout:url_column")
    cols = _Columns(table)
    day_first = table.delimiter == ";"
    entry = table.entry
    slugs: set[str] = set()
    name_keys: dict[str, int] = {}
    styles: set[DateStyle] = set()
    for row in iter_checked_rows(table, cols.used()):
        if isinstance(row, RecordProblem):
            yield row
            continue
        cells = row.cells
        locator = entry.locator(f"line {row.line}")
        raw_date = cell(cells, cols.connected_on)
        given = cell(cells, cols.first)
        family = cell(cells, cols.last)
        url = cell(cells, cols.url)
        if not (given or family or url) and raw_date and _only_date(cells, cols.connected_on):
            tally.count("hidden_members")
            yield RecordProblem(locator, "hidden_member", ProblemSeverity.SKIPPED, raw_date)
            continue
        middle = cell(cells, cols.middle)
        emails = [e for e in (cell(cells, i) for i in cols.emails) if e]
        slug = linkedin_slug(url) if url else None
        has_name = bool(given or family)
        if url and slug is None:
            yield RecordProblem(locator, "bad_profile_url", ProblemSeverity.WARNING, url)
        if has_name and is_placeholder_name(f"{given} {family}") and slug is None:
            yield RecordProblem(
                locator, "placeholder_name", ProblemSeverity.SKIPPED, f"{given} {family}"
            )
            continue
        if not has_name and slug is None and not emails:
            yield RecordProblem(locator, "missing_name", ProblemSeverity.SKIPPED)
            continue
        if slug is not None and slug == owner.slug:
            yield RecordProblem(locator, "owner", ProblemSeverity.SKIPPED, url)
            continue
        if slug is not None and slug in slugs:
            yield RecordProblem(locator, "duplicate_profile", ProblemSeverity.SKIPPED, url)
            continue
        connected = parse_connected_on(raw_date, day_first=day_first) if raw_date else None
        if connected is not None:
            styles.add(connected[1])
        elif raw_date:
            yield RecordProblem(locator, "unreadable_date", ProblemSeverity.WARNING, raw_date)
        connected_on = connected[0] if connected else None
        name_key = _numbered(
            f"name:{fold(given)}|{fold(family)}|{connected_on.isoformat() if connected_on else ''}",
            name_keys,
        )
        if slug is not None:
            slugs.add(slug)
            source_key = f"slug:{slug}"
            legacy_keys: tuple[str, ...] = (name_key,) if has_name else ()
        elif has_name:
            source_key, legacy_keys = name_key, ()
        else:
            source_key = _numbered(f"email:{fold(emails[0])}", name_keys)
            legacy_keys = ()
        points = [ContactPoint(ContactKind.EMAIL, email) for email in emails]
        if url:
            points.append(ContactPoint(ContactKind.URL, url, "linkedin" if slug else ""))
        company = cell(cells, cols.company)
        title = cell(cells, cols.position)
        department = cell(cells, cols.department)
        jobs = (
            (Employment(company, title, is_current=True, department=department),)
            if company or title
            else ()
        )
        yield ForeignRecord(
            kind=SourceKind.LINKEDIN,
            source_key=source_key,
            locator=locator,
            full_name=_joined(given, middle, family),
            given_name=given,
            middle_name=middle,
            family_name=family,
            prefix=cell(cells, cols.prefix),
            suffix=cell(cells, cols.suffix),
            name_is_structured=True,
            contact_points=tuple(points),
            employments=jobs,
            connected_on=connected_on,
            raw=_raw_pairs(row),
            legacy_keys=legacy_keys,
        )
        if progress := tally.produced():
            yield progress
    if DateStyle.EXCEL in styles or table.encoding.bom_bytes:
        tally.notes.append("excel_resave")
    yield tally.summary()
    return slugs


class _Columns:
    """Column indexes of a Connections header, looked up once per file."""

    def __init__(self, table: CsvTable) -> None:
        self.first = column(table, "first name")
        self.middle = column(table, "middle name")
        self.last = column(table, "last name")
        self.prefix = column(table, "title") if is_legacy_layout(table) else None
        self.suffix = column(table, "suffix")
        self.url = column(table, "url", "profile url")
        self.emails = [
            i
            for i in (
                column(table, "email address", "e-mail address"),
                column(table, "e-mail 2 address"),
                column(table, "e-mail 3 address"),
            )
            if i is not None
        ]
        self.company = column(table, "company")
        self.position = column(table, "position", "job title")
        self.department = column(table, "department")
        self.connected_on = column(table, "connected on")

    def used(self) -> list[int | None]:
        """The indexes a row has to reach; the legacy export's trailing columns do not count."""
        return [self.first, self.last, self.url, self.company, self.position, self.connected_on]


def _only_date(cells: tuple[str, ...], date_index: int | None) -> bool:
    """True when every cell but Connected On is empty: a hidden member."""
    return not any(c.strip() for i, c in enumerate(cells) if i != date_index)


def _joined(given: str, middle: str, family: str) -> str:
    if not middle:
        return f"{given} {family}" if given and family else given or family
    return " ".join(part for part in (given, middle, family) if part)


def _raw_pairs(row: CsvRow) -> tuple[tuple[str, str], ...]:
    """``row.raw_pairs()``, by ``zip`` when the row is no wider than its header (the rule)."""
    header = row.table.header
    if len(row.cells) > len(header):
        return row.raw_pairs()
    return tuple(pair for pair in zip(header, row.cells, strict=False) if pair[1].strip())


def _numbered(key: str, seen: dict[str, int]) -> str:
    """``key`` the first time, then ``key#2``, ``key#3``... within one file."""
    count = seen.get(key, 0) + 1
    seen[key] = count
    return key if count == 1 else f"{key}#{count}"


def _choose_legacy_code_page(table: CsvTable, tally: FileTally) -> None:
    """Pick Mac Roman over cp1252 for the legacy export when its bytes say so.

    The old Outlook-shaped export was written in the browser's 8-bit code page; one real copy
    was Mac Roman (``ú`` as byte 0x9C). Inside words, Mac Roman puts its accented letters at
    0x80-0x9F, where cp1252 has punctuation, while cp1252's letters sit at 0xC0-0xFF, where
    Mac Roman has symbols. Curly quotes (0x91-0x94) are left out of the count: cp1252 puts
    them inside names such as O’Brien.
    """
    if not table.encoding.is_fallback:
        return
    sample = table.entry.head(1024 * 1024)
    if len(_MAC_LETTERS.findall(sample)) > len(_LATIN1_LETTERS.findall(sample)):
        # Mac Roman maps all 256 bytes, so strict decoding cannot fail.
        table.encoding = Encoding("mac_roman", table.encoding.bom_bytes)
        tally.notes.append("decoded_mac_roman")
