"""The log file: where it is, what it holds, what it must not hold, and the CLI's last resort."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_desktop import applog
from ocop_desktop.storage.repository import Repository
from tests.cli.runner import refused


@pytest.fixture(autouse=True)
def clean_logging() -> Iterator[None]:
    yield
    applog.unconfigure_logging()


def test_log_goes_to_the_users_log_folder(ocop_home: Path) -> None:
    path = applog.configure_logging()
    assert path == ocop_home / "logs" / "ocop-desktop.log"
    logging.getLogger("ocop_desktop.test").warning("outbox item %d failed", 7)
    text = path.read_text(encoding="utf-8")
    assert "OCOP Desktop" in text  # the version line
    assert "WARNING ocop_desktop.test" in text and "outbox item 7 failed" in text


def test_configuring_twice_adds_one_handler_and_follows_a_moved_folder(
        ocop_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = applog.configure_logging()
    assert applog.configure_logging() == first
    ours = [h for h in logging.getLogger().handlers if h.get_name() == "ocop-desktop-file"]
    assert len(ours) == 1
    monkeypatch.setenv("OCOP_HOME", str(tmp_path / "elsewhere"))
    second = applog.configure_logging()
    assert second == tmp_path / "elsewhere" / "logs" / "ocop-desktop.log"
    ours = [h for h in logging.getLogger().handlers if h.get_name() == "ocop-desktop-file"]
    assert len(ours) == 1


def test_a_password_from_the_environment_never_reaches_the_log(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCOP_SMTP_PASSWORD", "s3cr3t-Mật-khẩu")
    path = applog.configure_logging()
    assert path is not None
    logging.getLogger("ocop_desktop.test").error("login with %s refused", "s3cr3t-Mật-khẩu")
    text = path.read_text(encoding="utf-8")
    assert "s3cr3t" not in text
    assert "login with *** refused" in text


def test_an_unwritable_log_folder_does_not_stop_the_app(
        ocop_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file where the log folder should be: the folder cannot be made.
    ocop_home.mkdir(parents=True, exist_ok=True)
    (ocop_home / "logs").write_text("not a folder", encoding="utf-8")
    assert applog.configure_logging() is None
    logging.getLogger("ocop_desktop.test").warning("still fine")


def test_an_unexpected_cli_failure_prints_one_line_and_logs_the_traceback(
        station_file: Path, ocop_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("a defect")

    monkeypatch.setattr(Repository, "iter_records", broken)
    line = refused(station_file, "log", "list")
    assert "Lỗi không lường trước (RuntimeError)" in line
    assert str(ocop_home / "logs" / "ocop-desktop.log") in line
    logged = (ocop_home / "logs" / "ocop-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a defect" in logged


@pytest.fixture
def station_file(station: object, tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


def test_a_deferred_log_file_keeps_every_early_line_in_order(ocop_home: Path) -> None:
    path = applog.configure_logging(defer_file=True)
    assert path == ocop_home / "logs" / "ocop-desktop.log"
    assert "logging.handlers" not in {type(h).__module__ for h in logging.getLogger().handlers}
    logging.getLogger("ocop_desktop.test").info("before the first paint %d", 1)
    logging.getLogger("ocop_desktop.test").warning("before the first paint %d", 2)
    assert not path.exists() or "before the first paint" not in path.read_text("utf-8")
    assert applog.configure_logging(defer_file=True) == path  # still one handler
    assert applog.open_log_file() == path
    logging.getLogger("ocop_desktop.test").warning("after the first paint")
    text = path.read_text(encoding="utf-8")
    assert text.index("OCOP Desktop") < text.index("first paint 1") \
        < text.index("first paint 2") < text.index("after the first paint")
    assert applog.open_log_file() == path  # a second call changes nothing
    ours = [h for h in logging.getLogger().handlers if h.get_name() == "ocop-desktop-file"]
    assert len(ours) == 1


def test_an_error_before_the_first_paint_opens_the_deferred_log_at_once(
        ocop_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCOP_SMTP_PASSWORD", "s3cr3t-Mật-khẩu")
    path = applog.configure_logging(defer_file=True)
    assert path is not None
    logging.getLogger("ocop_desktop.test").info("login as %s", "s3cr3t-Mật-khẩu")
    logging.getLogger("ocop_desktop.test").error("the lock cannot be made")
    text = path.read_text(encoding="utf-8")
    assert "login as ***" in text and "the lock cannot be made" in text
    assert "s3cr3t" not in text
