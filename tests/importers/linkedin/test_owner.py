# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The archive owner's own files become OwnerFacts ("me"), never a contact record."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import SourceKind
from hrconnect.core.records import Employment, ProblemSeverity
from tests.importers.linkedin.conftest import fixture_bytes, full_archive_files, read_path

if TYPE_CHECKING:
    from tests.importers.linkedin.conftest import ArchiveBuilder


@pytest.mark.parametrize(
    ("fixture", "birthday", "profile_url"),
    [
        (
            "profile-2018-full-birth-date.csv",
            PartialDate(1990, 7, 4),
            "https://www.linkedin.com/in/dana-okafor",
        ),
        ("profile-2024-yearless-birth-date.csv", PartialDate(None, 7, 4), ""),
    ],
)
def test_profile_of_each_era_gives_names_birthday_and_profile_url(
    build_archive: ArchiveBuilder, fixture: str, birthday: PartialDate, profile_url: str
) -> None:
    result = read_path(build_archive({"Profile.csv": fixture_bytes(fixture)}))

    (facts,) = result.owner_facts
    assert facts.source is SourceKind.LINKEDIN
    assert (facts.full_name, facts.given_name, facts.family_name) == (
        "Dana Okafor",
        "Dana",
        "Okafor",
    )
    assert facts.birthday == birthday
    assert facts.profile_url == profile_url
    assert facts.locator.position == "line 2"
    assert result.records == []


def test_owner_emails_put_the_primary_address_first(build_archive: ArchiveBuilder) -> None:
    result = read_path(build_archive(full_archive_files()))

    (facts,) = [f for f in result.owner_facts if f.emails]
    assert facts.emails == ("dana.okafor@example.be", "dana.old@example.com")
    assert facts.locator.file == "Email Addresses.csv"


@pytest.mark.parametrize("name", ["PhoneNumbers.csv", "Phone Numbers.csv", "phone_numbers.csv"])
def test_owner_phones_are_trimmed_and_empty_rows_ignored(
    build_archive: ArchiveBuilder, name: str
) -> None:
    files = full_archive_files()
    phones = files.pop("PhoneNumbers.csv")

    result = read_path(build_archive({**files, name: phones}))

    (facts,) = [f for f in result.owner_facts if f.phones]
    assert facts.phones == ("+32 475 12 34 56", "+32 9 123 45 67 ext. 12")


def test_owner_positions_have_month_dates_and_a_current_job(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_path(build_archive(full_archive_files()))

    (facts,) = [f for f in result.owner_facts if f.positions]
    assert facts.positions == (
        Employment(
            "Brabant Verzekeringen NV",
            "HR Director",
            start=PartialDate(2018, 6),
            end=None,
            is_current=True,
        ),
        Employment(
            "Tailspin Toys",
            "HR Business Partner",
            start=PartialDate(2004, 9),
            end=PartialDate(2018, 6),
        ),
        Employment("Odd Dates Inc", "Intern", start=None, end=PartialDate(2003)),
    )
    (warning,) = [p for p in result.problems if p.locator.file == "Positions.csv"]
    assert (warning.reason, warning.severity, warning.detail, warning.locator.position) == (
        "unreadable_date",
        ProblemSeverity.WARNING,
        "summer",
        "line 4",
    )


def test_the_owner_never_becomes_a_record(build_archive: ArchiveBuilder) -> None:
    result = read_path(build_archive(full_archive_files()))

    names = {r.full_name for r in result.records}
    assert "Dana Okafor" not in names
    slugs = {r.source_key for r in result.records}
    assert "slug:dana-okafor" not in slugs
    counterparts = {i.counterpart.source_key for i in result.interactions}
    assert "slug:dana-okafor" not in counterparts


def test_an_unreadable_birth_date_keeps_the_names(build_archive: ArchiveBuilder) -> None:
    profile = b"First Name,Last Name,Birth Date,Headline\nDana,Okafor,someday,HR\n"

    result = read_path(build_archive({"Profile.csv": profile}))

    (facts,) = result.owner_facts
    assert (facts.full_name, facts.birthday) == ("Dana Okafor", None)
    assert [(p.reason, p.severity) for p in result.problems] == [
        ("unreadable_date", ProblemSeverity.WARNING)
    ]
