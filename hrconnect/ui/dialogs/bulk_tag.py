# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Tagging many people at once: add a tag to, or take one off, everyone selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QVBoxLayout,
)

from hrconnect.ui.dialogs.buttons import ok_cancel
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget


class BulkTagDialog(QDialog):
    """Asks for a tag and whether to add or remove it."""

    def __init__(self, count: int, tags: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkTagDialog")
        self.setWindowTitle(self.tr("Tag people"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                QCoreApplication.translate("BulkTagDialog", "%n people selected.", "", count)
            )
        )
        self.add = QRadioButton(self.tr("&Add the tag"))
        self.add.setChecked(True)
        self.remove = QRadioButton(self.tr("&Remove the tag"))
        layout.addWidget(self.add)
        layout.addWidget(self.remove)
        self.tag = QComboBox()
        self.tag.setObjectName("bulkTagName")
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag.addItems(list(tags))
        self.tag.setEditText("")
        line = self.tag.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Tag name"))
        layout.addWidget(self.tag)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.tag.editTextChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

    def chosen(self) -> tuple[str, bool]:
        """(tag name, True to add / False to remove)."""
        return " ".join(self.tag.currentText().split()), self.add.isChecked()
