# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The settings dialog saves what the user picks, on the worker, and validates the region."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from hrconnect.settings import Settings

from hrconnect.ui.dialogs.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, window: MainWindow, context: UiContext) -> SettingsDialog:
    opened = SettingsDialog(context, window)
    opened.show()
    return opened


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_the_dialog_shows_the_current_settings(dialog: SettingsDialog) -> None:
    assert dialog.language.currentData() == "system"
    assert dialog.region.currentText() == "BE"
    assert dialog.auto_merge.isChecked()
    assert dialog.backups.value() == 10
    assert not dialog.restart_note.isVisibleTo(dialog)


def test_choosing_dutch_is_saved_and_needs_a_restart(
    qtbot, dialog: SettingsDialog, context: UiContext
) -> None:
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)
    assert dialog.language.currentText() == "Nederlands"
    assert dialog.restart_note.isVisibleTo(dialog)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert context.app is not None
    assert context.app.settings.language == "nl"
    assert Settings.load(context.app.paths.settings_file).language == "nl"


def test_every_choice_is_saved(qtbot, dialog: SettingsDialog, context: UiContext) -> None:
    edit = dialog.region.lineEdit()
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(dialog.region, "ie")
    dialog.auto_merge.setChecked(False)
    dialog.photos.setChecked(False)
    dialog.notification.setChecked(True)
    dialog.backups.setValue(25)
    press_ok(qtbot, dialog)
    assert context.app is not None
    saved = Settings.load(context.app.paths.settings_file)
    assert saved == Settings(
        default_region="IE",
        language="system",
        auto_merge=False,
        import_photos=False,
        backups_keep_last=25,
        daily_notification=True,
    )


@pytest.mark.parametrize("typed", ["X", "XX", ""])
def test_a_region_that_is_no_country_is_refused(
    qtbot, dialog: SettingsDialog, context: UiContext, typed: str
) -> None:
    edit = dialog.region.lineEdit()
    assert edit is not None
    edit.clear()
    qtbot.keyClicks(dialog.region, typed)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("The phone region is a two-letter")
    assert context.app is not None
    assert not context.app.paths.settings_file.exists()
