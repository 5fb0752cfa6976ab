# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The corruption model: how each source shows a true person, with known probabilities.

A *view* is what one source record says about a person. LinkedIn and Facebook views are typed
by the person (their own name, their current job); vCard, Google and Outlook views are typed by
the owner, at some point in the past (an older job, an older number, the name as the owner
knows it). :func:`make_view` applies the corruptions below independently, each with the listed
probability per source, multiplied by ``intensity`` (1.0 for the import benchmark and the demo,
1.5 for the matching benchmark; capped at 0.95).

=========================  ========  ========  =====  ======  =======
Corruption                 linkedin  facebook  vcard  google  outlook
=========================  ========  ========  =====  ======  =======
formal name, not call name   0.20      0.08    0.15    0.15    0.45
pet nickname (owner's)       0.00      0.05    0.10    0.08    0.02
middle name shown            0.03      0.05    0.02    0.05    0.10
married-name variant         0.10      0.30    0.40    0.40    0.30
particle variant             0.05      0.10    0.30    0.25    0.20
accents lost                 0.00      0.05    0.35    0.25    0.30
typo (one edit)              0.005     0.01    0.04    0.03    0.02
initials for given name      0.00      0.00    0.04    0.02    0.05
family name in capitals      0.01      0.00    0.01    0.00    0.02
stray whitespace             0.01      0.00    0.01    0.00    0.00
credentials in last name     0.03      0.00    0.00    0.00    0.00
pronouns in last name        0.02      0.00    0.00    0.00    0.00
emoji after the name         0.005     0.01    0.005   0.00    0.00
order swapped                0.00      0.03    0.03    0.02    0.02
"Last, First"                0.00      0.00    0.02    0.03    0.03
given name only + company    0.00      0.00    0.02    0.01    0.00
outdated job (older firm)    0.00      --      0.45    0.35    0.40
switchboard as work phone    0.00      --      0.15    0.05    0.35
role mailbox (info@, hr@)    0.00      --      0.02    0.01    0.04
stale mobile number          0.00      --      0.05    0.05    0.03
=========================  ========  ========  =====  ======  =======

Other rules: Dutch lower-case particles go to the middle-name field in half the Google and
Outlook rows (``Jan`` / ``van den`` / ``Berg``); Outlook replaces characters outside cp1252
with ``?`` when it writes the file (done by the writer). Presence of fields (not scaled by
intensity) is in :data:`PRESENCE`. LinkedIn shows an e-mail for 2.5 % of connections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tests.synth import variants
from tests.synth.identities import profile_url
from tests.synth.nicknames import nicknames_of

if TYPE_CHECKING:
    import random

    from tests.synth.population import Job, TruePerson

SOURCES = ("linkedin", "facebook", "vcard", "google", "outlook")

RATES: dict[str, tuple[float, float, float, float, float]] = {
    "formal_name": (0.20, 0.08, 0.15, 0.15, 0.45),
    "pet_nickname": (0.0, 0.05, 0.10, 0.08, 0.02),
    "middle_shown": (0.03, 0.05, 0.02, 0.05, 0.10),
    "married_variant": (0.10, 0.30, 0.40, 0.40, 0.30),
    "particle_variant": (0.05, 0.10, 0.30, 0.25, 0.20),
    "accents_lost": (0.0, 0.05, 0.35, 0.25, 0.30),
    "typo": (0.005, 0.01, 0.04, 0.03, 0.02),
    "initials": (0.0, 0.0, 0.04, 0.02, 0.05),
    "caps_family": (0.01, 0.0, 0.01, 0.0, 0.02),
    "stray_space": (0.01, 0.0, 0.01, 0.0, 0.0),
    "credentials": (0.03, 0.0, 0.0, 0.0, 0.0),
    "pronouns": (0.02, 0.0, 0.0, 0.0, 0.0),
    "emoji": (0.005, 0.01, 0.005, 0.0, 0.0),
    "order_swapped": (0.0, 0.03, 0.03, 0.02, 0.02),
    "last_first": (0.0, 0.0, 0.02, 0.03, 0.03),
    "given_only": (0.0, 0.0, 0.02, 0.01, 0.0),
    "outdated_job": (0.0, 0.0, 0.45, 0.35, 0.40),
    "switchboard": (0.0, 0.0, 0.15, 0.05, 0.35),
    "role_mailbox": (0.0, 0.0, 0.02, 0.01, 0.04),
    "stale_mobile": (0.0, 0.0, 0.05, 0.05, 0.03),
}

PRESENCE: dict[str, tuple[float, float, float, float, float]] = {
    "work_email": (0.01, 0.0, 0.45, 0.30, 0.90),
    "private_email": (0.015, 0.0, 0.35, 0.70, 0.10),
    "mobile": (0.0, 0.0, 0.88, 0.50, 0.45),
    "company": (1.0, 0.0, 0.60, 0.50, 0.95),
    "title": (1.0, 0.0, 0.45, 0.35, 0.80),
    "birthday": (0.0, 0.0, 0.25, 0.20, 0.10),
    "year_less_birthday": (0.0, 0.0, 0.40, 0.30, 0.0),
    "linkedin_url": (1.0, 0.0, 0.08, 0.03, 0.02),
    "note": (0.0, 0.0, 0.05, 0.12, 0.05),
}

NOT_A_COMPANY = ("Freelance", "Self-Employed", "Career Break", "Zelfstandige", "Open to work")
_ROLES = {"nl": ("info", "hr", "jobs", "contact", "personeel"), "fr": ("info", "rh", "contact")}
_NOTES = (
    "Ontmoet op HR-beurs Gent",
    "Kent iedereen in de logistiek",
    "Zoekt misschien iets nieuws",
    "Intro via LinkedIn, koffie gedronken",
    "Rencontré au salon RH, très sympa",
    "Referentie voor interim-opdrachten",
    "Prefers WhatsApp over e-mail",
    "Kinderen: Lotte en Wout",
    "Former colleague, great with numbers",
)


@dataclass(slots=True)
class View:
    """What one source record says about a person; writers lay these fields out per format."""

    pid: int
    given: str
    middle: str
    family: str
    display: str
    """The name as one string (Facebook name, vCard FN); may be swapped or ``Last, First``."""
    company: str = ""
    title: str = ""
    job: Job | None = None
    emails: list[tuple[str, str]] = field(default_factory=list)
    """``(label, address)`` with label ``work``, ``home`` or ``other``."""
    phones: list[tuple[str, str]] = field(default_factory=list)
    """``(label, e164)`` with label ``cell``, ``work`` or ``main``; writers format them."""
    birthday: tuple[int | None, int, int] | None = None
    linkedin_url: str = ""
    note: str = ""
    applied: list[str] = field(default_factory=list)
    """Names of the corruptions applied, for diagnostics and tests."""


class Corruptor:
    """Applies the model to one source with its own random stream."""

    def __init__(self, rng: random.Random, source: str, intensity: float = 1.0) -> None:
        self.rng = rng
        self.source = source
        self.column = SOURCES.index(source)
        self.intensity = intensity

    def hit(self, name: str) -> bool:
        """Draw the corruption ``name`` for this source (scaled, capped at 0.95)."""
        rate = RATES[name][self.column]
        return rate > 0 and self.rng.random() < min(0.95, rate * self.intensity)

    def has(self, name: str) -> bool:
        """Draw the presence of field ``name`` for this source (not scaled)."""
        return self.rng.random() < PRESENCE[name][self.column]

    def view(self, person: TruePerson, saved_on: date) -> View:
        """The view of ``person`` in this source, as written on ``saved_on`` for address books."""
        applied: list[str] = []
        given, middle, family = self._names(person, applied)
        view = View(person.pid, given, middle, family, f"{given} {family}".strip(), applied=applied)
        self._arrange(view, person)
        if self.source != "facebook":
            self._work(view, person, saved_on)
            self._contacts(view, person)
        return view

    def _names(self, person: TruePerson, applied: list[str]) -> tuple[str, str, str]:
        rng = self.rng
        given = person.call_name
        if person.call_name != person.given and self.hit("formal_name"):
            given = person.given
            applied.append("formal_name")
        elif given == person.given and nicknames_of(given) and self.hit("pet_nickname"):
            given = rng.choice(nicknames_of(given))
            applied.append("pet_nickname")
        middle = person.middle if person.middle and self.hit("middle_shown") else ""
        family = person.public_family
        if person.spouse_family and self.hit("married_variant"):
            options = [
                person.family,
                person.spouse_family,
                f"{person.spouse_family}-{person.family}",
            ]
            family = rng.choice([o for o in options if o != person.public_family] or options)
            applied.append("married_variant")
        if self.hit("particle_variant"):
            typed_by_self = self.source in ("linkedin", "facebook")
            changed = "-".join(
                variants.particle_variant(part, rng, abbreviate=not typed_by_self)
                for part in family.split("-")
            )
            if changed != family:
                family = changed
                applied.append("particle_variant")
        if not (given + family).isascii() and self.hit("accents_lost"):
            given, family = variants.strip_accents(given, rng), variants.strip_accents(family, rng)
            applied.append("accents_lost")
        if self.hit("typo"):
            if rng.random() < 0.6:
                family = variants.typo(family, rng)
            else:
                given = variants.typo(given, rng)
            applied.append("typo")
        if self.hit("initials"):
            given = variants.initials(given, person.middle, rng)
            middle = ""
            applied.append("initials")
        if self.hit("caps_family"):
            family = family.upper()
            applied.append("caps_family")
        return given, middle, family

    def _arrange(self, view: View, person: TruePerson) -> None:
        rng, applied = self.rng, view.applied
        if self.hit("credentials"):
            view.family += rng.choice(variants.CREDENTIALS)
            applied.append("credentials")
        elif self.hit("pronouns"):
            pool = variants.PRONOUNS_F if person.gender == "f" else variants.PRONOUNS_M
            view.family += rng.choice(pool)
            applied.append("pronouns")
        if self.hit("emoji"):
            view.family += rng.choice(variants.EMOJI)
            applied.append("emoji")
        if self.hit("stray_space"):
            view.given += " "
            applied.append("stray_space")
        first = f"{view.given} {view.middle}".strip() if view.middle else view.given.strip()
        view.display = f"{first} {view.family.strip()}"
        if self.source in ("google", "outlook") and person.origin == "dutch":
            particle, core = variants.split_particle(view.family)
            if particle and particle.islower() and rng.random() < 0.5:
                view.middle, view.family = particle, core
                view.display = f"{first} {particle} {core}"
                applied.append("particle_in_middle")
        if self.hit("order_swapped"):
            view.given, view.family = view.family, view.given
            view.display = f"{view.given} {view.family}".strip()
            applied.append("order_swapped")
        elif self.hit("last_first"):
            particle, core = variants.split_particle(view.family)
            if particle.islower() and rng.random() < 0.5:
                view.display = f"{core}, {first} {particle}"  # Dutch sorting: "Berg, Jan van den"
            else:
                view.display = f"{view.family}, {first}"
            if self.source == "google":
                view.given, view.middle, view.family = view.display, "", ""
            applied.append("last_first")
        elif self.hit("given_only"):
            job = person.latest_job
            label = job.company.core if job else "werk"
            view.family = f"({label})"
            view.display = f"{view.given} ({label})"
            applied.append("given_only")

    def _work(self, view: View, person: TruePerson, saved_on: date) -> None:
        rng = self.rng
        job = person.current_job if self.source == "linkedin" else person.job_on(saved_on)
        if job is None:
            job = person.latest_job
        if self.source != "linkedin" and len(person.jobs) > 1 and self.hit("outdated_job"):
            job = rng.choice(person.jobs[:-1])
            view.applied.append("outdated_job")
        view.job = job
        if self.source == "linkedin" and person.current_job is None:
            view.company = rng.choice(NOT_A_COMPANY) if rng.random() < 0.5 else ""
            view.title = "" if view.company else (job.title if job else "")
            return
        if job is not None and self.has("company"):
            view.company = variants.company_variant(job.company, self.source, rng)
        if job is not None and self.has("title"):
            view.title = job.title

    def _contacts(self, view: View, person: TruePerson) -> None:
        rng, job = self.rng, view.job
        if job is not None and self.has("work_email"):
            view.emails.append(("work", job.email))
        if person.private_email and self.has("private_email"):
            view.emails.append(("home", person.private_email))
        if job is not None and self.hit("role_mailbox"):
            role = rng.choice(_ROLES[job.company.language])
            view.emails.append(("other", f"{role}@{job.company.domain}"))
            view.applied.append("role_mailbox")
        if self.source == "linkedin":
            view.emails = view.emails[:1]
            view.linkedin_url = profile_url(person.slug)
            return
        if person.mobile and self.has("mobile"):
            number = person.mobile
            if person.old_mobile and self.hit("stale_mobile"):
                number = person.old_mobile
                view.applied.append("stale_mobile")
            view.phones.append(("cell", number))
        if job is not None and self.hit("switchboard"):
            view.phones.append(("work", job.company.switchboard))
            view.applied.append("switchboard")
        if self.has("birthday"):
            bday = person.birthday
            year = None if self.has("year_less_birthday") else bday.year
            view.birthday = (year, bday.month, bday.day)
        if self.has("linkedin_url"):
            view.linkedin_url = profile_url(person.slug)
        if self.has("note"):
            view.note = rng.choice(_NOTES)
            if rng.random() < 0.5:
                view.note += "\n" + rng.choice(_NOTES)


def saved_on_for(rng: random.Random, person: TruePerson, export: date) -> date:
    """When the owner probably saved this contact: during a shared time or in the last years."""
    first = person.jobs[0].start if person.jobs else date(2008, 1, 1)
    start = max(first, date(2008, 1, 1))
    span = max(1, (export - start).days)
    return start + timedelta(days=int(span * rng.random() ** 0.7))
