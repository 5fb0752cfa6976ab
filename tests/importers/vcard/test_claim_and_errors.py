# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What the reader claims, how unusable files are reported, and per-card isolation."""

from __future__ import annotations

import shutil
import zipfile
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.progress import Progress
from hrconnect.core.records import FileSummary, ForeignRecord, ProblemSeverity, RecordProblem
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.dates import parse_partial
from hrconnect.importers.sources import open_tree
from hrconnect.importers.vcard import VCardReader

if TYPE_CHECKING:
    from pathlib import Path


def _claimed_paths(path: Path) -> list[tuple[str, str, list[str]]]:
    with open_tree(path) as tree:
        sources = VCardReader().claim(tree, tree.entries())
        return [(s.format_id, s.label, [e.path for e in s.entries]) for s in sources]


def test_text_file_with_begin_vcard_after_junk_is_claimed(vcard_fixtures, read_path):
    assert _claimed_paths(vcard_fixtures / "contacts-export.txt") == [
        ("vcard", "contacts-export.txt", ["contacts-export.txt"])
    ]
    assert read_path(vcard_fixtures / "contacts-export.txt").records[0].full_name == "Hana Suzuki"


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
def test_text_with_begin_line_is_claimed_and_read_whatever_the_line_ending(
    tmp_path, read_path, line_break
):
    path = tmp_path / "export.txt"
    path.write_bytes(
        line_break.join(["Export", "begin:vcard", "FN:Kofi Mensah", "end:vcard", ""]).encode()
    )
    assert _claimed_paths(path) == [("vcard", "export.txt", ["export.txt"])]
    assert [r.full_name for r in read_path(path).records] == ["Kofi Mensah"]


def test_text_mentioning_begin_vcard_mid_line_is_not_claimed(vcard_fixtures):
    assert _claimed_paths(vcard_fixtures / "notes-mentioning-vcard.txt") == []


def test_binary_and_zip_content_is_not_claimed(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"BEGIN:VCARD\r\n" * 10)
    with zipfile.ZipFile(tmp_path / "stored.dat", "w", zipfile.ZIP_STORED) as bundle:
        bundle.writestr("inner.txt", "BEGIN:VCARD\r\nFN:Inside A Zip\r\nEND:VCARD\r\n")
    assert _claimed_paths(tmp_path) == []


def test_folder_of_one_card_files_is_one_source(vcard_fixtures, read_path):
    folder = vcard_fixtures / "outlook-one-card-per-file"
    assert _claimed_paths(folder) == [
        (
            "vcard",
            "outlook-one-card-per-file",
            ["Aoife Byrne.vcf", "Bram de Vries.vcf", "Chloé Martin.vcf"],
        )
    ]
    result = read_path(folder)
    assert [r.employments[0].company for r in result.records] == [
        "Contoso Ltd",
        "Fabrikam BV",
        "Litware SA",
    ]
    assert [s.items for s in result.summaries] == [1, 1, 1]


def test_zip_of_vcards_reads_every_member(vcard_fixtures, tmp_path, read_path):
    archive = tmp_path / "contacts.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for name in ("utf8-bom.vcf", "android-21-qp-softbreaks.vcf"):
            bundle.write(vcard_fixtures / name, f"export/{name}")
    result = read_path(archive)
    assert [r.full_name for r in result.records] == [
        "Łukasz Wróbel-Żak",
        "Zsófia Kertész",
        "Amélie Dubois",
    ]
    assert {r.locator.archive for r in result.records} == {"contacts.zip"}


def test_claim_does_not_raise_for_a_corrupt_archive_member(vcard_fixtures, tmp_path):
    archive = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as bundle:
        bundle.write(vcard_fixtures / "utf8-bom.vcf", "good.vcf")
        bundle.writestr("notes.txt", "BEGIN:VCARD\nFN:Damaged Member\nEND:VCARD\n")
    data = archive.read_bytes()
    # Flip a byte inside the stored member: reading it now fails its CRC check.
    offset = data.index(b"Damaged Member")
    archive.write_bytes(data[:offset] + b"X" + data[offset + 1 :])
    assert _claimed_paths(archive) == [("vcard", "damaged.zip", ["good.vcf"])]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary_file"),
        (b"This file was named .vcf but holds no card.\nFN:Not In A Card\n", "no_cards"),
    ],
)
def test_unusable_single_file_raises(tmp_path, content, reason):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(content)
    with open_tree(path) as tree:
        source = VCardReader().claim(tree, tree.entries())[0]
        with pytest.raises(UnusableSourceError) as raised:
            list(source.read())
    assert raised.value.reason == reason
    assert "contacts.vcf" in str(raised.value)


def test_unusable_file_among_several_is_one_failed_problem(vcard_fixtures, tmp_path, read_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(vcard_fixtures / "empty.vcf", folder / "a-empty.vcf")
    shutil.copy(vcard_fixtures / "no-cards.vcf", folder / "b-no-cards.vcf")
    shutil.copy(vcard_fixtures / "utf8-bom.vcf", folder / "c-good.vcf")
    result = read_path(folder)
    assert [r.full_name for r in result.records] == ["Amélie Dubois"]
    assert [(p.locator.file, p.reason, p.severity) for p in result.problems] == [
        ("a-empty.vcf", "empty_file", ProblemSeverity.FAILED),
        ("b-no-cards.vcf", "no_cards", ProblemSeverity.FAILED),
    ]


def test_unreadable_card_fails_alone(read_fixture):
    result = read_fixture("card-failure-isolated.vcf")
    assert [r.full_name for r in result.records] == ["First Good", "Second Good"]
    assert [r.locator.position for r in result.records] == ["card 1", "card 3"]
    assert result.reasons() == [("card 2", "unreadable_card", ProblemSeverity.FAILED)]


def test_an_unexpected_error_in_one_card_costs_only_that_card(read_fixture, monkeypatch):
    def exploding_parse(text, **kwargs):
        if text == "1980-03-22T00:00:00Z":
            raise RuntimeError("boom")
        return parse_partial(text, **kwargs)

    monkeypatch.setattr("hrconnect.importers.vcard.mapping.parse_partial", exploding_parse)
    result = read_fixture("bday-forms.vcf")
    assert len(result.records) == 11
    assert ("card 3", "unreadable_card", ProblemSeverity.FAILED) in result.reasons()
    assert "RuntimeError: boom" in result.problems[0].detail


def test_read_yields_progress_every_500_cards_and_one_summary(tmp_path):
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {n}\nEND:VCARD\n" for n in range(1200))
    )
    with open_tree(path) as tree:
        items = list(VCardReader().claim(tree, tree.entries())[0].read())
    progress = [i for i in items if isinstance(i, Progress)]
    assert [(p.done, p.stage, p.detail) for p in progress] == [
        (500, "reading", "many.vcf"),
        (1000, "reading", "many.vcf"),
    ]
    assert sum(isinstance(i, ForeignRecord) for i in items) == 1200
    assert not any(isinstance(i, RecordProblem) for i in items)
    summaries = [i for i in items if isinstance(i, FileSummary)]
    assert [(s.format_id, s.items) for s in summaries] == [("vcard", 1200)]
    assert isinstance(items[-1], FileSummary)
