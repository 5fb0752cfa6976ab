# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What a write changed, so that views refresh only what they show (anki's ``OpChanges``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Flags for the aggregates a service write touched. Every service write returns one."""

    people: bool = False
    interactions: bool = False
    reminders: bool = False
    tags: bool = False
    suggestions: bool = False
    imports: bool = False
    owner: bool = False
    person_ids: frozenset[int] = field(default_factory=frozenset)
    """People whose data changed, when known; empty means "possibly any"."""

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            people=self.people or other.people,
            interactions=self.interactions or other.interactions,
            reminders=self.reminders or other.reminders,
            tags=self.tags or other.tags,
            suggestions=self.suggestions or other.suggestions,
            imports=self.imports or other.imports,
            owner=self.owner or other.owner,
            person_ids=self.person_ids | other.person_ids,
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing changed."""
        return not (
            self.people
            or self.interactions
            or self.reminders
            or self.tags
            or self.suggestions
            or self.imports
            or self.owner
        )


EVERYTHING = Changes(
    people=True,
    interactions=True,
    reminders=True,
    tags=True,
    suggestions=True,
    imports=True,
    owner=True,
)
