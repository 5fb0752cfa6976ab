# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The main window opens offscreen on an empty store and invites the user to import."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from hrconnect.ui.main_window import MainWindow
from hrconnect.ui.platform import HEADLESS_HINT, display_problem

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.paths import AppPaths


def test_window_opens_on_an_empty_store_with_the_welcome_page(
    qtbot, app_paths: AppPaths, runner
) -> None:
    window = MainWindow(app_paths, runner)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.open_store()
    assert window.isVisible()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.import_button.isEnabled()
    assert window.app is not None
    assert window.app.people.count() == 0
    window.close()


def test_no_display_gives_a_hint_instead_of_an_abort() -> None:
    assert display_problem({}, "linux") == HEADLESS_HINT
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_starting_the_window_without_a_display_prints_the_hint(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "hrconnect", "--home", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "no display found" in done.stderr
    assert "Traceback" not in done.stderr
