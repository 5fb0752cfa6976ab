# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The archive owner's own files (Profile, Email Addresses, Phone Numbers, Positions) as "me".

The owner is never a contact. These facts let the service store "me" (the basis of former
colleagues) and let the messages reader tell the owner from the people they wrote to. Each file
gives one ``OwnerFacts``; the service combines them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.core.identifiers import key_text, linkedin_slug
from hrconnect.core.kinds import SourceKind
from hrconnect.core.records import Employment, OwnerFacts, ProblemSeverity, RecordProblem
from hrconnect.importers.linkedin.dates import parse_birth_date, parse_month_year
from hrconnect.importers.linkedin.rows import FileTally, cell, column, iter_checked_rows
from hrconnect.importers.linkedin.values import OwnerIdentity, first_profile_url

if TYPE_CHECKING:
    from collections.abc import Generator

    from hrconnect.core.dates import PartialDate
    from hrconnect.core.records import ImportItem
    from hrconnect.importers.csvtable import CsvTable


def read_profile(table: CsvTable, format_id: str) -> Generator[ImportItem, None, OwnerIdentity]:
    """Read Profile.csv (one data row: the owner's names, birth date, websites).

    Yields:
        One ``OwnerFacts`` (names, birthday, LinkedIn URL when ``Websites`` lists it),
        problems for an unreadable birth date or extra rows, then the ``FileSummary``.

    Returns:
        The owner's folded name and profile slug (None when the file does not give it).
    """
    tally = FileTally(table, format_id)
    identity = OwnerIdentity()
    first, last = column(table, "first name"), column(table, "last name")
    birth, websites = column(table, "birth date"), column(table, "websites")
    url_column = column(table, "public profile url", "profile url", "url")
    for row in iter_checked_rows(table, [first, last]):
        if isinstance(row, RecordProblem):
            yield row
            continue
        locator = table.entry.locator(f"line {row.line}")
        if tally.items:
            yield RecordProblem(locator, "extra_profile_row", ProblemSeverity.SKIPPED)
            continue
        given, family = cell(row.cells, first), cell(row.cells, last)
        raw_birth = cell(row.cells, birth)
        birthday = parse_birth_date(raw_birth) if raw_birth else None
        if raw_birth and birthday is None:
            yield RecordProblem(locator, "unreadable_date", ProblemSeverity.WARNING, raw_birth)
        url = cell(row.cells, url_column) or first_profile_url(cell(row.cells, websites))
        slug = linkedin_slug(url) if url else None
        full_name = " ".join(part for part in (given, family) if part)
        identity = OwnerIdentity(key_text(full_name), slug)
        tally.items += 1
        yield OwnerFacts(
            source=SourceKind.LINKEDIN,
            locator=locator,
            full_name=full_name,
            given_name=given,
            family_name=family,
            profile_url=url if slug else "",
            birthday=birthday,
        )
    yield tally.summary()
    return identity


def read_owner_emails(table: CsvTable, format_id: str) -> Generator[ImportItem, None, None]:
    """Read Email Addresses.csv: the owner's addresses, the primary one first.

    Yields:
        One ``OwnerFacts`` with ``emails`` when any address is listed, then the summary.
    """
    tally = FileTally(table, format_id)
    address, primary = column(table, "email address"), column(table, "primary")
    found: list[tuple[bool, str]] = []
    for row in iter_checked_rows(table, [address]):
        if isinstance(row, RecordProblem):
            yield row
            continue
        value = cell(row.cells, address)
        if value and value not in (known for _, known in found):
            found.append((cell(row.cells, primary).casefold() != "yes", value))
    if found:
        tally.items += 1
        emails = tuple(value for _, value in sorted(found, key=lambda pair: pair[0]))
        yield OwnerFacts(SourceKind.LINKEDIN, table.entry.locator(), emails=emails)
    yield tally.summary()


def read_owner_phones(table: CsvTable, format_id: str) -> Generator[ImportItem, None, None]:
    """Read PhoneNumbers.csv / Phone Numbers.csv (``Extension,Number,Type``).

    Numbers may start with a space and rows may be all empty (``,,``); both are tolerated.

    Yields:
        One ``OwnerFacts`` with ``phones`` when any number is listed, then the summary.
    """
    tally = FileTally(table, format_id)
    number, extension = column(table, "number"), column(table, "extension")
    phones: list[str] = []
    for row in iter_checked_rows(table, [number]):
        if isinstance(row, RecordProblem):
            yield row
            continue
        value = cell(row.cells, number)
        ext = cell(row.cells, extension)
        if value:
            phone = f"{value} ext. {ext}" if ext else value
            if phone not in phones:
                phones.append(phone)
    if phones:
        tally.items += 1
        yield OwnerFacts(SourceKind.LINKEDIN, table.entry.locator(), phones=tuple(phones))
    yield tally.summary()


def read_positions(table: CsvTable, format_id: str) -> Generator[ImportItem, None, None]:
    """Read Positions.csv: the owner's jobs (``Jun 2018`` dates; empty Finished On = current).

    Yields:
        Problems for unreadable dates (the job is kept without that date), one ``OwnerFacts``
        with ``positions`` in file order (newest first, as LinkedIn writes them), the summary.
    """
    tally = FileTally(table, format_id)
    company, title = column(table, "company name"), column(table, "title")
    department = column(table, "department")
    started, finished = column(table, "started on"), column(table, "finished on")
    jobs: list[Employment] = []
    for row in iter_checked_rows(table, [company, title]):
        if isinstance(row, RecordProblem):
            yield row
            continue
        locator = table.entry.locator(f"line {row.line}")
        name, role = cell(row.cells, company), cell(row.cells, title)
        if not name and not role:
            continue
        dates: list[PartialDate | None] = []
        for index in (started, finished):
            raw = cell(row.cells, index)
            parsed = parse_month_year(raw) if raw else None
            if raw and parsed is None:
                yield RecordProblem(locator, "unreadable_date", ProblemSeverity.WARNING, raw)
            dates.append(parsed)
        jobs.append(
            Employment(
                company=name,
                title=role,
                start=dates[0],
                end=dates[1],
                is_current=not cell(row.cells, finished),
                department=cell(row.cells, department),
            )
        )
    if jobs:
        tally.items += 1
        yield OwnerFacts(SourceKind.LINKEDIN, table.entry.locator(), positions=tuple(jobs))
    yield tally.summary()
