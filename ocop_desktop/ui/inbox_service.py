"""The inbox working by itself: fetches new mail every few minutes when a mailbox is set up
and the line is up, and when asked ("Kiểm tra thư mới"), one service per open data file.

Fetching runs in a worker thread (``TaskRunner``, no dialog) with its OWN database
connection; the GUI thread only reads. One run at a time; a run asked for meanwhile starts
right after. Where Qt's ``QNetworkInformation`` says the computer is disconnected, the timer
does not try; otherwise every tick is a real attempt (a dead line costs one connection
attempt and shows "đang chờ kết nối"). ``InboxService.of(ctx)`` gives the service of a
context; the main window starts it after the window is shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow

from ocop_desktop.domain.inbox import InboxState
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations import inbox as ib
from ocop_desktop.ui.background_service import BackgroundService, stop_with_window
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.tasks import Progress

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxService", text)


def _fetch_work(db_path: Path) -> ib.FetchReport | None:
    """In the worker thread: own connection, settings (and password) read here, fetch.
    None: no mailbox is set up (nothing to do)."""
    with queries.worker_session(db_path) as repo:
        settings = ib.load_imap_settings(repo)
        if not settings.configured:
            return None
        return ib.fetch_mail(repo, settings=settings)


class InboxService(BackgroundService):
    """Background fetching for one data file; ``state_changed`` whenever what it shows moves."""

    NAME = "inbox"
    tick_seconds = 300  # every five minutes
    first_run_ms = 3000  # after start-up: let the window and the outbox go first

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.fetching = False
        self.offline = False
        self.disconnected = False  # Qt's network information says: no network at all
        self.last_report: ib.FetchReport | None = None
        self.last_at: dt.datetime | None = None
        self._pending = False

    def stop(self) -> None:
        super().stop()
        self._pending = False

    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        levels = QNetworkInformation.Reachability
        was = self.disconnected
        self.disconnected = reachability == levels.Disconnected
        if was and reachability == levels.Online:
            self.run()  # the line is back: look for what arrived meanwhile
        if was != self.disconnected:
            self.state_changed.emit()

    # -- running ----------------------------------------------------------------------------
    def configured(self) -> bool:
        try:
            return ib.load_imap_settings(self.ctx.repo, with_password=False).configured
        except Exception:  # a damaged setting: nothing to fetch with
            return False

    def tick(self) -> None:
        """Every few minutes: fetch, if a mailbox is set up and the computer is online."""
        if self.fetching or self.disconnected:
            return
        try:
            if self.configured():
                self.run()
        except Exception:  # never let a timer raise into Qt
            log.exception("inbox check failed")

    def fetch_now(self) -> None:
        """"Kiểm tra thư mới"."""
        self.run()

    def run(self) -> None:
        if self._stopped:
            return
        if self.fetching:
            self._pending = True
            return
        db_path = self.ctx.db_path
        if db_path is None:  # an in-memory database (tests): nothing to open in a thread
            return
        self.fetching = True
        self.last_failure = ""
        self.state_changed.emit()

        def work(_progress: Progress) -> ib.FetchReport | None:
            return _fetch_work(db_path)

        self.runner.run(work, title=_tr("Nhận thư"), on_done=self._finished,
                        on_error=self._failed, show_dialog=False)

    def _finished(self, report: ib.FetchReport | None) -> None:
        self.fetching = False
        self.last_at = dt.datetime.now(dt.UTC)
        if report is not None:
            self.last_report = report
            self.offline = report.offline
        if self._stopped:
            return
        if report is not None and (report.entries or report.replies or report.auto_accepted):
            areas = {Area.INBOX}
            if report.replies:
                areas.add(Area.REPORTS)
            if report.auto_accepted:
                areas |= {Area.IMPORTS, Area.RECORDS, Area.OUTBOX}
            self.ctx.announce(Changes(frozenset(areas), added=len(report.auto_accepted)))
        self.state_changed.emit()
        if self._pending:
            self._pending = False
            self.run()

    def _failed(self, exc: Exception) -> None:
        self.fetching = False
        log.error("inbox run failed: %s", type(exc).__name__)
        self.last_failure = str(exc)
        if self._stopped:
            return
        self.state_changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        # New mailbox settings: look at once rather than at the next tick.
        if self._started and not self.fetching and Area.SETTINGS in changes.areas and \
                Area.INBOX in changes.areas:
            QTimer.singleShot(0, self, self.tick)

    # -- what to show -----------------------------------------------------------------------
    def waiting_count(self) -> int:
        return ib.waiting_count(self.ctx.repo)

    def status_text(self) -> str:
        from ocop_desktop.texts.problem_texts import fetch_error_text

        if self.fetching:
            return _tr("Hộp thư đến: đang kiểm tra thư mới…")
        if self.last_failure:
            return _tr("Hộp thư đến: có lỗi khi đọc thư ({detail}).").format(
                detail=self.last_failure)
        if not self.configured():
            return _tr("Hộp thư đến chưa được cài đặt: vào Cài đặt → Hộp thư đến để nhập máy "
                       "chủ IMAP, tên đăng nhập và mật khẩu.")
        waiting = len(ib.inbox_items(self.ctx.repo, states=[InboxState.WAITING]))
        parts = [_tr("{n} báo cáo chờ xử lý").format(n=waiting) if waiting else
                 _tr("không có báo cáo chờ xử lý")]
        if self.disconnected or (self.last_report is not None and self.last_report.offline):
            parts.append(_tr("đang chờ kết nối, sẽ tự kiểm tra khi có mạng"))
        elif self.last_report is not None and self.last_report.error is not None:
            parts.append(fetch_error_text(self.last_report.error))
        if self.last_at is not None:
            parts.append(_tr("kiểm tra lần cuối lúc {at}").format(
                at=self.last_at.astimezone().strftime("%H:%M")))
        return _tr("Hộp thư đến: ") + "; ".join(parts) + "."


def attach_inbox(window: QMainWindow, ctx: AppContext) -> InboxService:
    """Start background fetching with the main window, and stop it when the window closes."""
    service = InboxService.of(ctx)
    stop_with_window(window, service)
    service.start()
    return service
