# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""How common names and numbers are in the user's own contacts (Splink's TF adjustment).

"Jan Peeters" agreeing is weak evidence in Flanders; "Vandewalle-Osei" agreeing is strong.
Counts are over distinct people, not records, so a well-covered person (four sources) does
not make their own surname look common.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from hrconnect.matching.text import compact

if TYPE_CHECKING:
    from collections.abc import Iterable

    from hrconnect.matching.features import RecordFeatures

MIN_POPULATION = 5000
"""A small store says little about how rare a name is in the world: with 200 contacts, a
surname seen once would otherwise look "1 in 200". Shares are taken over at least this many
people, which treats a small store as a sample of a larger network."""


@dataclass(frozen=True, slots=True)
class Frequencies:
    """Counts of people per surname, given name, full name and phone number."""

    population: int
    family: Counter[str]
    given: Counter[str]
    full_name: Counter[str]
    phones: Counter[str]
    priors: dict[str, float] = field(default_factory=lambda: _priors())
    """Known population shares of common names (a floor under the store's own estimate)."""

    @classmethod
    def build(cls, records: Iterable[tuple[int, RecordFeatures]]) -> Frequencies:
        """Count over (person id, features) pairs; placeholders are left out."""
        family: dict[str, set[int]] = defaultdict(set)
        given: dict[str, set[int]] = defaultdict(set)
        full: dict[str, set[int]] = defaultdict(set)
        phones: dict[str, set[int]] = defaultdict(set)
        people: set[int] = set()
        for person_id, features in records:
            people.add(person_id)
            if features.placeholder:
                continue
            first = features.readings[0] if features.readings else None
            if first is not None:
                for key in first.family_keys:
                    family[key].add(person_id)
                for form in first.given_forms:
                    given[form].add(person_id)
            if features.full_name:
                full[features.full_name].add(person_id)
            for number in (*features.fixed, *features.mobiles):
                phones[number].add(person_id)

        def counts(groups: dict[str, set[int]]) -> Counter[str]:
            return Counter({key: len(members) for key, members in groups.items()})

        return cls(
            max(len(people), MIN_POPULATION),
            counts(family),
            counts(given),
            counts(full),
            counts(phones),
        )

    def family_people(self, key: str) -> int:
        """People with this compact surname."""
        return self.family.get(key, 0)

    def name_people(self, key: str) -> int:
        """People carrying this folded name as a surname or as a given name.

        Used for rarity: "Thomas" or "Martin" as a surname is not rare when it is a common
        first name, since first and last names get swapped in address books and on Facebook.
        Names known to be common count as at least their share of the population would.
        """
        seen = max(self.family.get(key, 0), self.given.get(key, 0))
        prior = self.priors.get(key, 0.0) * self.population
        return max(seen, round(prior))

    def given_people(self, form: str) -> int:
        """People with this folded given name."""
        return self.given.get(form, 0)

    def full_name_people(self, full_name: str) -> int:
        """People with this folded full name."""
        return self.full_name.get(full_name, 0)

    def phone_people(self, number: str) -> int:
        """People with this phone number (a switchboard is shared by many)."""
        return self.phones.get(number, 0)


def _priors() -> dict[str, float]:
    return common_name_shares()


@cache
def common_name_shares() -> dict[str, float]:
    """Population shares (0..1) of common Belgian and Dutch names, by compact key."""
    text = resources.files("hrconnect.matching").joinpath("data", "common_names.tsv")
    shares: dict[str, float] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _kind, name, percent = line.split("\t")
        key = compact(name)
        shares[key] = max(shares.get(key, 0.0), float(percent) / 100)
    return shares
