"""A watchdog for tests that drive the real event loop: it notices when the GUI thread stops
turning (a freeze), the way a user would.

A QTimer in the GUI thread beats every ``BEAT_MS``; a plain Python thread checks the last
beat. A gap longer than ``limit`` seconds is a freeze: the watchdog writes every thread's
stack to stderr and remembers the gap, and ``check()`` fails the test with it. A GUI thread
that never comes back (a deadlock, possibly holding the GIL, so that no Python thread runs)
is caught by faulthandler's own C thread, which dumps the stacks and ends the process after
``hard_limit`` seconds instead of hanging the test run.
"""

from __future__ import annotations

import faulthandler
import sys
import threading
import time
from types import TracebackType

from PySide6.QtCore import QTimer

BEAT_MS = 50


class Watchdog:
    def __init__(self, limit: float = 5.0, hard_limit: float = 120.0) -> None:
        self.limit = limit
        self.hard_limit = hard_limit
        self.longest_gap = 0.0
        self.freezes: list[float] = []
        self._last_beat = time.monotonic()
        self._stop = threading.Event()
        self._active = False  # beating (read by the watchdog thread; no Qt call there)
        self._timer = QTimer()
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._thread = threading.Thread(target=self._watch, name="gui-watchdog", daemon=True)

    # -- GUI thread ---------------------------------------------------------------------
    def _beat(self) -> None:
        now = time.monotonic()
        self.longest_gap = max(self.longest_gap, now - self._last_beat)
        self._last_beat = now
        # Re-armed at every beat: only a GUI thread stuck for hard_limit ends the process.
        faulthandler.dump_traceback_later(self.hard_limit, exit=True)

    def __enter__(self) -> Watchdog:
        self._last_beat = time.monotonic()
        self._active = True
        self._timer.start()
        self._thread.start()
        faulthandler.dump_traceback_later(self.hard_limit, exit=True)
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._active = False
        self._timer.stop()
        self._thread.join(5)
        faulthandler.cancel_dump_traceback_later()

    def pause(self) -> None:
        """Before the test itself blocks the GUI thread on purpose (waiting for a process)."""
        self._active = False
        self._timer.stop()
        faulthandler.cancel_dump_traceback_later()

    def resume(self) -> None:
        self._last_beat = time.monotonic()
        self._active = True
        self._timer.start()
        faulthandler.dump_traceback_later(self.hard_limit, exit=True)

    def check(self) -> None:
        assert not self.freezes, (
            f"the GUI thread froze for {max(self.freezes):.1f} s (limit {self.limit} s); "
            "its stack half-way into the freeze is on stderr")

    # -- watchdog thread ----------------------------------------------------------------
    def _watch(self) -> None:
        sampled = reported = False
        while not self._stop.wait(0.25):
            if not self._active:
                sampled = reported = False
                continue
            gap = time.monotonic() - self._last_beat
            if gap > self.limit / 2 and not sampled:
                # Half-way into a possible freeze: what the GUI thread is doing NOW.
                sampled = True
                sys.stderr.write(f"\n*** GUI thread busy for {gap:.1f} s; stacks:\n")
                faulthandler.dump_traceback(all_threads=True)
            if gap > self.limit and not reported:
                reported = True
                self.freezes.append(gap)
                sys.stderr.write(f"\n*** GUI thread frozen for {gap:.1f} s\n")
            elif gap <= self.limit / 2:
                sampled = reported = False
