# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The settings: language, phone region, automatic merging, photos, notification, backups.

Settings are read and saved on the worker (``App.save_settings``), like every other store-side
change. A new language needs a restart (translators are installed before any window exists),
and the dialog says so when the language is changed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrconnect.ui.dialogs.buttons import ok_cancel
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from hrconnect.services.app import App
    from hrconnect.settings import Settings

    from hrconnect.ui.context import UiContext

COMMON_REGIONS = ("BE", "NL", "FR", "DE", "LU", "GB", "US")
"""Offered first in the phone region list; any other ISO 3166 code can be typed."""

_REGION = re.compile(r"^[A-Z]{2}$")


def _is_phone_region(code: str) -> bool:
    """True for a country the phone number library knows ("BE"; not "XX")."""
    import phonenumbers  # lazy: only needed when saving

    return code in phonenumbers.SUPPORTED_REGIONS


class SettingsDialog(QDialog):
    """Edits ``Settings``; OK saves them on the worker and closes when saved."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings: Settings | None = None
        self.setObjectName("settingsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.currentIndexChanged.connect(self._on_language)
        form.addRow(self.tr("&Language:"), self.language)
        self.restart_note = plain_label(
            self.tr("The new language is used the next time you start hrconnect."), wrap=True
        )
        self.restart_note.hide()
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(list(COMMON_REGIONS))
        self.region.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.region)
        )
        self.region.setToolTip(
            self.tr("Used to read phone numbers written without a country code (+32…).")
        )
        form.addRow(self.tr("Default &phone region:"), self.region)
        self.auto_merge = QCheckBox(self.tr("Merge sure matches &automatically"))
        self.auto_merge.setToolTip(self.tr("Likely matches always wait for your review."))
        form.addRow("", self.auto_merge)
        self.photos = QCheckBox(self.tr("Keep contact &photos from address books"))
        form.addRow("", self.photos)
        self.notification = QCheckBox(self.tr("Show a &daily reminder of whom to contact"))
        form.addRow("", self.notification)
        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        self.backups.setToolTip(
            self.tr(
                "Backups taken before imports and merges; one per month is kept as well, "
                "and backups you make yourself are never removed."
            )
        )
        form.addRow(self.tr("Automatic &backups to keep:"), self.backups)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        self.error_label = plain_label(wrap=True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = ok_cancel(self, on_ok=self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(self.buttons)
        self.context.read(lambda app: app.settings, self.show_settings)

    def show_settings(self, settings: Settings) -> None:
        """Fill the form."""
        self.settings = settings
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self.region.setCurrentText(settings.default_region)
        self.auto_merge.setChecked(settings.auto_merge)
        self.photos.setChecked(settings.import_photos)
        self.notification.setChecked(settings.daily_notification)
        self.backups.setValue(settings.backups_keep_last)
        self.restart_note.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _on_language(self) -> None:
        if self.settings is not None:
            self.restart_note.setVisible(self.language.currentData() != self.settings.language)

    def chosen(self) -> Settings | None:
        """The settings as the form shows them, or None when the region is not valid."""
        if self.settings is None:
            return None
        region = self.region.currentText().strip().upper()
        if not _REGION.match(region) or not _is_phone_region(region):
            return None
        return self.settings.with_changes(
            language=str(self.language.currentData()),
            default_region=region,
            auto_merge=self.auto_merge.isChecked(),
            import_photos=self.photos.isChecked(),
            daily_notification=self.notification.isChecked(),
            backups_keep_last=self.backups.value(),
        )

    def save(self) -> None:
        """Save on the worker; the dialog closes once they are saved."""
        chosen = self.chosen()
        if chosen is None:
            self._fail(self.tr("The phone region is a two-letter country code, such as BE."))
            return
        if chosen == self.settings:
            self.accept()
            return

        def work(app: App) -> None:
            app.save_settings(chosen)

        self.context.write(work, lambda _result: self.accept(), self._on_error)

    def _on_error(self, error: BaseException) -> None:
        self._fail(self.tr("The settings could not be saved: %1").replace("%1", str(error)))

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
