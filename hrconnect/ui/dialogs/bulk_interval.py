# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Setting how often to keep in touch with many people at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout

from hrconnect.ui.dialogs.buttons import ok_cancel
from hrconnect.ui.widgets.person_interval import IntervalChooser
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class BulkIntervalDialog(QDialog):
    """Asks for an interval (or none) for everyone selected."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkIntervalDialog")
        self.setWindowTitle(self.tr("Keep in touch"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                QCoreApplication.translate(
                    "BulkIntervalDialog",
                    "How often do you want to hear from these %n people?",
                    "",
                    count,
                ),
                wrap=True,
            )
        )
        self.interval = IntervalChooser(none_text=self.tr("No interval of their own (tags decide)"))
        self.interval.set_value(182)
        layout.addWidget(self.interval)
        layout.addWidget(ok_cancel(self))

    def chosen(self) -> int | None:
        """The interval in days, or None."""
        return self.interval.value()
