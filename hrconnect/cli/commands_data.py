# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""CLI commands that move data in and out: import, export, backup, restore, forget."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from hrconnect.cli.output import ProgressLine, print_json, print_table
from hrconnect.errors import UsageError
from hrconnect.paths import atomic_private_file

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

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
    """``export --format json|vcard|vcard3|csv [-o FILE] [--ids ...] [--no-photos]``."""
    with _output(args.output) as stream:
        if args.format == "json":
            document = app.export.to_json(args.ids)
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            stream.write(text.encode("utf-8"))
        elif args.format in ("vcard", "vcard3"):
            app.export_vcard.write(
                stream,
                args.ids,
                version="4.0" if args.format == "vcard" else "3.0",
                photos=not args.no_photos,
            )
        else:
            app.export_csv.write(stream, args.ids)
    return 0


@contextmanager
def _output(output: str | None) -> Iterator[BinaryIO]:
    """Stdout, or a private file that only appears (atomically) when the export succeeded."""
    if output is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    if target.is_dir():
        raise UsageError(f"{output} is a folder; give a file name")
    try:
        with atomic_private_file(target) as stream:
            yield stream
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror}") from error


def run_backup(app: App, args: argparse.Namespace) -> int:
    """``backup [--list] [--json]``."""
    from hrconnect.services.backups import backup_json

    backups = app.backups
    if args.list:
        found = backups.all()
        if args.json:
            print_json(
                {
                    "version": 1,
                    "folder": str(backups.folder),
                    "backups": [backup_json(info) for info in found],
                }
            )
            return 0
        if not found:
            sys.stdout.write(f"No backups yet in {backups.folder}.\n")
            return 0
        print_table(
            ("taken (UTC)", "reason", "size", "file"),
            [
                (f"{b.taken_at:%Y-%m-%d %H:%M:%S}", b.reason, _size(b.size), b.path.name)
                for b in found
            ],
        )
        sys.stdout.write(f"\nIn {backups.folder}. Restore one with: hrconnect restore FILE\n")
        return 0
    info = backups.backup()
    if args.json:
        print_json({"version": 1, "backup": backup_json(info)})
    else:
        sys.stdout.write(f"Backed up to {info.path} ({_size(info.size)}).\n")
    return 0


def run_restore(app: App, args: argparse.Namespace) -> int:
    """``restore BACKUP-FILE [--json]``: reversible, see ``services.backups``."""
    result = app.backups.restore(Path(args.backup))
    if args.json:
        print_json(result.to_json())
        return 0
    out = sys.stdout
    out.write(f"Restored {result.restored.name}.\n")
    if result.migrated_from:
        out.write(
            f"It came from an older version (schema {result.migrated_from}) and was updated.\n"
        )
    out.write(
        f"The database as it was just before is saved as {result.undo_backup.name}.\n"
        f"To undo this restore: hrconnect restore {result.undo_backup}\n"
    )
    return 0


def run_forget(app: App, args: argparse.Namespace) -> int:
    """``forget PERSON-ID [--allow-reimport] [--json]``: see ``services.forget``."""
    report = app.forget.forget(args.person_id, allow_reimport=args.allow_reimport)
    if args.json:
        print_json(report.to_json())
        return 0
    out = sys.stdout
    name = f" ({report.name})" if report.name else ""
    out.write(
        f"Forgot person {report.person_id}{name}: {report.records} imported record(s), "
        f"{report.interactions} interaction(s), {report.decisions} match decision(s), "
        "your notes and tags about them.\n"
    )
    if report.reimport_allowed:
        out.write("A later import that holds them will bring them back (--allow-reimport).\n")
    else:
        out.write(
            "Later imports will not bring them back; hrconnect keeps only "
            f"{report.tombstones} anonymous fingerprint(s) of their records for that.\n"
        )
    if not report.file_rebuilt:
        out.write(
            "The database is in use elsewhere, so its file could not be rebuilt now; the "
            "deleted data stays unreadable to hrconnect and is wiped at the next rebuild.\n"
        )
    out.write(
        "No backup was taken first: it would have kept exactly what you asked to erase. "
        "Files you exported earlier are not touched.\n"
    )
    if report.backups_with_person and args.delete_backups:
        app.backups.delete(report.backups_with_person)
        out.write(
            f"Deleted {len(report.backups_with_person)} older backup(s) that still "
            "contained this person (a fresh backup without them was taken first).\n"
        )
    elif report.backups_with_person:
        count = len(report.backups_with_person)
        out.write(f"{count} older backup(s) still contain this person:\n")
        for path in report.backups_with_person:
            out.write(f"  {path}\n")
        out.write(
            "To erase them there too, delete those files (take a fresh backup first with "
            "'hrconnect backup'; it no longer contains this person).\n"
        )
    return 0


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
