# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""How far an import (or its preview) is: the stage in words, a bar, a count, and Cancel.

The bar is determinate when the stage knows its total and a busy indicator when it does not
(reading a CSV streams without knowing the row count). Progress arrives throttled by the task
runner, so each update is a couple of property sets on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hrconnect.ui.widgets.import_report import number
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from hrconnect.core.progress import Progress


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportProgress", text)


def stage_words(stage: str) -> str:
    """What the import is doing, in words."""
    words = {
        "reading": _t("Reading your files…"),
        "storing": _t("Saving contacts…"),
        "indexing": _t("Updating the people list…"),
        "matching": _t("Looking for the same person in several sources…"),
    }
    return words.get(stage, _t("Working…"))


def is_determinate(progress: Progress) -> bool:
    """True when the bar can show a fraction.

    A stage that announces its size before starting (``storing``: done 0 of 30,000) and then
    works in one go would sit at 0 %: it gets the busy indicator instead.
    """
    return bool(progress.total) and progress.done > 0


def count_words(progress: Progress) -> str:
    """``1.200 of 3.000``, ``12.000 read``, ``30.000 contacts``, or ""."""
    if progress.total and progress.done:
        return (
            _t("%1 of %2")
            .replace("%1", number(progress.done))
            .replace("%2", number(progress.total))
        )
    if progress.stage == "reading" and progress.done:
        return _t("%1 read").replace("%1", number(progress.done))
    if progress.stage == "storing" and progress.total:
        return _t("%1 contacts").replace("%1", number(progress.total))
    return ""


class ImportProgress(QWidget):
    """Stage, bar, count, detail (the file being read) and a Cancel button.

    Signals:
        cancel_requested(): the user pressed Cancel.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 0, 24, 0)
        layout.addStretch(1)
        self.stage_label = plain_label(_t("Starting…"), wrap=True)
        font = self.stage_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.stage_label.setFont(font)
        layout.addWidget(self.stage_label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        self.count_label = plain_label()
        row.addWidget(self.count_label)
        row.addStretch(1)
        layout.addLayout(row)
        self.detail_label = plain_label()
        self.detail_label.setEnabled(False)
        layout.addWidget(self.detail_label)
        self.note_label = plain_label(
            _t("You can cancel at any time: nothing is changed until the import is complete."),
            wrap=True,
        )
        layout.addWidget(self.note_label)
        layout.addStretch(2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(_t("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def start(self, title: str) -> None:
        """Reset for a new task."""
        self.stage_label.setText(title)
        self.bar.setRange(0, 0)
        self.count_label.setText("")
        self.detail_label.setText("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(_t("Cancel"))

    def show_progress(self, progress: Progress) -> None:
        """Show one progress report."""
        self.stage_label.setText(stage_words(progress.stage))
        if progress.total and is_determinate(progress):
            if self.bar.maximum() != progress.total:
                self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        elif self.bar.maximum() != 0:
            self.bar.setRange(0, 0)
        self.count_label.setText(count_words(progress))
        detail = progress.detail if progress.stage in ("reading", "storing") else ""
        self.detail_label.setText(detail)

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(_t("Cancelling…"))
        self.stage_label.setText(_t("Cancelling… nothing will be changed."))
        self.cancel_requested.emit()
