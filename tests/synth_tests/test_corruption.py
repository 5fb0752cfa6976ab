# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The corruption model does what its docstring table says."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date

import pytest

from tests.synth import variants
from tests.synth.corruption import RATES, SOURCES, Corruptor
from tests.synth.hardnegatives import HardNegativePlan
from tests.synth.population import TruePerson, generate_population


def _eligible(person: TruePerson, corruption: str) -> bool:
    """Whether ``corruption`` can apply to ``person`` at all (its rate is conditional)."""
    if corruption == "formal_name":
        return person.call_name != person.given
    if corruption == "particle_variant":
        return bool(variants.particle_variants(person.public_family))
    if corruption == "outdated_job":
        return len(person.jobs) > 1
    return True


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@pytest.mark.parametrize(
    ("family", "expected"),
    [
        ("Van den Broeck", {"Vandenbroeck", "van den Broeck", "Vanden Broeck"}),
        ("Vandenbroucke", {"Van den Broucke", "van den Broucke"}),
        ("De Smet", {"Desmet", "de Smet"}),
        ("Desmet", {"De Smet"}),
        ("van den Berg", {"Van den Berg", "v.d. Berg", "Vandenberg"}),
        ("'t Hooft", {"t Hooft", "’t Hooft"}),
        ("O'Brien", {"Obrien", "O’Brien", "O Brien"}),
        ("D'Hondt", {"Dhondt", "D’Hondt"}),
    ],
)
def test_particle_variants_cover_the_real_spellings(family: str, expected: set[str]) -> None:
    options = set(variants.particle_variants(family))
    assert expected <= options
    assert family not in options


@pytest.mark.parametrize("family", ["Peeters", "Müller", "Okafor"])
def test_names_without_particles_have_no_particle_variants(family: str) -> None:
    assert variants.particle_variants(family) == []


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("José", {"Jose"}),
        ("Müller", {"Mueller", "Muller"}),
        ("Wiśniewski", {"Wisniewski"}),
        ("Łukasik", {"Lukasik"}),
        ("Françoise", {"Francoise"}),
        ("Peeters", {"Peeters"}),
    ],
)
def test_accents_are_lost_the_way_keyboards_lose_them(name: str, allowed: set[str]) -> None:
    rng = random.Random(1)
    assert {variants.strip_accents(name, rng) for _ in range(20)} <= allowed


@pytest.mark.parametrize("name", ["Peeters", "Vandenbroucke", "Janssens", "Okonkwo"])
def test_typos_are_one_edit_away_and_keep_the_first_letter(name: str) -> None:
    rng = random.Random(5)
    for _ in range(50):
        changed = variants.typo(name, rng)
        assert changed[0] == name[0]
        assert _edit_distance(changed, name) in (1, 2)  # a swap of neighbours counts as two
        assert changed != name


@pytest.mark.parametrize(
    "number", ["+32475123456", "+3225550123", "+3216123456", "+31612345678", "+31201234567"]
)
def test_phone_formats_keep_the_digits(number: str) -> None:
    rng = random.Random(2)
    national = "0" + number[3:]
    for _ in range(30):
        digits = re.sub(r"\D", "", variants.format_phone(number, rng))
        assert digits in (number[1:], national, "00" + number[1:], number[1:3] + national)


def test_initials_follow_given_and_middle_names() -> None:
    rng = random.Random(3)
    seen = {variants.initials("Jan", "Pieter", rng) for _ in range(40)}
    assert seen <= {"J.", "J.P.", "JP"}
    assert "J.P." in seen
    assert variants.initials("Jean-Marc", "", rng) == "J.-M."


@pytest.mark.parametrize(
    ("corruption", "source"),
    [
        ("credentials", "linkedin"),
        ("formal_name", "outlook"),
        ("particle_variant", "vcard"),
        ("order_swapped", "facebook"),
        ("switchboard", "outlook"),
        ("outdated_job", "vcard"),
    ],
)
def test_observed_rates_stay_near_the_documented_ones(corruption: str, source: str) -> None:
    population = generate_population(5, 4000, plan=HardNegativePlan())
    corruptor = Corruptor(random.Random(9), source)
    views = [corruptor.view(p, date(2026, 11, 20)) for p in population.people]
    pool = [v for p, v in zip(population.people, views, strict=True) if _eligible(p, corruption)]
    observed = sum(corruption in v.applied for v in pool) / len(pool)
    documented = RATES[corruption][SOURCES.index(source)]
    assert documented * 0.5 <= observed <= documented * 1.5 + 0.01


def test_intensity_scales_corruption() -> None:
    population = generate_population(5, 2000, plan=HardNegativePlan())
    counts = []
    for intensity in (1.0, 1.5):
        corruptor = Corruptor(random.Random(4), "vcard", intensity)
        applied = Counter(
            name
            for p in population.people
            for name in corruptor.view(p, date(2026, 11, 20)).applied
        )
        counts.append(applied["typo"] + applied["initials"] + applied["particle_variant"])
    assert counts[1] > counts[0] * 1.25


def test_linkedin_views_show_the_current_job_and_profile_url() -> None:
    population = generate_population(8, 500, plan=HardNegativePlan())
    corruptor = Corruptor(random.Random(1), "linkedin")
    for person in population.people:
        view = corruptor.view(person, date(2026, 11, 20))
        assert view.linkedin_url.startswith("https://www.linkedin.com/in/")
        assert view.job is person.current_job or person.current_job is None
        assert not view.phones
