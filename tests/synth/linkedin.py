# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The LinkedIn "Get a copy of your data" archive, in the current (2024-2026) shape.

``Complete_LinkedInDataExport_MM-DD-YYYY.zip`` with files at the root: ``Connections.csv``
(the three-line ``Notes:`` preamble, URL column, ``07 Feb 2026`` dates, newest first, a few
e-mails, hidden members as ``,,,,,,03 Dec 2021``), ``messages.csv``, ``Invitations.csv``,
``Profile.csv``, ``Positions.csv``, ``Email Addresses.csv``, ``PhoneNumbers.csv`` plus two files
the importer should ignore (``Skills.csv``, ``Education.csv``). UTF-8 without BOM, LF, no
newline after the last row, minimal quoting (FORMATS.md §1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from tests.synth.csvtext import CsvDoc, linkedin_day, month_year, us_short, write_zip
from tests.synth.identities import profile_url
from tests.synth.linkedin_messages import (
    MessageStats,
    Party,
    build_conversations,
    invitations_csv,
    messages_csv,
)
from tests.synth.truth import TruthRecord
from tests.synth.variants import format_phone

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence
    from pathlib import Path

    from tests.synth.corruption import View
    from tests.synth.population import TruePerson

PREAMBLE = (
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"',
    "",
)
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PROFILE_HEADER = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers"
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def archive_name(export: date) -> str:
    """``Complete_LinkedInDataExport_11-18-2026.zip`` (US month-day-year)."""
    return f"Complete_LinkedInDataExport_{export.month:02d}-{export.day:02d}-{export.year}.zip"


@dataclass(slots=True)
class LinkedInResult:
    """What the archive holds, for truth.json."""

    archive: str
    records: list[TruthRecord]
    hidden_members: int
    messages: MessageStats


def connections_csv(
    members: Sequence[tuple[TruePerson, View, date]], hidden: Sequence[date], archive: str
) -> tuple[str, list[TruthRecord]]:
    """``Connections.csv`` text and a truth record per real row (hidden members get none)."""
    rows: list[tuple[date, int, TruePerson | None, View | None]] = [
        (since, index, person, view) for index, (person, view, since) in enumerate(members)
    ]
    rows += [(day, len(members) + index, None, None) for index, day in enumerate(hidden)]
    rows.sort(key=lambda item: (item[0], -item[1]), reverse=True)
    doc = CsvDoc(final_newline=False)
    for text in PREAMBLE:
        doc.line(text)
    doc.line(CONNECTIONS_HEADER)
    records: list[TruthRecord] = []
    for since, _, person, view in rows:
        if person is None or view is None:
            doc.row(["", "", "", "", "", "", linkedin_day(since)])
            continue
        email = view.emails[0][1] if view.emails else ""
        line = doc.row(
            [
                view.given,
                view.family,
                view.linkedin_url,
                email,
                view.company,
                view.title,
                linkedin_day(since),
            ]
        )
        records.append(
            TruthRecord(
                "Connections.csv",
                archive,
                f"line {line}",
                person.pid,
                "linkedin",
                f"{view.given.strip()} {view.family.strip()}",
                tuple(view.applied),
            )
        )
    return doc.text(), records


def _owner_files(owner: TruePerson, rng: random.Random) -> list[tuple[str, str]]:
    current = owner.current_job
    headline = f"{current.title} at {current.company.core} | Talent & Culture" if current else ""
    profile = CsvDoc(final_newline=False)
    profile.line(PROFILE_HEADER)
    birth = owner.birthday
    profile.row(
        [
            owner.call_name,
            owner.family,
            "",
            "",
            f"{MONTHS[birth.month - 1]} {birth.day}",
            headline,
            "HR professional, connecting people and work, in Flanders and beyond.",
            "Human Resources Services",
            "2000",
            "Antwerp, Flemish Region, Belgium",
            "",
            "",
            "",
        ]
    )
    positions = CsvDoc(final_newline=False)
    positions.line("Company Name,Title,Description,Location,Started On,Finished On")
    for job in reversed(owner.jobs):
        positions.row(
            [
                job.company.core,
                job.title,
                "Recruitment, onboarding, people processes",
                f"{job.company.city}, Belgium",
                month_year(job.start),
                month_year(job.end) if job.end else "",
            ]
        )
    emails = CsvDoc(final_newline=False)
    emails.line("Email Address,Confirmed,Primary,Updated On")
    updated = datetime.combine(date(2020, 11, 18), time(12, 32))
    emails.row([owner.private_email, "Yes", "Yes", us_short(updated)])
    if current:
        emails.row([current.email, "Yes", "No", us_short(updated + timedelta(days=400))])
    phones = CsvDoc(final_newline=False)
    phones.line("Extension,Number,Type")
    phones.row(["", " " + format_phone(owner.mobile, rng, "international"), "Mobile"])
    skills = CsvDoc(final_newline=False)
    skills.line("Name")
    skills.rows([[s] for s in ("Recruiting", "Onboarding", "Employee Relations", "Payroll")])
    education = CsvDoc(final_newline=False)
    education.line("School Name,Start Date,End Date,Notes,Degree Name,Activities")
    education.row(["KU Leuven", "2004", "2008", "", "Master in de Psychologie", ""])
    return [
        ("Profile.csv", profile.text()),
        ("Positions.csv", positions.text()),
        ("Email Addresses.csv", emails.text()),
        ("PhoneNumbers.csv", phones.text()),
        ("Skills.csv", skills.text()),
        ("Education.csv", education.text()),
    ]


def write_linkedin_archive(
    folder: Path,
    rng: random.Random,
    owner: TruePerson,
    members: Sequence[tuple[TruePerson, View, date]],
    hidden: Sequence[date],
    export: date,
    *,
    era: str = "2026",
    talk_scale: float = 1.0,
) -> LinkedInResult:
    """Write the archive into ``folder`` and return its truth.

    Args:
        folder: Output folder.
        rng: Random source for messages and invitations.
        owner: The account owner (Profile, Positions, e-mails, phone; sender of messages).
        members: ``(person, LinkedIn view, connected on)`` per identifiable connection.
        hidden: Connected-on dates of hidden members (rows with only a date).
        export: Export date (archive name, horizon of messages).
        era: ``messages.csv`` header era, ``2024`` or ``2026``.
        talk_scale: Scales how many conversations happen.
    """
    name = archive_name(export)
    connections, records = connections_csv(members, hidden, name)
    owner_party = Party(f"{owner.call_name} {owner.family}", profile_url(owner.slug), owner.pid)
    conversations = build_conversations(rng, owner_party, members, export, talk_scale)
    messages, stats = messages_csv(conversations, era, rng)
    invitations = invitations_csv(rng, owner_party, members, export)
    files = [
        ("Connections.csv", connections),
        ("messages.csv", messages),
        ("Invitations.csv", invitations),
        *_owner_files(owner, rng),
    ]
    when = datetime.combine(export, time(9, 12), UTC)
    write_zip(folder / name, [(n, text.encode("utf-8")) for n, text in files], when)
    return LinkedInResult(name, records, len(hidden), stats)
