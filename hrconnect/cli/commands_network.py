# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands about working the network: former colleagues, calendar export."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hrconnect.cli.output import print_json
from hrconnect.errors import UsageError
from hrconnect.paths import atomic_private_file

if TYPE_CHECKING:
    import argparse

    from hrconnect.services.app import App
    from hrconnect.services.colleagues import Employer


def run_colleagues(app: App, args: argparse.Namespace) -> int:
    """``colleagues [--json]``: people who worked with me, grouped by my employers."""
    report = app.colleagues.former_colleagues()
    if args.json:
        print_json(report.to_json())
        return 0
    out = sys.stdout
    if not report.employers:
        out.write(
            "No employers of yours are known. Import your LinkedIn archive (its Positions.csv "
            "lists your jobs) to see former colleagues.\n"
        )
    for employer in report.employers:
        count = len(employer.colleagues)
        people = f"{count:,} {'person' if count == 1 else 'people'}"
        out.write(f"{_heading(employer)}: {people}\n")
        for colleague in employer.colleagues:
            reasons = "; ".join(e.text for e in colleague.evidence)
            out.write(f"  {colleague.person.id:>6}  {colleague.person.display_name}  ({reasons})\n")
        out.write("\n")
    if report.not_companies:
        names = ", ".join(sorted({p.company for p in report.not_companies}))
        out.write(f"Left out because they name no employer: {names}.\n")
    return 0


def run_calendar(app: App, args: argparse.Namespace) -> int:
    """``calendar [-o FILE] [--today DATE] [--days N]``: reminders and birthdays as .ics."""
    export = app.calendar.export(args.today, args.days)
    _write(export.data, args.output)
    if args.output is not None:
        sys.stderr.write(
            f"Wrote {_count(export.reminders, 'keep-in-touch reminder')} and "
            f"{_count(export.birthdays, 'birthday')} to {args.output}.\n"
        )
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _heading(employer: Employer) -> str:
    """``Brabant Verzekeringen (HR Business Partner, 2021-02 to now, current)``."""
    start = employer.start.isoformat() if employer.start else "?"
    if employer.is_current:
        period = f"{start} to now, current"
    else:
        period = f"{start} to {employer.end.isoformat() if employer.end else '?'}"
    details = f"{employer.title}, {period}" if employer.title else period
    return f"{employer.company} ({details})"


def _write(data: bytes, output: str | None) -> None:
    """Stdout, or a private file (the calendar names people) that appears only when complete."""
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    if target.is_dir():
        raise UsageError(f"{output} is a folder; give a file name")
    try:
        with atomic_private_file(target) as stream:
            stream.write(data)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror}") from error
