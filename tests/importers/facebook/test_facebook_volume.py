# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""A realistic archive (5,000 friends, 2,000 threads) reads completely; the time is reported.

Timing is printed (``pytest -s``), not asserted: it depends on the machine.
"""

from __future__ import annotations

import json
import time
import zipfile
from typing import TYPE_CHECKING

import pytest

from tests.importers.facebook.conftest import as_facebook_json

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from tests.importers.facebook.conftest import ReadResult

FRIENDS = 5_000
THREADS = 2_000
MESSAGES_PER_THREAD = 40
OWNER = "Priya Raman"
GIVEN = ["José", "Anne-Marie", "Łukasz", "Mei", "Jan", "Priyanka", "Søren", "Zoë", "Ahmed", "Eva"]
FAMILY = ["Martínez", "'t Hooft", "Wójcik", "Tanaka", "van der Berg", "Okafor", "Müller", "Dubois"]


def _friend_name(n: int) -> str:
    return f"{GIVEN[n % len(GIVEN)]} {FAMILY[n // len(GIVEN) % len(FAMILY)]} {n}"


def _build_archive(path: Path) -> Path:
    root = "facebook-priyaraman"
    friends = [
        {"name": as_facebook_json(_friend_name(n)), "timestamp": 1_700_000_000 - n * 3_600}
        for n in range(FRIENDS)
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            f"{root}/connections/friends/your_friends.json",
            json.dumps({"friends_v2": friends}, indent=2),
        )
        for t in range(THREADS):
            other = as_facebook_json(_friend_name(t))
            messages = [
                {
                    "sender_name": other if m % 2 else as_facebook_json(OWNER),
                    "timestamp_ms": 1_736_000_000_000 - t * 86_400_000 - m * 7_200_000,
                    "content": as_facebook_json(f"Bericht {m} – ça va? 👋"),
                    "reactions": [{"reaction": as_facebook_json("👍"), "actor": other}],
                }
                for m in range(MESSAGES_PER_THREAD)
            ]
            thread = {
                "participants": [{"name": other}, {"name": as_facebook_json(OWNER)}],
                "messages": messages,
                "title": other,
                "is_still_participant": True,
                "thread_path": f"inbox/person{t}_{1000 + t}",
                "magic_words": [],
            }
            archive.writestr(
                f"{root}/your_facebook_activity/messages/inbox/person{t}_{1000 + t}/message_1.json",
                json.dumps(thread, indent=2),
            )
    return path


@pytest.mark.slow
def test_five_thousand_friends_and_two_thousand_threads_read_completely(
    read_facebook: Callable[[Path], ReadResult], tmp_path: Path
) -> None:
    archive = _build_archive(tmp_path / "facebook-priyaraman.zip")

    started = time.perf_counter()
    result = read_facebook(archive)
    elapsed = time.perf_counter() - started

    assert len(result.records) == FRIENDS
    # 40 messages two hours apart span four UTC days, or five when they cross midnight.
    assert 4 * THREADS <= len(result.interactions) <= 5 * THREADS
    assert {i.counterpart.name for i in result.interactions} == {
        _friend_name(t) for t in range(THREADS)
    }
    assert result.problems == []
    print(
        f"\nFacebook volume: {FRIENDS} friends + {THREADS} threads "
        f"({archive.stat().st_size / 1e6:.1f} MB zip) read in {elapsed:.2f} s"
    )
