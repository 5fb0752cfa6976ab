# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The OK / Cancel row every small dialog ends with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDialog


def ok_cancel(
    dialog: QDialog, ok_text: str = "", on_ok: Callable[[], object] | None = None
) -> QDialogButtonBox:
    """OK and Cancel wired to ``dialog``: OK runs ``on_ok`` (default: accept), Cancel rejects.

    ``ok_text`` renames OK after what it does ("Log", "Snooze"); the platform's order of the
    two buttons and their shortcuts (Enter, Escape) stay Qt's.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
