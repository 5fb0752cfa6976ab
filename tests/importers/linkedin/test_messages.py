# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""messages.csv of every era: joined on profile URLs, groups, drafts, spam, the owner left out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.core.records import Counterpart
from tests.importers.linkedin.conftest import fixture_bytes, full_archive_files, read_path

if TYPE_CHECKING:
    from hrconnect.core.records import ForeignInteraction
    from tests.importers.linkedin.conftest import ArchiveBuilder, ReadResult

PROFILE = fixture_bytes("profile-2024-yearless-birth-date.csv")
CONNECTIONS = fixture_bytes("connections-2024-url-column.csv")


def read_messages(
    build_archive: ArchiveBuilder, fixture: str, *, with_profile: bool = True
) -> ReadResult:
    files = {"messages.csv": fixture_bytes(fixture), "Connections.csv": CONNECTIONS}
    if with_profile:
        files["Profile.csv"] = PROFILE
    return read_path(build_archive(files))


def by_key(result: ReadResult) -> dict[str, ForeignInteraction]:
    return {i.source_key: i for i in result.interactions}


def test_messages_join_on_profile_urls_not_display_names(build_archive: ArchiveBuilder) -> None:
    result = read_messages(build_archive, "messages-2024-group-drafts-spam.csv")

    luis = by_key(result)["2-LUI1==|luis-ortega-7c1|2024-12-04"]
    assert luis.kind is InteractionKind.LINKEDIN_MESSAGE
    assert luis.counterpart == Counterpart(SourceKind.LINKEDIN, source_key="slug:luis-ortega-7c1")
    assert luis.occurred_at == datetime(2024, 12, 4, 10, 0, tzinfo=UTC)
    assert (luis.direction, luis.summary, luis.is_group) == ("in", "Coffee?", False)
    assert luis.locator.position == "line 8"
    assert all(i.counterpart.name == "" for i in result.interactions)


def test_group_chat_gives_every_other_participant_the_interaction(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_messages(build_archive, "messages-2024-group-drafts-spam.csv")

    group = [i for i in result.interactions if i.source_key.startswith("2-GRP1==")]
    assert sorted(i.counterpart.source_key or "" for i in group) == [
        "slug:ada-obi",
        "slug:priya-raman-4b21a7",
    ]
    assert all(i.is_group for i in group)
    assert {i.occurred_at for i in group} == {datetime(2024, 12, 7, 18, 0, tzinfo=UTC)}
    assert {(i.direction, i.summary) for i in group} == {("in", "See you all Monday")}


def test_drafts_spam_and_placeholder_senders_are_ignored_and_counted(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_messages(build_archive, "messages-2024-group-drafts-spam.csv")

    keys = " ".join(by_key(result))
    assert "2-DRF" not in keys
    assert "2-SPM1==" not in keys
    assert "2-HID1==" not in keys
    notes = result.summary_for("messages.csv").notes
    assert {"ignored_drafts:2", "ignored_spam:1", "no_counterpart:1"} <= set(notes)
    assert [p.reason for p in result.problems if p.locator.file == "messages.csv"] == [
        "unreadable_date"
    ]


def test_one_interaction_per_conversation_counterpart_and_day_with_the_newest_message(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_messages(build_archive, "messages-2022-sender-urls-only.csv")

    interactions = by_key(result)
    assert sorted(interactions) == [
        "2-AAA1==|priya-raman-4b21a7|2022-05-01",
        "2-AAA1==|priya-raman-4b21a7|2022-06-15",
        "2-CCC3==|jonas-weber-münchen|2022-03-01",
        "2-CCC3==|jonas-weber-münchen|2022-03-02",
    ]
    june = interactions["2-AAA1==|priya-raman-4b21a7|2022-06-15"]
    assert (june.occurred_at.hour, june.direction, june.summary) == (16, "in", "Thanks Dana!")
    may = interactions["2-AAA1==|priya-raman-4b21a7|2022-05-01"]
    assert (may.direction, may.summary) == ("out", "Hi Priya")


def test_sender_only_files_cannot_place_unanswered_messages(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_messages(build_archive, "messages-2022-sender-urls-only.csv")

    assert not any(i.source_key.startswith("2-BBB2==") for i in result.interactions)
    notes = result.summary_for("messages.csv").notes
    assert {"layout:sender_urls_only", "no_counterpart:1"} <= set(notes)


def test_recipient_urls_place_outgoing_messages_and_html_is_stripped(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_messages(build_archive, "messages-2023-recipient-urls.csv")

    interactions = by_key(result)
    assert interactions["2-DDD4==|mei-tanaka-3|2023-05-10"].direction == "out"
    assert not any("2-EEE5==" in key for key in interactions)


def test_html_content_becomes_a_plain_summary(build_archive: ArchiveBuilder) -> None:
    messages = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        "2-X==,,Mei Tanaka,https://www.linkedin.com/in/mei-tanaka-3,Dana Okafor,"
        "https://www.linkedin.com/in/dana-okafor,2023-05-10 12:00:00 UTC,,"
        '"<p class=""spinmail"">Hi Dana,&nbsp;it&rsquo;s <b>news</b></p>' + "x" * 400 + '",INBOX\n'
    ).encode()

    result = read_path(build_archive({"messages.csv": messages, "Profile.csv": PROFILE}))

    (interaction,) = result.interactions
    assert interaction.summary.startswith("Hi Dana, it’s news x")
    assert len(interaction.summary) == 280
    assert "<" not in interaction.summary


def test_2026_layout_with_attachments_reads(build_archive: ArchiveBuilder) -> None:
    result = read_messages(build_archive, "messages-2026-attachments.csv")

    assert [i.source_key for i in result.interactions] == ["2-NEW1==|priya-raman-4b21a7|2026-02-01"]


def test_2018_names_only_file_links_by_the_other_partys_name(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_messages(build_archive, "messages-2018-names-only.csv")

    (priya,) = result.interactions
    assert priya.counterpart == Counterpart(SourceKind.LINKEDIN, name="Priya Raman")
    assert priya.source_key == "-|name:priya raman|2018-10-16"
    assert (priya.direction, priya.summary) == ("out", "RE: Catching up")
    assert priya.occurred_at == datetime(2018, 10, 16, 9, 10, tzinfo=UTC)
    notes = result.summary_for("messages.csv").notes
    assert {"layout:names_only", "ignored_drafts:1", "ignored_spam:1", "no_counterpart:1"} <= set(
        notes
    )


def test_owner_is_found_by_profile_name_and_reported(build_archive: ArchiveBuilder) -> None:
    result = read_messages(build_archive, "messages-2022-sender-urls-only.csv")

    assert "owner_by_name" in result.summary_for("messages.csv").notes
    derived = [f for f in result.owner_facts if f.locator.file == "messages.csv"]
    assert [f.profile_url for f in derived] == ["https://www.linkedin.com/in/dana-okafor"]


def test_owner_url_from_profile_websites_wins(build_archive: ArchiveBuilder) -> None:
    files = {
        "messages.csv": fixture_bytes("messages-2022-sender-urls-only.csv"),
        "Profile.csv": fixture_bytes("profile-2018-full-birth-date.csv"),
    }

    result = read_path(build_archive(files))

    assert "owner_from_profile" in result.summary_for("messages.csv").notes
    assert not any(i.counterpart.source_key == "slug:dana-okafor" for i in result.interactions)


def test_without_profile_the_owner_is_the_participant_of_most_conversations(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_messages(build_archive, "messages-2022-sender-urls-only.csv", with_profile=False)

    assert "owner_by_frequency" in result.summary_for("messages.csv").notes
    counterparts = {i.counterpart.source_key for i in result.interactions}
    assert counterparts == {"slug:priya-raman-4b21a7", "slug:jonas-weber-münchen"}


def test_connections_break_a_tie_when_guessing_the_owner(build_archive: ArchiveBuilder) -> None:
    messages = (
        b"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,"
        b"FOLDER\n"
        b"2-A==,,Priya Raman,https://www.linkedin.com/in/priya-raman-4b21a7,LinkedIn Member,"
        b"2022-06-15 16:37:00 UTC,,Thanks,INBOX\n"
        b"2-A==,,LinkedIn Member,https://www.linkedin.com/in/zz-owner,Priya Raman,"
        b"2022-06-15 09:00:00 UTC,,Hello,INBOX\n"
    )

    result = read_path(build_archive({"messages.csv": messages, "Connections.csv": CONNECTIONS}))

    assert [i.counterpart.source_key for i in result.interactions] == ["slug:priya-raman-4b21a7"]
    assert "owner_by_frequency" in result.summary_for("messages.csv").notes


def test_without_a_conversation_id_column_chats_stay_apart(build_archive: ArchiveBuilder) -> None:
    messages = (
        b"FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
        b"Mei Tanaka,https://www.linkedin.com/in/mei-tanaka-3,Dana Okafor,"
        b"https://www.linkedin.com/in/dana-okafor,2023-05-10 12:00:00 UTC,,Hi,INBOX\n"
        b"Luis Ortega,https://www.linkedin.com/in/luis-ortega-7c1,Dana Okafor,"
        b"https://www.linkedin.com/in/dana-okafor,2023-05-10 13:00:00 UTC,,Hello,INBOX\n"
    )

    result = read_path(build_archive({"messages.csv": messages, "Profile.csv": PROFILE}))

    assert sorted((i.counterpart.source_key, i.is_group) for i in result.interactions) == [
        ("slug:luis-ortega-7c1", False),
        ("slug:mei-tanaka-3", False),
    ]


@pytest.mark.parametrize(
    "fixture",
    [
        "messages-2018-names-only.csv",
        "messages-2022-sender-urls-only.csv",
        "messages-2024-group-drafts-spam.csv",
    ],
)
def test_reading_twice_gives_identical_interaction_keys(
    build_archive: ArchiveBuilder, fixture: str
) -> None:
    first = read_messages(build_archive, fixture)
    second = read_messages(build_archive, fixture)

    assert [i.source_key for i in first.interactions] == [i.source_key for i in second.interactions]
    assert len(by_key(first)) == len(first.interactions)


def test_full_archive_reads_in_owner_connections_messages_invitations_order(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_path(build_archive(full_archive_files()))

    order = [s.locator.file for s in result.summaries]
    assert order == [
        "Profile.csv",
        "Email Addresses.csv",
        "PhoneNumbers.csv",
        "Positions.csv",
        "Connections.csv",
        "messages.csv",
        "Invitations.csv",
    ]
    assert all(s.format_id == "linkedin-archive" for s in result.summaries)
