# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""SettingsDialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


class SettingsDialog(QDialog):
    def __init__(self, context, parent=None, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
