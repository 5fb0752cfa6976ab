# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The backups dialog: list, back up now, and a restore that reloads everything and is undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hrconnect.core.changes import EVERYTHING, Changes
from tests.services.conftest import run_import, write_connections
from tests.ui.test_import_dialog import rows

from hrconnect.ui.dialogs.backups_dialog import BackupsDialog

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow


def person(first: str) -> str:
    return (
        f"{first},Peeters,https://www.linkedin.com/in/{first.lower()}-peeters,,Acme,CFO,01 Feb 2020"
    )


@pytest.fixture
def dialog(qtbot, window: MainWindow, context: UiContext, tmp_path: Path) -> BackupsDialog:
    assert context.app is not None
    run_import(context.app, write_connections(tmp_path / "first", [person("Priya")]))
    opened = BackupsDialog(context, window)
    opened.show()
    return opened


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Answers every confirmation with its "Restore" button; records the boxes shown."""
    shown: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box)
        next(b for b in box.buttons() if b.text() == "Restore").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def test_back_up_now_adds_a_backup_at_the_top(qtbot, dialog: BackupsDialog) -> None:
    before = dialog.model.rowCount()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    listed = rows(dialog.model)
    assert len(listed) == before + 1
    assert listed[0][1] == "Made by you"
    assert dialog.table.currentIndex().row() == 0
    assert dialog.status_label.text().startswith("Backed up.")


def test_restoring_brings_the_old_state_back_reloads_everything_and_can_be_undone(
    qtbot,
    dialog: BackupsDialog,
    context: UiContext,
    tmp_path: Path,
    confirmations: list[QMessageBox],
) -> None:
    assert context.app is not None
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    run_import(context.app, write_connections(tmp_path / "second", [person("Jan")]))
    assert context.app.people.count() == 2
    changes: list[Changes] = []
    context.signals.changed.connect(changes.append)
    dialog.reload()
    manual = next(
        r for r in range(dialog.model.rowCount()) if rows(dialog.model)[r][1] == "Made by you"
    )
    dialog.table.selectRow(manual)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert context.app.people.count() == 1
    assert changes == [EVERYTHING]
    box = confirmations[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "Restore that backup to undo this." in box.text()
    assert rows(dialog.model)[dialog.table.currentIndex().row()][1] == "Before a restore"
    # Undo: restore the backup taken just before.
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert context.app.people.count() == 2


def test_declining_the_confirmation_changes_nothing(
    qtbot, dialog: BackupsDialog, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    count = dialog.model.rowCount()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == count
    assert context.app is not None
    assert context.app.people.count() == 1
