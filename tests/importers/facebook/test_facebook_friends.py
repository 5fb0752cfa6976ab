# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Friends become records with the friend-since date; placeholders and non-friends never do."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import ProblemSeverity
from tests.importers.facebook.conftest import as_facebook_json, write_tree

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from tests.importers.facebook.conftest import ReadResult


def test_a_friend_record_carries_name_date_key_and_provenance(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-json")

    jose = result.records[0]
    assert jose.kind is SourceKind.FACEBOOK
    assert jose.full_name == "José Martínez"
    assert (jose.given_name, jose.family_name) == ("José", "Martínez")
    assert jose.name_is_structured is False
    assert jose.connected_on == date(2024, 2, 1)
    assert jose.source_key == "name:jose martinez|1706803200"
    assert jose.locator.archive == "archive-2024-json"
    assert jose.locator.file == "connections/friends/your_friends.json"
    assert jose.locator.position == "item 1"
    assert ("timestamp", "1706803200") in jose.raw
    assert result.records[2].locator.position == "item 6"


def test_old_contact_info_becomes_an_email_or_phone(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2018-json")

    points = {r.full_name: r.contact_points for r in result.records}
    assert [(p.kind, p.value) for p in points["Anna Kowalska"]] == [
        (ContactKind.EMAIL, "anna.kowalska@example.pl")
    ]
    assert [(p.kind, p.value) for p in points["Jan van der Berg"]] == [
        (ContactKind.PHONE, "+32 475 12 34 56")
    ]
    assert points["José Martínez"] == ()


def test_friend_since_is_the_utc_date_of_the_timestamp(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    # 23:30 UTC on 31 Dec 2023 is already 2024 in Brussels; the import keeps UTC.
    files = {"your_friends.json": {"friends_v2": [{"name": "Mei Tanaka", "timestamp": 1704065400}]}}

    result = read_facebook(write_tree(tmp_path, files))

    assert result.records[0].connected_on == date(2023, 12, 31)


@pytest.mark.parametrize(
    ("name_in_file", "expected"),
    [
        pytest.param(as_facebook_json("José Martínez"), "José Martínez", id="mojibake-latin"),
        pytest.param(as_facebook_json("Łukasz Wójcik"), "Łukasz Wójcik", id="mojibake-polish"),
        pytest.param(as_facebook_json("Sam 🌱"), "Sam 🌱", id="mojibake-emoji"),
        pytest.param(as_facebook_json("田中芽衣"), "田中芽衣", id="mojibake-cjk"),
        pytest.param("José Martínez", "José Martínez", id="already-correct-latin1-range"),
        pytest.param("Łukasz Nowak", "Łukasz Nowak", id="already-correct-above-latin1"),
        pytest.param("Sam Okafor 🌱", "Sam Okafor 🌱", id="already-correct-emoji"),
        pytest.param("田中芽衣", "田中芽衣", id="already-correct-cjk"),
        pytest.param("Renée Ãlvarez", "Renée Ãlvarez", id="invalid-utf8-sequence-untouched"),
        pytest.param("Ã", "Ã", id="lone-lead-byte-untouched"),
        pytest.param("Priya Raman", "Priya Raman", id="ascii"),
    ],
)
def test_mojibake_is_repaired_and_correct_text_is_left_alone(
    read_facebook: Callable[[Path], ReadResult],
    tmp_path: Path,
    name_in_file: str,
    expected: str,
) -> None:
    files = {"your_friends.json": {"friends_v2": [{"name": name_in_file, "timestamp": 1}]}}

    result = read_facebook(write_tree(tmp_path, files))

    assert result.names() == [expected]


def test_a_list_repaired_by_another_tool_reads_unchanged(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    folder = facebook_fixtures / "friends-already-repaired"
    expected = [
        f["name"] for f in json.loads((folder / "your_friends.json").read_text())["friends_v2"]
    ]

    result = read_facebook(folder)

    assert result.names() == expected


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("", id="empty"),
        pytest.param("Facebook User", id="facebook-user"),
        pytest.param("facebook user", id="facebook-user-lower-case"),
        pytest.param("Utilisateur de Facebook", id="french"),
        pytest.param("Facebook-gebruiker", id="dutch"),
        pytest.param("\u206f\u206f\u206f", id="invisible-fillers"),
        pytest.param(as_facebook_json("\u206f\u206f"), id="invisible-fillers-mojibake"),
        pytest.param("\u200b \u200d", id="zero-width"),
        pytest.param("\u3164", id="hangul-filler"),
        pytest.param("   ", id="spaces"),
    ],
)
def test_placeholder_names_are_skipped_never_people(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path, name: str
) -> None:
    files = {
        "your_friends.json": {
            "friends_v2": [
                {"name": name, "timestamp": 1577836801},
                {"name": "Mei Tanaka", "timestamp": 1577836802},
            ]
        }
    }

    result = read_facebook(write_tree(tmp_path, files))

    assert result.names() == ["Mei Tanaka"]
    (problem,) = result.problems
    assert (problem.reason, problem.severity) == ("placeholder_name", ProblemSeverity.SKIPPED)
    assert problem.locator.position == "item 1"
    assert result.summaries[0].items == 1


def test_removed_friends_requests_followers_and_suggestions_are_not_friends(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    not_friends = {"Removed Person", "Requested Person", "Stranger Danger", "A Follower"}
    not_friends |= {"Suggested Person", "Another Suggestion"}

    for archive in ("archive-2018-json", "archive-2021-json", "archive-2024-json"):
        result = read_facebook(facebook_fixtures / archive)
        assert not not_friends & set(result.names()), archive


@pytest.mark.parametrize(
    ("display_name", "given", "family"),
    [
        ("Priya Raman", "Priya", "Raman"),
        ("Jan van der Berg", "Jan", "van der Berg"),
        ("Anne-Marie 't Hooft", "Anne-Marie", "'t Hooft"),
        ("Koen De Smet", "Koen", "De Smet"),
        ("Wim ter Horst", "Wim", "ter Horst"),
        ("María de la Cruz", "María", "de la Cruz"),
        ("Mary Ann Smith", "Mary Ann", "Smith"),
        ("Sam Okafor 🌱", "Sam", "Okafor"),
        ("Van Damme", "Van", "Damme"),
        ("Cher", "Cher", ""),
        ("田中芽衣", "田中芽衣", ""),
    ],
)
def test_display_names_split_on_the_last_word_keeping_particles(
    read_facebook: Callable[[Path], ReadResult],
    tmp_path: Path,
    display_name: str,
    given: str,
    family: str,
) -> None:
    files = {"your_friends.json": {"friends_v2": [{"name": display_name, "timestamp": 1}]}}

    (record,) = read_facebook(write_tree(tmp_path, files)).records

    assert (record.given_name, record.family_name) == (given, family)
    assert record.full_name == display_name


def test_namesakes_stay_apart_and_exact_repeats_are_skipped(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    files = {
        "your_friends.json": {
            "friends_v2": [
                {"name": "Jan Peeters", "timestamp": 1600000000},
                {"name": "Jan Peeters", "timestamp": 1500000000},
                {"name": "Jan Peeters", "timestamp": 1600000000},
                {"name": "Jan Peeters"},
                {"name": "Jan Peeters"},
            ]
        }
    }

    result = read_facebook(write_tree(tmp_path, files))

    assert [r.source_key for r in result.records] == [
        "name:jan peeters|1600000000",
        "name:jan peeters|1500000000",
        "name:jan peeters|",
        "name:jan peeters|#2",
    ]
    assert [r.connected_on for r in result.records][2:] == [None, None]
    (repeat,) = result.problems
    assert (repeat.reason, repeat.locator.position) == ("duplicate_entry", "item 3")
