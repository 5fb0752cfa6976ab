# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The LinkedIn archive has the byte-level shape FORMATS.md §1 describes."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from tests.synth.linkedin import PREAMBLE
from tests.synth_tests.readers import csv_rows_by_line, member_bytes, member_names

if TYPE_CHECKING:
    from pathlib import Path

    from tests.synth_tests.conftest import Generated

EXPECTED_PREAMBLE_START = (
    b'Notes:\n"When exporting your connection data, you may notice that some of the email '
    b"addresses are missing."
)
LINKEDIN_DAY = re.compile(r"^\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$")
US_SHORT = re.compile(r"^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} (AM|PM)$")
UTC_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$")
CONVERSATION_ID = re.compile(r"^2-[A-Za-z0-9+/]+==$")


def _archive(generated: Generated) -> Path:
    return generated.path(next(n for n in generated.truth["files"] if n.startswith("Complete_")))


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_archive_is_named_like_a_complete_export(generated: Generated) -> None:
    archive = _archive(generated)
    assert re.fullmatch(r"Complete_LinkedInDataExport_\d{2}-\d{2}-\d{4}\.zip", archive.name)
    names = member_names(archive)
    for expected in (
        "Connections.csv",
        "messages.csv",
        "Invitations.csv",
        "Profile.csv",
        "Positions.csv",
        "Email Addresses.csv",
        "PhoneNumbers.csv",
    ):
        assert expected in names


def test_connections_start_with_the_notes_preamble_and_current_header(generated: Generated) -> None:
    data = member_bytes(_archive(generated), "Connections.csv")
    assert data.startswith(EXPECTED_PREAMBLE_START)
    lines = data.split(b"\n")
    assert [line.decode() for line in lines[:3]] == list(PREAMBLE)
    assert lines[1].endswith(b'answer/261"')
    assert lines[3] == b"First Name,Last Name,URL,Email Address,Company,Position,Connected On"


@pytest.mark.parametrize("member", ["Connections.csv", "messages.csv", "Invitations.csv"])
def test_files_are_utf8_lf_without_bom_or_final_newline(generated: Generated, member: str) -> None:
    data = member_bytes(_archive(generated), member)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in data
    assert not data.endswith(b"\n")
    data.decode("utf-8")


def test_connections_are_newest_first_with_english_dates(generated: Generated) -> None:
    text = member_bytes(_archive(generated), "Connections.csv").decode()
    rows = list(csv_rows_by_line(text).values())[4:]
    days = [row[6] for row in rows]
    assert all(LINKEDIN_DAY.match(day) for day in days)
    parsed = [datetime.strptime(day, "%d %b %Y") for day in days]
    assert parsed == sorted(parsed, reverse=True)


def test_hidden_members_have_only_a_date_and_match_the_truth_count(generated: Generated) -> None:
    text = member_bytes(_archive(generated), "Connections.csv").decode()
    hidden = [line for line in text.split("\n") if re.fullmatch(r",,,,,,\d{2} \w{3} \d{4}", line)]
    assert len(hidden) == generated.truth["hidden_members"] > 0


def test_few_connections_show_an_email_and_quoting_is_minimal(import_bench: Generated) -> None:
    text = member_bytes(_archive(import_bench), "Connections.csv").decode()
    rows = [r for r in list(csv_rows_by_line(text).values())[4:] if r[0] or r[1]]
    share = sum(1 for r in rows if r[3]) / len(rows)
    assert 0.01 <= share <= 0.045
    for line in text.split("\n")[4:]:
        if '"' in line:
            assert re.search(r'"[^"]*(,|"")[^"]*"', line), line


def test_connection_urls_are_profile_urls(generated: Generated) -> None:
    rows = _rows(member_bytes(_archive(generated), "Connections.csv").split(b"\n", 3)[3])
    urls = [r["URL"] for r in rows if r["URL"]]
    assert urls
    assert all(u.startswith("https://www.linkedin.com/in/") for u in urls)


@pytest.mark.parametrize(
    ("fixture", "last_columns"),
    [
        ("import_bench", ["FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT"]),
        ("match_bench", ["FOLDER", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"]),
    ],
)
def test_messages_have_the_twelve_column_header_of_their_era(
    request: pytest.FixtureRequest, fixture: str, last_columns: list[str]
) -> None:
    generated: Generated = request.getfixturevalue(fixture)
    header = member_bytes(_archive(generated), "messages.csv").split(b"\n", 1)[0].decode()
    columns = header.split(",")
    assert len(columns) == 12
    assert columns[:7] == [
        "CONVERSATION ID",
        "CONVERSATION TITLE",
        "FROM",
        "SENDER PROFILE URL",
        "TO",
        "RECIPIENT PROFILE URLS",
        "DATE",
    ]
    assert columns[-3:] == last_columns


def test_messages_carry_the_quirks_importers_must_handle(import_bench: Generated) -> None:
    rows = _rows(member_bytes(_archive(import_bench), "messages.csv"))
    assert all(CONVERSATION_ID.match(r["CONVERSATION ID"]) for r in rows)
    assert all(UTC_STAMP.match(r["DATE"]) for r in rows)
    assert any("," in r["RECIPIENT PROFILE URLS"] for r in rows), "no group chat"
    assert any(r["FOLDER"] == "SPAM" for r in rows)
    assert any(r["IS MESSAGE DRAFT"] == "Yes" for r in rows)
    assert any(r["FROM"] == "LinkedIn Member" and not r["SENDER PROFILE URL"] for r in rows)
    assert any(r["CONTENT"].startswith("<p") and r["CONVERSATION TITLE"] for r in rows)
    assert (
        sum(1 for r in rows if r["IS MESSAGE DRAFT"] == "Yes")
        == (import_bench.truth["files"][_archive(import_bench).name]["drafts"])
    )


def test_messages_are_grouped_by_conversation_and_newest_first(generated: Generated) -> None:
    rows = _rows(member_bytes(_archive(generated), "messages.csv"))
    order: list[str] = []
    dates: dict[str, list[str]] = {}
    for row in rows:
        cid = row["CONVERSATION ID"]
        if not order or order[-1] != cid:
            assert cid not in dates, "conversation split over the file"
            order.append(cid)
        dates.setdefault(cid, []).append(row["DATE"])
    for stamps in dates.values():
        assert stamps == sorted(stamps, reverse=True)
    latest = [dates[cid][0] for cid in order]
    assert latest == sorted(latest, reverse=True)


def test_invitations_use_the_2024_header_and_us_dates(generated: Generated) -> None:
    data = member_bytes(_archive(generated), "Invitations.csv")
    rows = _rows(data)
    assert data.split(b"\n", 1)[0] == (
        b"From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
    )
    assert rows
    assert all(US_SHORT.match(r["Sent At"]) for r in rows)
    assert {r["Direction"] for r in rows} <= {"INCOMING", "OUTGOING"}


def test_owner_files_describe_the_owner(generated: Generated) -> None:
    archive = _archive(generated)
    profile = _rows(member_bytes(archive, "Profile.csv"))
    assert (profile[0]["First Name"], profile[0]["Last Name"]) == ("Sam", "Verhoeven")
    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", profile[0]["Birth Date"])
    positions = _rows(member_bytes(archive, "Positions.csv"))
    assert positions[0]["Finished On"] == ""
    assert all(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", p["Started On"]) for p in positions)
    emails = _rows(member_bytes(archive, "Email Addresses.csv"))
    assert generated.result.population.owner.private_email in {e["Email Address"] for e in emails}
    phones = _rows(member_bytes(archive, "PhoneNumbers.csv"))
    assert phones[0]["Number"].startswith(" +32")
