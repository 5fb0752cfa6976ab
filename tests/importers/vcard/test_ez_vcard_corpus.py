# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Every card of every ez-vcard sample (17 files, 25 cards from real clients) imports.

The folder lives outside the repository (``../shared/corpora/vcard/ez-vcard/``) and is only
read; the tests skip when it is absent.
"""

from __future__ import annotations

from typing import Any

import pytest

from hrconnect.core.kinds import ContactKind
from hrconnect.core.records import ForeignRecord, ProblemSeverity
from tests.conftest import EZ_VCARD

pytestmark = [
    pytest.mark.needs_shared,
    pytest.mark.skipif(not EZ_VCARD.is_dir(), reason="ez-vcard corpus not present"),
]


@pytest.fixture
def corpus(read_path):
    return read_path(EZ_VCARD)


def _record(corpus: Any, file: str, position: str = "card 1") -> ForeignRecord:
    matches: list[ForeignRecord] = [
        r for r in corpus.records if r.locator.file == file and r.locator.position == position
    ]
    assert len(matches) == 1
    return matches[0]


def test_every_card_of_every_file_becomes_a_record(corpus):
    assert len(corpus.summaries) == 17
    assert len(corpus.records) == 25
    assert corpus.problems_of(ProblemSeverity.FAILED) == []
    assert sum(s.items for s in corpus.summaries) == 25
    keys = [r.source_key for r in corpus.records]
    assert len(set(keys)) == 25, "two cards share a source key"


def test_only_the_android_photo_is_dropped(corpus):
    assert corpus.reasons() == [("card 5", "photo_dropped", ProblemSeverity.WARNING)]
    assert corpus.problems[0].locator.file == "John_Doe_ANDROID.vcf"


def test_outlook_title_and_company_with_comma(corpus):
    job = _record(corpus, "outlook-2003.vcf").employments[0]
    assert (job.company, job.department, job.title) == (
        "Company, The",
        "TheDepartment",
        "The Job Title",
    )
    record = _record(corpus, "John_Doe_MS_OUTLOOK.vcf")
    assert record.employments[0].title == "Money Counter"
    assert str(record.birthday) == "1980-03-22"


def test_iphone_x_ablabel_values_and_photo(corpus):
    record = _record(corpus, "John_Doe_IPHONE.vcf")
    labelled = {(p.value, p.label) for p in record.contact_points}
    assert ("905-222-1234", "assistantphone") in labelled
    assert ("http://www.ibm.com", "homepage") in labelled
    assert record.photo is not None
    assert record.photo.startswith(b"\xff\xd8\xff")


def test_android_quoted_printable_names_decode(corpus):
    assert _record(corpus, "John_Doe_ANDROID.vcf", "card 3").full_name == "Ñ Ñ Ñ Ñ Ñ"
    record = _record(corpus, "John_Doe_ANDROID.vcf", "card 5")
    assert (record.given_name, record.family_name) == ("Ñ Ñ Ñ", "Ñ Ñ")
    nameless = _record(corpus, "John_Doe_ANDROID.vcf", "card 1")
    assert nameless.source_key == "email:john.doe@company.com#0"


def test_gmail_fn_keeps_its_comma(corpus):
    record = _record(corpus, "John_Doe_GMAIL.vcf")
    assert record.full_name == "Mr. John Richter, James Doe Sr."
    assert record.middle_name == "Richter, James"


def test_lotus_notes_profile_line_and_uid(corpus):
    record = _record(corpus, "John_Doe_LOTUS_NOTES.vcf")
    assert record.source_key == "uid:0e7602cc-443e-4b82-b4b1-90f62f99a199"
    assert record.employments[0].title == "Generic Accountant"


def test_vcard40_year_less_birthday_and_tel_uri(corpus):
    record = _record(corpus, "rfc6350-example.vcf")
    assert str(record.birthday) == "--02-03"
    phones = [p.value for p in record.contact_points if p.kind is ContactKind.PHONE]
    assert phones[0] == "+1-418-656-9254 ext. 102"
