# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""One unit of work: a connection inside a transaction, with the repositories bound to it."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from hrconnect.store.imports import ImportRepository
from hrconnect.store.interactions import InteractionRepository
from hrconnect.store.matching import MatchingRepository
from hrconnect.store.owner import OwnerRepository
from hrconnect.store.people import PeopleRepository
from hrconnect.store.records import RecordRepository
from hrconnect.store.search import SearchRepository
from hrconnect.store.stats import StatsRepository
from hrconnect.store.tags import TagRepository
from hrconnect.store.tombstones import TombstoneRepository

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from hrconnect.clock import Clock


class Transaction:
    """Repositories sharing one connection and transaction (see ``Store.write``/``read``)."""

    def __init__(self, connection: Connection, clock: Clock) -> None:
        self.connection = connection
        self.clock = clock

    @cached_property
    def records(self) -> RecordRepository:
        """Source records, contact points, jobs, photos."""
        return RecordRepository(self.connection)

    @cached_property
    def people(self) -> PeopleRepository:
        """People and their read model."""
        return PeopleRepository(self.connection)

    @cached_property
    def tags(self) -> TagRepository:
        """Tags."""
        return TagRepository(self.connection)

    @cached_property
    def interactions(self) -> InteractionRepository:
        """Interactions."""
        return InteractionRepository(self.connection)

    @cached_property
    def imports(self) -> ImportRepository:
        """Import batches and sources."""
        return ImportRepository(self.connection)

    @cached_property
    def matching(self) -> MatchingRepository:
        """Features, decisions, merges, suggestions."""
        return MatchingRepository(self.connection)

    @cached_property
    def owner(self) -> OwnerRepository:
        """The owner's facts and positions."""
        return OwnerRepository(self.connection)

    @cached_property
    def search(self) -> SearchRepository:
        """The full-text index and saved searches."""
        return SearchRepository(self.connection)

    @cached_property
    def tombstones(self) -> TombstoneRepository:
        """Forgotten records."""
        return TombstoneRepository(self.connection)

    @cached_property
    def stats(self) -> StatsRepository:
        """Counts for the charts."""
        return StatsRepository(self.connection)
