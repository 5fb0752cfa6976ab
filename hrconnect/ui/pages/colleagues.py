# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Former colleagues page: per employer of yours, who else worked there and why we think so.

Employers come from the positions in your LinkedIn export or those you add by hand; the
people and their evidence from ``ColleaguesService``. Each evidence line is phrased here, in
the user's language, from the evidence's structured values (the service's English text is for
the command line). Activating a person (double-click or Enter) opens them in People.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.dates import PartialDate

from hrconnect.ui import texts
from hrconnect.ui.dialogs.buttons import ok_cancel
from hrconnect.ui.pages.base import LazyPage
from hrconnect.ui.widgets.import_tree import TreeNode, text_tree_view
from hrconnect.ui.widgets.plain import heading_label, plain_label

if TYPE_CHECKING:
    from hrconnect.core.changes import Changes
    from hrconnect.services.colleagues import ColleaguesReport, Employer, Evidence
    from hrconnect.store.owner import OwnerPosition

    from hrconnect.ui.context import UiContext

EXPAND_UP_TO = 50
"""Employers with this many people or fewer show every evidence line open."""


def month_year(value: PartialDate | None) -> str:
    """``Sep 2004``, ``2004`` or a full date, in the user's locale; "" when unknown."""
    if value is None:
        return ""
    complete = value.as_date()
    if complete is not None:
        return texts.format_date(complete)
    if value.year is not None and value.month is not None:
        month = QLocale().standaloneMonthName(value.month, QLocale.FormatType.ShortFormat)
        return f"{month} {value.year}"
    return str(value.year or "")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColleaguesPage", text)


@dataclass(eq=False)
class EmployerView:
    """One employer, ready to show: its list row, summary line, positions and people."""

    key: str
    company: str
    row: TreeNode
    summary: str
    positions: list[TreeNode]
    people: list[TreeNode]
    expand: bool


@dataclass(eq=False)
class ColleaguesView:
    """Everything the page shows, built off the GUI thread."""

    employers: list[EmployerView]
    intro: str


def period_words(start: PartialDate | None, end: PartialDate | None, current: bool) -> str:
    """``Sep 2004 – Jun 2009`` or ``Jul 2009 – now``."""
    first = month_year(start)
    last = _tr("now") if current or end is None else month_year(end)
    return f"{first} – {last}" if first else last


def evidence_words(evidence: Evidence) -> str:
    """One reason, in the user's language ("past company Acme (2004 – 2009) · LinkedIn")."""
    if evidence.signal == "company":
        label = _tr("current company %1") if evidence.is_current else _tr("past company %1")
        text = label.replace("%1", evidence.value)
        if evidence.source != "user" and (evidence.start or evidence.end):
            first = month_year(evidence.start) or "…"
            last = month_year(evidence.end) or (_tr("now") if evidence.is_current else "…")
            text += f" ({first} – {last})"
        where = (
            _tr("entered by you")
            if evidence.source == "user"
            else texts.source_short_name(evidence.source)
        )
        return f"{text} · {where}"
    if evidence.signal == "email_domain":
        return _tr("e-mail domain %1").replace("%1", evidence.value)
    if evidence.signal == "interactions":
        counted = ", ".join(texts.interaction_count(kind, n) for kind, n in evidence.counts)
        return _tr("%1 while you worked there").replace("%1", counted)
    if evidence.signal == "connected":
        day = texts.format_date(date.fromisoformat(evidence.value)) if evidence.value else ""
        return _tr("connected while you worked there (%1)").replace("%1", day)
    return evidence.text


def _signal_words(signal: str) -> str:
    words = {
        "interactions": _tr("Contact at the time"),
        "connected": _tr("Connected at the time"),
    }
    return words.get(signal) or texts.signal_name(signal)


def _origin(position: OwnerPosition) -> str:
    return (
        _tr("entered by you") if position.source == "user" else texts.source_name(position.source)
    )


def _intro(report: ColleaguesReport) -> str:
    if not report.employers:
        return _tr(
            "Tell hrconnect where you worked: import your LinkedIn archive (it holds your "
            "positions), or add your positions by hand. Then everyone in your network who "
            "worked there shows up here."
        )
    text = _tr(
        "People who worked where you worked: the company on their profile or card, or an "
        "e-mail address at the company's domain. Messages from that time are shown as "
        "extra evidence."
    )
    left_out = sorted({p.company for p in report.not_companies})
    if left_out:
        text += " " + _tr("Not employers, so left out: %1.").replace("%1", ", ".join(left_out))
    return text


def _employer_view(employer: Employer) -> EmployerView:
    period = period_words(employer.start, employer.end, employer.is_current)
    current = _tr("your current employer") if employer.is_current else ""
    row = TreeNode(
        (employer.company, period, QLocale().toString(len(employer.colleagues))),
        value=employer.company_key,
        bold=employer.is_current,
        tooltip=f"{employer.company}\n{current}" if current else employer.company,
    )
    positions = [
        TreeNode(
            (
                position.title or position.company,
                period_words(position.start, position.end, False),
                _origin(position),
            ),
            value=position,
        )
        for position in employer.positions
    ]
    expand = len(employer.colleagues) <= EXPAND_UP_TO
    people = []
    for colleague in employer.colleagues:
        person = colleague.person
        now = " · ".join(part for part in (person.organization, person.title) if part)
        node = TreeNode((person.display_name, now), value=person.id, expanded=expand)
        for evidence in colleague.evidence:
            node.add(
                TreeNode(
                    (_signal_words(evidence.signal), evidence_words(evidence)), value=person.id
                )
            )
        people.append(node)
    summary = " · ".join(part for part in (employer.title, period, current) if part)
    return EmployerView(
        employer.company_key, employer.company, row, summary, positions, people, expand
    )


def prepare_view(report: ColleaguesReport) -> ColleaguesView:
    """The page's rows for a report (runs on the worker: plain objects, no widgets)."""
    return ColleaguesView([_employer_view(e) for e in report.employers], _intro(report))


class ColleaguesPage(LazyPage):
    """Former colleagues per employer; opening a person asks the window to show them."""

    key = "colleagues"
    icon = "colleagues"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: ColleaguesView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading_label(self.title()))
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("Add a position…"))
        self.add_button.clicked.connect(self.add_position)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.intro = plain_label(wrap=True)
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.employers, self.employer_model = text_tree_view(
            [self.tr("Employer"), self.tr("Your period"), self.tr("People")], self, flat=True
        )
        self.employers.setObjectName("employers")
        header = self.employers.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.employers.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        splitter.addWidget(self.employers)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 860])
        layout.addWidget(splitter, 1)

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(8, 0, 0, 0)
        self.company_label = plain_label(wrap=True)
        font = self.company_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.company_label.setFont(font)
        layout.addWidget(self.company_label)
        self.period_label = plain_label(wrap=True)
        layout.addWidget(self.period_label)
        row = QHBoxLayout()
        self.positions, self.position_model = text_tree_view(
            [self.tr("Your position"), self.tr("Period"), self.tr("From")], self, flat=True
        )
        self.positions.setObjectName("positions")
        self.positions.setMaximumHeight(self.fontMetrics().height() * 5)
        self.positions.setColumnWidth(0, 260)
        self.positions.selectionModel().currentRowChanged.connect(lambda *_: self._update_remove())
        row.addWidget(self.positions, 1)
        self.remove_button = QPushButton(self.tr("Remove position"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_position)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.people, self.people_model = text_tree_view(
            [self.tr("Person, and why we think so"), self.tr("Details")], self
        )
        self.people.setObjectName("colleagues")
        self.people.setColumnWidth(0, 280)
        self.people.activated.connect(self._on_activated)
        layout.addWidget(self.people, 1)
        hint = plain_label(
            self.tr("Double-click a person, or press Enter, to open them in People.")
        )
        hint.setEnabled(False)
        layout.addWidget(hint)
        return detail

    def title(self) -> str:
        return self.tr("Former colleagues")

    # --- loading -------------------------------------------------------------------------

    def affected_by(self, changes: Changes) -> bool:
        return changes.owner or changes.people or changes.interactions

    def reload(self) -> None:
        """Ask the service again; the rows are built on the worker too (thousands of people)."""
        self.loaded()
        self.context.read(
            lambda app: prepare_view(app.colleagues.former_colleagues()), self.show_view
        )

    def show_view(self, view: ColleaguesView) -> None:
        """Show employers; the one selected before stays selected."""
        current = self._employer()
        self.view = view
        self.employer_model.set_rows([employer.row for employer in view.employers])
        self.intro.setText(view.intro)
        keys = [employer.key for employer in view.employers]
        if keys:
            wanted = current.key if current is not None and current.key in keys else keys[0]
            index = self.employer_model.index(keys.index(wanted), 0)
            if index != self.employers.currentIndex():
                self.employers.setCurrentIndex(index)  # currentRowChanged shows it
                return
        self._show_current()

    def _employer(self) -> EmployerView | None:
        index = self.employers.currentIndex()
        if self.view is None or not index.isValid():
            return None
        key = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.view.employers if e.key == key), None)

    def _show_current(self) -> None:
        employer = self._employer()
        self.company_label.setText(employer.company if employer else "")
        self.period_label.setText(employer.summary if employer else "")
        self.position_model.set_rows(employer.positions if employer else [])
        self.people_model.set_rows(employer.people if employer else [])
        if employer is not None and employer.expand:
            for index in self.people_model.expanded_indexes():
                self.people.setExpanded(index, True)
        self._update_remove()

    # --- actions -------------------------------------------------------------------------

    def _selected_position(self) -> OwnerPosition | None:
        index = self.positions.currentIndex()
        if not index.isValid():
            return None
        value: OwnerPosition | None = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return value

    def _update_remove(self) -> None:
        position = self._selected_position()
        removable = position is not None and position.source == "user"
        self.remove_button.setEnabled(removable)
        self.remove_button.setToolTip(
            ""
            if removable or position is None
            else self.tr("Positions from an export come back with the next import.")
        )

    def _on_activated(self, index: Any) -> None:
        person_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if person_id is None:
            return
        self.context.signals.person_requested.emit(int(person_id))

    def add_position(self) -> None:
        """Ask for a position of yours and add it."""
        dialog = AddPositionDialog(self.context, self)
        dialog.open()

    def remove_position(self) -> None:
        """Remove the selected position (only those entered by hand)."""
        position = self._selected_position()
        if position is None or position.source != "user":
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove position"),
            self.tr("Remove your position at %1?").replace("%1", position.company),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        position_id = position.id
        self.context.write(lambda app: app.colleagues.remove_position(position_id))


class AddPositionDialog(QDialog):
    """Company, title, start and end of a job of yours; saved through the colleagues service."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Add a position"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.company = QLineEdit()
        self.title_edit = QLineEdit()
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("for example 2004-09 or 2004"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("empty while you work there"))
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Started:"), self.start)
        form.addRow(self.tr("&Ended:"), self.end)
        layout.addLayout(form)
        self.error_label = plain_label(wrap=True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(ok_cancel(self, on_ok=self.save))

    def _date(self, edit: QLineEdit) -> PartialDate | None:
        text = edit.text().strip()
        return PartialDate.parse(text) if text else None

    def save(self) -> None:
        """Check the dates, then add the position on the worker; errors stay in the dialog."""
        try:
            start, end = self._date(self.start), self._date(self.end)
        except ValueError:
            self._fail(self.tr("Write dates as year-month (2004-09), a year, or a full date."))
            return
        company, title = self.company.text(), self.title_edit.text()
        if not company.strip():
            self._fail(self.tr("A position needs the company's name."))
            return
        self.context.write(
            lambda app: app.colleagues.add_position(company, title, start, end),
            lambda _changes: self.accept(),
            lambda error: self._fail(str(error)),
        )

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
