# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Backups of the database file, taken with SQLite's online backup API.

A file copy of a live WAL database can miss committed pages that still sit in the ``-wal``
file; the backup API copies a consistent snapshot. Backups are named
``hrconnect-<UTC timestamp>-<reason>.sqlite``, are private to the user (0600), and are pruned
to the newest ``keep_last`` plus the newest of every month.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from hrconnect.paths import create_private_file, make_private

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.engine import Engine

_NAME = re.compile(r"^hrconnect-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z-]+)\.sqlite$")


class BackupReason(StrEnum):
    """Why a backup was taken (part of its file name)."""

    MANUAL = "manual"
    IMPORT = "import"
    MERGE = "merge"
    MIGRATION = "migration"
    RESTORE = "before-restore"
    FORGET = "forget"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file found in the backup folder."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def take_backup(
    engine: Engine, backup_dir: Path, reason: BackupReason, now: datetime, keep_last: int = 10
) -> Path:
    """Write a consistent copy of the live database and prune old automatic backups.

    Returns:
        The new backup file.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    make_private(backup_dir)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"hrconnect-{stamp}-{reason.value}.sqlite"
    create_private_file(target)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
    prune_backups(backup_dir, keep_last)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy one database file into another with the backup API (used by restore)."""
    create_private_file(target)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first."""
    found: list[BackupInfo] = []
    if not backup_dir.exists():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        stamp = match[1]
        fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
        taken = datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match[2], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune_backups(backup_dir: Path, keep_last: int) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep_last`` and one per month.

    Manual backups and those taken before a restore are never pruned: the user asked for the
    first, and the second is the way back from a restore.

    Returns:
        The deleted files.
    """
    keep_reasons = {BackupReason.MANUAL.value, BackupReason.RESTORE.value}
    automatic = [b for b in list_backups(backup_dir) if b.reason not in keep_reasons]
    keep = {b.path for b in automatic[:keep_last]}
    seen_months: set[tuple[int, int]] = set()
    for backup in automatic:  # newest first, so the newest of each month is kept
        month = (backup.taken_at.year, backup.taken_at.month)
        if month not in seen_months:
            seen_months.add(month)
            keep.add(backup.path)
    deleted = []
    for backup in automatic:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted
