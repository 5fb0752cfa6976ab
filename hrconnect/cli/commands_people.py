# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands about people: show and search."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from hrconnect.cli.output import print_json, print_table

if TYPE_CHECKING:
    import argparse

    from hrconnect.core.people import PersonDetail
    from hrconnect.services.app import App


def run_show(app: App, args: argparse.Namespace) -> int:
    """``show PERSON-ID``: the person, each record and where it came from."""
    detail = app.people.detail(args.person_id)
    if args.json:
        print_json({"version": 1, "person": _detail_json(detail)})
        return 0
    summary = detail.summary
    out = sys.stdout
    out.write(f"{summary.display_name}  (person {summary.id})\n")
    if summary.organization or summary.title:
        out.write(
            f"{summary.title}{' at ' if summary.title and summary.organization else ''}"
            f"{summary.organization}\n"
        )
    if summary.last_contact_on:
        out.write(f"Last contact: {summary.last_contact_on} ({summary.last_contact_kind})\n")
    if summary.tags:
        out.write(f"Tags: {', '.join(summary.tags)}\n")
    out.write("\n")
    rows = []
    for record in detail.records:
        where = " › ".join(p for p in (record.archive, record.file) if p)
        rows.append(
            (
                record.id,
                record.kind.value,
                record.display_name,
                f"{where}, {record.locator}" if record.locator else where,
            )
        )
    print_table(("record", "source", "name", "from"), rows)
    return 0


def _detail_json(detail: PersonDetail) -> dict[str, Any]:
    summary = detail.summary
    return {
        "id": summary.id,
        "name": summary.display_name,
        "organization": summary.organization,
        "title": summary.title,
        "last_contact": summary.last_contact_on.isoformat() if summary.last_contact_on else None,
        "tags": list(summary.tags),
        "records": [
            {
                "record": r.id,
                "kind": r.kind.value,
                "name": r.display_name,
                "archive": r.archive,
                "file": r.file,
                "locator": r.locator,
                "emails": [p.value for p in r.contact_points if p.kind.value == "email"],
                "phones": [p.value for p in r.contact_points if p.kind.value == "phone"],
                "urls": [p.value for p in r.contact_points if p.kind.value == "url"],
                "organization": r.organization,
                "title": r.title,
            }
            for r in detail.records
        ],
        "interactions": [
            {"id": i.id, "kind": i.kind.value, "on": i.occurred_on.isoformat(), "note": i.note}
            for i in detail.interactions
        ],
    }


def run_search(app: App, args: argparse.Namespace) -> int:
    """``search QUERY [--json] [--limit N] [--save NAME]``."""
    query = " ".join(args.query)
    hits = app.search.search(query, args.limit)
    if args.save:
        app.search.save(args.save, query)
    if args.json:
        print_json(
            {
                "version": 1,
                "query": query,
                "results": [
                    {
                        "id": h.person.id,
                        "name": h.person.display_name,
                        "organization": h.person.organization,
                        "title": h.person.title,
                        "tags": list(h.person.tags),
                        "rank": round(h.rank, 3),
                    }
                    for h in hits
                ],
            }
        )
        return 0
    if not hits:
        sys.stdout.write(f"No one matches {query!r}.\n")
        return 0
    print_table(
        ("id", "name", "organization", "title", "tags"),
        [
            (
                h.person.id,
                h.person.display_name,
                h.person.organization,
                h.person.title,
                ", ".join(h.person.tags),
            )
            for h in hits
        ],
    )
    if args.save:
        sys.stdout.write(f"Saved as the smart list {args.save!r}.\n")
    return 0
