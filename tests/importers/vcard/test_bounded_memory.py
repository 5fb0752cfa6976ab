# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""A 60 MB value, on one line or folded over a million, is dropped with bounded memory."""

from __future__ import annotations

import tracemalloc
from typing import TYPE_CHECKING, Any

import pytest

from hrconnect.core.records import ProblemSeverity

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

SIXTY_MB = 60 * 1024 * 1024
PEAK_LIMIT = 24 * 1024 * 1024
"""Python allocations while reading (measured: 8.3 MiB for one line, 3.8 MiB folded); the
process's peak RSS for these files was 28-31 MiB against a 24 MiB interpreter baseline."""


def _write_card_file(path: Path, big_property_lines: Iterable[str]) -> None:
    with path.open("w", encoding="ascii", newline="") as out:
        out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge Value\r\nEMAIL:huge@example.com\r\n")
        for line in big_property_lines:
            out.write(line)
        out.write("END:VCARD\r\n")
        out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:After The Giant\r\nEND:VCARD\r\n")


def _read_with_peak(read_path: Callable[[Path], Any], path: Path) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        result = read_path(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


@pytest.mark.slow
def test_sixty_mb_single_line_note_is_dropped_with_bounded_memory(tmp_path, read_path):
    path = tmp_path / "sixty-mb-note.vcf"
    chunk = "x" * (1024 * 1024)
    _write_card_file(path, ["NOTE:", *([chunk] * 60), "\r\n"])
    assert path.stat().st_size > SIXTY_MB
    result, peak = _read_with_peak(read_path, path)
    assert [r.full_name for r in result.records] == ["Huge Value", "After The Giant"]
    assert result.records[0].note == ""
    assert result.records[0].contact_points[0].value == "huge@example.com"
    assert result.reasons() == [("card 1", "value_too_large", ProblemSeverity.WARNING)]
    assert "overlong_lines:1" in result.summaries[0].notes
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first_line", "reason"),
    [
        ("PHOTO;ENCODING=b;TYPE=JPEG:/9j/\r\n", "photo_dropped"),
        ("NOTE:folded over a million lines\r\n", "value_too_large"),
    ],
)
def test_sixty_mb_folded_value_is_dropped_with_bounded_memory(
    tmp_path, read_path, first_line, reason
):
    path = tmp_path / "sixty-mb-folded-value.vcf"
    fold = " " + "A" * 74 + "\r\n"
    count = SIXTY_MB // len(fold) + 1
    _write_card_file(path, [first_line, *([fold] * count)])
    assert path.stat().st_size > SIXTY_MB
    result, peak = _read_with_peak(read_path, path)
    assert [r.full_name for r in result.records] == ["Huge Value", "After The Giant"]
    assert (result.records[0].photo, result.records[0].note) == (None, "")
    assert result.reasons() == [("card 1", reason, ProblemSeverity.WARNING)]
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"
