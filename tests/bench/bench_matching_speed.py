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
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def hrconnect(home: Path, *args: str) -> tuple[dict[str, Any], float, int]:
    """Run the CLI; returns (JSON output, wall seconds, peak RSS in MiB)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # As installed: modules load from compiled bytecode (written on the first run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    done = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "-m",
            "hrconnect",
            "--home",
            str(home),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"hrconnect {' '.join(args)} failed:\n{done.stderr}")
    peak = int(done.stderr.strip().splitlines()[-1]) // 1024
    return json.loads(done.stdout), elapsed, peak


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
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.synth",
                "--out",
                str(data),
                "--profile",
                "import-bench",
                "--seed",
                str(args.seed),
            ],
            check=True,
            cwd=REPO,
            capture_output=True,
        )
    files = sorted(str(p) for p in data.iterdir() if p.suffix in {".zip", ".vcf", ".csv"})
    shutil.rmtree(home, ignore_errors=True)  # --keep keeps the data, never the store
    hrconnect(base / "warm-up", "import", files[-1], "--json")  # bytecode compiled, not timed
    report, wall, _ = hrconnect(home, "import", *files, "--no-match", "--json")
    records = sum(f["created"] for f in report["files"])
    print(f"imported {records:,} records without matching in {wall:.1f} s")

    first, wall, peak = hrconnect(home, "dedupe", "--full", "--json")
    print(
        f"full pass, features computed: {wall:.2f} s end to end, peak {peak} MiB; "
        f"{first['candidates']:,} candidate pairs, {first['merged']:,} merged, "
        f"{first['pending']:,} to review"
    )
    second, wall, peak = hrconnect(home, "dedupe", "--full", "--json")
    print(
        f"full pass, features cached: {wall:.2f} s end to end, peak {peak} MiB; "
        f"{second['candidates']:,} candidate pairs"
    )
    cards = new_cards(base / "new-phone-cards.vcf", 100, args.seed)
    report, wall, peak = hrconnect(home, "import", str(cards), "--json")
    print(
        f"100 new records: incremental matching {report['timings'].get('match', 0.0):.2f} s "
        f"(import {wall:.2f} s end to end, peak {peak} MiB); {report['merged']} merged, "
        f"{report['suggested']} suggested"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
