# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The detail pane's sources: every record of a person with its origin, as imported.

Each record shows a badge for its source, where it came from (archive › file, line/card/item),
the values it holds, and, for merged people, a way to split it off again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.people import SOURCE_RANK

from hrconnect.ui import texts
from hrconnect.ui.widgets.person_badges import source_badge
from hrconnect.ui.widgets.person_overview import clear_layout, partial_date_words
from hrconnect.ui.widgets.plain import plain_label, safe_tooltip

if TYPE_CHECKING:
    from hrconnect.core.people import PersonDetail, StoredContactPoint, StoredRecord

RAW_FIELDS_SHOWN = 40


def breakable(text: str) -> str:
    """A path with invisible break opportunities after separators, so a label can wrap it."""
    return text.replace("/", "/\u200b").replace("_", "_\u200b").replace("\\", "\\\u200b")


def provenance(record: StoredRecord) -> str:
    """Where a record came from: ``archive.zip › Connections.csv, line 12``, translated."""
    return texts.provenance(record.archive, record.file, record.locator)


class PersonSources(QWidget):
    """One card per record of the person on show.

    Signals:
        split_requested(int): split this record (id) off into a person of its own.
    """

    split_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = QVBoxLayout(self)
        self.cards.setContentsMargins(0, 0, 0, 0)

    def set_person(self, detail: PersonDetail) -> None:
        """Show the records of a person, highest precedence first."""
        clear_layout(self.cards)
        order = SOURCE_RANK
        records = sorted(detail.records, key=lambda r: (order.get(r.kind, 99), r.id))
        imported = sum(1 for r in records if r.kind is not SourceKind.USER)
        for record in records:
            self.cards.addWidget(self._card(record, can_split=imported > 1))
        self.cards.addStretch(1)

    def _card(self, record: StoredRecord, *, can_split: bool) -> QFrame:
        card = QFrame()
        card.setObjectName("recordCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        top = QHBoxLayout()
        top.addWidget(source_badge(record.kind))
        if record.kind is SourceKind.USER:
            where = plain_label(self.tr("Your edits in hrconnect (kept across imports)"))
        else:
            where = plain_label(breakable(provenance(record)), wrap=True, selectable=True)
            where.setObjectName("recordProvenance")
            if record.raw:
                fields = "\n".join(f"{k}: {v}" for k, v in record.raw[:RAW_FIELDS_SHOWN])
                where.setToolTip(safe_tooltip(fields))
        top.addStretch(1)
        if can_split and record.kind is not SourceKind.USER:
            split = QPushButton(self.tr("Split off…"))
            split.setToolTip(self.tr("This record is someone else: make it a person of its own"))
            split.clicked.connect(lambda _=False, rid=record.id: self.split_requested.emit(rid))
            top.addWidget(split)
        layout.addLayout(top)
        layout.addWidget(where)
        for line in self._lines(record):
            layout.addWidget(plain_label(line, wrap=True, selectable=True))
        dates = (
            self.tr("Created %1, last changed %2")
            if record.kind is SourceKind.USER
            else self.tr("Imported %1, last changed %2")
        )
        dates = dates.replace("%1", texts.format_date(record.created_at.date()))
        dates = dates.replace("%2", texts.format_date(record.updated_at.date()))
        stamp = plain_label(dates)
        stamp.setEnabled(False)
        layout.addWidget(stamp)
        return card

    def _lines(self, record: StoredRecord) -> list[str]:
        lines = []
        if record.display_name:
            lines.append(record.display_name)
        job = ", ".join(p for p in (record.title, record.organization) if p)
        if job:
            lines.append(job)
        lines.extend(self._point(point) for point in record.contact_points)
        for employment in record.employments:
            what = ", ".join(p for p in (employment.title, employment.company) if p)
            start, end = partial_date_words(employment.start), partial_date_words(employment.end)
            if what and (start or end):
                lines.append(f"{what} ({start} – {end})")
        if record.birthday is not None:
            lines.append(self.tr("Birthday: %1").replace("%1", partial_date_words(record.birthday)))
        if record.connected_on is not None:
            lines.append(
                self.tr("Connected on %1").replace("%1", texts.format_date(record.connected_on))
            )
        if record.tags:
            lines.append(self.tr("Labels: %1").replace("%1", ", ".join(record.tags)))
        if record.every_days:
            lines.append(texts.interval_words(record.every_days))
        if record.note.strip():
            lines.append(record.note.strip())
        return lines

    def _point(self, point: StoredContactPoint) -> str:
        kinds = {
            ContactKind.EMAIL: self.tr("E-mail"),
            ContactKind.PHONE: self.tr("Phone"),
            ContactKind.URL: self.tr("Web"),
            ContactKind.ADDRESS: self.tr("Address"),
            ContactKind.IM: self.tr("Chat"),
        }
        heading = kinds.get(point.kind, point.kind.value)
        if point.label:
            heading = f"{heading} ({point.label})"
        return f"{heading}: {point.value}"
