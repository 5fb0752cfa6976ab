# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Bulk work pauses the garbage collector, freezes what survives, and puts the collector back."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import pytest

from hrconnect.services.gc_pause import collector_paused

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()


def test_the_collector_pauses_inside_and_resumes_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_only_at_the_outermost_end() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_resumes() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("import failed")
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled_and_nothing_is_frozen() -> None:
    gc.unfreeze()
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_what_survives_the_work_is_frozen_after_it() -> None:
    gc.unfreeze()
    with collector_paused():
        survivors = [[n] for n in range(1000)]  # long-lived containers made by the work
        assert gc.get_freeze_count() == 0
    assert gc.get_freeze_count() >= len(survivors)
