# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""People: listing, details, and the user's own edits.

The user's edits (a corrected name, a note, a new phone number, the keep-in-touch interval) are
stored on the person's record of kind ``user``, never on imported records. Imports never touch
that record, so edits survive every re-import; merges and unmerges move it like any record, so
edits follow the person and come back exactly when a merge is undone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrconnect.core.changes import Changes
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.people import PersonDetail, PersonSummary, derive_profile
from hrconnect.core.records import ContactPoint
from hrconnect.errors import NotFoundError, UsageError
from hrconnect.services.people_index import refresh_people
from hrconnect.services.prepare import normalize_point

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.clock import Clock
    from hrconnect.core.dates import PartialDate
    from hrconnect.core.people import Profile
    from hrconnect.settings import Settings
    from hrconnect.store.engine import Store
    from hrconnect.store.transaction import Transaction

EDITABLE_FIELDS = frozenset(
    {
        "full_name",
        "given_name",
        "middle_name",
        "family_name",
        "prefix",
        "suffix",
        "nickname",
        "organization",
        "title",
        "note",
    }
)


@dataclass(frozen=True, slots=True)
class PersonEdit:
    """Changes to a person's own record; fields left None are not touched.

    A field set to ``""`` clears the user's value, so the imported one shows again.
    """

    full_name: str | None = None
    given_name: str | None = None
    middle_name: str | None = None
    family_name: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    nickname: str | None = None
    organization: str | None = None
    title: str | None = None
    note: str | None = None
    birthday: PartialDate | None = None
    clear_birthday: bool = False


class PeopleService:
    """Reads people and applies the user's edits."""

    def __init__(self, store: Store, clock: Clock, settings: Settings) -> None:
        self._store = store
        self._clock = clock
        self._settings = settings

    # --- reads ---------------------------------------------------------------------------

    def count(self) -> int:
        """Number of people."""
        with self._store.read() as tx:
            return tx.people.count()

    def summaries(self, person_ids: Sequence[int] | None = None) -> list[PersonSummary]:
        """The People list (everyone when ``person_ids`` is None), sorted by name."""
        with self._store.read() as tx:
            return tx.people.summaries(person_ids)

    def resolve(self, person_id: int) -> int:
        """The current id of a person, following merges.

        Raises:
            NotFoundError: no such person.
        """
        with self._store.read() as tx:
            resolved = tx.people.resolve(person_id)
        if resolved is None:
            raise NotFoundError(f"no person with id {person_id}")
        return resolved

    def detail(self, person_id: int) -> PersonDetail:
        """Everything about one person.

        Raises:
            NotFoundError: no such (active) person.
        """
        with self._store.read() as tx:
            return load_detail(tx, person_id)

    def profile(self, person_id: int) -> Profile:
        """The derived display values of one person."""
        return derive_profile(list(self.detail(person_id).records))

    def photo(self, person_id: int) -> tuple[str, bytes] | None:
        """The photo of the highest-precedence record that has one."""
        return self.photo_of(self.detail(person_id))

    def photo_of(self, detail: PersonDetail) -> tuple[str, bytes] | None:
        """:meth:`photo` for a person already loaded (no second read of everything)."""
        record = next((r for r in detail.records if r.has_photo), None)
        if record is None:
            return None
        with self._store.read() as tx:
            return tx.records.photo(record.id)

    # --- edits ---------------------------------------------------------------------------

    def edit(self, person_id: int, change: PersonEdit) -> Changes:
        """Apply the user's edits to a person's own record (created on first edit)."""
        values: dict[str, object] = {}
        for name in EDITABLE_FIELDS:
            value = getattr(change, name)
            if value is not None:
                values[name] = value.strip() if name != "note" else value
        if change.birthday is not None:
            values["birthday"] = change.birthday.isoformat()
        elif change.clear_birthday:
            values["birthday"] = None
        if not values:
            return Changes()
        with self._store.write() as tx:
            record_id = own_record(tx, person_id, self._clock)
            tx.records.update_fields(record_id, values, self._clock.now())
            refresh_people(tx, [person_id])
        return Changes(people=True, person_ids=frozenset({person_id}))

    def set_contact_points(
        self, person_id: int, points: Sequence[tuple[ContactKind, str, str]]
    ) -> Changes:
        """Replace the contact points the user added by hand with (kind, value, label) tuples.

        Imported contact points are not affected; they belong to their sources.
        """
        region = self._settings.default_region
        with self._store.write() as tx:
            record_id = own_record(tx, person_id, self._clock)
            rows = [
                (
                    kind,
                    value.strip(),
                    normalize_point(ContactPoint(kind, value.strip(), label), region),
                    label,
                )
                for kind, value, label in points
                if value.strip()
            ]
            tx.records.replace_contact_points(record_id, rows)
            tx.records.update_fields(record_id, {}, self._clock.now())
            refresh_people(tx, [person_id])
        return Changes(people=True, person_ids=frozenset({person_id}))


def load_detail(tx: Transaction, person_id: int) -> PersonDetail:
    """Read one person with records and interactions inside a unit of work.

    Raises:
        NotFoundError: no such active person.
    """
    summary = tx.people.summary(person_id)
    if summary is None:
        resolved = tx.people.resolve(person_id)
        if resolved is None:
            raise NotFoundError(f"no person with id {person_id}")
        summary = tx.people.summary(resolved)
        if summary is None:  # pragma: no cover - resolve() only returns active people
            raise NotFoundError(f"no person with id {person_id}")
        person_id = resolved
    records = tx.records.of_people([person_id], with_raw=True)
    interactions = tx.interactions.of_people([person_id])
    return PersonDetail(summary, tuple(sorted(records, key=lambda r: r.id)), tuple(interactions))


def own_record(tx: Transaction, person_id: int, clock: Clock) -> int:
    """The id of the person's ``user`` record, created when missing.

    When merges left several, the most recently updated one is used (it is the one whose
    values show).

    Raises:
        NotFoundError: no such active person.
        UsageError: the person was merged into another (edit that one).
    """
    resolved = tx.people.resolve(person_id)
    if resolved is None:
        raise NotFoundError(f"no person with id {person_id}")
    if resolved != person_id:
        raise UsageError(f"person {person_id} was merged into {resolved}; edit {resolved}")
    records = [
        r
        for r in tx.records.of_people([person_id], with_children=False)
        if r.kind is SourceKind.USER
    ]
    if records:
        return max(records, key=lambda r: r.updated_at).id
    return tx.records.create_user_record(person_id, f"own:{uuid.uuid4()}", clock.now())
