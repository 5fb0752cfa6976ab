# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Printing for the CLI: JSON documents, aligned tables and a progress line on stderr."""

from __future__ import annotations

import json
import sys
import time
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.core.progress import Progress

STAGE_WORDS = {
    "reading": "Reading",
    "storing": "Storing",
    "linking": "Linking",
    "indexing": "Indexing",
    "matching": "Matching",
    "scoring": "Scoring",
}


def print_json(document: dict[str, Any], stream: IO[str] | None = None) -> None:
    """One JSON document on stdout, UTF-8, stable key order as built."""
    out = stream or sys.stdout
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], stream: IO[str] | None = None
) -> None:
    """A plain aligned text table (columns padded to their widest cell)."""
    out = stream or sys.stdout
    cells = [[str(h) for h in headers]] + [
        ["" if c is None else str(c) for c in row] for row in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
        out.write("\n")
        if index == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


class ProgressLine:
    """A single self-overwriting status line on stderr, only when stderr is a terminal."""

    def __init__(self, stream: IO[str] | None = None, *, min_interval: float = 0.1) -> None:
        self._stream = stream or sys.stderr
        self._enabled = bool(getattr(self._stream, "isatty", lambda: False)())
        self._interval = min_interval
        self._last = 0.0
        self._width = 0

    def update(self, progress: Progress) -> None:
        """Show a progress value (throttled)."""
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._last < self._interval:
            return
        self._last = now
        stage = STAGE_WORDS.get(progress.stage, progress.stage.capitalize())
        if progress.fraction is not None:
            filled = int(progress.fraction * 24)
            bar = f"[{'#' * filled}{'-' * (24 - filled)}] {progress.fraction:4.0%}"
            text = f"{stage} {progress.detail} {bar}"
        else:
            count = f" {progress.done:,}" if progress.done else ""
            text = f"{stage} {progress.detail}{count}"
        text = text[:100]
        self._stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self._stream.flush()

    def close(self) -> None:
        """Clear the line."""
        if self._enabled and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
