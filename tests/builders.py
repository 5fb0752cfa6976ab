# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Builders for domain objects in tests (khard's helpers idea): only say what matters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import count
from typing import Any

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.people import StoredContactPoint, StoredEmployment, StoredRecord
from hrconnect.core.records import ContactPoint, Employment, ForeignRecord, Locator

_ids = count(1)
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def stored(
    kind: str = "linkedin",
    *,
    given: str = "",
    family: str = "",
    full: str = "",
    structured: bool = True,
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    urls: tuple[str, ...] = (),
    company: str = "",
    title: str = "",
    birthday: str | None = None,
    key: str | None = None,
    person_id: int | None = None,
) -> StoredRecord:
    """A stored record as the matcher sees it."""
    record_id = next(_ids)
    points = []
    for kind_of, values in (
        (ContactKind.EMAIL, emails),
        (ContactKind.PHONE, phones),
        (ContactKind.URL, urls),
    ):
        for value in values:
            points.append(
                StoredContactPoint(
                    next(_ids),
                    record_id,
                    kind_of,
                    value,
                    value.lower() if kind_of is ContactKind.EMAIL else "",
                    "",
                    False,
                )
            )
    jobs = (
        (StoredEmployment(next(_ids), record_id, company, "", title, "", None, None, True),)
        if company or title
        else ()
    )
    return StoredRecord(
        id=record_id,
        person_id=person_id or record_id,
        kind=SourceKind(kind),
        source_key=key or f"test:{record_id}",
        archive=None,
        file="test",
        locator="line 1",
        created_at=NOW,
        updated_at=NOW,
        full_name=full or f"{given} {family}".strip(),
        given_name=given,
        middle_name="",
        family_name=family,
        prefix="",
        suffix="",
        nickname="",
        name_is_structured=structured,
        organization=company,
        title=title,
        birthday=PartialDate.parse(birthday) if birthday else None,
        connected_on=None,
        note="",
        contact_points=tuple(points),
        employments=jobs,
    )


def foreign(
    kind: str = "linkedin",
    *,
    key: str,
    given: str = "",
    family: str = "",
    full: str = "",
    line: int = 5,
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    urls: tuple[str, ...] = (),
    company: str = "",
    title: str = "",
    connected_on: date | None = None,
    file: str = "Connections.csv",
    archive: str | None = "export.zip",
    **extra: Any,
) -> ForeignRecord:
    """A record as an importer yields it."""
    points = (
        tuple(ContactPoint(ContactKind.EMAIL, e) for e in emails)
        + tuple(ContactPoint(ContactKind.PHONE, p) for p in phones)
        + tuple(
            ContactPoint(ContactKind.URL, u, "linkedin" if "linkedin" in u else "") for u in urls
        )
    )
    jobs = (Employment(company, title, is_current=True),) if company or title else ()
    return ForeignRecord(
        kind=SourceKind(kind),
        source_key=key,
        locator=Locator(archive, file, f"line {line}"),
        full_name=full or f"{given} {family}".strip(),
        given_name=given,
        family_name=family,
        contact_points=points,
        employments=jobs,
        connected_on=connected_on,
        **extra,
    )
