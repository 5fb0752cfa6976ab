# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Kölner Phonetik on Flemish surnames (MATCHING.md §3.5) and the published reference codes."""

from __future__ import annotations

import pytest

from hrconnect.matching.phonetic import cologne


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Claes", "Claeys"),
        ("Goossens", "Gossens"),
        ("Koenraad", "Conrad"),
        ("Dhondt", "D'Hondt"),
        ("Peeters", "Peters"),
        ("Peeters", "Pieters"),
        ("Müller", "Mueller"),
        ("Vandenbroucke", "Van den Broucke"),
        ("Desmet", "De Smet"),
    ],
)
def test_flemish_spelling_variants_share_a_code(a: str, b: str) -> None:
    assert cologne(a) == cologne(b)
    assert cologne(a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Peeters", "Janssens"), ("Claes", "Maes"), ("Willems", "Wouters"), ("Jacobs", "Mertens")],
)
def test_different_surnames_get_different_codes(a: str, b: str) -> None:
    assert cologne(a) != cologne(b)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # Reference values from the algorithm's published description.
        ("Wikipedia", "3412"),
        ("Müller-Lüdenscheidt", "65752682"),
        ("Breschnew", "17863"),
        # Onset rules for C and the X = 48 rule.
        ("Cäsar", "487"),
        ("Christoph", "47823"),
        ("Xaver", "4837"),
        ("Axel", "0485"),
        ("Dhondt", "262"),
    ],
)
def test_codes_follow_the_published_rules(name: str, code: str) -> None:
    assert cologne(name) == code


@pytest.mark.parametrize("junk", ["", "123", "—", "🎉"])
def test_text_without_letters_has_an_empty_code(junk: str) -> None:
    assert cologne(junk) == ""
