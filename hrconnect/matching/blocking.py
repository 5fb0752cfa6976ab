# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Candidate pairs: which records are worth scoring (MATCHING.md §5.2).

The union of three generators:

1. **identity keys**: the same LinkedIn slug, personal mailbox or mobile number (never
   dropped, however large the block);
2. **name keys**: nickname-canonical given name + compact surname, initial + Kölner Phonetik of
   the surname, initial + core surname (particles stripped), initial + each part of a double or
   maiden name, and the (initial, surname) readings of e-mail local parts; blocks larger than
   ``block_cap`` are dropped (a surname shared by 1,000 people says nothing on its own);
3. **a rapidfuzz net** across sources: Jaro-Winkler >= ``net_cutoff`` on "canonical given +
   compact surname", for typos that the keys miss. 0.95 keeps one typo in a name of any
   length and drops most names two edits apart: at 0.92 the net made half of all candidate
   pairs of a 37,800-record import (61,000 that no key made, 0.5% of them worth a look), and
   0.95 lost none of the benchmark's true pairs and one FEBRL review item in 2,149.

A pair that only the initial-and-surname keys bring together (``p|`` and ``c|``: the surname's
phonetic code, core, parts or whole, also as read from e-mail addresses) is scored only when
there is more to it (:func:`_worth_scoring`): given names that do not conflict ("Jan" / "J." /
"Johannes" Peeters, not "Jan" / "Jef"), a given name typed in the other's surname field, a
company, or details that can tell two people apart, which the names-only veto of
``matching.decide`` needs.

Pairs that can never be the same person are not generated: records of one person, two records
of one LinkedIn or one Facebook export (each lists a person once), and placeholder names.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING

from hrconnect.core.kinds import SourceKind
from hrconnect.matching.given_names import given_names_may_agree
from hrconnect.matching.keys import IDENTITY_PREFIXES, SURNAME_SOUND_PREFIXES
from hrconnect.matching.score import could_speak_against

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from hrconnect.matching.features import RecordFeatures

log = logging.getLogger(__name__)

SINGLE_ACCOUNT_KINDS = frozenset(k.value for k in SourceKind if k.is_single_account_export)
ADDRESS_BOOK_KINDS = frozenset(
    {SourceKind.VCARD.value, SourceKind.GOOGLE.value, SourceKind.OUTLOOK.value}
)


def may_be_same(a: RecordFeatures, b: RecordFeatures) -> bool:
    """False when two records can never be one person.

    That is: two records of one LinkedIn or one Facebook export, or a placeholder name.
    """
    if a.placeholder or b.placeholder:
        return False
    return not (a.kind == b.kind and a.kind in SINGLE_ACCOUNT_KINDS)


def candidate_pairs(
    features: Sequence[RecordFeatures],
    persons: Sequence[int],
    focus: set[int] | None = None,
    *,
    block_cap: int = 1000,
    net_cutoff: float = 0.95,
) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, worth scoring.

    Args:
        features: All records' features.
        persons: The person id of each record (parallel to ``features``).
        focus: Indices of new or changed records: only pairs involving one of them are
            produced (an incremental pass). None for a full pass.
        block_cap: Name-key blocks larger than this are skipped.
        net_cutoff: Jaro-Winkler cut-off of the rapidfuzz net (1.0 switches the net off).
    """
    index: dict[str, list[int]] = defaultdict(list)
    # An incremental pass only needs the blocks its focus records are in.
    wanted = None if focus is None else {k for i in focus for k in features[i].keys}
    for i, record in enumerate(features):
        if record.placeholder:
            continue
        for key in record.keys:
            if wanted is None or key in wanted:
                index[key].append(i)
    pairs: set[tuple[int, int]] = set()
    skipped = 0
    for key, members in index.items():
        if len(members) < 2:
            continue
        if len(members) > block_cap and not key.startswith(IDENTITY_PREFIXES):
            skipped += 1
            continue
        sounds_alike = key.startswith(SURNAME_SOUND_PREFIXES)
        for i, j in _block_pairs(members, focus):
            pair = (i, j) if i < j else (j, i)
            if (
                pair not in pairs
                and persons[i] != persons[j]
                and may_be_same(features[i], features[j])
                and (not sounds_alike or _worth_scoring(features[i], features[j]))
            ):
                pairs.add(pair)
    if skipped:
        log.info("skipped %d name blocks larger than %d", skipped, block_cap)
    if net_cutoff < 1.0:
        for i, j in fuzzy_net(features, focus, net_cutoff):
            if persons[i] != persons[j] and may_be_same(features[i], features[j]):
                pairs.add((i, j) if i < j else (j, i))
    return pairs


def _worth_scoring(a: RecordFeatures, b: RecordFeatures) -> bool:
    """For a pair from the initial-and-surname keys: is there more to it than the surname?

    Given names that do not conflict in some reading, a given name written in the other's
    surname field ("Kowalczyk Andrzej", met through an e-mail address), a company, or what can
    tell two people apart (:func:`could_speak_against`: the names-only veto needs those pairs).
    """
    if given_names_may_agree(a.readings, b.readings):
        return True
    if (
        a.readings
        and b.readings
        and any(
            x.first_given and x.first_given in y.family_set
            for x, y in ((a.readings[0], b.readings[0]), (b.readings[0], a.readings[0]))
        )
    ):
        return True
    companies = {*a.companies, *a.email_companies}
    if any(c in companies for c in (*b.companies, *b.email_companies)):
        return True
    return could_speak_against(a, b)


def _net_compares(kind_x: str, kind_y: str) -> bool:
    """Which sources the net compares.

    Anything against the address books, the address books among themselves, and LinkedIn
    against Facebook; never one single-account export with itself.
    """
    if kind_x == kind_y:
        return kind_x in ADDRESS_BOOK_KINDS
    if kind_x in ADDRESS_BOOK_KINDS or kind_y in ADDRESS_BOOK_KINDS:
        return True
    return {kind_x, kind_y} == {"linkedin", "facebook"}


def _block_pairs(members: list[int], focus: set[int] | None) -> Iterator[tuple[int, int]]:
    if focus is None:
        yield from combinations(members, 2)
        return
    inside = [m for m in members if m in focus]
    for i in inside:
        for j in members:
            if i != j and (j not in focus or i < j):
                yield i, j


def fuzzy_net(
    features: Sequence[RecordFeatures], focus: set[int] | None, cutoff: float
) -> Iterator[tuple[int, int]]:
    """Pairs across sources whose full-name keys are close (chunked rapidfuzz ``cdist``).

    Compared: every source against the address books (vCard, Google, Outlook), address books
    among themselves, and LinkedIn against Facebook; only names with the same first letter,
    which cuts the work about tenfold and loses little (a typo in the very first letter of a
    first name is rare, and the keys catch most others). In an incremental pass only the
    focus records are compared, against everyone.
    """
    import numpy as np
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    # (kind, first letter) -> records; split into the focus and the rest.
    inside: dict[tuple[str, str], list[int]] = defaultdict(list)
    outside: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(features):
        if record.placeholder or not record.readings:
            continue
        key = record.readings[0].full_key.strip()
        if not key:
            continue
        group = (record.kind, key[0])
        (inside if focus is None or i in focus else outside)[group].append(i)
    tasks: list[tuple[list[int], list[int]]] = []
    letters = sorted({letter for _, letter in (*inside, *outside)})
    kinds = sorted({kind for kind, _ in (*inside, *outside)})
    for letter in letters:
        for x, kind_x in enumerate(kinds):
            for kind_y in kinds[x:]:
                if _net_compares(kind_x, kind_y):
                    tasks.append(
                        (inside.get((kind_x, letter), []), inside.get((kind_y, letter), []))
                    )
            for kind_y in kinds:
                if _net_compares(kind_x, kind_y):
                    tasks.append(
                        (inside.get((kind_x, letter), []), outside.get((kind_y, letter), []))
                    )
    for left, right in tasks:
        if not left or not right:
            continue
        right_keys = [features[j].readings[0].full_key for j in right]
        # Keep each float32 score matrix near 40 MB whatever the sizes.
        rows = max(1, min(2000, 10_000_000 // len(right)))
        for start in range(0, len(left), rows):
            chunk = left[start : start + rows]
            matrix = process.cdist(
                [features[i].readings[0].full_key for i in chunk],
                right_keys,
                scorer=JaroWinkler.normalized_similarity,
                score_cutoff=cutoff,
                workers=-1,
                dtype=np.float32,
            )
            found_rows, found_cols = np.nonzero(matrix)
            for row, col in zip(found_rows.tolist(), found_cols.tolist(), strict=True):
                i, j = chunk[row], right[col]
                if i != j:
                    yield i, j
