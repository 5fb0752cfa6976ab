# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Opening the store: creation, migration, refusal of newer files, privacy of the files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from typing import TYPE_CHECKING

import pytest

from hrconnect.errors import StoreError, StoreTooNewError
from hrconnect.store import migrate
from hrconnect.store.engine import open_store

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.clock import FixedClock
    from hrconnect.paths import AppPaths


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.script_head() == migrate.SCHEMA_HEAD


def test_a_new_store_is_created_at_the_head_revision(app_paths: AppPaths, clock: FixedClock):
    store = open_store(app_paths, clock)
    store.close()
    assert migrate.read_revision(app_paths.database) == migrate.SCHEMA_HEAD


def test_an_empty_file_is_treated_as_a_new_store(app_paths: AppPaths, clock: FixedClock):
    app_paths.ensure()
    app_paths.database.write_bytes(b"")
    open_store(app_paths, clock).close()
    assert migrate.read_revision(app_paths.database) == migrate.SCHEMA_HEAD


def test_a_database_from_a_newer_version_is_refused_untouched(
    app_paths: AppPaths, clock: FixedClock
):
    open_store(app_paths, clock).close()
    with sqlite3.connect(app_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(app_paths.database)
    with pytest.raises(StoreTooNewError, match="newer version"):
        open_store(app_paths, clock)
    assert _digest(app_paths.database) == before
    assert not list(app_paths.backup_dir.iterdir())


def test_a_foreign_sqlite_file_is_refused_untouched(app_paths: AppPaths, clock: FixedClock):
    app_paths.ensure()
    with sqlite3.connect(app_paths.database) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    before = _digest(app_paths.database)
    with pytest.raises(StoreError, match="not an hrconnect database"):
        open_store(app_paths, clock)
    assert _digest(app_paths.database) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(app_paths: AppPaths, clock: FixedClock):
    app_paths.ensure()
    app_paths.database.write_bytes(b"this is a text file, not SQLite" * 100)
    before = _digest(app_paths.database)
    with pytest.raises(StoreError):
        open_store(app_paths, clock)
    assert _digest(app_paths.database) == before


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_data_folder_is_0700_and_database_0600(app_paths: AppPaths, clock: FixedClock):
    store = open_store(app_paths, clock)
    with store.write() as tx:
        tx.people.create(1, clock.now())
    store.close()
    assert stat.S_IMODE(app_paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(app_paths.backup_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(app_paths.database.stat().st_mode) == 0o600
    for companion in app_paths.data_dir.glob("hrconnect.sqlite-*"):
        assert stat.S_IMODE(companion.stat().st_mode) == 0o600


def test_foreign_keys_and_wal_are_on(app_paths: AppPaths, clock: FixedClock):
    store = open_store(app_paths, clock)
    with store.read() as tx:
        assert tx.connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert tx.connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.close()


def test_a_failed_write_unit_leaves_nothing_behind(app_paths: AppPaths, clock: FixedClock):
    store = open_store(app_paths, clock)

    def crash_half_way() -> None:
        with store.write() as tx:
            tx.people.create(5, clock.now())
            raise RuntimeError("crash half-way")

    with pytest.raises(RuntimeError):
        crash_half_way()
    with store.read() as tx:
        assert tx.people.count() == 0
    store.close()
