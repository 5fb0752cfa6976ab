# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Exporting people to a file: vCard 4.0 or 3.0, CSV or JSON, everyone or a selection.

The file is written on the worker to a private ``.part`` file next to the target and renamed
into place only when complete, so a failed export never leaves half a file behind (as the CLI).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from hrconnect.paths import atomic_private_file

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget

    from hrconnect.services.app import App

    from hrconnect.ui.context import UiContext


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A file format the People page can write."""

    key: str
    suffix: str
    label: str


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def export_formats() -> list[ExportFormat]:
    """The formats on offer, translated, the first being the default."""
    return [
        ExportFormat("vcard4", ".vcf", _t("vCard 4.0, for address books (*.vcf)")),
        ExportFormat("vcard3", ".vcf", _t("vCard 3.0, for older phones and Outlook (*.vcf)")),
        ExportFormat("csv", ".csv", _t("CSV spreadsheet (*.csv)")),
        ExportFormat("json", ".json", _t("JSON, everything including job history (*.json)")),
    ]


def choose_export_target(parent: QWidget | None, count: int | None) -> tuple[Path, str] | None:
    """Ask where to save and in which format; None when cancelled.

    Returns:
        The file (with the format's suffix added when the user typed none) and the format key.
    """
    formats = export_formats()
    title = (
        _t("Export everyone")
        if count is None
        else QCoreApplication.translate("ExportDialog", "Export %n people", "", count)
    )
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / "hrconnect-contacts.vcf"),
        ";;".join(f.label for f in formats),
        formats[0].label,
    )
    if not path:
        return None
    found = next((f for f in formats if f.label == chosen), formats[0])
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(found.suffix)
    return target, found.key


def write_export(app: App, target: Path, format_key: str, person_ids: Sequence[int] | None) -> int:
    """Write people to ``target`` (atomically); runs on the worker.

    Returns:
        The number of people written.

    Raises:
        NotFoundError: an id names nobody.
        OSError: the file cannot be written.
        ValueError: an unknown format key.
    """
    with atomic_private_file(target) as stream:
        return _write(app, stream, format_key, person_ids)


def _write(app: App, stream: BinaryIO, format_key: str, ids: Sequence[int] | None) -> int:
    if format_key == "json":
        document = app.export.to_json(ids)
        stream.write((json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        return len(document["people"])
    if format_key in ("vcard4", "vcard3"):
        return int(
            app.export_vcard.write(stream, ids, version="4.0" if format_key == "vcard4" else "3.0")
        )
    if format_key == "csv":
        return int(app.export_csv.write(stream, ids))
    raise ValueError(f"unknown export format {format_key!r}")


def export_people(
    context: UiContext, parent: QWidget | None, person_ids: Sequence[int] | None
) -> None:
    """Ask for a file and a format, then export (everyone when ``person_ids`` is None)."""
    if not context.is_open:
        return
    ids = list(person_ids) if person_ids is not None else None
    chosen = choose_export_target(parent, None if ids is None else len(ids))
    if chosen is None:
        return
    target, format_key = chosen

    def done(count: int) -> None:
        message = QCoreApplication.translate("ExportDialog", "Exported %n people to %1", "", count)
        context.signals.status.emit(message.replace("%1", target.name))

    context.read(lambda app: write_export(app, target, format_key, ids), done)
