# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Empty, binary, truncated, NUL-ridden and absurd CSV files: clear problems, never a crash."""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import ContactKind
from hrconnect.core.progress import Progress
from hrconnect.core.records import FileSummary, ProblemSeverity
from hrconnect.errors import UnusableSourceError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from hrconnect.importers.base import DetectedSource

HEADER = "First Name,Last Name,Birthday,Notes,E-mail 1 - Label,E-mail 1 - Value\n"


def _google(tmp_path: Path, body: str | bytes, *, name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER + body).encode("utf-8") if isinstance(body, str) else body)
    return path


def _claimed(claim_path: Callable[[Path], list[DetectedSource]], path: Path) -> DetectedSource:
    sources = claim_path(path)
    assert len(sources) == 1
    return sources[0]


@pytest.mark.parametrize(
    "content",
    [b"", b"\r\n\r\n  \n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, b"\x00" * 4096],
)
def test_empty_and_binary_files_are_not_claimed(tmp_path, claim_path, content):
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)

    assert claim_path(path) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty_file"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 4096, "binary_file")],
)
def test_a_file_emptied_or_replaced_after_detection_is_unusable(
    tmp_path, claim_path, content, reason
):
    path = _google(tmp_path, "Ada,Obi,,,Work,ada@example.com\n")
    source = _claimed(claim_path, path)
    path.write_bytes(content)

    with pytest.raises(UnusableSourceError) as caught:
        list(source.read())

    assert caught.value.reason == reason
    assert "contacts.csv" in str(caught.value)


@pytest.mark.parametrize("body", ["", "\n\n", ",,,,,\n,,,,,\n"])
def test_a_header_without_rows_is_unusable_before_anything_is_yielded(tmp_path, claim_path, body):
    source = _claimed(claim_path, _google(tmp_path, body))
    items = source.read()

    with pytest.raises(UnusableSourceError) as caught:
        next(items)

    assert caught.value.reason == "no_rows"
    assert caught.value.where == "contacts.csv"


def test_a_last_row_cut_inside_a_quoted_cell_fails_and_earlier_rows_import(tmp_path, import_path):
    body = (
        'Ada,Obi,,"Two\nlines",Work,ada@example.com\n'
        "Ben,Ode,,,Work,ben@example.com\n"
        'Cleo,Ruiz,,"This note was cut off in the mid'
    )
    result = import_path(_google(tmp_path, body))

    assert [r.source_key for r in result.records] == ["name:ada obi#0", "name:ben ode#0"]
    assert result.problems_of(ProblemSeverity.FAILED) == [("truncated_row", "line 5")]
    assert result.summary.items == 2


def test_a_last_row_cut_outside_quotes_is_imported_with_a_warning(tmp_path, import_path):
    result = import_path(_google(tmp_path, "Ada,Obi,,,Work,ada@example.com\nBen,Ode,,,Wo"))

    assert [r.source_key for r in result.records] == ["name:ada obi#0", "name:ben ode#0"]
    assert result.problems_of(ProblemSeverity.WARNING) == [("row_cut_short", "line 3")]


def test_quotes_inside_cells_do_not_look_like_a_truncated_file(tmp_path, import_path):
    body = 'Ada,"O""Brien",,"said ""hi""",Work,ada@example.com\nBen,Ode,,5" screen,Work,b@x.org\n'

    result = import_path(_google(tmp_path, body))

    assert [r.family_name for r in result.records] == ['O"Brien', "Ode"]
    assert result.problems == []


def test_nul_bytes_are_removed_and_noted(tmp_path, import_path):
    body = b"Ada,O\x00bi,,,Work,ada@example.com\nBen,Ode,,,Work,ben@example.com\n"
    result = import_path(_google(tmp_path, HEADER.encode() + body))

    assert [r.source_key for r in result.records] == ["name:ada obi#0", "name:ben ode#0"]
    assert "nul_bytes_removed" in result.summary.notes


def test_a_60_mb_field_is_reported_and_reading_goes_on(tmp_path, import_path):
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        handle.write("Ada,Obi,1980-01-02,,Work,ada@example.com\n")
        handle.write('Huge,Note,,"')
        chunk = "x" * (1024 * 1024)
        for _ in range(60):
            handle.write(chunk)
        handle.write('",Work,huge@example.com\n')
        handle.write("Ben,Ode,22.03.1981,,Work,ben@example.com\n")

    result = import_path(path)

    assert [r.source_key for r in result.records] == ["name:ada obi#0", "name:ben ode#0"]
    assert result.problems_of(ProblemSeverity.FAILED) == [("field_too_long", "line 3")]
    assert result.records[1].locator.position == "line 4"


def test_utf16_outlook_export_with_bom_is_read(tmp_path, import_path):
    text = (
        '"First Name","Last Name","E-mail Address","E-mail Type","Mobile Phone"\r\n'
        '"Zoë","Ångström","zoe@example.se","SMTP","+46 70 000 00 00"\r\n'
    )
    path = tmp_path / "contacts.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))

    result = import_path(path)

    assert result.record("name:zoe angstrom#0").full_name == "Zoë Ångström"
    assert result.points("name:zoe angstrom#0", ContactKind.PHONE) == [
        ("+46 70 000 00 00", "mobile", False)
    ]


def test_progress_is_reported_every_500_records_and_the_summary_comes_last(tmp_path, claim_path):
    body = "".join(f"Person,Number{n},,,Work,p{n}@example.com\n" for n in range(1200))
    source = _claimed(claim_path, _google(tmp_path, body))

    items = list(source.read())

    progress = [i for i in items if isinstance(i, Progress)]
    assert [(p.done, p.stage, p.detail) for p in progress] == [
        (500, "reading", "contacts.csv"),
        (1000, "reading", "contacts.csv"),
    ]
    assert isinstance(items[-1], FileSummary)
    assert items[-1].items == 1200


def test_an_encoding_error_late_in_the_file_keeps_the_rows_before_it(tmp_path, import_path):
    text = '"First Name","Last Name","E-mail Address","E-mail Type"\r\n' + "".join(
        f'"Ada{n}","Obi","ada{n}@example.com","SMTP"\r\n' for n in range(2000)
    )
    path = tmp_path / "contacts.csv"
    # A UTF-16 file cut after an odd number of bytes cannot decode its last character.
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"A")

    result = import_path(path)

    # The undecodable last block is lost; everything before it stands.
    assert 1500 < len(result.records) < 2000
    assert result.records[0].source_key == "name:ada0 obi#0"
    assert result.problems_of(ProblemSeverity.FAILED) == [("read_error", "")]
    assert result.summary.notes == ("read_error",)
    assert result.summary.items == len(result.records)


def test_one_row_that_breaks_the_mapper_fails_alone(tmp_path, import_path, monkeypatch):
    from hrconnect.importers.contacts_csv.google import GoogleColumns

    original = GoogleColumns.draft

    def fragile(self, cells, *, day_first):
        if cells[0] == "Boom":
            raise ValueError("synthetic mapper failure")
        return original(self, cells, day_first=day_first)

    monkeypatch.setattr(GoogleColumns, "draft", fragile)
    body = "Ada,Obi,,,Work,ada@example.com\nBoom,Row,,,Work,b@example.com\nCy,Ray,,,,\n"

    result = import_path(_google(tmp_path, body))

    assert [r.source_key for r in result.records] == ["name:ada obi#0", "name:cy ray#0"]
    assert result.problems_of(ProblemSeverity.FAILED) == [("bad_row", "line 3")]
