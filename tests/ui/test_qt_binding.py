# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt method
that returns nothing; after some 25,000 calls (minutes of normal use) the interpreter aborts
with "none_dealloc". pyproject.toml keeps 3.11 below 6.12; this test fails if a binding
with that defect comes back. It runs in a child process because the defect kills its host.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(2000):
    label.update()
    label.setToolTip("x")
    label.isVisible()
after = sys.getrefcount(None), sys.getrefcount(True)
print(before[0] - after[0], before[1] - after[1])
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal on 3.12+")
def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lost_none, lost_true = (int(n) for n in done.stdout.split())
    # A few references may come and go with Qt's own caches; the defect loses thousands.
    assert abs(lost_none) < 50
    assert abs(lost_true) < 50
