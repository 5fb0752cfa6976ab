# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The files, folders and ZIPs chosen for an import: a list with Add and Remove buttons.

Several at once: a LinkedIn archive, a Facebook archive and a phone's vCard go in one import,
so the same person found in all three is recognised in one go.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtCore import QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportPaths", text)


def file_filter() -> str:
    """The file dialog's filter: contact exports first, anything as a fallback."""
    return ";;".join(
        (
            _t("Contact exports (*.zip *.csv *.vcf *.vcard *.json *.html)"),
            _t("All files (*)"),
        )
    )


class PathListModel(QAbstractListModel):
    """Chosen paths, each shown by name with the full path as a tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []

    def paths(self) -> list[Path]:
        """The chosen paths, in the order they were added."""
        return list(self._paths)

    def add(self, paths: Iterable[Path]) -> int:
        """Add paths not chosen yet; returns how many were new."""
        known = {p.resolve() for p in self._paths}
        fresh = []
        for path in paths:
            resolved = Path(path).resolve()
            if resolved not in known:
                known.add(resolved)
                fresh.append(Path(path))
        if fresh:
            first = len(self._paths)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._paths.extend(fresh)
            self.endInsertRows()
        return len(fresh)

    def remove_rows(self, rows: Iterable[int]) -> None:
        """Remove the paths on the given rows."""
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._paths):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._paths[row]
                self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._paths)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        path = self._paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{path.name or path}  —  {path.parent}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(str(path))
        return None


class ImportPathList(QWidget):
    """The list of chosen paths with Add files…, Add folder… and Remove.

    Signals:
        paths_changed(): a path was added or removed.
    """

    paths_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = PathListModel(self)
        self.view = QListView()
        self.view.setObjectName("importPaths")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.view, 1)
        buttons = QVBoxLayout()
        self.add_files_button = QPushButton(_t("Add &files…"))
        self.add_files_button.clicked.connect(self.pick_files)
        buttons.addWidget(self.add_files_button)
        self.add_folder_button = QPushButton(_t("Add a f&older…"))
        self.add_folder_button.clicked.connect(self.pick_folder)
        buttons.addWidget(self.add_folder_button)
        self.remove_button = QPushButton(_t("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model.rowsInserted.connect(self.paths_changed)
        self.model.rowsRemoved.connect(self.paths_changed)

    def paths(self) -> list[Path]:
        """The chosen paths."""
        return self.model.paths()

    def add_paths(self, paths: Iterable[Path]) -> int:
        """Add paths (from a drop or the caller); returns how many were new."""
        return self.model.add(paths)

    def pick_files(self) -> None:
        """Ask for files (several at once)."""
        names, _ = QFileDialog.getOpenFileNames(
            self, _t("Choose contact exports"), str(Path.home()), file_filter()
        )
        self.add_paths(Path(name) for name in names)

    def pick_folder(self) -> None:
        """Ask for a folder (an unpacked archive, or a folder of exports)."""
        name = QFileDialog.getExistingDirectory(self, _t("Choose a folder"), str(Path.home()))
        if name:
            self.add_paths([Path(name)])

    def remove_selected(self) -> None:
        """Remove the selected paths."""
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        self.model.remove_rows(rows)
