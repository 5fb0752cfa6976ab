# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The date syntaxes of LinkedIn's files, parsed without the C library's locale.

``strptime``'s ``%b`` and ``%p`` follow the process locale, which Qt sets from the desktop (a
Dutch desktop knows ``mrt``, not ``Mar``, and has no ``PM``), so month names and the 12-hour
clock are read here by regular expression with the fixed month table of
``hrconnect.importers.dates``. Each LinkedIn file has its own syntax (FORMATS.md §1.5); every
function returns None for text it cannot read, never raises.

Two-digit years are 20YY: LinkedIn was founded in 2003, so no date in its files is earlier.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import lru_cache

from hrconnect.core.dates import PartialDate
from hrconnect.importers.dates import parse_month_name, parse_partial


class DateStyle(StrEnum):
    """Which syntax a Connected On value was written in, for the file's notes."""

    LINKEDIN = "linkedin"
    """``20 Nov 2018`` (late 2018 to today)."""
    US_DATETIME = "us_datetime"
    """``1/8/18, 6:14 PM`` (the 2018 archive)."""
    EXCEL = "excel"
    """``23-Apr-23`` and local numeric forms written by an Excel re-save."""
    ISO = "iso"


_DAY_MONTH_YEAR = re.compile(
    r"^(?P<d>\d{1,2})(?P<sep>[ \-./]+)(?P<mon>[^\W\d_]{3,})\.?[ \-./,]+(?P<y>\d{4}|\d{2})$"
)
_MONTH_DAY_YEAR = re.compile(r"^(?P<mon>[^\W\d_]{3,})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})$")
_US_DATETIME = re.compile(
    r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2}),?\s+(?P<h>\d{1,2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2}))?\s*(?P<half>[AaPp])?\.?(?:[Mm]\.?)?$"
)
_NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})$")
_ISO = re.compile(
    r"^(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
    r"(?:[ T](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?:UTC|GMT|Z|[+-]00:?00)?$"
)
_MONTH_YEAR = re.compile(r"^(?P<mon>[^\W\d_]{3,})\.?\s+(?P<y>\d{4})$")
_NUMERIC_MONTH_YEAR = re.compile(r"^(?:(?P<m>\d{1,2})/(?P<y>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{2}))$")
_YEAR = re.compile(r"^(?P<y>\d{4})$")
_MESSAGE_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC", re.ASCII)


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _day_and_month(first: int, second: int, *, day_first: bool) -> tuple[int, int]:
    """Order two numeric parts as (day, month); an impossible month decides by itself."""
    if first > 12:
        return first, second
    if second > 12:
        return second, first
    return (first, second) if day_first else (second, first)


@lru_cache(maxsize=8192)
def parse_connected_on(text: str, *, day_first: bool = False) -> tuple[date, DateStyle] | None:
    """Parse a Connections.csv ``Connected On`` value of any era or Excel re-save.

    Args:
        text: The cell, untrimmed.
        day_first: How to read an ambiguous numeric date such as ``3/4/2023`` (an Excel
            re-save in a European locale writes day first; LinkedIn's own ``M/D/YY, h:mm``
            form is always month first).

    Returns:
        The date and the style it was written in, or None when unreadable. Cached: an
        export of 30,000 connections has only a few thousand distinct days.
    """
    value = _clean(text)
    if not value:
        return None
    try:
        if match := _DAY_MONTH_YEAR.match(value):
            month = parse_month_name(match["mon"])
            if month is None:
                return None
            style = DateStyle.LINKEDIN if match["sep"].strip() == "" else DateStyle.EXCEL
            if len(match["y"]) == 2:
                style = DateStyle.EXCEL
            return date(_year(match["y"]), month, int(match["d"])), style
        if match := _US_DATETIME.match(value):
            moment = _us_datetime(match)
            return (moment.date(), DateStyle.US_DATETIME) if moment else None
        if match := _ISO.match(value):
            return date(int(match["y"]), int(match["m"]), int(match["d"])), DateStyle.ISO
        if match := _NUMERIC_DATE.match(value):
            dotted = match["sep"] == "."
            day, month = _day_and_month(
                int(match["a"]), int(match["b"]), day_first=day_first or dotted
            )
            return date(_year(match["y"]), month, day), DateStyle.EXCEL
        if match := _MONTH_DAY_YEAR.match(value):
            month = parse_month_name(match["mon"])
            if month is None:
                return None
            return date(int(match["y"]), month, int(match["d"])), DateStyle.EXCEL
    except ValueError:
        return None
    return None


def _us_datetime(match: re.Match[str]) -> datetime | None:
    month, day = int(match["a"]), int(match["b"])
    if month > 12 >= day:
        # A day-first re-save of the same form; there is no month 13.
        month, day = day, month
    hour = int(match["h"])
    if match["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["half"] in "Pp" else 0)
    return datetime(
        _year(match["y"]), month, day, hour, int(match["mi"]), int(match["s"] or 0), tzinfo=UTC
    )


def parse_timestamp(text: str) -> datetime | None:
    """Parse a message or invitation time into an aware UTC datetime.

    Accepts ``2021-06-15 16:37:00 UTC`` (messages since 2021), ``2024/12/07 14:51:07 UTC``
    (endorsements), the same without a zone, and the US ``10/16/18, 8:36 AM`` of the 2018
    archive and of ``Sent At``. Times without a zone are taken as UTC (FORMATS.md leaves their
    zone open; UTC is what the rest of the archive uses).
    """
    if _MESSAGE_TIME.fullmatch(text):
        # Today's messages.csv form, 50,000 times per archive: the C parser, 3x faster.
        try:
            return datetime.fromisoformat(text[:19]).replace(tzinfo=UTC)
        except ValueError:
            pass  # an impossible date: the general path decides
    value = _clean(text)
    if not value:
        return None
    try:
        if match := _ISO.match(value):
            return datetime(
                int(match["y"]),
                int(match["m"]),
                int(match["d"]),
                int(match["h"] or 0),
                int(match["mi"] or 0),
                int(match["s"] or 0),
                tzinfo=UTC,
            )
        if match := _US_DATETIME.match(value):
            return _us_datetime(match)
    except ValueError:
        return None
    parsed = parse_connected_on(value)
    if parsed is None:
        return None
    day = parsed[0]
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def parse_month_year(text: str) -> PartialDate | None:
    """Parse a Positions.csv ``Started On`` / ``Finished On``: ``Jun 2018`` or ``2004``."""
    value = _clean(text)
    try:
        if match := _MONTH_YEAR.match(value):
            month = parse_month_name(match["mon"])
            return PartialDate(int(match["y"]), month) if month else None
        if match := _NUMERIC_MONTH_YEAR.match(value):
            year = match["y"] or match["y2"]
            return PartialDate(int(year), int(match["m"] or match["m2"]))
        if match := _YEAR.match(value):
            return PartialDate(int(match["y"]))
    except ValueError:
        return None
    return None


def parse_birth_date(text: str) -> PartialDate | None:
    """Parse Profile.csv ``Birth Date``: ``Jul 4, 1990`` (2018) or year-less ``Jul 4`` (2024)."""
    return parse_partial(_clean(text), day_first=False)
