# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The migration scripts: one head, up and down cleanly, and the same schema as the code."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from hrconnect.store import migrate
from hrconnect.store.schema import FTS_TABLE, metadata

if TYPE_CHECKING:
    from pathlib import Path


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The FTS5 index is created in SQL by migration 0002, outside the Core metadata."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def test_there_is_exactly_one_head() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(scripts.get_heads()) == 1


def test_migrations_go_up_down_and_up_again(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.begin() as connection:
        migrate.downgrade(connection, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    with engine.begin() as connection:
        migrate.upgrade(connection)
    assert "source_records" in inspect(engine).get_table_names()


def test_upgraded_schema_matches_the_table_definitions(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_a_store_from_the_previous_release_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    import shutil
    from datetime import date

    from hrconnect.clock import FixedClock
    from hrconnect.paths import AppPaths
    from hrconnect.store.backup import list_backups
    from hrconnect.store.engine import open_store
    from tests.conftest import FIXTURES

    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    shutil.copyfile(FIXTURES / "db" / "0001.sqlite", paths.database)
    assert migrate.read_revision(paths.database) == "0001"

    store = open_store(paths, FixedClock.on(date(2026, 11, 21)))
    assert migrate.read_revision(paths.database) == migrate.SCHEMA_HEAD
    backups = list_backups(paths.backup_dir)
    assert [b.reason for b in backups] == ["migration"]
    assert migrate.read_revision(backups[0].path) == "0001"
    with store.read() as tx:
        assert tx.people.count() == 5
        assert tx.matching.count_merges() == 1
        hits = tx.connection.exec_driver_sql(
            "SELECT rowid FROM people_fts WHERE people_fts MATCH 'vandewalle'"
        ).fetchall()
        assert len(hits) == 1
    store.close()


def _frozen_databases() -> list[Path]:
    from tests.conftest import FIXTURES

    return sorted((FIXTURES / "db").glob("*.sqlite"))


def test_the_current_schema_has_a_frozen_database() -> None:
    """Each released schema keeps a database here, so later migrations are tested from it."""
    names = [path.stem for path in _frozen_databases()]
    assert migrate.SCHEMA_HEAD in names, (
        f"add tests/fixtures/db/{migrate.SCHEMA_HEAD}.sqlite, a small store at this schema"
    )


@pytest.mark.parametrize("frozen", _frozen_databases(), ids=lambda path: path.stem)
def test_every_released_schema_opens_with_its_people(frozen: Path, tmp_path: Path) -> None:
    import shutil
    import sqlite3
    from datetime import date

    from hrconnect.clock import FixedClock
    from hrconnect.paths import AppPaths
    from hrconnect.store.backup import list_backups
    from hrconnect.store.engine import open_store

    with sqlite3.connect(frozen) as raw:
        people = raw.execute("SELECT count(*) FROM persons WHERE merged_into IS NULL").fetchone()[0]
    assert people > 0
    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    shutil.copyfile(frozen, paths.database)
    store = open_store(paths, FixedClock.on(date(2026, 11, 26)))
    try:
        assert migrate.read_revision(paths.database) == migrate.SCHEMA_HEAD
        with store.read() as tx:
            assert tx.people.count() == people
            assert len(tx.people.summaries()) == people
        migrated = frozen.stem != migrate.SCHEMA_HEAD
        assert [b.reason for b in list_backups(paths.backup_dir)] == (
            ["migration"] if migrated else []
        )
    finally:
        store.close()


def _definition(sql: str | None) -> object:
    """A CREATE statement with whitespace and quoting normalised and its clauses sorted.

    Alembic and ``create_all`` write the same table with its constraint clauses in another
    order; CHECK constraints, collations and partial-index conditions must still be equal.
    """
    if sql is None:  # automatic indexes have no SQL of their own
        return None
    text = " ".join(sql.replace('"', "").split())
    head, _, body = text.partition("(")
    clauses, depth, current = [], 0, ""
    for char in body.rsplit(")", 1)[0]:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            clauses.append(current.strip())
            current = ""
        else:
            current += char
    clauses.append(current.strip())
    return head.strip(), sorted(clauses), body.rsplit(")", 1)[1].strip()


def _schema(database: Path) -> dict[str, object]:
    """Every table, index and virtual table of a file, as SQLite reports it."""
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        objects = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        shape: dict[str, object] = {
            "objects": [(kind, name, table) for kind, name, table, _ in objects]
        }
        for kind, name, _, sql in objects:
            shape[f"{name}:sql"] = _definition(sql)
            if kind == "table" and not name.startswith(f"{FTS_TABLE}_"):
                shape[f"{name}:columns"] = connection.execute(
                    f"PRAGMA table_info('{name}')"
                ).fetchall()
                shape[f"{name}:keys"] = sorted(  # without the id: only the order differs
                    key[2:] for key in connection.execute(f"PRAGMA foreign_key_list('{name}')")
                )
                shape[f"{name}:indexes"] = sorted(
                    (index[1], index[2], index[3], index[4])
                    for index in connection.execute(f"PRAGMA index_list('{name}')")
                )
            if kind == "index":
                shape[f"{name}:index"] = connection.execute(
                    f"PRAGMA index_xinfo('{name}')"
                ).fetchall()
        shape["revision"] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        return shape
    finally:
        connection.close()


def test_a_new_store_created_at_head_equals_one_built_by_every_migration(tmp_path: Path) -> None:
    migrated, created = tmp_path / "migrated.sqlite", tmp_path / "created.sqlite"
    with create_engine(f"sqlite:///{migrated}").begin() as connection:
        migrate.upgrade(connection)
    with create_engine(f"sqlite:///{created}").begin() as connection:
        migrate.create_at_head(connection)
    assert _schema(created) == _schema(migrated)
    assert _schema(created)["revision"] == [(migrate.SCHEMA_HEAD,)]


def test_an_unstamped_file_with_tables_is_upgraded_not_created(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    engine = create_engine(f"sqlite:///{database}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.begin() as connection:
        migrate.downgrade(connection, "base")  # leaves an empty alembic_version table
    with engine.begin() as connection:
        migrate.create_at_head(connection)
    assert migrate.read_revision(database) == migrate.SCHEMA_HEAD
