# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Small generated networks shared by the generator's tests (built once per session)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from tests.synth.profiles import GenerationResult, run_profile

if TYPE_CHECKING:
    from pathlib import Path

SEED = 11


@dataclass(frozen=True)
class Generated:
    """A generated profile: where its files are, the run result and the parsed truth."""

    out: Path
    result: GenerationResult
    truth: dict[str, Any]

    def path(self, name: str) -> Path:
        """A generated file by name."""
        return self.out / name


def _generate(tmp_path_factory: pytest.TempPathFactory, profile: str, people: int) -> Generated:
    out = tmp_path_factory.mktemp(profile)
    result = run_profile(profile, out, seed=SEED, people=people)
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    return Generated(out, result, truth)


@pytest.fixture(scope="session")
def match_bench(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """A 600-person matching benchmark: every source, both Outlook dialects, 2024 messages."""
    return _generate(tmp_path_factory, "match-bench", 600)


@pytest.fixture(scope="session")
def import_bench(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """A 2,000-connection import benchmark (2026 messages header)."""
    return _generate(tmp_path_factory, "import-bench", 2000)


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """The demo profile at its default size."""
    return _generate(tmp_path_factory, "demo", 250)


@pytest.fixture(params=["match_bench", "import_bench", "demo"])
def generated(request: pytest.FixtureRequest) -> Generated:
    """Each profile in turn."""
    value: Generated = request.getfixturevalue(request.param)
    return value
