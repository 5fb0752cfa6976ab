# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People page's detail pane: one person, everything known, and what the user can change.

It loads the person on the worker (``context.read``), shows them through plain-text widgets,
and sends every change through ``context.write``; the ``changed`` signal that follows makes the
pane (and the list) reload. Answers that arrive for a person no longer on show are dropped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.changes import Changes
from hrconnect.errors import NotFoundError

from hrconnect.ui.dialogs.log_dialog import LogDialog
from hrconnect.ui.widgets.person_editor import PersonEditor
from hrconnect.ui.widgets.person_header import PersonHeader
from hrconnect.ui.widgets.person_overview import PersonOverview
from hrconnect.ui.widgets.person_sources import PersonSources
from hrconnect.ui.widgets.person_timeline import PersonTimeline
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from datetime import date

    from hrconnect.core.people import PersonDetail
    from hrconnect.services.app import App
    from hrconnect.services.people import PersonEdit

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.widgets.person_points import Point

log = logging.getLogger(__name__)

Loaded = tuple["PersonDetail", "tuple[str, bytes] | None", "list[str]", "date"]


def load_person(app: App, person_id: int) -> Loaded:
    """Everything the pane shows about one person (runs on the worker)."""
    detail = app.people.detail(person_id)
    photo = app.people.photo_of(detail)
    tags = [t.name for t in app.tags.all()]
    return detail, photo, tags, app.clock.today()


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class PersonDetailPane(QWidget):
    """Shows the person chosen in the list (or a hint when none is)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._person_id: int | None = None
        self._detail: PersonDetail | None = None
        self._today: date | None = None
        self._serial = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.hint = plain_label(self.tr("Choose a person to see everything about them."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self.stack.addWidget(self.hint)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 4, 4)
        self.header = PersonHeader()
        self.header.log_requested.connect(self.log_interaction)
        self.header.unmerge_requested.connect(self.unmerge)
        column.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personTabs")
        self.overview = PersonOverview()
        self.overview.tag_added.connect(self._add_tag)
        self.overview.tag_removed.connect(self._remove_tag)
        self.overview.interval_chosen.connect(self._set_interval)
        self.overview.snooze_cancelled.connect(self._cancel_snooze)
        self.editor = PersonEditor()
        self.editor.save_requested.connect(self._save)
        self.sources = PersonSources()
        self.sources.split_requested.connect(self.split_off)
        self.timeline = PersonTimeline()
        self.timeline.log_requested.connect(self.log_interaction)
        self.tabs.addTab(_scrolled(self.overview), self.tr("Overview"))
        self.tabs.addTab(_scrolled(self.editor), self.tr("Edit"))
        self.tabs.addTab(_scrolled(self.sources), self.tr("Sources"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        column.addWidget(self.tabs, 1)
        self.stack.addWidget(content)

    # --- loading -------------------------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        """The person on show."""
        return self._person_id

    @property
    def detail(self) -> PersonDetail | None:
        """What is shown about the person, once loaded."""
        return self._detail

    def show_person(self, person_id: int | None) -> None:
        """Show a person (None: the hint); nothing is read when they already show."""
        if person_id is None:
            self._person_id = None
            self._detail = None
            self._serial += 1
            self.stack.setCurrentWidget(self.hint)
            return
        if person_id == self._person_id:
            return  # already on show (changes reload it through on_changed)
        self._person_id = person_id
        self._detail = None
        self.reload()

    def reload(self) -> None:
        """Read the person on show again."""
        person_id = self._person_id
        if person_id is None or not self.context.is_open:
            return
        self._serial += 1
        serial = self._serial
        self.context.read(
            lambda app: load_person(app, person_id),
            lambda loaded: self._on_loaded(serial, loaded),
            lambda error: self._on_load_failed(serial, error),
        )

    def on_changed(self, changes: Changes) -> None:
        """Reload when the person on show may have changed."""
        if self._person_id is None:
            return
        touched = changes.people or changes.interactions or changes.reminders or changes.tags
        if touched and (not changes.person_ids or self._person_id in changes.person_ids):
            self.reload()

    def _on_loaded(self, serial: int, loaded: Loaded) -> None:
        if serial != self._serial:
            return
        detail, photo, tags, today = loaded
        self._detail = detail
        self._today = today
        # A merged-away id resolves to the survivor; keep showing "the same" person.
        self._person_id = detail.summary.id
        self.header.set_person(detail, photo)
        self.overview.set_person(detail, tags)
        self.editor.set_person(detail)
        self.sources.set_person(detail)
        self.timeline.set_person(detail)
        records = len(detail.records)
        self.tabs.setTabText(2, self.tr("Sources (%1)").replace("%1", str(records)))
        self.tabs.setTabText(
            3, self.tr("Timeline (%1)").replace("%1", str(len(detail.interactions)))
        )
        self.stack.setCurrentIndex(1)

    def _on_load_failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        if isinstance(error, NotFoundError):  # forgotten or gone while we looked
            self.show_person(None)
            return
        log.error("could not load person %s: %s", self._person_id, error)
        self.show_person(None)

    # --- changes -------------------------------------------------------------------------

    def _write(self, work: Any, on_done: Any = None, on_error: Any = None) -> None:
        if self._person_id is None:
            return
        self.context.write(work, on_done, on_error)

    def _save(self, edit: PersonEdit | None, points: list[Point] | None) -> None:
        person_id = self._person_id
        if person_id is None:
            return

        def work(app: App) -> Changes:
            changes = Changes()
            if edit is not None:
                changes = changes | app.people.edit(person_id, edit)
            if points is not None:
                changes = changes | app.people.set_contact_points(person_id, points)
            return changes

        # Clean before the write: its ``changed`` signal reloads the form with saved values.
        self.editor.saved()
        self._write(work, None, self._on_save_failed)

    def _on_save_failed(self, error: BaseException) -> None:
        self.editor.mark_unsaved()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not saved"),
            self.tr("Your changes could not be saved: %1").replace("%1", str(error)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        box.open()

    def _add_tag(self, name: str) -> None:
        person_id = self._person_id
        self._write(lambda app: app.tags.tag(name, [person_id]))

    def _remove_tag(self, name: str) -> None:
        person_id = self._person_id
        self._write(lambda app: app.tags.untag(name, [person_id]))

    def _set_interval(self, every_days: int | None) -> None:
        person_id = self._person_id
        self._write(lambda app: app.reminders.set_person_interval(person_id, every_days))

    def _cancel_snooze(self) -> None:
        person_id = self._person_id
        self._write(lambda app: app.reminders.snooze(person_id, None))

    def log_interaction(self) -> None:
        """Ask what happened and log it."""
        if self._detail is None or self._today is None:
            return
        person_id = self._detail.summary.id
        dialog = LogDialog(self._detail.summary.display_name, self._today, self)

        def accepted() -> None:
            kind, day, note = dialog.kind(), dialog.day(), dialog.note()
            self._write(lambda app: app.reminders.log(person_id, kind, day, note))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def unmerge(self) -> None:
        """Undo the merges into the person on show, after asking."""
        if self._detail is None:
            return
        person_id = self._detail.summary.id
        text = self.tr(
            "Split %1 back into the people that were merged?\n\nEach gets back their own "
            "records, notes and tags, and hrconnect will not suggest merging them again."
        ).replace("%1", self._detail.summary.display_name)
        self._confirm(
            self.tr("Unmerge"), text, lambda: self._write(lambda app: app.review.unmerge(person_id))
        )

    def split_off(self, record_id: int) -> None:
        """Make one record a person of its own, after asking."""
        if self._detail is None:
            return
        person_id = self._detail.summary.id
        text = self.tr(
            "Make this record a person of its own?\n\nhrconnect will remember that they are not %1."
        ).replace("%1", self._detail.summary.display_name)
        self._confirm(
            self.tr("Split off"),
            text,
            lambda: self._write(lambda app: app.review.unmerge(person_id, [record_id])),
        )

    def _confirm(self, title: str, text: str, then: Any) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: then() if button is yes else None)
        box.finished.connect(box.deleteLater)
        box.open()
