# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Alembic environment: always given a live connection by ``hrconnect.store.migrate``."""

from __future__ import annotations

from alembic import context

from hrconnect.store.schema import FTS_TABLE, metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when misused from the alembic CLI
    raise RuntimeError("run migrations through hrconnect.store.migrate, which passes a connection")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the FTS5 index and its shadow tables out of autogenerate comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies and moves tables
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
