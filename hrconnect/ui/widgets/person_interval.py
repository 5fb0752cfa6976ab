# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Choosing a keep-in-touch interval: common choices, or a number of days."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from hrconnect.ui import texts

PRESET_DAYS = (14, 30, 91, 182, 365)
_OTHER = -1


class IntervalChooser(QWidget):
    """A combo of common intervals plus "other", which shows a spin box of days.

    ``value()`` is the chosen number of days, or None for "no interval of their own".

    Signals:
        changed(): the choice changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, none_text: str = "") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("intervalCombo")
        self.combo.addItem(none_text or self.tr("No interval of their own"), None)
        for days in PRESET_DAYS:
            self.combo.addItem(texts.interval_words(days), days)
        self.combo.addItem(self.tr("Other…"), _OTHER)
        layout.addWidget(self.combo, 1)
        self.days = QSpinBox()
        self.days.setObjectName("intervalDays")
        self.days.setRange(1, 3650)
        self.days.setValue(60)
        self.days.setSuffix(self.tr(" days"))
        self.days.setVisible(False)
        layout.addWidget(self.days)
        self.combo.currentIndexChanged.connect(self._on_combo)
        self.days.valueChanged.connect(lambda _: self.changed.emit())

    def value(self) -> int | None:
        """The chosen interval in days, or None."""
        data = self.combo.currentData()
        if data == _OTHER:
            return int(self.days.value())
        return int(data) if data is not None else None

    def set_value(self, every_days: int | None) -> None:
        """Show an interval (a preset when there is one, else "other" with the days)."""
        self.blockSignals(True)
        found = self.combo.findData(every_days) if every_days is not None else 0
        if every_days is not None and found < 0:
            self.days.setValue(every_days)
            found = self.combo.findData(_OTHER)
        self.combo.setCurrentIndex(found)
        self.days.setVisible(self.combo.currentData() == _OTHER)
        self.blockSignals(False)

    def _on_combo(self, _row: int) -> None:
        self.days.setVisible(self.combo.currentData() == _OTHER)
        self.changed.emit()
