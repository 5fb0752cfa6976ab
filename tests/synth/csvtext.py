# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Byte-exact CSV and ZIP output, with the physical line on which each row starts.

We render CSV ourselves instead of using :mod:`csv` so that quoting (minimal for LinkedIn and
Google, every field for Outlook), line endings (LF, CRLF) and the missing final newline match
the real exports exactly, and so that a row's locator (``line N``, preamble and multi-line
cells counted) is known while writing. Also the date syntaxes LinkedIn mixes in one archive.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date, datetime
    from pathlib import Path

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def quote_minimal(value: str, delimiter: str = ",") -> str:
    """Quote only when needed (delimiter, quote, CR or LF inside); double embedded quotes."""
    if delimiter in value or '"' in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def quote_always(value: str, delimiter: str = ",") -> str:
    """Quote every field, empty ones included (Outlook's habit)."""
    del delimiter
    return '"' + value.replace('"', '""') + '"'


@dataclass(slots=True)
class CsvDoc:
    """A CSV file being written; :meth:`row` returns the 1-based line where the row starts."""

    newline: str = "\n"
    delimiter: str = ","
    quote_all: bool = False
    final_newline: bool = True
    _parts: list[str] = field(default_factory=list)
    _next_line: int = 1

    def line(self, text: str) -> int:
        """Append a raw physical line (a preamble line, an empty line); returns its number."""
        start = self._next_line
        self._parts.append(text)
        self._next_line += text.count("\n") + 1
        return start

    def row(self, cells: Sequence[str]) -> int:
        """Append one record; returns the line on which it starts."""
        quote = quote_always if self.quote_all else quote_minimal
        return self.line(self.delimiter.join(quote(cell, self.delimiter) for cell in cells))

    def rows(self, records: Iterable[Sequence[str]]) -> None:
        """Append many records whose line numbers are not needed."""
        for cells in records:
            self.row(cells)

    def text(self) -> str:
        """The whole file as text."""
        body = self.newline.join(self._parts)
        return body + self.newline if self.final_newline and self._parts else body


def linkedin_day(day: date) -> str:
    """``07 Feb 2026`` (Connected On): zero-padded day, English month, whatever the locale."""
    return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"


def month_year(day: date) -> str:
    """``Jun 2018`` (Positions.csv)."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def us_short(moment: datetime) -> str:
    """``3/4/25, 9:12 AM`` (Invitations, Email Addresses): US order, 12-hour clock."""
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    return (
        f"{moment.month}/{moment.day}/{moment.year % 100:02d}, {hour}:{moment.minute:02d} {suffix}"
    )


def utc_stamp(moment: datetime) -> str:
    """``2026-02-07 14:03:22 UTC`` (messages.csv)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def write_zip(path: Path, members: Sequence[tuple[str, bytes]], when: datetime) -> None:
    """Write a deflated ZIP whose bytes depend only on ``members`` and ``when``."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=6)
