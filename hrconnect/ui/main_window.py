# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The main window: a sidebar of pages, menus and shortcuts, drag and drop for imports.

It owns the ``UiContext``: the store is opened on the worker thread right after the window is
shown (start-up stays under a second), then every page loads its data. Window geometry and the
last page are remembered in the config folder.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hrconnect.ui.context import AppSignals, UiContext
from hrconnect.ui.pages.welcome import WelcomePage
from hrconnect.ui.tray import DailyNotifier
from hrconnect.ui.widgets.icons import app_icon, ui_icon

if TYPE_CHECKING:
    from hrconnect.core.changes import Changes
    from hrconnect.paths import AppPaths
    from hrconnect.services.app import App

    from hrconnect.ui.pages.base import Page
    from hrconnect.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The application window."""

    def __init__(self, paths: AppPaths, runner: TaskRunner, *, demo: bool = False) -> None:
        super().__init__()
        self.paths = paths
        self.runner = runner
        self.demo = demo
        self.signals = AppSignals(self)
        self.context = UiContext(paths, runner, self.signals)
        self.setWindowTitle(self.tr("hrconnect — demo network") if demo else "hrconnect")
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self.resize(1200, 780)
        self._build()
        self._build_menus()
        self._restore_state()
        runner.failed.connect(self._on_task_failed)
        self.signals.changed.connect(self._on_changed)
        self.signals.status.connect(self.status.setText)
        self.signals.page_requested.connect(self.show_page)
        self.signals.person_requested.connect(self.show_person)
        self.signals.import_requested.connect(self.open_import)
        self.daily_notifier: DailyNotifier | None = None

    @property
    def store_opened(self) -> Any:
        """Signal emitted once the store is open (alias of ``signals.opened``)."""
        return self.signals.opened

    @property
    def app(self) -> App | None:
        """The open services, or None before the store is open."""
        return self.context.app

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        from hrconnect.ui.pages.charts import ChartsPage
        from hrconnect.ui.pages.colleagues import ColleaguesPage
        from hrconnect.ui.pages.imports import ImportsPage
        from hrconnect.ui.pages.people import PeoplePage
        from hrconnect.ui.pages.review import ReviewPage
        from hrconnect.ui.pages.today import TodayPage

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(210)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        layout.addWidget(self.sidebar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.welcome = WelcomePage()
        self.welcome.import_requested.connect(self.open_import)
        self.welcome.demo_requested.connect(self._open_demo)
        self.stack.addWidget(self.welcome)
        self.page_list: list[Page] = [
            TodayPage(self.context),
            PeoplePage(self.context),
            ReviewPage(self.context),
            ColleaguesPage(self.context),
            ImportsPage(self.context),
            ChartsPage(self.context),
        ]
        self.page_by_key = {page.key: page for page in self.page_list}
        for page in self.page_list:
            self.stack.addWidget(page)
            item = QListWidgetItem(ui_icon(page.icon), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setSizeHint(QSize(200, 38))
            self.sidebar.addItem(item)
            page.badge_changed.connect(lambda text, p=page: self._set_badge(p, text))  # type: ignore[misc]
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        self.status = QLabel(self.tr("Opening your contacts…"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages may carry names
        self.statusBar().addWidget(self.status, 1)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            file_menu, self.tr("&Import…"), "Ctrl+I", self.open_import
        )
        self._action(file_menu, self.tr("&Export…"), "Ctrl+E", self.open_export)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Backups…"), None, self.open_backups)
        self._action(
            file_menu,
            self.tr("&Settings…"),
            QKeySequence.StandardKey.Preferences,
            self.open_settings,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._action(
            edit_menu, self.tr("&Find people"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self._action(edit_menu, self.tr("Find the &same person again"), None, self.run_dedupe)
        view_menu = bar.addMenu(self.tr("&View"))
        for number, page in enumerate(self.page_list, start=1):
            self._action(
                view_menu,
                page.title(),
                f"Ctrl+{number}",
                lambda _=False, key=page.key: self.show_page(key),
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), "F1", self._show_shortcuts)
        self._action(help_menu, self.tr("Open the &data folder"), None, self._open_data_folder)
        self._action(help_menu, self.tr("&About hrconnect"), None, self._show_about)

    def _action(self, menu: Any, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    # --- navigation ----------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        """Switch to a page by key (``today``, ``people``, ``review``...)."""
        page = self.page_by_key.get(key)
        if page is None:
            return
        row = self.page_list.index(page)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        else:
            self._on_sidebar_row(row)

    def show_person(self, person_id: int) -> None:
        """Show one person on the People page, selected, with their details."""
        from hrconnect.ui.pages.people import PeoplePage

        self.show_page("people")
        people = self.page_by_key["people"]
        if isinstance(people, PeoplePage):
            people.select_ids([person_id], current=person_id)

    def current_page(self) -> Page | None:
        """The page on screen, or None while the welcome screen shows."""
        widget = self.stack.currentWidget()
        return widget if widget in self.page_list else None  # type: ignore[return-value]

    def _on_sidebar_row(self, row: int) -> None:
        if not 0 <= row < len(self.page_list):
            return
        page = self.page_list[row]
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{page.title()} — hrconnect")
        if self.context.is_open:
            page.on_shown()

    def _set_badge(self, page: Page, text: str) -> None:
        row = self.page_list.index(page)
        item = self.sidebar.item(row)
        item.setText(f"{page.title()}  ({text})" if text else page.title())

    # --- the store -----------------------------------------------------------------------

    def open_store(self) -> None:
        """Open (and if needed create or migrate) the store on the worker thread."""
        paths = self.paths
        demo = self.demo

        def work() -> tuple[App, int]:
            from hrconnect.services.app import App

            chosen = paths
            if demo:
                from hrconnect.services.demo import demo_paths, ensure_demo

                chosen = demo_paths(paths)
                ensure_demo(chosen)
            app = App(chosen)
            return app, app.people.count()

        self.runner.run(work, self._on_store_opened, self._on_store_failed)

    def _on_store_opened(self, result: tuple[App, int]) -> None:
        app, count = result
        self.context.app = app
        self.status.setText(self.tr("%n people", "", count))
        for page in self.page_list:
            page.on_opened()
        if count == 0:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.show_page(self._last_page or "today")
        self.signals.opened.emit()
        if self.daily_notifier is None:
            self.daily_notifier = DailyNotifier(self.context, self)

    def _on_store_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Your contacts could not be opened."))
        QMessageBox.critical(self, self.tr("Cannot open your contacts"), str(error))

    def _on_changed(self, changes: Changes) -> None:
        for page in self.page_list:
            page.on_changed(changes)
        if changes.people and self.stack.currentWidget() is self.welcome and self.app:
            self.context.read(lambda app: app.people.count(), self._after_people_changed)

    def _after_people_changed(self, count: int) -> None:
        self.status.setText(self.tr("%n people", "", count))
        if count and self.stack.currentWidget() is self.welcome:
            self.show_page("people")

    # --- actions -------------------------------------------------------------------------

    def open_import(self, paths: list[Path] | None = None) -> None:
        """Open the import dialog (optionally with files already chosen)."""
        if not self.context.is_open:
            return
        from hrconnect.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self, paths=paths or [])
        dialog.open()

    def open_export(self) -> None:
        """Export everyone (the People page exports a selection)."""
        if not self.context.is_open:
            return
        from hrconnect.ui.dialogs.export_dialog import export_people

        export_people(self.context, self, None)

    def open_backups(self) -> None:
        """The backups dialog."""
        if not self.context.is_open:
            return
        from hrconnect.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.context, self).open()

    def open_settings(self) -> None:
        """The settings dialog."""
        if not self.context.is_open:
            return
        from hrconnect.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self).open()

    def focus_search(self) -> None:
        """Ctrl+F: go to People and put the cursor in its search field."""
        from hrconnect.ui.pages.people import PeoplePage

        self.show_page("people")
        people = self.page_by_key["people"]
        if isinstance(people, PeoplePage):
            people.focus_search()

    def run_dedupe(self) -> None:
        """Run a full matching pass now (Edit menu)."""
        if not self.context.is_open:
            return

        def done(report: Any) -> None:
            from hrconnect.core.changes import Changes

            self.signals.changed.emit(Changes(people=True, suggestions=True))
            self.status.setText(
                self.tr("%1 merged, %2 to review")
                .replace("%1", str(report.merged))
                .replace("%2", str(report.pending))
            )

        self.context.long_task(
            lambda app, token: app.dedupe.run(full=True, cancel=token), lambda progress: None, done
        )

    def _open_demo(self) -> None:
        import subprocess
        import sys

        subprocess.Popen([sys.executable, "-m", "hrconnect", "--demo"])

    # --- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and self.context.is_open:
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    # --- state ---------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        self.paths.config_dir.mkdir(parents=True, exist_ok=True)
        return QSettings(str(self.paths.config_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        value = settings.value("last_page")
        self._last_page = str(value) if value else None

    def _save_state(self) -> None:
        settings = self._settings()
        settings.setValue("geometry", self.saveGeometry())
        page = self.current_page()
        if page is not None:
            settings.setValue("last_page", page.key)

    # --- dialogs and errors --------------------------------------------------------------

    def _on_task_failed(self, message: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Something went wrong"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
        box.open()

    def _show_shortcuts(self) -> None:
        lines = [
            self.tr("Ctrl+I  Import files"),
            self.tr("Ctrl+F  Find people"),
            self.tr("Ctrl+1…6  Switch pages"),
            self.tr("In Review: M merge, N not the same person, S skip, Ctrl+Z undo"),
            self.tr("In Today: Space mark as contacted, L log, Z snooze, Enter open in People"),
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Keyboard shortcuts"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))

    def _show_about(self) -> None:
        from hrconnect import __version__

        QMessageBox.about(
            self,
            self.tr("About hrconnect"),
            self.tr("hrconnect %1\n\nYour network in one private, offline place.").replace(
                "%1", __version__
            ),
        )

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._save_state()
        if self.context.app is not None:
            app = self.context.app
            self.runner.run(app.close)
        super().closeEvent(event)
