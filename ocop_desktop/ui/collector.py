"""Python's cyclic garbage collector, run in the GUI thread only (issue 10).

CPython starts a collection in whichever thread happens to allocate past the threshold. In
this app that is often a pool thread: an export, an import or a restore allocates far more
than the window does. A collection frees every unreachable cycle, and cycles that hold Qt
objects are common (a dialog whose slot is a lambda over the dialog, a page and its
timers). Measured on the UI tests before this module: 200-odd collections ran in pool
threads, one of them a full one, while the collections of those tests freed wrappers of
QLabel, QAction, QMenu, QTimer, QStandardItemModel and whole main windows. A Python-owned
QObject freed there is destroyed in a thread it does not belong to, which Qt forbids ("Timers
cannot be stopped from another thread", then whatever the GUI thread does with it meanwhile):
``tests/ui/test_collector.py`` shows it with dialogs that hold a timer.

So automatic collection is switched off and this timer, in the GUI thread, collects the
generations CPython would have collected (its own thresholds, ``gc.get_threshold()``),
between events rather than in the middle of one. Workers never collect; their cyclic
garbage waits at most one interval. The command line (no Qt, no worker threads) keeps
Python's automatic collection.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Slot

# How often the counts are checked. Between two checks a worker's cyclic garbage waits; the
# check itself (``gc.get_count()``) costs nothing measurable.
INTERVAL_MS = 100


class GuiThreadCollector(QObject):
    """Owned by the application; while it lives, only the GUI thread collects."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        assert QThread.currentThread() == app.thread(), "made in the GUI thread"
        self.thresholds = gc.get_threshold()
        self.collections = 0  # run by this timer, for the tests
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @Slot()
    def check(self) -> None:
        """What CPython does when the youngest generation passes its threshold: collect the
        oldest generation whose count is past its threshold (with the younger ones)."""
        counts = gc.get_count()
        if self.thresholds[0] <= 0 or counts[0] <= self.thresholds[0]:
            return
        generation = max(i for i in range(3) if counts[i] > self.thresholds[i] or i == 0)
        gc.collect(generation)
        self.collections += 1


_COLLECTOR: GuiThreadCollector | None = None


def collect_in_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Switch automatic collection off and collect from ``app``'s thread; once per app."""
    global _COLLECTOR
    if (_COLLECTOR is None or not shiboken6.isValid(_COLLECTOR)
            or _COLLECTOR.parent() is not app):
        _COLLECTOR = GuiThreadCollector(app)
    return _COLLECTOR
