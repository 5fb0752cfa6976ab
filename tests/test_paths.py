# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Where data lives: --home, HRCONNECT_HOME and the platform folders; private export files."""

from __future__ import annotations

import os
import stat
import sys
from typing import TYPE_CHECKING

import pytest

from hrconnect.paths import HOME_ENV, AppPaths, atomic_private_file

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


def test_an_export_file_appears_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "people.vcf"
    with atomic_private_file(target) as stream:
        stream.write(b"BEGIN:VCARD")
        assert not target.exists()  # still being written, under another name
    assert target.read_bytes() == b"BEGIN:VCARD"
    assert not (tmp_path / "people.vcf.part").exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def _fail_half_way(target: Path) -> None:
    with atomic_private_file(target) as stream:
        stream.write(b"half")
        raise RuntimeError("the export failed")


def test_a_failed_export_leaves_the_previous_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "people.vcf"
    target.write_bytes(b"the previous export")
    with pytest.raises(RuntimeError):
        _fail_half_way(target)
    assert target.read_bytes() == b"the previous export"
    assert list(tmp_path.iterdir()) == [target]
