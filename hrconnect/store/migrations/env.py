# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Alembic environment: always given a live connection by ``hrconnect.store.migrate``."""

from __future__ import annotations

from alembic import context

from hrconnect.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when misused from the alembic CLI
    raise RuntimeError("run migrations through hrconnect.store.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies and moves tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
