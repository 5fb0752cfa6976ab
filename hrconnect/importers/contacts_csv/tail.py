# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Was the last row of a CSV file cut off? A streaming look at the file's end.

Python's ``csv`` reader (non-strict, as ``csvtable`` uses it) silently closes a quoted field
that the file ends inside, so a download cut mid-cell yields a plausible but incomplete last
row. Scanning the text from that row's first line with the same quoting rules tells whether the
file ended inside quotes, in bounded memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrconnect.importers.text import LineStats, iter_lines, open_text

if TYPE_CHECKING:
    from hrconnect.importers.csvtable import CsvTable


@dataclass(slots=True)
class QuoteScanner:
    """Follows the ``csv`` module's default quoting (``"`` opens a field, ``""`` escapes)."""

    delimiter: str
    in_quotes: bool = False
    at_field_start: bool = True
    just_closed: bool = False

    def feed(self, text: str) -> None:
        """Advance over ``text`` (any slice of the file, line endings included)."""
        index, size = 0, len(text)
        while index < size:
            if self.in_quotes:
                found = text.find('"', index)
                if found < 0:
                    return
                self.in_quotes = False
                self.just_closed = True
                index = found + 1
                continue
            char = text[index]
            index += 1
            if self.just_closed and char == '"':
                self.in_quotes = True
            elif self.at_field_start and char == '"':
                self.in_quotes = True
                self.at_field_start = False
            else:
                self.at_field_start = char in (self.delimiter, "\n", "\r")
            self.just_closed = False


@dataclass(frozen=True, slots=True)
class Tail:
    """How a file ends, seen from the start of its last row.

    Attributes:
        inside_quotes: The file ends inside a quoted field (the row was cut mid-cell).
        ends_with_newline: The last character is a line ending.
    """

    inside_quotes: bool
    ends_with_newline: bool


def read_tail(table: CsvTable, start_line: int) -> Tail:
    """Scan ``table``'s file from physical line ``start_line`` (1-based) to the end."""
    scanner = QuoteScanner(table.delimiter)
    last = ""
    with open_text(table.entry, table.encoding) as stream:
        for number, line in enumerate(iter_lines(stream, LineStats()), start=1):
            if number < start_line:
                continue
            scanner.feed(line)
            last = line
    return Tail(scanner.in_quotes, last.endswith(("\n", "\r")))
