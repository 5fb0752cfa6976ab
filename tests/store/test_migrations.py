# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The migration scripts: one head, up and down cleanly, and the same schema as the code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from hrconnect.store import migrate
from hrconnect.store.schema import metadata

if TYPE_CHECKING:
    from pathlib import Path


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
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []
