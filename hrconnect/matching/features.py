# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What matching compares about a record, computed once and cached as JSON.

``features_of`` turns a stored record into :class:`RecordFeatures`: its name readings
(:mod:`hrconnect.matching.names`), identity keys (LinkedIn slug, non-role e-mail mailboxes,
mobile numbers), weaker keys (fixed lines, company keys from jobs and from e-mail domains,
title words) and the birthday. The store caches the JSON per record, keyed by
``FEATURES_VERSION``; bump it whenever what this module computes changes, and every record is
recomputed on the next pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from hrconnect.core.identifiers import key_text, linkedin_slug
from hrconnect.core.kinds import ContactKind
from hrconnect.matching.companies import company_key, is_not_a_company
from hrconnect.matching.emails import email_info
from hrconnect.matching.keys import blocking_keys
from hrconnect.matching.names import ParsedName, parse_name
from hrconnect.matching.nicknames import is_known_given_name
from hrconnect.matching.phones import phone_info
from hrconnect.matching.text import fold

if TYPE_CHECKING:
    from hrconnect.core.people import StoredRecord

FEATURES_VERSION = 7

_TITLE_STOPWORDS = frozenset(
    [
        "and",
        "en",
        "et",
        "of",
        "de",
        "du",
        "des",
        "van",
        "the",
        "a",
        "an",
        "at",
        "bij",
        "chez",
        "voor",
        "for",
        "in",
        "&",
        "-",
        "|",
        "/",
        "senior",
        "junior",
        "sr",
        "jr",
        "lead",
        "head",
        "manager",
        "medewerker",
        "assistant",
    ]
)


@dataclass(frozen=True, slots=True)
class NameReading:
    """One reading of a record's name, reduced to what the scorer compares."""

    given_display: str
    family_display: str
    given_compact: str
    first_given: str
    canonical_given: str
    given_forms: tuple[str, ...]
    initials: str
    given_is_initials: bool
    gender: str | None
    family_compact: str
    family_core: str
    family_set: tuple[str, ...]
    family_keys: tuple[str, ...]
    family_phonetic: str
    full_key: str
    is_swapped: bool

    @classmethod
    def of(cls, name: ParsedName) -> NameReading:
        """The reading of a parsed name."""
        return cls(
            given_display=name.given_display,
            family_display=name.family_display,
            given_compact=name.given_compact,
            first_given=name.first_given,
            canonical_given=name.canonical_given,
            given_forms=tuple(sorted(name.given_forms)),
            initials=name.initials,
            given_is_initials=name.given_is_initials,
            gender=name.gender,
            family_compact=name.family_compact,
            family_core=name.family_core,
            family_set=tuple(sorted(name.family_set)),
            family_keys=tuple(sorted(name.family_keys)),
            family_phonetic=name.family_phonetic,
            full_key=name.full_key,
            is_swapped=name.is_swapped,
        )


@dataclass(frozen=True, slots=True)
class RecordFeatures:
    """Everything the matcher knows about one record.

    Attributes:
        record_id: The stored record.
        kind: Its source kind value.
        placeholder: Only a placeholder name: never merged.
        readings: Name readings; the second (if any) is the swapped one of a display name.
        full_name: Folded "given family" of the first reading (for the unique-name rule).
        emails: Identity keys of personal (non-role) mailboxes.
        email_locals: Local parts of those mailboxes (name evidence).
        email_companies: Company keys of their domains (not free-mail).
        email_company_of_local: For each of ``email_locals``, its domain's company key or
            ``""`` at a free-mail domain (a numbered company mailbox hints at namesakes).
        mobiles: Mobile numbers in E.164.
        fixed: Other numbers in E.164 (switchboards are shared: weak evidence).
        slugs: LinkedIn profile slugs.
        companies: Company keys of the record's jobs (and of a company in brackets after the
            name), leaving out non-companies such as "Freelance".
        company_names: The same companies as written, for explanations.
        title_words: Folded words of the job titles, stop words left out.
        birthday: ISO partial date, or None.
        book: ``<kind>@<address book>`` for vCard and CSV records (from the scoped source
            key), else ``""``: two cards of one address book are rarely one person unless they
            share a contact point.
        keys: The record's blocking keys (:func:`hrconnect.matching.keys.blocking_keys`),
            sorted. Derived from the other fields when left empty, so a copy made with
            ``dataclasses.replace(features, ..., keys=())`` gets its own.
    """

    record_id: int
    kind: str
    placeholder: bool
    readings: tuple[NameReading, ...]
    full_name: str
    emails: tuple[str, ...]
    email_locals: tuple[str, ...]
    email_companies: tuple[str, ...]
    email_company_of_local: tuple[str, ...]
    mobiles: tuple[str, ...]
    fixed: tuple[str, ...]
    slugs: tuple[str, ...]
    companies: tuple[str, ...]
    company_names: tuple[str, ...]
    title_words: tuple[str, ...]
    birthday: str | None
    book: str
    keys: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.keys:
            # Set once, while the instance is being made (the frozen-dataclass idiom); cheaper
            # than building every record twice with dataclasses.replace (0.13 s at 38,000).
            object.__setattr__(self, "keys", tuple(sorted(blocking_keys(self))))

    def to_json(self) -> str:
        """Compact JSON for the cache: the fields as a list, in declaration order.

        (``dataclasses.asdict`` deep-copies and took seconds for 30,000 records.)
        """
        values = list(_record_values(self))
        values[_READINGS_AT] = [_reading_values(r) for r in self.readings]
        return _ENCODER.encode(values)

    @classmethod
    def from_json(cls, text: str) -> RecordFeatures:
        """Read the cached JSON back (lists become tuples by position, not by a type test)."""
        values: list[Any] = json.loads(text)
        for at in _TUPLES_AT:
            values[at] = tuple(values[at])
        values[_READINGS_AT] = tuple(_reading(reading) for reading in values[_READINGS_AT])
        return cls(*values)


def _reading(values: list[Any]) -> NameReading:
    for at in _READING_TUPLES_AT:
        values[at] = tuple(values[at])
    return NameReading(*values)


# One encoder for all rows (json.dumps with options builds a new one per call), and the
# fields read in C: to_json of 38,000 records 0.24 -> 0.19 s.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_RECORD_FIELDS = tuple(f.name for f in fields(RecordFeatures))
_READING_FIELDS = tuple(f.name for f in fields(NameReading))
_READINGS_AT = _RECORD_FIELDS.index("readings")
_record_values = attrgetter(*_RECORD_FIELDS)
_reading_values = attrgetter(*_READING_FIELDS)
# Which fields are tuples is read from their annotations; the round-trip tests fail if one
# is missed (a list never equals a tuple).
_TUPLES_AT = tuple(
    at
    for at, f in enumerate(fields(RecordFeatures))
    if str(f.type).startswith("tuple") and f.name != "readings"
)
_READING_TUPLES_AT = tuple(
    at for at, f in enumerate(fields(NameReading)) if str(f.type).startswith("tuple")
)


def features_of(record: StoredRecord, default_region: str) -> RecordFeatures:
    """Compute the features of a stored record (with its contact points and jobs)."""
    name = parse_name(
        given=record.given_name,
        middle=record.middle_name,
        family=record.family_name,
        full=record.full_name,
        structured=record.name_is_structured,
    )
    readings = [NameReading.of(r) for r in name.readings]
    if (
        name.swapped is None
        and record.given_name.strip()
        and record.family_name.strip()
        and not name.given_is_initials
        and not name.is_placeholder
        and _looks_swapped(record.given_name, record.family_name)
    ):
        # People type "Peeters" in the first-name field and "Jan" in the last-name field; such
        # a card gets the swapped reading too, and the scorer charges for using it.
        swapped = parse_name(given=record.family_name, family=record.given_name)
        if swapped.family_compact and swapped.first_given:
            readings.append(replace(NameReading.of(swapped), is_swapped=True))
    emails: list[str] = []
    locals_: list[str] = []
    local_companies: list[str] = []
    email_companies: list[str] = []
    mobiles: list[str] = []
    fixed: list[str] = []
    slugs: list[str] = []
    for point in record.contact_points:
        if point.kind is ContactKind.EMAIL:
            info = email_info(point.normalized or point.value)
            if info is None or info.is_role:
                continue
            emails.append(info.identity_key)
            local = info.local.split("+", 1)[0]
            if local not in locals_:
                locals_.append(local)
                local_companies.append(info.company_key or "")
            if info.company_key:
                email_companies.append(info.company_key)
        elif point.kind is ContactKind.PHONE:
            phone = phone_info(point.normalized or point.value, default_region)
            if phone is not None:
                (mobiles if phone.is_mobile else fixed).append(phone.e164)
        elif point.kind is ContactKind.URL:
            slug = linkedin_slug(point.value)
            if slug:
                slugs.append(slug)
    companies: dict[str, str] = {}
    titles: set[str] = set()
    jobs = [(job.company, job.title) for job in record.employments]
    if not jobs and (record.organization or record.title):
        jobs = [(record.organization, record.title)]
    for company, title in jobs:
        if company and not is_not_a_company(company):
            key = company_key(company)
            if key:
                companies.setdefault(key, company)
        titles.update(w for w in fold(title).split() if len(w) > 2 and w not in _TITLE_STOPWORDS)
    for bracketed in name.bracketed:
        key = company_key(bracketed)
        if key and not is_not_a_company(bracketed):
            companies.setdefault(key, bracketed)
    first = name.readings[0]
    return RecordFeatures(
        record_id=record.id,
        kind=record.kind.value,
        placeholder=name.is_placeholder,
        readings=tuple(readings),
        full_name=key_text(f"{first.given_compact} {first.family_compact}")
        if first.given_compact and first.family_compact
        else "",
        emails=_unique(emails),
        email_locals=tuple(locals_),
        email_company_of_local=tuple(local_companies),
        email_companies=_unique(email_companies),
        mobiles=_unique(mobiles),
        fixed=_unique(fixed),
        slugs=_unique(slugs),
        companies=tuple(companies),
        company_names=tuple(companies.values()),
        title_words=tuple(sorted(titles)),
        birthday=record.birthday.isoformat() if record.birthday else None,
        book=f"{record.kind.value}@{record.source_key.rsplit('@', 1)[1]}"
        if "@" in record.source_key and not record.source_key.startswith("uid:")
        else "",
    )


@lru_cache(maxsize=4096)
def crossed_reading(given_display: str, family_display: str) -> NameReading | None:
    """The reading of a name whose two fields are taken the other way round, or None.

    For the scorer's second look at two records whose names disagree in both parts: a card
    with "Peeters" typed in the first-name field and "Jan" in the last-name one. Unlike the
    swapped reading that :func:`features_of` adds up front (only when the last-name field
    holds a known first name), this one is made on demand, so it also covers names missing
    from the lexicon. None when either part is empty or only initials.
    """
    if not given_display.strip() or not family_display.strip():
        return None
    name = parse_name(given=family_display, family=given_display)
    if not name.family_compact or not name.first_given or name.given_is_initials:
        return None
    return replace(NameReading.of(name), is_swapped=True)


def _looks_swapped(given: str, family: str) -> bool:
    """True when the last-name field holds a known first name and the first-name field not."""
    given_words, family_words = fold(given).split(), fold(family).split()
    return (
        bool(given_words and family_words)
        and is_known_given_name(family_words[0])
        and not is_known_given_name(given_words[0])
    )


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))
