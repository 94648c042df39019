"""Start-up: one window per data file, clear messages for unusable files, first run, backups."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from ocop_desktop import app as app_module
from ocop_desktop import paths
from ocop_desktop.app import ExitCode, acquire_lock, install_translators, open_repository, run_gui
from ocop_desktop.operations.maintenance import STALE_AFTER
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.main_window import MainWindow
from tests.ui.conftest import settle, wait_until_started


@pytest.fixture(autouse=True)
def keep_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def test_a_second_window_on_the_same_file_is_refused(  # type: ignore[no-untyped-def]
        tmp_path: Path, qapp, message_boxes) -> None:
    db_path = tmp_path / "ocop.sqlite"
    first = acquire_lock(db_path)
    assert first is not None and first.isLocked()
    assert acquire_lock(db_path) is None
    kind, _title, text = message_boxes.shown[-1]
    assert kind == "critical"
    assert text == (f"Tệp dữ liệu {db_path} đang được một chương trình khác sử dụng. "
                    "Hãy đóng cửa sổ OCOP Desktop khác rồi thử lại.")
    first.unlock()
    again = acquire_lock(db_path)
    assert again is not None
    again.unlock()


def test_a_file_that_is_not_ours_is_refused_with_a_message(  # type: ignore[no-untyped-def]
        tmp_path: Path, qapp, message_boxes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("ghi chép", encoding="utf-8")
    assert open_repository(path) is None
    assert message_boxes.shown == [
        ("critical", paths.APP_NAME,
         f"Tệp {path} không phải là tệp dữ liệu của OCOP Desktop.")]
    assert path.read_text(encoding="utf-8") == "ghi chép"  # untouched


def test_translators_hook_accepts_any_language(qapp) -> None:  # type: ignore[no-untyped-def]
    for translator in install_translators(qapp, "xx"):
        qapp.removeTranslator(translator)
    assert install_translators(qapp, "xx") == []


def _drive(monkeypatch: pytest.MonkeyPatch, seen: list[tuple[str, str]]) -> None:
    """Replace the event loop: let the start-up's background work (the daily backup) end,
    as it does while a person looks at the window; note what the window shows; close it."""
    def loop(application: QApplication) -> int:
        windows = [w for w in application.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        assert len(windows) == 1
        wait_until_started(windows[0])
        settle()
        seen.append((windows[0].current_page_key(), windows[0].windowTitle()))
        windows[0].close()
        return 0
    monkeypatch.setattr(app_module, "_event_loop", loop)


def test_run_gui_starts_and_backs_up(station: Repository, tmp_path: Path, qapp,  # type: ignore[no-untyped-def]
                                     monkeypatch, message_boxes) -> None:
    db_path = tmp_path / "test.sqlite"
    # A partial copy a killed backup left an hour ago: swept once the window is painted.
    partial = tmp_path / "backups" / "test-20210621-101010-manual.sqlite.partial"
    partial.parent.mkdir()
    partial.write_bytes(b"SQLite")
    old = (dt.datetime.now() - STALE_AFTER - dt.timedelta(minutes=1)).timestamp()
    os.utime(partial, (old, old))
    seen: list[tuple[str, str]] = []
    _drive(monkeypatch, seen)
    assert run_gui(db_path) == ExitCode.OK
    assert seen == [("log", "UBND XÃ HOÀNG ĐỒNG")]  # Qt adds " — OCOP Desktop" itself
    assert not partial.exists()
    backups = sorted(p.name for p in paths.backup_dir(db_path).iterdir())
    assert any(name.endswith("-daily.sqlite") for name in backups)
    assert any(name.endswith("-exit.sqlite") for name in backups)
    assert not app_module.lock_path(db_path).exists()  # released
    assert message_boxes.shown == []


def test_run_gui_on_a_locked_file(station: Repository, tmp_path: Path, qapp,  # type: ignore[no-untyped-def]
                                  message_boxes) -> None:
    db_path = tmp_path / "test.sqlite"
    lock = acquire_lock(db_path)
    try:
        assert run_gui(db_path) == ExitCode.LOCKED
    finally:
        assert lock is not None
        lock.unlock()
    assert "đang được một chương trình khác sử dụng" in message_boxes.shown[-1][2]


def test_run_gui_on_a_file_from_a_newer_version(tmp_path: Path, qapp, message_boxes) -> None:  # type: ignore[no-untyped-def]
    db_path = tmp_path / "newer.sqlite"
    db = open_database(db_path)
    with db.atomic():
        db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES ('ocop_desktop', '9999_from_the_future', '2030-01-01')")
    db.close()
    assert run_gui(db_path) == ExitCode.STORAGE
    assert "do phiên bản mới hơn của phần mềm tạo ra" in message_boxes.shown[-1][2]


def test_first_run_cancelled_writes_nothing(tmp_path: Path, qapp, monkeypatch,  # type: ignore[no-untyped-def]
                                            message_boxes) -> None:
    from ocop_desktop.ui import setup_wizard

    shown: list[object] = []

    def cancel(wizard: QDialog) -> int:
        shown.append(wizard)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", cancel)
    db_path = tmp_path / "new.sqlite"
    assert run_gui(db_path) == ExitCode.OK
    assert len(shown) == 1
    db = open_database(db_path)
    assert Repository(db).installation() is None
    db.close()
