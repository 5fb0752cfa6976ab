# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Reading the rows of one LinkedIn CSV defensively, and the per-file bookkeeping around it.

``CsvTable.rows`` already isolates broken rows. On top of it this module:

- turns an archive member that breaks part-way (a bad CRC, a size limit hit, a cut-off ZIP)
  into one FAILED problem for that file instead of an exception, keeping what was read;
- rejects rows too short to reach the columns we read (a truncated last row, or the debris of
  an oversized multi-line cell that the ``csv`` module gave up on), and stops reporting them
  one by one after a long streak so a wrecked file cannot flood the report;
- counts what a file produced for its :class:`FileSummary` and emits ``Progress``.
"""

from __future__ import annotations

import csv
import logging
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hrconnect.core.progress import Progress
from hrconnect.core.records import FileSummary, ProblemSeverity, RecordProblem
from hrconnect.errors import HrconnectError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from hrconnect.importers.csvtable import CsvRow, CsvTable

log = logging.getLogger(__name__)

MID_STREAM_ERRORS: tuple[type[Exception], ...] = (
    HrconnectError,
    zipfile.BadZipFile,
    OSError,
    EOFError,
    zlib.error,
    UnicodeDecodeError,
    csv.Error,
)
"""What reading a file can raise part-way: limits, a corrupt archive member, a vanished file."""

MAX_REPORTED_STREAK = 20
"""Consecutive bad rows reported one by one; the rest of a streak is summarised in one problem."""

PROGRESS_EVERY = 500


def column(table: CsvTable, *names: str) -> int | None:
    """The index of the first of ``names`` (case-insensitive) the header has, or None."""
    for name in names:
        index = table.column_index.get(name.casefold())
        if index is not None:
            return index
    return None


def cell(cells: tuple[str, ...], index: int | None) -> str:
    """The trimmed cell at ``index``, or ``""`` when the column is absent or the row short."""
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def iter_checked_rows(
    table: CsvTable, used_columns: Iterable[int | None]
) -> Iterator[CsvRow | RecordProblem]:
    """The table's rows and row problems, made safe to consume to the end.

    Args:
        table: The file, its header found.
        used_columns: Indexes of the columns the caller reads; a row must reach the last one.

    Yields:
        ``CsvRow`` for usable rows; ``RecordProblem`` (FAILED) for broken or short rows, for a
        long streak of them (``bad_rows_suppressed``), and for a file that breaks part-way
        (the error's reason key, or ``file_unreadable``), after which iteration ends.
    """
    required = max((i for i in used_columns if i is not None), default=-1) + 1
    streak = 0
    suppressed = 0
    first_suppressed = ""
    try:
        for item in table.rows():
            if not isinstance(item, RecordProblem) and len(item.cells) >= required:
                if suppressed:
                    yield _suppressed(table, first_suppressed, suppressed)
                    suppressed = 0
                streak = 0
                yield item
                continue
            problem = (
                item
                if isinstance(item, RecordProblem)
                else RecordProblem(
                    table.entry.locator(f"line {item.line}"),
                    "short_row",
                    ProblemSeverity.FAILED,
                    f"{len(item.cells)} of {required} columns",
                )
            )
            streak += 1
            if streak <= MAX_REPORTED_STREAK:
                yield problem
                continue
            if not suppressed:
                first_suppressed = problem.locator.position
            suppressed += 1
    except MID_STREAM_ERRORS as error:
        reason = error.reason if isinstance(error, HrconnectError) else "file_unreadable"
        log.info("%s broke part-way: %s", table.entry.locator().describe(), error)
        yield RecordProblem(table.entry.locator(), reason, ProblemSeverity.FAILED, str(error))
    if suppressed:
        yield _suppressed(table, first_suppressed, suppressed)


def _suppressed(table: CsvTable, position: str, count: int) -> RecordProblem:
    return RecordProblem(
        table.entry.locator(position),
        "bad_rows_suppressed",
        ProblemSeverity.FAILED,
        f"{count} more unreadable rows from here on",
    )


@dataclass(slots=True)
class FileTally:
    """What one file produced, for its summary and for progress.

    Attributes:
        table: The file.
        format_id: The detected source's format key.
        items: Records, interactions or owner facts yielded so far.
        counts: Named counters that become ``name:count`` notes when non-zero.
        notes: Other notes (``decoded_cp1252``, ``layout:url_column``).
    """

    table: CsvTable
    format_id: str
    items: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def count(self, name: str, step: int = 1) -> None:
        """Add ``step`` to the counter ``name``."""
        self.counts[name] = self.counts.get(name, 0) + step

    def produced(self) -> Progress | None:
        """Count one item; every ``PROGRESS_EVERY`` items, the progress to yield."""
        self.items += 1
        if self.items % PROGRESS_EVERY:
            return None
        return Progress(self.items, None, "reading", self.table.entry.path)

    def summary(self) -> FileSummary:
        """The file's summary: table notes, own notes, then non-zero counters."""
        notes = [*self.table.notes, *self.notes]
        notes.extend(f"{name}:{n}" for name, n in self.counts.items() if n)
        return FileSummary(self.table.entry.locator(), self.format_id, self.items, tuple(notes))
