# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Imports page lists past imports with their counts and shows the stored report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from hrconnect.core.changes import Changes
from tests.services.conftest import run_import, write_connections, write_vcards
from tests.ui.test_import_dialog import rows

from hrconnect.ui.dialogs.import_dialog import ImportDialog
from hrconnect.ui.pages.imports import ImportsPage

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow


def test_each_import_is_listed_newest_first_with_its_report(
    qtbot, window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    assert context.app is not None
    window.show_page("imports")
    page = window.page_by_key["imports"]
    assert isinstance(page, ImportsPage)
    assert page.empty_label.isVisibleTo(page)
    assert page.table.model().rowCount() == 0
    run_import(
        context.app,
        write_connections(
            tmp_path / "li",
            [
                "Priya,Raman,https://www.linkedin.com/in/priya-raman,,Solvaris,Lead,03 Mar 2012",
                ",,,,,,01 Feb 2021",
            ],
        ),
    )
    run_import(context.app, write_vcards(tmp_path / "phone", ["N:Martens;Els;;;\nFN:Els Martens"]))
    context.signals.changed.emit(Changes(imports=True))
    table = rows(page.table.model())
    assert [row[1:7] for row in table] == [
        ["phone.vcf", "1", "0", "0", "0", "0"],
        ["Connections.csv", "1", "0", "0", "1", "0"],
    ]
    assert not page.empty_label.isVisibleTo(page)
    # The newest is selected; picking the older one shows its report and the skipped reason.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    report = [row[0] for row in rows(page.report_tree.model())]
    assert "hidden LinkedIn member (only a date)" in report
    assert page.report_title.text().startswith("Import of ")


def test_the_import_button_opens_the_import_dialog(qtbot, window: MainWindow) -> None:
    window.show_page("imports")
    page = window.page_by_key["imports"]
    assert isinstance(page, ImportsPage)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert window.findChild(ImportDialog) is not None
