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

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hrconnect.ui import texts
from hrconnect.ui.widgets.import_report import number
from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from PySide6.QtCore import QPersistentModelIndex

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


class PreviewModel(QAbstractTableModel):
    """The preview rows as a table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._headers = [
            _t("Source"),
            _t("Format"),
            _t("New"),
            _t("Updated"),
            _t("Unchanged"),
            _t("Skipped"),
            _t("Failed"),
            _t("Note"),
        ]
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, rows: list[PreviewRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        """The row shown on line ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.label
            if column == 1:
                return row.format_name
            if 2 <= column <= 6:
                return number(row.counts[column - 2]) if row.usable else ""
            return row.note
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(f"{row.path}\n{row.detail}" if row.detail else row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not row.usable:
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
        self.preview_model.set_rows(rows)
