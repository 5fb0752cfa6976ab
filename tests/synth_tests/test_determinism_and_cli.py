# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Same seed, same bytes; the command line works; the committed demo is what the generator makes."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from typing import TYPE_CHECKING

import pytest

from tests.conftest import REPO_ROOT
from tests.synth.__main__ import main
from tests.synth.profiles import run_profile

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

DEMO_DIR = REPO_ROOT / "resources" / "demo"


def _digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def _content_digests(folder: Path) -> dict[str, str]:
    """Like :func:`_digests`, but ZIPs by member names, dates and contents.

    Deflate output may differ between zlib builds, so the committed demo is compared by what
    the archives hold rather than by their compressed bytes.
    """
    digests = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name == "README.md":
            continue
        digest = hashlib.sha256()
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    digest.update(f"{info.filename}|{info.date_time}|".encode())
                    digest.update(archive.read(info))
        else:
            digest.update(path.read_bytes())
        digests[path.name] = digest.hexdigest()
    return digests


@pytest.mark.parametrize(("profile", "people"), [("match-bench", 300), ("import-bench", 600)])
def test_same_seed_gives_identical_bytes(tmp_path: Path, profile: str, people: int) -> None:
    run_profile(profile, tmp_path / "a", seed=21, people=people)
    run_profile(profile, tmp_path / "b", seed=21, people=people)
    first, second = _digests(tmp_path / "a"), _digests(tmp_path / "b")
    assert len(first) >= 6
    assert first == second


def test_another_seed_gives_other_files(tmp_path: Path) -> None:
    run_profile("demo", tmp_path / "a", seed=1, people=80)
    run_profile("demo", tmp_path / "b", seed=2, people=80)
    first, second = _digests(tmp_path / "a"), _digests(tmp_path / "b")
    assert first.keys() == second.keys()
    assert all(first[name] != second[name] for name in first)


def test_command_line_writes_files_and_reports_sizes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--out", str(tmp_path), "--profile", "match-bench", "--people", "120"]) == 0
    output = capsys.readouterr().out
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert truth["people"] == 120
    assert "total" in output
    assert "match-bench: 120 people" in output


def test_command_line_rejects_a_non_positive_size(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--out", str(tmp_path), "--profile", "demo", "--people", "0"])


def test_committed_demo_files_match_the_generator(tmp_path: Path) -> None:
    if not (DEMO_DIR / "truth.json").exists():
        pytest.skip("resources/demo not generated")
    run_profile("demo", tmp_path)
    assert _content_digests(DEMO_DIR) == _content_digests(tmp_path), (
        "regenerate with: python -m tests.synth --out resources/demo --profile demo"
    )


def test_demo_stays_small() -> None:
    if not DEMO_DIR.exists():
        pytest.skip("resources/demo not generated")
    total = sum(path.stat().st_size for path in DEMO_DIR.iterdir() if path.is_file())
    assert total < 1_500_000


@pytest.mark.slow
def test_generation_speed_is_reported(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    timings = {}
    for profile in ("import-bench", "match-bench", "demo"):
        started = time.perf_counter()
        result = run_profile(profile, tmp_path / profile)
        timings[profile] = time.perf_counter() - started
        size = sum(path.stat().st_size for path in result.files)
        record_property(f"{profile}_seconds", round(timings[profile], 2))
        record_property(f"{profile}_bytes", size)
        print(
            f"{profile}: {timings[profile]:.2f} s, {size:,} bytes, "
            f"{len(result.truth.records)} records"
        )
    assert set(timings) == {"import-bench", "match-bench", "demo"}
