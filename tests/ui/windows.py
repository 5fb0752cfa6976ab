# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Helpers for tests that run the main window on a real worker thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

if TYPE_CHECKING:
    from hrconnect.ui.main_window import MainWindow
    from hrconnect.ui.tasks import TaskRunner


def close_threaded(window: MainWindow, runner: TaskRunner) -> None:
    """Destroy an idle window with its timers, then close its store on the worker and stop it.

    Deleting the widgets first means no page timer can queue work on a stopped worker.
    """
    app = window.context.app
    shiboken6.delete(window)
    if app is not None:
        runner.run(app.close)
    runner.shutdown()
