# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Planting hard negatives: different people a matcher is tempted to merge.

Kinds (also the ``kind`` of a pair in ``truth.json``):

- ``namesake``: different people with one full name (also arises naturally from the pools);
- ``same_company_namesake``: one full name, one current employer, different people;
- ``near_namesake``: one family name and employer, given names one step apart (Jan / Jef);
- ``father_son``: one full name, one employer, born a generation apart, own e-mails and phones.

Planted people replace randomly chosen slots of the population, so its size stays as asked.
Namesakes copy the name of a person drawn in proportion to how common that name is (given-name
share times surname share): two different "Jan Peeters" among one's contacts is ordinary, two
different "Patrice Lasauson" would be a remarkable coincidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tests.synth.nicknames import NEAR_NAMES

if TYPE_CHECKING:
    import random
    from collections.abc import Callable, Iterable, Iterator

    from tests.synth.companies import Company
    from tests.synth.population import TruePerson

_NEAR_GENDER = {
    "Jan": "m",
    "Tom": "m",
    "Bart": "m",
    "Els": "f",
    "Lien": "f",
    "Kris": "m",
    "Ann": "f",
    "Marc": "m",
}


@dataclass(frozen=True, slots=True)
class Forced:
    """Attributes a planted person must have (copied from the person they shadow)."""

    gender: str
    origin: str
    given: str
    call_name: str
    family: str
    company: Company | None = None
    birth_years: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class HardNegativePlan:
    """How many of each kind to plant."""

    namesake_groups: int = 0
    same_company: int = 0
    near_names: int = 0
    father_son: int = 0

    @classmethod
    def scaled(cls, n_people: int) -> HardNegativePlan:
        """A plan proportional to the population: 12/6/10/8 per 3,000 people, one minimum.

        With the natural collisions of the name pools this puts about 2 % of people in a group
        sharing a full name, against 1.57 % measured on census data (MATCHING.md §2.4): hard
        enough to test, not so many that every name is a trap.
        """
        if n_people < 40:
            return cls()
        factor = n_people / 3000

        def count(per_3000: int) -> int:
            return max(1, round(per_3000 * factor))

        return cls(count(12), count(6), count(10), count(8))

    @property
    def slots_needed(self) -> int:
        """People to overwrite (namesake groups take up to two extra people each)."""
        return (
            2 * self.namesake_groups
            + self.same_company
            + 2 * self.near_names
            + (2 * self.father_son)
        )


def _like(person: TruePerson, **changes: object) -> Forced:
    values: dict[str, object] = {
        "gender": person.gender,
        "origin": person.origin,
        "given": person.given,
        "call_name": person.call_name,
        "family": person.family,
    }
    values.update(changes)
    return Forced(**values)  # type: ignore[arg-type]


def _tag(a: TruePerson, b: TruePerson, kind: str) -> None:
    a.tags.append(f"{kind}:{b.pid}")
    b.tags.append(f"{kind}:{a.pid}")


def plant_hard_negatives(
    rng: random.Random,
    people: list[TruePerson],
    plan: HardNegativePlan,
    make: Callable[[int, Forced], TruePerson],
) -> None:
    """Overwrite random slots of ``people`` with planted look-alikes, tagging both sides.

    Args:
        rng: The population's random source.
        people: Generated people; index i holds pid i + 1. Modified in place.
        plan: What to plant; silently reduced when the population is too small.
        make: Builds a person for a pid under constraints (the population builder).
    """
    if plan.slots_needed == 0 or len(people) < plan.slots_needed * 2:
        return
    chosen = rng.sample(range(len(people)), k=plan.slots_needed * 2)
    bases, slots = iter(chosen[::2]), iter(chosen[1::2])
    common = _by_name_frequency(
        rng, people, plan.namesake_groups + plan.same_company, exclude=set(chosen[1::2])
    )

    def replace(index: int, forced: Forced) -> TruePerson:
        person = make(people[index].pid, forced)
        people[index] = person
        return person

    for _ in range(plan.namesake_groups):
        base = people[next(common)]
        for _copy in range(rng.choice((1, 1, 2))):
            twin = replace(next(slots), _like(base))
            _tag(base, twin, "namesake")
    for _ in range(plan.same_company):
        base = people[next(common)]
        job = base.latest_job
        twin = replace(next(slots), _like(base, company=job.company if job else None))
        _tag(base, twin, "same_company_namesake")
    for _ in range(plan.near_names):
        first, second = rng.choice(NEAR_NAMES)
        host = people[next(bases)]
        company = host.latest_job.company if host.latest_job else None
        gender = _NEAR_GENDER[first]
        family = host.family
        one = replace(next(slots), Forced(gender, "flemish", first, first, family, company))
        two = replace(next(slots), Forced(gender, "flemish", second, second, family, company))
        _tag(one, two, "near_namesake")
    for _ in range(plan.father_son):
        host = people[next(bases)]
        company = host.latest_job.company if host.latest_job else None
        father = replace(
            next(slots),
            _like(
                host,
                gender="m",
                given=_male(host),
                call_name=_male(host),
                company=company,
                birth_years=(1952, 1964),
            ),
        )
        born = father.birthday.year
        son = replace(
            next(slots),
            _like(father, company=company, birth_years=(born + 27, min(born + 34, 2001))),
        )
        _tag(father, son, "father_son")


def _by_name_frequency(
    rng: random.Random, people: list[TruePerson], count: int, exclude: set[int]
) -> Iterator[int]:
    """Indices of distinct people drawn with weight = how common their full name is."""
    from tests.synth.names import FEMALE, MALE, SURNAMES

    candidates = [i for i in range(len(people)) if i not in exclude]
    weights = []
    for i in candidates:
        person = people[i]
        given_pool = (MALE if person.gender == "m" else FEMALE)[person.origin]
        weights.append(
            max(given_pool.share(person.given), 1e-6)
            * max(SURNAMES[person.origin].share(person.family), 1e-6)
        )
    picked: list[int] = []
    while len(picked) < count and candidates:
        index = rng.choices(range(len(candidates)), weights=weights)[0]
        picked.append(candidates.pop(index))
        weights.pop(index)
    return iter(picked)


def _male(person: TruePerson) -> str:
    """A male given name for a father/son pair (the host may be a woman)."""
    return person.call_name if person.gender == "m" else "Marc"


def tagged_pairs(people: Iterable[TruePerson]) -> list[tuple[int, int, str]]:
    """Planted pairs ``(lower pid, higher pid, kind)``, each once, sorted."""
    pairs: set[tuple[int, int, str]] = set()
    for person in people:
        for tag in person.tags:
            kind, _, other = tag.partition(":")
            a, b = sorted((person.pid, int(other)))
            pairs.add((a, b, kind))
    return sorted(pairs)
