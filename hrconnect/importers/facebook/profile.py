# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The owner's own profile (``profile_information.json``): who "me" is in the message threads.

The file holds ``profile`` (2018-2020) or ``profile_v2`` (2021 on) with ``name.full_name``,
``emails.emails``, ``phone_numbers`` and ``birthday``; every string carries the same mojibake as
the rest of the JSON export. It becomes an ``OwnerFacts``, and its name decides which thread
participant is the owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import SourceKind
from hrconnect.core.records import OwnerFacts
from hrconnect.importers.facebook.jsonfile import BrokenFileError
from hrconnect.importers.facebook.mojibake import repair_mojibake
from hrconnect.importers.facebook.names import clean_name, split_display_name

if TYPE_CHECKING:
    from hrconnect.importers.facebook.jsonfile import LoadedJson
    from hrconnect.importers.sources import SourceEntry


def owner_from_profile(entry: SourceEntry, loaded: LoadedJson) -> OwnerFacts:
    """The owner's facts from a parsed ``profile_information.json``.

    Raises:
        BrokenFileError: ``wrong_json_type`` when there is no ``profile``/``profile_v2`` object,
            ``missing_name`` when it names nobody.
    """
    value = loaded.value
    profile = None
    if isinstance(value, dict):
        profile = value.get("profile_v2", value.get("profile"))
    if not isinstance(profile, dict):
        raise BrokenFileError("wrong_json_type", "no 'profile_v2' or 'profile' object")
    full_name, given, family = _name(profile.get("name"))
    if not full_name:
        raise BrokenFileError("missing_name", "the profile has no name")
    emails_block = profile.get("emails")
    emails = _strings(emails_block.get("emails")) if isinstance(emails_block, dict) else ()
    phones = tuple(
        number
        for item in _list(profile.get("phone_numbers"))
        if isinstance(item, dict) and (number := _text(item.get("phone_number")))
    )
    return OwnerFacts(
        source=SourceKind.FACEBOOK,
        locator=entry.locator(),
        full_name=full_name,
        given_name=given,
        family_name=family,
        emails=emails,
        phones=phones,
        birthday=_birthday(profile.get("birthday")),
    )


def _name(value: object) -> tuple[str, str, str]:
    if isinstance(value, str):
        full = _text(value)
        return (full, *split_display_name(full))
    if not isinstance(value, dict):
        return "", "", ""
    given, family = _text(value.get("first_name")), _text(value.get("last_name"))
    full = _text(value.get("full_name")) or " ".join(p for p in (given, family) if p)
    if full and not (given or family):
        given, family = split_display_name(full)
    return full, given, family


def _birthday(value: object) -> PartialDate | None:
    if not isinstance(value, dict):
        return None
    year, month, day = value.get("year"), value.get("month"), value.get("day")
    if not (isinstance(year, int) and isinstance(month, int) and isinstance(day, int)):
        return None
    try:
        # A part given as 0 is taken as unknown (a birthday shared without its year).
        return PartialDate(year or None, month or None, day or None)
    except ValueError:
        return None


def _text(value: object) -> str:
    return clean_name(repair_mojibake(value)) if isinstance(value, str) else ""


def _strings(value: object) -> tuple[str, ...]:
    return tuple(text for item in _list(value) if (text := _text(item)))


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []
