# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Review page: possible duplicates, one pair at a time, decided with a single key.

The queue is loaded from ``app.review.pending()`` (best first). A decision takes the pair off
the screen at once and shows the next one while the worker stores the verdict; the reload that
follows the ``changed`` signal keeps the pair on screen in place. Skipping only moves on (the
pair stays pending and comes round again at the end of the queue). Ctrl+Z undoes the last
accept or reject of this session and shows that pair again.

Keys (active while the page is on screen, not while typing in a text field): M merge, N not the
same person, S skip, Ctrl+Z undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrconnect.errors import NotFoundError, UsageError

from hrconnect.ui.pages.base import Page
from hrconnect.ui.widgets.plain import safe_tooltip
from hrconnect.ui.widgets.review_card import RecordCard
from hrconnect.ui.widgets.review_evidence import EvidenceView, score_meaning, signed_points
from hrconnect.ui.widgets.review_fields import card_values, differing_keys

if TYPE_CHECKING:
    from collections.abc import Callable

    from hrconnect.core.changes import Changes
    from hrconnect.services.app import App
    from hrconnect.services.review import Suggestion

    from hrconnect.ui.context import UiContext


class ReviewPage(Page):
    """Possible duplicates side by side, with the evidence, decided by key or button."""

    key = "review"
    icon = "review"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.queue: list[Suggestion] = []
        self.index = 0
        self.can_undo = False
        self._loaded = False
        self._stale = True
        self._generation = 0
        self._want_id: int | None = None
        self._decided: list[int] = []
        self._build()
        self._build_shortcuts()
        self._show_current()

    def title(self) -> str:
        return self.tr("Review")

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        header = QHBoxLayout()
        heading = QLabel(self.tr("Possible duplicates"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        header.addWidget(heading)
        header.addStretch(1)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("reviewProgress")
        header.addWidget(self.progress_label)
        layout.addLayout(header)
        self.hint_label = QLabel(
            self.tr(
                "Are these two the same person? M merges them, N keeps them apart for good, "
                "S leaves them for later. Ctrl+Z undoes your last decision."
            )
        )
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_pair())
        self.stack.addWidget(self._build_empty())
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._build_buttons())

    def _build_pair(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        self.left_card = RecordCard()
        self.right_card = RecordCard()
        cards.addWidget(self.left_card, 1)
        cards.addWidget(self.right_card, 1)
        column.addLayout(cards)
        evidence_heading = QLabel(self.tr("Why they might be the same person"))
        font = evidence_heading.font()
        font.setBold(True)
        evidence_heading.setFont(font)
        column.addWidget(evidence_heading)
        self.evidence_view = EvidenceView()
        column.addWidget(self.evidence_view)
        self.total_label = QLabel()
        self.total_label.setObjectName("reviewTotal")
        self.total_label.setWordWrap(True)
        column.addWidget(self.total_label)
        column.addStretch(1)
        scroll.setWidget(body)
        self.pair_widget = scroll
        return scroll

    def _build_empty(self) -> QWidget:
        empty = QWidget()
        column = QVBoxLayout(empty)
        column.setSpacing(12)
        column.addStretch(1)
        self.empty_title = QLabel(self.tr("Nothing to review"))
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty_title)
        self.empty_text = QLabel(
            self.tr(
                "hrconnect merges people it is sure about by itself. Pairs it is unsure "
                "about wait here for you, so nobody is joined by mistake.\n\nAfter your next "
                "import, new pairs show up here; Edit › Find the same person again looks "
                "through everyone once more."
            )
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setMaximumWidth(560)
        # Centred by stretches: an item added with an alignment loses its height-for-width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_text, 100)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        self.empty_widget = empty
        return empty

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.merge_button = self._button(self.tr("Merge"), "M", self.tr("Merge these two (M)"))
        self.reject_button = self._button(
            self.tr("Not the same"), "N", self.tr("Keep them apart, now and after imports (N)")
        )
        self.skip_button = self._button(self.tr("Skip"), "S", self.tr("Decide later (S)"))
        self.undo_button = self._button(
            self.tr("Undo"), "Ctrl+Z", self.tr("Undo your last decision (Ctrl+Z)")
        )
        self.merge_button.clicked.connect(self.merge_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.skip_button.clicked.connect(self.skip_current)
        self.undo_button.clicked.connect(self.undo_last)
        for button in (self.merge_button, self.reject_button, self.skip_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        return row

    def _button(self, text: str, key: str, tip: str) -> QPushButton:
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{text}  ({shown})")
        button.setToolTip(safe_tooltip(tip))
        button.setMinimumHeight(34)
        return button

    def _build_shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        for name, key, slot in (
            ("merge", QKeySequence(Qt.Key.Key_M), self.merge_current),
            ("reject", QKeySequence(Qt.Key.Key_N), self.reject_current),
            ("skip", QKeySequence(Qt.Key.Key_S), self.skip_current),
            ("undo", QKeySequence(QKeySequence.StandardKey.Undo), self.undo_last),
        ):
            # Window-wide, but only while this page is visible (Qt skips hidden widgets);
            # line edits still get their letters (they claim them as shortcut overrides).
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut

    # --- page hooks ----------------------------------------------------------------------

    def on_opened(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()
        else:
            self._refresh_count()

    def on_shown(self) -> None:
        if self._stale:
            self.reload()

    def on_changed(self, changes: Changes) -> None:
        if not (changes.suggestions or changes.people):
            return
        self._stale = True
        if self.isVisible():
            self.reload()
        else:
            self._refresh_count()

    # --- the queue -----------------------------------------------------------------------

    def current(self) -> Suggestion | None:
        """The suggestion on screen, or None when the queue is empty."""
        return self.queue[self.index] if 0 <= self.index < len(self.queue) else None

    def reload(self) -> None:
        """Load the queue again, keeping the pair on screen where it still waits."""
        if not self.context.is_open:
            return
        self._generation += 1
        generation = self._generation

        def work(app: App) -> tuple[list[Suggestion], bool]:
            return app.review.pending(), app.review.can_undo

        self.context.read(work, lambda result: self._on_loaded(generation, result))

    def _on_loaded(self, generation: int, result: tuple[list[Suggestion], bool]) -> None:
        # A decision made while this load was under way starts a newer one: only the newest
        # load may replace the queue, or a pair already decided would flash back.
        if generation != self._generation:
            return
        queue, can_undo = result
        shown = self.current()
        wanted = self._want_id if self._want_id is not None else (shown.id if shown else None)
        self._want_id = None
        self.queue = queue
        ids = [s.id for s in queue]
        self.index = ids.index(wanted) if wanted in ids else min(self.index, len(queue) - 1)
        self.index = max(self.index, 0)
        self.can_undo = can_undo
        self._loaded = True
        self._stale = False
        self._show_current()

    def _refresh_count(self) -> None:
        if self.context.is_open:
            self.context.read(lambda app: app.review.count(), self._emit_badge)

    def _emit_badge(self, count: int) -> None:
        self.badge_changed.emit(QLocale().toString(count) if count else "")

    # --- decisions -----------------------------------------------------------------------

    def merge_current(self) -> None:
        """Merge the two people on screen (M)."""
        self._decide(lambda app, sid: app.review.accept(sid))

    def reject_current(self) -> None:
        """Remember that the two on screen are different people (N)."""
        self._decide(lambda app, sid: app.review.reject(sid))

    def skip_current(self) -> None:
        """Leave the pair on screen for later and show the next one (S)."""
        suggestion = self.current()
        if suggestion is None or not self.isVisible():
            return
        self.index = (self.index + 1) % len(self.queue)
        self._show_current()
        # Nothing is stored; the check only notices a pair decided elsewhere meanwhile.
        self.context.read(
            lambda app: app.review.skip(suggestion.id), lambda _: None, self._on_queue_moved
        )

    def undo_last(self) -> None:
        """Undo the last merge or "not the same" of this session (Ctrl+Z)."""
        if not self.can_undo or not self.isVisible() or not self.context.is_open:
            return
        self._want_id = self._decided[-1] if self._decided else None
        self.can_undo = False
        self._generation += 1
        self.context.write(lambda app: app.review.undo(), self._after_undo, self._on_queue_moved)

    def _after_undo(self, _changes: Any) -> None:
        if self._decided:
            self._decided.pop()

    def _decide(self, work: Callable[[App, int], Changes]) -> None:
        suggestion = self.current()
        if suggestion is None or not self.isVisible() or not self.context.is_open:
            return
        position = self.index
        self.queue.pop(position)
        if self.index >= len(self.queue):
            self.index = 0
        self._decided.append(suggestion.id)
        self.can_undo = True
        # A load already under way predates this decision: its queue must not be shown.
        self._generation += 1
        self._show_current()
        self.context.write(
            lambda app: work(app, suggestion.id),
            None,
            lambda error: self._on_decision_failed(error, suggestion, position),
        )

    def _on_decision_failed(
        self, error: BaseException, suggestion: Suggestion, position: int
    ) -> None:
        if self._decided and self._decided[-1] == suggestion.id:
            self._decided.pop()
        if isinstance(error, UsageError):
            self.queue.insert(min(position, len(self.queue)), suggestion)
            self.index = min(position, len(self.queue) - 1)
            self._show_current()
            self._refuse(error)
        self._on_queue_moved(error)

    def _on_queue_moved(self, error: BaseException) -> None:
        if not isinstance(error, NotFoundError | UsageError):
            self.context.runner.report(error)
        self.reload()

    def _refuse(self, error: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("These two cannot be merged"),
            self.tr("These two cannot be merged. Choose “Not the same” to keep them apart."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(str(error))
        box.setObjectName("mergeRefused")
        box.open()

    # --- showing -------------------------------------------------------------------------

    def _show_current(self) -> None:
        suggestion = self.current()
        has_pair = suggestion is not None
        for button in (self.merge_button, self.reject_button, self.skip_button):
            button.setVisible(has_pair)
        self.undo_button.setEnabled(self.can_undo)
        self.hint_label.setVisible(has_pair)
        if self._loaded:
            self._emit_badge(len(self.queue))
        if suggestion is None:
            self.stack.setCurrentWidget(self.empty_widget)
            self.progress_label.setText("" if self._loaded else self.tr("Loading…"))
            self.empty_title.setVisible(self._loaded)
            self.empty_text.setVisible(self._loaded)
            return
        self.stack.setCurrentWidget(self.pair_widget)
        locale = QLocale()
        self.progress_label.setText(
            self.tr("%1 of %2")
            .replace("%1", locale.toString(self.index + 1))
            .replace("%2", locale.toString(len(self.queue)))
        )
        left = card_values(suggestion.left_record)
        right = card_values(suggestion.right_record)
        left_marks, right_marks = differing_keys(left, right)
        self.left_card.show_record(suggestion.left, suggestion.left_record, left, left_marks)
        self.right_card.show_record(suggestion.right, suggestion.right_record, right, right_marks)
        self.evidence_view.set_evidence(suggestion.evidence)
        self.total_label.setText(
            self.tr("Total %1 points. %2")
            .replace("%1", signed_points(suggestion.score))
            .replace("%2", score_meaning(suggestion.score))
        )
