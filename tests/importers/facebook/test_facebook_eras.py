# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Every era's paths and keys are found, in folders and ZIPs, and only Facebook data is claimed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.importers.facebook.conftest import write_tree, zip_folder

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from hrconnect.importers.base import DetectedSource
    from tests.importers.facebook.conftest import ReadResult


@pytest.mark.parametrize(
    ("archive", "friends_file", "friend_names", "messages_folder"),
    [
        pytest.param(
            "archive-2018-json",
            "friends/friends.json",
            ["Anna Kowalska", "José Martínez", "Jan van der Berg"],
            "messages",
            id="2018-friends-key",
        ),
        pytest.param(
            "archive-2021-json",
            "friends_and_followers/friends.json",
            ["Anne-Marie 't Hooft", "Jan van der Berg"],
            "messages",
            id="2021-friends_and_followers-friends_v2",
        ),
        pytest.param(
            "archive-2024-json",
            "connections/friends/your_friends.json",
            ["José Martínez", "Anna Kowalska", "Sam Okafor 🌱"],
            "your_activity_across_facebook/messages",
            id="2024-connections-your_friends",
        ),
        pytest.param(
            "archive-2025-json",
            "facebook-priyaraman2025/connections/friends/your_friends.json",
            ["Jan van der Berg", "Anne-Marie 't Hooft", "Mei Tanaka"],
            "facebook-priyaraman2025/your_facebook_activity/messages",
            id="2025-your_facebook_activity",
        ),
    ],
)
def test_each_era_reads_friends_and_messages_from_its_own_paths(
    read_facebook: Callable[[Path], ReadResult],
    facebook_fixtures: Path,
    archive: str,
    friends_file: str,
    friend_names: list[str],
    messages_folder: str,
) -> None:
    result = read_facebook(facebook_fixtures / archive)

    assert [s.format_id for s in result.sources] == ["facebook-archive"]
    assert result.names() == friend_names
    assert {r.locator.file for r in result.records} == {friends_file}
    assert result.summary_for(friends_file).items == len(friend_names)
    assert result.interactions, "every era's fixture has at least one thread"
    assert result.summary_for(messages_folder).items >= 1


@pytest.mark.parametrize(
    "archive", ["archive-2018-json", "archive-2024-json", "archive-2025-json", "archive-2024-html"]
)
def test_a_zip_reads_exactly_like_the_unpacked_folder(
    read_facebook: Callable[[Path], ReadResult],
    facebook_fixtures: Path,
    tmp_path: Path,
    archive: str,
) -> None:
    folder = facebook_fixtures / archive
    zipped = zip_folder(folder, tmp_path / f"{archive}.zip")

    from_folder = read_facebook(folder)
    from_zip = read_facebook(zipped)

    def comparable(result: ReadResult) -> list[tuple[str, str, str]]:
        keyed = [(r.source_key, r.full_name, r.locator.position) for r in result.records]
        keyed += [(i.source_key, i.counterpart.name, i.locator.file) for i in result.interactions]
        return keyed

    assert comparable(from_zip) == comparable(from_folder)
    assert {r.locator.archive for r in from_zip.records} == {f"{archive}.zip"}


def test_only_the_files_we_read_are_claimed_never_media_or_other_categories(
    claim: Callable[[Path], list[DetectedSource]], copy_fixture: Callable[[str], Path]
) -> None:
    folder = copy_fixture("archive-2024-json")
    write_tree(
        folder,
        {
            "your_activity_across_facebook/messages/inbox/josemartinez_10229384756/photos/1.jpg": (
                b"\xff\xd8\xff\xe0 not really a photo"
            ),
            "your_activity_across_facebook/posts/your_posts_1.json": [{"timestamp": 1}],
        },
    )

    (source,) = claim(folder)

    claimed = sorted(e.path for e in source.entries)
    assert claimed == [
        "connections/friends/your_friends.json",
        "personal_information/profile_information/profile_information.json",
        "your_activity_across_facebook/messages/e2ee_cutover/josemartinez_10229384756/message_1.json",
        "your_activity_across_facebook/messages/filtered_threads/facebookuser_99887766/message_1.json",
        "your_activity_across_facebook/messages/inbox/josemartinez_10229384756/message_1.json",
        "your_activity_across_facebook/messages/inbox/josemartinez_10229384756/message_2.json",
        "your_activity_across_facebook/messages/message_requests/_55667788/message_1.json",
    ]


def test_two_unpacked_archives_in_one_folder_are_two_sources(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path, tmp_path: Path
) -> None:
    import shutil

    shutil.copytree(facebook_fixtures / "archive-2024-json", tmp_path / "drop" / "facebook-a")
    shutil.copytree(facebook_fixtures / "archive-2021-json", tmp_path / "drop" / "facebook-b")

    result = read_facebook(tmp_path / "drop")

    assert sorted(s.label for s in result.sources) == ["drop/facebook-a", "drop/facebook-b"]
    assert len(result.records) == 3 + 2


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("your_friends.json", {"friends_v2": [{"name": "Mei Tanaka"}]}, id="2024"),
        pytest.param("friends.json", {"friends": [{"name": "Mei Tanaka"}]}, id="2018"),
    ],
)
def test_a_friends_file_dropped_alone_is_claimed(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path, name: str, content: object
) -> None:
    path = write_tree(tmp_path, {name: content}) / name

    result = read_facebook(path)

    assert result.names() == ["Mei Tanaka"]
    assert result.records[0].locator.archive is None
    assert result.records[0].locator.file == name


def test_a_thread_folder_dropped_alone_is_claimed(
    read_facebook: Callable[[Path], ReadResult], facebook_fixtures: Path
) -> None:
    thread = (
        facebook_fixtures
        / "archive-2024-json/your_activity_across_facebook/messages/inbox/josemartinez_10229384756"
    )

    result = read_facebook(thread)

    assert {i.counterpart.name for i in result.interactions} == {"José Martínez"}
    assert all(i.source_key.startswith("josemartinez_10229384756|") for i in result.interactions)


@pytest.mark.parametrize(
    "files",
    [
        pytest.param(
            {"friends.json": {"users": [{"name": "Mei Tanaka"}]}}, id="friends-json-other-key"
        ),
        pytest.param(
            {"your_friends.json": b"\x89PNG\r\n\x1a\n\x00\x00binary"}, id="binary-named-json"
        ),
        pytest.param(
            {"removed_friends.json": {"deleted_friends_v2": [{"name": "Mei Tanaka"}]}},
            id="removed-friends",
        ),
        pytest.param({"package.json": {"name": "x", "participants": []}}, id="unrelated-json"),
        pytest.param(
            {"messages/inbox/x_1/message_1.json": {"title": "no participants here"}},
            id="message-file-without-participants",
        ),
        pytest.param(
            {
                "your_instagram_activity/messages/inbox/mei_1/message_1.json": {
                    "participants": [{"name": "Mei Tanaka"}],
                    "messages": [],
                }
            },
            id="instagram-archive",
        ),
        pytest.param({"notes_1.json": {"notes": []}}, id="numbered-json-not-a-thread"),
    ],
)
def test_unrelated_files_are_not_claimed(
    claim: Callable[[Path], list[DetectedSource]], tmp_path: Path, files: dict[str, object]
) -> None:
    assert claim(write_tree(tmp_path / "drop", files)) == []


def test_html_friends_are_not_read_when_the_archive_has_friends_json(
    read_facebook: Callable[[Path], ReadResult], copy_fixture: Callable[[str], Path]
) -> None:
    folder = copy_fixture("archive-2024-json")
    write_tree(
        folder,
        {
            "connections/friends/your_friends.html": (
                '<html><body><div role="main"><div><div>Only In Html</div>'
                "<div>Feb 22, 2024 8:10:40pm</div></div></div></body></html>"
            )
        },
    )

    result = read_facebook(folder)

    assert "Only In Html" not in result.names()
    assert all(not e.path.endswith(".html") for e in result.sources[0].entries)
