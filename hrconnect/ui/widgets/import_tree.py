# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""A read-only tree of text rows for views: the import report, former colleagues.

The rows are plain Python nodes built beforehand; the model only serves them, so a tree of
thousands of problems costs one pass to build and nothing per repaint. Texts are served as
``DisplayRole`` (views draw them as plain text) and tooltips are escaped, so imported names
and file names can never turn into markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from hrconnect.ui.widgets.plain import safe_tooltip

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class TreeNode:
    """One row: a text per column, optional children, a value for the caller.

    Attributes:
        texts: The column texts (missing columns are empty).
        children: Rows under this one.
        value: Anything the caller wants back from the row (``Qt.UserRole``), e.g. a person id.
        tooltip: Plain text; escaped before Qt sees it.
        bold: Draw the row in bold (group headings, the current employer).
        expanded: The view should open this row when the model is shown.
    """

    texts: tuple[str, ...]
    children: list[TreeNode] = field(default_factory=list)
    value: Any = None
    tooltip: str = ""
    bold: bool = False
    expanded: bool = False
    parent: TreeNode | None = field(default=None, repr=False)
    row: int = field(default=0, repr=False)
    """This node's position under its parent (set by :meth:`add`)."""

    def __post_init__(self) -> None:
        for row, child in enumerate(self.children):
            child.parent, child.row = self, row

    def add(self, child: TreeNode) -> TreeNode:
        """Append a child and return it."""
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


class TextTreeModel(QAbstractItemModel):
    """Serves a list of :class:`TreeNode` trees to a ``QTreeView``."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._root = TreeNode(())
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[TreeNode]) -> None:
        """Replace everything shown."""
        self.beginResetModel()
        self._root = TreeNode(())
        for row in rows:
            self._root.add(row)
        self.endResetModel()

    def rows(self) -> list[TreeNode]:
        """The top-level rows."""
        return list(self._root.children)

    def node(self, index: Index) -> TreeNode | None:
        """The node behind an index, or None for the invisible root."""
        if not index.isValid():
            return None
        node: TreeNode = index.internalPointer()
        return node

    def expanded_indexes(self) -> list[QModelIndex]:
        """Indexes of the rows marked ``expanded`` (parents before children)."""
        found: list[QModelIndex] = []

        def walk(parent: TreeNode, parent_index: QModelIndex) -> None:
            for row, child in enumerate(parent.children):
                if child.expanded:
                    index = self.createIndex(row, 0, child)
                    found.append(index)
                    walk(child, index)

        walk(self._root, QModelIndex())
        return found

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        owner = self.node(parent) or self._root
        if 0 <= row < len(owner.children) and 0 <= column < len(self._headers):
            return self.createIndex(row, column, owner.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self.node(parent) or self._root
        return len(owner.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.texts[column] if column < len(node.texts) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(node.tooltip) if node.tooltip else None
        if role == Qt.ItemDataRole.FontRole and node.bold:
            return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return node.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0 and _is_number(node, column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _is_number(node: TreeNode, column: int) -> bool:
    text = node.texts[column] if column < len(node.texts) else ""
    return bool(text) and text.replace("\u00a0", "").replace(".", "").replace(",", "").isdigit()


def text_tree_view(
    headers: list[str], parent: QWidget | None = None, *, flat: bool = False
) -> tuple[QTreeView, TextTreeModel]:
    """A read-only tree view (whole rows selected) over a new :class:`TextTreeModel`.

    Args:
        headers: The column titles.
        parent: The view's parent.
        flat: A list rather than a tree (no expand arrows).
    """
    view = QTreeView(parent)
    model = TextTreeModel(headers, view)
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setRootIsDecorated(not flat)
    return view, model
