"""What the outbox's sending and the inbox's fetching share: a service per open data file that
works by itself on a timer, in a worker thread, while its main window is open.

A subclass names itself (``NAME``: the service is the context's child ``<NAME>_service``, its
timer ``<NAME>_timer``), says what a ``tick`` does, how it follows the network
(``_reachability_changed``, called with Qt's ``QNetworkInformation.Reachability`` when a
backend gives it) and what a change of the data means to it (``_on_changed``).
"""

from __future__ import annotations

import logging
from typing import Self

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from ocop_desktop.operations import Changes
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class BackgroundService(QObject):
    """Timer, first run, network watch and life cycle; ``state_changed`` whenever what the
    service shows moves."""

    state_changed = Signal()

    NAME = ""
    # Seconds between ticks.
    tick_seconds = 30
    # Delay of the first run after start-up: let the window appear first.
    first_run_ms = 1500
    # Tests switch Qt's network information off to make "offline" come from real attempts.
    use_network_information = True

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName(f"{self.NAME}_service")
        self.ctx = ctx
        self.runner = TaskRunner(None)
        self.runner.setParent(self)
        self.network_known = False  # QNetworkInformation is giving reachability
        self.last_failure = ""  # a run that crashed (storage trouble): shown, not raised
        self._started = False
        self._stopped = False  # the window closed: start nothing more, touch no page
        self.timer = QTimer(self)
        self.timer.setObjectName(f"{self.NAME}_timer")
        self.timer.timeout.connect(self.tick)
        ctx.changed.connect(self._on_changed)

    @classmethod
    def of(cls, ctx: AppContext) -> Self:
        """The service of ``ctx`` (created on first use)."""
        found = ctx.findChild(cls, f"{cls.NAME}_service")
        return found if isinstance(found, cls) else cls(ctx)

    # -- what a subclass says -----------------------------------------------------------------
    def tick(self) -> None:
        raise NotImplementedError

    def first_run(self) -> None:
        """The run shortly after start-up."""
        self.tick()

    def _reachability_changed(self, reachability: object) -> None:
        raise NotImplementedError

    def _on_changed(self, changes: Changes) -> None:
        raise NotImplementedError

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the timer and the network watch; the first run follows shortly."""
        if self._started:
            return
        self._started = True
        self._stopped = False
        if self.use_network_information:
            self._watch_network()
        self.timer.start(self.tick_seconds * 1000)
        QTimer.singleShot(self.first_run_ms, self, self._first_run)

    def _first_run(self) -> None:
        if not self._stopped:
            self.first_run()

    def stop(self) -> None:
        """Stop starting runs (a run already going finishes in its thread)."""
        self.timer.stop()
        self._started = False
        self._stopped = True

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
            return
        feature = QNetworkInformation.Feature.Reachability
        if QNetworkInformation.instance() is None and not \
                QNetworkInformation.loadBackendByFeatures(feature):
            log.info("no network information backend; relying on connection attempts")
            return
        info = QNetworkInformation.instance()
        if info is None or not info.supports(feature):
            return
        self.network_known = True
        info.reachabilityChanged.connect(self._reachability_changed)
        self._reachability_changed(info.reachability())

    def wait(self, msecs: int = 30_000) -> bool:
        return self.runner.wait(msecs)


class _CloseWatcher(QObject):
    """Stops a service once its window has really closed (a page may refuse to close)."""

    def __init__(self, window: QMainWindow, service: BackgroundService) -> None:
        super().__init__(window)
        self.window = window
        self.service = service

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: look at the window's Close, never consume it."""
        if event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._closed)
        return False

    def _closed(self) -> None:
        if not self.window.isVisible():
            self.service.stop()


def stop_with_window(window: QMainWindow, service: BackgroundService) -> None:
    """Stop ``service`` when ``window`` has closed for good."""
    window.installEventFilter(_CloseWatcher(window, service))
