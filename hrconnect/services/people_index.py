# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keeping the people read model current.

Lists, search and the Today list read the ``persons`` table's derived columns instead of
recomputing them from records, so 50,000 people open in well under a second. Every service
write that changes a person's records, tags, interactions or keep-in-touch rule calls
:func:`refresh_people` for the people it touched, in the same unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import SOURCE_RANK, derive_profile
from hrconnect.matching.text import compact
from hrconnect.reminders.schedule import KeepInTouchRule, effective_rule, schedule
from hrconnect.store.people import ReadModel
from hrconnect.store.search import SearchRow

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from hrconnect.core.people import StoredRecord
    from hrconnect.store.interactions import LastContact
    from hrconnect.store.tags import PersonTag
    from hrconnect.store.transaction import Transaction

CONNECTED = "connected"
"""Pseudo-kind for "last contact" when the newest contact is the connection date itself."""


def refresh_people(tx: Transaction, person_ids: Iterable[int] | None) -> int:
    """Recompute the derived columns of people (None: of everybody).

    People left without records are deleted. Returns how many people were refreshed.
    """
    ids = None if person_ids is None else sorted(set(person_ids))
    if ids is not None and not ids:
        return 0
    records = tx.records.profiles_of_people(ids)
    by_person: dict[int, list[StoredRecord]] = defaultdict(list)
    for record in records:
        by_person[record.person_id].append(record)
    if ids is not None:
        empty = [pid for pid in ids if pid not in by_person]
        if empty:
            tx.people.delete_empty(empty)
            tx.search.remove(empty)
    tags = tx.tags.of_people(ids)
    last = tx.interactions.last_contacts(ids)
    models = [
        read_model(pid, person_records, tags.get(pid, []), last.get(pid))
        for pid, person_records in by_person.items()
    ]
    tx.people.write_read_model(models)
    tx.search.index(
        [
            search_row(pid, person_records, model.tags)
            for (pid, person_records), model in zip(by_person.items(), models, strict=True)
        ]
    )
    return len(models)


def search_row(person_id: int, records: list[StoredRecord], tags: tuple[str, ...]) -> SearchRow:
    """What the full-text index holds for a person.

    Every name any source gives (with the compact surname, so "vandenbroucke" finds "Van den
    Broucke"), companies (also compact), titles, notes and tags.
    """
    names: dict[str, None] = {}
    companies: dict[str, None] = {}
    titles: dict[str, None] = {}
    notes: list[str] = []
    for record in records:
        for part in (
            record.full_name,
            record.given_name,
            record.middle_name,
            record.family_name,
            record.nickname,
        ):
            if part.strip():
                names.setdefault(part.strip(), None)
        if record.family_name.strip():
            names.setdefault(compact(record.family_name), None)
        if record.organization.strip():
            companies.setdefault(record.organization.strip(), None)
            companies.setdefault(compact(record.organization), None)
        if record.title.strip():
            titles.setdefault(record.title.strip(), None)
        if record.note.strip():
            notes.append(record.note.strip())
    return SearchRow(
        person_id,
        " ".join(names),
        " ".join(companies),
        " ".join(titles),
        "\n".join(notes),
        " ".join(tags),
        "",
    )


def read_model(
    person_id: int, records: list[StoredRecord], tags: list[PersonTag], last: LastContact | None
) -> ReadModel:
    """The derived columns of one person from their records, tags and newest interaction."""
    profile = derive_profile(records, contact_points=False)
    last_on: date | None = last.occurred_on if last else None
    last_kind: str | None = last.kind.value if last else None
    if profile.connected_on is not None and (last_on is None or profile.connected_on > last_on):
        # The day the connection was made is a contact too (the first one).
        last_on, last_kind = profile.connected_on, CONNECTED
    own_records = sorted(
        (r for r in records if r.kind is SourceKind.USER), key=lambda r: r.updated_at, reverse=True
    )
    own_rule = None
    snoozed = None
    for own in own_records:
        if own.every_days and own.rule_set_on:
            own_rule = KeepInTouchRule(own.every_days, "person", own.rule_set_on)
            break
    for own in own_records:
        if own.snoozed_until:
            snoozed = own.snoozed_until
            break
    tag_rules = [
        KeepInTouchRule(tag.every_days, f"tag:{tag.name}", max(tag.rule_set_on, tag.assigned_on))
        for tag in tags
        if tag.every_days and tag.rule_set_on
    ]
    rule = effective_rule(own_rule, tag_rules)
    planned = schedule(rule, last_on, snoozed)
    order = SOURCE_RANK
    kinds = sorted(
        {r.kind for r in records if r.kind is not SourceKind.USER}, key=lambda k: order[k]
    )
    return ReadModel(
        person_id=person_id,
        display_name=profile.display_name,
        sort_name=profile.sort_name,
        organization=profile.organization,
        title=profile.title,
        birthday=profile.birthday,
        connected_on=profile.connected_on,
        last_contact_on=last_on,
        last_contact_kind=last_kind,
        every_days=rule.every_days if rule else None,
        rule_origin=rule.origin if rule else None,
        due_on=planned.due_on if planned else None,
        snoozed_until=snoozed,
        sources=tuple(k.value for k in kinds),
        tags=tuple(sorted({t.name for t in tags}, key=str.casefold)),
        record_count=sum(1 for r in records if r.kind is not SourceKind.USER),
        is_placeholder=profile.is_placeholder,
    )
