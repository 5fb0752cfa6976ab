# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The first-run screen: what to export from LinkedIn, Facebook, the phone and the mail client."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Invites the user to bring their exports in. Emits ``import_requested`` for the button."""

    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(16)
        title = QLabel(self.tr("Bring your network home"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "hrconnect keeps your LinkedIn connections, Facebook friends, phone contacts and "
                "mail contacts together on this computer, recognises the same person across them, "
                "and tells you whom to get back in touch with. Nothing leaves your computer."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        steps = QHBoxLayout()
        steps.setSpacing(12)
        for heading, text in self._steps():
            steps.addWidget(self._card(heading, text))
        layout.addLayout(steps)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        buttons.addWidget(self.import_button)
        self.demo_button = QPushButton(self.tr("Explore the demo network"))
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        drop = QLabel(self.tr("You can also drop ZIP files, folders or files onto this window."))
        drop.setEnabled(False)
        layout.addWidget(drop)
        layout.addStretch(1)

    def _steps(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("LinkedIn"),
                self.tr(
                    "1. Open Settings & Privacy › Data privacy › Get a copy of your data.\n"
                    "2. Choose Connections, Messages, Invitations, Profile and Positions "
                    "(or the full archive).\n"
                    "3. Download the ZIP from the e-mail LinkedIn sends you."
                ),
            ),
            (
                self.tr("Facebook"),
                self.tr(
                    "1. Open Settings › Accounts Centre › Your information and permissions › "
                    "Download your information.\n"
                    "2. Pick Friends and Messages, format JSON.\n"
                    "3. Download the ZIP when it is ready."
                ),
            ),
            (
                self.tr("Phone and mail"),
                self.tr(
                    "iPhone or Android: share or export all contacts as a .vcf file.\n"
                    "Google Contacts: Export › Google CSV or vCard.\n"
                    "Outlook: File › Open & Export › Import/Export › Export to a file › CSV."
                ),
            ),
        ]

    def _card(self, heading: str, text: str) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(card)
        label = QLabel(heading)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        inner.addWidget(label)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(body, 1)
        return card
