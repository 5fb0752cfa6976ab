# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Holding Python's full garbage collections back during bulk work (imports, matching passes).

A big import keeps a million live objects (records, their tuples, features) for seconds. Each
full collection scans them all, holding the GIL for 100-400 ms: the import slows down by about
a third and, in the window, the GUI thread stalls with it. The objects are freed by reference
counting when the work ends, so those scans find nothing. Young-generation collections go on.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

FULL_GC_PAUSED = 1_000_000
"""Generation-2 threshold while bulk work runs: in effect, no full collections."""

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def no_full_collections() -> Iterator[None]:
    """Pause full collections for the ``with`` block; nested and threaded uses are safe.

    The thresholds are process-wide, so only the outermost block changes and restores them.
    """
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], max(_saved[2], FULL_GC_PAUSED))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
