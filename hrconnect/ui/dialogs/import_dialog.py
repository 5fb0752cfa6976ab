# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Importing: choose files, see what would change, import with progress, read the report.

Four steps on one dialog: **choose** (files, folders, ZIPs; picked or dropped), **preview** (a
dry run: the whole import, rolled back, so its numbers are exact), **import** (with a progress
bar and Cancel; cancelling rolls everything back) and the **report** (what was created, updated,
left unchanged, skipped or failed, and why). All work runs on the worker thread through
``UiContext.long_task``; the window stays responsive throughout.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrconnect.core.changes import EVERYTHING, Changes
from hrconnect.errors import CancelledError, HrconnectError, UnusableSourceError

from hrconnect.ui import texts
from hrconnect.ui.widgets.import_paths import ImportPathList
from hrconnect.ui.widgets.import_preview import PreviewTable
from hrconnect.ui.widgets.import_progress import ImportProgress
from hrconnect.ui.widgets.import_report import ReportTree, number, report_rows, totals
from hrconnect.ui.widgets.import_tasks import (
    ImportOutcome,
    PreviewOutcome,
    import_work,
    preview_work,
)
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from hrconnect.core.progress import Progress

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.tasks import TaskHandle
    from hrconnect.ui.widgets.import_tree import TreeNode

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    """The import flow. ``stage`` is ``choose``, ``working``, ``preview`` or ``report``.

    Signals:
        progressed(Progress): a progress report was shown.
        finished_task(str): a preview or an import ended (``preview``, ``report`` or the
            stage returned to after a cancel or an error).
    """

    progressed = Signal(object)
    finished_task = Signal(str)

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, paths: list[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importDialog")
        # Closed only when idle (see reject), so no task callback can reach a deleted dialog.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAcceptDrops(True)
        self.resize(940, 580)
        self.stage = "choose"
        self.handle: TaskHandle | None = None
        self._stop = threading.Event()
        self._back_to = "choose"
        self._usable: list[Path] = []
        self._close_when_idle = False
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        self.message_label = plain_label(wrap=True, selectable=True)
        self.message_label.setObjectName("importMessage")
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addWidget(self.stack)
        self._build_choose()
        self.progress = ImportProgress()
        self.progress.cancel_requested.connect(self.cancel)
        self.stack.addWidget(self.progress)
        self._build_preview()
        self._build_report()
        self._show("choose")
        if paths:
            self.paths.add_paths(paths)
            QTimer.singleShot(0, self.start_preview)

    # --- pages ---------------------------------------------------------------------------

    def _build_choose(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Choose your exports: the LinkedIn or Facebook ZIP as downloaded, vCard "
                    "files from a phone, Google or Outlook CSV files, or a folder holding them. "
                    "You can also drop them onto this window."
                ),
                wrap=True,
            )
        )
        self.paths = ImportPathList()
        self.paths.paths_changed.connect(self._update_buttons)
        layout.addWidget(self.paths, 1)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.start_preview)
        self.import_now_button = QPushButton(self.tr("&Import without preview"))
        self.import_now_button.clicked.connect(self.start_import)
        layout.addLayout(self._buttons(self.preview_button, self.import_now_button))
        self.stack.addWidget(page)
        self.choose_page = page

    def _build_preview(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_summary = plain_label(wrap=True)
        layout.addWidget(self.preview_summary)
        self.preview_table = PreviewTable()
        layout.addWidget(self.preview_table, 1)
        self.preview_matching = plain_label(wrap=True)
        layout.addWidget(self.preview_matching)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self._show("choose"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.start_import)
        layout.addLayout(self._buttons(back, self.import_button))
        self.stack.addWidget(page)
        self.preview_page = page

    def _build_report(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.report_title = plain_label()
        font = self.report_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.report_title.setFont(font)
        layout.addWidget(self.report_title)
        self.report_counts = plain_label(wrap=True)
        layout.addWidget(self.report_counts)
        review_row = QHBoxLayout()
        self.review_label = plain_label(wrap=True)
        review_row.addWidget(self.review_label, 1)
        self.review_button = QPushButton(self.tr("Open &Review"))
        self.review_button.clicked.connect(self.open_review)
        review_row.addWidget(self.review_button)
        layout.addLayout(review_row)
        self.report_tree = ReportTree()
        layout.addWidget(self.report_tree, 1)
        self.backup_label = plain_label(wrap=True)
        self.backup_label.setEnabled(False)
        layout.addWidget(self.backup_label)
        more = QPushButton(self.tr("Import &more…"))
        more.clicked.connect(self._import_more)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        layout.addLayout(self._buttons(more, self.close_button, close=False))
        self.stack.addWidget(page)
        self.report_page = page

    def _buttons(self, *buttons: QPushButton, close: bool = True) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        if close:
            cancel = QPushButton(self.tr("Close"))
            cancel.clicked.connect(self.reject)
            row.addWidget(cancel)
        return row

    def _show(self, stage: str) -> None:
        self.stage = stage
        page = {
            "choose": self.choose_page,
            "working": self.progress,
            "preview": self.preview_page,
            "report": self.report_page,
        }[stage]
        self.stack.setCurrentWidget(page)
        self._update_buttons()
        default = {"choose": self.preview_button, "preview": self.import_button}.get(stage)
        if stage == "report":
            default = self.close_button
        if default is not None:
            default.setDefault(True)
            default.setFocus()

    def _update_buttons(self) -> None:
        has_paths = bool(self.paths.paths())
        self.preview_button.setEnabled(has_paths)
        self.import_now_button.setEnabled(has_paths)
        self.import_button.setEnabled(bool(self._usable))

    # --- running -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a preview or an import runs."""
        return self.stage == "working"

    def start_preview(self) -> None:
        """Dry-run the chosen paths and show what would change."""
        paths = self.paths.paths()
        if not paths or self.busy:
            return
        self._back_to = "choose"
        self._begin(self.tr("Looking at your files…"))
        self.handle = self.context.long_task(
            preview_work(paths, self._stop), self._on_progress, self._on_preview, self._on_error
        )

    def start_import(self) -> None:
        """Import for real (the usable paths of the preview, or everything chosen)."""
        paths = self._usable if self.stage == "preview" else self.paths.paths()
        if not paths or self.busy:
            return
        self._back_to = self.stage
        self._begin(self.tr("Importing…"))
        self.handle = self.context.long_task(
            import_work(list(paths), self._stop),
            self._on_progress,
            self._on_imported,
            self._on_error,
        )

    def cancel(self) -> None:
        """Stop the running task; everything it did is rolled back."""
        self._stop.set()
        if self.handle is not None:
            self.handle.cancel()

    def _begin(self, title: str) -> None:
        self._stop = threading.Event()
        self.message_label.hide()
        self.progress.start(title)
        self._show("working")

    def _on_progress(self, progress: Progress) -> None:
        if self.busy and not self._stop.is_set():
            self.progress.show_progress(progress)
            self.progressed.emit(progress)

    def _on_preview(self, outcome: PreviewOutcome) -> None:
        self.handle = None
        self._usable = list(outcome.usable)
        self.preview_table.show_rows(outcome.rows)
        self.preview_summary.setText(self._preview_words(outcome))
        self.preview_matching.setText(self._matching_words(outcome.document, preview=True))
        self._show("preview")
        self._finish_close()

    def _on_imported(self, outcome: ImportOutcome) -> None:
        self.handle = None
        self._usable = []
        document = outcome.document
        changes = Changes(imports=True)  # the import is in the history even if it added nothing
        if outcome.changed_anything:
            changes = replace(EVERYTHING, owner=bool(document.get("owner_updated")))
        self.context.signals.changed.emit(changes)
        self.show_report(document, outcome.rows)
        self.backup_label.setText(
            self.tr(
                "Your contacts were backed up before this import; File › Backups… can bring "
                "them back."
            )
            if outcome.backup
            else ""
        )
        self._show("report")
        self._finish_close()

    def _on_error(self, error: BaseException) -> None:
        self.handle = None
        if isinstance(error, CancelledError):
            text = self.tr("Cancelled. Nothing was changed.")
        elif isinstance(error, UnusableSourceError):
            text = self.tr("This cannot be imported (%1):\n%2")
            text = text.replace("%1", texts.problem_reason(error.reason)).replace("%2", str(error))
        elif isinstance(error, HrconnectError):
            text = str(error)
        else:
            log.error("import failed", exc_info=error)
            text = self.tr("The import failed and nothing was changed:\n%1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
        self.message_label.setText(text)
        self.message_label.show()
        self._show(self._back_to)
        self._finish_close()

    # --- words ---------------------------------------------------------------------------

    def _preview_words(self, outcome: PreviewOutcome) -> str:
        if outcome.document is None:
            return self.tr("None of these can be imported. The reasons are listed below.")
        counts = totals(outcome.document)
        text = self.tr(
            "Importing these files would add %1 new contacts, update %2 and leave %3 unchanged."
        )
        for placeholder, key in (("%1", "created"), ("%2", "updated"), ("%3", "unchanged")):
            text = text.replace(placeholder, number(counts[key]))
        if counts["skipped"] or counts["failed"]:
            text += " " + self.tr("%1 items would be skipped and %2 could not be read.").replace(
                "%1", number(counts["skipped"])
            ).replace("%2", number(counts["failed"]))
        if outcome.unusable:
            text += " " + self.tr("Files that cannot be imported are left out.")
        return text

    def _matching_words(self, document: dict[str, Any] | None, *, preview: bool) -> str:
        if not document:
            return ""
        merged, suggested = int(document.get("merged", 0)), int(document.get("suggested", 0))
        template = (
            self.tr("%1 would be merged automatically; %2 would wait for your review.")
            if preview
            else self.tr("%1 merged automatically; %2 waiting for your review.")
        )
        return template.replace("%1", number(merged)).replace("%2", number(suggested))

    def show_report(self, document: dict[str, Any], rows: list[TreeNode] | None = None) -> None:
        """Fill the report page from a report document (and its tree rows, when built)."""
        counts = totals(document)
        self.report_title.setText(self.tr("Import complete"))
        text = self.tr("Created %1 · Updated %2 · Unchanged %3 · Skipped %4 · Failed %5")
        keys = ("created", "updated", "unchanged", "skipped", "failed")
        for position, key in enumerate(keys, start=1):
            text = text.replace(f"%{position}", number(counts[key]))
        self.report_counts.setText(text)
        self.review_label.setText(self._matching_words(document, preview=False))
        self.review_button.setVisible(int(document.get("suggested", 0)) > 0)
        self.report_tree.show_rows(report_rows(document) if rows is None else rows)

    # --- actions -------------------------------------------------------------------------

    def open_review(self) -> None:
        """Close and show the Review page."""
        self.context.signals.page_requested.emit("review")
        self.accept()

    def _import_more(self) -> None:
        self.paths.model.remove_rows(range(len(self.paths.paths())))
        self.message_label.hide()
        self._show("choose")

    def reject(self) -> None:
        """Close; a running task is cancelled first (and rolled back)."""
        if self.busy:
            self._close_when_idle = True
            self.cancel()
            return
        super().reject()

    def _finish_close(self) -> None:
        self.finished_task.emit(self.stage)
        if self._close_when_idle:
            self._close_when_idle = False
            super().reject()

    # --- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and not self.busy:
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and not self.busy:
            event.acceptProposedAction()
            self.paths.add_paths(paths)
            self.start_preview()
