# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands about the same person across sources: dedupe, review, unmerge."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from hrconnect.cli.output import ProgressLine, print_json, print_table

if TYPE_CHECKING:
    import argparse

    from hrconnect.services.app import App
    from hrconnect.services.dedupe import DedupeReport


def run_dedupe(app: App, args: argparse.Namespace) -> int:
    """``dedupe [--full]``: merge sure matches, queue likely ones."""
    progress = ProgressLine()
    work = app.dedupe.run(full=args.full)
    try:
        while True:
            try:
                progress.update(next(work))
            except StopIteration as finished:
                report: DedupeReport = finished.value
                break
    finally:
        progress.close()
    if args.json:
        print_json(report.to_json())
    else:
        sys.stdout.write(
            f"Compared {report.candidates:,} candidate pairs over "
            f"{report.records:,} records: {report.merged} merged automatically, "
            f"{report.suggested} new suggestions; {report.pending} waiting for "
            "review (hrconnect review).\n"
        )
    return 0


def run_review(app: App, args: argparse.Namespace) -> int:
    """``review`` lists suggestions; ``review accept|reject ID`` decides one."""
    action = getattr(args, "review_action", None)
    if action == "accept":
        app.review.accept(args.suggestion_id)
        return _done(
            args, f"Merged (suggestion {args.suggestion_id}).", {"accepted": args.suggestion_id}
        )
    if action == "reject":
        app.review.reject(args.suggestion_id)
        return _done(
            args,
            f"Remembered as not the same person (suggestion {args.suggestion_id}).",
            {"rejected": args.suggestion_id},
        )
    suggestions = app.review.pending()
    if args.json:
        print_json({"version": 1, "suggestions": [s.to_json() for s in suggestions]})
        return 0
    if not suggestions:
        sys.stdout.write("Nothing to review.\n")
        return 0
    out = sys.stdout
    for suggestion in suggestions:
        out.write(
            f"#{suggestion.id}  {suggestion.score:.1f} points  "
            f"{suggestion.left.display_name} (person {suggestion.left.id}, "
            f"{suggestion.left_record.kind.value})  ~  {suggestion.right.display_name} "
            f"(person {suggestion.right.id}, {suggestion.right_record.kind.value})\n"
        )
        print_table(
            ("points", "signal", "detail"),
            [(f"{e['points']:+.1f}", e["signal"], e["detail"]) for e in suggestion.evidence],
        )
        out.write("\n")
    out.write("Decide with: hrconnect review accept ID  |  hrconnect review reject ID\n")
    return 0


def run_unmerge(app: App, args: argparse.Namespace) -> int:
    """``unmerge PERSON-ID [RECORD-ID...]``."""
    changes = app.review.unmerge(args.person_id, args.record_ids or None)
    people = sorted(changes.person_ids)
    return _done(
        args, f"Split into people {', '.join(str(p) for p in people)}.", {"people": people}
    )


def _done(args: argparse.Namespace, text: str, data: dict[str, object]) -> int:
    if getattr(args, "json", False):
        print_json({"version": 1, **data})
    else:
        sys.stdout.write(text + "\n")
    return 0
