"""Long work (exports, imports, sending, demo data) off the GUI thread, with progress.

``run_task`` runs ``work(progress)`` in a QThreadPool worker and shows a cancellable
progress dialog. ``work`` receives a ``Progress`` to report ``(done, total)`` and to check
``cancelled``; it must open its own database connection (a SQLite connection belongs to its
thread, DESIGN.md §8). Tests set ``TaskRunner.synchronous = True`` to run work inline.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside work when the user pressed Cancel."""


class Progress:
    """Passed to the work function: report progress, and stop when cancelled."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._report(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.progress = progress

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # shown to the user by the caller's on_error
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts background tasks; one runner per window is enough."""

    synchronous = False  # tests: run inline on the calling thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._active: list[tuple[_Signals, QProgressDialog | None]] = []

    def run(self, work: Callable[[Progress], Any], *, title: str,
            on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
            on_cancel: Callable[[], None] | None = None, show_dialog: bool = True) -> Progress:
        signals = _Signals()
        dialog: QProgressDialog | None = None
        if show_dialog:
            dialog = QProgressDialog(title, self.tr("Hủy"), 0, 0, self._parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
        progress = Progress(signals.progress.emit)
        entry = (signals, dialog)
        self._active.append(entry)

        def finish() -> None:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            if entry in self._active:
                self._active.remove(entry)

        def on_progress(done: int, total: int, text: str) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(text)

        def done(result: object) -> None:
            finish()
            on_done(result)

        def failed(exc: object) -> None:
            finish()
            on_error(exc)  # type: ignore[arg-type]

        def cancelled() -> None:
            finish()
            if on_cancel is not None:
                on_cancel()

        signals.progress.connect(on_progress)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        signals.cancelled.connect(cancelled)
        if dialog is not None:
            dialog.canceled.connect(progress.cancel)
        runnable = _Runnable(work, signals, progress)
        if self.synchronous:
            runnable.run()
        else:
            QThreadPool.globalInstance().start(runnable)
        return progress

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for background work to finish (used at exit and in tests)."""
        return QThreadPool.globalInstance().waitForDone(msecs)
