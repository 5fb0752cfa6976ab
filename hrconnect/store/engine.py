# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Opening the store: one SQLite file, migrated to the current schema, private to the user.

``open_store`` is the only way in. It creates the folders (0700) and the file (0600), refuses
a database written by a newer hrconnect without touching it, backs the file up before any
migration, and then upgrades it. Connections run with foreign keys on, WAL journaling and a
busy timeout, so the GUI and a CLI command can share the file.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.exc import OperationalError

from hrconnect.errors import StoreError, StoreLockedError, StoreTooNewError
from hrconnect.paths import create_private_file, make_private
from hrconnect.store import migrate
from hrconnect.store.backup import BackupReason, take_backup
from hrconnect.store.transaction import Transaction

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from sqlalchemy.engine import Connection, Engine

    from hrconnect.clock import Clock
    from hrconnect.paths import AppPaths

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
DEFAULT_KEEP_LAST = 10


class Store:
    """An open database. Use :meth:`write` and :meth:`read` for units of work.

    Every unit of work gets a :class:`~hrconnect.store.transaction.Transaction` that offers the
    repositories. A write unit is one SQLite transaction (``BEGIN IMMEDIATE``): it commits when
    the block ends normally and rolls back on any exception, so a crash or a kill part-way
    leaves the file as it was.
    """

    def __init__(
        self,
        engine: Engine,
        path: Path,
        paths: AppPaths,
        clock: Clock,
        keep_last: int = DEFAULT_KEEP_LAST,
    ) -> None:
        self.engine = engine
        self.path = path
        self.paths = paths
        self.clock = clock
        self.keep_last = keep_last
        """How many automatic backups to keep (plus one per month); from the settings."""

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """A read-write unit of work."""
        with self._connect(immediate=True) as connection:
            transaction = Transaction(connection, self.clock)
            try:
                yield transaction
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        """A read-only unit of work (a consistent snapshot; writes are rolled back)."""
        with self._connect(immediate=False) as connection:
            try:
                yield Transaction(connection, self.clock)
            finally:
                connection.rollback()

    @contextmanager
    def _connect(self, *, immediate: bool) -> Iterator[Connection]:
        try:
            connection = self.engine.connect().execution_options(
                hrconnect_begin="BEGIN IMMEDIATE" if immediate else "BEGIN"
            )
        except OperationalError as error:
            raise StoreError(f"cannot open {self.path}: {error.orig}") from error
        try:
            try:
                connection.begin()
            except OperationalError as error:
                if "locked" in str(error.orig):
                    raise StoreLockedError(
                        "the database is busy in another hrconnect window or command; "
                        "try again when it has finished"
                    ) from error
                raise
            yield connection
        finally:
            connection.close()

    def backup(self, reason: BackupReason) -> Path:
        """Copy the live database with SQLite's online backup API; see ``store.backup``."""
        return take_backup(
            self.engine, self.paths.backup_dir, reason, self.clock.now(), self.keep_last
        )

    def close(self) -> None:
        """Release all connections."""
        self.engine.dispose()


CACHE_KIB = 32 * 1024
"""SQLite page cache per connection, in KiB."""


def _install_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # A 30k-person import grows indexes far beyond SQLite's default 2 MiB page cache;
        # with 32 MiB (allocated only as used) most of the B-trees stay in memory as they grow.
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy
        # timeout instead of failing half-way with "database is locked".
        statement = connection.get_execution_options().get("hrconnect_begin", "BEGIN")
        connection.exec_driver_sql(statement)


def create_store_engine(path: Path) -> Engine:
    """An engine for the file with hrconnect's pragmas installed."""
    engine = create_engine(f"sqlite:///{path.as_posix()}")
    _install_pragmas(engine)
    return engine


def open_store(paths: AppPaths, clock: Clock, *, keep_last: int = DEFAULT_KEEP_LAST) -> Store:
    """Open (creating or upgrading as needed) the database under ``paths``.

    Raises:
        StoreTooNewError: the file was written by a newer hrconnect; it is not touched.
        StoreError: the file is not an hrconnect database or cannot be opened.
    """
    paths.ensure()
    path = paths.database
    revision = migrate.read_revision(path)
    is_behind_or_ahead = revision is not None and revision != migrate.SCHEMA_HEAD
    if is_behind_or_ahead and revision not in migrate.known_revisions():
        raise StoreTooNewError(
            f"{path} was written by a newer version of hrconnect (schema {revision}); "
            "it was left untouched. Install the newer version to open it."
        )
    create_private_file(path)
    engine = create_store_engine(path)
    store = Store(engine, path, paths, clock, keep_last)
    if revision != migrate.SCHEMA_HEAD:
        if revision is not None:
            saved = store.backup(BackupReason.MIGRATION)
            log.info("backed up %s to %s before migrating from %s", path, saved, revision)
        with engine.begin() as connection:
            if revision is None:
                migrate.create_at_head(connection)
            else:
                migrate.upgrade(connection)
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists():
            make_private(companion)
    return store
