# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Former colleagues: for each of the owner's employers, who else worked there, and why we think so.

The owner's positions come from LinkedIn's Positions.csv or are entered by hand. A contact is
listed under an employer when one of their records names that company (as a current or past
job, or as the organisation the user typed) or carries an e-mail address at the company's
domain. Company names meet through their keys, so "Brabant Verzekeringen NV", "BRABANT
VERZEKERINGEN" and brabantverzekeringen.be are one employer. Messages exchanged, and the
connection made, while the owner worked there are weak evidence: they are shown beside company
evidence but never list anyone on their own (everyone messaged in 2010 is not a 2010 colleague).

Evidence texts are plain English, like the CLI's other explanations; the UI translates by
``Evidence.signal``.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from hrconnect.core.changes import Changes
from hrconnect.core.identifiers import key_text
from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.core.people import SOURCE_RANK
from hrconnect.errors import NotFoundError, UsageError
from hrconnect.matching.companies import company_key, is_not_a_company
from hrconnect.matching.emails import email_info

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from hrconnect.clock import Clock
    from hrconnect.core.dates import PartialDate
    from hrconnect.core.people import PersonSummary, StoredInteraction
    from hrconnect.store.engine import Store
    from hrconnect.store.owner import OwnerPosition
    from hrconnect.store.transaction import Transaction

COMPANY_WEIGHT = 3
"""A record naming the company: each source that says so counts."""
EMAIL_WEIGHT = 3
"""A mailbox at the company's own domain."""
CONTACT_WEIGHT = 1
"""Messages or the connection itself while the owner worked there: weak on its own."""

USER_SOURCE = "user"
"""``OwnerPosition.source`` of positions entered by hand."""

_WHERE = {
    SourceKind.LINKEDIN: "on LinkedIn",
    SourceKind.FACEBOOK: "on Facebook",
    SourceKind.VCARD: "in a vCard",
    SourceKind.GOOGLE: "in Google Contacts",
    SourceKind.OUTLOOK: "in Outlook contacts",
    SourceKind.USER: "entered by you",
}
_EXPORT_NAMES = {SourceKind.LINKEDIN.value: "LinkedIn"}
_NOUNS = {
    InteractionKind.CALL: ("call", "calls"),
    InteractionKind.MEETING: ("meeting", "meetings"),
    InteractionKind.NOTE: ("note", "notes"),
    InteractionKind.LINKEDIN_INVITATION: ("invitation", "invitations"),
}
_MESSAGE = ("message", "messages")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason to think a person worked at an employer.

    The structured fields let a translated UI phrase the reason itself; ``text`` is the
    English phrasing the command line prints.

    Attributes:
        signal: Stable key: ``company``, ``email_domain``, ``interactions`` or ``connected``.
        text: The reason in plain English ("email domain brabantverzekeringen.be").
        weight: How much it counts (see the ``*_WEIGHT`` constants).
        value: The company as written (``company``), the domain (``email_domain``) or the
            ISO date of the connection (``connected``).
        source: Where a company was found (a ``SourceKind`` value), for ``company``.
        start: When the job began, if the source says (``company``).
        end: When it ended, if the source says (``company``).
        is_current: The source calls it the person's current job (``company``).
        counts: ``(interaction kind value, count)`` pairs, most first (``interactions``).
    """

    signal: str
    text: str
    weight: int
    value: str = ""
    source: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    is_current: bool = False
    counts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Colleague:
    """A person listed under an employer, with the evidence, strongest first."""

    person: PersonSummary
    evidence: tuple[Evidence, ...]

    @property
    def strength(self) -> int:
        """The summed weight of the evidence; the list is sorted on it."""
        return sum(e.weight for e in self.evidence)


@dataclass(frozen=True, slots=True)
class Employer:
    """One company the owner worked for (all their positions there) and the people found.

    Attributes:
        company: The name as the owner's newest position there writes it.
        company_key: The comparison key all evidence was matched on.
        title: The owner's newest title there.
        start: The earliest known start, or None.
        end: The latest end, or None while the owner still works there.
        is_current: True while a position there has no end (or ends in the future).
        positions: The owner's positions at this company, newest first.
        colleagues: The people found, strongest evidence first, then by name.
    """

    company: str
    company_key: str
    title: str
    start: PartialDate | None
    end: PartialDate | None
    is_current: bool
    positions: tuple[OwnerPosition, ...]
    colleagues: tuple[Colleague, ...]

    def to_json(self) -> dict[str, object]:
        """One entry of ``employers`` in ``colleagues --json``."""
        return {
            "company": self.company,
            "title": self.title,
            "from": self.start.isoformat() if self.start else None,
            "to": None if self.is_current or self.end is None else self.end.isoformat(),
            "current": self.is_current,
            "people": [
                {
                    "id": c.person.id,
                    "name": c.person.display_name,
                    "evidence": [e.text for e in c.evidence],
                }
                for c in self.colleagues
            ],
        }


@dataclass(frozen=True, slots=True)
class ColleaguesReport:
    """Former (and current) colleagues per employer.

    Attributes:
        employers: The current employer first, then by most recent start.
        not_companies: Positions left out because they name no employer ("Freelance").
    """

    employers: tuple[Employer, ...]
    not_companies: tuple[OwnerPosition, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The ``colleagues --json`` document (CLI.md, version 1)."""
        return {"version": 1, "employers": [e.to_json() for e in self.employers]}


@dataclass(frozen=True, slots=True)
class CompanyMention:
    """A record naming a company: one of its jobs, or the organisation the user typed."""

    person_id: int
    record_id: int
    kind: SourceKind
    company: str
    company_key: str
    is_current: bool
    start: PartialDate | None = None
    end: PartialDate | None = None


class ColleaguesService:
    """The owner's positions and the people who worked with them."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    # --- the owner's positions ------------------------------------------------------------

    def positions(self) -> list[OwnerPosition]:
        """The owner's positions, imported and entered by hand, most recent start first."""
        with self._store.read() as tx:
            return tx.owner.positions()

    def add_position(
        self, company: str, title: str, start: PartialDate | None, end: PartialDate | None
    ) -> Changes:
        """Record a job of the owner's by hand (one LinkedIn does not know, or no LinkedIn).

        Adding the same company, title and start again updates the end instead of duplicating.

        Args:
            company: The employer as the owner writes it ("Brabant Verzekeringen NV").
            title: The owner's job title there (may be empty).
            start: When the owner started, as precisely as known; None if unknown (then
                messages cannot be dated against the position).
            end: When the owner left; None while they still work there.

        Returns:
            Changes with ``owner`` set.

        Raises:
            UsageError: no company, a value that names no employer ("Freelance"), or an end
                before the start.
        """
        name, role = company.strip(), title.strip()
        key = company_key(name)
        if not key:
            raise UsageError("a position needs a company name")
        if is_not_a_company(name):
            raise UsageError(f"{name!r} is not a company; former colleagues need an employer")
        if start is not None and end is not None and _last_day(end) < _first_day(start):
            raise UsageError("a position cannot end before it starts")
        start_text = start.isoformat() if start else None
        row = (
            name,
            key,
            role,
            start_text,
            end.isoformat() if end else None,
            USER_SOURCE,
            f"{key_text(name)}|{key_text(role)}|{start_text or ''}",
        )
        with self._store.write() as tx:
            tx.owner.upsert_positions([row])
        return Changes(owner=True)

    def remove_position(self, position_id: int) -> Changes:
        """Remove a position entered by hand.

        Returns:
            Changes with ``owner`` set.

        Raises:
            NotFoundError: no such position.
            UsageError: it was imported (it would come back with the next import).
        """
        with self._store.write() as tx:
            found = next((p for p in tx.owner.positions() if p.id == position_id), None)
            if found is None:
                raise NotFoundError(f"no position with id {position_id}")
            if found.source != USER_SOURCE:
                raise UsageError(
                    f"position {position_id} comes from your "
                    f"{_EXPORT_NAMES.get(found.source, found.source)} export and would come "
                    "back with the next import"
                )
            tx.owner.delete_position(position_id)
        return Changes(owner=True)

    # --- former colleagues ----------------------------------------------------------------

    def former_colleagues(self) -> ColleaguesReport:
        """Everyone with evidence of working at one of the owner's employers, per employer."""
        today = self._clock.today()
        with self._store.read() as tx:
            positions = tx.owner.positions()
            skipped = tuple(p for p in positions if is_not_a_company(p.company))
            grouped: dict[str, list[OwnerPosition]] = defaultdict(list)
            for position in positions:
                key = position.company_key or company_key(position.company)
                if key and position not in skipped:
                    grouped[key].append(position)
            if not grouped:
                return ColleaguesReport((), skipped)
            mentions, emails = _company_facts(tx, set(grouped))
            strong = _strong_evidence(set(grouped), mentions, emails)
            people = {p.id: p for p in tx.people.summaries(_people_in(strong))}
            contacts = tx.interactions.of_people(list(people))
        by_person: dict[int, list[StoredInteraction]] = defaultdict(list)
        for interaction in contacts:
            by_person[interaction.person_id].append(interaction)
        employers = [
            _employer(key, jobs, strong.get(key, {}), people, by_person, today)
            for key, jobs in grouped.items()
        ]
        # Groups keep the order of positions(), newest start first; the current job leads.
        employers.sort(key=lambda e: not e.is_current)
        return ColleaguesReport(tuple(employers), skipped)


def _company_facts(
    tx: Transaction, keys: set[str]
) -> tuple[list[CompanyMention], list[tuple[int, str]]]:
    """Jobs and organisations at the given company keys, and every (person, e-mail address).

    Imported records' organisation is their current job's company, already among the jobs;
    only an organisation the user typed can add one.
    """
    mentions = [
        CompanyMention(
            person_id,
            job.record_id,
            kind,
            job.company,
            job.company_key,
            job.is_current,
            job.start,
            job.end,
        )
        for person_id, kind, job in tx.records.jobs_at(keys)
    ]
    with_job = {(m.record_id, m.company_key) for m in mentions}
    for person_id, record_id, typed in tx.records.own_organizations():
        organization = typed.strip()
        key = company_key(organization)
        if key in keys and (record_id, key) not in with_job:
            mentions.append(
                CompanyMention(person_id, record_id, SourceKind.USER, organization, key, True)
            )
    return mentions, tx.records.email_addresses()


def _strong_evidence(
    keys: set[str], mentions: Iterable[CompanyMention], emails: Iterable[tuple[int, str]]
) -> dict[str, dict[int, list[Evidence]]]:
    """Company and e-mail-domain evidence per employer key and person."""
    found: dict[str, dict[int, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for mention in sorted(mentions, key=lambda m: (SOURCE_RANK.get(m.kind, 99), m.company)):
        if mention.company_key in keys and not is_not_a_company(mention.company):
            found[mention.company_key][mention.person_id].append(
                Evidence(
                    "company",
                    _company_text(mention),
                    COMPANY_WEIGHT,
                    value=mention.company,
                    source=mention.kind.value,
                    start=mention.start,
                    end=mention.end,
                    is_current=mention.is_current,
                )
            )
    domains: dict[str, tuple[str, str] | None] = {}
    for person_id, address in emails:
        domain = address.rpartition("@")[2].strip().lower()
        if domain not in domains:
            info = email_info(address)
            domains[domain] = (info.company_key, info.domain) if info and info.company_key else None
        known = domains[domain]
        if known is not None and known[0] in keys:
            found[known[0]][person_id].append(
                Evidence("email_domain", f"email domain {known[1]}", EMAIL_WEIGHT, value=known[1])
            )
    return found


def _people_in(strong: dict[str, dict[int, list[Evidence]]]) -> list[int]:
    return sorted({person_id for people in strong.values() for person_id in people})


def _employer(
    key: str,
    jobs: list[OwnerPosition],
    strong: dict[int, list[Evidence]],
    people: dict[int, PersonSummary],
    contacts: dict[int, list[StoredInteraction]],
    today: date,
) -> Employer:
    newest = jobs[0]  # positions() lists the most recent start first
    # A position without a start has no period to date messages against.
    windows = [
        (_first_day(job.start), min(_last_day(job.end) if job.end else today, today))
        for job in jobs
        if job.start is not None
    ]
    starts = [job.start for job in jobs if job.start is not None]
    ends = [job.end for job in jobs if job.end is not None]
    is_current = any(job.end is None or _last_day(job.end) >= today for job in jobs)
    colleagues = []
    for person_id, evidence in strong.items():
        person = people.get(person_id)
        if person is None:
            continue
        weak = _weak_evidence(person, contacts.get(person_id, []), windows)
        items = sorted(_distinct(evidence + weak), key=lambda e: -e.weight)
        colleagues.append(Colleague(person, tuple(items)))
    colleagues.sort(key=lambda c: (-c.strength, c.person.sort_name, c.person.id))
    return Employer(
        company=newest.company,
        company_key=key,
        title=newest.title,
        start=min(starts, key=_first_day) if starts else None,
        end=None if is_current or not ends else max(ends, key=_last_day),
        is_current=is_current,
        positions=tuple(jobs),
        colleagues=tuple(colleagues),
    )


def _weak_evidence(
    person: PersonSummary, contacts: Sequence[StoredInteraction], windows: list[tuple[date, date]]
) -> list[Evidence]:
    def inside(day: date) -> bool:
        return any(first <= day <= last for first, last in windows)

    found = []
    counts = Counter(
        i.kind if i.kind in _NOUNS else InteractionKind.MESSAGE
        for i in contacts
        if inside(i.occurred_on)
    )
    if counts:
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], _NOUNS.get(kv[0], _MESSAGE)))
        parts = [f"{n} {_NOUNS.get(kind, _MESSAGE)[0 if n == 1 else 1]}" for kind, n in ranked]
        text = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
        found.append(
            Evidence(
                "interactions",
                f"{text} while you worked there",
                CONTACT_WEIGHT,
                counts=tuple((kind.value, n) for kind, n in ranked),
            )
        )
    if person.connected_on is not None and inside(person.connected_on):
        found.append(
            Evidence(
                "connected",
                f"connected while you worked there ({person.connected_on.isoformat()})",
                CONTACT_WEIGHT,
                value=person.connected_on.isoformat(),
            )
        )
    return found


def _company_text(mention: CompanyMention) -> str:
    if mention.kind is SourceKind.USER:
        return f"company {mention.company} {_WHERE[mention.kind]}"
    when = ""
    if mention.start and mention.end:
        when = f" ({mention.start.isoformat()} to {mention.end.isoformat()})"
    elif mention.start:
        when = f" (since {mention.start.isoformat()})"
    elif mention.end:
        when = f" (until {mention.end.isoformat()})"
    label = "company" if mention.is_current else "past company"
    return f"{label} {mention.company}{when} {_WHERE.get(mention.kind, mention.kind.value)}"


def _distinct(items: list[Evidence]) -> list[Evidence]:
    """Evidence without repeats (two vCards both saying the same thing count once)."""
    return list({e.text: e for e in items}.values())


def _first_day(value: PartialDate) -> date:
    return date(value.year or 1, value.month or 1, value.day or 1)


def _last_day(value: PartialDate) -> date:
    year, month = value.year or 9999, value.month or 12
    return date(year, month, value.day or calendar.monthrange(year, month)[1])
