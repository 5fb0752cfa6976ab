# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
r"""The Facebook "Download Your Information" JSON archive (2024/2025 layout), mojibake included.

``facebook-<user><digits>.zip`` holds one root folder ``facebook-<user><digits>/`` with
``connections/friends/your_friends.json`` (``friends_v2``: ``name`` + ``timestamp`` seconds,
newest first), ``removed_friends.json`` and ``received_friend_requests.json`` (not friends),
``personal_information/profile_information/profile_information.json`` (the owner) and
``your_facebook_activity/messages/{inbox,archived_threads,message_requests}/<slug>_<id>/
message_1.json`` threads (participants, ``timestamp_ms``, newest first). Every string is written
the way Facebook does: the UTF-8 bytes as ``\u00XX`` escapes (FORMATS.md §2.3). Threads include
group chats, ``Facebook User`` and empty or invisible participants, unsent messages, photos and
reactions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from tests.synth import names
from tests.synth.companies import ascii_fold
from tests.synth.csvtext import write_zip
from tests.synth.truth import TruthRecord

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence
    from pathlib import Path

    from tests.synth.corruption import View
    from tests.synth.population import TruePerson

_LINES = (
    "Haha, zeker!",
    "Tot zaterdag!",
    "Gelukkige verjaardag! 🎉",
    "Merci pour hier soir",
    "Zijn jullie ook op de barbecue?",
    "Goed nieuws, ik ben aangenomen!",
    "Ça marche 👍",
    "Hoe is het met de kinderen?",
    "Congrats on the new job!",
    "Dikke merci, tot snel",
)
_GROUP_TITLES = (
    "Oud-collega's Vlaamse Logistiek",
    "HR-team reünie 🎉",
    "Loopgroep zondag",
    "Klasreünie 2004",
    "Solvaris afterwork",
)
INVISIBLE_NAME = "\u206f\u206f\u206f\u206f"


def mojibake(value: Any) -> Any:
    """Every string as Facebook writes it: its UTF-8 bytes taken for Latin-1 code points."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(item) for item in value]
    if isinstance(value, dict):
        return {key: mojibake(item) for key, item in value.items()}
    return value


def fb_json(document: dict[str, Any]) -> bytes:
    """Facebook's JSON bytes: two-space indent, ASCII only, mojibake escapes."""
    return json.dumps(mojibake(document), indent=2, ensure_ascii=True).encode("ascii")


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


@dataclass(slots=True)
class FacebookResult:
    """What the archive holds, for truth.json."""

    archive: str
    root: str
    records: list[TruthRecord]
    threads: int = 0
    message_rows: int = 0
    last_contact: dict[int, str] = field(default_factory=dict)


class _Threads:
    """Builds thread folders; keeps counts and 1:1 last-contact dates."""

    def __init__(self, rng: random.Random, root: str, owner_name: str, export: date) -> None:
        self.rng, self.root, self.owner = rng, root, owner_name
        self.horizon = datetime.combine(export, time(7, 0), UTC)
        self.members: list[tuple[str, bytes]] = []
        self.rows = 0
        self.last_contact: dict[int, str] = {}

    def add(
        self,
        section: str,
        title: str,
        others: list[str],
        days_ago: float,
        count: int,
        pid: int | None = None,
    ) -> None:
        rng = self.rng
        folder = f"{ascii_fold(title) or 'facebookuser'}_{rng.randrange(10**15, 10**16)}"
        moment = self.horizon - timedelta(days=days_ago, minutes=rng.randrange(600))
        messages: list[dict[str, Any]] = []
        speakers = [self.owner, *[o for o in others if o]]
        for _ in range(count):
            sender = rng.choice(speakers)
            message: dict[str, Any] = {"sender_name": sender, "timestamp_ms": _ms(moment)}
            roll = rng.random()
            if roll < 0.03:
                message["is_unsent"] = True
            elif roll < 0.08:
                message["photos"] = [
                    {
                        "uri": f"your_facebook_activity/messages/{section}/{folder}/photos/"
                        f"{rng.randrange(10**9)}.jpg",
                        "creation_timestamp": int(moment.timestamp()),
                    }
                ]
            else:
                message["content"] = rng.choice(_LINES)
            if rng.random() < 0.05:
                message["reactions"] = [{"reaction": "❤", "actor": rng.choice(speakers)}]
            message["is_geoblocked_for_viewer"] = False
            messages.append(message)
            if pid is not None and not message.get("is_unsent"):
                day = moment.date().isoformat()
                if self.last_contact.get(pid, "") < day:
                    self.last_contact[pid] = day
            moment -= timedelta(minutes=rng.randint(1, 60 * 48))
        participants = [{"name": name} for name in others]
        if rng.random() < 0.3:
            participants.append({"name": ""})
        participants.append({"name": self.owner})
        thread = {
            "participants": participants,
            "messages": messages,
            "title": title,
            "is_still_participant": True,
            "thread_path": f"{section}/{folder}",
            "magic_words": [],
        }
        path = f"{self.root}/your_facebook_activity/messages/{section}/{folder}/message_1.json"
        self.members.append((path, fb_json(thread)))
        self.rows += count


def _stranger_name(rng: random.Random) -> str:
    origin = names.pick_origin(rng)
    return f"{names.pick_given(rng, origin, rng.choice('mf'))} {names.pick_surname(rng, origin)}"


def write_facebook_archive(
    folder: Path,
    rng: random.Random,
    owner: TruePerson,
    friends: Sequence[tuple[TruePerson, View, date]],
    export: date,
    *,
    user: str = "samverhoeven1042",
    talk_scale: float = 1.0,
) -> FacebookResult:
    """Write ``facebook-<user>.zip`` into ``folder`` and return its truth.

    Args:
        folder: Output folder.
        rng: Random source for times and threads.
        owner: The account owner (profile information; a participant of every thread).
        friends: ``(person, Facebook view, friends since)`` per friend.
        export: Export date (archive horizon).
        user: User name and digits of the root folder and archive name.
        talk_scale: Scales how many friends have a thread with the owner.
    """
    root = f"facebook-{user}"
    archive = f"{root}.zip"
    friends_path = f"{root}/connections/friends/your_friends.json"
    ordered = sorted(
        (
            (
                int(
                    datetime.combine(
                        since, time(rng.randrange(24), rng.randrange(60)), UTC
                    ).timestamp()
                ),
                person.pid,
                person,
                view,
            )
            for person, view, since in friends
        ),
        key=lambda item: (item[0], -item[1]),
        reverse=True,
    )
    entries = [{"name": view.display, "timestamp": stamp} for stamp, _, _, view in ordered]
    records = [
        TruthRecord(
            friends_path,
            archive,
            f"item {index}",
            person.pid,
            "facebook",
            view.display,
            tuple(view.applied),
        )
        for index, (_, _, person, view) in enumerate(ordered, start=1)
    ]
    owner_name = f"{owner.call_name} {owner.family}"
    threads = _Threads(rng, root, owner_name, export)
    for _, _, person, view in ordered:
        if rng.random() < min(0.9, (0.05 + 0.75 * person.warmth) * talk_scale):
            section = "archived_threads" if rng.random() < 0.05 else "inbox"
            days = rng.expovariate(1 / (15 + 800 * (1 - person.warmth)))
            count = 1 + int(rng.expovariate(1 / 7))
            threads.add(section, view.display, [view.display], days, count, person.pid)
    displays = [view.display for _, _, _, view in ordered]
    for _ in range(max(1, len(ordered) // 100)):
        group = rng.sample(displays, k=min(len(displays), rng.randint(3, 8)))
        threads.add(
            "inbox", rng.choice(_GROUP_TITLES), group, rng.uniform(0, 400), rng.randint(3, 40)
        )
    for _ in range(max(1, len(ordered) // 150)):
        threads.add("inbox", "Facebook User", ["Facebook User"], rng.uniform(200, 2000), 3)
    threads.add("inbox", "", [INVISIBLE_NAME], rng.uniform(100, 900), 2)
    for _ in range(max(1, len(ordered) // 200)):
        stranger = _stranger_name(rng)
        threads.add("message_requests", stranger, [stranger], rng.uniform(0, 300), 1)
    members = [
        (
            f"{root}/personal_information/profile_information/profile_information.json",
            fb_json(_profile(owner)),
        ),
        (friends_path, fb_json({"friends_v2": entries})),
        (
            f"{root}/connections/friends/removed_friends.json",
            fb_json({"deleted_friends_v2": _others(rng, export, 3 + len(ordered) // 200)}),
        ),
        (
            f"{root}/connections/friends/received_friend_requests.json",
            fb_json({"received_requests_v2": _others(rng, export, 2 + len(ordered) // 300)}),
        ),
        *threads.members,
    ]
    write_zip(folder / archive, members, datetime.combine(export, time(20, 5), UTC))
    return FacebookResult(
        archive, root, records, len(threads.members), threads.rows, threads.last_contact
    )


def _others(rng: random.Random, export: date, count: int) -> list[dict[str, Any]]:
    horizon = int(datetime.combine(export, time(0), UTC).timestamp())
    stamps = sorted((horizon - rng.randrange(86400 * 1500) for _ in range(count)), reverse=True)
    return [{"name": _stranger_name(rng), "timestamp": stamp} for stamp in stamps]


def _profile(owner: TruePerson) -> dict[str, Any]:
    birth = owner.birthday
    return {
        "profile_v2": {
            "name": {
                "full_name": f"{owner.call_name} {owner.family}",
                "first_name": owner.call_name,
                "middle_name": "",
                "last_name": owner.family,
            },
            "emails": {
                "emails": [owner.private_email],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": birth.year, "month": birth.month, "day": birth.day},
            "gender": {
                "gender_option": "FEMALE" if owner.gender == "f" else "MALE",
                "pronoun": "FEMALE" if owner.gender == "f" else "MALE",
            },
            "current_city": {"name": "Antwerpen, Belgium", "timestamp": 1262304000},
            "registration_timestamp": 1199145600,
        }
    }
