# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""BDAY in every form FORMATS.md lists; placeholder years mean "unknown"; bad ones keep the card."""

from __future__ import annotations

import pytest

from hrconnect.core.records import ProblemSeverity


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (1, "1980-03-22"),  # 1980-03-22
        (2, "1980-03-22"),  # 19800322 (Outlook)
        (3, "1980-03-22"),  # 1980-03-22T00:00:00Z
        (4, "--03-15"),  # --0315 (4.0, Google in 3.0)
        (5, "--03-15"),  # --03-15
        (6, "--05-09"),  # X-APPLE-OMIT-YEAR=1604
        (7, "--01-05"),  # VALUE=DATE:16040105
        (8, "--07-30"),  # 1604 without the omit parameter (iOS 8)
        (9, "--12-01"),  # 1900 placeholder (Simple Contacts)
        (10, "2012-06-06"),  # value=date
        (11, "1980-03-22"),  # VALUE=text that reads as a date
    ],
)
def test_birthday_forms(read_fixture, case, expected):
    record = read_fixture("bday-forms.vcf").by_name(f"Birthday Case {case}")
    assert str(record.birthday) == expected


def test_unreadable_birthday_warns_and_keeps_the_card(read_fixture):
    result = read_fixture("bday-forms.vcf")
    record = result.by_name("Birthday Case 12")
    assert record.birthday is None
    assert result.reasons() == [("card 12", "unreadable_birthday", ProblemSeverity.WARNING)]
    assert result.problems[0].detail == "circa 1980"
