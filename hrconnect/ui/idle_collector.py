# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Collecting what frozen heaps hide, while nobody is using the window.

The worker freezes the heap after long work (``tasks.TaskRunner``): the full collections the
pages' reloads trigger then skip the tens of thousands of objects an import leaves, instead of
holding the GIL for 150+ ms while the window waits. Frozen objects are still freed by reference
counting, but garbage *cycles* among them never are. So, when the user has not touched the
window for a while and no work is running, this unfreezes the heap and collects it once: the
pause (a fraction of a second at 50,000 people) falls where nobody notices it.
"""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable

IDLE_AFTER_S = 60.0
"""How long without keyboard or mouse input counts as idle."""
CHECK_EVERY_MS = 30_000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.MouseMove,
    }
)


class IdleCollector(QObject):
    """Unfreezes and collects the heap once the window has been idle for a while.

    Args:
        busy: True while background work runs (nothing is collected then).
        now: Monotonic seconds (injectable for tests).
    """

    def __init__(
        self,
        busy: Callable[[], bool],
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._busy = busy
        self._now = now
        self.last_input = now()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.last_input = self._now()
        return False

    def tick(self) -> bool:
        """Collect now if idle, not busy and something is frozen. True if it collected."""
        if self._busy() or gc.get_freeze_count() == 0:
            return False
        if self._now() - self.last_input < IDLE_AFTER_S:
            return False
        gc.unfreeze()
        gc.collect()
        return True


def install(application: Any, busy: Callable[[], bool]) -> IdleCollector:
    """Create the collector and let it watch the application's input events."""
    collector = IdleCollector(busy, parent=application)
    application.installEventFilter(collector)
    return collector
