# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The numbers behind the charts: where the network works, and when it was made.

Companies are counted per person (their current organization, as the People list shows it)
and meet through their company keys, so "Brabant Verzekeringen NV", "BRABANT VERZEKERINGEN"
and "Brabant Verzekeringen" are one bar, named after the spelling most people have.
Organizations that name no employer ("Freelance", "Self-employed") are not companies.
Connection years run without gaps from the first to the last year, so a quiet year shows as
an empty bar instead of disappearing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrconnect.matching.companies import company_key, is_not_a_company

if TYPE_CHECKING:
    from collections.abc import Iterable

    from hrconnect.store.engine import Store

TOP_COMPANIES = 15


@dataclass(frozen=True, slots=True)
class CompanyCount:
    """People working at one company (all spellings of it together)."""

    company: str
    company_key: str
    people: int


@dataclass(frozen=True, slots=True)
class YearCount:
    """Connections made in one calendar year."""

    year: int
    connections: int


@dataclass(frozen=True, slots=True)
class NetworkStats:
    """What the Charts page shows.

    Attributes:
        people: Active, named people.
        companies: The largest companies, most people first (ties by name).
        other_companies: People at companies beyond the ones listed.
        without_company: People with no organization, or one that names no employer.
        years: Connections per year, every year from the first to the last.
        without_date: People without a connection date (address-book contacts, mostly).
    """

    people: int
    companies: tuple[CompanyCount, ...]
    other_companies: int
    without_company: int
    years: tuple[YearCount, ...]
    without_date: int


class StatsService:
    """Counts over the whole network, for charts."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def network(self, top: int = TOP_COMPANIES) -> NetworkStats:
        """The network by company (the ``top`` largest) and connections per year."""
        with self._store.read() as tx:
            organizations = tx.stats.organizations()
            years = tx.stats.connection_years()
        people = sum(count for _, count in organizations)  # everyone is in one group, "" too
        companies, without_company = companies_by_key(organizations)
        listed = tuple(companies[:top])
        dated = [(year, count) for year, count in years if year is not None]
        return NetworkStats(
            people=people,
            companies=listed,
            other_companies=sum(c.people for c in companies[top:]),
            without_company=without_company,
            years=years_without_gaps(dated),
            without_date=sum(count for year, count in years if year is None),
        )


def companies_by_key(organizations: Iterable[tuple[str, int]]) -> tuple[list[CompanyCount], int]:
    """Merge organization spellings by company key.

    Args:
        organizations: (organization as written, number of people) pairs.

    Returns:
        The companies, most people first (then by name), and the number of people with no
        company (an empty organization, or one such as "Freelance").
    """
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    without = 0
    for name, count in organizations:
        text = name.strip()
        key = company_key(text) if text else ""
        if not key or is_not_a_company(text):
            without += count
            continue
        spellings[key][text] += count
    companies = [
        CompanyCount(_best_spelling(names), key, sum(names.values()))
        for key, names in spellings.items()
    ]
    companies.sort(key=lambda c: (-c.people, c.company.casefold(), c.company_key))
    return companies, without


def _best_spelling(names: Counter[str]) -> str:
    """The spelling most people have; on a tie, one not in capitals, then the first by name."""
    return min(names, key=lambda name: (-names[name], name.isupper(), name))


def years_without_gaps(counts: Iterable[tuple[int, int]]) -> tuple[YearCount, ...]:
    """Connections per year from the first to the last year, zero where none were made."""
    per_year: Counter[int] = Counter()
    for year, count in counts:
        per_year[year] += count
    if not per_year:
        return ()
    return tuple(
        YearCount(year, per_year.get(year, 0)) for year in range(min(per_year), max(per_year) + 1)
    )
