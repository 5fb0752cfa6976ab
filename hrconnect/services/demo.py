# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The demo network behind ``hrconnect --demo``: bundled synthetic exports, imported for real.

The demo lives in its own folder (under the cache folder), never in the user's store. It is
built by importing the synthetic LinkedIn, Facebook, phone and Google exports in
``resources/demo/`` through the normal import pipeline, then giving a few keep-in-touch rules,
so a newcomer sees a living app at once. It is rebuilt when the bundled data changes.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from typing import TYPE_CHECKING

from hrconnect.paths import AppPaths
from hrconnect.resources import resource

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

DEMO_TAG_RULES = {"Ex-colleagues": 180, "Candidates": 90}
"""Keep-in-touch intervals the demo sets on tags its Google export carries."""


def demo_paths(paths: AppPaths) -> AppPaths:
    """The demo's own folders, inside the cache folder of ``paths``."""
    return AppPaths.under(paths.cache_dir / "demo")


def demo_files() -> list[Path]:
    """The bundled synthetic exports, in import order."""
    folder = resource("demo")
    files = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in {".zip", ".vcf", ".csv"} and p.is_file()
    )
    return files


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_demo(paths: AppPaths) -> None:
    """Build the demo store under ``paths`` unless an up-to-date one is there."""
    from hrconnect.services.app import App  # lazy: the CLI imports this module early

    files = demo_files()
    stamp_file = paths.data_dir / "demo.stamp"
    fingerprint = _fingerprint(files)
    if stamp_file.exists() and stamp_file.read_text() == fingerprint:
        return
    if paths.data_dir.exists():
        shutil.rmtree(paths.data_dir)
    paths.ensure()
    with App(paths) as app:
        work = app.imports.run(files)
        while True:
            try:
                next(work)
            except StopIteration:
                break
        for tag, every_days in DEMO_TAG_RULES.items():
            app.reminders.set_tag_interval(tag, every_days, create=False)
    stamp_file.write_text(fingerprint)
    log.info("built the demo network in %s", paths.data_dir)
