# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Backups on request, restoring one, and how many automatic backups are kept.

Automatic backups are taken before every import, merge batch and migration (by those services
and ``open_store``); this service adds what the user asks for:

- **backup**: a manual backup now (SQLite's online backup API, never a file copy of the live
  database). Manual backups are never pruned.
- **restore**: reversible. The current database is first saved as a ``before-restore`` backup
  (never pruned either), then the chosen backup is copied into the live file with the backup
  API, and the store is reopened through ``open_store``, so a backup from an older version is
  migrated like any old database. Restoring that ``before-restore`` backup brings the state from
  just before the restore back. A file that is not an hrconnect database, is damaged, or comes
  from a newer version is refused before anything is touched.
- **retention**: automatic backups are pruned to the newest ``Settings.backups_keep_last`` plus
  the newest of every month.
- **delete**: removes chosen backups (after forgetting someone, older backups still hold them);
  a fresh backup of the current state is taken first so a way back always remains.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrconnect.core.changes import EVERYTHING
from hrconnect.errors import HrconnectError, NotFoundError, StoreError, UsageError
from hrconnect.store import migrate
from hrconnect.store.backup import (
    BackupInfo,
    BackupReason,
    check_backup,
    copy_database,
    delete_backup,
    is_backup_name,
    list_backups,
    prune_backups,
    take_backup,
)
from hrconnect.store.engine import open_store

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.clock import Clock
    from hrconnect.core.changes import Changes
    from hrconnect.settings import Settings
    from hrconnect.store.engine import Store

log = logging.getLogger(__name__)


def backup_json(info: BackupInfo) -> dict[str, Any]:
    """The JSON shape of one backup (``backup --json``, ``backup --list --json``)."""
    return {
        "file": str(info.path),
        "name": info.path.name,
        "taken_at": info.taken_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "reason": info.reason,
        "size": info.size,
    }


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did.

    Attributes:
        restored: The backup that is now the live database.
        undo_backup: The ``before-restore`` backup of the database as it was; restore it to
            undo the restore.
        migrated_from: The backup's schema revision when it was older and got migrated.
    """

    restored: Path
    undo_backup: Path
    migrated_from: str | None

    @property
    def changes(self) -> Changes:
        """Everything may have changed: views reload all they show."""
        return EVERYTHING

    def to_json(self) -> dict[str, Any]:
        """The ``restore --json`` document."""
        return {
            "version": 1,
            "restored": str(self.restored),
            "undo_backup": str(self.undo_backup),
            "migrated_from": self.migrated_from,
        }


@dataclass(frozen=True, slots=True)
class DeleteResult:
    """What deleting backups did: the fresh backup taken first and the files removed."""

    fresh: BackupInfo | None
    deleted: tuple[Path, ...]


class BackupService:
    """Manual backups, the list of backups, restore, retention."""

    def __init__(self, store: Store, clock: Clock, settings: Settings) -> None:
        self._store = store
        self._clock = clock
        self._settings = settings

    @property
    def folder(self) -> Path:
        """Where backups are kept."""
        return self._store.paths.backup_dir

    def all(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first."""
        return list_backups(self.folder)

    def backup(self) -> BackupInfo:
        """Take a manual backup now (also prunes automatic ones to the retention setting).

        Raises:
            StoreError: the backup could not be written (disk full, folder not writable).
        """
        path = self._take(BackupReason.MANUAL)
        return self._info(path)

    def prune(self) -> list[Path]:
        """Apply the retention setting to the automatic backups now; returns deleted files."""
        return prune_backups(self.folder, self._settings.backups_keep_last)

    def restore(self, backup: Path | str) -> RestoreResult:
        """Make a backup the live database, reversibly.

        Args:
            backup: A backup file; a bare name is also looked up in the backup folder.

        Returns:
            What was restored and the ``before-restore`` backup that undoes it.

        Raises:
            NotFoundError: no such file.
            UsageError: the file is not an hrconnect backup, is damaged, is the live database,
                or was written by a newer version (``reason``: ``not_a_backup`` or
                ``backup_too_new``). Nothing was changed.
            StoreError: the restore failed part-way; the database was put back as it was.
        """
        source = self._locate(Path(backup))
        live = self._store.path
        if source.resolve() == live.resolve():
            raise UsageError(f"{source} is the live database, not a backup", reason="not_a_backup")
        check = check_backup(source)
        if check.problem == "too_new":
            raise UsageError(check.detail + "; nothing was changed", reason="backup_too_new")
        if check.problem:
            raise UsageError(check.detail + "; nothing was changed", reason="not_a_backup")
        undo = self._take(BackupReason.RESTORE)
        self._store.close()
        try:
            copy_database(source, live)
            # Through the normal way in: an older backup is backed up and migrated here.
            open_store(self._store.paths, self._clock, keep_last=self._store.keep_last).close()
        except HrconnectError as error:
            self._put_back(undo, live)
            raise StoreError(
                f"restoring {source.name} failed ({error}); your database was put back as it was"
            ) from error
        log.info("restored %s; the previous database is in %s", source.name, undo.name)
        migrated = check.revision if check.revision != migrate.SCHEMA_HEAD else None
        return RestoreResult(source, undo, migrated)

    def delete(self, backups: Sequence[Path], *, fresh_backup_first: bool = True) -> DeleteResult:
        """Delete backups, e.g. the older ones that still hold a forgotten person.

        Args:
            backups: Files in the backup folder.
            fresh_backup_first: Take a manual backup of the current database first, so one
                way back remains (it holds only what the database holds now).

        Raises:
            UsageError: a file is not one of hrconnect's backups; nothing was deleted.
        """
        folder = self.folder.resolve()
        for path in backups:
            if path.resolve().parent != folder or not is_backup_name(path.name):
                raise UsageError(f"{path} is not one of hrconnect's backups; nothing was deleted")
        fresh = self.backup() if fresh_backup_first else None
        deleted = []
        for path in backups:
            if fresh is not None and path.resolve() == fresh.path.resolve():
                continue
            delete_backup(path)
            deleted.append(path)
        return DeleteResult(fresh, tuple(deleted))

    # --- helpers -------------------------------------------------------------------------

    def _take(self, reason: BackupReason) -> Path:
        return take_backup(
            self._store.engine,
            self.folder,
            reason,
            self._clock.now(),
            self._settings.backups_keep_last,
        )

    def _info(self, path: Path) -> BackupInfo:
        for info in list_backups(self.folder):
            if info.path == path:
                return info
        raise StoreError(f"the backup {path} vanished right after it was written")

    def _locate(self, backup: Path) -> Path:
        if backup.exists():
            return backup
        if backup.parent == Path() and (self.folder / backup.name).exists():
            return self.folder / backup.name
        raise NotFoundError(f"no such backup file: {backup}")

    def _put_back(self, undo: Path, live: Path) -> None:
        self._store.close()
        copy_database(undo, live)
        open_store(self._store.paths, self._clock, keep_last=self._store.keep_last).close()
