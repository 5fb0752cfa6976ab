# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Frozen heaps are collected once the window is idle, never while it is used or busy."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from hrconnect.ui.idle_collector import IDLE_AFTER_S, IdleCollector

if TYPE_CHECKING:
    from collections.abc import Iterator


class Clock:
    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


@pytest.fixture
def frozen_cycle() -> Iterator[list[Any]]:
    """A garbage cycle, frozen the way the task runner freezes the heap after long work."""
    gc.collect()
    cycle: list[Any] = []
    cycle.append(cycle)
    gc.freeze()
    yield cycle
    gc.unfreeze()


def test_an_idle_window_unfreezes_and_collects_the_heap(qapp: Any, frozen_cycle: Any) -> None:
    clock = Clock()
    collector = IdleCollector(lambda: False, clock)
    assert gc.get_freeze_count() > 0
    clock.seconds += IDLE_AFTER_S + 1
    assert collector.tick()
    assert gc.get_freeze_count() == 0


def test_nothing_is_collected_while_the_user_works_or_tasks_run(
    qapp: Any, frozen_cycle: Any
) -> None:
    clock = Clock()
    busy = [True]
    collector = IdleCollector(lambda: busy[0], clock)
    clock.seconds += IDLE_AFTER_S + 1
    assert not collector.tick(), "a task is running"
    busy[0] = False
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(1, 1),
        QPointF(1, 1),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    collector.eventFilter(collector, move)  # the user moved the mouse just now
    assert not collector.tick()
    assert gc.get_freeze_count() > 0
