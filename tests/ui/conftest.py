# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""GUI tests run offscreen, with store work run inline (a synchronous task runner)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hrconnect.ui.tasks import SyncTaskRunner


@pytest.fixture
def runner(qapp) -> SyncTaskRunner:
    return SyncTaskRunner()
