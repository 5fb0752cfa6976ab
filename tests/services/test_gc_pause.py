# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Bulk work pauses full garbage collections and always puts the thresholds back."""

from __future__ import annotations

import gc

import pytest

from hrconnect.services.gc_pause import FULL_GC_PAUSED, no_full_collections


def test_full_collections_pause_inside_and_resume_after() -> None:
    before = gc.get_threshold()
    with no_full_collections():
        assert gc.get_threshold()[2] >= FULL_GC_PAUSED
        assert gc.get_threshold()[:2] == before[:2]  # young collections go on
    assert gc.get_threshold() == before


def test_nested_pauses_restore_only_at_the_outermost_end() -> None:
    before = gc.get_threshold()
    with no_full_collections():
        with no_full_collections():
            pass
        assert gc.get_threshold()[2] >= FULL_GC_PAUSED
    assert gc.get_threshold() == before


def test_an_error_inside_still_restores() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), no_full_collections():
        raise RuntimeError("import failed")
    assert gc.get_threshold() == before
