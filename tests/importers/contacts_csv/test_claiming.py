# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Which files the Google and Outlook readers claim, by content, and which they leave alone."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest

from hrconnect.errors import UnusableSourceError
from hrconnect.importers.contacts_csv import GoogleCsvReader, OutlookCsvReader
from hrconnect.importers.detect import detect
from hrconnect.importers.sources import DirectoryTree, ZipTree


@pytest.mark.parametrize(
    ("fixture", "format_id"),
    [
        ("google-legacy-multivalue-multiline.csv", "google-csv"),
        ("google-current-labels-yearless-birthday.csv", "google-csv"),
        ("outlook-desktop-en-us-dates.csv", "outlook-csv"),
        ("outlook-desktop-en-gb-day-first-dates.csv", "outlook-csv"),
        ("outlook-exchange-x500-addresses.csv", "outlook-csv"),
        ("outlook-2000-country-columns.csv", "outlook-csv"),
        ("outlook-com-live-header.csv", "outlook-csv"),
        ("google-outlook-short-categories.csv", "outlook-csv"),
        ("google-outlook-long-internet-free-busy.csv", "outlook-csv"),
        ("thunderbird-trailing-comma-birth-parts.csv", "outlook-csv"),
        ("outlook-de-cp1252-semicolon.csv", "outlook-csv"),
        ("outlook-fr-titre-twice.csv", "outlook-csv"),
        ("outlook-nl-day-first-dates.csv", "outlook-csv"),
    ],
)
def test_each_layout_is_claimed_by_exactly_one_reader(csv_fixtures, claim_path, fixture, format_id):
    sources = claim_path(csv_fixtures / fixture)

    assert [s.format_id for s in sources] == [format_id]
    assert sources[0].label == fixture
    assert [e.path for e in sources[0].entries] == [fixture]


@pytest.mark.parametrize(
    "fixture",
    [
        "linkedin-connections-2023-url.csv",
        "linkedin_connections_export_microsoft_outlook.csv",
        "unknown-product-table.csv",
    ],
)
def test_linkedin_and_unknown_files_are_not_claimed(csv_fixtures, claim_path, fixture):
    assert claim_path(csv_fixtures / fixture) == []


def test_linkedin_outlook_export_is_recognised_by_content_even_when_renamed(
    csv_fixtures, tmp_path, claim_path
):
    renamed = tmp_path / "old-connections.csv"
    shutil.copy(csv_fixtures / "linkedin_connections_export_microsoft_outlook.csv", renamed)

    assert claim_path(renamed) == []


@pytest.mark.parametrize(
    "header",
    [
        "First Name,Last Name,Email Address,Company,Position,Connected On",
        "First Name,Last Name,URL,Email Address,Company,Position",
        "First Name,Last Name,Email Address,Company,Position",
        # An Excel user added a column to LinkedIn's file; it is still LinkedIn's.
        "First Name,Last Name,URL,Email Address,Company,Position,Mobile Phone",
        "Name,Email,Phone",
        "First Name,Last Name",
    ],
)
def test_linkedin_shaped_and_generic_headers_are_not_claimed(tmp_path, claim_path, header):
    path = tmp_path / "Connections.csv"
    path.write_text(f"{header}\nPriya,Raman,priya@example.org,Northwind,HR,07 Feb 2026\n")

    assert claim_path(path) == []


def test_files_that_are_not_csv_by_name_are_not_sniffed(csv_fixtures, tmp_path, claim_path):
    path = tmp_path / "contacts.vcf"
    shutil.copy(csv_fixtures / "outlook-desktop-en-us-dates.csv", path)

    assert claim_path(path) == []


@pytest.mark.parametrize("suffix", [".CSV", ".txt"])
def test_a_renamed_export_is_still_claimed_by_its_header(
    csv_fixtures, tmp_path, claim_path, suffix
):
    path = tmp_path / f"export{suffix}"
    shutil.copy(csv_fixtures / "outlook-com-live-header.csv", path)

    assert [s.format_id for s in claim_path(path)] == ["outlook-csv"]


def test_readers_claim_csv_files_inside_a_zip_with_archive_locators(csv_fixtures, collect_items):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.write(csv_fixtures / "google-current-labels-yearless-birthday.csv", "takeout/g.csv")
        archive.write(csv_fixtures / "outlook-nl-day-first-dates.csv", "export/outlook.csv")
        archive.writestr("notes/readme.txt", "nothing to see here\n")
    tree = ZipTree(buffer.getvalue(), "export.zip")
    entries = tree.entries()

    google = GoogleCsvReader().claim(tree, entries)
    outlook = OutlookCsvReader().claim(tree, entries)

    assert [s.label for s in google] == ["export.zip › takeout/g.csv"]
    assert [s.label for s in outlook] == ["export.zip › export/outlook.csv"]
    result = collect_items(outlook[0].read(), outlook[0].format_id)
    first = result.records[0].locator
    assert (first.archive, first.file, first.position) == (
        "export.zip",
        "export/outlook.csv",
        "line 2",
    )


def test_a_folder_with_both_families_is_split_between_the_readers(csv_fixtures, tmp_path):
    for name in (
        "google-legacy-multivalue-multiline.csv",
        "thunderbird-trailing-comma-birth-parts.csv",
    ):
        shutil.copy(csv_fixtures / name, tmp_path / name)
    tree = DirectoryTree(tmp_path)
    entries = tree.entries()

    google = [s.label for s in GoogleCsvReader().claim(tree, entries)]
    outlook = [s.label for s in OutlookCsvReader().claim(tree, entries)]

    assert google == [f"{tmp_path.name} › google-legacy-multivalue-multiline.csv"]
    assert outlook == [f"{tmp_path.name} › thunderbird-trailing-comma-birth-parts.csv"]


def test_an_unknown_csv_is_left_for_the_caller_to_report_as_unknown(csv_fixtures):
    readers = [GoogleCsvReader(), OutlookCsvReader()]

    with pytest.raises(UnusableSourceError) as caught:
        detect(csv_fixtures / "unknown-product-table.csv", readers)

    assert caught.value.reason == "unknown_format"


def test_detection_of_a_folder_finds_every_contacts_csv_and_ignores_linkedin(csv_fixtures):
    readers = [GoogleCsvReader(), OutlookCsvReader()]

    with detect(csv_fixtures, readers) as found:
        ignored = sorted(entry.name for entry in found.ignored)
        formats = sorted(source.format_id for source in found.sources)

    assert ignored == [
        "linkedin-connections-2023-url.csv",
        "linkedin_connections_export_microsoft_outlook.csv",
        "unknown-product-table.csv",
    ]
    assert formats == ["google-csv"] * 2 + ["outlook-csv"] * 11
