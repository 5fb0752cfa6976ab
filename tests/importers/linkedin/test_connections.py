# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Connections.csv of every era and its Excel re-saves, read through the reader's claim/read."""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import ContactPoint, Employment, ProblemSeverity
from tests.importers.linkedin.conftest import fixture_bytes, read_path

if TYPE_CHECKING:
    from pathlib import Path

    from tests.importers.linkedin.conftest import ArchiveBuilder, ReadResult


def read_fixture(tmp_path: Path, fixture: str, name: str = "Connections.csv") -> ReadResult:
    path = tmp_path / name
    path.write_bytes(fixture_bytes(fixture))
    return read_path(path)


@pytest.mark.parametrize(
    ("fixture", "source_key", "connected_on", "line"),
    [
        ("connections-2018-us-dates.csv", "name:priya|raman|2018-01-08", date(2018, 1, 8), 2),
        ("connections-2019-no-preamble.csv", "name:priya|raman|2018-11-20", date(2018, 11, 20), 2),
        (
            "connections-2021-notes-preamble.csv",
            "name:priya|raman|2021-03-16",
            date(2021, 3, 16),
            5,
        ),
        (
            "connections-2023-url-column-empty.csv",
            "name:priya|raman|2023-06-07",
            date(2023, 6, 7),
            5,
        ),
        ("connections-2024-url-column.csv", "slug:priya-raman-4b21a7", date(2026, 2, 7), 5),
        (
            "connections-excel-bom-crlf-padded-preamble.csv",
            "slug:priya-raman-4b21a7",
            date(2023, 4, 23),
            5,
        ),
        (
            "connections-excel-preamble-deleted-blank-lines.csv",
            "slug:priya-raman-4b21a7",
            date(2026, 2, 7),
            4,
        ),
        ("connections-extra-location-column.csv", "slug:priya-raman-4b21a7", date(2026, 2, 7), 5),
    ],
)
def test_every_era_reads_the_first_connection_with_its_date_and_line(
    tmp_path: Path, fixture: str, source_key: str, connected_on: date, line: int
) -> None:
    result = read_fixture(tmp_path, fixture)

    first = result.records[0]
    assert first.source_key == source_key
    assert first.connected_on == connected_on
    assert first.locator.position == f"line {line}"
    assert (first.given_name, first.family_name, first.full_name) == (
        "Priya",
        "Raman",
        "Priya Raman",
    )
    assert first.kind is SourceKind.LINKEDIN
    assert first.name_is_structured


def test_current_format_record_has_job_url_email_and_raw_fields(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-2024-url-column.csv")

    jonas = result.record("slug:jonas-weber-münchen")
    assert (jonas.given_name, jonas.family_name) == ("Jonas", "Weber (he/him)")
    assert jonas.contact_points == (
        ContactPoint(ContactKind.EMAIL, "jonas.weber@example.de"),
        ContactPoint(
            ContactKind.URL, "https://www.linkedin.com/in/jonas-weber-m%C3%BCnchen", "linkedin"
        ),
    )
    assert jonas.employments == (
        Employment("Fabrikam GmbH", "HR Business Partner", is_current=True),
    )
    assert ("First Name", "Jonas ") in jonas.raw
    assert ("Position", "HR Business Partner ") in jonas.raw
    assert jonas.legacy_keys == ("name:jonas|weber (he/him)|2025-01-15",)


def test_names_keep_credentials_emoji_and_quotes_but_lose_outer_spaces(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-2024-url-column.csv")

    names = {r.source_key: (r.given_name, r.family_name) for r in result.records}
    assert names["slug:kwame-osei-"] == ("Kwame", "Osei, MSc, MBA, SPHR")
    assert names["slug:lena-brandt"] == ("Lena", "Brandt 🌱")
    assert names["slug:sam-okafor-9"] == ('Sam "Skip"', "Okafor")
    assert result.record("slug:lena-brandt").employments[0].title == "Coach | Trainer & Speaker"


def test_hidden_members_are_counted_and_skipped_never_records(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-2024-url-column.csv")

    hidden = [p for p in result.problems if p.reason == "hidden_member"]
    assert [(p.locator.position, p.severity, p.detail) for p in hidden] == [
        ("line 7", ProblemSeverity.SKIPPED, "03 Dec 2021"),
        ("line 14", ProblemSeverity.SKIPPED, "02 Jun 2020"),
    ]
    assert all(r.full_name for r in result.records)
    assert "hidden_members:2" in result.summary_for("Connections.csv").notes


def test_placeholder_name_is_imported_with_a_url_and_skipped_without(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-2024-url-column.csv")

    assert result.record("slug:acoaab12cd").full_name == "LinkedIn Member"
    skipped = [p for p in result.problems if p.reason == "placeholder_name"]
    assert [(p.locator.position, p.severity) for p in skipped] == [
        ("line 12", ProblemSeverity.SKIPPED)
    ]


def test_url_rows_carry_the_name_key_an_older_export_would_have_used(tmp_path: Path) -> None:
    old = read_fixture(tmp_path, "connections-2021-notes-preamble.csv", "old.csv")
    new = read_fixture(tmp_path, "connections-2024-url-column.csv", "new.csv")

    old_keys = {r.source_key for r in old.records}
    mei = new.record("slug:mei-tanaka-3")
    assert set(mei.legacy_keys) & old_keys == {"name:mei|tanaka|2019-04-03"}


def test_url_column_empty_in_every_row_gives_name_keys_and_no_url(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-2023-url-column-empty.csv")

    assert [r.source_key for r in result.records] == [
        "name:priya|raman|2023-06-07",
        "name:mei|tanaka|2019-04-03",
    ]
    assert all(not r.contact_points and not r.legacy_keys for r in result.records)


def test_2018_us_dates_with_times_and_midnight(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-2018-us-dates.csv")

    assert [r.connected_on for r in result.records] == [date(2018, 1, 8), date(2017, 12, 31)]
    assert result.reasons() == ["hidden_member"]


def test_excel_resave_with_bom_crlf_padding_and_short_dates(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-excel-bom-crlf-padded-preamble.csv")

    assert [(r.source_key, r.connected_on) for r in result.records] == [
        ("slug:priya-raman-4b21a7", date(2023, 4, 23)),
        ("slug:mei-tanaka-3", date(2022, 9, 9)),
    ]
    assert result.reasons() == ["hidden_member"]
    assert result.problems[0].locator.position == "line 7"
    assert "excel_resave" in result.summary_for("Connections.csv").notes


def test_european_excel_resave_with_semicolons_cp1252_and_day_first_dates(
    tmp_path: Path,
) -> None:
    result = read_fixture(tmp_path, "connections-excel-semicolon-cp1252.csv")

    renee, jorg = result.records
    assert (renee.full_name, renee.connected_on) == ("Renée Lefèvre", date(2023, 4, 3))
    assert renee.employments[0] == Employment(
        "Société Générale", "Chargée de recrutement, RH", is_current=True
    )
    assert (jorg.full_name, jorg.connected_on) == ("Jörg Schäfer", date(2018, 11, 20))
    notes = result.summary_for("Connections.csv").notes
    assert {"decoded_cp1252", "semicolon_delimited"} <= set(notes)


def test_legacy_outlook_export_in_cp1252(tmp_path: Path) -> None:
    result = read_fixture(
        tmp_path,
        "connections-legacy-outlook-cp1252.csv",
        "linkedin_connections_export_microsoft_outlook.csv",
    )

    jose = result.records[0]
    assert (jose.full_name, jose.connected_on, jose.source_key) == (
        "José Muñoz",
        None,
        "name:jose|munoz|",
    )
    assert jose.contact_points == (ContactPoint(ContactKind.EMAIL, "jose.munoz@example.es"),)
    assert jose.employments == (
        Employment("Contoso Ibérica", "Talent Acquisition Lead", is_current=True),
    )
    assert result.records[1].full_name == "Ay?e Y?lmaz"
    notes = result.summary_for("linkedin_connections_export_microsoft_outlook.csv").notes
    assert {"decoded_cp1252", "layout:outlook_legacy"} <= set(notes)


def test_legacy_outlook_export_namesakes_stay_two_records(tmp_path: Path) -> None:
    result = read_fixture(
        tmp_path,
        "connections-legacy-outlook-cp1252.csv",
        "linkedin_connections_export_microsoft_outlook.csv",
    )

    keys = [r.source_key for r in result.records if r.full_name == "Priya Raman"]
    assert keys == ["name:priya|raman|", "name:priya|raman|#2"]


def test_legacy_outlook_export_in_mac_roman(tmp_path: Path) -> None:
    result = read_fixture(
        tmp_path,
        "connections-legacy-outlook-macroman.csv",
        "linkedin_connections_export_microsoft_outlook.csv",
    )

    assert [r.full_name for r in result.records] == ["Raúl Núñez", "Zoë Müller", "Ay?e Y?lmaz"]
    notes = result.summary_for("linkedin_connections_export_microsoft_outlook.csv").notes
    assert "decoded_mac_roman" in notes
    assert "decoded_cp1252" not in notes


def test_deleted_and_reordered_columns_are_read_by_name(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-deleted-columns.csv")

    assert [(r.full_name, r.connected_on, r.employments) for r in result.records] == [
        ("Priya Raman", date(2026, 2, 7), ()),
        ("Jonas Weber", date(2025, 1, 15), ()),
    ]


def test_rows_without_any_name_url_or_email_are_skipped(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-names-deleted.csv")

    assert result.records == []
    assert [(p.reason, p.severity) for p in result.problems] == [
        ("missing_name", ProblemSeverity.SKIPPED)
    ]


def test_an_unreadable_date_keeps_the_record_with_a_warning(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-unreadable-date.csv")

    assert [(r.source_key, r.connected_on) for r in result.records] == [
        ("slug:priya-raman-4b21a7", None),
        ("slug:mei-tanaka-3", None),
    ]
    assert [(p.reason, p.severity, p.detail, p.locator.position) for p in result.problems] == [
        ("unreadable_date", ProblemSeverity.WARNING, "sometime in 2020", "line 5"),
        ("unreadable_date", ProblemSeverity.WARNING, "31 Feb 2020", "line 6"),
    ]
    assert ("Connected On", "sometime in 2020") in result.records[0].raw


def test_a_truncated_last_row_is_reported_not_half_imported(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-truncated.csv")

    assert [r.source_key for r in result.records] == ["slug:priya-raman-4b21a7"]
    assert [(p.reason, p.locator.position) for p in result.problems] == [("short_row", "line 6")]


def test_a_bad_profile_url_is_kept_as_a_plain_url_with_a_name_key(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Priya,Raman,https://example.org/priya,,Northwind,Director,07 Feb 2026\n"
    )

    result = read_path(path)

    (priya,) = result.records
    assert priya.source_key == "name:priya|raman|2026-02-07"
    assert priya.contact_points == (ContactPoint(ContactKind.URL, "https://example.org/priya"),)
    assert [(p.reason, p.severity) for p in result.problems] == [
        ("bad_profile_url", ProblemSeverity.WARNING)
    ]


def test_duplicate_profile_rows_become_one_record(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Priya,Raman,https://www.linkedin.com/in/priya-raman-4b21a7,,A,B,07 Feb 2026\n"
        "Priya,Raman,https://www.linkedin.com/in/Priya-Raman-4b21a7/,,A,B,07 Feb 2026\n"
    )

    result = read_path(path)

    assert len(result.records) == 1
    assert result.reasons() == ["duplicate_profile"]


def test_a_row_with_only_an_email_is_keyed_by_it(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        ",,,Priya.Raman@Example.org,,,07 Feb 2026\n"
    )

    (record,) = read_path(path).records

    assert record.source_key == "email:priya.raman@example.org"


def test_the_owners_own_profile_in_connections_is_not_a_record(
    build_archive: ArchiveBuilder,
) -> None:
    connections = (
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Dana,Okafor,https://www.linkedin.com/in/dana-okafor,,Brabant,HR Director,07 Feb 2026\n"
        b"Priya,Raman,https://www.linkedin.com/in/priya-raman-4b21a7,,A,B,07 Feb 2026\n"
    )
    files = {
        "Connections.csv": connections,
        "Profile.csv": fixture_bytes("profile-2018-full-birth-date.csv"),
    }

    result = read_path(build_archive(files))

    assert [r.source_key for r in result.records] == ["slug:priya-raman-4b21a7"]
    assert "owner" in result.reasons()


@pytest.mark.parametrize(
    "fixture",
    [
        "connections-2019-no-preamble.csv",
        "connections-2024-url-column.csv",
        "connections-legacy-outlook-cp1252.csv",
        "connections-excel-semicolon-cp1252.csv",
    ],
)
def test_reading_twice_gives_identical_records(tmp_path: Path, fixture: str) -> None:
    first = read_fixture(tmp_path, fixture)
    second = read_fixture(tmp_path, fixture)

    assert first.records == second.records
    assert len({r.source_key for r in first.records}) == len(first.records)


def test_summary_counts_the_records_of_the_file(tmp_path: Path) -> None:
    result = read_fixture(tmp_path, "connections-2024-url-column.csv")

    summary = result.summary_for("Connections.csv")
    assert summary.format_id == "linkedin-connections"
    assert summary.items == len(result.records) == 7
    assert "layout:url_column" in summary.notes


def generated_connections(rows: int) -> str:
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for n in range(rows):
        if n % 50 == 49:
            lines.append(",,,,,,03 Dec 2021")
            continue
        email = f"person{n}@example.org" if n % 30 == 0 else ""
        lines.append(
            f"Given{n},Family{n},https://www.linkedin.com/in/given-family-{n:05d},{email},"
            f'Company {n % 700},"Talent Partner, EMEA",{(n % 28) + 1:02d} Mar 2021'
        )
    return "\n".join(lines)


def test_a_thirty_thousand_row_export_reads_every_connection(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(generated_connections(30_000))

    started = time.perf_counter()
    result = read_path(path)
    elapsed = time.perf_counter() - started

    assert len(result.records) == 30_000 - 600
    assert result.reasons() == ["hidden_member"] * 600
    assert result.records[-1].locator.position == "line 30003"
    assert len(result.progress) == (30_000 - 600) // 500
    # Timing is measured for the report, not asserted (machines differ).
    print(f"30,000 rows read in {elapsed:.3f} s")
