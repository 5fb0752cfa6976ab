# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""GUI tests run offscreen, with store work run inline (a synchronous task runner).

``window`` is the real main window over a fresh store in a temporary home, already open;
``context`` is its ``UiContext`` (services in ``context.app``). Pages and dialogs are driven
with ``qtbot``; background work completes before the call that started it returns.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

import pytest

from hrconnect.ui.tasks import SyncTaskRunner

if TYPE_CHECKING:
    from collections.abc import Iterator

    from hrconnect.paths import AppPaths

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow


@pytest.fixture
def runner(qapp) -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def window(qtbot, app_paths: AppPaths, runner: SyncTaskRunner, clock) -> Iterator[MainWindow]:
    """The main window, store open, with the test's fixed clock."""
    from hrconnect.services.app import App

    from hrconnect.ui.main_window import MainWindow

    main = MainWindow(app_paths, runner)
    qtbot.addWidget(main)
    app = App(app_paths, clock)
    main._on_store_opened((app, app.people.count()))
    main.show()
    yield main
    main.close()
    app.close()


@pytest.fixture
def context(window: MainWindow) -> UiContext:
    return window.context
