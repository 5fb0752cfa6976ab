# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Start-up benchmark: process start to the main window on screen, with an empty store.

Starts ``python -m hrconnect`` offscreen with ``HRCONNECT_STARTUP_PROBE=1`` (the window reports
when it is shown, then quits) several times in a fresh home and prints the median and the
spread of the wall time measured from outside, i.e. interpreter start included. Also times a
CLI command (``--version`` and an ``export`` of an empty store), which never load Qt.

Target (issue 2): the window within 1.0 s on the 2-core build machine.

Run: ``uv run python tests/bench/bench_startup.py [--runs 7]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="hrconnect-startup-"))
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HRCONNECT_STARTUP_PROBE": "1",
    }
    window = [sys.executable, "-m", "hrconnect", "--home", str(home)]
    timed(window, env)  # first run creates the store; later runs open it
    samples = [timed(window, env) for _ in range(args.runs)]
    print(
        f"window shown (empty store, offscreen): median {statistics.median(samples):.3f} s, "
        f"min {min(samples):.3f} s, max {max(samples):.3f} s over {args.runs} runs"
    )
    version = [
        timed([sys.executable, "-m", "hrconnect", "--version"], env) for _ in range(args.runs)
    ]
    export = [
        timed(
            [sys.executable, "-m", "hrconnect", "--home", str(home), "export", "--format", "json"],
            env,
        )
        for _ in range(args.runs)
    ]
    print(
        f"CLI --version: median {statistics.median(version):.3f} s; "
        f"export of an empty store: median {statistics.median(export):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
