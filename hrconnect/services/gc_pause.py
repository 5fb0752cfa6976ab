# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Holding Python's cyclic garbage collector back during bulk work (imports, matching passes).

A big import allocates millions of objects (rows, records, their tuples, features) and keeps
hundreds of thousands alive for seconds. Every collection scans the young ones, and full
collections scan them all, holding the GIL for 100-400 ms each: the window stalls with them.
Its objects are freed by reference counting when it ends; the few reference cycles it makes
(tens of MB over the hundreds of imports of the test suite) can wait, so those scans are
wasted. Pausing full collections alone took about a third
off a big import; pausing the young ones too took another 0.4-0.7 s off the 12 s all-sources
import benchmark, with the same peak memory (353 MiB either way, ``bench_import.py``).

What survives the work (caches, the pages' rows, and those cycles) is frozen when the pause
ends, as the window's worker does after long work (``ui/tasks.py``): otherwise the first
collection after it scans all of it as young objects (0.12 s after the all-sources import).
Frozen objects are still freed by reference counting; cycles among them wait for the window's
idle collector (``ui/idle_collector.py``) or the end of the process. A caller that had switched
the collector off itself is left to manage it: nothing is frozen then.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the ``with`` block; nested and threaded uses are safe.

    The collector is process-wide, so only the outermost block pauses it. At that block's end,
    if the collector was enabled at its start, the heap is frozen and the collector enabled.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.freeze()
                gc.enable()
