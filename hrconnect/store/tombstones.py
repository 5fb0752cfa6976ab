# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Tombstones of forgotten records: a hash of the stable key, and nothing personal."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from hrconnect.store.records import chunks
from hrconnect.store.schema import tombstones

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from sqlalchemy.engine import Connection


def tombstone_hash(stable_key: str) -> str:
    """The SHA-256 of ``<kind>:<source_key>``: recognises a record without naming anybody."""
    return hashlib.sha256(stable_key.encode("utf-8")).hexdigest()


class TombstoneRepository:
    """Reads and writes tombstones. Obtain through ``Transaction.tombstones``."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, stable_keys: Iterable[str], now: datetime) -> None:
        """Remember forgotten records."""
        stamp = now.isoformat(timespec="seconds")
        rows = [(tombstone_hash(key), stamp) for key in stable_keys]
        if rows:
            self._c.exec_driver_sql(
                "INSERT OR IGNORE INTO tombstones (key_hash, created_at) VALUES (?, ?)", rows
            )

    def buried(self, stable_keys: Iterable[str]) -> set[str]:
        """Those of the stable keys that were forgotten."""
        by_hash = {tombstone_hash(key): key for key in stable_keys}
        found: set[str] = set()
        for part in chunks(list(by_hash)):
            rows = self._c.execute(
                select(tombstones.c.key_hash).where(tombstones.c.key_hash.in_(part))
            )
            found.update(by_hash[row.key_hash] for row in rows)
        return found

    def has_any(self) -> bool:
        """True if anything was ever forgotten (lets imports skip the check)."""
        return self._c.execute(select(tombstones.c.key_hash).limit(1)).first() is not None

    def clear(self, stable_keys: Iterable[str] | None = None) -> None:
        """Allow forgotten records back (all of them when ``stable_keys`` is None)."""
        if stable_keys is None:
            self._c.execute(delete(tombstones))
            return
        for part in chunks([tombstone_hash(k) for k in stable_keys]):
            self._c.execute(delete(tombstones).where(tombstones.c.key_hash.in_(part)))
