# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""An app over a temporary home with a fixed clock, and helpers to write small exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import pytest

from hrconnect.services.app import App

if TYPE_CHECKING:
    from collections.abc import Generator, Iterator
    from pathlib import Path

    from hrconnect.clock import FixedClock
    from hrconnect.core.progress import Progress
    from hrconnect.core.report import ImportReport
    from hrconnect.paths import AppPaths

T = TypeVar("T")

PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n\n'
)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.fixture
def app(app_paths: AppPaths, clock: FixedClock) -> Iterator[App]:
    with App(app_paths, clock) as opened:
        yield opened


def write_connections(folder: Path, rows: list[str], name: str = "Connections.csv") -> Path:
    """A current-format LinkedIn Connections.csv with the given data rows."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(PREAMBLE + HEADER + "\n".join(rows), encoding="utf-8")
    return path


def write_vcards(folder: Path, cards: list[str], name: str = "phone.vcf") -> Path:
    """A vCard 3.0 file; each card given as its property lines."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\n{card.strip()}\r\nEND:VCARD\r\n" for card in cards
    )
    path.write_text(text, encoding="utf-8")
    return path


def finish(work: Generator[Progress, None, T]) -> T:
    """Run long work (a generator of progress) to its end and return its result."""
    while True:
        try:
            next(work)
        except StopIteration as finished:
            return finished.value  # type: ignore[no-any-return]


def run_import(app: App, *paths: Path, dry_run: bool = False) -> ImportReport:
    """Run an import to its end and return the report."""
    return finish(app.imports.run(list(paths), dry_run=dry_run))
