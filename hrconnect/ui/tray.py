# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The optional daily reminder in the system tray: "N people to get in touch with today".

Shown at most once a day, only when the user turned on ``daily_notification`` in the settings
and the desktop has a system tray. The day it was last shown is remembered in the config folder
(``notifications.ini``), so restarting the app the same day does not repeat it. The setting is
checked again every half hour, so turning it on or off takes effect without a restart, and a
notification waits for the first check after midnight when the app stays open.

The main window creates it once the store is open::

    self.daily_notifier = DailyNotifier(self.context, self)
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hrconnect.ui.widgets.icons import app_icon

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from hrconnect.services.app import App

    from hrconnect.ui.context import UiContext

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30 * 60 * 1000
MESSAGE_TIMEOUT_MS = 15_000
STATE_KEY = "daily/last_shown"


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("DailyNotifier", text, "", count)


def notification_text(count: int) -> str:
    """The message for ``count`` people due today."""
    return _t("%n person(s) to get in touch with today", count)


class DailyNotifier(QObject):
    """A tray icon that tells, once a day, how many people are due.

    Args:
        context: The window's context (store open or about to be).
        window: The main window; the message and the tray menu bring it forward on Today.
        tray_available: Whether the desktop has a tray (injectable for tests).
    """

    def __init__(
        self,
        context: UiContext,
        window: QWidget,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.tray_available = tray_available
        self.icon: QSystemTrayIcon | None = None
        self.last_message = ""
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        context.signals.opened.connect(self.check)
        self.check()

    def check(self) -> None:
        """Show today's notification if it is wanted, possible and not shown yet today."""
        app = self.context.app
        if app is None:
            return
        if not app.settings.daily_notification or not self.tray_available():
            self._hide()
            return
        self._ensure_icon()
        today = app.clock.today()
        if self.last_shown() == today:
            return

        def count_due(app: App) -> int:
            return app.reminders.today_list(today, limit=1).total_due

        self.context.read(count_due, lambda count: self._notify(today, count), self._on_error)

    def last_shown(self) -> date | None:
        """The day the notification was last shown, or None."""
        value = self._state().value(STATE_KEY)
        try:
            return date.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    def _notify(self, today: date, count: int) -> None:
        if count <= 0 or self.icon is None:
            # Nothing to say today; a later check may still find someone (an import).
            return
        self.last_message = notification_text(count)
        self.icon.showMessage("hrconnect", self.last_message, app_icon(), MESSAGE_TIMEOUT_MS)
        self._state().setValue(STATE_KEY, today.isoformat())

    def _ensure_icon(self) -> None:
        if self.icon is not None:
            self.icon.show()
            return
        icon = QSystemTrayIcon(app_icon(), self)
        icon.setToolTip("hrconnect")
        menu = QMenu(self.window)
        show_today = QAction(_t("Show Today"), menu)
        show_today.triggered.connect(self.show_today)
        menu.addAction(show_today)
        icon.setContextMenu(menu)
        icon.messageClicked.connect(self.show_today)
        icon.activated.connect(self._on_activated)
        icon.show()
        self.icon = icon

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_today()

    def show_today(self) -> None:
        """Bring the window forward on the Today page."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.context.signals.page_requested.emit("today")

    def _hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _state(self) -> QSettings:
        folder = self.context.paths.config_dir
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "notifications.ini"), QSettings.Format.IniFormat)

    def _on_error(self, error: BaseException) -> None:
        # A reminder that cannot be counted is not worth an error dialog.
        log.warning("daily notification skipped: %s", error)
