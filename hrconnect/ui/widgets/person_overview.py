# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The detail pane's overview: contact points, job history, tags and keep in touch.

Every value that came from an import is shown through plain-text labels; tag chips are buttons
(whose text Qt never renders as HTML) with ``&`` doubled so it is not taken for a shortcut.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.people import SOURCE_RANK, derive_profile

from hrconnect.ui import texts
from hrconnect.ui.models.people_model import source_short
from hrconnect.ui.widgets.person_interval import IntervalChooser
from hrconnect.ui.widgets.plain import plain_label, safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.core.dates import PartialDate
    from hrconnect.core.people import PersonDetail, StoredEmployment


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and nested layout of a layout."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        else:
            nested = item.layout()
            if nested is not None:
                clear_layout(nested)


def partial_date_words(value: PartialDate | None) -> str:
    """A partial date as people write it: ``2019``, ``Mar 2019``, or a full short date."""
    if value is None:
        return ""
    if value.year is None:
        if value.month is not None and value.day is not None:
            return texts.format_month_day(value.month, value.day)
        return ""
    if value.month is None:
        return str(value.year)
    if value.day is None:
        month = QLocale().monthName(value.month, QLocale.FormatType.ShortFormat)
        return f"{month} {value.year}"
    return texts.format_date(date(value.year, value.month, value.day))


def job_lines(detail: PersonDetail) -> list[tuple[StoredEmployment, SourceKind]]:
    """Every job of every record, newest first, the same job from two sources listed once."""
    order = SOURCE_RANK
    seen: set[tuple[str, str, str, str]] = set()
    jobs: list[tuple[StoredEmployment, SourceKind]] = []
    for record in sorted(detail.records, key=lambda r: order.get(r.kind, 99)):
        for job in record.employments:
            key = (
                job.company_key or job.company.casefold(),
                job.title.casefold(),
                job.start.isoformat() if job.start else "",
                job.end.isoformat() if job.end else "",
            )
            if key not in seen:
                seen.add(key)
                jobs.append((job, record.kind))

    def recency(pair: tuple[StoredEmployment, SourceKind]) -> tuple[bool, str]:
        job = pair[0]
        return (job.is_current, job.start.isoformat() if job.start else "")

    jobs.sort(key=recency, reverse=True)
    return jobs


class PersonOverview(QWidget):
    """Contact points, jobs, tags and the keep-in-touch setting of one person.

    Signals:
        tag_added(str), tag_removed(str): the user added or removed a tag.
        interval_chosen(object): a new interval in days, or None.
        snooze_cancelled(): "Cancel snooze" was chosen.
    """

    tag_added = Signal(str)
    tag_removed = Signal(str)
    interval_chosen = Signal(object)
    snooze_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        contact_box = QGroupBox(self.tr("Contact"))
        self.contact = QFormLayout(contact_box)
        layout.addWidget(contact_box)

        jobs_box = QGroupBox(self.tr("Job history"))
        self.jobs = QVBoxLayout(jobs_box)
        layout.addWidget(jobs_box)

        tags_box = QGroupBox(self.tr("Tags"))
        tags_layout = QVBoxLayout(tags_box)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        tags_layout.addLayout(self.chips)
        adding = QHBoxLayout()
        self.new_tag = QComboBox()
        self.new_tag.setObjectName("newTag")
        self.new_tag.setEditable(True)
        self.new_tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.new_tag.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("New or existing tag"))
            line.returnPressed.connect(self._add_tag)
        adding.addWidget(self.new_tag, 1)
        self.add_tag_button = QPushButton(self.tr("&Add tag"))
        self.add_tag_button.clicked.connect(self._add_tag)
        adding.addWidget(self.add_tag_button)
        tags_layout.addLayout(adding)
        layout.addWidget(tags_box)

        touch_box = QGroupBox(self.tr("Keep in touch"))
        touch = QVBoxLayout(touch_box)
        self.touch_summary = plain_label(wrap=True)
        self.touch_summary.setObjectName("keepInTouchSummary")
        touch.addWidget(self.touch_summary)
        row = QHBoxLayout()
        self.interval = IntervalChooser()
        row.addWidget(self.interval, 1)
        self.set_interval_button = QPushButton(self.tr("&Set"))
        self.set_interval_button.clicked.connect(
            lambda: self.interval_chosen.emit(self.interval.value())
        )
        row.addWidget(self.set_interval_button)
        self.cancel_snooze_button = QPushButton(self.tr("Cancel snooze"))
        self.cancel_snooze_button.clicked.connect(self.snooze_cancelled)
        row.addWidget(self.cancel_snooze_button)
        touch.addLayout(row)
        layout.addWidget(touch_box)
        layout.addStretch(1)

    def set_person(self, detail: PersonDetail, all_tags: Sequence[str]) -> None:
        """Show a person; ``all_tags`` feeds the "add tag" completer."""
        self._show_contact(detail)
        self._show_jobs(detail)
        self._show_tags(detail.summary.tags, all_tags)
        self._show_keep_in_touch(detail)

    def _show_contact(self, detail: PersonDetail) -> None:
        while self.contact.rowCount():
            self.contact.removeRow(0)
        profile = derive_profile(list(detail.records))
        rows = [
            (self.tr("E-mail"), profile.emails),
            (self.tr("Phone"), profile.phones),
            (self.tr("Web"), profile.urls),
        ]
        addresses = [
            p.value
            for r in detail.records
            for p in r.contact_points
            if p.kind in (ContactKind.ADDRESS, ContactKind.IM)
        ]
        rows.append((self.tr("Other"), tuple(dict.fromkeys(addresses))))
        if profile.birthday is not None:
            rows.append((self.tr("Birthday"), (partial_date_words(profile.birthday),)))
        if detail.summary.connected_on is not None:
            rows.append((self.tr("Connected"), (texts.format_date(detail.summary.connected_on),)))
        if profile.note.strip():
            rows.append((self.tr("Note"), (profile.note.strip(),)))
        shown = False
        for heading, values in rows:
            for value in values:
                self.contact.addRow(
                    plain_label(heading), plain_label(value, selectable=True, wrap=True)
                )
                heading = ""
                shown = True
        if not shown:
            self.contact.addRow(plain_label(self.tr("No e-mail, phone or web address.")))

    def _show_jobs(self, detail: PersonDetail) -> None:
        clear_layout(self.jobs)
        jobs = job_lines(detail)
        if not jobs:
            self.jobs.addWidget(plain_label(self.tr("No jobs known.")))
        for job, kind in jobs:
            what = ", ".join(p for p in (job.title, job.company) if p)
            start, end = partial_date_words(job.start), partial_date_words(job.end)
            if job.is_current and not end:
                end = self.tr("now")
            if start:
                period = f" ({start} – {end})"
            elif end:
                period = f" ({end})" if job.is_current else f" ({self.tr('until')} {end})"
            else:
                period = ""
            label = plain_label(f"{what}{period}", selectable=True, wrap=True)
            label.setToolTip(safe_tooltip(texts.source_name(kind.value)))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(plain_label(source_short(kind)))
            self.jobs.addLayout(row)

    def _show_tags(self, tags: Sequence[str], all_tags: Sequence[str]) -> None:
        clear_layout(self.chips)
        for tag in tags:
            chip = QToolButton()
            chip.setObjectName("tagChip")
            chip.setProperty("tag", tag)
            chip.setText(tag.replace("&", "&&") + "  ✕")
            chip.setToolTip(safe_tooltip(self.tr("Remove the tag %1").replace("%1", tag)))
            chip.clicked.connect(lambda _=False, name=tag: self.tag_removed.emit(name))
            self.chips.addWidget(chip)
        if not tags:
            self.chips.addWidget(plain_label(self.tr("No tags yet.")))
        self.chips.addStretch(1)
        current = self.new_tag.currentText()
        self.new_tag.clear()
        self.new_tag.addItems([t for t in all_tags if t not in tags])
        self.new_tag.setCurrentText(current if current in all_tags else "")
        self.new_tag.setEditText("")

    def _show_keep_in_touch(self, detail: PersonDetail) -> None:
        summary = detail.summary
        user = detail.user_record
        own = user.every_days if user is not None else None
        parts: list[str] = []
        if summary.every_days:
            origin = summary.rule_origin or "person"
            source = (
                self.tr("set for this person")
                if origin == "person"
                else self.tr("from the tag %1").replace("%1", origin[4:])
            )
            parts.append(f"{texts.interval_words(summary.every_days)}, {source}")
        else:
            parts.append(self.tr("No keep-in-touch interval"))
        if summary.due_on is not None:
            parts.append(self.tr("Due %1").replace("%1", texts.format_date(summary.due_on)))
        if summary.last_contact_on is not None:
            parts.append(
                self.tr("Last contact %1 (%2)")
                .replace("%1", texts.format_date(summary.last_contact_on))
                .replace("%2", texts.interaction_name(summary.last_contact_kind))
            )
        if summary.snoozed_until is not None:
            parts.append(
                self.tr("Snoozed until %1").replace("%1", texts.format_date(summary.snoozed_until))
            )
        self.touch_summary.setText("\n".join(parts))
        self.interval.set_value(own)
        self.cancel_snooze_button.setVisible(summary.snoozed_until is not None)

    def _add_tag(self) -> None:
        name = " ".join(self.new_tag.currentText().split())
        if name:
            self.new_tag.setEditText("")
            self.tag_added.emit(name)
