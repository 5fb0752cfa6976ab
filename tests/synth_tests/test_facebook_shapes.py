# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Facebook archive has the 2024/2025 layout and Facebook's mojibake (FORMATS.md §2)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from tests.synth_tests.readers import facebook_json, member_bytes, member_names

if TYPE_CHECKING:
    from pathlib import Path

    from tests.synth_tests.conftest import Generated


def _archive(generated: Generated) -> Path:
    return generated.path(next(n for n in generated.truth["files"] if n.startswith("facebook-")))


def _threads(archive: Path) -> list[dict[str, Any]]:
    return [
        facebook_json(archive, name)
        for name in member_names(archive)
        if name.endswith("/message_1.json")
    ]


def test_everything_sits_under_one_root_folder_named_like_the_archive(generated: Generated) -> None:
    archive = _archive(generated)
    root = archive.name.removesuffix(".zip")
    assert re.fullmatch(r"facebook-[a-z]+\d+", root)
    names = member_names(archive)
    assert all(name.startswith(root + "/") for name in names)
    assert f"{root}/connections/friends/your_friends.json" in names
    assert f"{root}/personal_information/profile_information/profile_information.json" in names
    assert any(re.search(r"/messages/inbox/[a-z0-9]+_\d{16}/message_1\.json$", n) for n in names)


def test_json_is_ascii_with_utf8_bytes_escaped_one_by_one(match_bench: Generated) -> None:
    archive = _archive(match_bench)
    member = archive.name.removesuffix(".zip") + "/connections/friends/your_friends.json"
    data = member_bytes(archive, member)
    assert data.isascii()
    assert re.search(rb"\\u00c[2-5]\\u00[89ab][0-9a-f]", data), "no escaped UTF-8 pair"
    raw = json.loads(data)
    mangled = [f["name"] for f in raw["friends_v2"] if not f["name"].isascii()]
    assert mangled
    assert all(any(ch in name for ch in "ÃÅÄÂ") or "ð" in name or "â" in name for name in mangled)


def test_friends_are_newest_first_with_unix_seconds(generated: Generated) -> None:
    archive = _archive(generated)
    member = archive.name.removesuffix(".zip") + "/connections/friends/your_friends.json"
    friends = facebook_json(archive, member)["friends_v2"]
    stamps = [f["timestamp"] for f in friends]
    assert all(isinstance(s, int) and 10**9 < s < 2 * 10**9 for s in stamps)
    assert stamps == sorted(stamps, reverse=True)
    assert set(friends[0]) == {"name", "timestamp"}


def test_threads_have_the_owner_and_newest_first_millisecond_times(generated: Generated) -> None:
    owner = "Sam Verhoeven"
    for thread in _threads(_archive(generated)):
        names = [p["name"] for p in thread["participants"]]
        assert owner in names
        stamps = [m["timestamp_ms"] for m in thread["messages"]]
        assert all(10**12 < s < 2 * 10**12 for s in stamps)
        assert stamps == sorted(stamps, reverse=True)
        assert thread["thread_path"].split("/")[0] in (
            "inbox",
            "archived_threads",
            "message_requests",
        )


def test_threads_contain_the_participants_that_must_never_become_people(
    import_bench: Generated,
) -> None:
    threads = _threads(_archive(import_bench))
    participant_names = [p["name"] for t in threads for p in t["participants"]]
    assert "" in participant_names
    assert "Facebook User" in participant_names
    assert any(name and not name.strip("\u206f") for name in participant_names)
    assert any(len(t["participants"]) > 3 and t["title"] for t in threads), "no group thread"
    messages = [m for t in threads for m in t["messages"]]
    assert any(m.get("is_unsent") and "content" not in m for m in messages)
    assert any("photos" in m for m in messages)
    assert len(threads) == import_bench.truth["files"][_archive(import_bench).name]["threads"]


def test_profile_information_names_the_owner(generated: Generated) -> None:
    archive = _archive(generated)
    member = archive.name.removesuffix(".zip") + (
        "/personal_information/profile_information/profile_information.json"
    )
    profile = facebook_json(archive, member)["profile_v2"]
    assert profile["name"]["full_name"] == generated.truth["owner"]["name"]


def test_removed_friends_and_requests_are_not_in_the_friend_list(generated: Generated) -> None:
    archive = _archive(generated)
    root = archive.name.removesuffix(".zip")
    removed = facebook_json(archive, f"{root}/connections/friends/removed_friends.json")
    received = facebook_json(archive, f"{root}/connections/friends/received_friend_requests.json")
    assert removed["deleted_friends_v2"]
    assert received["received_requests_v2"]
