# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Running the CLI in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from hrconnect.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path


@dataclass
class Result:
    """What a CLI run printed and returned."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def cli(home: Path, capsys: pytest.CaptureFixture[str], clock):
    """Run ``hrconnect --home <tmp> ARGS...`` in this process, with the tests' fixed clock."""

    def run(*args: str) -> Result:
        code = main(["--home", str(home), *args], clock)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def cli_process(home: Path):
    """Run ``python -m hrconnect --home <tmp> ARGS...`` as a real process."""

    def run(*args: str, timeout: float = 120) -> Result:
        env = dict(os.environ)
        env.pop("HRCONNECT_HOME", None)
        done = subprocess.run(
            [sys.executable, "-m", "hrconnect", "--home", str(home), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run
