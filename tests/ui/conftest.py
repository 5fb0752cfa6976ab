# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""GUI tests run offscreen, with store work run inline (a synchronous task runner)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402 - the platform must be chosen before Qt is imported

from hrconnect.ui.tasks import SyncTaskRunner  # noqa: E402


@pytest.fixture
def runner(qapp) -> SyncTaskRunner:
    return SyncTaskRunner()
