# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Google Contacts and Outlook CSVs have the shapes of FORMATS.md §4."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.synth_tests.readers import csv_rows_by_line

if TYPE_CHECKING:
    from tests.synth_tests.conftest import Generated


def test_google_csv_uses_the_current_layout_and_multi_values(match_bench: Generated) -> None:
    data = match_bench.path("google-contacts.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    rows = list(csv_rows_by_line(text).values())
    header = rows[0]
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    for column in (
        "File As",
        "Labels",
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Value",
        "Address 1 - Formatted",
        "Website 1 - Value",
    ):
        assert column in header
    labels = [row[header.index("Labels")] for row in rows[1:]]
    assert all(label.startswith(("* myContacts", "* starred")) for label in labels)
    assert any(" ::: Ex-colleagues" in label for label in labels)
    assert any(row[header.index("E-mail 1 - Label")].startswith("* ") for row in rows[1:])
    assert any("\n" in row[header.index("Notes")] for row in rows[1:]), "no multi-line note"
    assert any(row[header.index("Birthday")].startswith("--") for row in rows[1:])


def test_google_rows_end_with_crlf_but_cells_hold_bare_newlines(match_bench: Generated) -> None:
    data = match_bench.path("google-contacts.csv").read_bytes()
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") > data.count(b"\r\n")


@pytest.mark.parametrize(
    ("name", "delimiter", "first_columns", "empty_date"),
    [
        ("outlook-contacts.csv", ",", ["Title", "First Name", "Middle Name"], "0/0/00"),
        ("outlook-contacten-nl.csv", ";", ["Titel", "Voornaam", "Middelste naam"], "0-0-00"),
    ],
)
def test_outlook_csv_quotes_every_field_in_cp1252(
    match_bench: Generated, name: str, delimiter: str, first_columns: list[str], empty_date: str
) -> None:
    data = match_bench.path(name).read_bytes()
    text = data.decode("cp1252")
    assert data.count(b"\n") >= data.count(b"\r\n") > 0
    header_line = text.split("\r\n", 1)[0]
    assert header_line.startswith('"')
    assert f'"{delimiter}"' in header_line
    rows = csv_rows_by_line(text, delimiter)
    header = rows[1]
    assert header[:3] == first_columns
    assert len(header) == 92
    first_record = text.split("\r\n")[1]
    assert first_record.startswith('"')
    assert first_record.count('"') >= 2 * 92
    assert any(empty_date in row for row in rows.values())


def test_outlook_replaces_characters_outside_cp1252(match_bench: Generated) -> None:
    names = [r["name"] for r in match_bench.truth["records"] if r["kind"] == "outlook"]
    assert all(name.encode("cp1252", errors="strict") for name in names)
