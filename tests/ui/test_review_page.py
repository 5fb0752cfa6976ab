# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Review page, driven with its keys: merge, keep apart, skip, undo; what the cards show."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hrconnect.core.changes import Changes
from hrconnect.errors import UsageError
from hrconnect.services.app import App
from tests.services.conftest import finish, run_import, write_connections, write_vcards
from tests.ui.windows import close_threaded

from hrconnect.ui.main_window import MainWindow
from hrconnect.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.paths import AppPaths

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.pages.review import ReviewPage

# Common names with nothing else in common: the matcher asks rather than merges.
PEETERS_LINKEDIN = (
    "Jan,Peeters,https://www.linkedin.com/in/jan-peeters-7,,Solvaris SA,CFO,01 Mar 2025"
)
PEETERS_CARD = "N:Peeters;Jan;;;\nFN:Jan Peeters\nTEL;TYPE=cell:+32 499 00 00 01"
CLAES_LINKEDIN = "Marie,Claes,https://www.linkedin.com/in/marie-claes,,Acme NV,HRBP,01 Mar 2025"
CLAES_CARD = "N:Claes;Marie;;;\nFN:Marie Claes\nTEL;TYPE=cell:+32 499 00 00 02"


def load_pairs(
    window: MainWindow, tmp_path: Path, linkedin: list[str], cards: list[str]
) -> ReviewPage:
    """Import the exports, announce the change as an import would, show the Review page."""
    app = window.context.app
    assert app is not None
    run_import(
        app, write_connections(tmp_path / "li", linkedin), write_vcards(tmp_path / "phone", cards)
    )
    window.signals.changed.emit(Changes(people=True, suggestions=True, imports=True))
    window.show_page("review")
    page = window.page_by_key["review"]
    return page  # type: ignore[return-value]


def activate(qtbot, window: MainWindow) -> None:
    """Window shortcuts only fire in the active window."""
    with qtbot.waitActive(window):
        window.activateWindow()


def shown_names(page: ReviewPage) -> tuple[str, str]:
    return page.left_card.name_label.text(), page.right_card.name_label.text()


@pytest.fixture
def two_pairs(qtbot, window: MainWindow, tmp_path: Path) -> ReviewPage:
    page = load_pairs(
        window, tmp_path, [CLAES_LINKEDIN, PEETERS_LINKEDIN], [CLAES_CARD, PEETERS_CARD]
    )
    activate(qtbot, window)
    assert len(page.queue) == 2
    return page


def test_the_sidebar_counts_the_pairs_waiting(window: MainWindow, two_pairs: ReviewPage) -> None:
    assert window.sidebar.item(window.page_list.index(two_pairs)).text().endswith("(2)")
    assert two_pairs.progress_label.text() == "1 of 2"


def test_m_merges_the_pair_and_shows_the_next_one(
    qtbot, context: UiContext, two_pairs: ReviewPage
) -> None:
    app = context.app
    assert app is not None
    before = app.people.count()
    first = two_pairs.current()
    assert first is not None

    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_M)

    assert app.people.count() == before - 1
    assert app.review.count() == 1
    following = two_pairs.current()
    assert following is not None
    assert following.id != first.id
    assert two_pairs.progress_label.text() == "1 of 1"
    assert app.people.detail(first.left.id).summary.record_count == 2


def test_n_keeps_them_apart_even_after_a_full_matching_pass(
    qtbot, context: UiContext, two_pairs: ReviewPage
) -> None:
    app = context.app
    assert app is not None
    before = app.people.count()
    rejected = two_pairs.current()
    assert rejected is not None

    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_N)
    finish(app.dedupe.run(full=True))

    assert app.people.count() == before
    waiting = {(s.left_record.id, s.right_record.id) for s in app.review.pending()}
    assert (rejected.left_record.id, rejected.right_record.id) not in waiting
    assert len(waiting) == 1


def test_s_skips_to_the_next_pair_and_decides_nothing(
    qtbot, context: UiContext, two_pairs: ReviewPage
) -> None:
    first = two_pairs.current()
    assert first is not None

    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_S)

    second = two_pairs.current()
    assert second is not None
    assert second.id != first.id
    assert two_pairs.progress_label.text() == "2 of 2"
    assert context.app is not None
    assert context.app.review.count() == 2
    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_S)
    back = two_pairs.current()
    assert back is not None
    assert back.id == first.id


def test_ctrl_z_undoes_the_last_merge_and_shows_that_pair_again(
    qtbot, context: UiContext, two_pairs: ReviewPage
) -> None:
    app = context.app
    assert app is not None
    before = app.people.count()
    merged = two_pairs.current()
    assert merged is not None
    assert not two_pairs.undo_button.isEnabled()

    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_M)
    assert two_pairs.undo_button.isEnabled()
    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert app.people.count() == before
    assert app.review.count() == 2
    current = two_pairs.current()
    assert current is not None
    assert current.id == merged.id
    assert not two_pairs.undo_button.isEnabled()


def test_the_buttons_do_what_the_keys_do(qtbot, context: UiContext, two_pairs: ReviewPage) -> None:
    app = context.app
    assert app is not None
    qtbot.mouseClick(two_pairs.reject_button, Qt.MouseButton.LeftButton)
    assert app.review.count() == 1
    qtbot.mouseClick(two_pairs.undo_button, Qt.MouseButton.LeftButton)
    assert app.review.count() == 2


def test_keys_do_nothing_while_another_page_is_shown(
    qtbot, window: MainWindow, context: UiContext, two_pairs: ReviewPage
) -> None:
    window.show_page("people")
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert context.app is not None
    assert context.app.review.count() == 2
    window.show_page("review")  # the control: the same key on the review page merges
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert context.app.review.count() == 1


def test_deciding_the_last_pair_shows_the_empty_state(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    page = load_pairs(window, tmp_path, [PEETERS_LINKEDIN], [PEETERS_CARD])
    activate(qtbot, window)
    assert page.stack.currentWidget() is page.pair_widget

    qtbot.keyClick(window, Qt.Key.Key_N)

    assert page.current() is None
    assert page.stack.currentWidget() is page.empty_widget
    assert window.sidebar.item(window.page_list.index(page)).text() == page.title()
    assert page.undo_button.isEnabled(), "the last decision can still be undone"


def test_differing_fields_are_marked_and_missing_ones_are_not(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    card = (
        "N:Peeters;Jan;;;\nFN:Jan Peeters\nORG:Contoso\nTITLE:Recruiter\n"
        "TEL;TYPE=cell:+32 499 00 00 01"
    )
    page = load_pairs(window, tmp_path, [PEETERS_LINKEDIN], [card])
    suggestion = page.current()
    assert suggestion is not None
    linkedin_card, phone_card = (
        (page.left_card, page.right_card)
        if suggestion.left_record.kind.value == "linkedin"
        else (page.right_card, page.left_card)
    )

    assert sorted(linkedin_card.differing_texts()) == ["CFO", "Solvaris SA"]
    assert sorted(phone_card.differing_texts()) == ["Contoso", "Recruiter"]
    # The same name is not a difference; a phone only one side has is not a contradiction.
    assert not linkedin_card.name_label.property("differs")
    phone_label = phone_card.value_labels["phone"][0]
    assert phone_label.text() == "+32 499 00 00 01"
    assert not phone_label.property("differs")


def test_the_evidence_is_listed_in_words_with_signed_points(
    window: MainWindow, tmp_path: Path
) -> None:
    page = load_pairs(window, tmp_path, [PEETERS_LINKEDIN], [PEETERS_CARD])
    suggestion = page.current()
    assert suggestion is not None
    model = page.evidence_view.model()
    rows = [
        [model.index(row, column).data() for column in range(3)] for row in range(model.rowCount())
    ]

    assert len(rows) == len(suggestion.evidence) >= 2
    assert rows[0] == ["Last name", f"+{suggestion.evidence[0]['points']:.1f}", "Peeters = Peeters"]
    assert rows[1][0] == "First name"
    assert page.total_label.text().startswith(f"Total +{suggestion.score:.1f} points")
    assert "please confirm" in page.total_label.text()


def test_names_on_the_cards_are_shown_as_plain_text(window: MainWindow, tmp_path: Path) -> None:
    hostile = "<img src=x> <b>Bold</b>"
    card = f"N:Peeters;Jan;;;\nFN:{hostile}\nTEL;TYPE=cell:+32 499 00 00 01"
    page = load_pairs(window, tmp_path, [PEETERS_LINKEDIN], [card])

    assert hostile in shown_names(page)
    labels = [page.left_card.name_label, page.right_card.name_label]
    label = next(label for label in labels if label.text() == hostile)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.property("differs"), "a different name is marked"


def test_a_pair_decided_elsewhere_meanwhile_is_passed_over_quietly(
    qtbot, context: UiContext, two_pairs: ReviewPage
) -> None:
    app = context.app
    assert app is not None
    stale = two_pairs.current()
    assert stale is not None
    app.review.reject(stale.id)  # behind the page's back: no changed signal

    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_M)

    assert app.review.count() == 1
    left = two_pairs.current()
    assert left is not None
    assert left.id != stale.id
    assert two_pairs.progress_label.text() == "1 of 1"


def test_a_refused_merge_keeps_the_pair_and_says_why(
    qtbot, monkeypatch: pytest.MonkeyPatch, context: UiContext, two_pairs: ReviewPage
) -> None:
    app = context.app
    assert app is not None
    refused = two_pairs.current()
    assert refused is not None

    def refuse(suggestion_id: int) -> Changes:
        raise UsageError("both people have a linkedin record")

    monkeypatch.setattr(app.review, "accept", refuse)
    qtbot.keyClick(two_pairs.window(), Qt.Key.Key_M)

    kept = two_pairs.current()
    assert kept is not None
    assert kept.id == refused.id
    box = two_pairs.findChild(QMessageBox, "mergeRefused")
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "linkedin record" in box.informativeText()
    box.close()


def test_quick_keys_on_a_real_worker_thread_decide_each_pair_once(
    qtbot, app_paths: AppPaths, tmp_path: Path
) -> None:
    with App(app_paths) as app:
        run_import(
            app,
            write_connections(tmp_path / "li", [CLAES_LINKEDIN, PEETERS_LINKEDIN]),
            write_vcards(tmp_path / "phone", [CLAES_CARD, PEETERS_CARD]),
        )
        people_before = app.people.count()
    runner = TaskRunner()
    window = MainWindow(app_paths, runner)
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.open_store()
    window.show()
    window.show_page("review")
    page: ReviewPage = window.page_by_key["review"]  # type: ignore[assignment]
    qtbot.waitUntil(lambda: len(page.queue) == 2)
    with qtbot.waitActive(window):
        window.activateWindow()

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    qtbot.keyClick(window, Qt.Key.Key_M)
    qtbot.keyClick(window, Qt.Key.Key_N)  # before the merge is stored: acts on the next pair
    qtbot.waitUntil(lambda: busy[-1:] == [False] and page.current() is None, timeout=10_000)
    close_threaded(window, runner)

    with App(app_paths) as app:
        assert app.review.count() == 0
        assert app.people.count() == people_before - 1
