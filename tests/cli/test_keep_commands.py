# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The keep-in-touch, tag and search commands of CLI.md, end to end through the CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.services.test_reminders import archive

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def imported(cli, tmp_path: Path) -> dict[str, int]:
    assert cli("import", str(archive(tmp_path / "li")), "--json").code == 0
    people = cli("export", "--format", "json").json()["people"]
    return {p["name"]: p["id"] for p in people}


def test_due_json_has_the_contract_shape_and_reasons(cli, imported: dict[str, int]) -> None:
    griet = imported["Griet Vandewalle"]
    assert cli("remind", "--person", str(griet), "--every", "180").code == 0
    result = cli("due", "--today", "2026-11-20", "--json")
    assert result.code == 0
    document = result.json()
    assert document["version"] == 1
    assert document["today"] == "2026-11-20"
    [item] = document["due"]
    assert {
        k: item[k] for k in ("person", "name", "due_on", "last_contact", "every_days", "reason")
    } == {
        "person": griet,
        "name": "Griet Vandewalle",
        "due_on": "2026-11-20",
        "last_contact": "2025-09-03",
        "every_days": 180,
        "reason": "last_contact_plus_interval",
    }
    assert "LinkedIn message of 2025-09-03" in item["reason_text"]


def test_log_moves_the_due_date_and_snooze_hides_it(cli, imported: dict[str, int]) -> None:
    tom = str(imported["Tom Wouters"])
    cli("remind", "--person", tom, "--every", "30")
    assert cli("log", tom, "--kind", "call", "--on", "2026-11-01", "--note", "catch-up").code == 0
    assert cli("due", "--today", "2026-11-20", "--json").json()["due"] == []
    assert cli("due", "--today", "2026-12-02", "--json").json()["due"][0]["name"] == "Tom Wouters"
    cli("snooze", tom, "--until", "2027-01-10")
    assert cli("due", "--today", "2026-12-02", "--json").json()["due"] == []


def test_log_rejects_unknown_people_and_kinds_with_exit_2(cli, imported: dict[str, int]) -> None:
    assert cli("log", "9999", "--kind", "call").code == 2
    assert cli("log", str(imported["Tom Wouters"]), "--kind", "telepathy").code == 2


def test_tags_and_tag_intervals(cli, imported: dict[str, int]) -> None:
    ids = [str(imported["Griet Vandewalle"]), str(imported["Tom Wouters"])]
    assert cli("tag", "add", "Ex-colleagues", *ids).code == 0
    assert cli("remind", "--tag", "Ex-colleagues", "--every", "180").code == 0
    listed = cli("tag", "list", "--json").json()["tags"]
    assert listed == [{"name": "Ex-colleagues", "people": 2, "every_days": 180}]
    assert cli("tag", "rename", "Ex-colleagues", "Former colleagues").code == 0
    assert cli("tag", "add", "Alumni", ids[0]).code == 0
    assert cli("tag", "merge", "Alumni", "Former colleagues").code == 0
    names = [t["name"] for t in cli("tag", "list", "--json").json()["tags"]]
    assert names == ["Former colleagues"]
    due = cli("due", "--today", "2026-11-20", "--json").json()["due"]
    assert {d["name"] for d in due} == {"Griet Vandewalle", "Tom Wouters"}
    assert cli("tag", "delete", "Former colleagues").code == 0
    assert cli("due", "--today", "2026-11-20", "--json").json()["due"] == []
    assert cli("tag", "delete", "Nope").code == 2


def test_search_json_and_saved_search(cli, imported: dict[str, int]) -> None:
    result = cli("search", "company:acme", "--json", "--save", "Acme people")
    assert result.code == 0
    assert [r["name"] for r in result.json()["results"]] == ["Griet Vandewalle"]
    assert cli("search", "nobody-like-this").out.startswith("No one matches")
