# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What an import would do, per source found, before anything is written.

The numbers come from a dry run (the whole import, rolled back), so "12 new" means a real
import creates exactly 12. Paths that cannot be imported at all are listed with the reason
and left out of the import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hrconnect.ui import texts
from hrconnect.ui.models.list_table import RIGHT_ALIGNED, ListTableModel
from hrconnect.ui.widgets.import_report import number
from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hrconnect.services.imports import UnusablePath


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One line of the preview: a detected source, or a path that cannot be used."""

    label: str
    path: str
    format_name: str
    counts: tuple[int, int, int, int, int]
    """Created, updated, unchanged, skipped, failed."""
    note: str
    usable: bool
    detail: str = ""
    """The full message for a path that cannot be used (it names the file)."""


def preview_rows(
    document: Mapping[str, Any] | None, unusable: Sequence[UnusablePath]
) -> list[PreviewRow]:
    """Rows for a dry run's report document and the paths that cannot be imported."""
    rows = []
    for source in (document or {}).get("files", []):
        note = _t("imported before, nothing new") if source.get("already_imported_at") else ""
        rows.append(
            PreviewRow(
                label=str(source.get("label") or source.get("path") or ""),
                path=str(source.get("path", "")),
                format_name=texts.format_name(str(source.get("format", ""))),
                counts=(
                    int(source.get("created", 0)),
                    int(source.get("updated", 0)),
                    int(source.get("unchanged", 0)),
                    len(source.get("skipped", [])),
                    len(source.get("failed", [])),
                ),
                note=note,
                usable=True,
            )
        )
    for path in unusable:
        rows.append(
            PreviewRow(
                label=Path(path.path).name or path.path,
                path=path.path,
                format_name="",
                counts=(0, 0, 0, 0, 0),
                note=_t("cannot be imported: %1").replace("%1", texts.problem_reason(path.reason)),
                usable=False,
                detail=path.message,
            )
        )
    return rows


class PreviewModel(ListTableModel[PreviewRow]):
    """The preview rows as a table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                _t("Source"),
                _t("Format"),
                _t("New"),
                _t("Updated"),
                _t("Unchanged"),
                _t("Skipped"),
                _t("Failed"),
                _t("Note"),
            ],
            parent,
        )
        self._italic = QFont()
        self._italic.setItalic(True)

    def cell(self, item: PreviewRow, row: int, column: int, role: int) -> Any:
        preview = item  # "row" is the line number here
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return preview.label
            if column == 1:
                return preview.format_name
            if 2 <= column <= 6:
                return number(preview.counts[column - 2]) if preview.usable else ""
            return preview.note
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{preview.path}\n{preview.detail}" if preview.detail else preview.path
            return safe_tooltip(text)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 6:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.FontRole and not preview.usable:
            return self._italic
        return None


class PreviewTable(QTableView):
    """The preview table, sized for a handful of sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewTable")
        self.preview_model = PreviewModel(self)
        self.setModel(self.preview_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_rows(self, rows: list[PreviewRow]) -> None:
        """Show the preview rows."""
        self.preview_model.set_items(rows)
