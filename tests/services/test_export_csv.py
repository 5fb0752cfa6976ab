# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CSV export: opens cleanly in Excel (BOM, CRLF, quoting) and never carries a live formula."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

import pytest

from hrconnect.errors import NotFoundError
from hrconnect.services.export_csv import COLUMNS, CsvExporter, neutralise
from hrconnect.services.people import PersonEdit
from tests.services.conftest import run_import, write_connections, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App

JAN_LINKEDIN = (
    "Jan,de Vries,https://www.linkedin.com/in/jan-de-vries,jan.devries@example.be,"
    'Brabant Verzekeringen NV,"Director, People & Culture",14 Mar 2019'
)
HOSTILE_CARD = "\n".join(
    [
        'N:Hostile;=HYPERLINK("http://evil.example"\\;"click");;;',
        'FN:=HYPERLINK("http://evil.example"\\;"click")',
        "ORG:-2+3",
        "TITLE:@SUM(1+1)",
        "TEL;TYPE=cell:+32 475 12 34 56",
        "BDAY:--03-14",
    ]
)
ZOE_CARD = "N:Müller;Zoë;;;\nFN:Zoë Müller\nEMAIL:zoe@example.de\nCATEGORIES:VIP,Recruiters"


def exported(app: App, ids: Any = None, delimiter: str = ",") -> bytes:
    stream = io.BytesIO()
    CsvExporter(app.store, app.clock).write(stream, ids, delimiter=delimiter)
    return stream.getvalue()


def rows(data: bytes, delimiter: str = ",") -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.fixture
def people(app: App, tmp_path: Path) -> App:
    run_import(
        app,
        write_connections(tmp_path / "li", [JAN_LINKEDIN]),
        write_vcards(tmp_path / "phone", [HOSTILE_CARD, ZOE_CARD]),
    )
    jan = next(p.id for p in app.people.summaries() if p.display_name == "Jan de Vries")
    app.people.edit(jan, PersonEdit(note="Met in Gent, 2024.\nCall back; about the role."))
    return app


def test_the_file_starts_with_a_bom_and_ends_lines_with_crlf(people: App) -> None:
    data = exported(people)
    assert data.startswith(b"\xef\xbb\xbfid,name,given_name,")
    body = data.replace(b'"Met in Gent, 2024.\nCall back; about the role."', b"")
    assert body.count(b"\n") == body.count(b"\r\n") == 4  # header and three people
    assert b"\r\n" in data
    assert not data.endswith(b"\r\n\r\n")


def test_columns_come_in_a_stable_order_and_values_survive_quoting(people: App) -> None:
    table = rows(exported(people))
    assert list(table[0]) == list(COLUMNS)
    jan = next(row for row in table if row["name"] == "Jan de Vries")
    assert jan["title"] == "Director, People & Culture"
    assert jan["organization"] == "Brabant Verzekeringen NV"
    assert jan["emails"] == "jan.devries@example.be"
    assert jan["urls"] == "https://www.linkedin.com/in/jan-de-vries"
    assert jan["note"] == "Met in Gent, 2024.\nCall back; about the role."
    assert jan["sources"] == "linkedin"
    zoe = next(row for row in table if row["name"] == "Zoë Müller")
    assert zoe["tags"] == "Recruiters; VIP"
    assert zoe["birthday"] == ""


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("name", '\'=HYPERLINK("http://evil.example";"click")'),
        ("organization", "'-2+3"),
        ("title", "'@SUM(1+1)"),
        ("phones", "'+32475123456"),
        ("birthday", "'--03-14"),
    ],
)
def test_cells_that_could_be_formulas_are_neutralised(
    people: App, column: str, expected: str
) -> None:
    hostile = next(row for row in rows(exported(people)) if row["family_name"] == "Hostile")
    assert hostile[column] == expected


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+32475123456", "'+32475123456"),
        ("-10", "'-10"),
        ("@cmd", "'@cmd"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\n=1+1", "'\n=1+1"),
        ("Jan de Vries", "Jan de Vries"),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def test_no_cell_of_the_file_starts_like_a_formula(people: App) -> None:
    for row in rows(exported(people)):
        for value in row.values():
            assert value[:1] not in {"=", "+", "-", "@", "\t", "\r", "\n"}, value


def test_a_semicolon_delimiter_for_excel_in_dutch_locales(people: App) -> None:
    data = exported(people, delimiter=";")
    assert data.startswith(b"\xef\xbb\xbfid;name;")
    jan = next(row for row in rows(data, ";") if row["name"] == "Jan de Vries")
    assert jan["note"] == "Met in Gent, 2024.\nCall back; about the role."


def test_selected_and_merged_ids_and_unknown_ids(app: App, tmp_path: Path) -> None:
    run_import(
        app,
        write_connections(tmp_path / "li", [JAN_LINKEDIN]),
        write_vcards(
            tmp_path / "phone",
            ["N:de Vries;Jan;;;\nFN:Jan de Vries\nEMAIL:jan.devries@example.be", ZOE_CARD],
        ),
    )
    assert app.people.count() == 2
    jan = next(p.id for p in app.people.summaries() if p.display_name == "Jan de Vries")
    absorbed = [pid for pid in (1, 2, 3) if pid != jan and app.people.resolve(pid) == jan]
    table = rows(exported(app, [*absorbed, jan]))
    assert [row["id"] for row in table] == [str(jan)]
    assert table[0]["sources"] == "linkedin; vcard"
    with pytest.raises(NotFoundError):
        exported(app, [4242])
