# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands that move data in and out: import, export, backup, restore, forget."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hrconnect.cli.output import ProgressLine, print_json, print_table
from hrconnect.errors import NotBuiltError, UsageError

if TYPE_CHECKING:
    import argparse

    from hrconnect.core.report import ImportReport
    from hrconnect.services.app import App


def run_import(app: App, args: argparse.Namespace) -> int:
    """``import PATH... [--dry-run] [--json]``."""
    progress = ProgressLine()
    try:
        work = app.imports.run(
            [Path(p) for p in args.paths], dry_run=args.dry_run, match=not args.no_match
        )
        while True:
            try:
                progress.update(next(work))
            except StopIteration as finished:
                report: ImportReport = finished.value
                break
    finally:
        progress.close()
    if args.json:
        print_json(report.to_json())
    else:
        _print_import_report(report)
    nothing_usable = not report.sources or all(
        s.created == s.updated == s.unchanged == 0 and s.failed for s in report.sources
    )
    return 1 if nothing_usable else 0


def _print_import_report(report: ImportReport) -> None:
    out = sys.stdout
    if report.dry_run:
        out.write("Dry run: nothing was written. This is what an import would do.\n\n")
    rows = []
    for source in report.sources:
        rows.append(
            (
                source.label,
                source.format_id,
                source.created,
                source.updated,
                source.unchanged,
                len(source.skipped),
                len(source.failed),
            )
        )
    print_table(("source", "format", "created", "updated", "unchanged", "skipped", "failed"), rows)
    for source in report.sources:
        if source.already_imported_at is not None:
            out.write(
                f"\n{source.label}: already imported on "
                f"{source.already_imported_at:%Y-%m-%d %H:%M}; nothing changed.\n"
            )
        problems = [("failed", p) for p in source.failed] + [("skipped", p) for p in source.skipped]
        reasons: dict[tuple[str, str], list[str]] = {}
        for kind, problem in problems:
            where = " ".join(part for part in (problem.file, problem.locator) if part)
            reasons.setdefault((kind, problem.reason), []).append(where)
        for (kind, reason), places in sorted(reasons.items()):
            shown = ", ".join(w for w in places[:3] if w)
            more = f" and {len(places) - 3} more" if len(places) > 3 else ""
            out.write(
                f"  {kind}: {len(places)} x {reason.replace('_', ' ')}"
                f"{' (' + shown + more + ')' if shown else ''}\n"
            )
    if report.interactions or report.interactions_unlinked:
        out.write(
            f"\nInteractions: {report.interactions} new"
            f" ({report.interactions_unlinked} with people not in your contacts).\n"
        )
    if report.merged or report.suggested:
        out.write(
            f"Same person found: {report.merged} merged automatically, "
            f"{report.suggested} waiting for review (hrconnect review).\n"
        )
    if report.ignored:
        out.write(
            f"Not recognised: {len(report.ignored)} file(s), e.g. {report.ignored[0].file}.\n"
        )


def run_export(app: App, args: argparse.Namespace) -> int:
    """``export --format json|vcard|csv [-o FILE] [--ids ...]``."""
    if args.format != "json":
        raise NotBuiltError(f"export as {args.format} is not built yet")
    document = app.export.to_json(args.ids)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    _write_output(text.encode("utf-8"), args.output)
    return 0


def _write_output(data: bytes, output: str | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(output)
    if target.is_dir():
        raise UsageError(f"{output} is a folder; give a file name")
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UsageError(f"cannot write {output}: {error.strerror}") from error


def run_backup(app: App, args: argparse.Namespace) -> int:
    """``backup [--list]``."""
    raise NotBuiltError("'backup' is not built yet")


def run_restore(app: App, args: argparse.Namespace) -> int:
    """``restore BACKUP-FILE``."""
    raise NotBuiltError("'restore' is not built yet")


def run_forget(app: App, args: argparse.Namespace) -> int:
    """``forget PERSON-ID``."""
    raise NotBuiltError("'forget' is not built yet")
