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

    from hrconnect.services.app import App

log = logging.getLogger(__name__)

EX_COLLEAGUES = "Ex-colleagues"
"""The tag the demo gives the owner's former colleagues, with a six-month interval."""
FRIENDS_EVERY_DAYS = 365


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
        _set_up_keeping_in_touch(app)
    stamp_file.write_text(fingerprint)
    log.info("built the demo network in %s", paths.data_dir)


def _set_up_keeping_in_touch(app: App) -> None:
    """Give the demo the keep-in-touch set-up a user makes in their first session.

    Former colleagues (found by the real colleagues service) get a tag with a six-month
    interval, friends a yearly one, so Today has something to say.
    """
    former = {
        colleague.person.id
        for employer in app.colleagues.former_colleagues().employers
        if not employer.is_current
        for colleague in employer.colleagues
    }
    if former:
        app.tags.tag(EX_COLLEAGUES, sorted(former))
        app.reminders.set_tag_interval(EX_COLLEAGUES, 180)
    friends = [p.id for p in app.people.summaries() if "Friends" in p.tags]
    if friends:
        app.reminders.set_tag_interval("Friends", FRIENDS_EVERY_DAYS)
