# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People list's precomputed rows: folding, filters, sorting, partial refresh (no Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import PersonSummary

from hrconnect.ui.models.people_rows import Column, PeopleFilter, PeopleRows, needs_search_service

TODAY = date(2026, 11, 20)


def person(
    person_id: int,
    name: str,
    *,
    company: str = "",
    title: str = "",
    tags: tuple[str, ...] = (),
    sources: tuple[SourceKind, ...] = (SourceKind.LINKEDIN,),
    due_on: date | None = None,
    snoozed_until: date | None = None,
    last_contact_on: date | None = None,
) -> PersonSummary:
    return PersonSummary(
        id=person_id,
        display_name=name,
        sort_name=name.casefold(),
        organization=company,
        title=title,
        birthday=None,
        connected_on=None,
        last_contact_on=last_contact_on,
        last_contact_kind=None,
        every_days=30 if due_on else None,
        rule_origin="person" if due_on else None,
        due_on=due_on,
        snoozed_until=snoozed_until,
        sources=sources,
        tags=tags,
        record_count=len(sources),
    )


PEOPLE = [
    person(1, "Ann Peeters", company="Acme NV", title="Recruiter", tags=("Candidates",)),
    person(2, "José Álvarez", company="Brabant Logistiek", last_contact_on=date(2025, 1, 5)),
    person(
        3,
        "Priya Raman",
        company="acme",
        title="HR Director",
        sources=(SourceKind.VCARD, SourceKind.FACEBOOK),
        due_on=date(2026, 11, 1),
        last_contact_on=date(2026, 2, 1),
    ),
    person(
        4,
        "Zoë Dubois",
        title="Payroll",
        tags=("candidates", "Friends"),
        due_on=date(2026, 11, 10),
        snoozed_until=date(2026, 12, 1),
    ),
]


def names(rows: PeopleRows, indices: list[int]) -> list[str]:
    return [rows.rows[i].display_name for i in indices]


@pytest.fixture
def rows() -> PeopleRows:
    return PeopleRows.build(PEOPLE, TODAY)


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (PeopleFilter(text="jose"), ["José Álvarez"]),
        (PeopleFilter(text="ALVAR"), ["José Álvarez"]),
        (PeopleFilter(text="acme"), ["Ann Peeters", "Priya Raman"]),
        (PeopleFilter(text="acme director"), ["Priya Raman"]),
        (PeopleFilter(text="candidates"), ["Ann Peeters", "Zoë Dubois"]),
        (PeopleFilter(tag="Candidates"), ["Ann Peeters", "Zoë Dubois"]),
        (PeopleFilter(tag="friends"), ["Zoë Dubois"]),
        (PeopleFilter(company="ACME"), ["Ann Peeters", "Priya Raman"]),
        (PeopleFilter(source=SourceKind.FACEBOOK), ["Priya Raman"]),
        # Zoë is due too, but snoozed past today.
        (PeopleFilter(overdue_only=True), ["Priya Raman"]),
        (PeopleFilter(person_ids=frozenset({2, 4})), ["José Álvarez", "Zoë Dubois"]),
        (PeopleFilter(text="nobody"), []),
    ],
)
def test_filters_keep_the_matching_people(
    rows: PeopleRows, wanted: PeopleFilter, expected: list[str]
) -> None:
    assert names(rows, rows.matching(wanted, rows.order(Column.NAME, False))) == expected


@pytest.mark.parametrize(
    ("previous", "current", "refines"),
    [
        (PeopleFilter(text="pri"), PeopleFilter(text="priy"), True),
        (PeopleFilter(text="pri"), PeopleFilter(text="pr"), False),
        (PeopleFilter(text="pri"), PeopleFilter(text="pri", tag="x"), False),
        (PeopleFilter(text=""), PeopleFilter(text="a"), True),
    ],
)
def test_a_longer_query_refines_the_previous_one(
    previous: PeopleFilter, current: PeopleFilter, refines: bool
) -> None:
    assert current.refines(previous) is refines


def test_sorting_puts_empty_values_last_in_both_directions(rows: PeopleRows) -> None:
    ascending = names(rows, rows.order(Column.LAST_CONTACT, False))
    descending = names(rows, rows.order(Column.LAST_CONTACT, True))
    assert ascending == ["José Álvarez", "Priya Raman", "Ann Peeters", "Zoë Dubois"]
    assert descending == ["Priya Raman", "José Álvarez", "Ann Peeters", "Zoë Dubois"]


def test_sorting_by_company_ignores_case_and_keeps_ties_in_name_order(rows: PeopleRows) -> None:
    assert names(rows, rows.order(Column.COMPANY, False)) == [
        "Priya Raman",  # "acme" sorts before "acme nv"
        "Ann Peeters",
        "José Álvarez",
        "Zoë Dubois",
    ]


def test_replacing_people_updates_drops_and_adds_rows(rows: PeopleRows) -> None:
    renamed = person(1, "Anna Peeters", company="Acme NV")
    newcomer = person(9, "Bart Claes")
    updated = rows.replaced([renamed, newcomer], [1, 2, 9])
    assert [p.display_name for p in updated.rows] == [
        "Anna Peeters",
        "Bart Claes",
        "Priya Raman",
        "Zoë Dubois",
    ]
    assert updated.row_of[9] == 1
    assert names(updated, updated.matching(PeopleFilter(text="anna"), range(len(updated)))) == [
        "Anna Peeters"
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("priya", False),
        ("priya raman", False),
        ("company:acme", True),
        ("Title:recruiter", True),
        ('"people and culture"', True),
        ("acme -freelance", True),
        ("priya@acme.test", True),
        ("+32 475 12 34 56", True),
        ("re:invent", False),  # not a field of the search language
        ("r&d", False),
        ("", False),
    ],
)
def test_queries_in_the_search_language_go_to_the_search_service(
    query: str, expected: bool
) -> None:
    assert needs_search_service(query) is expected


def test_companies_are_offered_by_how_many_people_work_there() -> None:
    rows = PeopleRows.build(
        [
            person(1, "A", company="Beta"),
            person(2, "B", company="Acme"),
            person(3, "C", company="Acme"),
        ],
        TODAY,
    )
    assert rows.top_companies() == ["Acme", "Beta"]
