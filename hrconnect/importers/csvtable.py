# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CSV as real exports write it: header found by content, columns by name, rows with line numbers.

Handles the quirks of FORMATS.md section 0: a preamble before the header (LinkedIn's
``Notes:``), Excel's padding commas and ``;`` delimiter, BOMs, cp1252, CRLF, quoted multi-line
cells, NUL bytes and absurdly long fields. A broken row becomes a ``RecordProblem`` and the
next row is read.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import strip_invisible
from hrconnect.core.records import ProblemSeverity, RecordProblem
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.text import Encoding, LineStats, detect_encoding, iter_lines, open_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from hrconnect.importers.sources import SourceEntry

MAX_FIELD_CHARS = 1024 * 1024
csv.field_size_limit(min(sys.maxsize, MAX_FIELD_CHARS))
MAX_CONSECUTIVE_ERRORS = 50
DELIMITERS = (",", ";", "\t")


def header_key(cell: str) -> str:
    """A header cell folded for lookup: BOM, quotes and outer spaces gone, case folded."""
    return strip_invisible(cell).strip().strip('"').strip().casefold()


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row.

    Attributes:
        line: 1-based physical line on which the row starts (preamble lines counted).
        cells: The cells as parsed (not trimmed).
    """

    line: int
    cells: tuple[str, ...]
    table: CsvTable = field(repr=False, compare=False)

    def get(self, *names: str) -> str:
        """The trimmed value of the first of ``names`` (case-insensitive) that the header has."""
        for name in names:
            index = self.table.column_index.get(name.casefold())
            if index is not None and index < len(self.cells):
                value = self.cells[index].strip()
                if value:
                    return value
        return ""

    def raw_pairs(self) -> tuple[tuple[str, str], ...]:
        """(header, cell) pairs for the non-empty cells, as read."""
        header = self.table.header
        return tuple(
            (header[i] if i < len(header) else f"column {i + 1}", cell)
            for i, cell in enumerate(self.cells)
            if cell.strip()
        )

    @property
    def is_blank(self) -> bool:
        """True when every cell is empty or whitespace."""
        return not "".join(self.cells).strip()  # one C call per row, not one per cell


@dataclass(slots=True)
class CsvTable:
    """A CSV file whose header has been found. Iterate :meth:`rows` once."""

    entry: SourceEntry
    encoding: Encoding
    delimiter: str
    header: tuple[str, ...]
    header_line: int
    column_index: dict[str, int]
    problems: list[RecordProblem] = field(default_factory=list)
    line_stats: LineStats = field(default_factory=LineStats)

    def has(self, *names: str) -> bool:
        """True if the header has every one of ``names`` (case-insensitive)."""
        return all(name.casefold() in self.column_index for name in names)

    @property
    def notes(self) -> tuple[str, ...]:
        """Reason keys describing what was repaired in the file."""
        notes = []
        if self.encoding.is_fallback:
            notes.append("decoded_cp1252")
        if self.delimiter != ",":
            notes.append("semicolon_delimited" if self.delimiter == ";" else "tab_delimited")
        if self.line_stats.nul_lines:
            notes.append("nul_bytes_removed")
        return tuple(notes)

    def rows(self) -> Iterator[CsvRow | RecordProblem]:
        """Data rows after the header, blank rows left out; broken rows as problems.

        A field longer than ``MAX_FIELD_CHARS`` or an unparseable row is reported with its line
        and reading goes on with the next line. After many errors in a row the file is given up
        with one problem, keeping the rows already read.
        """
        stats = self.line_stats
        with open_text(self.entry, self.encoding) as stream:
            lines = iter_lines(stream, stats)
            for _ in range(self.header_line):
                next(lines, None)
            reader = csv.reader(lines, delimiter=self.delimiter, strict=False)
            consumed = self.header_line
            errors = 0
            overlong_seen = 0
            while True:
                start = consumed + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as error:
                    consumed = self.header_line + reader.line_num
                    errors += 1
                    yield RecordProblem(
                        self.entry.locator(f"line {start}"),
                        "bad_row",
                        ProblemSeverity.FAILED,
                        str(error),
                    )
                    if errors >= MAX_CONSECUTIVE_ERRORS:
                        yield RecordProblem(
                            self.entry.locator(f"line {start}"),
                            "too_many_errors",
                            ProblemSeverity.FAILED,
                        )
                        return
                    continue
                consumed = self.header_line + reader.line_num
                errors = 0
                if stats.overlong_lines and len(stats.overlong_lines) > overlong_seen:
                    for number in stats.overlong_lines[overlong_seen:]:
                        yield RecordProblem(
                            self.entry.locator(f"line {number}"),
                            "field_too_long",
                            ProblemSeverity.FAILED,
                            f"longer than {MAX_FIELD_CHARS // (1024 * 1024)} MiB",
                        )
                    overlong_seen = len(stats.overlong_lines)
                    continue
                row = CsvRow(start, tuple(cells), self)
                if row.is_blank:
                    continue
                yield row


def find_table(
    entry: SourceEntry,
    is_header: Callable[[Sequence[str]], bool],
    *,
    search_lines: int = 15,
    delimiters: Sequence[str] = DELIMITERS,
) -> CsvTable | None:
    """Find the header row by content within the first ``search_lines`` lines.

    Args:
        entry: The file.
        is_header: Gets the folded cells (see :func:`header_key`) of a candidate line and says
            whether it is the header.
        search_lines: How many physical lines to look at.
        delimiters: Delimiters to try, in order; the first that makes a header wins.

    Returns:
        The table, or None if no line within reach looks like the header.

    Raises:
        UnusableSourceError: if the file is empty or binary.
    """
    encoding = detect_encoding(entry)
    head_lines: list[str] = []
    with open_text(entry, encoding) as stream:
        for line in iter_lines(stream, LineStats()):
            head_lines.append(line)
            if len(head_lines) >= search_lines:
                break
    for delimiter in delimiters:
        # Parse the head with the csv module so a quoted preamble paragraph spanning
        # several physical lines does not confuse the count.
        reader = csv.reader(head_lines, delimiter=delimiter, strict=False)
        consumed = 0
        try:
            for cells in reader:
                folded = [header_key(c) for c in cells]
                consumed = reader.line_num
                if is_header(folded):
                    header = tuple(strip_invisible(c).strip().strip('"').strip() for c in cells)
                    index: dict[str, int] = {}
                    for i, name in enumerate(folded):
                        if name and name not in index:
                            index[name] = i
                    return CsvTable(entry, encoding, delimiter, header, consumed, index)
        except csv.Error:
            continue
    return None


def require_table(
    entry: SourceEntry, is_header: Callable[[Sequence[str]], bool], what: str
) -> CsvTable:
    """Like :func:`find_table`, but a missing header makes the file unusable.

    Raises:
        UnusableSourceError: if no header is found (reason ``no_header``).
    """
    table = find_table(entry, is_header)
    if table is None:
        raise UnusableSourceError(
            f"no {what} header row found", reason="no_header", where=entry.locator().describe()
        )
    return table
