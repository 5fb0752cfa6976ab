# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The window's worker: work off the GUI thread, results and errors back on it, cancellation."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from hrconnect.core.progress import Progress
from hrconnect.errors import CancelledError

from hrconnect.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Generator

    from hrconnect.core.progress import CancelToken


def test_work_runs_on_the_worker_and_the_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["work_thread"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["done_thread"] = threading.current_thread()
        seen["result"] = result

    runner.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    runner.shutdown()
    assert seen["result"] == 42
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["done_thread"] is threading.main_thread()


def test_an_error_without_a_handler_reaches_the_failed_signal(qtbot: Any) -> None:
    runner = TaskRunner()

    def work() -> None:
        raise ValueError("broken row")

    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(work)
    runner.shutdown()
    message, details = blocker.args
    assert message == "broken row"
    assert "ValueError" in details


def test_busy_goes_on_then_off(qtbot: Any) -> None:
    runner = TaskRunner()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    finished: list[object] = []
    runner.run(lambda: 1, finished.append)
    runner.run(lambda: 2, finished.append)
    qtbot.waitUntil(lambda: len(finished) == 2)
    runner.shutdown()
    assert busy == [True, False]
    assert finished == [1, 2]  # in submission order


def test_a_cancelled_generator_stops_at_its_next_yield_and_reports_cancellation(
    qtbot: Any,
) -> None:
    runner = TaskRunner()
    release = threading.Event()
    steps: list[int] = []
    cleaned_up: list[bool] = []
    errors: list[BaseException] = []

    def work(token: CancelToken) -> Generator[Progress, None, str]:
        try:
            for step in range(1000):
                steps.append(step)
                if step == 1:
                    release.wait(5)
                yield Progress(step, 1000, "storing")
        finally:
            cleaned_up.append(True)  # where a unit of work would roll back
        return "finished"

    handle = runner.run_generator(work, lambda _p: None, on_error=errors.append)
    qtbot.waitUntil(lambda: len(steps) >= 2)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(errors))
    runner.shutdown()
    assert isinstance(errors[0], CancelledError)
    assert cleaned_up == [True]
    assert len(steps) < 1000


def test_work_submitted_after_shutdown_is_dropped_not_crashed(qtbot: Any) -> None:
    runner = TaskRunner()
    runner.shutdown()
    ran: list[int] = []
    runner.run(lambda: ran.append(1))
    handle = runner.run_generator(lambda _t: iter(()), lambda _p: None)  # type: ignore[arg-type,return-value]
    qtbot.wait(50)
    assert ran == []
    assert handle.token.cancelled
