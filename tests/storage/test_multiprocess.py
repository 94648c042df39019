"""Issue 10 point 1: a second process on the same file while the window's process holds
connections and opens worker connections. Nothing is lost, ``-wal`` stays while we are open,
and ``integrity_check`` is ``ok``.

The window-like process is this test process (its connections are the window's and its
workers'); the second process is a real ``python -m ocop_desktop`` run.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from tests.conftest import COMMUNE

ROOT = Path(__file__).resolve().parents[2]


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "ocop_desktop", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def add_line(db: Path, n: int) -> str:
    result = cli(db, "log", "add", "--date", "2021-06-21", "--topic", "OCOP", "--form",
                 "radio", "--items", "1", "--airings", "1", "--minutes", "5", "--unit",
                 COMMUNE, "--title", f"Tin số {n} từ dòng lệnh")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_second_process_writing_and_closing_keeps_our_wal_and_every_line(
        station: Repository, tmp_path: Path) -> None:
    path = Path(station.db.conn.execute("PRAGMA database_list").fetchone()[2])
    window = station  # the window's connection, open for the whole test
    window.db.execute("SELECT count(*) FROM records").fetchone()
    acknowledged = []
    for n in range(3):
        # A worker (daily backup, export, outbox…) opens its own connection and closes it.
        worker = open_database(path)
        Repository(worker).record_count()
        worker.close()
        # Meanwhile the command line adds a line and exits.
        acknowledged.append(add_line(path, n))
        # We are still open: the second process must not have taken -wal/-shm from under us.
        assert Path(str(path) + "-wal").exists(), f"-wal deleted under us after write {n}"
        assert Path(str(path) + "-shm").exists(), f"-shm deleted under us after write {n}"
        window.db.execute("SELECT count(*) FROM records").fetchone()
    present = {row[0] for row in window.db.execute("SELECT uuid FROM records")}
    assert set(acknowledged) <= present
    assert window.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert {r[0] for r in check.execute("SELECT uuid FROM records")} >= set(acknowledged)
    finally:
        check.close()
