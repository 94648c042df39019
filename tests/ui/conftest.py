"""Fixtures for the GUI tests: an AppContext over the test station, the main window, and
typing helpers that behave like a person at the keyboard."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ocop_desktop.domain.records import LogRecord
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui import tasks
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.main_window import MainWindow
from tests.conftest import make_record

ROOT = Path(__file__).resolve().parents[2]


def run_qt_script(script: str, *args: str, check: bool = False,
                  ) -> subprocess.CompletedProcess[str]:
    """``python -c script args…`` in a child process: offscreen Qt, this checkout's package,
    output captured. For what must not happen in the suite's own process (a crash on
    purpose, a fresh start); a child that crashes writes no core file into the checkout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=check,
                          preexec_fn=_no_core_file if os.name == "posix" else None)


def _no_core_file() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def settle(qtbot=None, timeout: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Wait, with the event loop running, until every background task started so far has
    ended and its outcome reached the window (tasks run in the real thread pool)."""
    if qtbot is not None:
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=timeout)
        return
    deadline = time.monotonic() + timeout / 1000
    while tasks.pending():
        assert time.monotonic() < deadline, f"{tasks.pending()} background tasks still running"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def wait_until_started(window: MainWindow, timeout: int = 20_000) -> None:
    """Run the event loop until the window has been painted and has built its page (what
    ``ocop-desktop`` does in the event loop's first turns)."""
    deadline = time.monotonic() + timeout / 1000
    while not window.started:
        assert time.monotonic() < deadline, "the window did not finish its start"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


@pytest.fixture
def ctx(station: Repository, tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """The test station (see tests/conftest.py) behind an AppContext.

    Deleted before the database closes, with the services parented to it (their timers
    would otherwise run against a closed file after the test); background tasks still under
    way end first (their outcome would otherwise reach a page after the file closed)."""
    context = AppContext(station, tmp_path / "test.sqlite")
    yield context
    settle()
    shiboken6.delete(context)


class MessageBoxes:
    """Stands in for QMessageBox's static functions: records what would have been asked and
    answers ``answer`` (a modal box would block a test forever)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard

    def patch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for kind in ("question", "warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._fake(kind))

    def _fake(self, kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.shown.append((kind, title, text))
            return self.answer
        return staticmethod(show)


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    boxes.patch(monkeypatch)
    return boxes


@pytest.fixture
def main_window(ctx: AppContext, qtbot, message_boxes: MessageBoxes) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """The main window, shown and active (so shortcuts work as for a user); message boxes
    are answered by ``message_boxes``."""
    from ocop_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()


def add_records(repo: Repository, records: Iterable[LogRecord]) -> int:
    with repo.db.atomic():
        return repo.insert_records(records)


def many_records(count: int, **fields: object) -> Iterator[LogRecord]:
    """``count`` valid records, one per minute back from 2022-12-31 18:00, distinct titles."""
    start = dt.datetime(2022, 12, 31, 18, 0)
    for n in range(count):
        at = start - dt.timedelta(minutes=n * 37)
        yield make_record(date=at.date(), time=at.time().replace(second=0, microsecond=0),
                          title=f"Bản tin số {n:05d}", **fields)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(text: str, widget: QWidget | None = None) -> None:
    """Type into the focused widget. QTest only knows ASCII keys; other characters (the
    Vietnamese letters) arrive as key events carrying their text, as an input method sends."""
    target = widget or focused()
    for char in text:
        if char.isascii():
            QTest.keyClick(target, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          widget: QWidget | None = None) -> None:
    """Press a key on the focused widget (shortcuts are tried first, as in real use)."""
    QTest.keyClick(widget or focused(), key, modifiers)


def tab(times: int = 1) -> None:
    for _ in range(times):
        press(Qt.Key.Key_Tab)
