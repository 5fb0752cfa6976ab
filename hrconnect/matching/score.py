# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The explainable score of two records: named signals with points, summed.

An additive log-odds score in the Fellegi–Sunter spirit (MATCHING.md §5.4): every signal has a
stable name, a number of points (roughly log2 Bayes factors) and an untranslated detail, so the
review screen can show *why* two records look like the same person. Rare surnames count more
than common ones (points from their frequency in the user's own contacts). Some signals also
raise a **conflict** (two different LinkedIn profiles, first names that clearly disagree,
different birthdays) that forbids an automatic merge whatever the total. Each finding is a
reason key with the values it is about, so the command line and the window can each phrase it.

All weights live in :class:`Weights`, passed in by the caller: nothing here reads settings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import JaroWinkler

from hrconnect.matching.emails import local_part_fits
from hrconnect.matching.features import crossed_reading
from hrconnect.matching.given_names import CONFLICTING, GivenRelation, given_relation

if TYPE_CHECKING:
    from hrconnect.matching.features import NameReading, RecordFeatures
    from hrconnect.matching.frequencies import Frequencies

_ADDRESS_BOOKS = frozenset({"vcard", "google", "outlook"})

# Kinds of evidence; an automatic merge needs a name agreement plus another kind.
IDENTITY = "identity"
NAME = "name"
COMPANY = "company"
PHONE = "phone"
BIRTHDAY = "birthday"
OTHER = "other"

CROSSED_FIELDS = "crossed_fields"
"""Conflict key: the names agree only with one record's given and family fields crossed."""


@dataclass(frozen=True, slots=True)
class Weights:
    """Points per signal (calibrated on the labelled benchmark in ``tests/bench``)."""

    linkedin_url: float = 20.0
    different_linkedin: float = -25.0
    email: float = 14.0
    mobile: float = 12.0
    mobile_typo: float = 5.0
    fixed_line: float = 3.0
    family_min: float = 4.0
    family_max: float = 11.0
    family_partial: float = 3.0
    family_typo: float = 2.0
    family_phonetic: float = 1.0
    family_conflict: float = -6.0
    given_min: float = 3.0
    given_max: float = 6.0
    given_nickname: float = 2.5
    given_initial: float = 1.0
    given_typo: float = 1.5
    given_conflict: float = -5.0
    swapped_order: float = -1.0
    company: float = 3.0
    email_domain_company: float = 3.0
    same_domain_other_mailbox: float = -3.0
    numbered_mailbox: float = -1.5
    different_mobiles: float = -2.0
    title: float = 1.0
    email_name: float = 1.5
    birthday_same: float = 5.0
    birthday_day_month: float = 2.0
    birthday_conflict: float = -10.0
    birthday_typo: float = -2.0


DEFAULT_WEIGHTS = Weights()


DETAILS: dict[str, str] = {
    "same_linkedin": "same LinkedIn profile {0}",
    "different_linkedin": "different LinkedIn profiles {0} / {1}",
    "same_email": "same e-mail {0}",
    "same_mobile": "same mobile {0}",
    "mobile_typo": "mobiles one digit apart {0} / {1}",
    "same_phone": "same phone {0}",
    "switchboard": "same switchboard {0} (shared by {1} people)",
    "swapped": "first and last name read the other way round",
    "equal": "{0} = {1}",
    "equal_rare": "{0} = {1} (rare)",
    "equal_common": "{0} = {1} (common)",
    "part_of_surname": "{0} ~ {1} (part of the surname)",
    "spelling": "{0} ≈ {1} (spelling)",
    "sounds_alike": "{0} ≈ {1} (sounds alike)",
    "surnames_differ": "{0} ≠ {1}",
    "different_people": "{0} / {1} (different people)",
    "nickname": "{0} ~ {1} (nickname)",
    "given_names_differ": "{0} / {1} differ",
    "initials_fit": "{0} / {1} (initials fit)",
    "initials_differ": "{0} / {1} (initials differ)",
    "email_fits_name": "the e-mail {0}@… fits {1}",
    "numbered_mailbox": "{0}@… is numbered: the company may have namesakes",
    "same_address_book": "two cards in one address book, nothing shared",
    "different_mobiles": "different mobiles {0} / {1}",
    "domain_fits_company": "e-mail domain {0} ~ {1}",
    "other_mailbox": "different mailboxes at {0}",
    "titles_share": "job titles share {0}",
    "same_birthday": "same birthday {0}",
    "same_day_and_month": "same birthday --{0}",
    "birthday_typo": "birthdays nearly equal ({0} / {1})",
    "birthdays_differ": "birthdays differ ({0} / {1})",
}
"""English phrasing of each evidence reason; ``{n}`` are the evidence's values. The window
phrases the same reasons in the user's language from ``reason`` and ``values``."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One signal: a stable name, signed points, and why (a reason key with its values).

    Attributes:
        signal: Stable name of the signal (``family_name``, ``email``...).
        points: Signed points.
        reason: Stable key of the finding, a key of :data:`DETAILS`.
        values: The values the finding is about (names, numbers, dates), as shown.
        kind: Kind of evidence (``IDENTITY``, ``NAME``...), for the merge rules.
    """

    signal: str
    points: float
    reason: str
    values: tuple[str, ...] = ()
    kind: str = OTHER

    @property
    def detail(self) -> str:
        """The finding in English (``Peeters = Peeters (rare)``)."""
        return DETAILS[self.reason].format(*self.values)

    def to_json(self) -> dict[str, object]:
        """The ``review --json`` shape of CLI.md, plus the reason and values."""
        return {
            "signal": self.signal,
            "points": round(self.points, 2),
            "detail": self.detail,
            "reason": self.reason,
            "values": list(self.values),
        }


@dataclass(frozen=True, slots=True)
class PairScore:
    """The score of two records with its evidence.

    Attributes:
        total: Sum of the points.
        evidence: The signals, biggest contribution first.
        conflict: Stable key of a hard conflict (``different_linkedin``, ``given_name``,
            ``birthday``, ``crossed_fields`` without an identity key), or None.
        kinds: Kinds of positive evidence present.
        name_points: Points of the name signals alone: how unlikely a namesake is.
    """

    total: float
    evidence: tuple[Evidence, ...]
    conflict: str | None
    kinds: frozenset[str]
    name_points: float = 0.0
    """Points of the name signals alone (surname, given name, order)."""
    doubt: str | None = None
    """A reason that forbids a merge on names alone but not with other evidence: different
    mobile numbers, or two address-book cards that share no contact detail."""

    @property
    def name_agrees(self) -> bool:
        """True when the surnames agree and the given names do not conflict."""
        return NAME in self.kinds and self.conflict != "given_name"

    def to_json(self) -> list[dict[str, object]]:
        """The evidence list for storage and JSON output."""
        return [e.to_json() for e in self.evidence]


@dataclass(slots=True)
class _Tally:
    evidence: list[Evidence] = field(default_factory=list)
    conflict: str | None = None
    doubt: str | None = None

    def add(self, signal: str, points: float, reason: str, *values: str, kind: str = OTHER) -> None:
        self.evidence.append(Evidence(signal, points, reason, values, kind))


def score_pair(
    a: RecordFeatures,
    b: RecordFeatures,
    frequencies: Frequencies,
    weights: Weights = DEFAULT_WEIGHTS,
) -> PairScore:
    """Score two records. Pure; the caller decides bands (see ``matching.decide``)."""
    tally = _Tally()
    _identity(a, b, frequencies, weights, tally)
    name_evidence = _best_names(a, b, frequencies, weights)
    tally.evidence.extend(name_evidence.evidence)
    name_points = sum(e.points for e in name_evidence.evidence)
    if name_evidence.conflict and tally.conflict is None:
        tally.conflict = name_evidence.conflict
    _email_names(a, b, weights, tally)
    _namesake_signs(a, b, weights, tally)
    _companies(a, b, weights, tally)
    _birthdays(a, b, weights, tally)
    evidence = tuple(sorted(tally.evidence, key=lambda e: -abs(e.points)))
    total = sum(e.points for e in evidence)
    kinds = frozenset(e.kind for e in evidence if e.points > 0 and e.kind != OTHER)
    conflict = tally.conflict
    if conflict == CROSSED_FIELDS and IDENTITY in kinds:
        conflict = None  # the same mobile or e-mail vouches for the crossed name
    return PairScore(total, evidence, conflict, kinds, name_points, tally.doubt)


# --- identity keys ---------------------------------------------------------------------------


def _identity(
    a: RecordFeatures, b: RecordFeatures, frequencies: Frequencies, weights: Weights, tally: _Tally
) -> None:
    if a.slugs and b.slugs:
        shared = set(a.slugs) & set(b.slugs)
        if shared:
            tally.add(
                "linkedin_url",
                weights.linkedin_url,
                "same_linkedin",
                sorted(shared)[0],
                kind=IDENTITY,
            )
        else:
            tally.add(
                "linkedin_url",
                weights.different_linkedin,
                "different_linkedin",
                a.slugs[0],
                b.slugs[0],
            )
            tally.conflict = "different_linkedin"
    shared_emails = set(a.emails) & set(b.emails)
    if shared_emails:
        tally.add("email", weights.email, "same_email", sorted(shared_emails)[0], kind=IDENTITY)
    shared_mobiles = set(a.mobiles) & set(b.mobiles)
    if shared_mobiles:
        tally.add("mobile", weights.mobile, "same_mobile", sorted(shared_mobiles)[0], kind=IDENTITY)
    else:
        near = _nearly_equal_number(a.mobiles, b.mobiles)
        if near is not None:
            # One digit off: a typo far more often than a coincidence, but company phones can
            # be consecutive, so it is independent evidence, not identity.
            tally.add("mobile", weights.mobile_typo, "mobile_typo", *near, kind=PHONE)
    shared_fixed = set(a.fixed) & set(b.fixed)
    if shared_fixed:
        number = sorted(shared_fixed)[0]
        if frequencies.phone_records(number) <= 2:
            tally.add("phone", weights.fixed_line, "same_phone", number, kind=PHONE)
        else:
            tally.add(
                "phone",
                0.0,
                "switchboard",
                number,
                str(frequencies.phone_records(number)),
            )


# --- names -----------------------------------------------------------------------------------


def _best_names(
    a: RecordFeatures, b: RecordFeatures, frequencies: Frequencies, weights: Weights
) -> _Tally:
    """The name evidence for the best pairing of the two records' readings."""
    best: _Tally | None = None
    best_points = -math.inf
    for left in a.readings:
        for right in b.readings:
            tally = _Tally()
            _family(left, right, frequencies, weights, tally)
            _given(left, right, frequencies, weights, tally)
            if left.is_swapped or right.is_swapped:
                tally.add(
                    "order_swapped",
                    weights.swapped_order,
                    "swapped",
                )
            points = sum(e.points for e in tally.evidence)
            if points > best_points:
                best, best_points = tally, points
    if best is not None and not any(e.kind == NAME for e in best.evidence):
        crossed = _crossed_fields(a, b, frequencies, weights)
        if crossed is not None:
            return crossed
    return best if best is not None else _Tally()


def _crossed_fields(
    a: RecordFeatures, b: RecordFeatures, frequencies: Frequencies, weights: Weights
) -> _Tally | None:
    """The name evidence with one record's name fields read the other way round.

    Only when both parts then agree (``Jan``/``Peeters`` against ``Peeters``/``Jan``): one part
    agreeing across the fields is what two different people's names do all the time. Charged
    like any swapped reading. Both records are crossed in turn and the weaker result kept, so
    the score does not depend on which record comes first (a name earns different points as a
    surname than as a given name). The tally carries the ``crossed_fields`` conflict: without
    an identity key (see :func:`score_pair`) such a pair waits for review, since two people
    can be called "Thomas Michael" and "Michael Thomas".
    """
    first_a, first_b = a.readings[0], b.readings[0]
    if first_a.is_swapped or first_b.is_swapped:
        return None
    weakest: _Tally | None = None
    weakest_points = math.inf
    for left, other in ((first_a, first_b), (first_b, first_a)):
        crossed = crossed_reading(other.given_display, other.family_display)
        if crossed is None:
            continue
        tally = _Tally()
        _family(left, crossed, frequencies, weights, tally)
        _given(left, crossed, frequencies, weights, tally)
        if sum(1 for e in tally.evidence if e.kind == NAME) < 2:
            return None  # one direction disagrees: so does the pair
        tally.add("order_swapped", weights.swapped_order, "swapped")
        tally.conflict = CROSSED_FIELDS
        points = sum(e.points for e in tally.evidence)
        if points < weakest_points:
            weakest, weakest_points = tally, points
    return weakest


def family_points(count: int, frequencies: Frequencies, weights: Weights) -> float:
    """Points for an agreeing surname carried by ``count`` records: rare ones count more."""
    share = (count + 1) / (frequencies.population + 1)
    return min(weights.family_max, max(weights.family_min, math.log2(1 / share) - 2))


def given_points(count: int, frequencies: Frequencies, weights: Weights) -> float:
    """Points for an agreeing given name carried by ``count`` records."""
    share = (count + 1) / (frequencies.population + 1)
    return min(weights.given_max, max(weights.given_min, math.log2(1 / share) - 3))


def _rarity(points: float, low: float, high: float) -> str:
    """The reason key of an agreeing name: rare, common, or neither."""
    if points >= high - 0.01:
        return "equal_rare"
    if points <= low + 0.01:
        return "equal_common"
    return "equal"


def _nearly_equal_number(left: tuple[str, ...], right: tuple[str, ...]) -> tuple[str, str] | None:
    """A pair of numbers (7+ digits) one keystroke apart, if any (see :func:`_one_keystroke`)."""
    for x in left:
        for y in right:
            if len(x) >= 7 and _one_keystroke(x, y):
                return x, y
    return None


def _one_keystroke(x: str, y: str) -> bool:
    """Same length and one character different, or two neighbours swapped (``38`` / ``83``)."""
    if len(x) != len(y) or x == y:
        return False
    diffs = [i for i, (c, d) in enumerate(zip(x, y, strict=True)) if c != d]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and x[diffs[0]] == y[diffs[1]]
        and x[diffs[1]] == y[diffs[0]]
    )


def _family(
    left: NameReading, right: NameReading, frequencies: Frequencies, weights: Weights, tally: _Tally
) -> None:
    if not left.family_compact or not right.family_compact:
        return
    shown = (left.family_display, right.family_display)
    if not set(left.family_keys).isdisjoint(right.family_keys):
        points = family_points(frequencies.name_records(left.family_compact), frequencies, weights)
        tally.add(
            "family_name",
            points,
            _rarity(points, weights.family_min, weights.family_max),
            *shown,
            kind=NAME,
        )
        return
    overlap = (set(left.family_set) & set(right.family_set)) - {""}
    if overlap or (len(left.family_core) >= 3 and left.family_core == right.family_core):
        member = sorted(overlap)[0] if overlap else left.family_core
        points = max(
            weights.family_partial,
            0.6 * family_points(frequencies.name_records(member), frequencies, weights),
        )
        tally.add(
            "family_name",
            points,
            "part_of_surname",
            *shown,
            kind=NAME,
        )
        return
    similarity = JaroWinkler.normalized_similarity(left.family_compact, right.family_compact)
    if similarity >= 0.92:
        tally.add(
            "family_name",
            weights.family_typo,
            "spelling",
            *shown,
            kind=NAME,
        )
    elif left.family_phonetic and left.family_phonetic == right.family_phonetic:
        tally.add(
            "family_name",
            weights.family_phonetic,
            "sounds_alike",
            *shown,
            kind=NAME,
        )
    else:
        tally.add(
            "family_name",
            weights.family_conflict,
            "surnames_differ",
            *shown,
        )


def _given(
    left: NameReading, right: NameReading, frequencies: Frequencies, weights: Weights, tally: _Tally
) -> None:
    relation = given_relation(left, right)
    if relation in (GivenRelation.MISSING, GivenRelation.NO_INITIALS):
        return
    shown = (left.given_display, right.given_display)
    if relation in CONFLICTING:
        tally.add("given_name", weights.given_conflict, relation.value, *shown)
        tally.conflict = "given_name"
    elif relation is GivenRelation.SHARED:
        shared = set(left.given_forms) & set(right.given_forms)
        points = given_points(frequencies.name_records(sorted(shared)[0]), frequencies, weights)
        reason = _rarity(points, weights.given_min, weights.given_max)
        tally.add("given_name", points, reason, *shown, kind=NAME)
    else:
        points = {
            GivenRelation.NICKNAME: weights.given_nickname,
            GivenRelation.SPELLING: weights.given_typo,
            GivenRelation.INITIALS_FIT: weights.given_initial,
        }[relation]
        tally.add("given_name", points, relation.value, *shown, kind=NAME)


# --- e-mail, company, birthday -----------------------------------------------------------------


def _email_names(a: RecordFeatures, b: RecordFeatures, weights: Weights, tally: _Tally) -> None:
    for mailbox_owner, other in ((a, b), (b, a)):
        for local in mailbox_owner.email_locals:
            for reading in other.readings:
                hint = local_part_fits(local, reading)
                if hint is not None and hint.pattern != "last":
                    name = f"{reading.given_display} {reading.family_display}".strip()
                    tally.add(
                        "email_name",
                        weights.email_name,
                        "email_fits_name",
                        local,
                        name,
                    )
                    return


def _namesake_signs(a: RecordFeatures, b: RecordFeatures, weights: Weights, tally: _Tally) -> None:
    """Evidence that two people may only share a name.

    A numbered company mailbox (``jan.peeters2@acme.be``) means the company already had a
    Jan Peeters; two cards in one address book are namesakes more often than duplicates unless
    they share a contact point; two different mobile numbers weigh a little against.
    """
    for record in (a, b):
        for local, company in zip(record.email_locals, record.email_company_of_local, strict=False):
            if company and local[-1:].isdigit():
                tally.add(
                    "numbered_mailbox",
                    weights.numbered_mailbox,
                    "numbered_mailbox",
                    local,
                )
                break
    if (
        a.book
        and a.book == b.book
        and not (
            set(a.emails) & set(b.emails)
            or set(a.mobiles) & set(b.mobiles)
            or set(a.fixed) & set(b.fixed)
        )
    ):
        tally.add("same_address_book", 0.0, "same_address_book")
        tally.conflict = tally.conflict or "same_address_book"
    if a.mobiles and b.mobiles and not set(a.mobiles) & set(b.mobiles):
        tally.add(
            "mobile",
            weights.different_mobiles,
            "different_mobiles",
            a.mobiles[0],
            b.mobiles[0],
        )
        tally.doubt = tally.doubt or "different_mobiles"
    both_books = a.kind in _ADDRESS_BOOKS and b.kind in _ADDRESS_BOOKS
    details_a = set(a.emails) | set(a.mobiles) | set(a.fixed)
    details_b = set(b.emails) | set(b.mobiles) | set(b.fixed)
    if both_books and details_a and details_b and not details_a & details_b:
        # The same person in two of the user's address books usually shares a number or an
        # address; two cards that share nothing are as likely two namesakes.
        tally.doubt = tally.doubt or "no_shared_contact_details"


def could_speak_against(a: RecordFeatures, b: RecordFeatures) -> bool:
    """Do the two records hold what :func:`score_pair` can read as two people?

    Birthdays on both, one address book, mobiles on both, or two address-book cards that both
    carry contact details: the sources of the conflicts and doubts in ``decide.AGAINST``,
    which refuse a merge on names alone between the people holding them.
    """
    if (a.birthday and b.birthday) or (a.book and a.book == b.book) or (a.mobiles and b.mobiles):
        return True
    return (
        a.kind in _ADDRESS_BOOKS
        and b.kind in _ADDRESS_BOOKS
        and bool(a.emails or a.mobiles or a.fixed)
        and bool(b.emails or b.mobiles or b.fixed)
    )


def _companies(a: RecordFeatures, b: RecordFeatures, weights: Weights, tally: _Tally) -> None:
    shared = set(a.companies) & set(b.companies)
    if shared:
        key = sorted(shared)[0]
        tally.add(
            "company",
            weights.company,
            "equal",
            _company_name(a, key),
            _company_name(b, key),
            kind=COMPANY,
        )
    else:
        for mailbox_owner, other in ((a, b), (b, a)):
            common = set(mailbox_owner.email_companies) & set(other.companies)
            if common:
                key = sorted(common)[0]
                tally.add(
                    "email_domain",
                    weights.email_domain_company,
                    "domain_fits_company",
                    key,
                    _company_name(other, key),
                    kind=COMPANY,
                )
                break
    same_domain = set(a.email_companies) & set(b.email_companies)
    if same_domain and a.emails and b.emails and not set(a.emails) & set(b.emails):
        tally.add(
            "email",
            weights.same_domain_other_mailbox,
            "other_mailbox",
            sorted(same_domain)[0],
        )
    shared_words = set(a.title_words) & set(b.title_words)
    if shared_words:
        tally.add(
            "title", weights.title, "titles_share", ", ".join(sorted(shared_words)), kind=COMPANY
        )


def _company_name(features: RecordFeatures, key: str) -> str:
    for candidate, name in zip(features.companies, features.company_names, strict=False):
        if candidate == key:
            return name
    return key


def _birthdays(a: RecordFeatures, b: RecordFeatures, weights: Weights, tally: _Tally) -> None:
    left, right = a.birthday or "", b.birthday or ""
    left_md, right_md = _month_day(left), _month_day(right)
    if left_md is None or right_md is None:
        return
    if len(left) == 10 and left == right:
        tally.add("birthday", weights.birthday_same, "same_birthday", left, kind=BIRTHDAY)
    elif left_md == right_md:
        tally.add(
            "birthday", weights.birthday_day_month, "same_day_and_month", left_md, kind=BIRTHDAY
        )
    elif _one_slip(left, right):
        # One mistyped digit, or day and month swapped: weak evidence against, not a conflict.
        tally.add("birthday", weights.birthday_typo, "birthday_typo", left, right)
        tally.doubt = tally.doubt or "birthday_typo"
    else:
        tally.add("birthday", weights.birthday_conflict, "birthdays_differ", left, right)
        tally.conflict = tally.conflict or "birthday"


def _one_slip(left: str, right: str) -> bool:
    """True for dates one keystroke apart, or with day and month swapped."""
    if len(left) != len(right):
        return False
    if _one_keystroke(left, right):
        return True
    if len(left) == 10:
        return left[:4] == right[:4] and left[5:7] == right[8:10] and left[8:10] == right[5:7]
    return False


def _month_day(iso: str) -> str | None:
    """``MM-DD`` of ``YYYY-MM-DD`` or ``--MM-DD``; None for partial dates without a day."""
    if len(iso) == 10 and iso[4] == "-":
        return iso[5:]
    if len(iso) == 7 and iso.startswith("--"):
        return iso[2:]
    return None
