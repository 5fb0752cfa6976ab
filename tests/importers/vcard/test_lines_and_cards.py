# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Bytes, line endings, unfolding and card splitting: the tolerant front end, through read()."""

from __future__ import annotations

from hrconnect.core.kinds import ContactKind
from hrconnect.core.records import ProblemSeverity


def test_utf8_bom_before_begin_is_stripped(read_fixture):
    result = read_fixture("utf8-bom.vcf")
    assert [r.full_name for r in result.records] == ["Amélie Dubois"]
    assert result.problems == []


def test_utf16_file_with_bom_is_read(read_fixture):
    result = read_fixture("utf16-le-bom.vcf")
    record = result.by_name("Søren Østergaard")
    assert record.family_name == "Østergaard"
    assert record.contact_points[0].value == "+45 20 12 34 56"
    assert "decoded_utf16" in result.summaries[0].notes


def test_cr_cr_lf_line_endings_count_as_one_break(read_fixture):
    result = read_fixture("iphone-crcrlf-line-endings.vcf")
    record = result.by_name("Chidi Okafor")
    assert record.employments[0].company == "Northwind Traders"
    assert record.employments[0].title == "Talent Partner"
    assert record.photo is not None
    assert record.photo.startswith(b"\x89PNG")
    assert result.problems == []
    assert any(note.startswith("cr_cr_lf_lines:") for note in result.summaries[0].notes)


def test_lf_only_photo_block_inside_crlf_file_unfolds(read_fixture):
    result = read_fixture("macos-mixed-line-endings.vcf")
    record = result.by_name("Mei Lin Tan")
    assert record.photo is not None
    assert record.photo.startswith(b"\x89PNG")
    assert [p.value for p in record.contact_points] == ["meilin.tan@example.sg"]
    assert result.problems == []


def test_junk_before_begin_and_lower_case_markers(read_fixture):
    result = read_fixture("junk-before-begin-lowercase.vcf")
    record = result.by_name("Jonas Weber")
    assert record.contact_points[0].label == "work"
    assert "lines_outside_cards:3" in result.summaries[0].notes


def test_lotus_profile_line_and_bday_before_version_are_tolerated(read_fixture):
    result = read_fixture("lotus-profile-line.vcf")
    record = result.by_name("Ingrid Lund")
    assert str(record.birthday) == "1975-11-02"
    assert record.contact_points[0].value == "ingrid.lund@example.no"
    assert result.problems == []


def test_unbalanced_begin_end_and_truncated_last_card_keep_every_card(read_fixture):
    result = read_fixture("unbalanced-begin-end.vcf")
    assert [r.full_name for r in result.records] == ["Ravi Menon", "Elena Petrova", "Tomás Ruiz"]
    assert [r.locator.position for r in result.records] == ["card 1", "card 2", "card 3"]
    assert result.reasons() == [
        ("card 1", "unterminated_card", ProblemSeverity.WARNING),
        ("card 3", "unterminated_card", ProblemSeverity.WARNING),
    ]


def test_nested_agent_card_is_ignored(read_fixture):
    result = read_fixture("agent-nested-card.vcf")
    assert [r.full_name for r in result.records] == ["Claire Moreau"]
    record = result.records[0]
    assert [p.value for p in record.contact_points] == [
        "+33 1 23 45 67 89",
        "claire.moreau@example.fr",
    ]
    assert "nested_agent_cards:1" in result.summaries[0].notes


def test_android_note_lines_without_folding_continue_the_note(read_fixture):
    result = read_fixture("android-21-qp-softbreaks.vcf")
    record = result.by_name("Łukasz Wróbel-Żak")
    assert record.note == (
        "Met at the Warsaw HR summit\n"
        "Follow up on: graduate programme\n"
        "Meeting at 10:30 with the team"
    )
    assert "unfolded_continuation_lines:2" in result.summaries[0].notes


def test_google_blank_line_inside_fn_joins_the_name(read_fixture):
    result = read_fixture("google-30-fn-blank-line-and-commas.vcf")
    record = result.by_name("Gábor Béla Szabó-Nagy")
    assert record.given_name == "Gábor"
    assert record.family_name == "Béla Szabó-Nagy"
    assert record.contact_points[0].kind is ContactKind.PHONE


def test_nul_bytes_are_removed(tmp_path, read_path):
    # A few stray NULs in an otherwise normal file (more would make it look binary).
    filler = b"".join(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Filler %d\r\nEND:VCARD\r\n" % n for n in range(10)
    )
    path = tmp_path / "nul-bytes.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\x00 Nkem\r\nEMAIL:ada@exa\x00mple.com\r\n"
        b"END:VCARD\r\n" + filler
    )
    result = read_path(path)
    assert len(result.records) == 11
    assert result.records[0].full_name == "Ada Nkem"
    assert result.records[0].contact_points[0].value == "ada@example.com"
    assert "nul_lines_removed:2" in result.summaries[0].notes


def test_blank_lines_between_properties_are_ignored(tmp_path, read_path):
    path = tmp_path / "blank-lines-between-properties.vcf"
    path.write_text(
        "BEGIN:VCARD\n\nVERSION:3.0\n\nN;CHARSET=UTF-8:Ito;Ken;;;\n\nFN:Ken Ito\n\nEND:VCARD\n"
    )
    result = read_path(path)
    assert (result.records[0].full_name, result.records[0].note) == ("Ken Ito", "")
    assert result.problems == []
