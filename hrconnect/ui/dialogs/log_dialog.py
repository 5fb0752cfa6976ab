# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Log an interaction with one person: what kind, which day, and an optional note.

The dialog only collects the values; the caller stores them with ``app.reminders.log`` on the
worker. Only the kinds a user can log are offered (imports bring e-mails and messages of their
own), and the day cannot be in the future.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.kinds import InteractionKind

from hrconnect.ui import texts
from hrconnect.ui.dialogs.buttons import ok_cancel
from hrconnect.ui.widgets.plain import plain_label

LOGGABLE_ORDER = (
    InteractionKind.CALL,
    InteractionKind.MESSAGE,
    InteractionKind.MEETING,
    InteractionKind.NOTE,
)
"""The kinds a user logs, in the order offered (``LOGGABLE_KINDS`` is a set)."""


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class LogDialog(QDialog):
    """Asks how and when the user was in touch with someone."""

    def __init__(
        self,
        person_name: str,
        today: date,
        parent: QWidget | None = None,
        kind: InteractionKind = InteractionKind.CALL,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an interaction"))
        self.setObjectName("logDialog")
        layout = QVBoxLayout(self)
        self.name_label = plain_label(person_name, wrap=True)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        layout.addWidget(self.name_label)
        form = QFormLayout()
        self.kind_box = QComboBox()
        for choice in LOGGABLE_ORDER:
            self.kind_box.addItem(texts.interaction_name(choice.value).capitalize(), choice.value)
        self.kind_box.setCurrentIndex(LOGGABLE_ORDER.index(kind))
        form.addRow(self.tr("&Kind:"), self.kind_box)
        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(to_qdate(today))
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What did you talk about? (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(90)
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout.addLayout(form)
        self.buttons = ok_cancel(self, self.tr("Log"))
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def kind(self) -> InteractionKind:
        """The chosen kind."""
        return InteractionKind(self.kind_box.currentData())

    def day(self) -> date:
        """The chosen day (never after today)."""
        return from_qdate(self.date_edit.date())

    def note(self) -> str:
        """The note, trimmed."""
        return self.note_edit.toPlainText().strip()

    def set_values(self, kind: InteractionKind, day: date, note: str) -> None:
        """Fill the form (for callers that know the answer, and tests)."""
        self.kind_box.setCurrentIndex(LOGGABLE_ORDER.index(kind))
        self.date_edit.setDate(to_qdate(day))
        self.note_edit.setPlainText(note)
