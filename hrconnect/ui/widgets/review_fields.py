# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What the two cards of the review screen show, and which of their values differ.

Values are compared on a normalised key, not on the text shown: "+32 499 00 00 01" and
"0499000001" are one phone number, "Acme" and "Acme NV" one company, "Jan" and "JAN" one name.
A value is marked as differing only when the other card has a value for the same field that
does not match; a field the other source simply lacks is not a disagreement (LinkedIn has no
phone numbers, a phone has no job titles).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import key_text
from hrconnect.core.kinds import ContactKind
from hrconnect.matching.companies import company_key

from hrconnect.ui import texts

if TYPE_CHECKING:
    from hrconnect.core.dates import PartialDate
    from hrconnect.core.people import StoredRecord

FIELDS = ("name", "email", "phone", "url", "company", "title", "birthday")
"""The card's rows, top to bottom."""

_POINT_FIELDS = {"email": ContactKind.EMAIL, "phone": ContactKind.PHONE, "url": ContactKind.URL}


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One value on a card: the text shown and the key it is compared on."""

    text: str
    key: str


def card_values(record: StoredRecord) -> dict[str, list[FieldValue]]:
    """The values of one record, per field of :data:`FIELDS` (an empty list when absent)."""
    values: dict[str, list[FieldValue]] = {field: [] for field in FIELDS}
    name = record.display_name.strip()
    if name:
        values["name"].append(FieldValue(name, key_text(name)))
    for field, kind in _POINT_FIELDS.items():
        seen: set[str] = set()
        for point in record.contact_points:
            text = point.value.strip()
            key = point.normalized or text.casefold()
            if point.kind is kind and text and key not in seen:
                seen.add(key)
                values[field].append(FieldValue(text, key))
    company = record.organization.strip() or _current_company(record)
    if company:
        values["company"].append(FieldValue(company, company_key(company) or key_text(company)))
    if record.title.strip():
        values["title"].append(FieldValue(record.title.strip(), key_text(record.title)))
    if record.birthday is not None:
        values["birthday"].append(
            FieldValue(birthday_text(record.birthday), record.birthday.isoformat())
        )
    return values


def differing_keys(
    left: dict[str, list[FieldValue]], right: dict[str, list[FieldValue]]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per field, the keys of each side that the other side contradicts.

    Returns:
        ``(left_keys, right_keys)``: for each field, the keys of values to highlight on that
        card. A value is highlighted when the other card has at least one value for the field
        and none of them matches it.
    """
    left_marks: dict[str, set[str]] = {field: set() for field in FIELDS}
    right_marks: dict[str, set[str]] = {field: set() for field in FIELDS}
    for field in FIELDS:
        ours, theirs = left.get(field, []), right.get(field, [])
        if not ours or not theirs:
            continue
        for value in ours:
            if not any(_same(field, value.key, other.key) for other in theirs):
                left_marks[field].add(value.key)
        for value in theirs:
            if not any(_same(field, value.key, other.key) for other in ours):
                right_marks[field].add(value.key)
    return left_marks, right_marks


def birthday_text(value: PartialDate) -> str:
    """A birthday in the user's locale; a year-less one as "22 November", a year alone as is."""
    full = value.as_date()
    if full is not None:
        return texts.format_date(full)
    if value.month is not None and value.day is not None:
        return texts.format_month_day(value.month, value.day)
    return value.isoformat()


def _same(field: str, left: str, right: str) -> bool:
    if field != "birthday" or left == right:
        return left == right
    # A birthday without a year does not contradict one with a year on the same day.
    return left.startswith("--") != right.startswith("--") and left[-5:] == right[-5:]


def _current_company(record: StoredRecord) -> str:
    current = [job for job in record.employments if job.is_current and job.company.strip()]
    return current[0].company.strip() if current else ""
