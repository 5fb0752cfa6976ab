# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Source keys, locators, raw provenance pairs and categories."""

from __future__ import annotations

from hrconnect.core.kinds import SourceKind
from hrconnect.core.records import Locator, ProblemSeverity


def test_source_keys_uid_namesakes_email_phone_repeated_uid_and_empty(read_fixture):
    result = read_fixture("source-keys-namesakes.vcf")
    assert [(r.locator.position, r.source_key) for r in result.records] == [
        ("card 1", "uid:abc-123"),
        ("card 2", "name:priya raman#1"),
        ("card 3", "name:priya raman#2"),
        ("card 4", "email:anon.person@example.com#0"),
        ("card 5", "email:anon.person@example.com#1"),
        ("card 6", "phone:+31612345678#0"),
        ("card 7", "uid:abc-123#1"),  # the same UID again in one file
    ]
    assert result.reasons() == [("card 8", "empty_card", ProblemSeverity.SKIPPED)]
    assert all(r.kind is SourceKind.VCARD for r in result.records)


def test_locator_names_file_and_archive(vcard_fixtures, read_path):
    result = read_path(vcard_fixtures / "outlook-one-card-per-file")
    assert [r.locator for r in result.records] == [
        Locator("outlook-one-card-per-file", "Aoife Byrne.vcf", "card 1"),
        Locator("outlook-one-card-per-file", "Bram de Vries.vcf", "card 1"),
        Locator("outlook-one-card-per-file", "Chloé Martin.vcf", "card 1"),
    ]


def test_raw_pairs_keep_heads_as_written_without_photo_data(read_fixture):
    record = read_fixture("raw-pairs-provenance.vcf").records[0]
    raw = dict(record.raw)
    assert raw["item1.EMAIL;type=INTERNET"] == "raw@example.com"
    assert raw["item1.X-ABLabel"] == "_$!<Work>!$_"
    assert raw["NOTE"] == "n" * 2000
    assert raw["PHOTO;ENCODING=b;TYPE=PNG"] == ""
    assert record.photo is not None
    assert record.note == "n" * 2500


def test_system_categories_are_left_out(read_fixture):
    record = read_fixture("google-30-fn-blank-line-and-commas.vcf").by_name(
        "Dr. Priya Raman, James Okoro Jr."
    )
    assert record.categories == ("Recruiters", "Alumni 2015")


def test_display_name_only_is_split_and_flagged(tmp_path, read_path):
    path = tmp_path / "fn-only.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:4.0\nFN:Maria José Alves\nEND:VCARD\n")
    record = read_path(path).records[0]
    assert (record.given_name, record.family_name) == ("Maria José", "Alves")
    assert record.name_is_structured is False


def test_namesakes_in_different_files_of_one_folder_get_distinct_keys(tmp_path, read_path):
    folder = tmp_path / "outlook-namesakes"
    folder.mkdir()
    files = [("Priya Raman", "priya@example.com"), ("Priya Raman (2)", "pr@example.org")]
    for stem, email in files:
        (folder / f"{stem}.vcf").write_text(
            f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Priya Raman\r\nEMAIL:{email}\r\nEND:VCARD\r\n"
        )
    result = read_path(folder)
    assert [(r.locator.file, r.source_key) for r in result.records] == [
        ("Priya Raman (2).vcf", "name:priya raman#0"),
        ("Priya Raman.vcf", "name:priya raman#1"),
    ]


def test_keys_are_unique_across_all_fixture_files(vcard_fixtures, read_path):
    result = read_path(vcard_fixtures)
    keys = [r.source_key for r in result.records]
    assert len(keys) == len(set(keys))
