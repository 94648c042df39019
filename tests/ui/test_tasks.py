"""Background tasks under the real QThreadPool (issue 10, point 3): hundreds of short tasks
finishing, failing and being cancelled at random moments, with their progress dialogs, while
the GUI thread is watched for freezes. Before the redesign the window froze or died when a
task ended (a pool thread freed a Python callable connected to the dialog's signal)."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from ocop_desktop.ui import tasks
from ocop_desktop.ui.tasks import Progress, TaskRunner
from tests.ui.conftest import settle
from tests.ui.watchdog import Watchdog


class BoomError(Exception):
    pass


def test_one_task_runs_in_a_pool_thread_and_reports_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = QThread.currentThread() != gui
        progress.update(1, 2, "một nửa")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() == gui

    with qtbot.waitSignal(runner.ended, timeout=10_000):
        runner.run(work, title="Thử", on_done=done, on_error=pytest.fail)
    assert seen == {"worker": True, "result": 42, "gui": True}
    assert not runner.busy and tasks.pending() == 0


def test_failure_and_cancel_reach_their_callbacks(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    errors: list[Exception] = []
    cancelled: list[bool] = []
    started = threading.Event()

    def fail(_progress: Progress) -> None:
        raise BoomError("hỏng")

    def slow(progress: Progress) -> None:
        started.set()
        while True:
            progress.update(0, 0)
            time.sleep(0.005)

    runner.run(fail, title="Lỗi", on_done=pytest.fail, on_error=errors.append)
    handle = runner.run(slow, title="Dài", on_done=pytest.fail, on_error=pytest.fail,
                        on_cancel=lambda: cancelled.append(True))
    assert started.wait(10)
    handle.cancel()
    settle(qtbot)
    assert [type(e) for e in errors] == [BoomError]
    assert "BoomError: hỏng" in errors[0].__traceback_text__  # type: ignore[attr-defined]
    assert errors[0].__traceback__ is None  # the worker's frames were let go in the worker
    assert cancelled == [True]


def _dialogs(parent: QWidget) -> list[QProgressDialog]:
    return [d for d in parent.findChildren(QProgressDialog)
            if shiboken6.isValid(d) and d.isVisible()]


def _press_cancel(parent: QWidget) -> None:
    if shiboken6.isValid(parent):
        for dialog in _dialogs(parent):
            dialog.findChild(QPushButton).click()


def test_cancel_button_and_escape_stop_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner(window)
    outcomes: list[str] = []

    def slow(progress: Progress) -> None:
        for n in range(2000):
            progress.update(n, 2000, "đang làm")
            time.sleep(0.005)

    for how in ("button", "escape"):
        runner.run(slow, title="Dài", on_done=lambda _r: outcomes.append("done"),
                   on_error=lambda _e: outcomes.append("error"),
                   on_cancel=lambda: outcomes.append("cancelled"))
        qtbot.waitUntil(lambda: bool(_dialogs(window)), timeout=5000)  # shown after 300 ms
        dialog = _dialogs(window)[0]
        if how == "button":
            QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        settle(qtbot)
        assert not _dialogs(window)
    assert outcomes == ["cancelled", "cancelled"]


def test_stress_many_tasks_ending_every_way_at_random_moments(qtbot) -> None:  # type: ignore[no-untyped-def]
    """600 tasks on three runners (one of them closed half-way), each finishing, failing,
    cancelled before it starts, while running, or just as it ends; most with a dialog, some
    long enough for the dialog to show and be cancelled by its button."""
    rng = random.Random(20260610)
    windows = [QWidget() for _ in range(3)]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
    runners = [TaskRunner(w) for w in windows]
    expected: dict[int, str] = {}
    delivered: Counter[tuple[int, str]] = Counter()
    plans: dict[int, str] = {}
    handles: dict[int, Progress] = {}
    doomed = runners[2]  # its window is closed while its tasks run

    held: dict[int, threading.Event] = {}  # cancel-early work waits until it is cancelled

    def make_work(number: int, plan: str, steps: int, pause: float) -> Callable[[Progress], int]:
        def work(progress: Progress) -> int:
            if number in held:
                held[number].wait(10)
                progress.update(0, 1)  # raises Cancelled
            for step in range(steps):
                progress.update(step, steps, f"bước {step}")
                time.sleep(pause)
            if plan == "fail":
                raise BoomError(number)
            return number
        return work

    def record(number: int, outcome: str) -> Callable[..., None]:
        def callback(*_args: object) -> None:
            delivered[(number, outcome)] += 1
        return callback

    with Watchdog(limit=5.0) as watchdog:
        for number in range(600):
            # A handful at a time, as a user could start them (600 open dialogs at once
            # would only measure how slowly Qt paints 600 windows).
            qtbot.waitUntil(lambda: tasks.pending() < 6, timeout=30_000)
            plan = rng.choice(["done", "done", "fail", "cancel-early", "cancel-running",
                               "cancel-at-end", "long-cancel-by-button"])
            steps, pause = rng.randint(0, 8), rng.uniform(0, 0.003)
            if plan == "long-cancel-by-button":
                steps, pause = 100, 0.004  # > 300 ms: the dialog shows
            runner = runners[number % 3] if shiboken6.isValid(runners[number % 3]) else runners[0]
            plans[number] = plan
            if plan == "cancel-early":
                held[number] = threading.Event()
            handle = runner.run(
                make_work(number, plan, steps, pause), title=f"Việc {number}",
                on_done=record(number, "done"), on_error=record(number, "error"),
                on_cancel=record(number, "cancelled"), show_dialog=number % 5 != 0)
            handles[number] = handle
            if runner is not doomed:
                expected[number] = plan
            if plan == "cancel-early":
                handle.cancel()  # before it starts, or while it waits (never after it ends)
                held[number].set()
            elif plan == "cancel-running":
                QTimer.singleShot(rng.randint(0, 15), handle.cancel)
            elif plan == "cancel-at-end":
                QTimer.singleShot(rng.randint(0, 40), handle.cancel)
            elif plan == "long-cancel-by-button":
                QTimer.singleShot(rng.randint(320, 420),
                                  partial(_press_cancel, windows[runners.index(runner)]))
            if number % 7 == 0:
                QApplication.processEvents()
            if number % 50 == 0:
                qtbot.wait(rng.randint(0, 30))
            if number == 300:
                doomed.parent().deleteLater()  # the page closes with tasks under way
        settle(qtbot, timeout=30_000)
        qtbot.wait(50)
        watchdog.check()

    assert tasks.pending() == 0
    assert all(count == 1 for count in delivered.values())  # never twice
    delivered_numbers = Counter(number for number, _ in delivered)
    for number, plan in expected.items():
        assert delivered_numbers[number] == 1, (number, plan)
        outcome = next(o for (n, o) in delivered if n == number)
        if plan == "done":
            assert outcome == "done", (number, plan, outcome)
        elif plan == "fail":
            assert outcome == "error", (number, plan, outcome)
        elif plan == "cancel-early":
            assert outcome == "cancelled", (number, plan, outcome)
        else:  # a cancel racing the end: either is right, nothing else
            assert outcome in ("done", "cancelled"), (number, plan, outcome)
    by_outcome = Counter(o for (_n, o) in delivered)
    assert by_outcome["done"] > 100 and by_outcome["error"] > 50 and by_outcome["cancelled"] > 100
    for window in windows[:2]:
        assert not _dialogs(window)


def test_shutdown_stops_running_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At exit (app.py): running work is asked to stop and the pool threads are waited for;
    the outcome is never delivered to a window that is going away."""
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    stopped = threading.Event()
    started = threading.Event()

    def endless(progress: Progress) -> None:
        started.set()
        try:
            while True:
                progress.update(0, 0)
                time.sleep(0.005)
        finally:
            stopped.set()

    runner.run(endless, title="Mãi", on_done=pytest.fail, on_error=pytest.fail,
               show_dialog=False)
    assert started.wait(10)
    assert tasks.shutdown(10_000)  # cancelled and waited for (False past 10 s)
    assert stopped.is_set()
    settle(qtbot)  # the cancellation reaches the runner: nothing else happens
