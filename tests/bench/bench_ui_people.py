# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""People view benchmark: 50,000 people, time to first paint, filter latency, sorting.

Builds (once; ``--keep DIR`` reuses it) a store of at least 50,000 people the way a user gets
one: ``python -m tests.synth --profile import-bench --people 42000`` (42,000 LinkedIn
connections with messages, 5,000 Facebook friends, phone vCards, a Google and an Outlook CSV,
about 45,000 people once matched) imported through the normal pipeline, topped up with a
generated vCard file of invented people (imported without a matching pass) to reach the target.

Then, offscreen, with the real threaded ``TaskRunner`` and the real ``PeoplePage``:

1. **open**: from ``on_opened()`` to the model populated and the table's first paint, split
   into the worker part (store read + precompute) and the GUI part (model reset + paint);
   the first open and the median of reloads;
2. **filter**: typing words letter by letter in the search field, each keystroke timed from
   ``setText`` to the repaint (median and worst), plus clearing the field (all rows back), the
   tag, source and overdue filters, and a ``company:`` query through the search service;
3. **sort**: each column, first time (sort keys computed) and again (cached), with repaint.

Targets (issue 6): open <= 1 s, filter < 100 ms. Prints figures; asserts nothing.

Run: ``uv run python tests/bench/bench_ui_people.py [--people 50000] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.harness import generate, run_cli

# PySide6 6.12 on Python 3.11 drops a reference to None on every call of a method that returns
# nothing (``widget.update()``, ``QApplication.processEvents()``), and to True or False for some
# that return a bool; the interpreter aborts ("none_dealloc") after some 25,000 such calls.
# Python 3.12 made these objects immortal. Holding extra references keeps this benchmark alive.
_BALLAST = [None, True, False] * 3_000_000

GIVEN = [
    "Aster",
    "Bram",
    "Cato",
    "Daan",
    "Elif",
    "Fenna",
    "Gijs",
    "Hanne",
    "Ilias",
    "Jorien",
    "Kobe",
    "Lotte",
    "Milan",
    "Noor",
    "Oskar",
    "Pien",
    "Quinten",
    "Roos",
    "Sven",
    "Tess",
    "Ugo",
    "Vera",
    "Wout",
    "Xena",
    "Yara",
    "Zeno",
    "Amira",
    "Bilal",
    "Chloé",
    "Dries",
]
SYLLABLES = [
    "ka",
    "ro",
    "mel",
    "ver",
    "den",
    "bos",
    "lin",
    "ter",
    "hol",
    "wyn",
    "dek",
    "sar",
    "mon",
    "tal",
    "vik",
    "bre",
    "zel",
    "our",
    "ande",
    "pel",
]
COMPANIES = (
    "Kortmans Bouw",
    "Lindevelde Zorg",
    "Nortavia Logistics",
    "Oosterwijk Accountants",
    "Pelmont Retail",
    "Quarto Interim",
    "Riverdale Software",
    "Schelbeek Energie",
)
TITLES = ("Recruiter", "HR Business Partner", "Payroll Officer", "Talent Lead", "Controller")


def extra_cards(count: int, seed: int = 11) -> str:
    """VCards of invented people with unique names and addresses (they match nobody)."""
    rng = random.Random(seed)
    cards: list[str] = []
    seen: set[str] = set()
    while len(cards) < count:
        family = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        given = rng.choice(GIVEN)
        name = f"{given} {family}"
        if name in seen:
            continue
        seen.add(name)
        number = len(cards)
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{family};{given};;;\r\nFN:{name}\r\n"
            f"ORG:{rng.choice(COMPANIES)}\r\nTITLE:{rng.choice(TITLES)}\r\n"
            f"EMAIL;TYPE=work:person{number}@extra-{number % 97}.test\r\n"
            "END:VCARD\r\n"
        )
    return "".join(cards)


def build_store(home: Path, people: int) -> int:
    """Import the synthetic exports into ``home`` until it holds ``people``; returns the count."""
    from hrconnect.services.app import App
    from tests.services.conftest import finish

    if (home / "hrconnect.sqlite").exists():
        with App.open(str(home)) as app:
            count = app.people.count()
            give_some_people_a_rhythm(app)
        if count >= people:
            return count
    source = home.parent / "bench-sources"
    started = time.perf_counter()
    if not source.exists():
        generate(source, "import-bench", seed=7, people=round(people * 0.84))
    files = sorted(p for p in source.iterdir() if p.suffix in (".zip", ".vcf", ".csv"))
    run_cli(home, "import", *map(str, files), "--json")
    with App.open(str(home)) as app:
        missing = people - app.people.count()
        if missing > 0:
            extra = source / "extra-people.vcf"
            extra.write_text(extra_cards(missing + missing // 50 + 10), encoding="utf-8")
            finish(app.imports.run([extra], match=False))
        count = app.people.count()
        give_some_people_a_rhythm(app)
    print(f"built a store of {count:,} people in {time.perf_counter() - started:.1f} s")
    return count


def give_some_people_a_rhythm(app: Any) -> None:
    """A keep-in-touch interval on the tags, so the overdue filter has people to show."""
    for tag in app.tags.all():
        if tag.every_days is None:
            app.reminders.set_tag_interval(tag.name, 91)


class PaintProbe:
    """Counts paint events of a widget (the table's viewport)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    probe.paints += 1
                return False

        self.paints = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def pump_until(events: Any, condition: Any, timeout: float = 30.0) -> None:
    """Process events until ``condition()``; sleeps between events like an idle GUI would.

    A busy loop here would hold the GIL and slow the worker down, which a real window that
    waits in its event loop does not do.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout
    waker = QTimer()
    waker.start(20)  # wakes the wait below now and then, so the timeout is seen
    while not condition():
        events.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for the view")
    waker.stop()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def run(home: Path, reloads: int) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from hrconnect.paths import AppPaths
    from hrconnect.services.app import App

    from hrconnect.ui.context import AppSignals, UiContext
    from hrconnect.ui.models.people_rows import Column, PeopleRows
    from hrconnect.ui.pages.people import PeoplePage
    from hrconnect.ui.tasks import TaskRunner

    QApplication.instance() or QApplication([])
    events = QEventLoop()
    paths = AppPaths.under(home)
    app = App(paths)
    runner = TaskRunner()
    context = UiContext(paths, runner, AppSignals())
    context.app = app
    page = PeoplePage(context)
    page.resize(1400, 860)
    page.show()
    events.processEvents()
    probe = PaintProbe(page.table.viewport())
    model = page.model

    # --- open ------------------------------------------------------------------------
    opens = []
    for attempt in range(1 + reloads):
        populated: list[float] = []
        connection = model.modelReset.connect(
            lambda done=populated: done.append(time.perf_counter())
        )
        paints = probe.paints
        started = time.perf_counter()
        page.on_opened()
        pump_until(events, lambda done=populated, seen=paints: bool(done) and probe.paints > seen)
        painted = time.perf_counter()
        model.modelReset.disconnect(connection)
        opens.append((painted - started, populated[0] - started, painted - populated[0]))
        if attempt == 0:
            first = opens[0]
    total = len(model.people)
    print(f"People view, {total:,} people (offscreen, threaded worker):")
    print(
        f"  open, first: {ms(first[0])} to first paint "
        f"(worker read + precompute {ms(first[1])}, model reset + paint {ms(first[2])})"
    )
    if reloads:
        rest = opens[1:]
        print(
            f"  open, reload median of {len(rest)}: {ms(statistics.median(o[0] for o in rest))} "
            f"(worker {ms(statistics.median(o[1] for o in rest))}, "
            f"GUI {ms(statistics.median(o[2] for o in rest))})"
        )
    summaries_started = time.perf_counter()
    summaries = app.people.summaries()
    read = time.perf_counter() - summaries_started
    build_started = time.perf_counter()
    fresh = PeopleRows.build(summaries, app.clock.today())
    built = time.perf_counter() - build_started
    fold_started = time.perf_counter()
    fresh.prepare()
    print(
        f"  of which: store read (people.summaries) {ms(read)}, rows {ms(built)}; "
        f"folding for search, after the first paint: {ms(time.perf_counter() - fold_started)}"
    )
    pump_until(events, lambda: page.bar.company.completer().model().rowCount() > 0)

    # --- filter ----------------------------------------------------------------------
    resets = [0]
    model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))

    def timed_text(text: str) -> float:
        paints, before = probe.paints, resets[0]
        started = time.perf_counter()
        page.bar.search.setText(text)
        if resets[0] != before:  # the rows shown changed: wait for them on screen
            pump_until(events, lambda: probe.paints > paints)
        return time.perf_counter() - started

    rng = random.Random(3)
    words = [
        p.display_name.split()[0] for p in rng.sample(list(model.people.rows), 6) if p.display_name
    ] + ["recruit", "van den", "jose"]
    keystrokes: list[float] = []
    clears: list[float] = []
    shown: list[int] = []
    for word in words:
        for end in range(1, len(word) + 1):
            keystrokes.append(timed_text(word[:end]))
            shown.append(model.visible_count())
        started = time.perf_counter()
        page.bar.search.clear()
        events.processEvents()
        clears.append(time.perf_counter() - started)
    print(
        f"  filter as you type: {len(keystrokes)} keystrokes in {len(words)} words, median "
        f"{ms(statistics.median(keystrokes))}, worst {ms(max(keystrokes))} "
        f"(first letters hit up to {max(shown):,} rows)"
    )
    print(
        f"  clearing the search (all {total:,} back): median {ms(statistics.median(clears))}, "
        f"worst {ms(max(clears))}"
    )
    switches: list[tuple[str, Callable[[], None], Callable[[], None]]] = [
        (
            "overdue only",
            lambda: page.bar.overdue.setChecked(True),
            lambda: page.bar.overdue.setChecked(False),
        ),
        (
            "source = Facebook",
            lambda: page.bar.source.setCurrentIndex(2),
            lambda: page.bar.source.setCurrentIndex(0),
        ),
        (
            "tag (first tag)",
            lambda: page.bar.tag.setCurrentIndex(1),
            lambda: page.bar.tag.setCurrentIndex(0),
        ),
    ]
    for label, apply, undo in switches:
        started = time.perf_counter()
        apply()
        events.processEvents()
        took = time.perf_counter() - started
        print(f"  filter {label}: {ms(took)} ({model.visible_count():,} rows)")
        undo()
        events.processEvents()
    query = "company:" + (model.people.top_companies(1) or ["acme"])[0].split()[0]
    started = time.perf_counter()
    page.bar.search.setText(query)
    before = model.visible_count()
    pump_until(events, lambda: model.visible_count() != before)
    print(
        f"  search service query {query!r}: {ms(time.perf_counter() - started)} including the "
        f"{page._search_timer.interval()} ms typing pause ({model.visible_count():,} rows)"
    )
    page.bar.search.clear()
    events.processEvents()

    # --- sort ------------------------------------------------------------------------
    for column in Column:
        times = []
        for descending in (True, False, True):
            paints = probe.paints
            started = time.perf_counter()
            page.table.sortByColumn(column, sort_order(descending))
            pump_until(events, lambda seen=paints: probe.paints > seen)
            times.append(time.perf_counter() - started)
        print(
            f"  sort by {column.name.lower().replace('_', ' ')}: first {ms(times[0])}, "
            f"cached {ms(min(times[1:]))}"
        )
    page.close()
    runner.shutdown()
    app.close()


def sort_order(descending: bool) -> Any:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--reloads", type=int, default=4)
    parser.add_argument("--keep", type=Path, help="build the store here once and reuse it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="hrconnect-ui-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    home = root / "home"
    build_store(home, args.people)
    run(home, args.reloads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
