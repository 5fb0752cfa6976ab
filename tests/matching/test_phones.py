# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Phone numbers to E.164 with the number type matching needs."""

from __future__ import annotations

import pytest

from hrconnect.matching.phones import PhoneInfo, phone_info


def info(raw: str, region: str = "BE") -> PhoneInfo:
    result = phone_info(raw, region)
    assert result is not None
    return result


@pytest.mark.parametrize(
    "raw",
    [
        "0475 12 34 56",
        "0475/12.34.56",
        "0475-12-34-56",
        "0032475123456",
        "0032 (0)475 12 34 56",
        "+32 (0)475 12 34 56",
        "+32475123456",
        "475123456",
        "tel:+32475123456",
        "GSM: 0475 12 34 56",
        "0475 12 34 56 (privé)",
        "\u202a+32 475 12 34 56\u202c",
    ],
)
def test_belgian_mobile_writings_give_one_e164_number(raw: str) -> None:
    number = info(raw)
    assert number.e164 == "+32475123456"
    assert number.is_mobile
    assert number.kind == "mobile"
    assert number.region == "BE"


def test_default_region_applies_only_to_national_numbers() -> None:
    assert info("06 12345678", "NL").e164 == "+31612345678"
    assert info("+31 6 12345678", "BE").e164 == "+31612345678"
    assert info("0032475123456", "NL").e164 == "+32475123456"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("03 233 45 67", "fixed"),
        ("02 513 45 67", "fixed"),
        ("0800 12 345", "toll_free"),
        ("+1 650 253 0000", "fixed_or_mobile"),
    ],
)
def test_fixed_and_ambiguous_lines_are_not_mobile(raw: str, kind: str) -> None:
    number = info(raw)
    assert number.kind == kind
    assert not number.is_mobile


def test_extensions_are_kept_apart_from_the_number() -> None:
    number = info("+32 3 233 45 67 ext. 12")
    assert number.e164 == "+3232334567"
    assert number.extension == "12"


@pytest.mark.parametrize(
    "junk", ["", "12", "n/a", "abc", "+32 475", "0000", "+999 123456789", "-----", "geen"]
)
def test_junk_and_too_short_values_give_none(junk: str) -> None:
    assert phone_info(junk, "BE") is None


def test_national_number_without_region_gives_none() -> None:
    assert phone_info("0475 12 34 56", "") is None
    assert info("+32 475 12 34 56", "").e164 == "+32475123456"


def test_parsing_is_cached() -> None:
    assert phone_info("0475 12 34 56", "BE") is phone_info("0475 12 34 56", "BE")
