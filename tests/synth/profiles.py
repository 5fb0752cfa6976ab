# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The three output profiles and the run that turns a population into files plus truth.

- ``import-bench``: 30,000 LinkedIn connections with ~20k conversations, 5,000 Facebook friends
  with ~1,500 threads, 2,000 vCards (iPhone and Android), a few hundred Google and Outlook rows;
  ``--people`` sets the LinkedIn count and the rest scales with it.
- ``match-bench``: ~3,000 true people over all five sources (two Outlook dialects) with 1.5x
  corruption, every person in at least one source, all hard-negative kinds.
- ``demo``: ~250 people around the owner Sam Verhoeven for ``hrconnect --demo``: LinkedIn and
  Facebook archives, one iPhone ``.vcf`` and one Google CSV, dated against 2026-11-20 (a few
  birthdays in the week after it).

Who appears in which source depends on the relationship: colleagues sit in Outlook and the
phone, friends on Facebook and the phone, almost everybody on LinkedIn; later sources prefer
people already on LinkedIn, so most Facebook friends and phone contacts are connections too.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tests.synth.addressbooks import write_google_csv, write_outlook_csv
from tests.synth.companies import ascii_fold
from tests.synth.corruption import Corruptor, View, saved_on_for
from tests.synth.facebook import write_facebook_archive
from tests.synth.hardnegatives import HardNegativePlan, tagged_pairs
from tests.synth.linkedin import write_linkedin_archive
from tests.synth.population import OWNER_CAREER, Population, TruePerson, generate_population
from tests.synth.truth import Truth
from tests.synth.vcard import write_vcards

if TYPE_CHECKING:
    from pathlib import Path

PROFILES = ("import-bench", "match-bench", "demo")
REFERENCE = date(2026, 11, 20)
_WEIGHTS = {  # source: (colleague, professional, personal)
    "linkedin": (1.3, 1.0, 0.3),
    "facebook": (1.5, 0.35, 3.0),
    "vcard": (2.0, 0.6, 3.0),
    "google": (1.0, 0.8, 2.0),
    "outlook": (3.0, 1.2, 0.15),
}
_CIRCLES = ("colleague", "professional", "personal")


@dataclass(frozen=True, slots=True)
class ProfileSpec:
    """Sizes and knobs of one profile (counts are records, not people)."""

    name: str
    population: int
    linkedin: int
    facebook: int
    iphone: int
    android: int
    google: int
    outlook_en: int
    outlook_nl: int
    intensity: float = 1.0
    hidden_share: float = 0.01
    vcard_duplicates: float = 0.03
    era: str = "2026"
    talk_scale: float = 1.0
    cover_everyone: bool = False
    demo_birthdays: int = 0
    showcase_hard_negatives: bool = False
    """Put every planted look-alike on LinkedIn, so the demo shows two Jan Peeters staying two."""
    linkedin_export: date = date(2026, 11, 18)
    facebook_export: date = date(2026, 11, 17)


def spec_for(profile: str, people: int | None = None) -> ProfileSpec:
    """The spec of ``profile``; ``people`` overrides its main size (see module docstring)."""
    if profile == "import-bench":
        n = people or 30_000
        f = n / 30_000
        return ProfileSpec(
            profile,
            int(n * 1.06) + 50,
            n,
            round(5000 * f),
            round(1200 * f),
            round(800 * f),
            round(400 * f),
            round(400 * f),
            0,
        )
    if profile == "match-bench":
        n = people or 3_000
        return ProfileSpec(
            profile,
            n,
            round(0.72 * n),
            round(0.30 * n),
            round(0.18 * n),
            round(0.12 * n),
            round(0.15 * n),
            round(0.12 * n),
            round(0.08 * n),
            intensity=1.5,
            era="2024",
            cover_everyone=True,
        )
    if profile == "demo":
        n = people or 250
        return ProfileSpec(
            profile,
            n,
            round(0.76 * n),
            round(0.36 * n),
            round(0.32 * n),
            0,
            round(0.18 * n),
            0,
            0,
            hidden_share=0.01,
            demo_birthdays=4,
            showcase_hard_negatives=True,
        )
    msg = f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}"
    raise ValueError(msg)


@dataclass(slots=True)
class GenerationResult:
    """What a run produced."""

    spec: ProfileSpec
    population: Population
    truth: Truth
    files: list[Path] = field(default_factory=list)


def _sample(
    rng: random.Random,
    people: list[TruePerson],
    source: str,
    count: int,
    prefer: set[int],
    boost: float = 2.0,
) -> list[TruePerson]:
    """Weighted sample without replacement (Efraimidis-Spirakis keys), in population order."""
    weights = _WEIGHTS[source]
    keyed = []
    for person in people:
        weight = weights[_CIRCLES.index(person.circle)]
        if source in ("vcard", "google"):
            weight *= 0.5 + person.warmth
        if person.pid in prefer:
            weight *= boost
        keyed.append((math.log(1.0 - rng.random()) / weight, person.pid, person))
    keyed.sort(reverse=True)
    chosen = sorted((item[1], item[2]) for item in keyed[:count])
    return [person for _, person in chosen]


def _connected_on(rng: random.Random, person: TruePerson, export: date) -> date:
    """Colleagues connect while working together; others spread over 2008-export, recent-heavy."""
    for job in person.jobs:
        for index, _title, start, end in OWNER_CAREER:
            if job.company.cid == index:
                low = max(job.start, start, date(2008, 6, 1))
                high = min(job.end or export, end or export, export)
                if low < high:
                    return low + timedelta(days=rng.randrange((high - low).days))
    start = date(2008, 6, 1)
    span = (export - start).days
    return start + timedelta(days=int(span * rng.random() ** 0.6))


def _views(
    rng: random.Random, people: list[TruePerson], source: str, spec: ProfileSpec, export: date
) -> list[tuple[TruePerson, View]]:
    corruptor = Corruptor(rng, source, spec.intensity)
    return [(p, corruptor.view(p, saved_on_for(rng, p, export))) for p in people]


def _cover(
    rng: random.Random, population: list[TruePerson], chosen: dict[str, list[TruePerson]]
) -> None:
    """Put every person nobody chose into one source picked by their circle."""
    seen = {p.pid for members in chosen.values() for p in members}
    for person in population:
        if person.pid in seen:
            continue
        sources = list(chosen)
        weights = [_WEIGHTS[_base(s)][_CIRCLES.index(person.circle)] for s in sources]
        chosen[rng.choices(sources, weights=weights)[0]].append(person)


def _base(source: str) -> str:
    return {
        "iphone": "vcard",
        "android": "vcard",
        "outlook_en": "outlook",
        "outlook_nl": "outlook",
    }.get(source, source)


def _select(
    rng: random.Random, spec: ProfileSpec, people: list[TruePerson]
) -> dict[str, list[TruePerson]]:
    chosen: dict[str, list[TruePerson]] = {}
    if spec.showcase_hard_negatives:
        tagged = {p.pid for p in people if p.tags}
        linkedin = _sample(rng, people, "linkedin", spec.linkedin, tagged, boost=1000.0)
    else:
        linkedin = _sample(rng, people, "linkedin", spec.linkedin, set())
    chosen["linkedin"] = linkedin
    prefer = {p.pid for p in linkedin}
    chosen["facebook"] = _sample(rng, people, "facebook", spec.facebook, prefer)
    phone_cards = spec.iphone + spec.android
    phone_people = round(phone_cards / (1 + spec.vcard_duplicates))
    phone = _sample(rng, people, "vcard", phone_people, prefer)
    rng.shuffle(phone)
    cut = round(len(phone) * spec.iphone / max(1, phone_cards))
    chosen["iphone"], chosen["android"] = phone[:cut], phone[cut:]
    chosen["google"] = _sample(rng, people, "google", spec.google, prefer)
    office = _sample(rng, people, "outlook", spec.outlook_en + spec.outlook_nl, prefer)
    chosen["outlook_en"], chosen["outlook_nl"] = (
        office[: spec.outlook_en],
        office[spec.outlook_en :],
    )
    chosen = {key: value for key, value in chosen.items() if value or key == "linkedin"}
    if spec.cover_everyone:
        _cover(rng, people, chosen)
    return chosen


def _plant_birthdays(rng: random.Random, people: list[TruePerson], count: int) -> set[int]:
    """Move ``count`` birthdays into the week after the reference date (for the Today list)."""
    lucky = rng.sample(people, k=min(count, len(people)))
    for offset, person in enumerate(lucky):
        day = REFERENCE + timedelta(days=offset * 2)
        person.birthday = person.birthday.replace(month=day.month, day=day.day)
    return {p.pid for p in lucky}


def _namesake_pairs(
    people: list[TruePerson], tagged: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    groups: dict[tuple[str, str], list[int]] = {}
    for person in people:
        groups.setdefault(
            (ascii_fold(person.call_name), ascii_fold(person.public_family)), []
        ).append(person.pid)
    known = {(a, b) for a, b, _ in tagged}
    pairs = list(tagged)
    for pids in groups.values():
        ordered = sorted(pids)
        for i, a in enumerate(ordered):
            pairs += [(a, b, "namesake") for b in ordered[i + 1 :] if (a, b) not in known]
    return sorted(pairs)


def run_profile(
    profile: str, out: Path, seed: int = 7, people: int | None = None
) -> GenerationResult:
    """Generate every file of ``profile`` into ``out`` and write ``truth.json`` beside them.

    Args:
        profile: ``import-bench``, ``match-bench`` or ``demo``.
        out: Output folder (created; existing files of the same names are overwritten).
        seed: Everything derives from it; same seed, same bytes.
        people: Main size override (see :func:`spec_for`).

    Returns:
        The spec, the population, the truth and the paths written.
    """
    spec = spec_for(profile, people)
    out.mkdir(parents=True, exist_ok=True)
    plan = (
        HardNegativePlan.scaled(spec.population)
        if profile != "demo"
        else HardNegativePlan(2, 1, 1, 1)
    )
    population = generate_population(seed, spec.population, reference=REFERENCE, plan=plan)
    chosen = _select(random.Random(f"{seed}:select"), spec, population.people)
    book_people = chosen.get("iphone", []) + chosen.get("google", [])
    birthdays = (
        _plant_birthdays(random.Random(f"{seed}:birthdays"), book_people, spec.demo_birthdays)
        if spec.demo_birthdays
        else set()
    )
    owner = population.owner
    truth = Truth(seed=seed, profile=profile, owner_name=f"{owner.call_name} {owner.family}")
    result = GenerationResult(spec, population, truth)

    rng = random.Random(f"{seed}:linkedin")
    members = [
        (p, v, _connected_on(rng, p, spec.linkedin_export))
        for p, v in _views(rng, chosen["linkedin"], "linkedin", spec, spec.linkedin_export)
    ]
    hidden_count = round(spec.linkedin * spec.hidden_share) or (1 if spec.linkedin else 0)
    hidden = [
        spec.linkedin_export - timedelta(days=rng.randrange(4000)) for _ in range(hidden_count)
    ]
    li = write_linkedin_archive(
        out,
        rng,
        owner,
        members,
        hidden,
        spec.linkedin_export,
        era=spec.era,
        talk_scale=spec.talk_scale,
    )
    truth.records += li.records
    truth.hidden_members = li.hidden_members
    stats = li.messages
    truth.files[li.archive] = {
        "records": len(li.records),
        "hidden_members": li.hidden_members,
        "message_rows": stats.rows,
        "conversations": stats.conversations,
        "drafts": stats.drafts,
        "spam_rows": stats.spam_rows,
        "group_conversations": stats.group_conversations,
        "placeholder_rows": stats.placeholder_rows,
    }
    truth.last_contact["linkedin"] = stats.last_contact
    result.files.append(out / li.archive)

    if chosen.get("facebook"):
        rng = random.Random(f"{seed}:facebook")
        friends = [
            (p, v, spec.facebook_export - timedelta(days=rng.randrange(5800)))
            for p, v in _views(rng, chosen["facebook"], "facebook", spec, spec.facebook_export)
        ]
        fb = write_facebook_archive(
            out, rng, owner, friends, spec.facebook_export, talk_scale=spec.talk_scale
        )
        truth.records += fb.records
        truth.files[fb.archive] = {
            "records": len(fb.records),
            "threads": fb.threads,
            "message_rows": fb.message_rows,
        }
        truth.last_contact["facebook"] = fb.last_contact
        result.files.append(out / fb.archive)

    _address_books(out, seed, spec, chosen, birthdays, result)
    tagged = tagged_pairs(population.people)
    in_records = {r.person for r in truth.records}
    truth.hard_negative_pairs = _namesake_pairs(
        [p for p in population.people if p.pid in in_records],
        [t for t in tagged if t[0] in in_records and t[1] in in_records],
    )
    truth.write(out / "truth.json")
    result.files.append(out / "truth.json")
    return result


_BOOK_FILES = {
    "iphone": "iphone-contacts.vcf",
    "android": "android-contacts.vcf",
    "google": "google-contacts.csv",
    "outlook_en": "outlook-contacts.csv",
    "outlook_nl": "outlook-contacten-nl.csv",
}


def _address_books(
    out: Path,
    seed: int,
    spec: ProfileSpec,
    chosen: dict[str, list[TruePerson]],
    birthdays: set[int],
    result: GenerationResult,
) -> None:
    truth = result.truth
    for key, file_name in _BOOK_FILES.items():
        people = chosen.get(key)
        if not people:
            continue
        rng = random.Random(f"{seed}:{key}")
        views = _views(rng, people, _base(key), spec, REFERENCE)
        for person, view in views:
            if person.pid in birthdays:
                view.birthday = (None, person.birthday.month, person.birthday.day)
        if key in ("iphone", "android"):
            extra = len(views) * spec.vcard_duplicates
            for person, _ in rng.sample(views, k=min(len(views), round(extra))):
                again = Corruptor(rng, "vcard", spec.intensity).view(
                    person, saved_on_for(rng, person, REFERENCE)
                )
                again.applied.append("duplicate_card")
                views.append((person, again))
        if key == "iphone" or key.startswith("outlook"):
            views.sort(key=lambda pv: (pv[1].family.casefold(), pv[1].given.casefold()))
        else:
            rng.shuffle(views)
        if key in ("iphone", "android"):
            records = write_vcards(out, file_name, key, [v for _, v in views], rng)
        elif key == "google":
            records = write_google_csv(out, file_name, views, rng)
        else:
            records = write_outlook_csv(out, file_name, views, rng, key.rsplit("_", 1)[1])
        truth.records += records
        truth.files[file_name] = {"records": len(records)}
        result.files.append(out / file_name)
