# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Former colleagues page: employers with their people and evidence; positions by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hrconnect.core.changes import Changes
from tests.services.conftest import run_import, write_vcards
from tests.services.test_colleagues import CARDS, CONNECTIONS, POSITIONS, linkedin_archive
from tests.ui.test_import_dialog import rows

from hrconnect.ui.pages.colleagues import AddPositionDialog, ColleaguesPage

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow


@pytest.fixture
def page(window: MainWindow, context: UiContext, tmp_path: Path) -> ColleaguesPage:
    assert context.app is not None
    run_import(
        context.app,
        linkedin_archive(tmp_path / "Complete_LinkedInDataExport", POSITIONS, CONNECTIONS),
        write_vcards(tmp_path / "phone", CARDS),
    )
    context.signals.changed.emit(Changes(people=True, owner=True))
    window.show_page("colleagues")
    found = window.page_by_key["colleagues"]
    assert isinstance(found, ColleaguesPage)
    return found


def select_employer(qtbot, page: ColleaguesPage, company: str) -> None:
    model = page.employers.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    page.employers.setFocus()
    page.employers.setCurrentIndex(model.index(names.index(company), 0))


def test_each_employer_lists_its_people_with_their_evidence(qtbot, page: ColleaguesPage) -> None:
    employers = rows(page.employers.model())
    # The current employer comes first; Freelance names no employer and is left out.
    assert [row[0] for row in employers] == ["Solvaris SA", "Brabant Verzekeringen NV"]
    assert employers[0][1].endswith("– now")
    assert "Freelance" in page.intro.text()
    select_employer(qtbot, page, "Brabant Verzekeringen NV")
    assert page.company_label.text() == "Brabant Verzekeringen NV"
    model = page.people.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    people = rows(model)
    assert {"Koen Claes", "Els Martens", "Lotte Jacobs", "Jan de Vries"} <= set(names)
    assert ["E-mail domain", "e-mail domain brabantverzekeringen.be"] in people
    assert ["Company", "current company Brabant Verzekeringen NV · LinkedIn"] in people
    assert ["Contact at the time", "1 message(s) while you worked there"] in people
    assert "Tom Wouters" not in names


def test_enter_on_a_colleague_opens_them_in_people(
    qtbot, page: ColleaguesPage, window: MainWindow
) -> None:
    select_employer(qtbot, page, "Brabant Verzekeringen NV")
    model = page.people.model()
    opened: list[int] = []
    window.signals.person_requested.connect(opened.append)
    page.people.setFocus()
    page.people.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.people, Qt.Key.Key_Return)
    assert opened == [model.index(0, 0).data(Qt.ItemDataRole.UserRole)]
    assert window.current_page() is window.page_by_key["people"]


def test_a_position_added_by_hand_can_be_removed_again(
    qtbot, page: ColleaguesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AddPositionDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.company, "Vlaamse Logistiek")
    qtbot.keyClicks(dialog.title_edit, "Recruiter")
    qtbot.keyClicks(dialog.start, "2001-03")
    qtbot.keyClicks(dialog.end, "2002-12")
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Vlaamse Logistiek" in [row[0] for row in rows(page.employers.model())]
    select_employer(qtbot, page, "Vlaamse Logistiek")
    # Wim Goossens has the company on his phone card.
    assert "Wim Goossens" in [row[0] for row in rows(page.people.model())]
    page.positions.setCurrentIndex(page.positions.model().index(0, 0))
    assert page.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "Vlaamse Logistiek" not in [row[0] for row in rows(page.employers.model())]


def test_imported_positions_cannot_be_removed_here(qtbot, page: ColleaguesPage) -> None:
    select_employer(qtbot, page, "Solvaris SA")
    page.positions.setCurrentIndex(page.positions.model().index(0, 0))
    assert rows(page.positions.model())[0][2] == "LinkedIn"
    assert not page.remove_button.isEnabled()


def test_a_bad_date_is_explained_in_the_dialog(qtbot, page: ColleaguesPage) -> None:
    dialog = AddPositionDialog(page.context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.company, "Acme")
    qtbot.keyClicks(dialog.start, "September")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Write dates as")


def test_without_positions_the_page_explains_what_to_do(window: MainWindow) -> None:
    window.show_page("colleagues")
    page = window.page_by_key["colleagues"]
    assert isinstance(page, ColleaguesPage)
    assert page.employers.model().rowCount() == 0
    assert "LinkedIn archive" in page.intro.text()


def test_off_screen_the_page_waits_for_the_next_visit(
    window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    window.show_page("today")
    page = window.page_by_key["colleagues"]
    assert isinstance(page, ColleaguesPage)
    assert context.app is not None
    run_import(
        context.app,
        linkedin_archive(tmp_path / "Complete_LinkedInDataExport", POSITIONS, CONNECTIONS),
    )
    context.signals.changed.emit(Changes(people=True, owner=True))
    assert page.employers.model().rowCount() == 0
    window.show_page("colleagues")
    assert page.employers.model().rowCount() == 2
