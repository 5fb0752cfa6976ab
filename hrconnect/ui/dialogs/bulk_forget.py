# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Forgetting people for good (GDPR/AVG), after a confirmation that says what it means."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
)

from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget


NAMES_SHOWN = 8


class ForgetDialog(QDialog):
    """Asks whether to forget these people, naming them, with Cancel as the default."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forgetDialog")
        self.setWindowTitle(self.tr("Forget people"))
        self.setMinimumWidth(440)
        count = len(names)
        layout = QVBoxLayout(self)
        question = QCoreApplication.translate(
            "ForgetDialog", "Forget %n people for good?", "", count
        )
        heading = plain_label(question, wrap=True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        shown = list(names[:NAMES_SHOWN])
        if count > NAMES_SHOWN:
            shown.append(
                QCoreApplication.translate("ForgetDialog", "…and %n more", "", count - NAMES_SHOWN)
            )
        listing = plain_label("\n".join(shown), wrap=True)
        listing.setObjectName("forgetNames")
        layout.addWidget(listing)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Their imported records, interactions, notes and tags are deleted from "
                    "hrconnect and wiped from the database file. This cannot be undone. Backups "
                    "made earlier still hold them until they are deleted."
                ),
                wrap=True,
            )
        )
        self.allow_reimport = QCheckBox(self.tr("Let a later &import bring them back"))
        self.allow_reimport.setToolTip(
            self.tr("Unticked, hrconnect skips them in every future import")
        )
        layout.addWidget(self.allow_reimport)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.forget_button = QPushButton(
            QCoreApplication.translate("ForgetDialog", "&Forget %n people", "", count)
        )
        self.forget_button.setObjectName("confirmForget")
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.forget_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        layout.addWidget(buttons)
