# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Export of everything (or a selection) in open formats: the JSON of CLI.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import SOURCE_RANK, derive_profile
from hrconnect.errors import NotFoundError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.clock import Clock
    from hrconnect.core.people import PersonSummary, StoredRecord
    from hrconnect.store.engine import Store

JSON_VERSION = 1


class ExportService:
    """Writes people out in open formats."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def to_json(self, person_ids: Sequence[int] | None = None) -> dict[str, Any]:
        """The ``export --format json`` document of CLI.md (version 1).

        Args:
            person_ids: Only these people (ids of merged people resolve to the survivor);
                None exports everybody.

        Raises:
            NotFoundError: an id names nobody.
        """
        with self._store.read() as tx:
            ids = None
            if person_ids is not None:
                ids = []
                for person_id in person_ids:
                    resolved = tx.people.resolve(person_id)
                    if resolved is None:
                        raise NotFoundError(f"no person with id {person_id}")
                    ids.append(resolved)
            summaries = tx.people.summaries(ids)
            records = tx.records.of_people([s.id for s in summaries] if ids is not None else None)
        by_person: dict[int, list[StoredRecord]] = {}
        for record in records:
            by_person.setdefault(record.person_id, []).append(record)
        exported_at = self._clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")
        return {
            "version": JSON_VERSION,
            "exported_at": exported_at,
            "people": [_person_json(s, by_person.get(s.id, [])) for s in summaries],
        }


def _person_json(summary: PersonSummary, records: list[StoredRecord]) -> dict[str, Any]:
    profile = derive_profile(records)
    order = SOURCE_RANK
    ranked = sorted(records, key=lambda r: (order.get(r.kind, 99), r.id))
    employments = [
        {
            "company": job.company,
            "title": job.title,
            "start": job.start.isoformat() if job.start else None,
            "end": job.end.isoformat() if job.end else None,
            "source": record.kind.value,
        }
        for record in ranked
        for job in record.employments
    ]
    tags = sorted({tag for record in records for tag in record.tags}, key=str.casefold)
    return {
        "id": summary.id,
        "name": profile.display_name,
        "given_name": profile.given_name,
        "family_name": profile.family_name,
        "emails": list(profile.emails),
        "phones": list(profile.phones),
        "urls": list(profile.urls),
        "organization": profile.organization,
        "title": profile.title,
        "employments": employments,
        "birthday": profile.birthday.isoformat() if profile.birthday else None,
        "tags": tags,
        "note": profile.note,
        "last_contact": summary.last_contact_on.isoformat() if summary.last_contact_on else None,
        "keep_in_touch_days": summary.every_days,
        "sources": [
            {
                "record": r.id,
                "kind": r.kind.value,
                "archive": r.archive,
                "file": r.file,
                "locator": r.locator,
            }
            for r in sorted(records, key=lambda r: r.id)
            if r.kind is not SourceKind.USER
        ],
    }
