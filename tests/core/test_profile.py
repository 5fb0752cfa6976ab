# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""A person's display values from their records (``derive_profile``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.people import derive_profile
from tests.builders import stored

if TYPE_CHECKING:
    from hrconnect.core.people import StoredRecord

ONE_RECORD_CASES = [
    stored("linkedin", given="Jan", family="Peeters", company=" Acme NV ", title="HR"),
    stored("vcard", full="Griet Vandewalle", structured=False, title="  "),
    stored("facebook", full="Facebook User", structured=False),
    stored("google", given="", family="", full="  ...  "),
    stored("outlook", given="Inge", family="", company="", title="Recruiter", birthday="--03-22"),
]


@pytest.mark.parametrize("record", ONE_RECORD_CASES, ids=lambda r: r.display_name or "empty")
def test_one_record_without_contact_points_matches_the_general_rules(record: StoredRecord) -> None:
    # The read model's shortcut for one record must give what the full ranking gives.
    general = derive_profile([record, record])
    expected = dataclasses.replace(general, emails=(), phones=(), urls=())
    assert derive_profile([record], contact_points=False) == expected


def test_the_name_comes_whole_from_the_best_ranked_named_record() -> None:
    placeholder = stored("facebook", full="Facebook User", structured=False)
    named = stored("vcard", given="Bill", family="O'Brien")
    profile = derive_profile([placeholder, named], contact_points=False)
    assert profile.display_name == "Bill O'Brien"
    assert profile.sort_name == "o'brien bill"
    assert not profile.is_placeholder
