# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What every page and dialog gets: the services (once open), the task runner, the signals.

Widgets never call services directly: they ask the context to run a function of the ``App`` on
the worker thread and get the result back on the GUI thread. A write returns ``Changes``; the
context then emits ``changed`` once, and each page refreshes only what it shows (anki's
``OpChanges`` + ``operation_did_execute``). Passed down explicitly, never a global.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from hrconnect.core.changes import Changes

if TYPE_CHECKING:
    from collections.abc import Callable, Generator

    from hrconnect.core.progress import CancelToken, Progress
    from hrconnect.paths import AppPaths
    from hrconnect.services.app import App

    from hrconnect.ui.tasks import TaskHandle, TaskRunner

T = TypeVar("T")


class AppSignals(QObject):
    """App-wide events, emitted on the GUI thread.

    Signals:
        changed(Changes): a write finished; views refresh what they show.
        opened(): the store is open and the services are ready.
        status(str): a short message for the status bar.
        page_requested(str): show the page with this key (``today``, ``review``...).
        person_requested(int): show this person on the People page.
        import_requested(): open the import dialog.

    Widgets ask for navigation through these instead of reaching for the window, so any
    widget can be built and tested on its own; the main window is the one listener.
    """

    changed = Signal(object)
    opened = Signal()
    status = Signal(str)
    page_requested = Signal(str)
    person_requested = Signal(int)
    import_requested = Signal()


class UiContext:
    """Services, worker and signals, shared by the window's widgets."""

    def __init__(self, paths: AppPaths, runner: TaskRunner, signals: AppSignals) -> None:
        self.paths = paths
        self.runner = runner
        self.signals = signals
        self.app: App | None = None

    @property
    def is_open(self) -> bool:
        """True once the store is open."""
        return self.app is not None

    def read(
        self,
        work: Callable[[App], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work(app)`` on the worker and hand the result to ``on_done`` on the GUI thread."""
        app = self._require()
        self.runner.run(lambda: work(app), on_done, on_error)

    def write(
        self,
        work: Callable[[App], Changes | Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Like :meth:`read`; when the result is ``Changes``, emit ``changed`` with it first."""
        app = self._require()

        def done(result: Any) -> None:
            if isinstance(result, Changes) and not result.is_empty:
                self.signals.changed.emit(result)
            if on_done is not None:
                on_done(result)

        self.runner.run(lambda: work(app), done, on_error)

    def long_task(
        self,
        work: Callable[[App, CancelToken], Generator[Progress, None, Any]],
        on_progress: Callable[[Progress], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Run long, cancellable work (an import, a matching pass) with progress."""
        app = self._require()
        return self.runner.run_generator(
            lambda token: work(app, token), on_progress, on_done, on_error
        )

    def _require(self) -> App:
        if self.app is None:
            raise RuntimeError("the store is not open yet")
        return self.app
