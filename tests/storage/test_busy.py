"""Issue 10 point 4: every write transaction begins IMMEDIATE, so it waits for another
process's write lock (busy timeout); past the timeout it fails cleanly and writes nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ocop_desktop import operations
from ocop_desktop.storage import database
from ocop_desktop.storage.database import StorageError, StorageProblem, open_database
from ocop_desktop.storage.repository import Repository
from tests.conftest import make_record
from tests.locking import write_lock_held


def _path(repo: Repository) -> Path:
    return Path(repo.db.conn.execute("PRAGMA database_list").fetchone()[2])


def test_a_save_waits_for_another_process_that_writes_then_commits(
        station: Repository) -> None:
    path = _path(station)
    station.record_count()  # the window has read before (an old snapshot would be stale)
    record = make_record()
    outcome: list[object] = []
    saving = threading.Thread(target=lambda: outcome.append(
        operations.save_record(station, record=record)))
    with write_lock_held(path) as other:  # held until told, however slow the machine is
        saving.start()
        saving.join(0.5)
        assert saving.is_alive() and outcome == []  # waiting, neither saved nor failed
        assert other.stdin is not None
        other.stdin.write("\n")  # the other process commits
        other.stdin.flush()
        saving.join(30)
    assert not saving.is_alive() and len(outcome) == 1  # then ours is saved
    assert station.record(record.uuid) is not None
    assert station.setting("other_process") == "x"  # the other process's line is there too


def test_every_write_transaction_begins_immediate(station: Repository) -> None:
    statements: list[str] = []
    station.db.conn.set_trace_callback(statements.append)
    try:
        operations.save_record(station, record=make_record())
    finally:
        station.db.conn.set_trace_callback(None)
    begins = [s for s in statements if s.upper().startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE"], statements[:5]


def test_past_the_timeout_a_save_fails_cleanly_and_can_be_retried(
        station: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _path(station)
    station.db.execute("PRAGMA busy_timeout = 300")
    record = make_record()
    with write_lock_held(path), pytest.raises(StorageError) as info:
        operations.save_record(station, record=record)
    assert info.value.problem is StorageProblem.LOCKED
    assert not station.db.conn.in_transaction
    assert station.record(record.uuid) is None
    operations.save_record(station, record=record)  # the user saves again: it works
    assert station.record(record.uuid) is not None


def test_cli_log_add_on_a_busy_file_prints_one_line_and_exits_non_zero(
        station: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.runner import refused

    path = _path(station)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    before = station.record_count()
    with write_lock_held(path):
        line = refused(path, "log", "add", "--date", "2021-06-21", "--topic", "OCOP",
                       "--form", "radio", "--items", "1", "--airings", "1", "--minutes", "5",
                       "--title", "Tin trong lúc tệp bận")
    assert "đang bận" in line
    assert station.record_count() == before
    check = open_database(path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
