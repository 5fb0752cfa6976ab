# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Tags: create, rename, merge, delete, and tag or untag many people at once.

The user's tags are stored on each person's own record (kind ``user``), so they follow merges
and come back with unmerges. Labels that came with an import (Google labels, vCard categories)
are tags on the imported record; removing a tag from a person removes it from all their records,
and a later re-import does not add it back (imports only add categories that are new in the
source).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.core.changes import Changes
from hrconnect.errors import NotFoundError, UsageError
from hrconnect.services.people import own_record
from hrconnect.services.people_index import refresh_people

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.clock import Clock
    from hrconnect.store.engine import Store
    from hrconnect.store.tags import TagInfo
    from hrconnect.store.transaction import Transaction

MAX_TAG_LENGTH = 80


def clean_tag(name: str) -> str:
    """A tag name trimmed, inner spaces collapsed.

    Raises:
        UsageError: empty, too long, or containing a tab or newline.
    """
    text = " ".join(name.split())
    if not text:
        raise UsageError("a tag needs a name")
    if len(text) > MAX_TAG_LENGTH:
        raise UsageError(f"a tag name can be at most {MAX_TAG_LENGTH} characters")
    return text


class TagService:
    """Manages tags and who carries them."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def all(self) -> list[TagInfo]:
        """Every tag with its number of people and keep-in-touch interval."""
        with self._store.read() as tx:
            return tx.tags.all()

    def tag(self, name: str, person_ids: Sequence[int]) -> Changes:
        """Give people a tag, creating it when new."""
        tag = clean_tag(name)
        with self._store.write() as tx:
            tag_id = tx.tags.ensure([tag])[tag.casefold()]
            people = _resolved(tx, person_ids)
            for person_id in people:
                tx.tags.link(own_record(tx, person_id, self._clock), [tag_id], self._clock.today())
            refresh_people(tx, people)
        return Changes(people=True, tags=True, reminders=True, person_ids=frozenset(people))

    def untag(self, name: str, person_ids: Sequence[int]) -> Changes:
        """Take a tag off people (from all their records)."""
        with self._store.write() as tx:
            tag_id = self._find(tx, name)
            people = _resolved(tx, person_ids)
            tx.tags.unlink_people(people, tag_id)
            refresh_people(tx, people)
        return Changes(people=True, tags=True, reminders=True, person_ids=frozenset(people))

    def rename(self, name: str, new_name: str) -> Changes:
        """Rename a tag.

        Raises:
            UsageError: another tag already has the new name (merge them instead).
        """
        target = clean_tag(new_name)
        with self._store.write() as tx:
            tag_id = self._find(tx, name)
            other = tx.tags.find(target)
            if other is not None and other != tag_id:
                raise UsageError(f"a tag named {target!r} exists; merge the two instead")
            tx.tags.rename(tag_id, target)
            people = tx.tags.people_with(tag_id)
            refresh_people(tx, people)
        return Changes(people=True, tags=True, person_ids=frozenset(people))

    def merge(self, name: str, into: str) -> Changes:
        """Move everyone from one tag to another and delete the first."""
        with self._store.write() as tx:
            source = self._find(tx, name)
            target = self._find(tx, into)
            if source == target:
                raise UsageError("a tag cannot be merged into itself")
            people = tx.tags.people_with(source)
            tx.tags.merge(source, target)
            refresh_people(tx, people)
        return Changes(people=True, tags=True, reminders=True, person_ids=frozenset(people))

    def delete(self, name: str) -> Changes:
        """Delete a tag (the people stay)."""
        with self._store.write() as tx:
            tag_id = self._find(tx, name)
            people = tx.tags.people_with(tag_id)
            tx.tags.delete(tag_id)
            refresh_people(tx, people)
        return Changes(people=True, tags=True, reminders=True, person_ids=frozenset(people))

    @staticmethod
    def _find(tx: Transaction, name: str) -> int:
        tag_id = tx.tags.find(" ".join(name.split()))
        if tag_id is None:
            raise NotFoundError(f"no tag named {name!r}")
        return tag_id


def _resolved(tx: Transaction, person_ids: Sequence[int]) -> list[int]:
    people = []
    for person_id in person_ids:
        resolved = tx.people.resolve(person_id)
        if resolved is None:
            raise NotFoundError(f"no person with id {person_id}")
        people.append(resolved)
    return sorted(set(people))
