# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Name parsing: the hard cases of issue 4 and MATCHING.md §3.3/§5.9.3."""

from __future__ import annotations

from typing import Any

import pytest

from hrconnect.matching.names import (
    ParsedName,
    family_equivalent,
    initials_compatible,
    parse_name,
)


def parsed(spec: dict[str, Any]) -> ParsedName:
    return parse_name(**spec)


# --- the O'Brien triple and other same-person pairs --------------------------------------------


def test_obrien_triple_shares_surname_key_and_canonical_given_name() -> None:
    bill = parse_name(given="Bill", family="O'Brien")
    william = parse_name(given="William", family="OBrien")
    billy = parse_name(full="Billy O'Brien")
    assert bill.family_compact == william.family_compact == billy.family_compact == "obrien"
    assert bill.full_key == william.full_key == billy.full_key == "william obrien"
    assert bill.first_given == "bill"
    assert billy.first_given == "billy"


@pytest.mark.parametrize(
    ("a", "b", "compact", "core"),
    [
        (
            {"given": "Koen", "family": "Vandenbroucke"},
            {"given": "Koenraad", "family": "Van den Broucke"},
            "vandenbroucke",
            "broucke",
        ),
        (
            {"given": "Joke", "family": "De Smet"},
            {"given": "Johanna", "family": "Desmet"},
            "desmet",
            "smet",
        ),
        (
            {"full": "Anne-Marie 't Hooft"},
            {"given": "Anne-Marie", "family": "Thooft"},
            "thooft",
            None,
        ),
        ({"full": "Bill O' Brien"}, {"given": "Bill", "family": "OBrien"}, "obrien", "obrien"),
        (
            {"given": "Sean", "family": "Mc Donald"},
            {"given": "Sean", "family": "McDonald"},
            "mcdonald",
            "mcdonald",
        ),
        ({"full": "Marie d'Hondt"}, {"given": "Marie", "family": "Dhondt"}, "dhondt", "hondt"),
        ({"full": "Wim in 't Veld"}, {"given": "Wim", "family": "Intveld"}, "intveld", None),
    ],
)
def test_particles_written_joined_or_apart_give_one_compact_key(
    a: dict[str, Any], b: dict[str, Any], compact: str, core: str | None
) -> None:
    first, second = parsed(a), parsed(b)
    assert first.family_compact == second.family_compact == compact
    if core is not None:
        assert first.family_core == second.family_core == core


@pytest.mark.parametrize(
    ("family", "core"),
    [
        ("van den Berg", "berg"),
        ("Van der Linden", "linden"),
        ("'t Hooft", "hooft"),
        ("de la Fontaine", "fontaine"),
        ("op de Beeck", "beeck"),
        ("in 't Veld", "veld"),
        ("uit den Bogaard", "bogaard"),
        ("Vandeputte", "putte"),
        ("Vanhoof", "hoof"),
        ("Devos", "vos"),
        ("Dhondt", "hondt"),
        ("Terry", "terry"),  # too little left after "ter"
        ("Peeters", "peeters"),
        ("O'Brien", "obrien"),  # O' is joined, never stripped
    ],
)
def test_core_key_strips_leading_particles(family: str, core: str) -> None:
    assert parse_name(given="Jan", family=family).family_core == core


@pytest.mark.parametrize(
    ("a", "b", "equivalent"),
    [
        ("Müller", "Mueller", True),
        ("Müller", "Muller", True),
        ("Muller", "Mueller", False),
        ("Van den Broucke", "Vandenbroucke", True),
        ("Peeters", "Peters", False),
    ],
)
def test_family_equivalence_allows_umlaut_spellings(a: str, b: str, equivalent: bool) -> None:
    first, second = parse_name(given="Hans", family=a), parse_name(given="Hans", family=b)
    assert family_equivalent(first, second) is equivalent
    assert family_equivalent(second, first) is equivalent


def test_empty_surnames_are_never_equivalent() -> None:
    assert not family_equivalent(parse_name(full="Jan"), parse_name(full="Piet"))


def test_accents_are_folded_in_given_names() -> None:
    jose = parse_name(given="José", family="Álvarez")
    assert jose.first_given == "jose"
    assert jose.family_compact == "alvarez"
    assert parse_name(given="Jose", family="Alvarez").full_key == jose.full_key


def test_umlaut_spelling_of_a_given_name_is_a_given_form() -> None:
    assert {"jurgen", "juergen"} <= parse_name(given="Jürgen", family="Schäfer").given_forms


# --- double and married surnames -----------------------------------------------------------


@pytest.mark.parametrize(
    "spec",
    [
        {"given": "An", "family": "Peeters-Janssens"},
        {"given": "An", "family": "Peeters Janssens"},
        {"given": "An", "family": "Peeters - Janssens"},
        {"full": "An Peeters-Janssens"},
    ],
)
def test_double_surnames_form_a_surname_set(spec: dict[str, Any]) -> None:
    name = parsed(spec)
    assert {"peeters", "janssens", "peetersjanssens"} <= name.family_set
    assert name.family_compact == "peetersjanssens"


def test_married_name_overlaps_the_single_surname() -> None:
    married = parse_name(given="An", family="Peeters-Janssens")
    single = parse_name(given="An", family="Peeters")
    assert married.family_set & single.family_set == {"peeters"}
    assert married.family_compact != single.family_compact


def test_particles_stay_with_their_part_of_a_double_surname() -> None:
    name = parse_name(given="Eva", family="van den Berg-de Vries")
    assert {"vandenberg", "devries"} <= name.family_set


def test_three_word_display_name_also_offers_the_double_surname_reading() -> None:
    name = parse_name(full="Maria Peeters Janssens")
    assert name.family_compact == "janssens"
    assert {"janssens", "peetersjanssens", "peeters"} <= name.family_set


def test_known_middle_given_name_is_not_read_as_a_surname() -> None:
    name = parse_name(full="Jan Pieter Peeters")
    assert name.family_set == {"peeters"}
    assert name.initials == "jp"


# --- order -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec",
    [
        {"full": "Berg, Jan van den"},
        {"full": "Jan van den Berg"},
        {"full": "van den Berg, Jan"},
        {"given": "Jan", "family": "van den Berg"},
        {"given": "Jan", "middle": "van den", "family": "Berg"},
        {"given": "Jan van den", "family": "Berg"},
    ],
)
def test_every_writing_of_jan_van_den_berg_gives_one_name(spec: dict[str, Any]) -> None:
    name = parsed(spec)
    assert name.first_given == "jan"
    assert name.family_display == "van den Berg"
    assert name.family_compact == "vandenberg"
    assert name.family_core == "berg"


def test_last_first_order_with_a_comma_is_certain() -> None:
    name = parse_name(full="O'Brien, Bill")
    assert (name.first_given, name.family_compact) == ("bill", "obrien")
    assert name.swapped is None


def test_display_names_without_order_clues_get_a_swapped_reading() -> None:
    name = parse_name(full="Peeters Jan")
    assert (name.first_given, name.family_compact, name.is_swapped) == ("peeters", "jan", False)
    assert name.swapped is not None
    assert (name.swapped.first_given, name.swapped.family_compact) == ("jan", "peeters")
    assert name.swapped.is_swapped
    assert name.swapped.swapped is None
    assert name.readings == (name, name.swapped)


@pytest.mark.parametrize(
    ("full", "given", "family"),
    [
        ("Jan van den Berg", "jan", "vandenberg"),
        ("De Smet Koen", "koen", "desmet"),
        ("Van Damme Jean-Claude", "jean", "vandamme"),
        ("Peeters J.", "j", "peeters"),
        ("J. Peeters", "j", "peeters"),
    ],
)
def test_particles_and_initials_settle_the_order_of_a_display_name(
    full: str, given: str, family: str
) -> None:
    name = parse_name(full=full)
    assert (name.first_given, name.family_compact) == (given, family)
    assert name.swapped is None


def test_structured_names_have_no_swapped_reading() -> None:
    assert parse_name(given="Jan", family="Peeters").swapped is None


def test_structured_record_with_the_whole_name_in_one_field_is_read_as_display_name() -> None:
    name = parse_name(given="Jan Peeters", family="")
    assert (name.first_given, name.family_compact) == ("jan", "peeters")
    assert name.swapped is not None


def test_unstructured_flag_rereads_guessed_fields() -> None:
    name = parse_name(given="Peeters", family="Jan", structured=False)
    assert name.swapped is not None
    assert {name.family_compact, name.swapped.family_compact} == {"jan", "peeters"}


# --- initials ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "initials", "only_initials"),
    [
        ({"full": "J.P. van den Bossche"}, "jp", True),
        ({"full": "J.-P. Dupont"}, "jp", True),
        ({"given": "J.", "family": "Peeters"}, "j", True),
        ({"given": "JP", "family": "Peeters"}, "jp", True),
        ({"given": "Jan Pieter", "family": "Peeters"}, "jp", False),
        ({"given": "Jan", "middle": "Pieter", "family": "Peeters"}, "jp", False),
        ({"given": "Jean-Luc", "family": "Van Damme"}, "jl", False),
        ({"full": "JAN PEETERS"}, "j", False),
    ],
)
def test_initials_come_from_every_given_name(
    spec: dict[str, Any], initials: str, only_initials: bool
) -> None:
    name = parsed(spec)
    assert name.initials == initials
    assert name.given_is_initials is only_initials


def test_initials_only_given_name_has_no_given_forms() -> None:
    name = parse_name(full="J.P. van den Bossche")
    assert name.given_forms == frozenset()
    assert name.given_compact == ""


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("jp", "jp", True),
        ("jp", "j", True),
        ("j", "jp", True),
        ("jp", "p", False),
        ("", "j", False),
    ],
)
def test_initials_compatibility(a: str, b: str, compatible: bool) -> None:
    assert initials_compatible(a, b) is compatible


def test_initials_jp_are_compatible_with_jan_pieter() -> None:
    short = parse_name(full="J.P. Peeters")
    full = parse_name(given="Jan Pieter", family="Peeters")
    assert initials_compatible(short.initials, full.initials)
    assert initials_compatible(short.initials, parse_name(given="Jan", family="Peeters").initials)
