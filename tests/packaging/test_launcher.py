# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Portable mode of the frozen launcher: a ``data`` folder next to the executable."""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

import pytest

from tests.packaging.conftest import LAUNCHER

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


@pytest.fixture(scope="module")
def portable_home() -> Callable[[Path, bool, str], Path | None]:
    """The launcher's ``portable_home``, loaded from its file (it is not in a package)."""
    spec = importlib.util.spec_from_file_location("hrconnect_launcher", LAUNCHER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    function: Callable[[Path, bool, str], Path | None] = module.portable_home
    return function


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A fake bundle folder holding an executable named like ours."""
    (tmp_path / "hrconnect").write_bytes(b"")
    return tmp_path


def test_data_folder_next_to_a_frozen_executable_makes_it_portable(
    portable_home: Callable[[Path, bool, str], Path | None], bundle: Path
) -> None:
    (bundle / "data").mkdir()

    assert portable_home(bundle / "hrconnect", True, "linux") == (bundle / "data").resolve()


@pytest.mark.parametrize(
    ("has_data_folder", "frozen", "platform"),
    [
        (False, True, "linux"),
        (True, False, "linux"),
        (True, True, "darwin"),
    ],
    ids=["no-data-folder", "running-from-source", "inside-a-macos-app"],
)
def test_portable_mode_stays_off(
    portable_home: Callable[[Path, bool, str], Path | None],
    bundle: Path,
    has_data_folder: bool,
    frozen: bool,
    platform: str,
) -> None:
    if has_data_folder:
        (bundle / "data").mkdir()

    assert portable_home(bundle / "hrconnect", frozen, platform) is None


def test_a_file_named_data_is_not_a_portable_folder(
    portable_home: Callable[[Path, bool, str], Path | None], bundle: Path
) -> None:
    (bundle / "data").write_text("not a folder")

    assert portable_home(bundle / "hrconnect", True, "win32") is None
