# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The ground truth: synthetic people with careers, identifiers and an owner who knows them.

:func:`generate_population` is deterministic for a seed. People get a formal given name and the
name they go by, a birthday, two to four jobs at invented Belgian and Dutch companies (the
owner's own past employers among them, so "former colleagues" has content), work and private
e-mails, a mobile number and a LinkedIn slug. Hard negatives are planted on top of the
namesakes that the Zipf-weighted name pools produce by themselves: several different people
with one name, same-name people at one company, near-namesakes (Jan and Jef Peeters at one
firm) and father/son pairs (same name, same company, a generation apart).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import date

from tests.synth import names
from tests.synth.companies import OWNER_EMPLOYERS, Company, generate_companies
from tests.synth.hardnegatives import Forced, HardNegativePlan, plant_hard_negatives
from tests.synth.identities import (
    Registry,
    linkedin_slug_for,
    private_email,
    work_email,
)
from tests.synth.nicknames import choose_call_name

REFERENCE_DATE = date(2026, 11, 20)

TITLES = (
    "HR Business Partner",
    "Talent Acquisition Specialist",
    "Recruiter",
    "Payroll Officer",
    "Director, People & Culture",
    "Head of HR",
    "Sales Manager",
    "Account Manager",
    "Software Engineer",
    "Project Manager",
    "CFO",
    "Controller",
    "Logistics Coordinator",
    "Customer Service Agent",
    "Verpleegkundige",
    "Zaakvoerder",
    "Gérant",
    "Consultant",
    "Teamleader Operations",
    "Office Manager",
    "Marketing Manager | Brand & Digital",
    "Legal Counsel",
    "Directeur commercial",
    "Data Analyst",
    "IT Support Engineer",
    "Learning & Development Lead",
    "Senior Recruiter, Tech",
    "Interim Manager",
    "Responsable RH",
    "Medewerker personeelsadministratie",
    "Chief Operating Officer",
    "Product Owner",
    "Boekhouder",
    "Werfleider",
    "Sales Executive, Benelux",
    "Talent Manager",
    "Compensation & Benefits Specialist",
    "Administratief bediende",
)

OWNER_CAREER = (
    # (index into OWNER_EMPLOYERS, title, start, end)
    (3, "Recruitment Consultant", date(2009, 9, 1), date(2012, 5, 1)),
    (2, "HR Officer", date(2012, 6, 1), date(2016, 2, 1)),
    (1, "HR Manager", date(2016, 3, 1), date(2021, 1, 1)),
    (0, "HR Business Partner", date(2021, 2, 1), None),
)


@dataclass(frozen=True, slots=True)
class Job:
    """One position: where, as what, from when to when (None = current), with which mailbox."""

    company: Company
    title: str
    start: date
    end: date | None
    email: str

    def covers(self, day: date) -> bool:
        """True when ``day`` falls within the job."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(slots=True)
class TruePerson:
    """One real (synthetic) human being; every source record points back to one of these."""

    pid: int
    gender: str
    origin: str
    given: str
    """Formal given name as registered (Willem)."""
    call_name: str
    """The name used in daily life (Wim); equals ``given`` for most people."""
    middle: str
    family: str
    """Birth family name in its canonical spelling (Van den Broeck, van den Berg, 't Hooft)."""
    public_family: str
    """What the person calls themself: ``family`` or a double name (Peeters-Janssens)."""
    spouse_family: str
    birthday: date
    jobs: list[Job]
    private_email: str
    mobile: str
    old_mobile: str
    slug: str
    circle: str
    """``colleague`` (shared an employer with the owner), ``professional`` or ``personal``."""
    warmth: float
    """0-1: how often the owner and this person talk; drives messages and recency."""
    tags: list[str] = field(default_factory=list)
    """Hard-negative roles, e.g. ``father_son:17`` (paired with person 17)."""

    @property
    def current_job(self) -> Job | None:
        """The job without an end date, if any."""
        return next((job for job in reversed(self.jobs) if job.end is None), None)

    @property
    def latest_job(self) -> Job | None:
        """The current job, or the last one held."""
        return self.jobs[-1] if self.jobs else None

    def job_on(self, day: date) -> Job | None:
        """The job held on ``day``."""
        return next((job for job in reversed(self.jobs) if job.covers(day)), None)

    @property
    def country(self) -> str:
        """``NL`` for Dutch people, else ``BE`` (drives phone formats and free-mail domains)."""
        return "NL" if self.origin == "dutch" else "BE"


@dataclass(slots=True)
class Population:
    """People, the owner (pid 0) and the companies they work for."""

    owner: TruePerson
    people: list[TruePerson]
    companies: list[Company]
    reference: date

    def by_pid(self) -> dict[int, TruePerson]:
        """People by id (owner included)."""
        return {p.pid: p for p in (self.owner, *self.people)}


class _Builder:
    """Makes people one at a time with shared company weights and a shared registry."""

    def __init__(self, rng: random.Random, companies: list[Company], reference: date) -> None:
        self.rng = rng
        self.companies = companies
        self.reference = reference
        self.registry = Registry()
        owner_weights = [14.0, 10.0, 8.0, 6.0]
        rest = [1.0 / (rank + 2) ** 0.8 * 20 for rank in range(len(companies) - 4)]
        self.cum_weights = list(itertools.accumulate(owner_weights + rest))

    def person(self, pid: int, forced: Forced | None = None) -> TruePerson:
        rng = self.rng
        origin = forced.origin if forced else names.pick_origin(rng)
        gender = forced.gender if forced else rng.choice("mf")
        given = forced.given if forced else names.pick_given(rng, origin, gender)
        call = forced.call_name if forced else choose_call_name(rng, given)
        middle = names.pick_given(rng, origin, gender) if rng.random() < 0.12 else ""
        family = forced.family if forced else names.pick_surname(rng, origin)
        low, high = forced.birth_years if forced and forced.birth_years else (1958, 2002)
        birthday = date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        spouse, public = "", family
        if gender == "f" and birthday.year < 1998 and rng.random() < 0.18:
            spouse = names.pick_surname(rng, origin)
            if spouse != family and rng.random() < 0.6:
                public = f"{spouse}-{family}"
        jobs = self._career(call, public, birthday, forced)
        email_name = public if rng.random() < 0.7 else family
        private = private_email(self.registry, rng, origin, call, email_name, birthday.year)
        country = "NL" if origin == "dutch" else "BE"
        mobile = self.registry.claim_phone(rng, country) if rng.random() < 0.93 else ""
        old_mobile = self.registry.claim_phone(rng, country) if rng.random() < 0.1 else ""
        slug = linkedin_slug_for(self.registry, rng, call, public)
        person = TruePerson(
            pid=pid,
            gender=gender,
            origin=origin,
            given=given,
            call_name=call,
            middle=middle,
            family=family,
            public_family=public,
            spouse_family=spouse,
            birthday=birthday,
            jobs=jobs,
            private_email=private if rng.random() < 0.88 else "",
            mobile=mobile,
            old_mobile=old_mobile,
            slug=slug,
            circle="professional",
            warmth=rng.betavariate(1.2, 4.0),
        )
        person.circle = self._circle(person)
        if person.circle != "professional":
            person.warmth = min(1.0, person.warmth + 0.15)
        return person

    def _career(self, call: str, family: str, birthday: date, forced: Forced | None) -> list[Job]:
        rng = self.rng
        start_year = max(1980, birthday.year + rng.randint(21, 25))
        if start_year >= self.reference.year:
            start_year = self.reference.year - 1
        years = self.reference.year - start_year
        least = 2 if years >= 3 else 1
        count = max(least, min(4, 1 + years // 7 + rng.choice((-1, 0, 0, 1))))
        cuts = sorted(rng.sample(range(1, max(2, years * 12)), k=min(count - 1, years * 12 - 1)))
        starts = [date(start_year, rng.randint(1, 12), 1)]
        for cut in cuts:
            month_index = start_year * 12 + cut
            starts.append(date(month_index // 12, month_index % 12 + 1, 1))
        starts = sorted(set(starts))
        picks = rng.choices(range(len(self.companies)), cum_weights=self.cum_weights, k=len(starts))
        if forced and forced.company is not None:
            picks[-1] = forced.company.cid
        jobs: list[Job] = []
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else None
            company = self.companies[picks[index]]
            if index and company.cid == jobs[-1].company.cid:
                company = self.companies[(company.cid + 5) % len(self.companies)]
            email_first = call if rng.random() < 0.7 else call.split("-")[0]
            jobs.append(
                Job(
                    company,
                    rng.choice(TITLES),
                    start,
                    end,
                    work_email(self.registry, company, email_first, family),
                )
            )
        if (forced is None or forced.company is None) and rng.random() < 0.07:
            last = jobs[-1]
            ended = date(min(self.reference.year, last.start.year + 3), last.start.month, 1)
            if ended > last.start and ended < self.reference:
                jobs[-1] = Job(last.company, last.title, last.start, ended, last.email)
        return jobs

    def _circle(self, person: TruePerson) -> str:
        for job in person.jobs:
            for index, _title, start, end in OWNER_CAREER:
                if job.company.cid != index:
                    continue
                job_end = job.end or self.reference
                owner_end = end or self.reference
                if job.start < owner_end and start < job_end:
                    return "colleague"
        return "personal" if self.rng.random() < 0.2 else "professional"


def make_owner(builder: _Builder) -> TruePerson:
    """The account owner, Sam Verhoeven, HR Business Partner, with the fixed career above."""
    rng = builder.rng
    jobs = [
        Job(
            builder.companies[index],
            title,
            start,
            end,
            work_email(builder.registry, builder.companies[index], "Sam", "Verhoeven"),
        )
        for index, title, start, end in OWNER_CAREER
    ]
    return TruePerson(
        pid=0,
        gender="f",
        origin="flemish",
        given="Samira",
        call_name="Sam",
        middle="",
        family="Verhoeven",
        public_family="Verhoeven",
        spouse_family="",
        birthday=date(1986, 3, 14),
        jobs=jobs,
        private_email=builder.registry.claim_email("sam.verhoeven", "telenet.be"),
        mobile=builder.registry.claim_phone(rng, "BE"),
        old_mobile="",
        slug=builder.registry.claim_slug("samverhoeven", rng, vanity=True),
        circle="owner",
        warmth=1.0,
    )


def generate_population(
    seed: int,
    n_people: int,
    *,
    reference: date = REFERENCE_DATE,
    plan: HardNegativePlan | None = None,
) -> Population:
    """Generate ``n_people`` people (pids 1..n) plus the owner (pid 0).

    Args:
        seed: Everything derives from ``random.Random(f"{seed}:population")``.
        n_people: How many people besides the owner.
        reference: "Today" for careers (jobs end before it, current jobs run through it).
        plan: Hard negatives to plant; default scales with ``n_people``.

    Returns:
        The population; same seed and arguments give equal output.
    """
    rng = random.Random(f"{seed}:population")
    companies = generate_companies(rng, max(24, min(700, n_people // 12)))
    builder = _Builder(rng, companies, reference)
    owner = make_owner(builder)
    people = [builder.person(pid) for pid in range(1, n_people + 1)]
    plant_hard_negatives(rng, people, plan or HardNegativePlan.scaled(n_people), builder.person)
    return Population(owner=owner, people=people, companies=companies, reference=reference)


OWNER_COMPANY_NAMES = tuple(f"{core} {legal}" for core, legal, _c, _city in OWNER_EMPLOYERS)
