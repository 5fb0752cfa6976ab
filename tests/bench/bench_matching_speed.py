# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Matching speed: a full pass over ~35,000 records and an incremental pass after 100 new ones.

Uses the ``import-bench`` profile of ``tests.synth`` (30,000 LinkedIn connections, 5,000
Facebook friends, 2,000 phone cards, Google and Outlook CSVs: ~37,800 records), imports it
without matching, then times through the CLI (a real process each time, peak memory from
``/usr/bin/time``):

1. ``dedupe --full``: features for every record (first time, so computed and cached), blocking,
   the rapidfuzz net, scoring, decisions;
2. ``dedupe --full`` again (features cached);
3. an import of 100 new phone cards, whose incremental matching pass is read from the report's
   ``timings["match"]``.

Targets (issue 4): full pass <= 10 s and < 600 MB; incremental pass after 100 new records <= 1 s.

Run: ``uv run python tests/bench/bench_matching_speed.py [--keep DIR]``
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.harness import generate, run_cli


def new_cards(path: Path, count: int, seed: int) -> Path:
    """``count`` vCards of new people (some resembling existing names, with phones/e-mails)."""
    rng = random.Random(seed)
    given = ["Jan", "Els", "Koen", "Sofie", "Marc", "Lien", "Tom", "An", "Bart", "Inge"]
    family = [
        "Peeters",
        "Janssens",
        "Maes",
        "Claes",
        "Wouters",
        "De Smet",
        "Vermeulen",
        "Vandenbroucke",
        "Goossens",
        "Lambrecht",
    ]
    lines = []
    for n in range(count):
        first, last = rng.choice(given), f"{rng.choice(family)}{'x' * (n % 3)}"
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{last};{first};;;",
            f"FN:{first} {last}",
            f"EMAIL:{first.lower()}.{last.lower().replace(' ', '')}{n}@example.be",
            f"TEL;TYPE=cell:+32 47{n % 10} {n:02d} {rng.randint(10, 99)} {n % 100:02d}",
            "END:VCARD",
        ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="hrconnect-matchspeed-"))
    data, home = base / "data", base / "home"
    if not data.exists():
        generate(data, "import-bench", args.seed)
    files = sorted(str(p) for p in data.iterdir() if p.suffix in {".zip", ".vcf", ".csv"})
    shutil.rmtree(home, ignore_errors=True)  # --keep keeps the data, never the store
    run_cli(base / "warm-up", "import", files[-1], "--json")  # bytecode compiled, not timed
    report, wall, _ = run_cli(home, "import", *files, "--no-match", "--json")
    records = sum(f["created"] for f in report["files"])
    print(f"imported {records:,} records without matching in {wall:.1f} s")

    first, wall, peak = run_cli(home, "dedupe", "--full", "--json")
    print(
        f"full pass, features computed: {wall:.2f} s end to end, peak {peak} MiB; "
        f"{first['candidates']:,} candidate pairs, {first['merged']:,} merged, "
        f"{first['pending']:,} to review"
    )
    second, wall, peak = run_cli(home, "dedupe", "--full", "--json")
    print(
        f"full pass, features cached: {wall:.2f} s end to end, peak {peak} MiB; "
        f"{second['candidates']:,} candidate pairs"
    )
    cards = new_cards(base / "new-phone-cards.vcf", 100, args.seed)
    report, wall, peak = run_cli(home, "import", str(cards), "--json")
    print(
        f"100 new records: incremental matching {report['timings'].get('match', 0.0):.2f} s "
        f"(import {wall:.2f} s end to end, peak {peak} MiB); {report['merged']} merged, "
        f"{report['suggested']} suggested"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
