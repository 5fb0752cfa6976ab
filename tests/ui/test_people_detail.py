# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People detail pane, driven through the real window: provenance, edits, tags, actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton

from hrconnect.core.changes import Changes
from hrconnect.core.kinds import InteractionKind, SourceKind
from tests.services.conftest import run_import, write_connections, write_vcards

from hrconnect.ui.dialogs.log_dialog import LogDialog
from hrconnect.ui.models.people_rows import Column

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow
    from hrconnect.ui.pages.people import PeoplePage

PRIYA = (
    "Priya,Raman,https://www.linkedin.com/in/priya-raman,priya@acme.test,Acme NV,Recruiter,"
    "12 Mar 2024"
)
BART = "Bart,Claes,https://www.linkedin.com/in/bart-claes,,Solvaris,CFO,07 Jan 2021"
PRIYA_CARD = (
    "N:Raman;Priya;;;\nFN:Priya Raman\nORG:Acme\nEMAIL;TYPE=work:priya@acme.test\n"
    "TEL;TYPE=cell:+32 475 12 34 56"
)


DETAIL_SETTLE_MS = 150
"""Longer than the pane's pause before it reads the person under the cursor."""


def import_into(context: UiContext, *paths: Path) -> None:
    """Import through the services and announce it, as the import dialog does."""
    assert context.app is not None
    run_import(context.app, *paths)
    context.signals.changed.emit(Changes(people=True, interactions=True, imports=True))


def open_person(qtbot, page: PeoplePage, name: str) -> None:
    """Make a person current in the list and wait for the pane to show them."""
    ids = {p.display_name: p.id for p in page.model.people.rows}
    page.select_ids([ids[name]], ids[name])
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.summary.id == ids[name],
        timeout=2000,
    )


@pytest.fixture
def export_files(tmp_path: Path) -> list[Path]:
    return [
        write_connections(tmp_path / "li", [PRIYA, BART]),
        write_vcards(tmp_path / "phone", [PRIYA_CARD]),
    ]


@pytest.fixture
def page(window: MainWindow, context: UiContext, export_files: list[Path]) -> PeoplePage:
    import_into(context, *export_files)
    window.show_page("people")
    return window.page_by_key["people"]  # type: ignore[return-value]


def texts_of(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def test_the_pane_shows_every_record_with_its_origin(qtbot, page: PeoplePage) -> None:
    open_person(qtbot, page, "Priya Raman")
    pane = page.detail
    assert pane.header.name.text() == "Priya Raman"
    assert pane.header.job.text() == "Recruiter · Acme NV"
    badges = [w.property("sourceKind") for w in pane.sources.findChildren(QLabel, "sourceBadge")]
    assert sorted(badges) == ["linkedin", "vcard"]
    origins = [
        label.text().replace("\u200b", "")
        for label in pane.sources.findChildren(QLabel, "recordProvenance")
    ]
    assert sorted(origins) == ["Connections.csv, line 5", "phone.vcf, card 1"]
    lines = texts_of(pane.sources)
    assert "Phone (cell): +32 475 12 34 56" in lines
    assert "E-mail (work): priya@acme.test" in lines
    assert "+32475123456" in texts_of(pane.overview)
    assert any("Recruiter, Acme NV" in text for text in texts_of(pane.overview))
    assert pane.tabs.tabText(2) == "Sources (2)"


def test_the_timeline_lists_interactions_and_logging_adds_one(
    qtbot, page: PeoplePage, context
) -> None:
    open_person(qtbot, page, "Bart Claes")
    pane = page.detail
    assert pane.timeline.model.rowCount() == 0
    pane.header.log_button.click()
    dialog = pane.findChild(LogDialog, "logDialog")
    assert dialog is not None
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(InteractionKind.MEETING.value))
    qtbot.keyClicks(dialog.note_edit, "Coffee at the <b>summit</b>")
    dialog.accept()
    model = pane.timeline.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "meeting"
    assert model.index(0, 2).data() == "Coffee at the <b>summit</b>"
    row = [p.display_name for p in page.model.people.rows].index("Bart Claes")
    visible = page.model.rows_of([page.model.people.rows[row].id])[0]
    assert page.model.index(visible, Column.LAST_CONTACT).data() != ""


def test_an_edit_survives_reimporting_the_same_export(
    qtbot, page: PeoplePage, context: UiContext, export_files: list[Path]
) -> None:
    open_person(qtbot, page, "Priya Raman")
    editor = page.detail.editor
    page.detail.tabs.setCurrentIndex(1)
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Head of Talent")
    editor.note.setPlainText("Met at the HR summit")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.save_button.isEnabled()

    import_into(context, *export_files)

    assert page.detail.header.job.text() == "Head of Talent · Acme NV"
    assert editor.title.text() == "Head of Talent"
    assert editor.note.toPlainText() == "Met at the HR summit"
    person_id = page.detail.person_id
    assert person_id is not None
    row = page.model.rows_of([person_id])[0]
    assert page.model.index(row, Column.TITLE).data() == "Head of Talent"
    badges = [
        w.property("sourceKind") for w in page.detail.sources.findChildren(QLabel, "sourceBadge")
    ]
    assert "user" in badges


def test_editing_a_name_part_updates_the_shown_name(qtbot, page: PeoplePage) -> None:
    open_person(qtbot, page, "Bart Claes")
    editor = page.detail.editor
    editor.given_name.selectAll()
    qtbot.keyClicks(editor.given_name, "Bartholomeus")
    assert editor.full_name.text() == "Bartholomeus Claes"
    editor.save()
    assert page.detail.header.name.text() == "Bartholomeus Claes"
    assert "Bartholomeus Claes" in [p.display_name for p in page.model.people.rows]


def test_hand_added_contact_details_are_saved(qtbot, page: PeoplePage, context) -> None:
    open_person(qtbot, page, "Bart Claes")
    editor = page.detail.editor
    editor.points.add_button.click()
    row = editor.points._rows[0]
    qtbot.keyClicks(row.value, "bart@solvaris.test")
    qtbot.keyClicks(row.label, "work")
    editor.save()
    detail = context.app.people.detail(page.detail.person_id)
    assert detail.user_record is not None
    assert [(p.value, p.label) for p in detail.user_record.contact_points] == [
        ("bart@solvaris.test", "work")
    ]
    assert [r.point()[1] for r in editor.points._rows] == ["bart@solvaris.test"]


def test_tags_are_added_and_removed_in_the_pane(qtbot, page: PeoplePage, context) -> None:
    open_person(qtbot, page, "Priya Raman")
    overview = page.detail.overview
    overview.new_tag.setEditText("R&D")
    overview.add_tag_button.click()
    chips = overview.findChildren(QToolButton, "tagChip")
    assert [c.property("tag") for c in chips] == ["R&D"]
    assert chips[0].text().startswith("R&&D")  # "&" is not taken for a shortcut
    chips[0].click()
    qtbot.waitUntil(lambda: not overview.findChildren(QToolButton, "tagChip"), timeout=2000)
    person = page.detail.person_id
    assert context.app.people.detail(person).summary.tags == ()


def test_the_keep_in_touch_interval_is_set_in_the_pane(qtbot, page: PeoplePage, context) -> None:
    open_person(qtbot, page, "Priya Raman")
    overview = page.detail.overview
    overview.interval.set_value(182)
    overview.set_interval_button.click()
    summary = context.app.people.detail(page.detail.person_id).summary
    assert summary.every_days == 182
    assert summary.rule_origin == "person"
    # Source strings: the tests install no translator (English plurals: test_i18n.py).
    summary_line = overview.touch_summary.text().splitlines()[0]
    assert summary_line == "every 6 month(s), set for this person"
    row = page.model.rows_of([summary.id])[0]
    assert page.model.index(row, Column.DUE).data() != ""


def test_open_linkedin_profile_opens_the_canonical_address(
    qtbot, page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrconnect.ui.widgets import person_header

    opened: list[str] = []

    def open_in_browser(url: str) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(person_header, "open_in_browser", open_in_browser)
    open_person(qtbot, page, "Priya Raman")
    assert page.detail.header.linkedin_button.isEnabled()
    page.detail.header.linkedin_button.click()
    assert opened == ["https://www.linkedin.com/in/priya-raman"]


def test_unmerge_splits_a_merged_person_after_confirmation(
    qtbot, page: PeoplePage, context
) -> None:
    open_person(qtbot, page, "Priya Raman")
    shown = page.detail.detail
    assert shown is not None
    assert set(shown.summary.sources) == {SourceKind.LINKEDIN, SourceKind.VCARD}
    assert page.detail.header.unmerge_button.isEnabled()
    page.detail.header.unmerge_button.click()
    box = page.detail.findChild(QMessageBox, "confirmBox")
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.button(QMessageBox.StandardButton.Yes).click()
    names = sorted(p.display_name for p in page.model.people.rows)
    assert names == ["Bart Claes", "Priya Raman", "Priya Raman"]
    assert context.app.people.count() == 3


def test_a_person_that_was_never_merged_cannot_be_unmerged(qtbot, page: PeoplePage) -> None:
    open_person(qtbot, page, "Bart Claes")
    assert not page.detail.header.unmerge_button.isEnabled()


def test_filtering_the_list_does_not_read_the_person_on_show_again(
    qtbot, page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrconnect.ui.widgets import person_detail

    open_person(qtbot, page, "Priya Raman")
    reads: list[int] = []
    real = person_detail.load_person

    def counted(app, person_id: int):
        reads.append(person_id)
        return real(app, person_id)

    monkeypatch.setattr(person_detail, "load_person", counted)
    qtbot.keyClicks(page.bar.search, "pri")
    qtbot.wait(DETAIL_SETTLE_MS)
    assert page.model.rowCount() == 1
    assert reads == []
    assert page.detail.header.name.text() == "Priya Raman"


def test_the_pane_empties_when_its_person_is_forgotten(qtbot, page: PeoplePage) -> None:
    open_person(qtbot, page, "Bart Claes")
    page.forget_action.trigger()
    page.open_dialog.forget_button.click()
    qtbot.wait(DETAIL_SETTLE_MS)
    assert "Bart Claes" not in [p.display_name for p in page.model.people.rows]
    assert page.detail.detail is None
    assert page.detail.stack.currentWidget() is page.detail.hint


def test_a_photo_from_the_address_book_shows_in_the_header(
    qtbot, window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    import base64

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 120, 40))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    photo = base64.b64encode(bytes(data.data())).decode()
    card = f"N:Dubois;Zoë;;;\nFN:Zoë Dubois\nPHOTO;ENCODING=b;TYPE=PNG:{photo}"
    import_into(context, write_vcards(tmp_path / "phone", [card], "with-photo.vcf"))
    window.show_page("people")
    page: PeoplePage = window.page_by_key["people"]  # type: ignore[assignment]
    open_person(qtbot, page, "Zoë Dubois")
    header = page.detail.header
    assert not header.photo.isHidden()
    assert not header.photo.pixmap().isNull()
