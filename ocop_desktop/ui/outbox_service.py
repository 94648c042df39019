"""The outbox working by itself: sends in the background when something is due and the
line is up, with one service per open data file.

* Sending runs in a worker thread (``TaskRunner``, no dialog) with its OWN database
  connection (a SQLite connection belongs to its thread, DESIGN.md §8); the GUI thread only
  reads. One run at a time; a run asked for while one is going starts right after it.
* Network: Qt's ``QNetworkInformation`` when a backend loads (Windows, most Linux desktops):
  "disconnected" shows "đang chờ kết nối" at once, "online" makes every waiting item due
  now. Where no backend exists (offscreen, some installs), and whenever the last attempt
  found no network, a timer makes a real TCP connection to the mail server now and then and
  sends as soon as it answers.
* At start-up a run recovers items caught in "sending" by a crash or power cut.

``OutboxService.of(ctx)`` gives the service of a context (created on first use); the main
window calls ``attach_to_window`` to start it with the window and show its state in the
status bar; the outbox page shows the same state.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QToolButton

from ocop_desktop.domain.outbox import ErrorKind, OutboxStatus, SendErrorCode, error_kind
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations import outbox as ob
from ocop_desktop.ui.background_service import BackgroundService, stop_with_window
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.tasks import Progress

log = logging.getLogger(__name__)

OUTBOX_CHANGES = Changes(frozenset({Area.OUTBOX, Area.REPORTS}))


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxService", text)


def _send_work(db_path: Path, *, force: bool, only: Sequence[int] | None,
               probe_first: bool) -> ob.SendReport | None:
    """In the worker thread: own connection, settings (and password) read here, send.

    ``probe_first``: when the line was down, knock on the server's door first and stop
    quietly (None) if nobody answers, so a dead line costs no attempts and no back-off.
    """
    with queries.worker_session(db_path) as repo:
        if probe_first:
            quick = ob.load_mail_settings(repo, with_password=False)
            if not ob.server_reachable(quick, timeout=min(quick.timeout, 5.0)):
                return None
            ob.make_waiting_due(repo)
        settings = ob.load_mail_settings(repo)
        return ob.send_due(repo, settings=settings, force=force, only=only)


class OutboxService(BackgroundService):
    """Background sending for one data file; ``state_changed`` whenever what it shows moves."""

    NAME = "outbox"
    # Seconds between checks for due items (and, while offline, connection attempts).
    tick_seconds = 30
    first_run_ms = 1500

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.sending = False
        self.offline = False  # the last attempt or the network said: no line
        self.last_report: ob.SendReport | None = None
        self._pending: tuple[bool, tuple[int, ...] | None] | None = None

    def first_run(self) -> None:
        self.run()

    def stop(self) -> None:
        super().stop()
        self._pending = None

    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        levels = QNetworkInformation.Reachability
        if reachability == levels.Disconnected:
            if not self.offline:
                self.offline = True
                self.state_changed.emit()
        elif reachability == levels.Online and self.offline:
            # The line is back: what waited goes now, whatever its back-off.
            self.offline = False
            self.state_changed.emit()
            self.run(probe_first=True)

    # -- running ----------------------------------------------------------------------------
    def tick(self) -> None:
        """Every few seconds: knock while offline, else send what has become due."""
        if self.sending:
            return
        try:
            if self.offline:
                if self.unsent_count():
                    self.run(probe_first=True)
                return
            settings = ob.load_mail_settings(self.ctx.repo, with_password=False)
            if ob.due_count(self.ctx.repo, settings=settings):
                self.run()
        except Exception:  # never let a timer raise into Qt
            log.exception("outbox check failed")

    def send_all_now(self) -> None:
        """"Gửi tất cả ngay": every waiting or failed item, whatever its back-off."""
        self.run(force=True)

    def send_item_now(self, item_id: int) -> None:
        self.run(force=True, only=(item_id,))

    def run(self, *, force: bool = False, only: Sequence[int] | None = None,
            probe_first: bool = False) -> None:
        """Start a send run in the background (queued behind the current one)."""
        if self._stopped:
            return
        if self.sending:
            self._pending = (force or (self._pending or (False, None))[0],
                             None if only is None else tuple(only))
            return
        db_path = self.ctx.db_path
        if db_path is None:  # an in-memory database (tests): nothing to open in a thread
            return
        self.sending = True
        self.last_failure = ""
        self.state_changed.emit()
        only_ids = tuple(only) if only is not None else None

        def work(_progress: Progress) -> ob.SendReport | None:
            return _send_work(db_path, force=force, only=only_ids, probe_first=probe_first)

        self.runner.run(work, title=_tr("Gửi thư"), on_done=self._finished,
                        on_error=self._failed, show_dialog=False)

    def _finished(self, report: ob.SendReport | None) -> None:
        self.sending = False
        if report is None:  # knocked, nobody answered: still offline
            self.offline = True
        elif not report.busy:
            self.last_report = report
            if report.tried:
                self.offline = report.offline
            elif not self.network_known:
                self.offline = False
        if self._stopped:
            return  # the window is gone; its pages and connection may be too
        if report is not None and (report.outcomes or report.recovered):
            self.ctx.announce(OUTBOX_CHANGES)  # pages re-read only when something moved
        self.state_changed.emit()
        self._run_pending()

    def _failed(self, exc: Exception) -> None:
        self.sending = False
        log.error("outbox run failed: %s", type(exc).__name__)
        self.last_failure = str(exc)
        if self._stopped:
            return
        self.ctx.announce(OUTBOX_CHANGES)
        self.state_changed.emit()
        self._run_pending()

    def _run_pending(self) -> None:
        if self._pending is not None:
            force, only = self._pending
            self._pending = None
            self.run(force=force, only=only)

    def _on_changed(self, changes: Changes) -> None:
        # New mail settings may unblock items stopped on a settings error, and a new item
        # should go at once rather than at the next tick.
        if not self._started or self.sending:
            return
        if Area.SETTINGS in changes.areas or (Area.OUTBOX in changes.areas and changes.added):
            QTimer.singleShot(0, self, self.tick)

    # -- what to show -----------------------------------------------------------------------
    def unsent_count(self) -> int:
        return ob.unsent_count(self.ctx.repo)

    def status_text(self) -> str:
        """One line for the status bar and the outbox page's banner."""
        waiting = ob.outbox_items(self.ctx.repo, statuses=(
            OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.FAILED))
        failed = [item for item in waiting if item.status is OutboxStatus.FAILED]
        queued = len(waiting) - len(failed)
        if self.sending:
            return _tr("Hộp thư đi: đang gửi…")
        if self.last_failure:
            return _tr("Hộp thư đi: có lỗi khi gửi ({detail}).").format(
                detail=self.last_failure)
        if not waiting:
            return _tr("Hộp thư đi: không có thư chờ gửi.")
        if self.offline and queued:
            return _tr("Hộp thư đi: {n} thư đang chờ kết nối, sẽ tự gửi khi có mạng.").format(
                n=queued)
        parts = []
        if queued:
            parts.append(_tr("{n} thư chờ gửi").format(n=queued))
        if failed:
            parts.append(_tr("{n} thư không gửi được").format(n=len(failed)))
        return _tr("Hộp thư đi: ") + ", ".join(parts) + "."

    def blocking_error(self) -> SendErrorCode | None:
        """A settings error that stops every item (wrong password…), to point at settings."""
        for item in ob.outbox_items(self.ctx.repo, statuses=(OutboxStatus.FAILED,)):
            if item.error_code is not None and \
                    error_kind(item.error_code) is ErrorKind.SETTINGS:
                return item.error_code
        return None


def attach_to_window(window: QMainWindow, ctx: AppContext) -> OutboxService:
    """Start the service with the main window and show its state in the status bar; a click
    opens the outbox page. (One line in ``MainWindow.__init__``.)"""
    service = OutboxService.of(ctx)
    button = QToolButton(window)
    button.setObjectName("outbox_status")
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setToolTip(_tr("Mở hộp thư đi"))

    def refresh() -> None:
        text = service.status_text()
        button.setText(text)
        button.setVisible(service.sending or service.unsent_count() > 0)

    def open_page() -> None:
        show_page = getattr(window, "show_page", None)
        if callable(show_page):
            with contextlib.suppress(ValueError):  # the window lists no outbox page
                show_page("outbox")

    button.clicked.connect(open_page)
    service.state_changed.connect(refresh)
    # The window gone (closed for good), background sending stops with it.
    stop_with_window(window, service)
    ctx.changed.connect(lambda changes: refresh() if Area.OUTBOX in changes.areas else None)
    window.statusBar().addPermanentWidget(button)
    refresh()
    service.start()
    return service


