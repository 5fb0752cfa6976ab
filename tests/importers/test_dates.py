# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Birthday-like dates in every shape exports write them."""

from __future__ import annotations

import pytest

from hrconnect.core.dates import PartialDate
from hrconnect.importers.dates import from_unix, parse_month_name, parse_partial


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("1980-03-22", True, PartialDate(1980, 3, 22)),
        ("19800322", True, PartialDate(1980, 3, 22)),
        ("1980-03-22T00:00:00Z", True, PartialDate(1980, 3, 22)),
        ("--0315", True, PartialDate(None, 3, 15)),
        ("--03-15", True, PartialDate(None, 3, 15)),
        ("1604-05-09", True, PartialDate(None, 5, 9)),
        ("1900-07-30", True, PartialDate(None, 7, 30)),
        ("22.03.1980", True, PartialDate(1980, 3, 22)),
        ("3/22/1980", False, PartialDate(1980, 3, 22)),
        ("22 mrt 1980", True, PartialDate(1980, 3, 22)),
        ("3 ene. 2021", True, PartialDate(2021, 1, 3)),
        ("Jul 4", True, PartialDate(None, 7, 4)),
        ("Jul 4, 1990", True, PartialDate(1990, 7, 4)),
        ("2004-09", True, PartialDate(2004, 9)),
        ("1980", True, PartialDate(1980)),
    ],
)
def test_readable_dates(text: str, day_first: bool, expected: PartialDate) -> None:
    assert parse_partial(text, day_first=day_first) == expected


@pytest.mark.parametrize(
    "text", ["", "0/0/00", "0000-00-00 00:00:00", "31/02/2000", "soon", "1604"]
)
def test_unreadable_or_empty_dates_give_none(text: str) -> None:
    assert parse_partial(text) is None


def test_month_names_in_our_users_languages() -> None:
    assert [parse_month_name(m) for m in ("maart", "mars", "März", "Mar.", "oct")] == [
        3,
        3,
        3,
        3,
        10,
    ]


def test_unix_timestamps_in_seconds_or_milliseconds() -> None:
    assert from_unix(1706803200) == from_unix(1706803200000)
