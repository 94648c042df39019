"""Garbage is collected in the GUI thread only (issue 10, ``ocop_desktop.ui.collector``).

A collection started by a worker frees whatever cycles are unreachable at that moment,
Qt objects of the window among them, in the worker's thread."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ocop_desktop.ui import collector
from ocop_desktop.ui.tasks import Progress, TaskRunner
from tests.ui.conftest import run_qt_script, settle


def _make_cycles(_progress: Progress | None = None) -> int:
    """What a big export or import does to the collector's counts: many containers, some
    of them in cycles."""
    for _ in range(20):
        junk = []
        for _ in range(5_000):
            item: list[object] = []
            item.append(item)
            junk.append(item)
        del junk
    return 0


@pytest.fixture
def collecting_threads() -> Iterator[list[str]]:
    """The names of the threads that start a collection while the test runs."""
    names: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            names.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        yield names
    finally:
        gc.callbacks.remove(record)


def _run_in_workers(qtbot, tasks: int = 6) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    for _ in range(tasks):
        runner.run(_make_cycles, title="t", on_done=lambda _r: None, on_error=pytest.fail,
                   show_dialog=False)
    settle(qtbot)


def test_workers_never_collect_and_the_gui_thread_does(qapp: QApplication, qtbot,  # type: ignore[no-untyped-def]
                                                       collecting_threads: list[str]) -> None:
    assert not gc.isenabled()
    # A Qt object in a cycle, made garbage while the workers allocate.
    holder = QObject()
    holder.me = holder  # type: ignore[attr-defined]
    gone = weakref.ref(holder)
    del holder
    _run_in_workers(qtbot)
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # collected, by the timer
    gui = threading.current_thread().name
    assert collecting_threads, "nothing was collected"
    assert set(collecting_threads) == {gui}


# Dialogs with a running timer, caught in cycles, made garbage; then a worker allocates
# enough to start collections. Run in a child process: without the collector the dialogs are
# destroyed in the worker's thread, which Qt reports and which can crash the window.
SCENARIO = """
import gc, sys, threading
from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog
from ocop_desktop.ui.collector import collect_in_gui_thread
from tests.ui.test_collector import _make_cycles

app = QApplication([])
if sys.argv[1] == "collector":
    collect_in_gui_thread(app)
messages = []
qInstallMessageHandler(lambda _mode, _context, text: messages.append(text))


class Dialog(QDialog):
    def __init__(self):
        super().__init__()
        self.me = self  # a cycle, as a lambda over the dialog connected to a signal makes
        self.timer = QTimer(self)
        self.timer.start(60_000)


for _ in range(5):
    Dialog()
collectors = set()
gc.callbacks.append(lambda phase, _info: phase == "start" and collectors.add(
    threading.current_thread().name))
worker = threading.Thread(target=_make_cycles, name="worker")
worker.start()
worker.join()
later = QTimer()
later.setSingleShot(True)
later.timeout.connect(app.quit)
later.start(500)
app.exec()
print("collected in:", ",".join(sorted(collectors)) + ";")
print("destroyed from another thread:", sum("another thread" in m for m in messages))
"""


def _scenario(mode: str) -> str:
    done = run_qt_script(SCENARIO, mode)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_with_the_collector_qt_objects_in_cycles_die_in_the_gui_thread() -> None:
    out = _scenario("collector")
    assert "collected in: MainThread;" in out
    assert "destroyed from another thread: 0\n" in out


def test_without_it_a_worker_destroys_them() -> None:
    """What the collector prevents: with Python's automatic collection, the worker's
    allocations start the collections, and the dialogs die in the worker's thread."""
    out = _scenario("automatic")
    threads = out.split("collected in: ")[1].split(";")[0].split(",")
    assert "worker" in threads
    assert "destroyed from another thread: 0\n" not in out


def test_one_collector_per_application(qapp: QApplication) -> None:
    first = collector.collect_in_gui_thread(qapp)
    assert collector.collect_in_gui_thread(qapp) is first
    assert shiboken6.isValid(first) and first.parent() is qapp


def test_check_collects_the_generation_cpython_would(qapp: QApplication) -> None:
    gc.collect()
    collector_ = collector.collect_in_gui_thread(qapp)
    before = collector_.collections
    collector_.check()  # nothing allocated since: nothing to do
    assert collector_.collections == before
    _make_cycles()
    assert gc.get_count()[0] > collector_.thresholds[0]
    collector_.check()
    assert collector_.collections == before + 1
    assert gc.get_count()[0] < collector_.thresholds[0]
