# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Value decoding: QUOTED-PRINTABLE and charsets, escapes, and text that keeps its commas."""

from __future__ import annotations

from hrconnect.core.kinds import ContactKind
from hrconnect.core.records import Employment, ProblemSeverity


def test_qp_soft_breaks_inside_multibyte_characters_decode_whole(read_fixture):
    result = read_fixture("android-21-qp-softbreaks.vcf")
    record = result.records[0]
    assert record.full_name == "Łukasz Wróbel-Żak"
    assert (record.given_name, record.family_name) == ("Łukasz", "Wróbel-Żak")


def test_qp_note_with_crlf_and_a_split_character(read_fixture):
    record = read_fixture("android-21-qp-softbreaks.vcf").by_name("Zsófia Kertész")
    assert record.note == "Line one\nLine two with éé end"
    assert record.employments == (
        Employment("Ügyfél Kft.", department="Személyügy", is_current=True),
    )


def test_android_bare_params_and_system_category(read_fixture):
    record = read_fixture("android-21-qp-softbreaks.vcf").by_name("Łukasz Wróbel-Żak")
    phones = [(p.value, p.label, p.is_preferred) for p in record.contact_points]
    assert phones[:2] == [("+48 601 234 567", "cell", True), ("+48 22 123 45 67", "home", False)]
    assert record.categories == ()


def test_cp1252_file_decodes_each_value_with_its_charset(read_fixture):
    result = read_fixture("outlook-21-cp1252-charset.vcf")
    record = result.by_name("Anaïs Vermeulen")
    assert record.given_name == "Anaïs"
    assert record.note == "Préfère le café\nDeuxième ligne"
    assert "decoded_cp1252" in result.summaries[0].notes


def test_unescaped_commas_in_title_and_org_stay_whole(read_fixture):
    record = read_fixture("outlook-21-cp1252-charset.vcf").by_name("Anaïs Vermeulen")
    assert record.employments == (
        Employment(
            "Company, The",
            "Director, People & Culture",
            department="Human Resources",
            is_current=True,
        ),
    )
    assert str(record.birthday) == "1980-03-22"


def test_google_fn_with_unescaped_comma_stays_whole(read_fixture):
    record = read_fixture("google-30-fn-blank-line-and-commas.vcf").by_name(
        "Dr. Priya Raman, James Okoro Jr."
    )
    assert (record.prefix, record.given_name, record.middle_name) == (
        "Dr.",
        "Priya",
        "James, Okoro",
    )
    assert (record.family_name, record.suffix) == ("Raman", "Jr.")
    job = record.employments[0]
    assert (job.company, job.department, job.title) == (
        "Raman, Okoro & Partners",
        "Talent",
        "Head of Recruitment, EMEA",
    )


def test_escaped_org_units_and_title(read_fixture):
    record = read_fixture("adr-org-title.vcf").by_name("Lars Eriksen")
    assert record.employments == (
        Employment(
            "Globex, Inc.",
            "Senior Recruiter, Tech",
            department="Talent Acquisition, Nordics",
            is_current=True,
        ),
    )


def test_qp_bytes_that_do_not_fit_the_charset_fall_back(read_fixture):
    result = read_fixture("qp-charset-fallback.vcf")
    record = result.records[0]
    # Declared UTF-8 but written in a legacy code page: cp1252.
    assert (record.full_name, record.given_name, record.family_name) == (
        "René Café",
        "René",
        "Café",
    )
    # Valid UTF-8 with one stray byte stays UTF-8, the stray byte replaced.
    assert record.employments[0].company == "Ñandú Ltd\ufffd"
    # An unknown charset is read as UTF-8 (which fits here, so it is no fallback).
    assert record.employments[0].title == "Recruiter"
    assert "charset_fallbacks:3" in result.summaries[0].notes
    assert result.problems == []


def test_heads_vobject_rejects_are_read_by_our_parser(read_fixture):
    result = read_fixture("vobject-rejected-heads.vcf")
    record = result.by_name("Hand Edited")
    assert [(p.kind, p.value, p.label) for p in record.contact_points] == [
        (ContactKind.PHONE, "+32 475 00 11 22", "cell"),
        (ContactKind.EMAIL, "hand.edited@example.com", "work"),
    ]
    assert "heads_parsed_without_vobject:2" in result.summaries[0].notes
    assert not result.problems_of(ProblemSeverity.FAILED)
