# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Exporting people to a file."""

from __future__ import annotations


def export_people(context, parent, person_ids):  # type: ignore[no-untyped-def]
    """Ask for a file and a format, then export (everyone when ``person_ids`` is None)."""
