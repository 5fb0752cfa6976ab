# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""One side of a duplicate suggestion: a record as a card, with the values that differ marked.

Everything on the card is imported text, so every value is a plain-text label. A differing
value gets a subtle background derived from the palette's highlight colour and a bold font (so
it does not rely on colour alone), and the ``differs`` property for tests and accessibility.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hrconnect.ui import texts
from hrconnect.ui.widgets.plain import plain_label, safe_tooltip
from hrconnect.ui.widgets.review_fields import FIELDS

if TYPE_CHECKING:
    from hrconnect.core.people import PersonSummary, StoredRecord

    from hrconnect.ui.widgets.review_fields import FieldValue

HIGHLIGHT_ALPHA = 56
"""Opacity (of 255) of the highlight colour behind a differing value: visible, not loud."""


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordCard", text)


def field_title(field: str) -> str:
    """The heading of a card row."""
    titles = {
        "name": _t("Name"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "url": _t("Web"),
        "company": _t("Company"),
        "title": _t("Job title"),
        "birthday": _t("Birthday"),
    }
    return titles.get(field, field)


def provenance_text(record: StoredRecord) -> str:
    """Where a record came from: ``archive › file, line 5`` with the position translated."""
    return texts.provenance(record.archive, record.file, record.locator)


def highlight_color(widget: QWidget) -> QColor:
    """The subtle background for differing values, derived from the widget's palette."""
    color = widget.palette().color(QPalette.ColorRole.Highlight)
    color.setAlpha(HIGHLIGHT_ALPHA)
    return color


class RecordCard(QFrame):
    """A record of one person in a suggestion, shown as a card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        self.name_label = plain_label(wrap=True, selectable=True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        layout.addWidget(self.name_label)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        self.badge_label = plain_label()
        self.badge_label.setObjectName("sourceBadge")
        badges.addWidget(self.badge_label)
        badges.addStretch(1)
        layout.addLayout(badges)
        self.provenance_label = plain_label(wrap=True, selectable=True)
        self.provenance_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.provenance_label)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)
        self.rows: dict[str, QVBoxLayout] = {}
        for field in FIELDS[1:]:
            holder = QVBoxLayout()
            holder.setSpacing(2)
            self.rows[field] = holder
            heading = QLabel(field_title(field))
            heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.form.addRow(heading, holder)
        layout.addLayout(self.form)
        self.others_label = plain_label(wrap=True)
        self.others_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.others_label)
        layout.addStretch(1)
        self.value_labels: dict[str, list[QLabel]] = {field: [] for field in FIELDS}

    def show_record(
        self,
        person: PersonSummary,
        record: StoredRecord,
        values: dict[str, list[FieldValue]],
        marks: dict[str, set[str]],
    ) -> None:
        """Show ``record`` (of ``person``), marking the values whose keys are in ``marks``."""
        names = values.get("name") or []
        self.name_label.setText(names[0].text if names else person.display_name)
        self.value_labels = {field: [] for field in FIELDS}
        self.value_labels["name"] = [self.name_label]
        self._mark(self.name_label, bool(names) and names[0].key in marks.get("name", set()))
        self.badge_label.setText(texts.source_name(record.kind.value))
        self._style_badge()
        self.provenance_label.setText(provenance_text(record))
        for field, holder in self.rows.items():
            _clear(holder)
            for value in values.get(field, []):
                label = plain_label(value.text, wrap=True, selectable=True)
                self._mark(label, value.key in marks.get(field, set()))
                holder.addWidget(label)
                self.value_labels[field].append(label)
            if not values.get(field):
                empty = QLabel("—")
                empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                holder.addWidget(empty)
        others = person.record_count - 1
        self.others_label.setText(
            QCoreApplication.translate(
                "RecordCard", "Also known from %n other record(s)", "", others
            )
            if others > 0
            else ""
        )
        self.others_label.setVisible(others > 0)

    def differing_texts(self) -> list[str]:
        """The texts currently marked as differing (for tests and screen readers)."""
        return [
            label.text()
            for labels in self.value_labels.values()
            for label in labels
            if label.property("differs")
        ]

    def _mark(self, label: QLabel, differs: bool) -> None:
        label.setProperty("differs", differs)
        font = label.font()
        font.setBold(differs or label is self.name_label)
        label.setFont(font)
        label.setAutoFillBackground(differs)
        if differs:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.Window, highlight_color(self))
            label.setPalette(palette)
            label.setToolTip(safe_tooltip(_t("Differs from the other card")))
            label.setAccessibleDescription(_t("Differs from the other card"))
        else:
            label.setPalette(self.palette())
            label.setToolTip("")
            label.setAccessibleDescription("")

    def _style_badge(self) -> None:
        color = highlight_color(self)
        self.badge_label.setStyleSheet(
            f"QLabel#sourceBadge {{ background-color: rgba({color.red()}, {color.green()},"
            f" {color.blue()}, {color.alpha()}); border-radius: 4px; padding: 1px 8px; }}"
        )


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
