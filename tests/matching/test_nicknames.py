# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The curated nickname table: one-step relations, false friends kept out, blocking forms."""

from __future__ import annotations

import pytest

from hrconnect.matching.nicknames import (
    are_nickname_pair,
    blocking_forms,
    canonical,
    default_table,
    formal_forms,
    gender,
    is_known_given_name,
    parse_table,
)

# MATCHING.md §3.2: the Dutch/Flemish pairs the `nicknames` package resolved 0 of 20, the
# English pairs it resolved, and the examples of issue 4.
DUTCH_PAIRS = [
    ("Wim", "Willem"),
    ("Joke", "Johanna"),
    ("Koen", "Koenraad"),
    ("Kees", "Cornelis"),
    ("Piet", "Pieter"),
    ("Jef", "Jozef"),
    ("Staf", "Gustaaf"),
    ("Rik", "Hendrik"),
    ("Toon", "Antoon"),
    ("Mieke", "Maria"),
    ("Lies", "Liesbeth"),
    ("Griet", "Margriet"),
    ("Jan", "Johannes"),
    ("Sjaak", "Jacques"),
    ("Henk", "Hendrik"),
    ("Guus", "Gustaaf"),
    ("Els", "Elisabeth"),
    ("Stijn", "Constantijn"),
    ("Klaas", "Nicolaas"),
    ("Bart", "Bartholomeus"),
]
ENGLISH_PAIRS = [
    ("Bill", "William"),
    ("Billy", "William"),
    ("Bob", "Robert"),
    ("Liz", "Elizabeth"),
    ("Jim", "James"),
    ("Peggy", "Margaret"),
    ("Dick", "Richard"),
    ("Ted", "Edward"),
    ("Kate", "Katherine"),
    ("Tony", "Anthony"),
]
FRENCH_PAIRS = [("Manu", "Emmanuel"), ("Fanny", "Stéphanie"), ("Seb", "Sébastien")]


@pytest.mark.parametrize(("short", "formal"), DUTCH_PAIRS + ENGLISH_PAIRS + FRENCH_PAIRS)
def test_direct_short_forms_are_nickname_pairs_in_both_directions(short: str, formal: str) -> None:
    assert are_nickname_pair(short, formal)
    assert are_nickname_pair(formal, short)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jan", "Janet"),  # Jan is a Dutch male name, not short for Janet
        ("Jan", "Janice"),
        ("Bill", "Robert"),  # a genealogical link, not a nickname
        ("Jan", "Johan"),  # both short for Johannes: two steps
        ("Bill", "Billy"),  # both short for William
        ("Jan", "Jef"),
        ("Jan", "Jan"),
        ("", "Jan"),
    ],
)
def test_false_friends_and_two_step_relations_are_not_pairs(a: str, b: str) -> None:
    assert not are_nickname_pair(a, b)


def test_lookups_fold_accents_case_and_hyphens() -> None:
    assert are_nickname_pair("SÉB", "sebastien")
    assert are_nickname_pair("Annemie", "Anne-Marie")


@pytest.mark.parametrize(
    ("names", "representative"),
    [
        (("Bill", "Billy", "William", "Will"), "william"),
        (("Wim", "Willem", "Pim"), "wilhelmus"),
        (("Koen", "Coen", "Koenraad"), "koenraad"),
        (("Toon", "Antoon", "Antonius"), "antonius"),
        (("Jan", "Johan", "Hans", "Johannes"), "johannes"),
        (("Bob", "Rob", "Robert"), "robrecht"),
    ],
)
def test_related_names_share_a_canonical_form(names: tuple[str, ...], representative: str) -> None:
    assert {canonical(name) for name in names} == {representative}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jo", "jo"),  # Johannes, Johanna, Jozef...: no single representative
        ("Chris", "chris"),
        ("Xylander", "xylander"),  # unknown
        ("José", "jose"),
    ],
)
def test_ambiguous_or_unknown_names_are_their_own_canonical_form(name: str, expected: str) -> None:
    assert canonical(name) == expected


def test_blocking_forms_join_one_step_relatives_but_not_false_friends() -> None:
    assert {"jan", "johannes"} <= blocking_forms("Jan")
    assert blocking_forms("Jan") & blocking_forms("Johan")
    assert not blocking_forms("Jan") & blocking_forms("Janet")
    assert not blocking_forms("Bill") & blocking_forms("Robert")
    assert blocking_forms("") == frozenset()


def test_formal_forms_are_one_step_up() -> None:
    assert formal_forms("Wim") == {"willem", "wilhelmus"}
    assert formal_forms("Willem") == {"wilhelmus"}
    assert formal_forms("Xylander") == frozenset()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Jan", "m"), ("Janet", "f"), ("Joke", "f"), ("Koen", "m"), ("Jo", None), ("Willy", None)],
)
def test_gender_is_known_only_when_the_table_agrees(name: str, expected: str | None) -> None:
    assert gender(name) == expected


def test_jan_and_janet_have_opposite_genders_for_the_scorer() -> None:
    assert {gender("Jan"), gender("Janet")} == {"m", "f"}


def test_known_given_names_include_gender_only_entries() -> None:
    assert is_known_given_name("Lotte")
    assert is_known_given_name("pieter")
    assert not is_known_given_name("Peeters")


def test_shipped_table_has_at_least_150_clusters_in_the_documented_locales() -> None:
    table = default_table()
    formal_with_short_forms = {c.formal for c in table.clusters if c.short_forms}
    assert len(formal_with_short_forms) >= 150
    assert {c.locale for c in table.clusters} <= {"nl", "nl-BE", "fr", "en", "de"}
    assert {"nl", "nl-BE", "fr", "en"} <= {c.locale for c in table.clusters}


def test_shipped_table_has_no_unknown_genders_or_self_relations() -> None:
    for cluster in default_table().clusters:
        assert cluster.gender in {"m", "f", "-"}
        assert cluster.formal not in cluster.short_forms


def test_table_format_allows_comments_blank_lines_and_empty_short_forms() -> None:
    table = parse_table("# comment\n\nnl\tm\tWillem\tWim, Pim\nen\tf\tJanet\t\nen\tf\tSophie\n")
    assert table.are_nickname_pair("wim", "willem")
    assert table.gender("janet") == "f"
    assert table.is_known("sophie")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nl\tm\n", "line 1"),
        ("# header\nnl\tx\tWillem\tWim\n", "line 2"),
        ("nl\tm\t\tWim\n", "line 1"),
    ],
)
def test_malformed_lines_are_reported_with_their_number(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_table(text)


def test_cycles_in_the_table_are_refused() -> None:
    with pytest.raises(ValueError, match="cycle"):
        parse_table("nl\tm\tJozef\tJoseph\nfr\tm\tJoseph\tJozef\n")
