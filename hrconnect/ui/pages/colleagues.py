# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Former colleagues page."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from hrconnect.ui.pages.base import Page
from hrconnect.ui.widgets.plain import plain_label


class ColleaguesPage(Page):
    """Former colleagues."""

    key = "colleagues"
    icon = "colleagues"

    def __init__(self, context, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.title()))
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Former colleagues")
