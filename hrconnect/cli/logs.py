# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Logging for a CLI run: details to a private rotating file, warnings (or all) to stderr."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from typing import TYPE_CHECKING

from hrconnect.paths import create_private_file

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.paths import AppPaths

LOG_NAME = "hrconnect.log"


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (it may be replaced, as in tests)."""

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "file_only", False):
            return  # tracebacks go to the log file; the user gets one line from the caller
        self.stream = sys.stderr
        super().emit(record)


def log_file(paths: AppPaths) -> Path:
    """Where the log goes."""
    return paths.log_dir / LOG_NAME


def configure_logging(paths: AppPaths, *, verbose: bool = False) -> None:
    """Send ``hrconnect`` logs to the log file (INFO) and to stderr (WARNING, or INFO)."""
    root = logging.getLogger("hrconnect")
    if getattr(root, "_hrconnect_configured", False):
        return
    root.setLevel(logging.INFO)
    console = _CurrentStderr()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("hrconnect: %(message)s"))
    root.addHandler(console)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        target = log_file(paths)
        create_private_file(target)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:
        root.warning("cannot write the log file in %s", paths.log_dir)
    root.propagate = False
    root._hrconnect_configured = True  # type: ignore[attr-defined]
