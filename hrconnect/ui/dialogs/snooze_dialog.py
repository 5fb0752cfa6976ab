# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Snooze a reminder: pick the day from which someone may show up on Today again.

Quick choices (1 week, 1 month, 3 months) answer at once; a calendar date field covers the
rest. Months are calendar months (31 January + 1 month is 28 or 29 February), as people count
them. The dialog only collects the date; the caller stores it with ``app.reminders.snooze``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrconnect.ui.dialogs.buttons import ok_cancel
from hrconnect.ui.dialogs.log_dialog import from_qdate, to_qdate
from hrconnect.ui.widgets.plain import plain_label


def snooze_choices(today: date) -> list[tuple[str, date]]:
    """The quick choices as ``(key, day)``: a week, a month and three months from today."""
    start = to_qdate(today)
    return [
        ("week", today + timedelta(days=7)),
        ("month", from_qdate(start.addMonths(1))),
        ("quarter", from_qdate(start.addMonths(3))),
    ]


class SnoozeDialog(QDialog):
    """Asks until when a reminder should keep quiet."""

    def __init__(self, person_name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        self.setObjectName("snoozeDialog")
        layout = QVBoxLayout(self)
        self.name_label = plain_label(person_name, wrap=True)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        layout.addWidget(self.name_label)
        layout.addWidget(QLabel(self.tr("Remind me again in:")))
        quick = QHBoxLayout()
        words = {
            "week": self.tr("1 &week"),
            "month": self.tr("1 &month"),
            "quarter": self.tr("&3 months"),
        }
        self.quick_buttons: dict[str, QPushButton] = {}
        for key, day in snooze_choices(today):
            button = QPushButton(words[key])
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, chosen=day: self._choose(chosen))
            quick.addWidget(button)
            self.quick_buttons[key] = button
        quick.addStretch(1)
        layout.addLayout(quick)
        form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(today + timedelta(days=7)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(to_qdate(today + timedelta(days=1)))
        form.addRow(self.tr("Or on this &day:"), self.date_edit)
        layout.addLayout(form)
        self.buttons = ok_cancel(self, self.tr("Snooze"))
        layout.addWidget(self.buttons)
        self.resize(380, self.sizeHint().height())

    def until(self) -> date:
        """The chosen day: the person is due again from this day."""
        return from_qdate(self.date_edit.date())

    def _choose(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))
        self.accept()
