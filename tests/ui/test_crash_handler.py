"""An unexpected error in the window: logged with its traceback, one Vietnamese dialog that
copies the details, Qt's messages in the log too."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ocop_desktop import applog
from ocop_desktop.ui.crash_handler import CrashHandler


@pytest.fixture
def handler(qapp: QApplication) -> Iterator[CrashHandler]:
    applog.configure_logging()
    crash = CrashHandler()
    crash.install()
    yield crash
    crash.uninstall()
    applog.unconfigure_logging()


def _raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ZeroDivisionError("chia cho 0 trong một khe cắm")
    except ZeroDivisionError as exc:
        return type(exc), exc, exc.__traceback__


def test_an_uncaught_error_shows_one_dialog_and_copies_the_details(
        handler: CrashHandler, ocop_home: Path) -> None:
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text() + "\n" + box.informativeText()
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Sao chép chi tiết")
        copy.click()

    QTimer.singleShot(0, answer)
    handler.handle(*_raise_and_capture())  # type: ignore[arg-type]
    assert "lỗi không lường trước" in seen["text"]
    assert str(ocop_home / "logs" / "ocop-desktop.log") in seen["text"]
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError: chia cho 0 trong một khe cắm" in copied
    assert copied.startswith("OCOP Desktop ")
    logged = (ocop_home / "logs" / "ocop-desktop.log").read_text(encoding="utf-8")
    assert "CRITICAL" in logged and "ZeroDivisionError" in logged


def test_errors_in_other_threads_are_logged_without_a_dialog(
        handler: CrashHandler, ocop_home: Path) -> None:
    import threading

    def fail() -> None:
        raise ValueError("lỗi trong luồng phụ")

    thread = threading.Thread(target=fail, name="worker-x")
    thread.start()
    thread.join()
    assert QApplication.activeModalWidget() is None
    logged = (ocop_home / "logs" / "ocop-desktop.log").read_text(encoding="utf-8")
    assert "worker-x" in logged and "ValueError: lỗi trong luồng phụ" in logged


def test_qt_messages_go_to_the_log(handler: CrashHandler,
                                   caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("một cảnh báo của Qt")
    assert any(r.name == "qt" and "một cảnh báo của Qt" in r.getMessage()
               for r in caplog.records)
