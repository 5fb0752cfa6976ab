# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Folding text into the matching comparison space, and the German umlaut rule."""

from __future__ import annotations

import doctest

import pytest

from hrconnect.matching import (
    companies,
    emails,
    names,
    nicknames,
    phones,
    phonetic,
    text,
)
from hrconnect.matching.text import compact, equivalent, fold, fold_variants


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("José Álvarez", "jose alvarez"),
        ("Ødegård Łukasz Straße", "odegard lukasz strasse"),
        ("O'Brien", "obrien"),
        ("O’Brien", "obrien"),
        ("'t Hooft", "t hooft"),
        ("Peeters-Janssens", "peeters janssens"),
        ("  JAN   PEETERS  ", "jan peeters"),
        ("Иван Петров", "ivan petrov"),
        ("Jan 🎉 Peeters 😀", "jan peeters"),
        ("Acme N.V.", "acme n v"),
        ("Jan\u200bPeeters", "janpeeters"),
        ("Jan\tPeeters\n", "jan peeters"),
        ("", ""),
        ("🎉", ""),
    ],
)
def test_fold_gives_lower_ascii_words(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Van den Broucke", "vandenbroucke"),
        ("Vandenbroucke", "vandenbroucke"),
        ("De Smet", "desmet"),
        ("'t Hooft", "thooft"),
        ("O'Brien", "obrien"),
    ],
)
def test_compact_removes_spaces_and_punctuation(raw: str, key: str) -> None:
    assert compact(raw) == key


def test_non_latin_scripts_give_non_empty_keys() -> None:
    assert compact("山田太郎")
    assert compact("김민준")
    assert compact("Σωκράτης") == "sokratis"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Müller", "Mueller", True),
        ("Müller", "Muller", True),
        ("Muller", "Mueller", False),
        ("Schäfer", "Schaefer", True),
        ("Björk", "Bjoerk", True),
        ("José", "JOSE", True),
        ("Jan", "Jean", False),
    ],
)
def test_umlaut_may_be_written_with_e_only_where_it_was_an_umlaut(
    a: str, b: str, same: bool
) -> None:
    assert equivalent(a, b) is same
    assert equivalent(b, a) is same


def test_fold_variants_hold_one_form_without_umlaut() -> None:
    assert fold_variants("Mueller") == {"mueller"}
    assert fold_variants("Müller") == {"muller", "mueller"}


@pytest.mark.parametrize(
    "module",
    [text, phonetic, nicknames, names, companies, emails, phones],
    ids=lambda m: m.__name__,
)
def test_docstring_examples_hold(module: object) -> None:
    failures, _ = doctest.testmod(module)  # type: ignore[arg-type]
    assert failures == 0
