# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Friends lists: each friend becomes a record with the friend-since date.

Every era stores the list under ``friends`` (2018-2020) or ``friends_v2`` (2021 on), each entry
a ``name`` (mojibake, see :mod:`.mojibake`), a ``timestamp`` in Unix seconds and, in old
exports, a free-text ``contact_info``. Removed friends, requests, followers and suggestions sit in
other files under other keys and are not friends, so they are never read.

Facebook gives no identifier, so the source key is the folded name plus the friend-since
timestamp (``name:jose martinez|1706803200``). Without a timestamp (HTML export, damaged entry)
the timestamp part is empty, and namesakes get ``#2``, ``#3``... in list order so they stay
apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import key_text, normalize_email
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import (
    ContactPoint,
    FileSummary,
    ForeignRecord,
    ProblemSeverity,
    RecordProblem,
)
from hrconnect.importers.dates import from_unix
from hrconnect.importers.facebook.jsonfile import BrokenFileError
from hrconnect.importers.facebook.mojibake import repair_mojibake
from hrconnect.importers.facebook.names import (
    clean_name,
    is_placeholder_name,
    split_display_name,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import date

    from hrconnect.core.records import ImportItem, Locator
    from hrconnect.importers.facebook.jsonfile import LoadedJson
    from hrconnect.importers.sources import SourceEntry

FORMAT_ID = "facebook-archive"
FRIENDS_KEYS = ("friends_v2", "friends")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")


class FriendKeys:
    """Hands out friend source keys within one read, keeping namesakes and duplicates apart."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def assign(self, name: str, timestamp_part: str) -> str | None:
        """The source key for a friend, or None when the same entry was already read.

        Args:
            name: The friend's display name, repaired.
            timestamp_part: Friend-since Unix seconds as text, or ``""`` when unknown.

        Returns:
            ``name:<folded name>|<timestamp>``; a second friend of the same name without a
            timestamp gets ``#2`` appended. None for an exact repeat of name and timestamp
            (the same friend listed twice, or in two friends files).
        """
        base = f"name:{key_text(name)}|{timestamp_part}"
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        if count == 1:
            return base
        if timestamp_part:
            return None
        return f"{base}#{count}"


def contact_points_from(text: str) -> tuple[ContactPoint, ...]:
    """An e-mail or phone contact point from old ``contact_info`` text, if it is one."""
    value = text.strip()
    if normalize_email(value):
        return (ContactPoint(ContactKind.EMAIL, value),)
    if _PHONE.match(value) and sum(ch.isdigit() for ch in value) >= 7:
        return (ContactPoint(ContactKind.PHONE, value),)
    return ()


def build_friend(
    *,
    name: str,
    source_key: str,
    locator: Locator,
    connected_on: date | None,
    contact_points: tuple[ContactPoint, ...] = (),
    raw: tuple[tuple[str, str], ...] = (),
) -> ForeignRecord:
    """A Facebook friend record from a display name (split by :func:`split_display_name`)."""
    given, family = split_display_name(name)
    return ForeignRecord(
        kind=SourceKind.FACEBOOK,
        source_key=source_key,
        locator=locator,
        full_name=name,
        given_name=given,
        family_name=family,
        name_is_structured=False,
        contact_points=contact_points,
        connected_on=connected_on,
        raw=raw,
    )


def friends_array(loaded: LoadedJson) -> list[object]:
    """The friends array of a parsed friends file.

    Raises:
        BrokenFileError: ``wrong_json_type`` when the top level is not an object or the list is not
            an array; ``no_friends_list`` when neither ``friends_v2`` nor ``friends`` is there.
    """
    value = loaded.value
    if not isinstance(value, dict):
        raise BrokenFileError("wrong_json_type", f"expected an object, found {_type_name(value)}")
    for key in FRIENDS_KEYS:
        if key in value:
            items = value[key]
            if not isinstance(items, list):
                raise BrokenFileError(
                    "wrong_json_type", f"'{key}' is {_type_name(items)}, not a list"
                )
            return items
    raise BrokenFileError("no_friends_list", "no 'friends_v2' or 'friends' list")


def iter_friends(entry: SourceEntry, loaded: LoadedJson, keys: FriendKeys) -> Iterator[ImportItem]:
    """Read a parsed friends file.

    Yields:
        A ``ForeignRecord`` per friend; a SKIPPED ``placeholder_name`` problem for nameless and
        "Facebook User" entries and ``duplicate_entry`` for repeats; a FAILED ``bad_item`` for
        an entry of the wrong shape (the rest continues); then one ``FileSummary``.

    Raises:
        BrokenFileError: before yielding anything, when the file as a whole is unusable.
    """
    items = friends_array(loaded)
    records = 0
    for index, item in enumerate(items, start=1):
        outcome = _read_friend(entry.locator(f"item {index}"), item, keys)
        if isinstance(outcome, ForeignRecord):
            records += 1
        yield outcome
    notes = ("decoded_cp1252",) if loaded.is_cp1252 else ()
    yield FileSummary(entry.locator(), FORMAT_ID, records, notes)


def _read_friend(locator: Locator, item: object, keys: FriendKeys) -> ForeignRecord | RecordProblem:
    if not isinstance(item, dict):
        return _bad_item(locator, f"the entry is {_type_name(item)}, not an object")
    raw_name = item.get("name")
    if not isinstance(raw_name, str):
        found = "no name" if raw_name is None else f"the name is {_type_name(raw_name)}"
        return _bad_item(locator, found)
    name = clean_name(repair_mojibake(raw_name))
    if is_placeholder_name(name):
        return RecordProblem(locator, "placeholder_name", ProblemSeverity.SKIPPED, raw_name)
    stamp = item.get("timestamp")
    connected_on: date | None = None
    timestamp_part = ""
    if stamp is not None:
        if isinstance(stamp, bool) or not isinstance(stamp, int | float):
            return _bad_item(locator, f"the timestamp is {_type_name(stamp)}: {stamp!r:.40}")
        try:
            timestamp_part = str(int(stamp))
            if stamp > 0:
                connected_on = from_unix(stamp).date()
        except (OverflowError, ValueError, OSError):
            return _bad_item(locator, f"the timestamp is out of range: {stamp!r:.40}")
    source_key = keys.assign(name, timestamp_part)
    if source_key is None:
        return RecordProblem(locator, "duplicate_entry", ProblemSeverity.SKIPPED, name)
    contact_info = item.get("contact_info")
    points = contact_points_from(contact_info) if isinstance(contact_info, str) else ()
    raw = tuple(
        (str(field), str(value))
        for field, value in item.items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    )
    return build_friend(
        name=name,
        source_key=source_key,
        locator=locator,
        connected_on=connected_on,
        contact_points=points,
        raw=raw,
    )


def _bad_item(locator: Locator, detail: str) -> RecordProblem:
    return RecordProblem(locator, "bad_item", ProblemSeverity.FAILED, detail)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__
