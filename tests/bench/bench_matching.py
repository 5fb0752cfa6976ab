# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Matching benchmark with known truth: precision, recall, F1, review-queue size, speed.

Generates the ``match-bench`` profile of ``tests.synth`` (LinkedIn, Facebook, two phones,
Google and Outlook exports of ~3,000 true people with a documented corruption model and hard
negatives), imports everything through the real CLI in a fresh home, then reads the outcome back
through the CLI (``export --format json``, ``review --json``) and compares with ``truth.json``:

- **automatic**: record pairs that ended up in one person;
- **automatic + review**: the same after accepting every suggestion (so recall counts a true
  pair as found when the user would be asked about it);
- review items per 1,000 true people; recall per corruption type; hard-negative pairs merged;
- the state after ``dedupe --full`` on demand, repeated until a pass changes nothing (a pass
  can merge what the previous one left ambiguous): automatic precision, recall and queue.

Targets (issue 4): automatic precision >= 0.995, recall of automatic + review >= 0.95, at most
60 review items per 1,000 people.

Run: ``uv run python tests/bench/bench_matching.py [--people 3000] [--seed 7] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.harness import generate, run_cli


def pairs_of(groups: dict[int, list[int]]) -> set[tuple[int, int]]:
    """All unordered index pairs inside each group."""
    found: set[tuple[int, int]] = set()
    for members in groups.values():
        found.update(combinations(sorted(members), 2))
    return found


def prf(predicted: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float, float]:
    """Pairwise precision, recall, F1."""
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep data and store in this folder")
    parser.add_argument("--show", type=int, default=0, help="print N false positives/negatives")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="hrconnect-match-"))
    data, home = base / "data", base / "home"
    generate(data, "match-bench", args.seed, people=args.people)
    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    files = sorted(p for p in data.iterdir() if p.suffix in {".zip", ".vcf", ".csv"})
    shutil.rmtree(home, ignore_errors=True)  # --keep keeps the data, never the store
    report, import_s, import_mib = run_cli(home, "import", *map(str, files), "--json")
    exported, _, _ = run_cli(home, "export", "--format", "json")
    review, _, _ = run_cli(home, "review", "--json")
    first_pass, dedupe_s, dedupe_mib = run_cli(home, "dedupe", "--full", "--json")
    # Passes on demand until one changes nothing: a pass can merge what the last one left
    # ambiguous (two rival candidates merged in between), so the import's state is not final.
    passes, more_merged = 1, first_pass["merged"]
    while first_pass["merged"] and passes < 8:
        again, _, _ = run_cli(home, "dedupe", "--full", "--json")
        passes += 1
        more_merged += again["merged"]
        if not again["merged"]:
            break
    settled, _, _ = run_cli(home, "export", "--format", "json")
    settled_review, _, _ = run_cli(home, "review", "--json")

    where = {(r["archive"], r["file"], r["locator"]): i for i, r in enumerate(truth["records"])}
    true_person = [r["person"] for r in truth["records"]]
    stored_person: dict[int, int] = {}
    unmatched = 0
    for person in exported["people"]:
        for source in person["sources"]:
            index = where.get((source["archive"], source["file"], source["locator"]))
            if index is None:
                unmatched += 1
            else:
                stored_person[index] = person["id"]
    true_groups: dict[int, list[int]] = defaultdict(list)
    for index in stored_person:
        true_groups[true_person[index]].append(index)
    auto_groups: dict[int, list[int]] = defaultdict(list)
    for index, person in stored_person.items():
        auto_groups[person].append(index)
    true_pairs = pairs_of(true_groups)
    auto_pairs = pairs_of(auto_groups)

    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for suggestion in review["suggestions"]:
        a, b = suggestion["people"]
        parent[root(a)] = root(b)
    joined: dict[int, list[int]] = defaultdict(list)
    for index, person in stored_person.items():
        joined[root(person)].append(index)
    review_pairs = pairs_of(joined)

    p_auto, r_auto, f_auto = prf(auto_pairs, true_pairs)
    p_all, r_all, f_all = prf(review_pairs, true_pairs)
    people = truth["people"]
    queue = len(review["suggestions"])
    correct_suggestions = sum(
        1
        for s in review["suggestions"]
        if any(
            true_person[i] == true_person[j]
            for i in auto_groups.get(s["people"][0], [])
            for j in auto_groups.get(s["people"][1], [])
        )
    )
    print(
        f"match-bench: {people} true people, {len(truth['records'])} records "
        f"({len(stored_person)} stored, {unmatched} unmatched locators), seed {args.seed}"
    )
    print(f"  true pairs {len(true_pairs)}, auto pairs {len(auto_pairs)}")
    print(f"  automatic:           precision {p_auto:.4f}  recall {r_auto:.4f}  F1 {f_auto:.4f}")
    print(f"  automatic + review:  precision {p_all:.4f}  recall {r_all:.4f}  F1 {f_all:.4f}")
    groups = len({root(s["people"][0]) for s in review["suggestions"]})
    print(
        f"  review queue: {queue} pairs = {1000 * queue / people:.1f} per 1,000 people "
        f"({correct_suggestions} correct); as person groups: {groups} = "
        f"{1000 * groups / people:.1f} per 1,000 people"
    )
    print(
        f"  import (incl. incremental matching): {import_s:.2f} s, peak {import_mib} MiB; "
        f"full dedupe pass: {dedupe_s:.2f} s, peak {dedupe_mib} MiB"
    )
    print(f"  merged automatically during import: {report['merged']}")
    settled_groups: dict[int, list[int]] = defaultdict(list)
    for person in settled["people"]:
        for source in person["sources"]:
            index = where.get((source["archive"], source["file"], source["locator"]))
            if index is not None:
                settled_groups[person["id"]].append(index)
    p_settled, r_settled, _ = prf(pairs_of(settled_groups), true_pairs)
    settled_queue = len(settled_review["suggestions"])
    print(
        f"  after full passes on demand until nothing changes ({passes} passes, "
        f"{more_merged} more merged): automatic precision {p_settled:.4f}  recall "
        f"{r_settled:.4f}; review queue {settled_queue} = "
        f"{1000 * settled_queue / people:.1f} per 1,000 people"
    )
    by_corruption: dict[str, list[bool]] = defaultdict(list)
    for i, j in true_pairs:
        found = (i, j) in review_pairs
        for name in set(truth["records"][i].get("corruptions", [])) | set(
            truth["records"][j].get("corruptions", [])
        ):
            by_corruption[name].append(found)
    print("  recall (auto + review) by corruption:")
    for name, hits in sorted(by_corruption.items()):
        print(f"    {name:<24} {sum(hits) / len(hits):.3f}  ({len(hits)} pairs)")
    negatives = truth.get("hard_negative_pairs", [])
    merged_negatives = 0
    person_of_truth: dict[int, set[int]] = defaultdict(set)
    for index, person in stored_person.items():
        person_of_truth[true_person[index]].add(person)
    for a, b, _kind in negatives:
        if person_of_truth.get(a, set()) & person_of_truth.get(b, set()):
            merged_negatives += 1
    print(f"  hard-negative pairs merged: {merged_negatives} of {len(negatives)}")
    if args.show:
        names = {i: r.get("name", "") for i, r in enumerate(truth["records"])}
        kinds = {i: r["kind"] for i, r in enumerate(truth["records"])}
        print("  false positives (auto):")
        for i, j in sorted(auto_pairs - true_pairs)[: args.show]:
            print(f"    {kinds[i]}:{names[i]!r} ~ {kinds[j]}:{names[j]!r}")
        print("  false negatives (auto + review):")
        for i, j in sorted(true_pairs - review_pairs)[: args.show]:
            print(f"    {kinds[i]}:{names[i]!r} ~ {kinds[j]}:{names[j]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
