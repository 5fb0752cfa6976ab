# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Imported text is shown literally on the People page: markup in a name never renders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hrconnect.core.changes import Changes
from tests.services.conftest import run_import, write_vcards

from hrconnect.ui.models.people_rows import Column

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow
    from hrconnect.ui.pages.people import PeoplePage

HOSTILE = "<img src=x> <b>Bold</b>"
HOSTILE_TITLE = "<i>Head</i> of <a href='https://evil.test'>People</a>"
HOSTILE_CARD = (
    f"FN:{HOSTILE}\nN:;{HOSTILE};;;\nORG:<u>Acme</u>\nTITLE:{HOSTILE_TITLE}\n"
    "NOTE:<script>alert(1)</script>\nCATEGORIES:<b>vip</b>\nEMAIL:bold@hostile.test"
)


def test_markup_in_imported_text_shows_as_the_characters_typed(
    qtbot, window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    assert context.app is not None
    run_import(context.app, write_vcards(tmp_path / "phone", [HOSTILE_CARD], "hostile.vcf"))
    context.signals.changed.emit(Changes(people=True))
    window.show_page("people")
    page: PeoplePage = window.page_by_key["people"]  # type: ignore[assignment]

    model = page.model
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.DisplayRole) == HOSTILE
    assert model.index(0, Column.TITLE).data(Qt.ItemDataRole.DisplayRole) == HOSTILE_TITLE
    assert model.index(0, Column.TAGS).data(Qt.ItemDataRole.DisplayRole) == "<b>vip</b>"
    # Tooltips are rich text by nature: they must come escaped.
    tooltip = model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tooltip
    assert "&lt;b&gt;Bold&lt;/b&gt;" in tooltip

    person_id = model.person_id_at(0)
    assert person_id is not None
    page.select_ids([person_id], person_id)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=2000)
    pane = page.detail
    assert pane.header.name.text() == HOSTILE
    assert pane.header.name.textFormat() == Qt.TextFormat.PlainText
    assert pane.header.job.text() == f"{HOSTILE_TITLE} · <u>Acme</u>"
    record_lines = [label.text() for label in pane.sources.findChildren(QLabel)]
    assert HOSTILE in record_lines
    assert "<script>alert(1)</script>" in record_lines
    assert pane.editor.full_name.text() == HOSTILE
    assert pane.editor.note.toPlainText() == "<script>alert(1)</script>"

    labels = page.findChildren(QLabel)
    assert any(label.text() == HOSTILE for label in labels)
    rich = [label.text() for label in labels if label.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []


def test_the_forget_confirmation_names_people_literally(
    qtbot, window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    assert context.app is not None
    run_import(context.app, write_vcards(tmp_path / "phone", [HOSTILE_CARD], "hostile.vcf"))
    context.signals.changed.emit(Changes(people=True))
    page: PeoplePage = window.page_by_key["people"]  # type: ignore[assignment]
    person_id = page.model.person_id_at(0)
    assert person_id is not None
    page.select_ids([person_id], person_id)
    page.forget_action.trigger()
    dialog = page.open_dialog
    labels = dialog.findChildren(QLabel)
    assert any(label.text() == HOSTILE for label in labels)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    dialog.reject()
