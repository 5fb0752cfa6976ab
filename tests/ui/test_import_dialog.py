# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The import dialog driven like a user: choose, preview, import with progress, the report."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from hrconnect.core.progress import Progress
from tests.services.conftest import write_connections, write_vcards

from hrconnect.ui.dialogs.import_dialog import ImportDialog
from hrconnect.ui.widgets.import_progress import ImportProgress
from hrconnect.ui.widgets.import_report import number

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QAbstractItemModel

    from hrconnect.core.changes import Changes

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow

HOSTILE = "<img src=x> <b>Bold</b>"


def rows(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[list[str]]:
    """Every row of a model, depth first, as its column texts."""
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append([model.index(row, c, parent).data() or "" for c in range(model.columnCount())])
        found.extend(rows(model, index))
    return found


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    """A folder with a LinkedIn export (one hidden member) and a phone folder with a bad file."""
    folder = tmp_path / "exports"
    write_connections(
        folder,
        [
            "Priya,Raman,https://www.linkedin.com/in/priya-raman,,Solvaris,Talent Lead,03 Mar 2012",
            "Jan,de Vries,https://www.linkedin.com/in/jan-de-vries,,Acme NV,CFO,15 Jan 2020",
            ",,,,,,01 Feb 2021",
        ],
    )
    write_vcards(folder / "phone", ["N:Martens;Els;;;\nFN:Els Martens\nTEL:+32 470 12 34 56"])
    (folder / "phone" / "broken.vcf").write_bytes(b"BEGIN:VCARD\r\n\xff\xfe\x00\x00\x00")
    return folder


def open_dialog(qtbot, context: UiContext, window: MainWindow, *paths: Path) -> ImportDialog:
    dialog = ImportDialog(context, window)
    dialog.show()
    dialog.paths.add_paths(paths)
    return dialog


def test_preview_shows_each_source_and_writes_nothing(
    qtbot, window: MainWindow, context: UiContext, exports: Path
) -> None:
    dialog = open_dialog(qtbot, context, window, exports / "Connections.csv", exports / "phone")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.stage == "preview"
    table = rows(dialog.preview_table.model())
    by_format = {row[1]: row for row in table}
    linkedin = by_format["LinkedIn connections"]
    assert linkedin[2:7] == ["2", "0", "0", "1", "0"]  # new, updated, unchanged, skipped, failed
    assert by_format["vCard file"][2:7] == ["1", "0", "0", "0", "1"]
    assert "add 3 new contacts" in dialog.preview_summary.text()
    assert context.app is not None
    assert context.app.people.count() == 0
    assert context.app.imports.history() == []


def test_import_shows_progress_then_the_report_with_each_reason(
    qtbot, window: MainWindow, context: UiContext, exports: Path
) -> None:
    dialog = open_dialog(qtbot, context, window, exports / "Connections.csv", exports / "phone")
    stages: list[str] = []
    dialog.progressed.connect(lambda progress: stages.append(progress.stage))
    changes: list[Changes] = []
    context.signals.changed.connect(changes.append)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stage == "report"
    assert {"storing", "indexing"} <= set(stages)
    assert dialog.report_counts.text() == (
        "Created 3 · Updated 0 · Unchanged 0 · Skipped 1 · Failed 1"
    )
    report = rows(dialog.report_tree.model())
    texts = [row[0] for row in report]
    assert "hidden LinkedIn member (only a date)" in texts
    assert "not a text file" in texts  # the failed file's reason, in words
    assert ["Connections.csv, line 7", "", "01 Feb 2021"] in report
    failed_where = [row for row in report if row[0].startswith("phone › broken.vcf")]
    assert failed_where
    assert context.app is not None
    assert context.app.people.count() == 3
    assert changes
    assert changes[-1].people
    assert dialog.close_button.isDefault()


def test_cancel_rolls_the_import_back_and_says_so(
    qtbot, window: MainWindow, context: UiContext, exports: Path
) -> None:
    dialog = open_dialog(qtbot, context, window, exports / "Connections.csv")

    def cancel_once(_progress: object) -> None:
        if dialog.progress.cancel_button.isEnabled():
            qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progressed.connect(cancel_once)
    qtbot.mouseClick(dialog.import_now_button, Qt.MouseButton.LeftButton)
    assert dialog.stage == "choose"
    assert dialog.message_label.text() == "Cancelled. Nothing was changed."
    assert dialog.message_label.isVisibleTo(dialog)
    assert context.app is not None
    assert context.app.people.count() == 0
    assert context.app.imports.history() == []


def test_a_path_that_cannot_be_imported_is_listed_with_its_reason_and_left_out(
    qtbot, window: MainWindow, context: UiContext, exports: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Priya about the vacancy.\n", encoding="utf-8")
    dialog = open_dialog(qtbot, context, window, notes, exports / "Connections.csv")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    table = rows(dialog.preview_table.model())
    refused = next(row for row in table if row[0] == "notes.txt")
    assert refused[7].startswith("cannot be imported: ")
    assert "Files that cannot be imported are left out." in dialog.preview_summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stage == "report"
    assert context.app is not None
    assert context.app.people.count() == 2


def test_file_and_person_names_in_the_report_stay_plain_text(
    qtbot, window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    # File names cannot hold "/", so the markup in them is left unclosed.
    folder = tmp_path / "<img src=x> exports"
    write_vcards(folder, [f"N:;;;;\nFN:{HOSTILE}"], name="<b>phone.vcf")
    (folder / "<i>broken.vcf").write_bytes(b"BEGIN:VCARD\r\n\xff\xfe\x00\x00\x00")
    dialog = open_dialog(qtbot, context, window, folder)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview_table.model()
    assert preview.index(0, 0).data() == "<img src=x> exports"
    assert "&lt;img src=x&gt;" in preview.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stage == "report"
    model = dialog.report_tree.model()
    found = model.match(
        model.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        "<i>broken.vcf",
        -1,
        Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive,
    )
    assert found
    assert found[0].data() == "<img src=x> exports › <i>broken.vcf"
    tooltip = found[0].siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;broken.vcf" in tooltip
    assert "<i>" not in tooltip
    assert context.app is not None
    assert [p.display_name for p in context.app.people.summaries()] == [HOSTILE]
    for label in (dialog.report_counts, dialog.message_label, dialog.review_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_an_unusable_import_explains_itself_in_plain_text(
    qtbot, window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    hostile = tmp_path / "<b>contacts.csv"
    hostile.write_text("nothing to see\n", encoding="utf-8")
    dialog = open_dialog(qtbot, context, window, hostile)
    qtbot.mouseClick(dialog.import_now_button, Qt.MouseButton.LeftButton)
    assert dialog.stage == "choose"
    assert dialog.message_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>contacts.csv" in dialog.message_label.text()
    assert dialog.message_label.text().startswith("This cannot be imported (")


def test_files_given_by_the_window_are_previewed_at_once(
    qtbot, window: MainWindow, exports: Path
) -> None:
    window.open_import([exports / "Connections.csv"])
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stage == "preview")
    assert rows(dialog.preview_table.model())[0][2] == "2"


def test_closing_while_importing_cancels_first(
    qtbot, window: MainWindow, context: UiContext, exports: Path
) -> None:
    dialog = open_dialog(qtbot, context, window, exports / "Connections.csv")
    dialog.progressed.connect(lambda _progress: dialog.reject())
    qtbot.mouseClick(dialog.import_now_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert context.app is not None
    assert context.app.people.count() == 0


def test_matches_waiting_for_review_lead_to_the_review_page(
    qtbot, window: MainWindow, context: UiContext, tmp_path: Path
) -> None:
    linkedin = write_connections(
        tmp_path / "li",
        [
            "Priya,Raman,https://www.linkedin.com/in/priya-raman,,Solvaris,Talent Lead,03 Mar 2012",
            "Jan,de Vries,https://www.linkedin.com/in/jan-de-vries,jan@devries.be,Acme NV,CFO,"
            "15 Jan 2020",
        ],
    )
    phone = write_vcards(
        tmp_path / "phone",
        [
            "N:Raman;Priya;;;\nFN:Priya Raman\nTEL:+32 470 12 34 56",
            "N:de Vries;Jan;;;\nFN:Jan de Vries\nEMAIL:jan@devries.be",
            "N:Raman;P.;;;\nFN:P. Raman\nORG:Solvaris",
        ],
    )
    dialog = open_dialog(qtbot, context, window, linkedin, phone)
    qtbot.mouseClick(dialog.import_now_button, Qt.MouseButton.LeftButton)
    assert dialog.review_label.text() == "1 merged automatically; 3 waiting for your review."
    assert dialog.review_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.current_page() is window.page_by_key["review"]


def test_files_dropped_on_the_dialog_are_added_and_previewed(
    qtbot, window: MainWindow, context: UiContext, exports: Path
) -> None:
    dialog = open_dialog(qtbot, context, window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(exports / "Connections.csv"))])
    action = Qt.DropAction.CopyAction
    point = QPointF(dialog.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(point, action, data, buttons, keys)
    dialog.dropEvent(drop)
    assert drop.isAccepted()
    assert dialog.paths.paths() == [exports / "Connections.csv"]
    assert dialog.stage == "preview"


@pytest.mark.parametrize(
    ("progress", "stage", "words", "bar_maximum"),
    [
        (
            Progress(1200, 3000, "matching", "scoring"),
            "Looking for the same person in several sources…",
            "{1200} of {3000}",
            3000,
        ),
        (
            Progress(12000, None, "reading", "Connections.csv"),
            "Reading your files…",
            "{12000} read",
            0,
        ),
        # Announced but done in one go: a busy bar, not one stuck at 0 %.
        (
            Progress(0, 30000, "storing", "Connections.csv"),
            "Saving contacts…",
            "{30000} contacts",
            0,
        ),
        (Progress(0, None, "indexing", ""), "Updating the people list…", "", 0),
    ],
)
def test_progress_shows_the_stage_count_and_a_fitting_bar(
    qtbot, progress: Progress, stage: str, words: str, bar_maximum: int
) -> None:
    widget = ImportProgress()
    qtbot.addWidget(widget)
    widget.show_progress(progress)
    # Counts follow the locale (12.000 in Dutch).
    assert widget.count_label.text() == re.sub(r"\{(\d+)\}", lambda m: number(int(m[1])), words)
    assert widget.bar.maximum() == bar_maximum
    assert widget.stage_label.text() == stage
