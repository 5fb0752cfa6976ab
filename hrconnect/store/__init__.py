# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Persistence: SQLite through SQLAlchemy Core, migrated by Alembic.

The only package that speaks SQL. It hands out plain values and ``hrconnect.core``
dataclasses, never rows.
"""
