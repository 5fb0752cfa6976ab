# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Backups of the database file, taken and restored with SQLite's online backup API.

A file copy of a live WAL database can miss committed pages that still sit in the ``-wal``
file; the backup API copies a consistent snapshot. Backups are named
``hrconnect-<UTC timestamp>-<reason>.sqlite``, are private to the user (0600), are written in
rollback-journal mode (so reading one later leaves no ``-wal``/``-shm`` files beside it), and
automatic ones are pruned to the newest ``keep_last`` plus the newest of every month.

This module also holds the file-level helpers restore and forget need: checking that a file is
an hrconnect backup this version can open, copying one into place, finding the backups that
still hold given records, and erasing deleted content from the live file.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from hrconnect.errors import StoreError
from hrconnect.paths import create_private_file, make_private
from hrconnect.store import migrate
from hrconnect.store.schema import FTS_TABLE

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from pathlib import Path

    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

_NAME = re.compile(r"^hrconnect-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z-]+)\.sqlite$")
_COMPANIONS = ("-wal", "-shm", "-journal")
_KEY_CHUNK = 400

DEFAULT_KEEP_LAST = 10
"""Automatic backups kept besides one per month, unless ``Settings.backups_keep_last`` says."""


class BackupReason(StrEnum):
    """Why a backup was taken (part of its file name)."""

    MANUAL = "manual"
    IMPORT = "import"
    MERGE = "merge"
    MIGRATION = "migration"
    RESTORE = "before-restore"
    FORGET = "forget"
    """Reserved. Forgetting a person deliberately takes no backup (see ``services.forget``)."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file found in the backup folder."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """Whether a file can be restored, without changing it.

    Attributes:
        revision: The schema revision stamped in the file (None when it has none).
        problem: ``""`` when the file can be restored; else a stable key: ``not_a_file``,
            ``not_a_database``, ``foreign_database``, ``empty_database``, ``damaged`` or
            ``too_new``.
        detail: A plain sentence for the user when there is a problem.
    """

    revision: str | None
    problem: str = ""
    detail: str = ""


def take_backup(
    engine: Engine,
    backup_dir: Path,
    reason: BackupReason,
    now: datetime,
    keep_last: int = DEFAULT_KEEP_LAST,
) -> Path:
    """Write a consistent copy of the live database and prune old automatic backups.

    Returns:
        The new backup file.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    make_private(backup_dir)
    moment = now.astimezone(UTC)
    target = _backup_path(backup_dir, moment, reason)
    while target.exists():
        # A coarse or fixed clock must not make a new backup overwrite an older one.
        moment += timedelta(microseconds=1)
        target = _backup_path(backup_dir, moment, reason)
    create_private_file(target)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            # The copy inherits WAL mode; a backup is never written again, and in rollback
            # mode reading it (restore, forget's check) leaves no -wal/-shm files behind.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        raw.close()
    prune_backups(backup_dir, keep_last)
    return target


def _backup_path(backup_dir: Path, moment: datetime, reason: BackupReason) -> Path:
    return backup_dir / f"hrconnect-{moment.strftime('%Y%m%dT%H%M%S%fZ')}-{reason.value}.sqlite"


def copy_database(source: Path, target: Path) -> None:
    """Copy one database file into another with the backup API (restore uses it).

    The target may be the live database: the copy is one write transaction on it, so other
    connections see either the old or the new content, never a mixture.

    Raises:
        StoreError: the copy failed; the target is as it was.
    """
    create_private_file(target)
    try:
        src = _open_read_only(source)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        raise StoreError(f"cannot copy {source.name} to {target}: {error}") from error


def check_backup(path: Path) -> BackupCheck:
    """Tell whether ``path`` is an hrconnect database this version can restore.

    Nothing is written to the file. A backup from an older version is fine (the normal open
    migrates it); one from a newer version is refused, like the live database would be.
    """
    if not path.is_file():
        return BackupCheck(None, "not_a_file", f"{path} is not a file")
    try:
        revision = migrate.read_revision(path)
    except StoreError as error:
        if error.reason == "foreign_database":
            why = "foreign_database", "it is another program's SQLite database"
        else:
            why = "not_a_database", "it is not an SQLite database"
        return BackupCheck(None, why[0], f"{path.name} is not an hrconnect backup: {why[1]}")
    if revision is None:
        return BackupCheck(
            None, "empty_database", f"{path.name} is not an hrconnect backup: it is empty"
        )
    if revision != migrate.SCHEMA_HEAD and revision not in migrate.known_revisions():
        return BackupCheck(
            revision,
            "too_new",
            f"{path.name} was written by a newer version of hrconnect (schema {revision}); "
            "install that version to restore it",
        )
    try:
        connection = _open_read_only(path)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return BackupCheck(revision, "damaged", f"{path.name} cannot be read ({error})")
    if verdict is None or verdict[0] != "ok":
        found = verdict[0] if verdict else "no answer"
        return BackupCheck(revision, "damaged", f"{path.name} is damaged ({found})")
    return BackupCheck(revision)


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


def is_backup_name(name: str) -> bool:
    """True for a file name this module gives backups."""
    return _NAME.match(name) is not None


def delete_backup(path: Path) -> None:
    """Delete a backup file and any SQLite companion files beside it."""
    path.unlink(missing_ok=True)
    for suffix in _COMPANIONS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def prune_backups(backup_dir: Path, keep_last: int) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep_last`` and one per month.

    Manual backups and those taken before a restore are never pruned: the user asked for the
    first, and the second is the way back from a restore.

    Returns:
        The deleted files.
    """
    keep_reasons = {BackupReason.MANUAL.value, BackupReason.RESTORE.value}
    automatic = [b for b in list_backups(backup_dir) if b.reason not in keep_reasons]
    keep = {b.path for b in automatic[: max(keep_last, 0)]}
    seen_months: set[tuple[int, int]] = set()
    for backup in automatic:  # newest first, so the newest of each month is kept
        month = (backup.taken_at.year, backup.taken_at.month)
        if month not in seen_months:
            seen_months.add(month)
            keep.add(backup.path)
    deleted = []
    for backup in automatic:
        if backup.path not in keep:
            delete_backup(backup.path)
            deleted.append(backup.path)
    return deleted


def files_holding(paths: Sequence[Path], stable_keys: Iterable[str]) -> list[Path]:
    """Those database files that hold a record with one of the ``<kind>:<source_key>`` keys.

    A file that cannot be read is counted as holding them: when in doubt, tell the user.
    """
    pairs = sorted({tuple(key.split(":", 1)) for key in stable_keys if ":" in key})
    if not pairs:
        return []
    holding = []
    for path in paths:
        try:
            if _holds_any(path, pairs):
                holding.append(path)
        except sqlite3.Error as error:
            log.warning("cannot look inside backup %s (%s); listing it anyway", path.name, error)
            holding.append(path)
    return holding


def _holds_any(path: Path, pairs: Sequence[tuple[str, ...]]) -> bool:
    connection = _open_read_only(path)
    try:
        for start in range(0, len(pairs), _KEY_CHUNK):
            part = pairs[start : start + _KEY_CHUNK]
            condition = " OR ".join(["(kind = ? AND source_key = ?)"] * len(part))
            values = [value for pair in part for value in pair]
            row = connection.execute(
                f"SELECT 1 FROM source_records WHERE {condition} LIMIT 1", values
            ).fetchone()
            if row is not None:
                return True
        return False
    finally:
        connection.close()


def erase_deleted_content(engine: Engine) -> bool:
    """Rewrite the live file so deleted rows leave no trace in it (after forgetting someone).

    SQLite only unlinks deleted rows: their bytes stay in free pages and in the search index's
    older segments until overwritten, and the online backup API copies free pages too. This
    merges the search index, rebuilds the file (``VACUUM``) and empties the ``-wal`` file.

    Returns:
        True when done; False when another connection kept the file busy (the rows are deleted
        anyway; their bytes go when the file is next rebuilt).
    """
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if FTS_TABLE in tables:
                connection.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
            connection.execute("VACUUM")
            busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError as error:
            log.warning("could not rebuild the database file now: %s", error)
            return False
        return not busy
    finally:
        raw.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Open a database without writing to it or leaving files beside it.

    ``immutable`` skips locking and the ``-shm`` file; it is only safe when no ``-wal`` file
    holds newer pages, so a file with one is opened read-only the ordinary way.
    """
    has_wal = path.with_name(path.name + "-wal").exists()
    flags = "mode=ro" if has_wal else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
