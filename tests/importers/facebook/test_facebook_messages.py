# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Message threads become one interaction per thread, person and UTC day."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import InteractionKind, SourceKind
from tests.importers.facebook.conftest import as_facebook_json, write_tree

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from hrconnect.core.records import ForeignInteraction
    from tests.importers.facebook.conftest import ReadResult

OWNER = "Priya Raman"
MESSAGES_2024 = "your_activity_across_facebook/messages"


def _thread(participants: list[object], messages: list[dict[str, object]]) -> dict[str, object]:
    return {"participants": participants, "messages": messages, "title": "t"}


def _by_day(interactions: list[ForeignInteraction]) -> dict[date, ForeignInteraction]:
    return {i.occurred_at.date(): i for i in interactions}


def test_a_split_thread_is_one_thread_with_one_interaction_per_day(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-json")

    days = _by_day(result.interactions)
    assert sorted(days) == [
        date(2024, 1, 1),  # message_2.json (older part of the thread)
        date(2024, 6, 1),  # e2ee_cutover copy of the same thread folder
        date(2025, 1, 9),
        date(2025, 1, 10),
    ]
    newest = days[date(2025, 1, 10)]
    assert newest.kind is InteractionKind.FACEBOOK_MESSAGE
    assert newest.occurred_at == datetime(2025, 1, 10, 2, 50, 43, 701000, tzinfo=UTC)
    assert newest.counterpart.kind is SourceKind.FACEBOOK
    assert newest.counterpart.name == "José Martínez"
    assert newest.counterpart.source_key is None
    assert newest.source_key == "josemartinez_10229384756|jose martinez|2025-01-10"
    assert newest.is_group is False
    assert len({i.source_key for i in result.interactions}) == len(result.interactions)


def test_unsent_messages_are_ignored_and_counted(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-json")

    # The newest message of 10 January was unsent by the owner: José's reply is what counts.
    newest = _by_day(result.interactions)[date(2025, 1, 10)]
    assert (newest.direction, newest.summary) == ("in", "¡Hasta pronto! 👋")
    assert "ignored_unsent:1" in result.summary_for(MESSAGES_2024).notes


def test_direction_follows_the_newest_message_and_summary_the_newest_text(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-json")

    # On 9 January the owner's photo came last; the day's newest text was José's greeting.
    day = _by_day(result.interactions)[date(2025, 1, 9)]
    assert day.direction == "out"
    assert day.occurred_at == datetime(2025, 1, 9, 3, 0, tzinfo=UTC)
    assert day.summary == "Bonjour Priya, ça va ?"
    assert day.locator.file.endswith("inbox/josemartinez_10229384756/message_1.json")
    assert day.locator.position == "item 4"


def test_early_2018_timestamps_in_seconds_are_read_like_milliseconds(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2018-json")

    days = _by_day(result.interactions)
    assert days[date(2018, 5, 1)].occurred_at == datetime(2018, 5, 1, 16, 0, tzinfo=UTC)
    assert days[date(2018, 5, 1)].summary == "Dziękuję za polecenie!"
    assert days[date(2018, 5, 1)].direction == "in"
    assert days[date(2018, 4, 30)].direction == "out"


def test_group_threads_give_each_named_participant_an_interaction(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2025-json")

    group = [i for i in result.interactions if i.source_key.startswith("hrmeetupgent_4827364|")]
    assert sorted((i.occurred_at.date().isoformat(), i.counterpart.name) for i in group) == [
        ("2025-03-01", "Anne-Marie 't Hooft"),
        ("2025-03-01", "Jan van der Berg"),
        ("2025-03-03", "Anne-Marie 't Hooft"),
        ("2025-03-03", "Jan van der Berg"),
    ]
    assert all(i.is_group for i in group)
    assert {i.summary for i in group if i.occurred_at.day == 3} == {
        "Agenda attached – see you Thursday"
    }
    assert "Facebook User" not in {i.counterpart.name for i in result.interactions}


def test_threads_with_only_placeholder_counterparts_are_ignored_and_counted(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-json")

    assert {i.counterpart.name for i in result.interactions} == {"José Martínez"}
    summary = result.summary_for(MESSAGES_2024)
    assert "placeholder_threads:2" in summary.notes
    assert summary.items == 3


def test_the_profile_names_the_owner(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2024-json")

    (owner,) = result.owner_facts
    assert (owner.full_name, owner.emails, owner.phones) == (
        OWNER,
        ("priya.raman@example.com",),
        ("+32470000000",),
    )
    assert owner.birthday is not None
    assert owner.birthday.isoformat() == "1988-03-14"
    assert "owner_from_profile" in result.summary_for(MESSAGES_2024).notes
    assert OWNER not in {i.counterpart.name for i in result.interactions}


def test_without_a_profile_the_owner_is_the_participant_in_every_thread(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2025-json")

    (owner,) = result.owner_facts
    assert owner.full_name == OWNER
    assert owner.locator.file == "facebook-priyaraman2025/your_facebook_activity/messages"
    assert OWNER not in {i.counterpart.name for i in result.interactions}
    mei = next(i for i in result.interactions if i.counterpart.name == "Mei Tanaka")
    assert (mei.direction, mei.summary) == ("out", "田中さん、よろしく！")


def test_a_single_one_to_one_thread_tells_the_owner_by_the_folder_name(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "archive-2021-json")

    assert {i.counterpart.name for i in result.interactions} == {"Anne-Marie 't Hooft"}
    assert result.interactions[0].direction == "out"
    assert result.owner_facts == [], "one thread is not enough to report the owner's facts"


def test_a_group_thread_alone_leaves_the_owner_unknown_without_direction(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    thread = _thread(
        [{"name": "Priya Raman"}, {"name": "Jan Peeters"}, {"name": "Mei Tanaka"}],
        [{"sender_name": "Jan Peeters", "timestamp_ms": 1741003200000, "content": "Hi all"}],
    )
    folder = write_tree(tmp_path / "drop", {"messages/inbox/team_123/message_1.json": thread})

    result = read_facebook(folder)

    assert {i.direction for i in result.interactions} == {""}
    assert "owner_unknown" in result.summaries[-1].notes


def test_secure_storage_threads_with_string_participants_are_read(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    result = read_facebook(facebook_fixtures / "secure-storage-e2ee")

    (interaction,) = result.interactions
    assert interaction.counterpart.name == "Mei Tanaka"
    assert interaction.source_key == "meitanaka_1|mei tanaka|2025-04-18"
    assert interaction.summary == "Thanks for the intro!"
    assert interaction.direction == "in"
    assert "ignored_unsent:1" in result.summaries[-1].notes


def test_senders_who_left_the_thread_still_count_as_participants(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    threads = {
        "messages/inbox/meitanaka_1/message_1.json": _thread(
            [{"name": "Mei Tanaka"}, {"name": OWNER}],
            [{"sender_name": "Mei Tanaka", "timestamp_ms": 1741003200000, "content": "x"}],
        ),
        "messages/inbox/club_2/message_1.json": _thread(
            [{"name": OWNER}, {"name": "Mei Tanaka"}],
            [{"sender_name": "Jan Peeters", "timestamp_ms": 1741003200000, "content": "bye"}],
        ),
    }

    result = read_facebook(write_tree(tmp_path / "drop", threads))

    club = {i.counterpart.name for i in result.interactions if i.source_key.startswith("club_2|")}
    assert club == {"Mei Tanaka", "Jan Peeters"}


def test_names_and_message_text_are_repaired(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    thread = _thread(
        [{"name": as_facebook_json("Łukasz Wójcik")}, {"name": OWNER}],
        [
            {
                "sender_name": as_facebook_json("Łukasz Wójcik"),
                "timestamp_ms": 1741003200000,
                "content": as_facebook_json("Dzięki! 😀"),
            }
        ],
    )
    result = read_facebook(
        write_tree(tmp_path / "drop", {"messages/inbox/lukaszwojcik_9/message_1.json": thread})
    )

    (interaction,) = result.interactions
    assert interaction.counterpart.name == "Łukasz Wójcik"
    assert interaction.summary == "Dzięki! 😀"
    assert interaction.source_key == "lukaszwojcik_9|łukasz wojcik|2025-03-03"


def test_a_long_message_summary_is_one_line_of_at_most_280_characters(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    long_text = "Line one\n\n" + "word " * 200
    thread = _thread(
        [{"name": "Mei Tanaka"}, {"name": OWNER}],
        [{"sender_name": "Mei Tanaka", "timestamp_ms": 1741003200000, "content": long_text}],
    )
    result = read_facebook(
        write_tree(tmp_path / "drop", {"messages/inbox/meitanaka_1/message_1.json": thread})
    )

    summary = result.interactions[0].summary
    assert len(summary) == 280
    assert summary.startswith("Line one word word")
    assert "\n" not in summary
    assert summary.endswith("…")


@pytest.mark.parametrize(
    ("message", "note"),
    [
        pytest.param(
            {"sender_name": "Mei Tanaka", "content": "no time"}, "bad_messages:1", id="no-time"
        ),
        pytest.param(
            {"sender_name": "Mei Tanaka", "timestamp_ms": "yesterday"},
            "bad_messages:1",
            id="text-time",
        ),
        pytest.param("just a string", "bad_messages:1", id="not-an-object"),
        pytest.param(
            {"sender_name": "Mei Tanaka", "timestamp_ms": 10**30},
            "bad_messages:1",
            id="absurd-time",
        ),
        pytest.param(
            {"senderName": "Mei Tanaka", "timestamp": 1741003200000, "isUnsent": True},
            "ignored_unsent:1",
            id="secure-storage-unsent",
        ),
    ],
)
def test_unusable_messages_are_counted_and_the_rest_of_the_thread_is_read(
    read_facebook: Callable[[Path], ReadResult],
    tmp_path: Path,
    message: object,
    note: str,
) -> None:
    good = {"sender_name": "Mei Tanaka", "timestamp_ms": 1741003200000, "content": "ok"}
    thread = {
        "participants": [{"name": "Mei Tanaka"}, {"name": OWNER}],
        "messages": [message, good],
    }

    result = read_facebook(
        write_tree(tmp_path / "drop", {"messages/inbox/meitanaka_1/message_1.json": thread})
    )

    assert [i.summary for i in result.interactions] == ["ok"]
    assert note in result.summaries[-1].notes
    assert result.problems == []


def test_progress_is_reported_while_reading_many_threads(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    threads = {
        f"messages/inbox/person{n}_{n}/message_1.json": _thread(
            [{"name": f"Person {n}"}, {"name": OWNER}],
            [{"sender_name": OWNER, "timestamp_ms": 1741003200000 + n, "content": "hi"}],
        )
        for n in range(450)
    }

    result = read_facebook(write_tree(tmp_path / "drop", threads))

    assert [(p.done, p.total, p.stage) for p in result.progress] == [
        (200, 450, "reading"),
        (400, 450, "reading"),
        (450, 450, "reading"),
    ]
    assert len(result.interactions) == 450
