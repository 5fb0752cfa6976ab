# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Where data lives: --home, HRCONNECT_HOME and the platform folders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.paths import HOME_ENV, AppPaths

if TYPE_CHECKING:
    from pathlib import Path


def test_explicit_home_wins_over_the_environment(tmp_path: Path):
    paths = AppPaths.resolve(tmp_path / "a", environ={HOME_ENV: str(tmp_path / "b")})
    assert paths.data_dir == (tmp_path / "a").resolve()


def test_environment_home_puts_everything_under_one_folder(tmp_path: Path):
    paths = AppPaths.resolve(None, environ={HOME_ENV: str(tmp_path)})
    for folder in (
        paths.data_dir,
        paths.config_dir,
        paths.cache_dir,
        paths.log_dir,
        paths.backup_dir,
    ):
        assert folder.is_relative_to(tmp_path.resolve())
    assert paths.database.parent == tmp_path.resolve()


def test_without_a_home_the_platform_user_folders_are_used(tmp_path: Path):
    paths = AppPaths.resolve(None, environ={})
    assert "hrconnect" in str(paths.data_dir).lower()
    assert not paths.data_dir.is_relative_to(tmp_path)
