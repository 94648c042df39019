"""Long work (exports, imports, sending, demo data) off the GUI thread, with progress.

``TaskRunner.run(work, …)`` runs ``work(progress)`` in a QThreadPool worker and shows a
cancellable progress dialog. ``work`` receives a ``Progress`` to report ``(done, total)`` and
to check ``cancelled``; it must open its own database connection (a SQLite connection belongs
to its thread, DESIGN.md §8). ``on_done(result)``, ``on_error(exc)`` and ``on_cancel()`` are
called later in the GUI thread, exactly one of them, once.

How the threads meet (issue 10: the window froze or died when a task ended):

* No Python callable is connected to a Qt signal that another thread emits. A worker emits
  the signals of ONE ``_Relay`` QObject, which lives in the GUI thread for the life of the
  program and receives them itself in slots: queued calls, run by the GUI thread's event
  loop. The worker's signals carry only numbers and text.
* The worker holds no QObject, no widget and no callback: only its task number, the work
  function, a ``Progress`` and a box for the outcome. It lets go of all of them before it
  announces the end, so every Python object the GUI cares about is released in the GUI
  thread (an exception's traceback, which holds the worker's frames, is cut in the worker).
* Cancelling sets a ``threading.Event`` that the work checks; the dialog's Cancel button
  (and Esc) reach it through a slot of the dialog itself, in the GUI thread.
* Workers never run Python's garbage collector: ``ui.collector`` runs it in the GUI
  thread, so a Qt object caught in a cycle is never freed in a worker's thread.
* The end is delivered once. A cancel pressed after the work finished, a dialog already
  gone, or a runner whose page was closed in the meantime are all ignored safely; the
  outcome of a task whose runner is gone is dropped.

Tests run the real thread pool and wait with ``qtbot.waitUntil(lambda: not runner.busy)``
or ``qtbot.waitSignal(runner.ended)``.
"""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6 import QtCore  # ``QtCore.Qt`` when used: see ui/first_paint.py
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

# Progress reports closer together than this are not sent (an import of a million rows
# would otherwise queue a million events); the first, the last and a new text always are.
PROGRESS_INTERVAL_S = 0.04


class Cancelled(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside work when the user pressed Cancel."""


class _Outcome(IntEnum):
    DONE = 0
    FAILED = 1
    CANCELLED = 2


class Progress:
    """Passed to the work function: report progress, and stop when cancelled.

    Plain Python, safe to use from any thread; it holds no Qt object."""

    def __init__(self, task_id: int, cancel: threading.Event) -> None:
        self._task_id = task_id
        self._cancel = cancel
        self._last_sent = 0.0
        self._last_text = ""

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if (text == self._last_text and 0 < done < total
                and now - self._last_sent < PROGRESS_INTERVAL_S):
            return
        self._last_sent, self._last_text = now, text
        relay = _RELAY
        if relay is not None:
            relay.progress.emit(self._task_id, done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def _cut_tracebacks(exc: BaseException) -> None:
    """Drop the frames an exception holds (and those of its causes), in the worker."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__


class _Runnable(QRunnable):
    """What a pool thread runs. Holds no Qt object besides itself."""

    def __init__(self, task_id: int, work: Callable[[Progress], Any], progress: Progress,
                 box: list[Any], left: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._parts: tuple[int, Callable[[Progress], Any], Progress, list[Any],
                           threading.Event] | None = (task_id, work, progress, box, left)

    def run(self) -> None:
        assert self._parts is not None
        task_id, work, progress, box, left = self._parts
        self._parts = None
        outcome = _execute(work, progress, box)
        del work, progress, box  # released here, before the GUI thread hears of the end
        left.set()
        relay = _RELAY
        if relay is not None:
            relay.ended.emit(task_id, int(outcome))


def _execute(work: Callable[[Progress], Any], progress: Progress, box: list[Any]) -> _Outcome:
    """Run the work; put its result or exception in ``box``; say how it ended."""
    if progress.cancelled:  # cancelled while it waited for a pool thread
        return _Outcome.CANCELLED
    try:
        box.append(work(progress))
    except Cancelled:
        return _Outcome.CANCELLED
    except Exception as exc:  # shown to the user by the caller's on_error
        exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        _cut_tracebacks(exc)
        box.append(exc)
        return _Outcome.FAILED
    return _Outcome.DONE


class _TaskDialog(QProgressDialog):
    """The progress dialog of one task; Cancel (button, Esc, closing it) sets the task's
    cancel flag through a slot of the dialog itself."""

    def __init__(self, title: str, cancel_text: str, parent: QWidget | None,
                 cancel: threading.Event) -> None:
        super().__init__(title, cancel_text, 0, 0, parent)
        self._cancel = cancel
        self.setWindowTitle(title)
        self.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(self._request_cancel)

    @Slot()
    def _request_cancel(self) -> None:
        if not self._cancel.is_set():
            self._cancel.set()
            self.setLabelText(self.tr("Đang hủy…"))

    def reject(self) -> None:
        """Override QDialog.reject (Esc): cancel the work; the dialog goes when it stops."""
        self._request_cancel()

    def dismiss(self) -> None:
        """Hide for good (QProgressDialog.cancel hides and stops its show timer without
        emitting ``canceled``), then delete."""
        self.cancel()
        self.deleteLater()


@dataclass(eq=False)
class _Task:
    id: int
    runner: TaskRunner
    dialog: _TaskDialog | None
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None]
    on_cancel: Callable[[], None] | None
    cancel: threading.Event
    # Kept here so that the work function (a closure over a page, say) is let go in the GUI
    # thread, when the task is delivered, and never last in the worker.
    work: Callable[[Progress], Any] | None = None
    box: list[Any] = field(default_factory=list)
    left: threading.Event = field(default_factory=threading.Event)  # the worker let go


class _Relay(QObject):
    """Lives in the GUI thread for the life of the program; workers emit its signals and it
    receives them itself, queued, in the GUI thread."""

    progress = Signal(int, int, int, str)  # task, done, total, text
    ended = Signal(int, int)  # task, _Outcome

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, _Task] = {}
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self.progress.connect(self._on_progress, queued)
        self.ended.connect(self._on_ended, queued)

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        task = self.tasks.get(task_id)
        dialog = task.dialog if task is not None else None
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text and not task.cancel.is_set():  # type: ignore[union-attr]
            dialog.setLabelText(text)

    @Slot(int, int)
    def _on_ended(self, task_id: int, outcome: int) -> None:
        task = self.tasks.pop(task_id, None)
        if task is None:
            return
        if task.dialog is not None and shiboken6.isValid(task.dialog):
            task.dialog.dismiss()
        runner = task.runner
        if not shiboken6.isValid(runner):
            return  # its page is gone: nobody to tell
        payload = task.box[0] if task.box else None
        task.box.clear()
        try:
            if outcome == _Outcome.DONE:
                task.on_done(payload)
            elif outcome == _Outcome.FAILED:
                task.on_error(payload if isinstance(payload, Exception)
                              else RuntimeError("task failed"))
            elif task.on_cancel is not None:
                task.on_cancel()
        finally:
            runner.ended.emit()


_RELAY: _Relay | None = None
_IDS = itertools.count(1)


def _relay() -> _Relay:
    global _RELAY
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() == app.thread(), \
        "tasks are started from the GUI thread"
    if _RELAY is None or not shiboken6.isValid(_RELAY):
        _RELAY = _Relay()
    return _RELAY


class TaskRunner(QObject):
    """Starts background tasks; one runner per page is enough."""

    ended = Signal()  # after a task's on_done/on_error/on_cancel ran (GUI thread)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent

    def run(self, work: Callable[[Progress], Any], *, title: str,
            on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
            on_cancel: Callable[[], None] | None = None, show_dialog: bool = True) -> Progress:
        relay = _relay()
        task_id = next(_IDS)
        cancel = threading.Event()
        dialog = (_TaskDialog(title, self.tr("Hủy"), self._parent, cancel)
                  if show_dialog else None)
        task = _Task(task_id, self, dialog, on_done, on_error, on_cancel, cancel, work)
        relay.tasks[task_id] = task
        QThreadPool.globalInstance().start(
            _Runnable(task_id, work, Progress(task_id, cancel), task.box, task.left))
        return Progress(task_id, cancel)  # for the caller: .cancel(), .cancelled

    def _tasks(self) -> list[_Task]:
        relay = _RELAY
        return [t for t in relay.tasks.values() if t.runner is self] if relay else []

    @property
    def busy(self) -> bool:
        """A task of this runner has not been delivered yet."""
        return bool(self._tasks())

    def cancel_all(self) -> None:
        for task in self._tasks():
            task.cancel.set()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait until every task of this runner has left its worker (used at exit). The
        outcomes are delivered by the event loop afterwards (or dropped, if the runner is
        gone by then)."""
        deadline = time.monotonic() + msecs / 1000
        return all(task.left.wait(max(0.0, deadline - time.monotonic()))
                   for task in self._tasks())


def pending() -> int:
    """Tasks started (by any runner) whose outcome has not been delivered yet."""
    relay = _RELAY
    return len(relay.tasks) if relay is not None else 0


def shutdown(msecs: int = 30000) -> bool:
    """At exit: ask every running task to stop, then wait for the pool threads. Outcomes
    not delivered by then are dropped (the windows are going)."""
    relay = _RELAY
    if relay is not None:
        for task in relay.tasks.values():
            task.cancel.set()
    return QThreadPool.globalInstance().waitForDone(msecs)
