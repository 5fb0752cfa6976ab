# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The export, backup, restore and forget commands: output, JSON shapes and exit codes."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import pytest

from tests.services.conftest import write_connections, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

PRIYA = 'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Acme NV,"CHRO, Benelux",07 Feb 2026'
GRIET_CARD = (
    "N:Vandewalle;Griet;;;\nFN:Griet Vandewalle\nEMAIL:griet@solvaris.example\n"
    "TEL;TYPE=cell:+32 499 00 00 01\nNOTE:Line one\\nline two"
)


@pytest.fixture
def imported(cli, tmp_path: Path) -> dict[str, int]:
    """Priya from LinkedIn and Griet from a phone; returns their ids by first name."""
    result = cli(
        "import",
        str(write_connections(tmp_path / "li", [PRIYA])),
        str(write_vcards(tmp_path / "phone", [GRIET_CARD])),
    )
    assert result.code == 0, result.err
    people = cli("export", "--format", "json").json()["people"]
    return {p["given_name"]: p["id"] for p in people}


@pytest.mark.parametrize(("fmt", "version"), [("vcard", "4.0"), ("vcard3", "3.0")])
def test_export_vcard_to_stdout(cli, imported, fmt: str, version: str) -> None:
    result = cli("export", "--format", fmt)
    assert result.code == 0
    assert result.err == ""
    assert result.out.count("BEGIN:VCARD") == 2
    assert f"VERSION:{version}" in result.out
    assert "TITLE:CHRO\\, Benelux" in result.out


def test_export_vcard_of_some_people_to_a_private_file(cli, imported, tmp_path: Path) -> None:
    target = tmp_path / "out" / "griet.vcf"
    target.parent.mkdir()
    result = cli("export", "--format", "vcard", "--ids", str(imported["Griet"]), "-o", str(target))
    assert (result.code, result.out) == (0, "")
    data = target.read_bytes()
    assert data.count(b"BEGIN:VCARD") == 1
    assert b"FN:Griet Vandewalle\r\n" in data
    assert target.stat().st_mode & 0o077 == 0
    assert list(target.parent.iterdir()) == [target]


def test_export_csv_opens_in_excel(cli, imported, tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    assert cli("export", "--format", "csv", "-o", str(target)).code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,name,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    by_name = {row["name"]: row for row in rows}
    assert by_name["Griet Vandewalle"]["phones"] == "'+32499000001"
    assert by_name["Griet Vandewalle"]["note"] == "Line one\nline two"
    assert by_name["Priya Raman"]["title"] == "CHRO, Benelux"


@pytest.mark.parametrize("fmt", ["json", "vcard", "vcard3", "csv"])
def test_export_of_an_unknown_id_is_one_line_exit_2_and_leaves_no_file(
    cli, imported, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / "nobody.out"
    result = cli("export", "--format", fmt, "--ids", "4242", "-o", str(target))
    assert result.code == 2
    assert result.err == "hrconnect: no person with id 4242\n"
    assert not target.exists()
    assert not (tmp_path / "nobody.out.part").exists()


def test_backup_and_backup_list_in_json(cli, imported) -> None:
    made = cli("backup", "--json")
    assert made.code == 0
    backup = made.json()["backup"]
    assert set(backup) == {"file", "name", "taken_at", "reason", "size"}
    assert backup["reason"] == "manual"
    assert backup["taken_at"].endswith("Z")
    listed = cli("backup", "--list", "--json").json()
    assert listed["version"] == 1
    assert listed["backups"][0] == backup  # newest first
    assert {b["reason"] for b in listed["backups"]} >= {"manual"}


def test_backup_list_as_a_table(cli, imported) -> None:
    cli("backup")
    result = cli("backup", "--list")
    assert result.code == 0
    assert result.out.splitlines()[0].split() == ["taken", "(UTC)", "reason", "size", "file"]
    assert "manual" in result.out
    assert "hrconnect restore FILE" in result.out


def test_restore_and_restore_again(cli, imported, tmp_path: Path) -> None:
    saved = cli("backup", "--json").json()["backup"]["file"]
    assert cli("forget", str(imported["Priya"])).code == 0
    restored = cli("restore", saved, "--json")
    assert restored.code == 0, restored.err
    document = restored.json()
    assert set(document) == {"version", "restored", "undo_backup", "migrated_from"}
    assert document["migrated_from"] is None
    assert len(cli("export", "--format", "json").json()["people"]) == 2

    again = cli("restore", document["undo_backup"])
    assert again.code == 0
    assert "To undo this restore: hrconnect restore" in again.out
    assert [p["name"] for p in cli("export", "--format", "json").json()["people"]] == [
        "Griet Vandewalle"
    ]


def test_restore_of_something_else_is_refused_with_exit_2(cli, imported, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("just notes\n", encoding="utf-8")
    result = cli("restore", str(notes))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "is not an hrconnect backup" in result.err
    assert cli("restore", str(tmp_path / "missing.sqlite")).code == 2
    assert len(cli("export", "--format", "json").json()["people"]) == 2


def test_forget_in_json_then_a_reimport_reports_them_forgotten(
    cli, imported, tmp_path: Path
) -> None:
    backup = cli("backup", "--json").json()["backup"]["file"]
    result = cli("forget", str(imported["Priya"]), "--json")
    assert result.code == 0
    document = result.json()
    assert set(document) == {
        "version",
        "person",
        "records",
        "interactions",
        "decisions",
        "tombstones",
        "reimport_allowed",
        "file_rebuilt",
        "backups_with_person",
    }
    assert document["person"] == imported["Priya"]
    assert document["reimport_allowed"] is False
    assert document["backups_with_person"] == [backup]
    assert "Priya" not in result.out

    later = write_connections(tmp_path / "li-later", [PRIYA, "Jan,Peeters,,,,,01 Mar 2025"])
    report = cli("import", str(later), "--json").json()
    reasons = [p["reason"] for f in report["files"] for p in f["skipped"]]
    assert reasons == ["forgotten"]
    names = [p["name"] for p in cli("export", "--format", "json").json()["people"]]
    assert "Priya Raman" not in names


def test_forget_explains_backups_and_allow_reimport(cli, imported) -> None:
    cli("backup")
    result = cli("forget", str(imported["Priya"]), "--allow-reimport")
    assert result.code == 0
    assert result.out.startswith(f"Forgot person {imported['Priya']} (Priya Raman):")
    assert "will bring them back (--allow-reimport)" in result.out
    assert "No backup was taken first" in result.out
    assert "older backup(s) still contain this person" in result.out


def test_forget_of_an_unknown_person_exits_2(cli, imported) -> None:
    result = cli("forget", "4242")
    assert result.code == 2
    assert result.err == "hrconnect: no person with id 4242\n"
