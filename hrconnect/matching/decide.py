# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""From scored pairs to decisions: automatic merges, review suggestions, nothing.

Bands (thresholds in :class:`Thresholds`, the one place they live):

- **automatic merge** needs agreeing names, no conflict, a **unique best candidate** on both
  sides (a margin of ``margin`` points over the runner-up: Android's "no auto-merge when
  several candidates tie"), and one of: an identity key (``auto_identity`` points in all),
  other evidence independent of the name such as the company or a birthday (``auto``), or
  names so rare that a namesake is unlikely (``auto_names_only`` points from the names alone,
  which grow with rarity in the user's own contacts).
- **review** for everything from ``review`` points up that is not automatic.
- below that, nothing.

Clustering is a constrained union-find over people (MATCHING.md §5.6): a merge is refused when
the cluster would hold two records of one LinkedIn or one Facebook export, two different
LinkedIn profiles, or two people the user said are different; a merge on names alone is also
refused when other records of the two clusters speak against each other (:data:`AGAINST`).
It runs in rounds until nothing more merges, so a second pass over the same records has
nothing to do.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from hrconnect.matching.blocking import SINGLE_ACCOUNT_KINDS
from hrconnect.matching.score import BIRTHDAY, COMPANY, IDENTITY, PHONE

INDEPENDENT = frozenset({COMPANY, BIRTHDAY, PHONE})
"""Evidence kinds that are independent of the name (identity keys are handled apart)."""

AGAINST = frozenset(
    {"birthday", "same_address_book", "different_mobiles", "no_shared_contact_details"}
)
"""Conflicts and doubts that speak against two records being one person. A merge on names
alone is refused when any record of one person has such a pair with any record of the other:
two namesakes each known from several sources must not meet through their best-named records
(matching benchmark, three seeds: worst automatic precision 0.9915 -> 0.9942)."""


def speaks_against(score: PairScore) -> bool:
    """Does this pair's evidence say its two records are probably two people?"""
    return score.conflict in AGAINST or score.doubt in AGAINST


if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence, Set

    from hrconnect.matching.score import PairScore


class Band(StrEnum):
    """What to do with a pair."""

    AUTO = "auto"
    REVIEW = "review"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Decision thresholds in points, calibrated on ``tests/bench/bench_matching.py``.

    Attributes:
        auto_identity: Total for an automatic merge with an identity key (LinkedIn profile,
            personal mailbox, mobile number) and agreeing names.
        auto: Total for an automatic merge with other independent evidence (company, e-mail
            domain, birthday, an unshared fixed line) and agreeing names.
        auto_names_only: Points of the names alone for an automatic merge with nothing else:
            the names must be rare enough that a namesake among the contacts is unlikely.
        review: Total from which a pair is suggested for review.
        margin: Lead over the runner-up that an automatic merge needs on both sides.
    """

    auto_identity: float = 14.0
    auto: float = 13.0
    auto_names_only: float = 12.0
    review: float = 8.0
    margin: float = 4.0


DEFAULT_THRESHOLDS = Thresholds()


def band_of(score: PairScore, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Band:
    """The band of one pair, before the uniqueness and cluster checks."""
    if score.conflict == "different_linkedin":
        return Band.NONE
    if score.conflict is None and score.name_agrees:
        if IDENTITY in score.kinds and score.total >= thresholds.auto_identity:
            return Band.AUTO
        if score.kinds & INDEPENDENT and score.total >= thresholds.auto:
            return Band.AUTO
        if score.name_points >= thresholds.auto_names_only and score.doubt is None:
            return Band.AUTO
    if score.total >= thresholds.review or IDENTITY in score.kinds:
        return Band.REVIEW
    return Band.NONE


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """Two records of two different people, scored."""

    left: int
    right: int
    left_person: int
    right_person: int
    score: PairScore
    band: Band
    left_kind: str = ""
    right_kind: str = ""


@dataclass(frozen=True, slots=True)
class PlannedMerge:
    """Merge ``absorbed`` into ``survivor`` because of ``pair``."""

    survivor: int
    absorbed: int
    pair: ScoredPair


@dataclass(slots=True)
class Plan:
    """What a matching pass decided."""

    merges: list[PlannedMerge] = field(default_factory=list)
    suggestions: list[ScoredPair] = field(default_factory=list)


@dataclass(slots=True)
class PersonFacts:
    """What the cluster constraints need to know about one person."""

    kinds: Counter[str] = field(default_factory=Counter)
    slugs: set[str] = field(default_factory=set)


class _Clusters:
    """Union-find over people that refuses unions breaking the one-to-one rules."""

    def __init__(
        self,
        facts: dict[int, PersonFacts],
        apart: set[frozenset[int]],
        against: Set[frozenset[int]] = frozenset(),
    ) -> None:
        self._parent: dict[int, int] = {}
        self._facts = facts
        self._members: dict[int, set[int]] = {}
        self._apart = apart
        self._against = against

    def root(self, person: int) -> int:
        parent = self._parent.get(person, person)
        if parent == person:
            return person
        top = self.root(parent)
        self._parent[person] = top
        return top

    def members(self, root: int) -> set[int]:
        return self._members.get(root, {root})

    def allowed(self, a: int, b: int) -> bool:
        """May the clusters of two people become one?"""
        root_a, root_b = self.root(a), self.root(b)
        if root_a == root_b:
            return False
        facts_a = self._facts.get(root_a, PersonFacts())
        facts_b = self._facts.get(root_b, PersonFacts())
        for kind in SINGLE_ACCOUNT_KINDS:
            if facts_a.kinds[kind] + facts_b.kinds[kind] > 1:
                return False
        if facts_a.slugs and facts_b.slugs and facts_a.slugs != facts_b.slugs:
            return False
        return not self._linked(root_a, root_b, self._apart)

    def doubted(self, a: int, b: int) -> bool:
        """Does a record pair between the clusters of two people speak against them?"""
        return self._linked(self.root(a), self.root(b), self._against)

    def _linked(self, root_a: int, root_b: int, pairs: Set[frozenset[int]]) -> bool:
        """Is any person of one cluster paired with any person of the other in ``pairs``?"""
        if not pairs:
            return False
        members_b = self.members(root_b)
        return any(frozenset((x, y)) in pairs for x in self.members(root_a) for y in members_b)

    def union(self, a: int, b: int) -> tuple[int, int]:
        """Join two clusters; returns (survivor root, absorbed root): the older person lives."""
        root_a, root_b = self.root(a), self.root(b)
        survivor, absorbed = min(root_a, root_b), max(root_a, root_b)
        self._parent[absorbed] = survivor
        merged = self._facts.setdefault(survivor, PersonFacts())
        gone = self._facts.pop(absorbed, PersonFacts())
        merged.kinds.update(gone.kinds)
        merged.slugs |= gone.slugs
        self._members[survivor] = self.members(survivor) | self.members(absorbed)
        self._members.pop(absorbed, None)
        return survivor, absorbed


def plan(
    pairs: Iterable[ScoredPair],
    facts: dict[int, PersonFacts],
    apart: set[frozenset[int]],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Plan:
    """Decide merges and suggestions from scored record pairs.

    Merging goes in rounds until a round merges nothing: a candidate that had a rival may
    have a clear lead once the rival has joined its own person, and a second pass over the
    same records must find nothing left to do (it once merged 146 more on our benchmark).

    Args:
        pairs: Scored pairs with their bands. ``NONE`` pairs may be left out, except those
            that speak against two people being one (see :func:`speaks_against`).
        facts: Kinds and LinkedIn slugs per person, for the cluster constraints.
        apart: Person pairs the user said are different people (never merged or suggested).
        thresholds: The margin for uniqueness.

    Returns:
        Merges in the order to apply them, and suggestions for review: one per pair of people
        as they stand after the merges (the best record pair; two people are one question,
        however many of their records look alike), best first.
    """
    candidates: list[ScoredPair] = []
    against: set[frozenset[int]] = set()
    for pair in pairs:
        people = frozenset((pair.left_person, pair.right_person))
        if speaks_against(pair.score):
            against.add(people)
        if pair.band is not Band.NONE and people not in apart:
            candidates.append(pair)
    ordered = sorted(candidates, key=lambda p: -p.score.total)
    clusters = _Clusters(facts, apart, against)
    result = Plan()
    while _merge_round(ordered, clusters, thresholds, result):
        pass
    asked: set[frozenset[int]] = set()
    for pair in ordered:
        roots = frozenset((clusters.root(pair.left_person), clusters.root(pair.right_person)))
        if len(roots) == 1 or roots in asked:
            continue  # one person now, or these two people are already asked about
        if clusters.allowed(pair.left_person, pair.right_person):
            asked.add(roots)
            result.suggestions.append(pair)
    return result


def _merge_round(
    ordered: Sequence[ScoredPair], clusters: _Clusters, thresholds: Thresholds, result: Plan
) -> int:
    """One round of automatic merges between the people as they stand; returns how many."""
    best: dict[tuple[int, int], ScoredPair] = {}
    for pair in ordered:  # best first: the first pair seen for two people is their best
        left, right = clusters.root(pair.left_person), clusters.root(pair.right_person)
        if left != right:
            best.setdefault((left, right) if left < right else (right, left), pair)
    # Uniqueness is judged per source: a LinkedIn record's best Facebook candidate must beat
    # its other Facebook candidates, not the same person's phone card (MATCHING.md §5.5).
    by_side: dict[tuple[int, str], list[tuple[float, int]]] = defaultdict(list)
    sure: set[frozenset[int]] = set()
    sides_of: dict[tuple[int, int], tuple[tuple[int, str, int], ...]] = {}
    for (low, high), pair in best.items():
        low_kind, high_kind = (
            (pair.left_kind, pair.right_kind)
            if clusters.root(pair.left_person) == low
            else (pair.right_kind, pair.left_kind)
        )
        by_side[(low, high_kind)].append((pair.score.total, high))
        by_side[(high, low_kind)].append((pair.score.total, low))
        sides_of[(low, high)] = ((low, high_kind, high), (high, low_kind, low))
        if pair.band is Band.AUTO:
            sure.add(frozenset((low, high)))
    merged = 0
    for people, pair in best.items():
        if pair.band is not Band.AUTO:
            continue
        if not _clear_winner(pair.score.total, sides_of[people], by_side, sure, thresholds):
            continue
        left, right = pair.left_person, pair.right_person
        names_only = not pair.score.kinds & (INDEPENDENT | {IDENTITY})
        if names_only and clusters.doubted(left, right):
            continue
        if clusters.allowed(left, right):
            survivor, absorbed = clusters.union(left, right)
            result.merges.append(PlannedMerge(survivor, absorbed, pair))
            merged += 1
    return merged


def _clear_winner(
    total: float,
    sides: tuple[tuple[int, str, int], ...],
    by_side: dict[tuple[int, str], list[tuple[float, int]]],
    sure: set[frozenset[int]],
    thresholds: Thresholds,
) -> bool:
    """True when neither person has a rival candidate of the same source within ``margin``.

    ``sides`` holds (person, the partner's source kind, partner) for both people of a pair
    scoring ``total``. A candidate that is itself surely the same person as the partner is no
    rival: two duplicate cards of one person in one address book are one candidate, not an
    ambiguity.
    """
    for person, kind, partner in sides:
        for score, other in by_side[(person, kind)]:
            if other == partner or frozenset((other, partner)) in sure:
                continue
            if total - score < thresholds.margin:
                return False
    return True


def person_facts(
    kinds_and_slugs: Sequence[tuple[int, str, tuple[str, ...]]],
) -> dict[int, PersonFacts]:
    """Facts per person from (person id, record kind, record slugs) triples."""
    facts: dict[int, PersonFacts] = {}
    for person, kind, slugs in kinds_and_slugs:
        entry = facts.setdefault(person, PersonFacts())
        entry.kinds[kind] += 1
        entry.slugs.update(slugs)
    return facts
