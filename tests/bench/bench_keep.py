# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keep-in-touch speed: the Today list and search with 30,000 people and 100,000 interactions.

Imports the ``import-bench`` profile (30,000 LinkedIn connections with their messages,
Facebook friends with threads, phone cards, CSVs), tops the interactions up to 100,000 with
logged calls and meetings spread over the people (bulk, through the store, then the read model
is refreshed once), puts everyone on a keep-in-touch interval through tags, and then times, in
process and after a warm-up, the median of several runs of:

- ``ReminderService.today_list`` (due people with reasons, birthdays and anniversaries);
- ``SearchService.search`` for a few typical queries (a name prefix, a company filter, a title
  phrase, a tag).

Targets (issue 5): Today list <= 200 ms, a search <= 50 ms (median).

Run: ``uv run python tests/bench/bench_keep.py [--keep DIR]``
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hrconnect.clock import FixedClock
from hrconnect.core.kinds import InteractionKind
from hrconnect.paths import AppPaths
from hrconnect.services.app import App
from hrconnect.services.people_index import refresh_people
from hrconnect.store.interactions import InteractionWrite
from tests.bench.harness import generate

TODAY = date(2026, 11, 20)
SHOWN_AT_MOST = 300
"""What the Today page asks for (``hrconnect.ui.pages.today.SHOWN_AT_MOST``; no Qt here)."""
INTERACTIONS = 100_000


def median_ms(action, runs: int = 9) -> float:
    action()  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="hrconnect-keep-"))
    data = base / "data"
    if not data.exists():
        generate(data, "import-bench", args.seed)
    files = sorted(p for p in data.iterdir() if p.suffix in {".zip", ".vcf", ".csv"})
    shutil.rmtree(base / "home", ignore_errors=True)  # --keep keeps the data, never the store
    app = App(AppPaths.under(base / "home"), FixedClock.on(TODAY))
    work = app.imports.run(files, match=False)
    for _ in work:
        pass
    rng = random.Random(args.seed)
    with app.store.write() as tx:
        people = tx.people.active_ids()
        existing = tx.interactions.count()
        own = {
            pid: tx.records.create_user_record(pid, f"own:bench-{pid}", app.clock.now())
            for pid in people
        }
        writes = []
        for n in range(max(0, INTERACTIONS - existing)):
            pid = rng.choice(people)
            day = TODAY - timedelta(days=rng.randint(1, 1500))
            writes.append(
                InteractionWrite(
                    own[pid],
                    rng.choice(
                        [InteractionKind.CALL, InteractionKind.MEETING, InteractionKind.NOTE]
                    ),
                    day,
                    datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                    f"bench {n}",
                )
            )
        tx.interactions.add(writes, None, app.clock.now())
        tag = tx.tags.ensure(["Network"])["network"]
        for pid in people:
            tx.tags.link(own[pid], [tag], TODAY - timedelta(days=400))
        tx.tags.set_rule(tag, 180, TODAY - timedelta(days=400))
        refresh_people(tx, None)
        total = tx.interactions.count()
    print(f"{len(people):,} people, {total:,} interactions, everyone every 180 days")
    today = app.reminders.today_list(TODAY)
    print(
        f"Today list as the window asks for it (the {SHOWN_AT_MOST} most overdue of "
        f"{today.total_due:,} due, {len(today.occasions)} birthdays/anniversaries): median "
        f"{median_ms(lambda: app.reminders.today_list(TODAY, limit=SHOWN_AT_MOST)):.0f} ms"
    )
    print(
        f"Full due list ({len(today.due):,} people, as `hrconnect due` prints it): median "
        f"{median_ms(lambda: app.reminders.today_list(TODAY)):.0f} ms"
    )
    for query in (
        "vande",
        "company:brabant",
        'title:"hr business partner"',
        "tag:network jan",
        "peeters",
    ):
        hits = len(app.search.search(query))
        took = median_ms(lambda q=query: app.search.search(q))
        print(f"search {query!r}: {hits} hits, median {took:.1f} ms")
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
