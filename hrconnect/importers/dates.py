# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Date parsing for exports: each file has its own syntax, and a bad date never drops a record.

FORMATS.md counts at least nine date syntaxes in one LinkedIn archive alone. Callers pass the
formats their file uses, in order; the first that parses wins. Month names are English
abbreviations in every LinkedIn export regardless of the account's language, but localised
files (Outlook, Facebook HTML) also bring Dutch, French and German names, which
:func:`parse_month_name` knows.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from hrconnect.core.dates import PartialDate

if TYPE_CHECKING:
    from collections.abc import Sequence

# Month names and abbreviations in the languages our users' exports come in.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "jan january januari janvier janv januar jän ene enero gen gennaio",
        "feb february februari février fév févr februar",
        "mar march maart mars mär märz mrt",
        "apr april avril avr abr abril",
        "may mei mai mag maggio mayo",
        "jun june juni juin",
        "jul july juli juillet juil",
        "aug august augustus août aoû ago agosto",
        "sep sept september septembre",
        "oct october oktober octobre okt",
        "nov november novembre",
        "dec december décembre déc dezember dez dic diciembre dicembre",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

PLACEHOLDER_YEARS = frozenset({1604, 1900})
"""Years address books write when the year is unknown (Apple's 1604, Simple Contacts' 1900)."""


def parse_month_name(text: str) -> int | None:
    """The month number of an English, Dutch, French or German month name or abbreviation."""
    return _MONTHS.get(text.strip().strip(".").casefold())


def parse_with(text: str, formats: Sequence[str]) -> datetime | None:
    """Parse with ``datetime.strptime`` trying each format; None if none fits.

    The text is trimmed, runs of spaces collapsed, and a trailing ``UTC`` is accepted by
    formats that end in ``%Z``.
    """
    value = " ".join(text.split())
    if not value:
        return None
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def parse_date(text: str, formats: Sequence[str]) -> date | None:
    """Like :func:`parse_with`, returning only the date."""
    parsed = parse_with(text, formats)
    return parsed.date() if parsed else None


def as_utc(moment: datetime) -> datetime:
    """An aware datetime in UTC; naive values are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def from_unix(value: float) -> datetime:
    """A UTC datetime from a Unix timestamp in seconds or milliseconds (by magnitude).

    Facebook wrote ``timestamp`` in seconds in early exports and ``timestamp_ms`` later; a
    value above 10^11 cannot be seconds (that is the year 5138).
    """
    seconds = value / 1000 if abs(value) > 1e11 else value
    return datetime.fromtimestamp(seconds, UTC)


_ISO_PARTIAL = re.compile(
    r"^(?:(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})|--(?P<m2>\d{2})-?(?P<d2>\d{2})|"
    r"(?P<y3>\d{4})-(?P<m3>\d{2}))(?:T.*)?$"
)
_DAY_MONTH_NAME = re.compile(r"^(?P<d>\d{1,2})[ .-]*(?P<mon>[^\W\d_]+)\.?[ ,.-]*(?P<y>\d{2,4})?$")
_MONTH_NAME_DAY = re.compile(r"^(?P<mon>[^\W\d_]+)\.?[ ]+(?P<d>\d{1,2})(?:,?[ ]+(?P<y>\d{4}))?$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})(?:[/.-](?P<y>\d{2,4}))?$")


def parse_partial(text: str, *, day_first: bool = True) -> PartialDate | None:
    """Parse a birthday-like date that may lack its year; None if it cannot be read.

    Understands ISO and vCard forms (``1980-03-22``, ``19800322``, ``--0315``, ``--03-15``,
    ``1980-03-22T00:00:00Z``), ``22 Mar 1980``, ``Jul 4``, ``Jul 4, 1990``, and numeric
    ``22.03.1980`` / ``3/22/1980`` (``day_first`` decides when both parts are <= 12). The
    placeholder years 1604 and 1900 mean "year unknown". Outlook's ``0/0/00`` is None.
    """
    value = text.strip()
    if not value or value.startswith("0/0/") or value.startswith("0000"):
        return None
    if len(value) == 4 and value.isdigit():
        year = int(value)  # vCard 4.0 allows a year alone
        return PartialDate(year) if 1800 <= year <= 9999 and year not in PLACEHOLDER_YEARS else None
    try:
        if match := _ISO_PARTIAL.match(value):
            if match["m2"]:
                return PartialDate(None, int(match["m2"]), int(match["d2"]))
            if match["y3"]:
                return PartialDate(int(match["y3"]), int(match["m3"]), None)
            return _with_year(int(match["y"]), int(match["m"]), int(match["d"]))
        if match := _DAY_MONTH_NAME.match(value):
            month = parse_month_name(match["mon"])
            if month is None:
                return None
            return _with_year(_year(match["y"]), month, int(match["d"]))
        if match := _MONTH_NAME_DAY.match(value):
            month = parse_month_name(match["mon"])
            if month is None:
                return None
            return _with_year(_year(match["y"]), month, int(match["d"]))
        if match := _NUMERIC.match(value):
            first, second = int(match["a"]), int(match["b"])
            if first > 12 or (day_first and second <= 12):
                day, month = first, second
            else:
                month, day = first, second
            return _with_year(_year(match["y"]), month, day)
    except ValueError:
        return None
    return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        # Two-digit years: a birthday in "05" is 2005 only if that is not in the future.
        year += 2000 if year <= date.today().year % 100 else 1900
    return year


def _with_year(year: int | None, month: int, day: int) -> PartialDate:
    if year is not None and (year in PLACEHOLDER_YEARS or year < 1800):
        year = None
    return PartialDate(year, month, day)
