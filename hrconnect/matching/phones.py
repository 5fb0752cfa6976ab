# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Phone numbers in E.164 form, with the number type matching needs.

Parsing uses ``phonenumbers`` (installed as phonenumberslite: metadata without geocoding) with
the user's home region for national numbers, so "0475 12 34 56", "0475/12.34.56",
"0032475123456", "+32 (0)475 12 34 56" and "475123456" all become ``+32475123456`` in
Belgium.

Only **mobile** numbers are identity evidence: company switchboards are shared by everybody
who works there. ``is_mobile`` is therefore true only for numbers the numbering plan marks as
mobile. Where the plan cannot tell (the United States and Canada, marked
FIXED_LINE_OR_MOBILE) the number is *not* counted as mobile; ``kind`` says
``"fixed_or_mobile"`` so the scorer may still give it fixed-line weight, or more when the names
agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from hrconnect.core.identifiers import strip_invisible

MIN_DIGITS = 6
# Labels around a number ("GSM:", "(privé)", "Tel.") that phonenumbers would read as letters
# of a vanity number; extension markers are kept.
_LABEL_IN_BRACKETS = re.compile(r"\([^)]*[^\W\d_][^)]*\)")
_LABEL = re.compile(r"\b(?!(?:ext|extension|x)\b)[^\W\d_]{2,}\b[.:]?", re.IGNORECASE)
_KINDS = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
}


@dataclass(frozen=True, slots=True)
class PhoneInfo:
    """A phone number normalised for matching.

    Attributes:
        e164: The number in E.164 form (``+32475123456``), without extension.
        kind: "mobile", "fixed", "fixed_or_mobile", "toll_free", "premium", "shared_cost",
            "voip", "personal", "pager", "uan", "voicemail" or "unknown" (a possible number
            the numbering plan does not know, e.g. a range assigned after the metadata).
        is_mobile: True only for kind "mobile": the number identifies one person.
        region: The ISO region of the number ("BE"), or None when it cannot be told.
        extension: The extension ("12" in "... ext. 12"), or "".
    """

    e164: str
    kind: str
    is_mobile: bool
    region: str | None
    extension: str


@lru_cache(maxsize=16384)
def phone_info(raw: str, default_region: str) -> PhoneInfo | None:
    """Parse a phone number as imported.

    Args:
        raw: The number as written ("0475/12.34.56", "+32 (0)475 12 34 56", "tel:+32...").
        default_region: ISO 3166 code used for numbers without a country code ("BE").

    Returns:
        The normalised number, or None for junk, numbers with fewer than six digits,
        unparseable text and numbers that are impossible in their region.
    """
    text = strip_invisible(raw).strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    if sum(ch.isdigit() for ch in text) < MIN_DIGITS:
        return None
    number = _parse(text, default_region.upper())
    if number is None and any(ch.isalpha() for ch in text):
        number = _parse(_LABEL.sub(" ", _LABEL_IN_BRACKETS.sub(" ", text)), default_region.upper())
    if number is None:
        return None
    kind = "unknown"
    if phonenumbers.is_valid_number(number):
        kind = _KINDS.get(phonenumbers.number_type(number), "unknown")
    return PhoneInfo(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        kind=kind,
        is_mobile=kind == "mobile",
        region=phonenumbers.region_code_for_number(number),
        extension=number.extension or "",
    )


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, region or None)
    except NumberParseException:
        return None
    if len(str(number.national_number)) < MIN_DIGITS or not phonenumbers.is_possible_number(number):
        return None
    return number
