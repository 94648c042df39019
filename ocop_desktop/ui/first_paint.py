"""Work put off until a window has been painted the first time (start-up time, DESIGN.md §7).

The main window shows its frame (menus, navigation, status bar) first and builds its current
page in the event loop's next turn; the log file opens then too. ``after_first_paint`` is the
one way to say "after the window is on screen".

What the frame's first paint waits for is mostly PySide6 building Python enums: the first
time a type is used (imported by name, or met in an overload), PySide6 makes every enum of
it with Python's ``enum`` module. The ``Qt`` namespace alone has ~2,300 members, about a
fifth of a bare window's whole start. So the modules on the way to the first paint
(``app``, ``ui.main_window``, ``ui.tasks``) write ``QtCore.Qt.…`` where they need it, never
``from PySide6.QtCore import Qt``, and the frame sets nothing that needs it before its first
paint (``QAction.setShortcuts([…])``, not ``setShortcut``, whose overloads take a
``Qt.Key``). ``tests/ui/test_start.py`` fails if ``Qt`` is built before that paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_PAINT_LATEST_MS = 2000  # work put off until the first paint runs by then at the latest


class _FirstPaint(QObject):
    """Runs the calls registered on ``window``, in order, in the event loop's next turn after
    the window first paints (or ``FIRST_PAINT_LATEST_MS`` after it was made, should no paint
    come: a window started minimised). One per window, found by its object name."""

    NAME = "ocopFirstPaint"

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(self.NAME)
        self._calls: list[Callable[[], object]] = []
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_LATEST_MS, self, self._run)

    def add(self, then: Callable[[], object]) -> None:
        if self._done:  # painted already: in the next turn
            QTimer.singleShot(0, self, then)
        else:
            self._calls.append(then)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: wait for the first paint; never filters it."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        calls, self._calls = self._calls, []
        for then in calls:
            then()


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Run ``then`` once ``window`` has been painted the first time (start-up work the first
    screen does not need). Calls registered on one window run in the order they were made."""
    waiter = window.findChild(QObject, _FirstPaint.NAME)
    if not isinstance(waiter, _FirstPaint):
        waiter = _FirstPaint(window)
    waiter.add(then)
