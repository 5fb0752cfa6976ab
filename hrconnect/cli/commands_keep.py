# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands for keeping in touch: due, log, remind, snooze, tag."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from hrconnect.cli.output import print_json, print_table
from hrconnect.core.kinds import InteractionKind
from hrconnect.services.reminders import describe_due

if TYPE_CHECKING:
    import argparse

    from hrconnect.services.app import App


def run_due(app: App, args: argparse.Namespace) -> int:
    """``due [--today DATE] [--json]``: who to get in touch with, and why."""
    today_list = app.reminders.today_list(args.today)
    today = today_list.today
    if args.json:
        print_json(
            {
                "version": 1,
                "today": today.isoformat(),
                "due": [
                    {
                        "person": item.person.id,
                        "name": item.person.display_name,
                        "due_on": item.due_on.isoformat(),
                        "last_contact": item.last_contact_on.isoformat()
                        if item.last_contact_on
                        else None,
                        "last_contact_kind": item.last_contact_kind,
                        "every_days": item.every_days,
                        "rule": item.rule_origin,
                        "overdue_days": item.overdue_days,
                        "reason": item.reason.value,
                        "reason_text": describe_due(item, today),
                    }
                    for item in today_list.due
                ],
                "occasions": [
                    {
                        "person": o.person.id,
                        "name": o.person.display_name,
                        "kind": o.kind,
                        "on": o.on.isoformat(),
                        "years": o.years,
                    }
                    for o in today_list.occasions
                ],
            }
        )
        return 0
    out = sys.stdout
    if not today_list.due:
        out.write(f"Nobody is due on {today.isoformat()}.\n")
    else:
        print_table(
            ("id", "name", "due", "why"),
            [
                (
                    i.person.id,
                    i.person.display_name,
                    _due_words(i.overdue_days),
                    describe_due(i, today),
                )
                for i in today_list.due
            ],
        )
    if today_list.occasions:
        out.write("\n")
        for occasion in today_list.occasions:
            years = f" ({occasion.years})" if occasion.years else ""
            word = "birthday" if occasion.kind == "birthday" else "connected"
            out.write(f"{occasion.on.isoformat()}  {occasion.person.display_name}: {word}{years}\n")
    return 0


def _due_words(overdue_days: int) -> str:
    if overdue_days <= 0:
        return "today"
    return f"{overdue_days} days late"


def run_log(app: App, args: argparse.Namespace) -> int:
    """``log PERSON-ID --kind call|message|meeting|note [--on DATE] [--note TEXT]``."""
    person = app.people.resolve(args.person_id)
    app.reminders.log(person, InteractionKind(args.kind), args.on, args.note)
    summary = app.people.detail(person).summary
    return _done(
        args,
        f"Logged a {args.kind} with {summary.display_name}"
        + (f"; next due {summary.due_on.isoformat()}." if summary.due_on else "."),
        {"person": person, "due_on": summary.due_on.isoformat() if summary.due_on else None},
    )


def run_remind(app: App, args: argparse.Namespace) -> int:
    """``remind --person ID|--tag NAME --every DAYS|--off``."""
    every = None if args.off else args.every
    if args.person is not None:
        person = app.people.resolve(args.person)
        app.reminders.set_person_interval(person, every)
        target = app.people.detail(person).summary.display_name
    else:
        app.reminders.set_tag_interval(args.tag, every)
        target = f"everyone tagged {args.tag}"
    text = (
        f"Keep in touch with {target} every {every} days."
        if every
        else f"No interval for {target} any more."
    )
    return _done(args, text, {"every_days": every})


def run_snooze(app: App, args: argparse.Namespace) -> int:
    """``snooze PERSON-ID --until DATE``."""
    person = app.people.resolve(args.person_id)
    app.reminders.snooze(person, args.until)
    return _done(
        args,
        f"No reminder before {args.until.isoformat()}.",
        {"person": person, "snoozed_until": args.until.isoformat()},
    )


def run_tag(app: App, args: argparse.Namespace) -> int:
    """``tag list|add|remove|rename|merge|delete``."""
    tags = app.tags
    action = args.tag_action
    if action == "list":
        found = tags.all()
        if getattr(args, "json", False):
            print_json(
                {
                    "version": 1,
                    "tags": [
                        {"name": t.name, "people": t.people, "every_days": t.every_days}
                        for t in found
                    ],
                }
            )
        else:
            print_table(
                ("tag", "people", "keep in touch"),
                [
                    (t.name, t.people, f"every {t.every_days} days" if t.every_days else "")
                    for t in found
                ],
            )
        return 0
    if action == "add":
        tags.tag(args.name, args.person_ids)
        text = f"Tagged {len(args.person_ids)} people {args.name!r}."
    elif action == "remove":
        tags.untag(args.name, args.person_ids)
        text = f"Removed {args.name!r} from {len(args.person_ids)} people."
    elif action == "rename":
        tags.rename(args.name, args.new_name)
        text = f"Renamed {args.name!r} to {args.new_name!r}."
    elif action == "merge":
        tags.merge(args.name, args.into)
        text = f"Merged {args.name!r} into {args.into!r}."
    else:
        tags.delete(args.name)
        text = f"Deleted the tag {args.name!r}."
    sys.stdout.write(text + "\n")
    return 0


def _done(args: argparse.Namespace, text: str, data: dict[str, Any]) -> int:
    if getattr(args, "json", False):
        print_json({"version": 1, **data})
    else:
        sys.stdout.write(text + "\n")
    return 0
