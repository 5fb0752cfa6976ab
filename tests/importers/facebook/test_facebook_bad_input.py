# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Broken input gives one clear problem with file and position, never a traceback."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.records import ProblemSeverity
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.facebook.jsonfile import MAX_JSON_BYTES
from tests.importers.facebook.conftest import write_tree, zip_folder

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from hrconnect.importers.base import DetectedSource
    from tests.importers.facebook.conftest import ReadResult

FRIENDS_2024 = "connections/friends/your_friends.json"
THREAD = "your_activity_across_facebook/messages/inbox/josemartinez_10229384756/message_1.json"
DEEP = b'{"friends_v2": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b'{"friends_v2": [{"name": "Mei Tan', "bad_json", id="truncated"),
        pytest.param(DEEP, "too_deeply_nested", id="deeply-nested"),
        pytest.param(
            b'{"friends_v2": {"name": "Mei Tanaka"}}', "wrong_json_type", id="list-is-object"
        ),
        pytest.param(b'{"friends_v2": "Mei Tanaka"}', "wrong_json_type", id="list-is-text"),
        pytest.param(b'{"friends_v2": [1, 2', "bad_json", id="truncated-in-array"),
    ],
)
def test_a_broken_friends_file_is_one_failed_problem_and_messages_still_import(
    read_facebook: Callable[[Path], ReadResult],
    copy_fixture: Callable[[str], Path],
    content: bytes,
    reason: str,
) -> None:
    folder = copy_fixture("archive-2024-json")
    (folder / FRIENDS_2024).write_bytes(content)

    result = read_facebook(folder)

    assert result.records == []
    assert result.interactions
    (problem,) = result.problems[:1]
    assert (problem.reason, problem.severity) == (reason, ProblemSeverity.FAILED)
    assert problem.locator.file == FRIENDS_2024
    assert problem.locator.position == ""


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b'{"friends_v2": [{"name": "Mei', "bad_json", id="truncated"),
        pytest.param(DEEP, "too_deeply_nested", id="deeply-nested"),
        pytest.param(b'{"friends_v2": {"name": "Mei Tanaka"}}', "wrong_json_type", id="object"),
        pytest.param(b'{"friends": 42}', "wrong_json_type", id="number"),
    ],
)
def test_a_broken_friends_file_dropped_alone_is_unusable_with_its_location(
    claim: Callable[[Path], list[DetectedSource]], tmp_path: Path, content: bytes, reason: str
) -> None:
    path = write_tree(tmp_path, {"your_friends.json": content}) / "your_friends.json"
    (source,) = claim(path)

    with pytest.raises(UnusableSourceError) as raised:
        list(source.read())

    assert raised.value.reason == reason
    assert raised.value.where == "your_friends.json"


@pytest.mark.parametrize(
    ("entry", "detail_start"),
    [
        pytest.param('"Mei Tanaka"', "the entry is text", id="entry-is-a-string"),
        pytest.param("[1, 2]", "the entry is a list", id="entry-is-a-list"),
        pytest.param(
            '{"name": "Mei Tanaka", "timestamp": "yesterday"}',
            "the timestamp is text",
            id="text-time",
        ),
        pytest.param(
            '{"name": "Mei Tanaka", "timestamp": true}',
            "the timestamp is a boolean",
            id="bool-time",
        ),
        pytest.param(
            '{"name": "Mei Tanaka", "timestamp": 1e300}',
            "the timestamp is out of range",
            id="huge-time",
        ),
        pytest.param('{"name": 42, "timestamp": 1}', "the name is a number", id="name-is-number"),
        pytest.param('{"timestamp": 1}', "no name", id="no-name"),
    ],
)
def test_a_wrongly_typed_friend_fails_alone_and_the_rest_continues(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path, entry: str, detail_start: str
) -> None:
    content = (
        '{"friends_v2": [{"name": "Anna Kowalska", "timestamp": 1577836800}, '
        f'{entry}, {{"name": "Jan Peeters", "timestamp": 1577836900}}]}}'
    )
    folder = write_tree(tmp_path / "drop", {"your_friends.json": content})

    result = read_facebook(folder)

    assert result.names() == ["Anna Kowalska", "Jan Peeters"]
    (problem,) = result.problems
    assert (problem.reason, problem.severity) == ("bad_item", ProblemSeverity.FAILED)
    assert problem.locator.position == "item 2"
    assert problem.detail.startswith(detail_start)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b'{"participants": [{"name": "Jos', "bad_json", id="truncated"),
        pytest.param(b'[{"participants": []}]', "wrong_json_type", id="top-level-list"),
        pytest.param(
            b'{"participants": [], "messages": {"a": 1}}', "wrong_json_type", id="messages-object"
        ),
        pytest.param(
            b'{"participants": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
            "too_deeply_nested",
            id="nested",
        ),
        pytest.param(b"", "empty_file", id="empty"),
    ],
)
def test_a_broken_thread_file_fails_alone_and_its_thread_keeps_its_other_files(
    read_facebook: Callable[[Path], ReadResult],
    copy_fixture: Callable[[str], Path],
    content: bytes,
    reason: str,
) -> None:
    folder = copy_fixture("archive-2024-json")
    (folder / THREAD).write_bytes(content)

    result = read_facebook(folder)

    (problem,) = result.problems[-1:]
    assert (problem.reason, problem.severity, problem.locator.file) == (
        reason,
        ProblemSeverity.FAILED,
        THREAD,
    )
    days = {i.occurred_at.date().isoformat() for i in result.interactions}
    assert days == {"2024-01-01", "2024-06-01"}, "message_2.json and the e2ee copy still count"
    assert len(result.records) == 3


def test_a_file_over_the_size_cap_is_refused_unread(
    read_facebook: Callable[[Path], ReadResult], copy_fixture: Callable[[str], Path]
) -> None:
    folder = copy_fixture("archive-2024-json")
    huge = folder / THREAD
    huge.write_bytes(b'{"participants": [], "messages": [')
    os.truncate(huge, MAX_JSON_BYTES + 1)  # sparse: costs no disk and is never read

    result = read_facebook(folder)

    too_large = [p for p in result.problems if p.reason == "too_large"]
    assert [p.locator.file for p in too_large] == [THREAD]
    assert result.records


@pytest.mark.parametrize(
    "files",
    [
        pytest.param(
            {"connections/friends/your_friends.json": {"friends_v2": []}}, id="empty-friends"
        ),
        pytest.param(
            {
                "personal_information/profile_information/profile_information.json": {
                    "profile_v2": {"name": {"full_name": "Priya Raman"}}
                }
            },
            id="profile-only",
        ),
        pytest.param(
            {
                "connections/friends/your_friends.json": {
                    "friends_v2": [{"name": "Facebook User"}]
                },
                "messages/inbox/facebookuser_1/message_1.json": {
                    "participants": [{"name": "Facebook User"}, {"name": "Priya Raman"}],
                    "messages": [
                        {"sender_name": "Facebook User", "timestamp_ms": 1, "content": "x"}
                    ],
                },
            },
            id="only-placeholders",
        ),
    ],
)
def test_an_archive_without_friends_or_messages_is_unusable(
    claim: Callable[[Path], list[DetectedSource]],
    tmp_path: Path,
    files: dict[str, object],
) -> None:
    folder = write_tree(tmp_path / "facebook-priya", files)
    zipped = zip_folder(folder, tmp_path / "facebook-priya.zip")
    (source,) = claim(zipped)

    with pytest.raises(UnusableSourceError) as raised:
        list(source.read())

    assert raised.value.reason == "no_facebook_data"
    assert raised.value.where == "facebook-priya.zip"


def test_an_archive_whose_only_files_are_broken_reports_the_first_failure(
    claim: Callable[[Path], list[DetectedSource]], tmp_path: Path
) -> None:
    folder = write_tree(
        tmp_path / "drop",
        {
            "connections/friends/your_friends.json": b'{"friends_v2": [',
            "messages/inbox/x_1/message_1.json": b'{"participants": [',
        },
    )
    (source,) = claim(folder)

    with pytest.raises(UnusableSourceError) as raised:
        list(source.read())

    assert raised.value.reason == "bad_json"
    assert raised.value.where == "drop › connections/friends/your_friends.json"


def test_a_friends_file_saved_as_windows_1252_is_still_read(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    content = '{"friends_v2": [{"name": "Jürgen Müller", "timestamp": 1}]}'.encode("cp1252")
    result = read_facebook(write_tree(tmp_path / "drop", {"your_friends.json": content}))

    assert result.names() == ["Jürgen Müller"]
    assert "decoded_cp1252" in result.summaries[-1].notes


def test_a_zip_member_that_cannot_be_unpacked_is_a_problem_not_a_crash(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path, tmp_path: Path
) -> None:
    zipped = zip_folder(facebook_fixtures / "archive-2024-json", tmp_path / "fb.zip")
    data = bytearray(zipped.read_bytes())
    marker = data.find(b"message_2.json")  # the local header of that member
    start = marker + len(b"message_2.json")
    data[start + 10 : start + 40] = b"\xff" * 30  # corrupt its deflate stream
    zipped.write_bytes(bytes(data))

    result = read_facebook(zipped)

    assert any(p.locator.file.endswith("message_2.json") for p in result.problems)
    assert result.records
