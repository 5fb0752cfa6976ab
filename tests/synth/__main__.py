# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""``python -m tests.synth``: write one profile's files and ``truth.json`` into a folder."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tests.synth.profiles import PROFILES, run_profile


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, generate, print what was written with sizes and the time taken."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.synth",
        description="Generate synthetic LinkedIn/Facebook/vCard/Google/Outlook exports with truth.",
    )
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--profile", choices=PROFILES, required=True)
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--people",
        type=int,
        default=None,
        help="main size: LinkedIn connections (import-bench), true people (match-bench, demo)",
    )
    args = parser.parse_args(argv)
    if args.people is not None and args.people < 1:
        parser.error("--people must be at least 1")
    started = time.perf_counter()
    result = run_profile(args.profile, args.out, seed=args.seed, people=args.people)
    elapsed = time.perf_counter() - started
    total = 0
    for path in result.files:
        size = path.stat().st_size
        total += size
        print(f"{size:>12,}  {path}")
    truth = result.truth
    print(f"{total:>12,}  total")
    print(
        f"{args.profile}: {truth.people} people, {len(truth.records)} records, "
        f"{truth.hidden_members} hidden members, {len(truth.hard_negative_pairs)} hard-negative "
        f"pairs, seed {args.seed}, {elapsed:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
