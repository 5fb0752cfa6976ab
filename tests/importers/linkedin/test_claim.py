# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Which files and folders the LinkedIn reader claims, by content rather than by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.importers.linkedin.conftest import (
    ARCHIVE_NAME,
    fixture_bytes,
    full_archive_files,
    read_path,
)

if TYPE_CHECKING:
    from pathlib import Path

    from tests.importers.linkedin.conftest import ArchiveBuilder

GOOGLE_CSV = (
    b"First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,"
    b"E-mail 1 - Label,E-mail 1 - Value\n"
    b"Mei,,Tanaka,Contoso Ltd,Talent Partner,* myContacts,* Work,mei@example.net\n"
)
OUTLOOK_CSV = (
    b'"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
    b'"Job Title","E-mail Address","E-mail Display Name"\n'
    b'"","Jan","","de Vries","","Brabant Verzekeringen NV","HR","Director","jan@example.be",'
    b'"Jan de Vries"\n'
)


@pytest.mark.parametrize("zipped", [True, False], ids=["zip", "folder"])
def test_archive_is_claimed_as_one_source_with_its_known_files(
    build_archive: ArchiveBuilder, zipped: bool
) -> None:
    result = read_path(build_archive(full_archive_files(), zipped=zipped))

    assert [s.format_id for s in result.sources] == ["linkedin-archive"]
    claimed = {e.path for e in result.sources[0].entries}
    assert claimed == set(full_archive_files())
    first_summary = result.summaries[0]
    assert "ignored_file:Skills.csv" in first_summary.notes
    assert "ignored_file:Jobs/Job Applications.csv" in first_summary.notes


def test_archive_inside_a_top_level_folder_is_labelled_with_it(
    build_archive: ArchiveBuilder,
) -> None:
    files = {f"{ARCHIVE_NAME}/{name}": data for name, data in full_archive_files().items()}

    result = read_path(build_archive(files))

    assert [s.label for s in result.sources] == [f"{ARCHIVE_NAME}.zip/{ARCHIVE_NAME}"]
    assert result.records


@pytest.mark.parametrize(
    "file_name",
    [
        "Connections.csv",
        "connections (1).csv",
        "my network export.csv",
        "CONNECTIONS.CSV",
    ],
)
def test_a_loose_file_with_connected_on_is_a_bare_connections_source(
    tmp_path: Path, file_name: str
) -> None:
    path = tmp_path / file_name
    path.write_bytes(fixture_bytes("connections-2021-notes-preamble.csv"))

    result = read_path(path)

    assert [(s.format_id, s.label) for s in result.sources] == [("linkedin-connections", file_name)]
    assert len(result.records) == 3


@pytest.mark.parametrize(
    ("file_name", "content"),
    [
        ("Connections.csv", GOOGLE_CSV),
        ("google.csv", GOOGLE_CSV),
        ("Connections.csv", OUTLOOK_CSV),
        ("contacts.csv", OUTLOOK_CSV),
        ("Connections.csv", b"First Name,Last Name\nPriya,Raman\n"),
        ("Profile.csv", b"First Name,Last Name,Nickname\nPriya,Raman,\n"),
        ("messages.csv", b"id,text\n1,hello\n"),
        ("notes.txt", b"Connected On is a column name I like\n"),
    ],
    ids=[
        "google-named-connections",
        "google",
        "outlook-named-connections",
        "outlook",
        "names-only",
        "other-profile",
        "other-messages",
        "prose",
    ],
)
def test_other_contact_csvs_are_not_claimed(tmp_path: Path, file_name: str, content: bytes) -> None:
    path = tmp_path / file_name
    path.write_bytes(content)

    assert read_path(path).sources == []


def test_a_folder_of_other_csvs_is_not_claimed(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "Connections.csv").write_bytes(OUTLOOK_CSV)
    (folder / "Profile.csv").write_bytes(GOOGLE_CSV)
    (folder / "google.csv").write_bytes(GOOGLE_CSV)

    assert read_path(folder).sources == []


def test_connections_with_known_archive_extras_is_an_archive_that_takes_them(
    build_archive: ArchiveBuilder,
) -> None:
    files = {
        "Connections.csv": fixture_bytes("connections-2024-url-column.csv"),
        "Skills.csv": b"Name\nInterviewing\n",
    }

    result = read_path(build_archive(files))

    assert [s.format_id for s in result.sources] == ["linkedin-archive"]
    assert {e.path for e in result.sources[0].entries} == set(files)


def test_legacy_outlook_export_is_claimed_by_its_name(tmp_path: Path) -> None:
    path = tmp_path / "linkedin_connections_export_microsoft_outlook.csv"
    path.write_bytes(fixture_bytes("connections-legacy-outlook-cp1252.csv"))

    result = read_path(path)

    assert [s.format_id for s in result.sources] == ["linkedin-connections"]


def test_the_same_outlook_header_under_another_name_is_left_to_the_outlook_reader(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outlook.csv"
    path.write_bytes(fixture_bytes("connections-legacy-outlook-cp1252.csv"))

    assert read_path(path).sources == []


@pytest.mark.parametrize(
    ("name", "fixture"),
    [
        ("messages.csv", "messages-2022-sender-urls-only.csv"),
        ("Messages.csv", "messages-2018-names-only.csv"),
        ("Profile.csv", "profile-2018-full-birth-date.csv"),
        ("Invitations.csv", "invitations-2018-names-only.csv"),
    ],
)
def test_an_archive_without_connections_is_recognised_by_its_other_files(
    build_archive: ArchiveBuilder, name: str, fixture: str
) -> None:
    result = read_path(build_archive({name: fixture_bytes(fixture), "Skills.csv": b"Name\n"}))

    assert [s.format_id for s in result.sources] == ["linkedin-archive"]


def test_a_connections_file_without_connected_on_is_read_inside_an_archive(
    build_archive: ArchiveBuilder,
) -> None:
    files = {
        "Connections.csv": (
            b"First Name,Last Name,Company,Position\nPriya,Raman,Northwind,Director\n"
        ),
        "messages.csv": fixture_bytes("messages-2026-attachments.csv"),
    }

    result = read_path(build_archive(files))

    assert [r.full_name for r in result.records] == ["Priya Raman"]


def test_two_exports_unpacked_side_by_side_are_two_sources(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    for sub, fixture in (("2021", "connections-2021-notes-preamble.csv"), ("2024", None)):
        (folder / sub).mkdir(parents=True)
        data = fixture_bytes(fixture or "connections-2024-url-column.csv")
        (folder / sub / "Connections.csv").write_bytes(data)
        (folder / sub / "messages.csv").write_bytes(fixture_bytes("messages-2026-attachments.csv"))

    result = read_path(folder)

    assert sorted(s.label for s in result.sources) == ["downloads/2021", "downloads/2024"]


def test_duplicate_spellings_of_a_file_read_only_the_first(build_archive: ArchiveBuilder) -> None:
    phones = fixture_bytes("phone-numbers-leading-spaces-empty-rows.csv")
    files = {
        "Connections.csv": fixture_bytes("connections-2024-url-column.csv"),
        "Phone Numbers.csv": phones,
        "PhoneNumbers.csv": b"Extension,Number,Type\n,+1 555 0100,Mobile\n",
    }

    result = read_path(build_archive(files))

    phone_facts = [f for f in result.owner_facts if f.phones]
    assert [f.locator.file for f in phone_facts] == ["Phone Numbers.csv"]
    assert "ignored_file:PhoneNumbers.csv" in result.summaries[0].notes


def test_claim_never_raises_on_unreadable_entries(build_archive: ArchiveBuilder) -> None:
    files = {
        "Connections.csv": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "messages.csv": b"",
        "Profile.csv": b"\xff\xfe" + "First Name\tLast Name\n".encode("utf-16-le"),
    }

    assert read_path(build_archive(files)).sources == []
