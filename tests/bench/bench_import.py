# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Import benchmark: a realistic 30,000-connection LinkedIn archive and friends, through the CLI.

Generates the ``import-bench`` profile of ``tests.synth`` (30,000 LinkedIn connections with
messages and invitations, 5,000 Facebook friends with message threads, 2,000 phone vCards, a
Google and an Outlook CSV), then measures, each in a fresh home, with a real ``hrconnect``
process (start-up included):

1. the LinkedIn archive alone: wall time, peak memory, and the import stage (reading and
   storing, from the report's ``timings``) against a **bare-Python floor** measured in the same
   run: the ``csv`` module reading the same Connections.csv plus one ``sqlite3``
   ``executemany`` of the same rows in one transaction;
2. all sources together in one import;
3. re-importing the same files (must report everything unchanged).

Targets (issue 3): LinkedIn archive <= 5 s end to end, import stage <= 5x the floor, all
sources <= 10 s, peak memory < 400 MB.

Run: ``uv run python tests/bench/bench_import.py [--connections 30000] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.harness import generate, run_cli


def bare_floor(archive: Path, workdir: Path) -> tuple[float, int]:
    """Csv reading of Connections.csv plus one executemany into SQLite, in one transaction."""
    started = time.perf_counter()
    with zipfile.ZipFile(archive) as bundle:
        text = bundle.read("Connections.csv").decode("utf-8")
    lines = text.split("\n", 3)[3]  # the 3-line preamble, known here
    rows = list(csv.reader(io.StringIO(lines, newline="")))[1:]
    database = workdir / "floor.sqlite"
    database.unlink(missing_ok=True)
    connection = sqlite3.connect(database)
    connection.execute(
        "CREATE TABLE connections (first TEXT, last TEXT, url TEXT, email TEXT, "
        "company TEXT, position TEXT, connected_on TEXT)"
    )
    with connection:
        connection.executemany(
            "INSERT INTO connections VALUES (?, ?, ?, ?, ?, ?, ?)",
            [row[:7] for row in rows if len(row) >= 7],
        )
    connection.close()
    return time.perf_counter() - started, len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the generated data and stores here")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="hrconnect-import-"))
    data = base / "data"
    started = time.perf_counter()
    generate(data, "import-bench", args.seed, people=args.connections)
    print(f"generated in {time.perf_counter() - started:.1f} s into {data}")
    linkedin = next(data.glob("*LinkedInDataExport*.zip"))
    everything = sorted(p for p in data.iterdir() if p.suffix in {".zip", ".vcf", ".csv"})

    for home in ("home-linkedin", "home-all", "warm-up"):  # --keep keeps data, not stores
        shutil.rmtree(base / home, ignore_errors=True)
    run_cli(base / "warm-up", "import", str(everything[-1]), "--json")  # bytecode, not timed
    floor_runs = [bare_floor(linkedin, base)[0] for _ in range(3)]
    floor = min(floor_runs)
    report, wall, peak = run_cli(base / "home-linkedin", "import", str(linkedin), "--json")
    timings = report["timings"]
    stage = timings.get("read", 0.0) + timings.get("store", 0.0)
    created = sum(f["created"] for f in report["files"])
    print(f"LinkedIn archive ({created:,} records, {report['interactions']:,} interactions):")
    print(f"  end to end {wall:.2f} s (process start included), peak {peak} MiB")
    print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in timings.items()))
    print(
        f"  import stage (read + store) {stage:.2f} s; bare floor (csv + one executemany) "
        f"{floor:.3f} s; ratio {stage / floor:.1f}x"
    )

    report, wall, peak = run_cli(base / "home-all", "import", *map(str, everything), "--json")
    created = sum(f["created"] for f in report["files"])
    print(
        f"All sources ({len(everything)} files, {created:,} records, "
        f"{report['interactions']:,} interactions, {report['merged']:,} merged, "
        f"{report['suggested']:,} suggested):"
    )
    print(f"  end to end {wall:.2f} s, peak {peak} MiB")
    print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in report["timings"].items()))

    report, wall, peak = run_cli(base / "home-all", "import", *map(str, everything), "--json")
    unchanged = sum(f["unchanged"] for f in report["files"])
    changed = sum(f["created"] + f["updated"] for f in report["files"])
    print(
        f"Re-import of the same files: {unchanged:,} unchanged, {changed} created or updated, "
        f"{wall:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
