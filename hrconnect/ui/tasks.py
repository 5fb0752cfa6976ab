# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Background work for the window: one serialised worker for everything that touches the store.

The only place that starts threads (injected into widgets, never reached as a global). All
store access runs on a single worker thread, in submission order (anki's ``TaskManager``), so
SQLite sees one writer and the GUI thread never waits on the database. Results, errors and
progress come back to the GUI thread through queued Qt signals; workers never touch widgets.

Long work is a generator yielding ``Progress``; it is stepped on the worker, its progress is
forwarded (throttled), and ``TaskHandle.cancel()`` makes it stop at its next safe point.

``SyncTaskRunner`` runs everything inline, for tests (picard's ``FakeThreadPool``).
"""

from __future__ import annotations

import functools
import gc
import logging
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from hrconnect.core.progress import CancelToken, Progress

if TYPE_CHECKING:
    from collections.abc import Callable, Generator

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05


class TaskHandle:
    """A running long task; ``cancel()`` asks it to stop at its next yield."""

    def __init__(self) -> None:
        self.token = CancelToken()
        self.finished = False

    def cancel(self) -> None:
        """Ask the task to stop; its changes are rolled back."""
        self.token.cancel()


class _Bridge(QObject):
    """Carries callables from the worker thread to the GUI thread (queued connection)."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    def _run(self, callback: Callable[[], None]) -> None:
        callback()


class TaskRunner(QObject):
    """Runs store work on one worker thread and reports back on the GUI thread.

    Signals:
        busy_changed(bool): work started or the queue ran empty (for a busy indicator).
        failed(str, str): a task raised; (one-line message, details for a report).
    """

    busy_changed = Signal(bool)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hrconnect-db")
        self._bridge = _Bridge()
        self._pending = 0
        self._closed = False

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work()`` on the worker, then a callback on the GUI thread.

        ``on_done(result)`` or ``on_error(exc)``; without ``on_error``, errors go to the
        ``failed`` signal.
        """
        if self._closed:
            log.debug("window closing: task dropped")
            return
        self._started()

        def job() -> None:
            try:
                result = work()
            except BaseException as error:  # delivered to the GUI thread, never lost
                self._post(functools.partial(self._finish_error, error, on_error))
                return
            self._post(lambda: self._finish(on_done, result))

        self._executor.submit(job)

    def run_generator(
        self,
        work: Callable[[CancelToken], Generator[Progress, None, Any]],
        on_progress: Callable[[Progress], None],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Step ``work(token)`` on the worker, forwarding progress (throttled).

        When the handle is cancelled, the generator is closed at its next yield (its units of
        work roll back) and ``on_error`` gets a ``CancelledError``.
        """
        handle = TaskHandle()
        if self._closed:  # a timer fired while the window closes: nothing could show it
            handle.cancel()
            handle.finished = True
            return handle
        self._started()

        def job() -> None:
            try:
                result = _drive(work(handle.token), handle, self._throttled(on_progress))
            except BaseException as error:
                handle.finished = True
                self._post(functools.partial(self._finish_error, error, on_error))
                return
            handle.finished = True
            # Long work (an import, a matching pass) leaves a large heap of long-lived
            # objects. Frozen, they are out of the collector's sight: the full collections
            # that the pages' reloads trigger next stay short instead of holding the GIL for
            # 150+ ms while the window waits (bench_ui_import.py). Reference counting still
            # frees them; cycles among them wait for the idle collector (idle_collector.py).
            gc.freeze()
            self._post(lambda: self._finish(on_done, result))

        self._executor.submit(job)
        return handle

    def _throttled(self, on_progress: Callable[[Progress], None]) -> Callable[[Progress], None]:
        last = [0.0]

        def forward(progress: Progress) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL_S:
                last[0] = now
                self._post(lambda: on_progress(progress))

        return forward

    @property
    def busy(self) -> bool:
        """True while tasks are queued or running."""
        return self._pending > 0

    def shutdown(self) -> None:
        """Wait for queued work to finish (on window close); later tasks are dropped."""
        self._closed = True
        self._executor.shutdown(wait=True)

    def _post(self, callback: Callable[[], None]) -> None:
        self._bridge.deliver.emit(callback)

    def _started(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

    def _finish(self, on_done: Callable[[Any], None] | None, result: Any) -> None:
        self._ended()
        if on_done is not None:
            on_done(result)

    def _finish_error(
        self, error: BaseException, on_error: Callable[[BaseException], None] | None
    ) -> None:
        self._ended()
        if on_error is not None:
            on_error(error)
            return
        self.report(error)

    def report(self, error: BaseException) -> None:
        """Log an unexpected error of background work and show it (the ``failed`` signal).

        For callers whose own error handler finds an error it does not expect.
        """
        details = "".join(traceback.format_exception(error))
        log.error("background task failed:\n%s", details)
        self.failed.emit(str(error) or type(error).__name__, details)

    def _ended(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)


class SyncTaskRunner(TaskRunner):
    """Runs every task inline on the calling thread (tests)."""

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run now; callbacks are called before this returns."""
        self._started()
        try:
            result = work()
        except BaseException as error:
            self._finish_error(error, on_error)
            return
        self._finish(on_done, result)

    def run_generator(
        self,
        work: Callable[[CancelToken], Generator[Progress, None, Any]],
        on_progress: Callable[[Progress], None],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Step the generator to its end now, reporting every progress value."""
        handle = TaskHandle()
        self._started()
        try:
            result = _drive(work(handle.token), handle, on_progress)
        except BaseException as error:
            handle.finished = True
            self._finish_error(error, on_error)
            return handle
        handle.finished = True
        self._finish(on_done, result)
        return handle

    def shutdown(self) -> None:
        """Nothing to wait for."""


def _drive(
    generator: Generator[Progress, None, Any],
    handle: TaskHandle,
    on_progress: Callable[[Progress], None],
) -> Any:
    """Run a generator to its return value, stopping it cleanly when the handle is cancelled."""
    while True:
        if handle.token.cancelled:
            generator.close()  # GeneratorExit at the yield: open units of work roll back
            handle.token.raise_if_cancelled()
        try:
            progress = next(generator)
        except StopIteration as finished:
            return finished.value
        on_progress(progress)
