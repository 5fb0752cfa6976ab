# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keep in touch through the services: due dates from every kind of contact, the Today list."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from hrconnect.clock import FixedClock
from hrconnect.core.kinds import InteractionKind
from hrconnect.errors import UsageError
from hrconnect.reminders.schedule import DueReason
from hrconnect.services.app import App
from hrconnect.services.reminders import describe_due
from tests.services.conftest import HEADER, PREAMBLE, run_import, write_vcards

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from hrconnect.paths import AppPaths

TODAY = date(2026, 11, 20)


def archive(folder: Path) -> Path:
    """A LinkedIn archive folder: two connections, a message with one, an invitation."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Connections.csv").write_text(
        PREAMBLE
        + HEADER
        + "Griet,Vandewalle,https://www.linkedin.com/in/griet-vw,,Acme NV,HRBP,15 Jan 2020\n"
        + "Tom,Wouters,https://www.linkedin.com/in/tom-wouters,,Solvaris SA,CFO,03 Mar 2019\n"
        + "Lien,Maes,https://www.linkedin.com/in/lien-maes,,Contoso,Recruiter,10 Oct 2025",
        encoding="utf-8",
    )
    (folder / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
        "2-ABC==,,Griet Vandewalle,https://www.linkedin.com/in/griet-vw,Sam Verhoeven,"
        "https://www.linkedin.com/in/sam-verhoeven,2025-09-03 10:00:00 UTC,,Coffee soon?,INBOX,"
        "No,No\n"
        "2-ABC==,,Sam Verhoeven,https://www.linkedin.com/in/sam-verhoeven,Griet Vandewalle,"
        "https://www.linkedin.com/in/griet-vw,2025-09-02 10:00:00 UTC,,Hi Griet,INBOX,No,No\n",
        encoding="utf-8",
    )
    (folder / "Invitations.csv").write_text(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        'Sam Verhoeven,Tom Wouters,"3/4/25, 9:12 AM",,OUTGOING,'
        "https://www.linkedin.com/in/sam-verhoeven,https://www.linkedin.com/in/tom-wouters\n",
        encoding="utf-8",
    )
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        "Sam,Verhoeven,,,,HR Director,,,,,,,\n",
        encoding="utf-8",
    )
    return folder


def facebook(folder: Path) -> Path:
    """A Facebook archive: one friend with one message thread."""
    friends = folder / "connections" / "friends"
    friends.mkdir(parents=True, exist_ok=True)
    (friends / "your_friends.json").write_text(
        json.dumps({"friends_v2": [{"name": "Kris Peeters", "timestamp": 1262304000}]}),
        encoding="utf-8",
    )
    thread = folder / "your_facebook_activity" / "messages" / "inbox" / "krispeeters_123"
    thread.mkdir(parents=True, exist_ok=True)
    (thread / "message_1.json").write_text(
        json.dumps(
            {
                "participants": [{"name": "Kris Peeters"}, {"name": "Sam Verhoeven"}],
                "messages": [
                    {
                        "sender_name": "Kris Peeters",
                        "timestamp_ms": 1767225600000,
                        "content": "Happy new year!",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def app(app_paths: AppPaths) -> Iterator[App]:
    with App(app_paths, FixedClock.on(TODAY)) as opened:
        yield opened


@pytest.fixture
def network(app: App, tmp_path: Path) -> dict[str, int]:
    run_import(
        app,
        archive(tmp_path / "Complete_LinkedInDataExport"),
        facebook(tmp_path / "facebook-sam"),
        write_vcards(
            tmp_path / "phone",
            [
                "N:Claes;Marc;;;\nFN:Marc Claes\nBDAY:--1122",
                "N:Leap;Lea;;;\nFN:Lea Leap\nBDAY:1996-02-29",
            ],
        ),
    )
    return {p.display_name: p.id for p in app.people.summaries()}


def due_names(app: App, day: date) -> list[str]:
    return [item.person.display_name for item in app.reminders.today_list(day).due]


def test_last_contact_comes_from_every_kind_of_interaction(
    app: App, network: dict[str, int]
) -> None:
    summaries = {p.display_name: p for p in app.people.summaries()}
    griet = summaries["Griet Vandewalle"]
    assert (griet.last_contact_on, griet.last_contact_kind) == (
        date(2025, 9, 3),
        "linkedin_message",
    )
    tom = summaries["Tom Wouters"]
    assert (tom.last_contact_on, tom.last_contact_kind) == (date(2025, 3, 4), "linkedin_invitation")
    kris = summaries["Kris Peeters"]
    assert (kris.last_contact_on, kris.last_contact_kind) == (date(2026, 1, 1), "facebook_message")
    lien = summaries["Lien Maes"]
    assert (lien.last_contact_on, lien.last_contact_kind) == (date(2025, 10, 10), "connected")
    assert "Sam Verhoeven" not in summaries, "the owner is never a contact"


def test_tag_interval_makes_people_due_from_their_last_contact(
    app: App, network: dict[str, int]
) -> None:
    app.tags.tag("Ex-colleagues", [network["Griet Vandewalle"], network["Tom Wouters"]])
    app.reminders.set_tag_interval("Ex-colleagues", 180)
    items = {i.person.display_name: i for i in app.reminders.today_list(TODAY).due}
    assert set(items) == {"Griet Vandewalle", "Tom Wouters"}
    griet = items["Griet Vandewalle"]
    # 2025-09-03 + 180 days is 2026-03-02, before the rule existed: due from today.
    assert griet.due_on == TODAY
    assert describe_due(griet, TODAY) == (
        "last contact 14 months ago (LinkedIn message of 2025-09-03); every 6 months, "
        "from the tag Ex-colleagues"
    )
    # Both are due today; Tom has gone longer without contact: he comes first.
    assert next(i.person.display_name for i in app.reminders.today_list(TODAY).due) == "Tom Wouters"


def test_a_limited_today_list_is_the_top_of_the_full_ranking(
    app: App, network: dict[str, int]
) -> None:
    everyone = list(network.values())
    app.tags.tag("Network", everyone)
    app.reminders.set_tag_interval("Network", 30)
    app.reminders.set_person_interval(network["Marc Claes"], 7)  # weekly: most overdue
    full = app.reminders.today_list(TODAY + timedelta(days=400))
    assert len(full.due) >= 4
    assert full.total_due == len(full.due)
    assert full.due[0].person.display_name == "Marc Claes"
    top = app.reminders.today_list(TODAY + timedelta(days=400), limit=3)
    assert [i.person.id for i in top.due] == [i.person.id for i in full.due[:3]]
    assert top.total_due == len(full.due)
    ratios = [i.overdue_days / i.every_days for i in full.due]
    assert ratios == sorted(ratios, reverse=True)


def test_the_persons_own_interval_wins_over_the_tag(app: App, network: dict[str, int]) -> None:
    griet = network["Griet Vandewalle"]
    app.tags.tag("Ex-colleagues", [griet])
    app.reminders.set_tag_interval("Ex-colleagues", 180)
    app.reminders.set_person_interval(griet, 730)
    assert "Griet Vandewalle" not in due_names(app, TODAY)


def test_logging_an_interaction_moves_the_due_date(app: App, network: dict[str, int]) -> None:
    griet = network["Griet Vandewalle"]
    app.reminders.set_person_interval(griet, 90)
    assert "Griet Vandewalle" in due_names(app, TODAY)
    app.reminders.log(griet, InteractionKind.MEETING, TODAY, "lunch")
    assert "Griet Vandewalle" not in due_names(app, TODAY)
    summary = app.people.detail(griet).summary
    assert summary.due_on == date(2027, 2, 18)
    with pytest.raises(UsageError):
        app.reminders.log(griet, InteractionKind.LINKEDIN_MESSAGE)
    with pytest.raises(UsageError):
        app.reminders.log(griet, InteractionKind.CALL, date(2026, 12, 1))


def test_snooze_until_a_date(app: App, network: dict[str, int]) -> None:
    tom = network["Tom Wouters"]
    app.reminders.set_person_interval(tom, 30)
    app.reminders.snooze(tom, date(2026, 12, 15))
    assert "Tom Wouters" not in due_names(app, TODAY)
    item = next(i for i in app.reminders.today_list(date(2026, 12, 15)).due if i.person.id == tom)
    assert item.reason is DueReason.SNOOZE_ENDED


def test_never_contacted_people_are_not_all_due_at_once(app: App, network: dict[str, int]) -> None:
    marc = network["Marc Claes"]
    app.tags.tag("Candidates", [marc])
    app.reminders.set_tag_interval("Candidates", 60)
    assert "Marc Claes" not in due_names(app, TODAY)
    item = next(i for i in app.reminders.today_list(date(2027, 1, 19)).due if i.person.id == marc)
    assert item.reason is DueReason.NEVER_CONTACTED


def test_birthdays_without_a_year_and_on_february_29(app: App, network: dict[str, int]) -> None:
    occasions = app.reminders.today_list(TODAY).occasions
    birthday = next(o for o in occasions if o.person.display_name == "Marc Claes")
    assert (birthday.kind, birthday.on, birthday.years) == ("birthday", date(2026, 11, 22), None)
    leap = app.reminders.today_list(date(2027, 2, 25)).occasions
    lea = next(o for o in leap if o.person.display_name == "Lea Leap")
    assert (lea.on, lea.years) == (date(2027, 2, 28), 31)


def test_connection_anniversaries_are_gentle_extras(app: App, network: dict[str, int]) -> None:
    occasions = app.reminders.today_list(date(2027, 1, 12)).occasions
    griet = next(o for o in occasions if o.person.display_name == "Griet Vandewalle")
    assert (griet.kind, griet.on, griet.years) == ("anniversary", date(2027, 1, 15), 7)
