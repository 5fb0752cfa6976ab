# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""How the given names of two name readings relate: one classification for two users.

The scorer turns the relation into points (``score._given``); blocking uses it to skip pairs
that only sound alike in the surname and whose given names already disagree (``blocking``),
which are about half of all candidate pairs of a large import and never reach review.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from rapidfuzz.distance import JaroWinkler

from hrconnect.matching.nicknames import are_nickname_pair

if TYPE_CHECKING:
    from hrconnect.matching.features import NameReading

SPELLING_SIMILARITY = 0.9
"""Jaro-Winkler from which two given names of four letters or more are one name misspelt."""


class GivenRelation(StrEnum):
    """The relation of two given names; the values are the scorer's evidence reasons."""

    MISSING = "missing"  # one reading has no given name: nothing to compare
    GENDERS_DIFFER = "different_people"
    SHARED = "shared"  # a form in common ("Jan", "Jan-Pieter"'s "jan", an umlaut variant)
    NICKNAME = "nickname"
    SPELLING = "spelling"
    DIFFERENT = "given_names_differ"
    INITIALS_FIT = "initials_fit"
    INITIALS_DIFFER = "initials_differ"
    NO_INITIALS = "no_initials"  # initials on one side, nothing to compare them with


CONFLICTING = frozenset(
    {GivenRelation.GENDERS_DIFFER, GivenRelation.DIFFERENT, GivenRelation.INITIALS_DIFFER}
)
"""Relations that say the readings name two different people."""


def given_relation(left: NameReading, right: NameReading) -> GivenRelation:
    """Classify the given names of two readings (order does not matter)."""
    if not left.first_given or not right.first_given:
        return GivenRelation.MISSING
    if left.gender and right.gender and left.gender != right.gender:
        return GivenRelation.GENDERS_DIFFER
    if not left.given_is_initials and not right.given_is_initials:
        if set(left.given_forms) & set(right.given_forms):
            return GivenRelation.SHARED
        if any(are_nickname_pair(x, y) for x in left.given_forms for y in right.given_forms) or (
            left.canonical_given and left.canonical_given == right.canonical_given
        ):
            return GivenRelation.NICKNAME
        if (
            min(len(left.given_compact), len(right.given_compact)) >= 4
            and JaroWinkler.normalized_similarity(left.given_compact, right.given_compact)
            >= SPELLING_SIMILARITY
        ):
            return GivenRelation.SPELLING
        return GivenRelation.DIFFERENT
    if not left.initials or not right.initials:
        return GivenRelation.NO_INITIALS
    if left.initials.startswith(right.initials) or right.initials.startswith(left.initials):
        return GivenRelation.INITIALS_FIT
    return GivenRelation.INITIALS_DIFFER


def given_names_may_agree(left: tuple[NameReading, ...], right: tuple[NameReading, ...]) -> bool:
    """True when some reading of one record and some of the other do not conflict.

    Also true when a record has no reading at all: nothing conflicts then.
    """
    if not left or not right:
        return True
    return any(given_relation(x, y) not in CONFLICTING for x in left for y in right)
