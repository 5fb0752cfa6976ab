# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The freedesktop validators and bash accept our files (skipped where a tool is missing)."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from tests.packaging.conftest import DESKTOP_FILE, METAINFO_FILE, PACKAGING

if TYPE_CHECKING:
    from pathlib import Path


def run_tool(tool: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a validator if installed; skips the test otherwise."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run(
        [tool, *map(str, args)], capture_output=True, text=True, timeout=60, check=False
    )


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_tool("desktop-file-validate", DESKTOP_FILE)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", METAINFO_FILE)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "script",
    ["build-linux.sh", "smoke-test.sh", "linux/install-user.sh"],
    ids=lambda name: name.removesuffix(".sh"),
)
def test_shell_scripts_are_valid_bash_and_executable(script: str) -> None:
    path = PACKAGING / script
    result = run_tool("bash", "-n", path)

    assert result.returncode == 0, result.stderr
    assert path.stat().st_mode & 0o111
