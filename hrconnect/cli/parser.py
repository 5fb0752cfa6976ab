# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The argument parser: global options and the subcommands of CLI.md.

Argparse's own error handling prints usage and exits; ours raises ``UsageError`` so the caller
prints one clear line and exits 2, as CLI.md asks.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import NoReturn

from hrconnect import __version__
from hrconnect.errors import UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The full parser. Cheap to build (no heavy imports), so the window starts fast."""
    parser = _Parser(
        prog="hrconnect",
        description="Your LinkedIn, Facebook, phone and mail contacts in one private, offline "
        "store. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"hrconnect {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="keep all data under DIR (default: $HRCONNECT_HOME or the platform's user folders)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use a bundled, synthetic demo network instead of your own data",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=text, description=text)

    sub = command("import", "import files, folders or archives (format detected by content)")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument(
        "--dry-run", action="store_true", help="report what would change and write nothing"
    )
    sub.add_argument("--json", action="store_true", help="print the report as JSON")
    sub.add_argument(
        "--no-match", action="store_true", help="do not look for the same person after importing"
    )

    sub = command("dedupe", "find the same person across all records")
    sub.add_argument("--json", action="store_true")
    sub.add_argument(
        "--full",
        action="store_true",
        help="compare everything again, not only new or changed records",
    )

    sub = command("review", "list pending merge suggestions, or decide one")
    sub.add_argument("--json", action="store_true")
    review = sub.add_subparsers(dest="review_action", metavar="ACTION", parser_class=_Parser)
    for action, text in (
        ("accept", "merge the two people of a suggestion"),
        ("reject", "remember that they are not the same person"),
    ):
        decide = review.add_parser(action, help=text, description=text)
        decide.add_argument("suggestion_id", type=int, metavar="ID")
        decide.add_argument("--json", action="store_true")

    sub = command("unmerge", "split records back out of a person (undo merges)")
    sub.add_argument("person_id", type=int, metavar="PERSON-ID")
    sub.add_argument("record_ids", type=int, nargs="*", metavar="RECORD-ID")
    sub.add_argument("--json", action="store_true")

    sub = command("export", "write everything (or some people) in a standard format")
    sub.add_argument("--format", required=True, choices=("json", "vcard", "vcard3", "csv"))
    sub.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    sub.add_argument("--ids", type=int, nargs="+", metavar="PERSON-ID")
    sub.add_argument("--no-photos", action="store_true", help="leave photos out of vCards")

    sub = command("due", "keep-in-touch reminders due on a day")
    sub.add_argument("--today", type=_date, metavar="YYYY-MM-DD")
    sub.add_argument("--json", action="store_true")

    sub = command("log", "record an interaction with a person")
    sub.add_argument("person_id", type=int, metavar="PERSON-ID")
    sub.add_argument("--kind", required=True, choices=("call", "message", "meeting", "note"))
    sub.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    sub.add_argument("--note", default="", metavar="TEXT")
    sub.add_argument("--json", action="store_true")

    sub = command("remind", "set how often to keep in touch with a person or a tag")
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument("--person", type=int, metavar="PERSON-ID")
    target.add_argument("--tag", metavar="NAME")
    every = sub.add_mutually_exclusive_group(required=True)
    every.add_argument("--every", type=_positive_int, metavar="DAYS")
    every.add_argument("--off", action="store_true", help="remove the interval")
    sub.add_argument("--json", action="store_true")

    sub = command("snooze", "do not remind me of a person before a day")
    sub.add_argument("person_id", type=int, metavar="PERSON-ID")
    sub.add_argument("--until", type=_date, required=True, metavar="YYYY-MM-DD")
    sub.add_argument("--json", action="store_true")

    sub = command("tag", "create, rename, merge or delete tags; tag people")
    tag = sub.add_subparsers(
        dest="tag_action", metavar="ACTION", parser_class=_Parser, required=True
    )
    tag_list = tag.add_parser("list", help="list tags with their counts")
    tag_list.add_argument("--json", action="store_true")
    tag_add = tag.add_parser("add", help="give people a tag (created if new)")
    tag_add.add_argument("name")
    tag_add.add_argument("person_ids", type=int, nargs="+", metavar="PERSON-ID")
    tag_remove = tag.add_parser("remove", help="take a tag off people")
    tag_remove.add_argument("name")
    tag_remove.add_argument("person_ids", type=int, nargs="+", metavar="PERSON-ID")
    tag_rename = tag.add_parser("rename", help="rename a tag")
    tag_rename.add_argument("name")
    tag_rename.add_argument("new_name")
    tag_merge = tag.add_parser("merge", help="merge a tag into another")
    tag_merge.add_argument("name")
    tag_merge.add_argument("into")
    tag_delete = tag.add_parser("delete", help="delete a tag")
    tag_delete.add_argument("name")

    sub = command("colleagues", "people who worked with me, grouped by my past employers")
    sub.add_argument("--json", action="store_true")

    sub = command("search", "keyword search across names, companies, titles, notes and tags")
    sub.add_argument("query", nargs="+", metavar="QUERY")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--limit", type=_positive_int, default=50)
    sub.add_argument("--save", metavar="NAME", help="save the search as a smart list")

    sub = command("calendar", "write reminders and birthdays as an iCalendar (.ics) file")
    sub.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    sub.add_argument("--today", type=_date, metavar="YYYY-MM-DD")
    sub.add_argument("--days", type=_positive_int, default=365)

    sub = command("backup", "back up the database now, or list backups")
    sub.add_argument("--list", action="store_true", help="list backups instead")
    sub.add_argument("--json", action="store_true")

    sub = command("restore", "restore the database from a backup (itself reversible)")
    sub.add_argument("backup", metavar="BACKUP-FILE")
    sub.add_argument("--json", action="store_true")

    sub = command("forget", "remove a person and their imported data for good (GDPR/AVG)")
    sub.add_argument("person_id", type=int, metavar="PERSON-ID")
    sub.add_argument(
        "--allow-reimport",
        action="store_true",
        help="let the same records come back on a later import",
    )
    sub.add_argument(
        "--delete-backups",
        action="store_true",
        help="also delete older backups that still contain the person (a fresh backup "
        "without them is taken first)",
    )
    sub.add_argument("--json", action="store_true")

    sub = command("show", "everything about one person, with where each value came from")
    sub.add_argument("person_id", type=int, metavar="PERSON-ID")
    sub.add_argument("--json", action="store_true")
    return parser
