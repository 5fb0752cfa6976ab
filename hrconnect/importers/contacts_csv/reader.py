# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Google Contacts CSV and Outlook CSV format readers: claim by header, read row by row.

Both readers sniff the head of every ``.csv``/``.txt`` entry and claim the ones whose header
``detect`` recognises for their family. Reading finds the header with ``csvtable`` (which
repairs encoding, delimiter, NUL bytes and overlong fields), maps each row through the layout's
mapper and yields one ``ForeignRecord`` per person, a ``RecordProblem`` per skipped or broken
row, and one ``FileSummary``.

Decisions (see also the package docstring):

- Numeric dates take the file's order from its first unambiguous value (``22.03.1980`` means
  day-first for the whole file); without one, a localised header means day-first and an
  English one month-first.
- A file with a header and no data rows is unusable (``no_rows``): an empty export is almost
  always the wrong folder exported, and importing nothing silently would hide that.
- A last row cut inside a quoted cell is FAILED (``truncated_row``); the rows before it import.
"""

from __future__ import annotations

import csv
import dataclasses
import logging
from functools import partial
from typing import TYPE_CHECKING

from hrconnect.core.kinds import SourceKind
from hrconnect.core.progress import Progress
from hrconnect.core.records import (
    FileSummary,
    ForeignRecord,
    ProblemSeverity,
    RecordProblem,
)
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.base import DetectedSource
from hrconnect.importers.contacts_csv.common import (
    Draft,
    RowMapper,
    SourceKeys,
    date_order_evidence,
    is_empty_date,
    is_numeric_date,
)
from hrconnect.importers.contacts_csv.detect import (
    Layout,
    detect_layout,
    is_linkedin_outlook_export,
    sniff_layout,
)
from hrconnect.importers.contacts_csv.google import GoogleColumns
from hrconnect.importers.contacts_csv.outlook import OutlookColumns
from hrconnect.importers.contacts_csv.tail import read_tail
from hrconnect.importers.csvtable import CsvRow, CsvTable, find_table
from hrconnect.importers.text import LineStats

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.sources import SourceEntry, SourceTree

log = logging.getLogger(__name__)

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
PROGRESS_EVERY = 500
DATE_PROBE_LIMIT = 500
"""Non-empty date cells to look at for the file's date order before settling on the default."""


def _mapper(layout: Layout, header: Sequence[str]) -> RowMapper:
    if layout.is_google:
        return GoogleColumns.from_header(header)
    return OutlookColumns.from_header(header, layout)


def _date_order(table: CsvTable, mapper: RowMapper, layout: Layout) -> tuple[bool, bool]:
    """(day_first, saw numeric dates) for the file, from a first pass over its date columns."""
    columns = mapper.date_columns
    if not columns:
        return layout.day_first, False
    probe = dataclasses.replace(table, problems=[], line_stats=LineStats())
    seen = 0
    numeric = False
    for item in probe.rows():
        if not isinstance(item, CsvRow):
            continue
        for index in columns:
            value = item.cells[index].strip() if index < len(item.cells) else ""
            if not value or is_empty_date(value):
                continue
            order = date_order_evidence(value)
            if order is not None:
                return order, True
            numeric = numeric or is_numeric_date(value)
            seen += 1
        if seen >= DATE_PROBE_LIMIT:
            break
    return layout.day_first, numeric


class _RowEmitter:
    """Turns rows into items for one file, keeping counts for its summary."""

    def __init__(self, reader: ContactsCsvReader, table: CsvTable, mapper: RowMapper) -> None:
        self.reader = reader
        self.table = table
        self.mapper = mapper
        self.keys = SourceKeys()
        self.day_first = False
        self.records = 0
        self.exchange_paths_dropped = 0

    def convert(self, row: CsvRow) -> list[ImportItem]:
        """The items for one row: a record and its warnings, or one problem."""
        locator = self.table.entry.locator(f"line {row.line}")
        try:
            draft = self.mapper.draft(row.cells, day_first=self.day_first)
        except Exception as error:
            # One row must never stop the file; the cause goes to the log for a bug report.
            log.exception("cannot read %s", locator.describe())
            return [RecordProblem(locator, "bad_row", ProblemSeverity.FAILED, repr(error))]
        self.exchange_paths_dropped += draft.exchange_paths_dropped
        key = self.keys.for_draft(draft)
        if key is None:
            return [RecordProblem(locator, "empty_row", ProblemSeverity.SKIPPED)]
        items: list[ImportItem] = [self._record(draft, key, row)]
        items.extend(
            RecordProblem(locator, reason, ProblemSeverity.WARNING, detail)
            for reason, detail in draft.warnings
        )
        self.records += 1
        if self.records % PROGRESS_EVERY == 0:
            items.append(Progress(self.records, None, "reading", self.table.entry.path))
        return items

    def _record(self, draft: Draft, key: str, row: CsvRow) -> ForeignRecord:
        return ForeignRecord(
            kind=self.reader.kind,
            source_key=key,
            locator=self.table.entry.locator(f"line {row.line}"),
            full_name=draft.display_name(),
            given_name=draft.given_name,
            middle_name=draft.middle_name,
            family_name=draft.family_name,
            prefix=draft.prefix,
            suffix=draft.suffix,
            nickname=draft.nickname,
            contact_points=tuple(draft.points),
            employments=tuple(draft.employments),
            birthday=draft.birthday,
            note=draft.note,
            categories=tuple(draft.categories),
            raw=row.raw_pairs(),
        )

    def last_row(self, row: CsvRow) -> list[ImportItem]:
        """Like :meth:`convert`, but first checks whether the file was cut inside this row."""
        tail = read_tail(self.table, row.line)
        locator = self.table.entry.locator(f"line {row.line}")
        if tail.inside_quotes:
            detail = "the file ends inside a quoted cell"
            return [RecordProblem(locator, "truncated_row", ProblemSeverity.FAILED, detail)]
        items = self.convert(row)
        width = len(self.table.header)
        while width and not self.table.header[width - 1]:
            width -= 1
        if not tail.ends_with_newline and len(row.cells) < width:
            detail = f"{len(row.cells)} of {width} columns"
            items.append(RecordProblem(locator, "row_cut_short", ProblemSeverity.WARNING, detail))
        return items


class ContactsCsvReader:
    """Shared claim/read logic; subclasses choose the layouts, format id and source kind."""

    format_id = ""
    kind = SourceKind.OUTLOOK

    def accepts(self, layout: Layout) -> bool:
        """True for the layouts this reader imports."""
        raise NotImplementedError

    def claim(self, tree: SourceTree, entries: Sequence[SourceEntry]) -> list[DetectedSource]:
        """Claim every CSV entry whose header is one of this reader's layouts.

        See ``FormatReader.claim``. LinkedIn's files, including its old Outlook-style export,
        are never claimed; neither is anything unreadable.
        """
        found: list[DetectedSource] = []
        for entry in entries:
            if entry.suffix not in CSV_SUFFIXES or is_linkedin_outlook_export(entry):
                continue
            layout = sniff_layout(entry)
            if layout is None or not self.accepts(layout):
                continue
            found.append(
                DetectedSource(
                    self.format_id,
                    entry.locator().describe(),
                    (entry,),
                    partial(self.read_entry, entry),
                )
            )
        return found

    def read_entry(self, entry: SourceEntry) -> Iterator[ImportItem]:
        """Read one claimed file.

        Yields:
            ``ForeignRecord`` per person (locator ``line N``), ``RecordProblem`` per skipped,
            broken or lossy row, ``Progress`` every 500 records, then one ``FileSummary``.

        Raises:
            UnusableSourceError: before any record, if the file is empty, binary, unreadable,
                has no recognisable header (``no_header``) or no data rows (``no_rows``).
        """
        yielded = False
        records = 0
        try:
            for item in self._read(entry):
                yielded = True
                records += isinstance(item, ForeignRecord)
                yield item
        except (OSError, UnicodeError, csv.Error) as error:
            where = entry.locator().describe()
            if not yielded:
                raise UnusableSourceError(
                    f"cannot be read ({error})", reason="unreadable", where=where
                ) from error
            # The rows read so far stand; the file's end is reported as one failure.
            yield RecordProblem(entry.locator(), "read_error", ProblemSeverity.FAILED, str(error))
            yield FileSummary(entry.locator(), self.format_id, records, ("read_error",))

    def _read(self, entry: SourceEntry) -> Iterator[ImportItem]:
        table = find_table(entry, self._is_header)
        if table is None:
            raise UnusableSourceError(
                "no Google or Outlook contacts header found",
                reason="no_header",
                where=entry.locator().describe(),
            )
        layout = detect_layout(table.header)
        if layout is None:  # find_table only accepts headers detect_layout knows
            raise UnusableSourceError(
                "unknown header", reason="no_header", where=entry.locator().describe()
            )
        emitter = _RowEmitter(self, table, _mapper(layout, table.header))
        emitter.day_first, numeric_dates = _date_order(table, emitter.mapper, layout)
        pending: CsvRow | None = None
        anything = False
        for item in table.rows():
            if isinstance(item, RecordProblem):
                anything = True
                yield item
                continue
            if pending is not None:
                yield from emitter.convert(pending)
            pending = item
            anything = True
        if pending is not None:
            yield from emitter.last_row(pending)
        elif not anything:
            raise UnusableSourceError(
                "the file has a header but no contacts",
                reason="no_rows",
                where=entry.locator().describe(),
            )
        notes = [*table.notes, f"layout:{layout}"]
        if numeric_dates:
            notes.append(f"date_order:{'day_first' if emitter.day_first else 'month_first'}")
        if emitter.exchange_paths_dropped:
            notes.append(f"exchange_paths_dropped:{emitter.exchange_paths_dropped}")
        yield FileSummary(entry.locator(), self.format_id, emitter.records, tuple(notes))

    def _is_header(self, cells: Sequence[str]) -> bool:
        layout = detect_layout(cells)
        return layout is not None and self.accepts(layout)


class GoogleCsvReader(ContactsCsvReader):
    """Google Contacts CSV in its legacy and current layouts.

    Legacy: ``Given Name``, ``E-mail 1 - Type``; current: ``First Name``, ``Labels``,
    ``E-mail 1 - Label``.
    """

    format_id = "google-csv"
    kind = SourceKind.GOOGLE

    def accepts(self, layout: Layout) -> bool:
        """See :meth:`ContactsCsvReader.accepts`."""
        return layout.is_google


class OutlookCsvReader(ContactsCsvReader):
    """Outlook CSV and the exports that share its flat shape.

    Outlook desktop (English, 2000, German, French, Dutch), Outlook.com, Google's "Outlook CSV"
    shapes and Thunderbird's export.
    """

    format_id = "outlook-csv"
    kind = SourceKind.OUTLOOK

    def accepts(self, layout: Layout) -> bool:
        """See :meth:`ContactsCsvReader.accepts`."""
        return not layout.is_google
