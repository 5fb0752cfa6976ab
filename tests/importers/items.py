# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Typed views over what a format reader yielded, shared by the reader tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.core.progress import Progress
from hrconnect.core.records import (
    FileSummary,
    ForeignInteraction,
    ForeignRecord,
    OwnerFacts,
    RecordProblem,
)

if TYPE_CHECKING:
    from hrconnect.core.records import ImportItem


class ItemViews:
    """Mixin for a result holding ``items``: the records, problems, summaries... among them."""

    items: list[ImportItem]

    @property
    def records(self) -> list[ForeignRecord]:
        return [i for i in self.items if isinstance(i, ForeignRecord)]

    @property
    def interactions(self) -> list[ForeignInteraction]:
        return [i for i in self.items if isinstance(i, ForeignInteraction)]

    @property
    def owner_facts(self) -> list[OwnerFacts]:
        return [i for i in self.items if isinstance(i, OwnerFacts)]

    @property
    def problems(self) -> list[RecordProblem]:
        return [i for i in self.items if isinstance(i, RecordProblem)]

    @property
    def summaries(self) -> list[FileSummary]:
        return [i for i in self.items if isinstance(i, FileSummary)]

    @property
    def progress(self) -> list[Progress]:
        return [i for i in self.items if isinstance(i, Progress)]
