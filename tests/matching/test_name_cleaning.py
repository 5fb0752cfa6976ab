# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What name parsing removes, sets aside or keeps besides the name itself.

Titles, credentials, pronouns and emoji are removed; nicknames, maiden names and companies are
set aside; non-Latin scripts still give keys; placeholders are flagged.
"""

from __future__ import annotations

from typing import Any

import pytest

from hrconnect.core.people import PLACEHOLDER_NAMES
from hrconnect.matching.names import ParsedName, parse_name


def parsed(spec: dict[str, Any]) -> ParsedName:
    return parse_name(**spec)


@pytest.mark.parametrize(
    ("spec", "given", "family"),
    [
        ({"full": "Kwame Osei, MSc, MBA, SPHR"}, "kwame", "osei"),
        ({"given": "Kwame", "family": "Osei, MSc, MBA, SPHR"}, "kwame", "osei"),
        ({"full": "Astrid Lindqvist (she/her)"}, "astrid", "lindqvist"),
        ({"given": "Astrid", "family": "Lindqvist (she/her)"}, "astrid", "lindqvist"),
        ({"full": "Alex Kim they/them"}, "alex", "kim"),
        ({"full": "Lena Vos (zij/haar)"}, "lena", "vos"),
        ({"full": "Jean-Luc Van Damme PhD"}, "jean", "vandamme"),
        ({"full": "Dr. Anne-Marie 't Hooft"}, "anne", "thooft"),
        ({"full": "ir. Jan Peeters"}, "jan", "peeters"),
        ({"full": "drs. Jan Peeters"}, "jan", "peeters"),
        ({"full": "Prof. dr. ir. Jan Peeters"}, "jan", "peeters"),
        ({"full": "Mr. Jan de Vries"}, "jan", "devries"),
        ({"full": "Jan Peeters Jr."}, "jan", "peeters"),
        ({"full": "Jan Peeters, M.A."}, "jan", "peeters"),
        ({"given": "Dr. Jan", "family": "Peeters"}, "jan", "peeters"),
        ({"full": "Jan Peeters 🎉🎂"}, "jan", "peeters"),
        ({"full": "🌸 Lotte 🌸 Maes"}, "lotte", "maes"),
        ({"full": "Jan Peeters 2"}, "jan", "peeters"),
        ({"full": "Koen De Smet (Acme NV)"}, "koen", "desmet"),
        ({"full": "Jan Peeters | Acme"}, "jan", "peeters"),
        ({"full": "Jan Peeters - Acme NV"}, "jan", "peeters"),
        ({"full": "Jan Peeters, Acme BV"}, "jan", "peeters"),
    ],
)
def test_titles_credentials_pronouns_and_noise_are_removed(
    spec: dict[str, Any], given: str, family: str
) -> None:
    name = parsed(spec)
    assert (name.first_given, name.family_compact) == (given, family)


@pytest.mark.parametrize(
    ("full", "family"),
    [("Li Ma", "ma"), ("Anna Ba", "ba"), ("Wei Dr", "dr")],
)
def test_short_surnames_that_look_like_credentials_or_titles_are_kept(
    full: str, family: str
) -> None:
    assert parse_name(full=full).family_compact == family


@pytest.mark.parametrize(
    ("spec", "bracketed"),
    [
        ({"full": "Koen De Smet (Acme NV)"}, ("Acme NV",)),
        ({"full": "Jan Peeters | Acme"}, ("Acme",)),
        ({"full": "Jan Peeters - Acme NV"}, ("Acme NV",)),
        ({"full": "Jan Peeters (Brabant Verzekeringen)"}, ("Brabant Verzekeringen",)),
        ({"given": "Jan", "family": "Peeters (KBC Group)"}, ("KBC Group",)),
    ],
)
def test_companies_in_a_name_are_set_aside(
    spec: dict[str, Any], bracketed: tuple[str, ...]
) -> None:
    assert parsed(spec).bracketed == bracketed


@pytest.mark.parametrize(
    ("spec", "nickname", "first_given"),
    [
        ({"full": "Pieter (Piet) de Vries"}, "piet", "pieter"),
        ({"full": 'Sam "Skip" Okafor'}, "skip", "sam"),
        ({"full": "Sam “Skip” Okafor"}, "skip", "sam"),
        ({"full": "Sam 'Skip' Okafor"}, "skip", "sam"),
        ({"given": "Pieter (Piet)", "family": "de Vries"}, "piet", "pieter"),
        ({"given": 'Robert "Bob"', "family": "Claes"}, "bob", "robert"),
    ],
)
def test_nicknames_in_quotes_or_brackets_become_given_forms(
    spec: dict[str, Any], nickname: str, first_given: str
) -> None:
    name = parsed(spec)
    assert name.first_given == first_given
    assert nickname in name.nicknames
    assert nickname in name.given_forms


@pytest.mark.parametrize(
    ("spec", "family", "maiden"),
    [
        ({"given": "Anna", "family": "(Keller) Novak"}, "novak", "keller"),
        ({"full": "Anna (Keller) Novak"}, "novak", "keller"),
        ({"full": "Anna Novak née Keller"}, "novak", "keller"),
        ({"full": "Anna Novak (geb. Keller)"}, "novak", "keller"),
        ({"given": "Anna", "family": "Novak geb. Keller"}, "novak", "keller"),
    ],
)
def test_maiden_names_are_an_extra_surname_form(
    spec: dict[str, Any], family: str, maiden: str
) -> None:
    name = parsed(spec)
    assert name.family_compact == family
    assert maiden in name.maiden_names
    assert {family, maiden} <= name.family_set


def test_apostrophe_particle_is_not_mistaken_for_a_quoted_nickname() -> None:
    name = parse_name(full="Anne 't Hooft")
    assert name.nicknames == ()
    assert name.family_compact == "thooft"


@pytest.mark.parametrize(
    ("full", "given", "family"),
    [
        ("Иван Петров", "ivan", "petrov"),
        ("Νίκος Παππάς", "nikos", "pappas"),
    ],
)
def test_non_latin_names_are_transliterated(full: str, given: str, family: str) -> None:
    name = parse_name(full=full)
    assert (name.first_given, name.family_compact) == (given, family)


@pytest.mark.parametrize(
    "spec",
    [
        {"full": "山田太郎"},
        {"full": "山田 太郎"},
        {"given": "太郎", "family": "山田"},
        {"full": "김민준"},
        {"full": "محمد علي"},
    ],
)
def test_names_in_any_script_produce_non_empty_keys(spec: dict[str, Any]) -> None:
    name = parsed(spec)
    assert name.full_key
    assert not name.is_placeholder


@pytest.mark.parametrize(
    "spec",
    [
        {"full": "LinkedIn Member"},
        {"given": "LinkedIn", "family": "Member"},
        {"full": "Facebook User"},
        {"full": "Utilisateur Facebook"},
        {"full": "Facebook-gebruiker"},
        {"full": "(no name)"},
        {"full": ""},
        {"full": "🎉🎂"},
        {"full": "..."},
        {"given": "", "family": ""},
    ],
)
def test_placeholder_names_are_flagged(spec: dict[str, Any]) -> None:
    assert parsed(spec).is_placeholder


def test_real_names_are_not_placeholders() -> None:
    assert not parse_name(given="Jan", family="Peeters").is_placeholder
    assert not parse_name(full="Member").is_placeholder


@pytest.mark.parametrize(
    ("spec", "full_key"),
    [
        ({"given": "Bill", "family": "O'Brien"}, "william obrien"),
        ({"given": "Wim", "family": "Van den Broucke"}, "wilhelmus vandenbroucke"),
        ({"given": "Anne-Marie", "family": "'t Hooft"}, "annemarie thooft"),
        ({"given": "Xylander", "family": "Peeters"}, "xylander peeters"),
        ({"full": "Jan"}, "johannes"),
        ({"full": "J.P. Peeters"}, "j peeters"),
    ],
)
def test_full_key_is_canonical_given_and_compact_family(
    spec: dict[str, Any], full_key: str
) -> None:
    assert parsed(spec).full_key == full_key


@pytest.mark.parametrize(
    ("given", "gender"), [("Jan", "m"), ("Janet", "f"), ("Jo", None), ("Xylander", None)]
)
def test_gender_comes_from_the_nickname_table(given: str, gender: str | None) -> None:
    assert parse_name(given=given, family="Peeters").gender == gender


def test_hyphenated_given_name_keeps_whole_and_parts() -> None:
    name = parse_name(given="Jean-Luc", family="Van Damme")
    assert name.given_compact == "jeanluc"
    assert name.first_given == "jean"
    assert {"jeanluc", "jean", "luc"} <= name.given_forms


def test_display_values_keep_the_original_spelling() -> None:
    name = parse_name(given="José", family="van den Berg")
    assert name.given_display == "José"
    assert name.family_display == "van den Berg"


def test_parsing_is_cached_and_returns_equal_values() -> None:
    first = parse_name(given="Koen", family="De Smet")
    assert parse_name(given="Koen", family="De Smet") is first
    assert hash(first) == hash(parse_name(given="Koen", family="De Smet"))


@pytest.mark.parametrize(
    "junk",
    ["(", ")", "((((", '"', "'", ",,,", "- - -", "Jan (", "Jan (Acme", "\u200b", "a" * 500],
)
def test_odd_input_never_raises(junk: str) -> None:
    parse_name(full=junk)
    parse_name(given=junk, family=junk)


@pytest.mark.parametrize("placeholder", sorted(PLACEHOLDER_NAMES))
def test_every_core_placeholder_name_is_flagged(placeholder: str) -> None:
    assert parse_name(full=placeholder).is_placeholder
    assert parse_name(full=placeholder.upper()).is_placeholder
