# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The colleagues and calendar commands, end to end through the CLI."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

import pytest
from icalendar import Calendar

from tests.services.conftest import write_vcards
from tests.services.test_colleagues import CARDS, CONNECTIONS, POSITIONS, linkedin_archive

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def imported(cli, tmp_path: Path) -> dict[str, int]:
    archive = linkedin_archive(tmp_path / "li", POSITIONS, CONNECTIONS)
    cards = write_vcards(tmp_path / "phone", [*CARDS, "N:Leap;Lea;;;\nFN:Lea Leap\nBDAY:--0229"])
    assert cli("import", str(archive), str(cards), "--json").code == 0
    people = cli("export", "--format", "json").json()["people"]
    return {p["name"]: p["id"] for p in people}


def test_colleagues_json_has_the_contract_shape(cli, imported: dict[str, int]) -> None:
    result = cli("colleagues", "--json")
    assert result.code == 0
    document = result.json()
    assert set(document) == {"version", "employers"}
    assert document["version"] == 1
    employers = document["employers"]
    assert [(e["company"], e["from"], e["to"], e["current"]) for e in employers] == [
        ("Solvaris SA", "2009-07", None, True),
        ("Brabant Verzekeringen NV", "2004-09", "2009-06", False),
    ]
    for employer in employers:
        assert set(employer) == {"company", "title", "from", "to", "current", "people"}
        for person in employer["people"]:
            assert set(person) == {"id", "name", "evidence"}
            assert imported[person["name"]] == person["id"]
    brabant = {p["name"]: p["evidence"] for p in employers[1]["people"]}
    assert brabant["Lotte Jacobs"] == ["email domain brabantverzekeringen.be"]
    assert brabant["Els Martens"] == ["company BRABANT VERZEKERINGEN in a vCard"]
    assert "Tom Wouters" not in brabant


def test_colleagues_prints_a_grouped_listing(cli, imported: dict[str, int]) -> None:
    result = cli("colleagues")
    assert result.code == 0
    lines = result.out.splitlines()
    assert "Solvaris SA (HR Director, 2009-07 to now, current): 1 person" in lines
    brabant = lines.index(
        "Brabant Verzekeringen NV (HR Business Partner, 2004-09 to 2009-06): 4 people"
    )
    assert f"{imported['Koen Claes']}  Koen Claes  (company Brabant" in lines[brabant + 1]
    assert "Left out because they name no employer: Freelance." in lines


def test_colleagues_without_positions_explains_what_to_import(cli) -> None:
    result = cli("colleagues")
    assert result.code == 0
    assert "Positions.csv" in result.out
    assert cli("colleagues", "--json").json() == {"version": 1, "employers": []}


def test_calendar_writes_an_ics_file(cli, imported: dict[str, int], tmp_path: Path) -> None:
    jan = str(imported["Jan de Vries"])
    assert cli("remind", "--person", jan, "--every", "30").code == 0
    target = tmp_path / "hrconnect.ics"
    result = cli("calendar", "-o", str(target), "--today", "2026-11-20", "--days", "30")
    assert result.code == 0
    assert result.out == ""
    assert "Wrote 1 keep-in-touch reminder and 1 birthday to" in result.err
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0, "the calendar names people: private file"
    calendar = Calendar.from_ical(target.read_bytes())
    [reminder] = [e for e in calendar.events if "RRULE" not in e]
    assert str(reminder.summary) == "Get in touch with Jan de Vries"
    assert reminder.start == date(2026, 11, 20), "overdue since 2020: placed on today"
    assert "connection date of 2020-01-15" in str(reminder["DESCRIPTION"])
    [leap] = [e for e in calendar.events if "RRULE" in e]
    assert leap["RRULE"].to_ical() == b"FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2"


def test_calendar_goes_to_stdout_without_o(cli, imported: dict[str, int]) -> None:
    result = cli("calendar", "--today", "2026-11-20")
    assert result.code == 0
    calendar = Calendar.from_ical(result.out)
    assert [str(e.summary) for e in calendar.events] == ["Birthday of Lea Leap"]


@pytest.mark.parametrize(
    "args",
    [("--days", "0"), ("--today", "20/11/2026"), ("-o", ".")],
)
def test_calendar_refuses_bad_options_with_exit_2(
    cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    values = [str(tmp_path) if value == "." else value for value in args]
    result = cli("calendar", *values)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
