# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Message and invitation times of every era (``parse_timestamp``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hrconnect.importers.linkedin.dates import parse_timestamp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-06-15 16:37:00 UTC", datetime(2021, 6, 15, 16, 37, tzinfo=UTC)),
        ("  2021-06-15 16:37:00 UTC ", datetime(2021, 6, 15, 16, 37, tzinfo=UTC)),
        ("2024/12/07 14:51:07 UTC", datetime(2024, 12, 7, 14, 51, 7, tzinfo=UTC)),
        ("2021-06-15 16:37:00", datetime(2021, 6, 15, 16, 37, tzinfo=UTC)),
        ("10/16/18, 8:36 AM", datetime(2018, 10, 16, 8, 36, tzinfo=UTC)),
    ],
)
def test_readable_times_are_utc(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026-13-18 06:00:00 UTC",  # no month 13
        "2021-06-15 16:37-05 UTC",  # an offset inside: never silently dropped
        "2021-06-15 16+01:00 UTC",
        "2021-06-15 16:37.5Z UTC",
        "",
        "yesterday",
    ],
)
def test_malformed_times_give_none(text: str) -> None:
    assert parse_timestamp(text) is None
