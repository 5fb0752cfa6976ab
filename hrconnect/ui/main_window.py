# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The main window: sidebar, pages, menus; it owns the ``App`` opened on the worker thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

from hrconnect.ui.pages.welcome import WelcomePage

if TYPE_CHECKING:
    from hrconnect.paths import AppPaths
    from hrconnect.services.app import App

    from hrconnect.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        store_opened(): the store is open and the first data is shown.
    """

    store_opened = Signal()

    def __init__(self, paths: AppPaths, runner: TaskRunner, *, demo: bool = False) -> None:
        super().__init__()
        self.paths = paths
        self.runner = runner
        self.demo = demo
        self.app: App | None = None
        self.setWindowTitle(self.tr("hrconnect — demo network") if demo else "hrconnect")
        self.resize(1100, 720)
        self.pages = QStackedWidget()
        self.welcome = WelcomePage()
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)
        self.status = QLabel(self.tr("Opening your contacts…"))
        self.statusBar().addWidget(self.status)
        self._build_menus()
        runner.failed.connect(self._on_task_failed)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About hrconnect"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    # --- the store ---------------------------------------------------------------------

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
        self.app, count = result
        self.status.setText(self.tr("%n people", "", count))
        self.store_opened.emit()

    def _on_store_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Your contacts could not be opened."))
        QMessageBox.critical(self, self.tr("Cannot open your contacts"), str(error))

    def _on_task_failed(self, message: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Something went wrong"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText(details)
        box.open()

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
        if self.app is not None:
            app = self.app
            self.runner.run(app.close)
        super().closeEvent(event)
