# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Hard negatives are planted, recorded in the truth and really are different people."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pytest

from tests.synth.companies import ascii_fold
from tests.synth.hardnegatives import HardNegativePlan
from tests.synth.population import generate_population

if TYPE_CHECKING:
    from tests.synth_tests.conftest import Generated


def test_every_kind_of_hard_negative_reaches_the_truth(match_bench: Generated) -> None:
    kinds = Counter(kind for _, _, kind in match_bench.truth["hard_negative_pairs"])
    assert set(kinds) == {"namesake", "same_company_namesake", "near_namesake", "father_son"}


def test_pairs_are_distinct_people_with_records(match_bench: Generated) -> None:
    with_records = {r["person"] for r in match_bench.truth["records"]}
    for a, b, _ in match_bench.truth["hard_negative_pairs"]:
        assert a < b
        assert {a, b} <= with_records


def test_father_and_son_share_name_and_employer_but_not_identifiers(match_bench: Generated) -> None:
    people = match_bench.result.population.by_pid()
    pairs = [(a, b) for a, b, k in match_bench.truth["hard_negative_pairs"] if k == "father_son"]
    assert pairs
    for a, b in pairs:
        one, two = people[a], people[b]
        assert (one.call_name, one.family) == (two.call_name, two.family)
        assert one.latest_job
        assert two.latest_job
        assert one.latest_job.company == two.latest_job.company
        assert abs(one.birthday.year - two.birthday.year) >= 25
        assert one.latest_job.email != two.latest_job.email
        assert not {one.mobile, one.private_email} & {two.mobile, two.private_email} - {""}


def test_near_namesakes_differ_only_in_the_given_name(match_bench: Generated) -> None:
    people = match_bench.result.population.by_pid()
    pairs = [(a, b) for a, b, k in match_bench.truth["hard_negative_pairs"] if k == "near_namesake"]
    assert pairs
    for a, b in pairs:
        assert people[a].family == people[b].family
        assert people[a].call_name != people[b].call_name


def test_common_names_repeat_on_their_own() -> None:
    population = generate_population(3, 3000, plan=HardNegativePlan())
    names = Counter(
        (ascii_fold(p.call_name), ascii_fold(p.public_family)) for p in population.people
    )
    repeated = sum(count for count in names.values() if count > 1)
    # Census data (MATCHING.md §2.4) has 1.57 % of people sharing their full name; the pools
    # alone should give some natural namesakes without making every name a trap.
    assert 15 <= repeated <= 90, f"{repeated} of 3,000 people share a name"
    assert max(names.values()) <= 4, "surname or given-name weights too steep"


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (39, HardNegativePlan()),
        (40, HardNegativePlan(1, 1, 1, 1)),
        (3000, HardNegativePlan(12, 6, 10, 8)),
        (6000, HardNegativePlan(24, 12, 20, 16)),
    ],
)
def test_the_default_plan_scales_with_the_population(size: int, expected: HardNegativePlan) -> None:
    plan = HardNegativePlan.scaled(size)
    assert plan == expected
    assert plan.slots_needed * 2 <= size


def test_planted_namesakes_copy_common_names_more_often_than_rare_ones() -> None:
    from tests.synth.names import FEMALE, MALE, SURNAMES

    plan = HardNegativePlan(namesake_groups=60)
    population = generate_population(5, 3000, plan=plan)

    def share(person: object) -> float:
        given = (MALE if person.gender == "m" else FEMALE)[person.origin]  # type: ignore[attr-defined]
        return given.share(person.given) * SURNAMES[person.origin].share(person.family)  # type: ignore[attr-defined]

    planted = [p for p in population.people if any(t.startswith("namesake:") for t in p.tags)]
    everyone = population.people
    assert planted
    planted_mean = sum(map(share, planted)) / len(planted)
    overall_mean = sum(map(share, everyone)) / len(everyone)
    assert planted_mean > 2 * overall_mean
