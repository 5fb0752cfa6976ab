# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The import dialog's work on the worker thread: a dry run for the preview, the import itself.

Both return plain values ready to show (the report's JSON form and its tree rows, built here),
so that the GUI thread only swaps models when a big import ends. (The services hold Python's full
garbage collections back while they run: ``hrconnect.services.gc_pause``.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hrconnect.ui.widgets.import_preview import PreviewRow, preview_rows
from hrconnect.ui.widgets.import_report import report_rows

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Generator
    from pathlib import Path

    from hrconnect.core.progress import CancelToken, Progress
    from hrconnect.services.app import App
    from hrconnect.services.imports import UnusablePath

    from hrconnect.ui.widgets.import_tree import TreeNode


@dataclass(frozen=True, slots=True)
class PreviewOutcome:
    """A dry run's result: what can be imported, what cannot, and the report it would give."""

    usable: list[Path]
    unusable: list[UnusablePath]
    document: dict[str, Any] | None
    rows: list[PreviewRow]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """A finished import: its report document and what it changed."""

    document: dict[str, Any]
    changed_anything: bool
    backup: str | None
    rows: list[TreeNode]
    """The report tree, built on the worker: a large report costs the GUI thread nothing."""


def stoppable(
    inner: Generator[Progress, None, Any], token: CancelToken, stop: threading.Event
) -> Generator[Progress, None, Any]:
    """Forward ``inner``'s progress; once ``stop`` is set, cancel through the token.

    ``stop`` is the dialog's own thread-safe flag: Cancel sets it even before the task's handle
    is known (an inline runner delivers progress before ``long_task`` returns).
    """
    try:
        while True:
            if stop.is_set():
                token.cancel()
            try:
                progress = next(inner)
            except StopIteration as finished:
                return finished.value
            yield progress
    finally:
        inner.close()  # a cancelled import rolls back at its yield


def preview_work(
    paths: list[Path], stop: threading.Event
) -> Callable[[App, CancelToken], Generator[Progress, None, PreviewOutcome]]:
    """The preview task: detect every path, then dry-run the usable ones."""

    def work(app: App, token: CancelToken) -> Generator[Progress, None, PreviewOutcome]:
        found = app.imports.preview(paths)
        try:
            unusable = list(found.unusable)
        finally:
            found.close()
        refused = {item.path for item in unusable}
        usable = [path for path in paths if str(path) not in refused]
        document = None
        if usable:
            run = app.imports.run(usable, dry_run=True, cancel=token)
            report = yield from stoppable(run, token, stop)
            document = report.to_json()
        return PreviewOutcome(usable, unusable, document, preview_rows(document, unusable))

    return work


def import_work(
    paths: list[Path], stop: threading.Event
) -> Callable[[App, CancelToken], Generator[Progress, None, ImportOutcome]]:
    """The import task; the report is turned into its JSON form on the worker too."""

    def work(app: App, token: CancelToken) -> Generator[Progress, None, ImportOutcome]:
        report = yield from stoppable(app.imports.run(paths, cancel=token), token, stop)
        changed = report.changed_anything or bool(report.merged or report.suggested)
        document = report.to_json()
        return ImportOutcome(document, changed, report.backup, report_rows(document))

    return work
