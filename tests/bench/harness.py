# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What the benchmark scripts share: generating synthetic exports and timing a real CLI process.

The scripts run as files (``uv run python tests/bench/bench_x.py``): each puts the repository
first on ``sys.path`` and imports ``tests.bench.harness``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def generate(out: Path, profile: str, seed: int, people: int | None = None) -> None:
    """Write a ``tests.synth`` profile's exports (and ``truth.json``) into ``out``."""
    command = [sys.executable, "-m", "tests.synth", "--out", str(out), "--profile", profile]
    command += ["--seed", str(seed)]
    if people is not None:
        command += ["--people", str(people)]
    subprocess.run(command, check=True, cwd=REPO, capture_output=True)


def run_cli(home: Path, *args: str) -> tuple[Any, float, int]:
    """Run ``hrconnect --home HOME ARGS`` as its own process.

    Returns:
        The parsed JSON on stdout (None when there is none), wall seconds (process start
        included) and the child's peak RSS in MiB (from ``/usr/bin/time``). A failing command
        ends the benchmark with its stderr.
    """
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # As installed: modules load from compiled bytecode (written on the first run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "hrconnect"]
    command += ["--home", str(home), *args]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"hrconnect {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    peak_kib = int(done.stderr.strip().splitlines()[-1])
    return json.loads(done.stdout) if done.stdout.strip() else None, elapsed, peak_kib // 1024
