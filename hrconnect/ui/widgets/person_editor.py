# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Editing a person: name parts, company, title, note and hand-added contact details.

The form starts from what the person shows now. Saving sends only what changed, to the
person's own record (``PeopleService.edit``), where re-imports never overwrite it. Values that
are shown together are saved together: all name parts when one changes (the name is taken from
one record as a whole), and company with title (they too come from one record).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.people import derive_profile, name_record
from hrconnect.services.people import PersonEdit

from hrconnect.ui.widgets.person_points import PersonPointsEditor
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from hrconnect.core.people import PersonDetail

    from hrconnect.ui.widgets.person_points import Point


@dataclass(frozen=True, slots=True)
class EditorValues:
    """What the form shows."""

    full_name: str = ""
    given_name: str = ""
    middle_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""
    note: str = ""
    points: tuple[Point, ...] = ()

    @property
    def composed_name(self) -> str:
        """The name parts joined."""
        return " ".join(p for p in (self.given_name, self.middle_name, self.family_name) if p)


def current_values(detail: PersonDetail) -> EditorValues:
    """The values a person shows now, as the form should start from them."""
    named = name_record(detail.records)  # the record whose name the person shows
    profile = derive_profile(detail.records, contact_points=False)
    user = detail.user_record
    points: tuple[Point, ...] = ()
    if user is not None:
        points = tuple((p.kind, p.value, p.label) for p in user.contact_points)
    return EditorValues(
        full_name=named.display_name if named else "",
        given_name=named.given_name if named else "",
        middle_name=named.middle_name if named else "",
        family_name=named.family_name if named else "",
        organization=profile.organization,
        title=profile.title,
        note=profile.note,
        points=points,
    )


def edit_between(before: EditorValues, after: EditorValues) -> PersonEdit | None:
    """The edit that turns ``before`` into ``after``, or None when nothing changed."""
    changes: dict[str, Any] = {}
    names = ("full_name", "given_name", "middle_name", "family_name")
    if any(getattr(before, n) != getattr(after, n) for n in names):
        changes.update({n: getattr(after, n) for n in names})
    if (before.organization, before.title) != (after.organization, after.title):
        changes.update(organization=after.organization, title=after.title)
    if before.note != after.note:
        changes["note"] = after.note
    return PersonEdit(**changes) if changes else None


class PersonEditor(QWidget):
    """The edit form of the detail pane.

    Signals:
        save_requested(object, object): (``PersonEdit`` or None, new hand-added points or
            None); None means "unchanged".
    """

    save_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self._loaded = EditorValues()
        self._full_follows_parts = True
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.full_name = self._line("editFullName")
        self.given_name = self._line("editGivenName")
        self.middle_name = self._line("editMiddleName")
        self.family_name = self._line("editFamilyName")
        self.organization = self._line("editCompany")
        self.title = self._line("editTitle")
        self.note = QPlainTextEdit()
        self.note.setObjectName("editNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.textChanged.connect(self._on_changed)
        for text, field in (
            (self.tr("Shown name"), self.full_name),
            (self.tr("First name"), self.given_name),
            (self.tr("Middle name"), self.middle_name),
            (self.tr("Last name"), self.family_name),
            (self.tr("Company"), self.organization),
            (self.tr("Title"), self.title),
            (self.tr("Note"), self.note),
        ):
            heading = plain_label(text)
            heading.setBuddy(field)
            form.addRow(heading, field)
        layout.addLayout(form)
        for part in (self.given_name, self.middle_name, self.family_name):
            part.textEdited.connect(self._on_part_edited)
        self.full_name.textEdited.connect(self._on_full_edited)
        layout.addWidget(plain_label(self.tr("Contact details you added")))
        self.points = PersonPointsEditor()
        self.points.changed.connect(self._on_changed)
        layout.addWidget(self.points)
        hint = plain_label(
            self.tr(
                "Your edits are kept apart from the imported data: later imports never undo "
                "them. Empty a field to show the imported value again."
            ),
            wrap=True,
        )
        hint.setEnabled(False)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveEdits")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._set_dirty(False)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.textChanged.connect(self._on_changed)
        line.returnPressed.connect(self.save)
        return line

    # --- loading -------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        """True while the form holds changes not saved yet."""
        return self.save_button.isEnabled()

    def set_person(self, detail: PersonDetail) -> None:
        """Fill the form from a person (unsaved changes to the same person are kept)."""
        person_id = detail.summary.id
        if self.is_dirty and person_id == self._person_id:
            return
        self._person_id = person_id
        self._loaded = current_values(detail)
        self.revert()

    def revert(self) -> None:
        """Put the loaded values back."""
        values = self._loaded
        self._filling = True
        self.full_name.setText(values.full_name)
        self.given_name.setText(values.given_name)
        self.middle_name.setText(values.middle_name)
        self.family_name.setText(values.family_name)
        self.organization.setText(values.organization)
        self.title.setText(values.title)
        self.note.setPlainText(values.note)
        self.points.set_points(values.points)
        self._filling = False
        self._full_follows_parts = not values.full_name or values.full_name == (
            values.composed_name
        )
        self._set_dirty(False)

    def values(self) -> EditorValues:
        """What the form holds now."""
        return EditorValues(
            full_name=self.full_name.text().strip(),
            given_name=self.given_name.text().strip(),
            middle_name=self.middle_name.text().strip(),
            family_name=self.family_name.text().strip(),
            organization=self.organization.text().strip(),
            title=self.title.text().strip(),
            note=self.note.toPlainText(),
            points=tuple(self.points.points()),
        )

    def save(self) -> None:
        """Ask for the changes to be stored."""
        values = self.values()
        edit = edit_between(self._loaded, values)
        points = list(values.points) if values.points != self._loaded.points else None
        if edit is None and points is None:
            self._set_dirty(False)
            return
        self.save_requested.emit(edit, points)

    def saved(self) -> None:
        """The changes were stored: the form is clean (the reload fills it)."""
        self._set_dirty(False)

    def mark_unsaved(self) -> None:
        """Saving failed: show the form as holding changes again."""
        self._on_changed()

    # --- reactions -----------------------------------------------------------------------

    def _on_part_edited(self, _text: str) -> None:
        # Like address books do: while the shown name is just the parts, it follows them.
        if self._full_follows_parts:
            self.full_name.setText(self.values().composed_name)

    def _on_full_edited(self, _text: str) -> None:
        self._full_follows_parts = False

    def _on_changed(self) -> None:
        if not self._filling:
            values = self.values()
            self._set_dirty(
                edit_between(self._loaded, values) is not None
                or values.points != self._loaded.points
            )

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
