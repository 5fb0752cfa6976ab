# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The chart numbers: companies merged by key, top N, connection years without gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from hrconnect.services.stats import (
    CompanyCount,
    StatsService,
    YearCount,
    companies_by_key,
    years_without_gaps,
)
from tests.services.conftest import run_import, write_connections, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App


def connection(first: str, last: str, company: str, connected: str) -> str:
    slug = f"{first}-{last}".lower()
    return f"{first},{last},https://www.linkedin.com/in/{slug},,{company},Consultant,{connected}"


@pytest.fixture
def service(app: App, tmp_path: Path) -> StatsService:
    rows = [
        connection("Priya", "Raman", "Brabant Verzekeringen NV", "03 Mar 2012"),
        connection("Jan", "de Vries", "Brabant Verzekeringen NV", "15 Jan 2014"),
        connection("Tom", "Wouters", "Acme NV", "01 Feb 2014"),
        connection("Nora", "Vos", "Freelance", "01 Feb 2015"),
        connection("Lies", "Maes", "", "20 Jun 2015"),
    ]
    cards = [
        "N:Martens;Els;;;\nFN:Els Martens\nORG:BRABANT VERZEKERINGEN",
        "N:Goossens;Wim;;;\nFN:Wim Goossens\nORG:Acme",
        "N:Peeters;Ann;;;\nFN:Ann Peeters",
    ]
    run_import(
        app,
        write_connections(tmp_path / "linkedin", rows),
        write_vcards(tmp_path / "phone", cards),
    )
    return StatsService(app.store)


def test_company_spellings_meet_and_the_most_common_names_the_bar(service: StatsService) -> None:
    stats = service.network()
    assert stats.people == 8
    assert [(c.company, c.people) for c in stats.companies] == [
        ("Brabant Verzekeringen NV", 3),
        ("Acme", 2),  # a tie: the first spelling by name
    ]
    # Nora is freelance, Lies and Ann name no company.
    assert stats.without_company == 3
    assert stats.other_companies == 0


def test_connection_years_fill_the_quiet_year_and_count_the_undated(
    service: StatsService,
) -> None:
    stats = service.network()
    assert stats.years == (
        YearCount(2012, 1),
        YearCount(2013, 0),
        YearCount(2014, 2),
        YearCount(2015, 2),
    )
    assert stats.without_date == 3


def test_only_the_top_companies_are_listed_and_the_rest_is_counted(
    service: StatsService,
) -> None:
    stats = service.network(top=1)
    assert [c.company for c in stats.companies] == ["Brabant Verzekeringen NV"]
    assert stats.other_companies == 2


def test_an_empty_store_has_no_bars(app: App) -> None:
    stats = StatsService(app.store).network()
    assert (stats.people, stats.companies, stats.years, stats.without_date) == (0, (), (), 0)


@pytest.mark.parametrize(
    ("organizations", "expected"),
    [
        # A tie goes to the spelling that is not shouted.
        ([("ACME", 2), ("Acme", 2)], [CompanyCount("Acme", "acme", 4)]),
        ([("Acme NV", 1), ("acme", 3)], [CompanyCount("acme", "acme", 4)]),
        # Larger first, then by name.
        (
            [("Zeta", 1), ("Beta", 1), ("Alpha", 2)],
            [
                CompanyCount("Alpha", "alpha", 2),
                CompanyCount("Beta", "beta", 1),
                CompanyCount("Zeta", "zeta", 1),
            ],
        ),
        ([("", 5), ("Self-employed", 1), ("  ", 1)], []),
    ],
)
def test_companies_by_key(
    organizations: list[tuple[str, int]], expected: list[CompanyCount]
) -> None:
    companies, _ = companies_by_key(organizations)
    assert companies == expected


def test_years_without_gaps_sums_repeated_years() -> None:
    assert years_without_gaps([(2020, 1), (2018, 2), (2020, 3)]) == (
        YearCount(2018, 2),
        YearCount(2019, 0),
        YearCount(2020, 4),
    )
    assert years_without_gaps([]) == ()
