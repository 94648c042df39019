"""What happens when something unexpected fails in the window: a log line and one dialog.

Without this, an exception raised in a slot prints a traceback to a console the operator
never sees (the windowed build has none) and the app either carries on in an unknown state
or dies silently. ``install`` (called once by ``app.run_gui``'s caller) routes

- uncaught exceptions of the GUI thread to the log file with their traceback, then shows one
  Vietnamese dialog that says the saved data is safe, where the log is, and offers
  "Sao chép chi tiết" (copies the traceback for a support call or e-mail);
- uncaught exceptions of other threads to the log only (a dialog must be shown from the GUI
  thread; the task runner reports its own failures);
- Qt's own messages (warnings, criticals) to the log.

Tests install and uninstall it around a test, since pytest-qt has its own handlers.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ocop_desktop import applog, paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


def details(exc_type: type[BaseException], exc: BaseException,
            tb: TracebackType | None) -> str:
    """The text "Sao chép chi tiết" copies: versions, then the traceback."""
    from ocop_desktop import __version__

    head = f"OCOP Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


def error_dialog(text_details: str, log_path: Path | None) -> QMessageBox:
    """The dialog shown for an unexpected error (built separately so tests can look at it)."""
    from PySide6.QtWidgets import QMessageBox  # when shown, not at every start (start-up time)

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(paths.APP_NAME)
    box.setText(_tr("Phần mềm vừa gặp một lỗi không lường trước."))
    where = (_tr("Chi tiết đã được ghi vào nhật ký: {path}").format(path=log_path)
             if log_path is not None else _tr("Không ghi được nhật ký lỗi trên máy này."))
    box.setInformativeText(
        _tr("Những gì đã lưu vẫn an toàn; bản ghi đang nhập dở (nếu có) vẫn còn trong khung "
            "nhập. Nếu lỗi lặp lại, hãy gửi chi tiết lỗi cho người hỗ trợ kỹ thuật.")
        + "\n\n" + where)
    copy = box.addButton(_tr("Sao chép chi tiết"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.setDetailedText(text_details)

    def copy_details() -> None:
        QGuiApplication.clipboard().setText(text_details)

    # ActionRole buttons close the box too; copying first keeps it simple for the user.
    copy.clicked.connect(copy_details)
    return box


class CrashHandler:
    """Installed hooks and what they replaced, so ``uninstall`` restores them."""

    def __init__(self, *, show_dialog: bool = True) -> None:
        self.show_dialog = show_dialog
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._previous_qt_handler: object = None
        self._showing = False
        self.last_dialog: QMessageBox | None = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self._previous_qt_handler = qInstallMessageHandler(self._qt_message)

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)  # type: ignore[arg-type]

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        app = QCoreApplication.instance()
        in_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if not (self.show_dialog and in_gui_thread and isinstance(app, QApplication)):
            return
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self.last_dialog = error_dialog(details(exc_type, exc, tb), _log_path())
            self.last_dialog.exec()
        finally:
            self._showing = False

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        log.critical("unexpected error in thread %s",
                     args.thread.name if args.thread else "?",
                     exc_info=(args.exc_type, args.exc_value or args.exc_type(),
                               args.exc_traceback))

    @staticmethod
    def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _log_path() -> Path | None:
    try:
        return applog.log_file()
    except OSError:
        return None


def install() -> CrashHandler:
    handler = CrashHandler()
    handler.install()
    return handler
