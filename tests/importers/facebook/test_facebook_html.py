# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The HTML export is a fallback: names always, localised dates when they can be read."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import ContactKind
from hrconnect.core.records import ProblemSeverity
from tests.importers.facebook.conftest import write_tree

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from tests.importers.facebook.conftest import ReadResult


def test_old_html_reads_the_first_section_whatever_its_heading_language(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2015-html-german")

    assert result.names() == ["Jürgen Müller", "Anna Kowalska", "Sean O'Brien", "Jan van der Berg"]
    assert [r.locator.position for r in result.records] == ["item 1", "item 2", "item 3", "item 5"]
    assert all(r.connected_on is None for r in result.records)
    assert result.records[0].source_key == "name:jurgen muller|"
    assert result.records[0].locator.file == "html/friends.htm"
    (placeholder,) = result.problems
    assert (placeholder.reason, placeholder.severity) == (
        "placeholder_name",
        ProblemSeverity.SKIPPED,
    )


def test_old_html_entries_with_an_address_in_brackets_keep_it_as_email(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2015-html-german")

    anna = next(r for r in result.records if r.family_name == "Kowalska")
    assert anna.full_name == "Anna Kowalska"
    assert [(p.kind, p.value) for p in anna.contact_points] == [
        (ContactKind.EMAIL, "anna.kowalska@example.pl")
    ]


def test_old_html_names_its_owner(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2015-html-german")

    assert [o.full_name for o in result.owner_facts] == ["Priya Raman"]


@pytest.mark.parametrize(
    ("archive", "expected"),
    [
        pytest.param(
            "archive-2021-html-spanish",
            [
                ("José Martínez", date(2021, 6, 14)),
                ("Lucía Fernández", date(2021, 1, 3)),  # "3 ene. 2021": Spanish month name
                ("Carlos Ruiz", date(2019, 9, 9)),
            ],
            id="2021-spanish",
        ),
        pytest.param(
            "archive-2022-html-french",
            [("Élodie Dubois", date(2022, 8, 7)), ("Anne-Marie 't Hooft", date(2022, 2, 1))],
            id="2022-french",
        ),
        pytest.param(
            "archive-2024-html",
            [
                ("Mei Tanaka", date(2024, 2, 22)),
                ("Sam Okafor 🌱", date(2024, 2, 22)),
                ("Jan van der Berg", date(2023, 12, 31)),
                ("Jan van der Berg", None),
                ("Jan van der Berg", None),
            ],
            id="2024-english",
        ),
    ],
)
def test_new_html_reads_names_and_friend_since_dates_by_structure(
    read_facebook: Callable[[Path], ReadResult],
    facebook_fixtures: Path,
    archive: str,
    expected: list[tuple[str, date | None]],
) -> None:
    result = read_facebook(facebook_fixtures / archive)

    assert [(r.full_name, r.connected_on) for r in result.records] == expected
    assert all(p.reason == "placeholder_name" for p in result.problems)
    assert "html_export" in result.summaries[-1].notes


def test_html_friends_without_a_date_get_an_empty_timestamp_and_namesakes_stay_apart(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-html")

    assert [r.source_key for r in result.records if r.full_name == "Jan van der Berg"] == [
        "name:jan van der berg|1704060838",
        "name:jan van der berg|",
        "name:jan van der berg|#2",
    ]


def test_html_message_threads_are_counted_not_read(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-html")

    assert result.interactions == []
    assert all(not e.path.endswith("message_1.html") for e in result.sources[0].entries)


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("Feb 22, 2024 8:10:40pm", date(2024, 2, 22)),
        ("14 jun. 2021 21:41", date(2021, 6, 14)),
        ("août 07, 2022 10:55:38pm", date(2022, 8, 7)),
        ("22. Februar 2024 um 20:10", date(2024, 2, 22)),
        ("22 februari 2024 20:10", date(2024, 2, 22)),
        ("Thursday, February 22, 2024 at 8:10 PM", date(2024, 2, 22)),
        ("2024-02-22 20:10", date(2024, 2, 22)),
        ("Feb 31, 2024 8:10pm", None),
        ("gisteren", None),
        ("12:30", None),
    ],
)
def test_localised_friend_since_dates_are_read_best_effort(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path, date_text: str, expected: date
) -> None:
    page = (
        '<html><body><div role="main"><div class="_a6-g"><div class="_a6-h">Mei Tanaka</div>'
        f'<div class="_a6-o"><div class="_a72d">{date_text}</div></div></div></div></body></html>'
    )
    path = write_tree(tmp_path, {"your_friends.html": page}) / "your_friends.html"

    (record,) = read_facebook(path).records

    assert record.connected_on == expected
    assert ("date", date_text) in record.raw


def test_a_main_block_nested_in_a_single_wrapper_is_still_found(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    page = (
        '<html><body><div role="main"><div class="wrapper"><section>'
        "<div><span>Mei Tanaka</span><span>Feb 22, 2024 8:10:40pm</span></div>"
        "<div><span>Jan Peeters</span><span>Jan 2, 2020 9:00:00am</span></div>"
        "</section></div></div></body></html>"
    )
    path = write_tree(tmp_path, {"friends.html": page}) / "friends.html"

    result = read_facebook(path)

    assert [(r.full_name, r.connected_on) for r in result.records] == [
        ("Mei Tanaka", date(2024, 2, 22)),
        ("Jan Peeters", date(2020, 1, 2)),
    ]


def test_the_owner_named_by_an_old_html_page_decides_message_direction(
    read_facebook: Callable[[Path], ReadResult], copy_fixture: Callable[[str], Path]
) -> None:
    folder = copy_fixture("archive-2015-html-german")
    group = {
        "participants": [
            {"name": "Jürgen Müller"},
            {"name": "Priya Raman"},
            {"name": "Jan Peeters"},
        ],
        "messages": [
            {"sender_name": "Priya Raman", "timestamp_ms": 1741003200000, "content": "Hallo"}
        ],
    }
    write_tree(folder, {"messages/inbox/stammtisch_1/message_1.json": group})

    result = read_facebook(folder)

    assert sorted(i.counterpart.name for i in result.interactions) == [
        "Jan Peeters",
        "Jürgen Müller",
    ]
    assert {i.direction for i in result.interactions} == {"out"}
    assert "owner_from_profile" in result.summaries[-1].notes
