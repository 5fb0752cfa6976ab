# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Shared fixtures: a private data folder per test, a fixed clock, paths to fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hrconnect.clock import FixedClock
from hrconnect.paths import AppPaths

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = REPO_ROOT / "tests" / "fixtures"
SHARED = REPO_ROOT.parent / "shared"
EZ_VCARD = SHARED / "corpora" / "vcard" / "ez-vcard"


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """All app folders under a fresh temporary home."""
    return AppPaths.under(tmp_path / "home")


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped on 20 November 2026 at noon UTC."""
    return FixedClock.on(date(2026, 11, 20))


@pytest.fixture
def fixtures_dir() -> Path:
    """The committed fixture files."""
    return FIXTURES
