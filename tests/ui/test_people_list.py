# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People list, driven through the real window: showing, filtering, sorting, bulk actions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from hrconnect.core.changes import Changes
from hrconnect.core.kinds import SourceKind
from tests.services.conftest import run_import, write_connections, write_vcards

from hrconnect.ui.models.people_rows import Column

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow
    from hrconnect.ui.pages.people import PeoplePage

CONNECTIONS = [
    "Priya,Raman,https://www.linkedin.com/in/priya-raman,priya@acme.test,Acme NV,Recruiter,"
    "12 Mar 2024",
    "José,Álvarez,https://www.linkedin.com/in/jose-alvarez,,Brabant Logistiek,CFO,01 Feb 2023",
    "Ann,Peeters,https://www.linkedin.com/in/ann-peeters,,Solvaris,HR Business Partner,05 May 2022",
    "Bart,Claes,https://www.linkedin.com/in/bart-claes,,Acme NV,Payroll Officer,07 Jan 2021",
]
CARD = "N:Dubois;Zoë;;;\nFN:Zoë Dubois\nORG:Veridis\nTEL;TYPE=cell:+32 475 00 11 22"


def import_into(context: UiContext, *paths: Path) -> None:
    """Import through the services and announce it, as the import dialog does."""
    assert context.app is not None
    run_import(context.app, *paths)
    context.signals.changed.emit(Changes(people=True, interactions=True, imports=True))


@pytest.fixture
def page(window: MainWindow, context: UiContext, tmp_path: Path) -> PeoplePage:
    import_into(
        context,
        write_connections(tmp_path / "li", CONNECTIONS),
        write_vcards(tmp_path / "phone", [CARD]),
    )
    window.show_page("people")
    people = window.page_by_key["people"]
    return people  # type: ignore[return-value]


def shown_names(page: PeoplePage) -> list[str]:
    model = page.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def ids_of(page: PeoplePage, *names: str) -> list[int]:
    by_name = {p.display_name: p.id for p in page.model.people.rows}
    return [by_name[name] for name in names]


def select(page: PeoplePage, *names: str) -> None:
    page.select_ids(ids_of(page, *names), ids_of(page, names[0])[0])


def test_the_list_shows_imported_people_with_their_columns(page: PeoplePage) -> None:
    assert shown_names(page) == [
        "José Álvarez",
        "Bart Claes",
        "Zoë Dubois",
        "Ann Peeters",
        "Priya Raman",
    ]
    row = shown_names(page).index("Priya Raman")
    model = page.model
    assert model.index(row, Column.COMPANY).data() == "Acme NV"
    assert model.index(row, Column.TITLE).data() == "Recruiter"
    assert model.index(row, Column.SOURCES).data() == "in"
    assert model.headerData(Column.DUE, Qt.Orientation.Horizontal) == "Due"
    assert page.count_label.text() == "5 people"


def test_the_list_uses_fixed_row_heights(page: PeoplePage) -> None:
    from PySide6.QtWidgets import QHeaderView

    header = page.table.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed


def test_typing_in_the_search_field_narrows_the_list_accent_blind(qtbot, page: PeoplePage) -> None:
    page.focus_search()
    qtbot.keyClicks(page.bar.search, "acm")
    assert shown_names(page) == ["Bart Claes", "Priya Raman"]
    qtbot.keyClicks(page.bar.search, "e recr")
    assert shown_names(page) == ["Priya Raman"]
    page.bar.search.clear()
    qtbot.keyClicks(page.bar.search, "JOSE")
    assert shown_names(page) == ["José Álvarez"]
    assert page.count_label.text() == "1 of 5 people"
    qtbot.keyClick(page.bar.search, Qt.Key.Key_Escape)
    assert len(shown_names(page)) == 5


def test_field_syntax_goes_through_the_search_service(qtbot, page: PeoplePage) -> None:
    page.bar.search.setText("title:payroll")
    qtbot.waitUntil(lambda: shown_names(page) == ["Bart Claes"], timeout=2000)


def test_tag_filter_shows_only_people_with_the_tag(qtbot, page: PeoplePage, context) -> None:
    context.write(lambda app: app.tags.tag("Candidates", ids_of(page, "Ann Peeters", "Zoë Dubois")))
    combo = page.bar.tag
    assert combo.findData("Candidates") > 0
    combo.setCurrentIndex(combo.findData("Candidates"))
    assert shown_names(page) == ["Zoë Dubois", "Ann Peeters"]
    combo.setCurrentIndex(0)
    assert len(shown_names(page)) == 5


def test_company_source_and_overdue_filters(qtbot, page: PeoplePage, context) -> None:
    qtbot.keyClicks(page.bar.company, "acme")
    assert shown_names(page) == ["Bart Claes", "Priya Raman"]
    page.bar.company.clear()
    page.bar.source.setCurrentIndex(page.bar.source.findData(SourceKind.VCARD))
    assert shown_names(page) == ["Zoë Dubois"]
    page.bar.source.setCurrentIndex(0)
    # Monthly since a call a year ago: due long ago.
    from datetime import date

    from hrconnect.core.kinds import InteractionKind

    priya = ids_of(page, "Priya Raman")[0]
    context.write(lambda app: app.reminders.set_person_interval(priya, 30))
    context.write(lambda app: app.reminders.log(priya, InteractionKind.CALL, date(2025, 10, 1)))
    page.bar.overdue.setChecked(True)
    assert shown_names(page) == ["Priya Raman"]


def test_smart_lists_fill_in_their_query(qtbot, page: PeoplePage, context) -> None:
    context.write(lambda app: app.search.save("Acme people", "company:acme"))
    page.on_opened()  # the list reads smart lists when it loads
    combo = page.bar.smart_lists
    row = combo.findText("Acme people")
    assert row > 0
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert page.bar.search.text() == "company:acme"
    qtbot.waitUntil(lambda: shown_names(page) == ["Bart Claes", "Priya Raman"], timeout=2000)


def test_sorting_by_a_column_keeps_the_selection_on_the_same_people(page: PeoplePage) -> None:
    select(page, "Priya Raman", "José Álvarez")
    page.table.sortByColumn(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    assert shown_names(page)[:2] == ["Bart Claes", "Priya Raman"]
    assert sorted(page.selected_ids()) == sorted(ids_of(page, "Priya Raman", "José Álvarez"))
    page.table.sortByColumn(Column.COMPANY, Qt.SortOrder.DescendingOrder)
    assert shown_names(page)[0] == "Zoë Dubois"
    assert page.current_id() == ids_of(page, "Priya Raman")[0]


def test_multi_select_and_bulk_tag(qtbot, page: PeoplePage, context) -> None:
    table = page.table
    table.setFocus()
    table.selectRow(0)
    bart_row = shown_names(page).index("Bart Claes")
    table.selectionModel().select(
        page.model.index(bart_row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.count_label.text() == "5 people · 2 selected"
    assert page.tag_action.isEnabled()
    page.tag_action.trigger()
    dialog = page.open_dialog
    qtbot.keyClicks(dialog.tag.lineEdit(), "Ex-colleagues")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    tagged = {p.display_name for p in context.app.people.summaries() if "Ex-colleagues" in p.tags}
    assert tagged == {"José Álvarez", "Bart Claes"}
    # The list shows it at once, and the selection survived the refresh.
    row = shown_names(page).index("Bart Claes")
    assert page.model.index(row, Column.TAGS).data() == "Ex-colleagues"
    assert sorted(page.selected_ids()) == sorted(ids_of(page, "José Álvarez", "Bart Claes"))

    page.tag_action.trigger()
    dialog = page.open_dialog
    dialog.remove.setChecked(True)
    dialog.tag.setEditText("Ex-colleagues")
    dialog.accept()
    assert not any("Ex-colleagues" in p.tags for p in context.app.people.summaries())


def test_bulk_interval_sets_everyone_selected(page: PeoplePage, context) -> None:
    select(page, "Ann Peeters", "Zoë Dubois")
    page.interval_action.trigger()
    dialog = page.open_dialog
    dialog.interval.set_value(91)
    dialog.accept()
    every = {p.display_name: p.every_days for p in context.app.people.summaries()}
    assert every["Ann Peeters"] == 91
    assert every["Zoë Dubois"] == 91
    assert every["Priya Raman"] is None


def test_forget_asks_first_and_cancel_keeps_everyone(page: PeoplePage, context) -> None:
    select(page, "Bart Claes")
    page.forget_action.trigger()
    dialog = page.open_dialog
    assert "Bart Claes" in dialog.findChild(type(page.count_label), "forgetNames").text()
    dialog.reject()
    assert context.app.people.count() == 5


def test_forget_removes_the_selected_people_from_list_and_store(page: PeoplePage, context) -> None:
    select(page, "Bart Claes", "Ann Peeters")
    page.forget_action.trigger()
    page.open_dialog.forget_button.click()
    assert context.app.people.count() == 3
    assert "Bart Claes" not in shown_names(page)
    assert "Ann Peeters" not in shown_names(page)


def test_export_selection_writes_the_chosen_format(
    page: PeoplePage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from hrconnect.ui.dialogs import export_dialog

    target = tmp_path / "out" / "selection"
    target.parent.mkdir()
    monkeypatch.setattr(
        export_dialog, "choose_export_target", lambda parent, count: (target, "json")
    )
    select(page, "Priya Raman", "Zoë Dubois")
    page.export_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(p["name"] for p in document["people"]) == ["Priya Raman", "Zoë Dubois"]
    assert not (tmp_path / "out" / "selection.part").exists()


@pytest.mark.parametrize(
    ("format_key", "marker"),
    [("vcard4", "VERSION:4.0"), ("vcard3", "VERSION:3.0"), ("csv", "Priya")],
)
def test_export_writes_vcards_and_csv_through_the_services(
    page: PeoplePage, context, tmp_path: Path, format_key: str, marker: str
) -> None:
    from hrconnect.ui.dialogs.export_dialog import write_export

    target = tmp_path / f"people.{format_key}"
    count = write_export(context.app, target, format_key, ids_of(page, "Priya Raman"))
    assert count == 1
    assert marker in target.read_text(encoding="utf-8-sig")


def test_a_change_elsewhere_refreshes_the_list_keeping_selection_and_scroll(
    page: PeoplePage, context
) -> None:
    select(page, "Priya Raman")
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    position = bar.value()
    priya = ids_of(page, "Priya Raman")[0]
    from hrconnect.services.people import PersonEdit

    context.write(lambda app: app.people.edit(priya, PersonEdit(title="Head of Talent")))
    row = shown_names(page).index("Priya Raman")
    assert page.model.index(row, Column.TITLE).data() == "Head of Talent"
    assert page.selected_ids() == [priya]
    assert bar.value() == position


def test_ctrl_f_puts_the_cursor_in_the_search_field(
    qtbot, window: MainWindow, page: PeoplePage
) -> None:
    window.show_page("today")
    window.focus_search()
    assert window.current_page() is page
    assert page.bar.search.hasFocus()
