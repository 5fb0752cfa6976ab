# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Temporary id tables for queries about thousands of rows at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine

from hrconnect.store.id_tables import id_table

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.engine import Connection


def test_the_ids_are_there_inside_the_block_and_gone_after(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as connection:
        with id_table(connection, "wanted", [3, 1, 3, 2]) as name:
            ids = [row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {name}")]
            assert sorted(ids) == [1, 2, 3]  # duplicates collapse
        assert connection.exec_driver_sql("SELECT count(*) FROM wanted").scalar() == 0
        with id_table(connection, "wanted", [7]) as name:  # reusable in the same connection
            assert connection.exec_driver_sql(f"SELECT id FROM {name}").scalar() == 7


def _drop_and_fail(connection: Connection) -> None:
    with id_table(connection, "wanted", [1]):
        connection.exec_driver_sql("DROP TABLE temp.wanted")  # as a rollback by SQLite would
        raise ZeroDivisionError


def test_an_error_inside_the_block_is_the_one_that_propagates(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.connect() as connection, pytest.raises(ZeroDivisionError):
        _drop_and_fail(connection)
