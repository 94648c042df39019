"""Issue 16 item 7: SQLite failures are classified by SQLite's result code
(``sqlite_errorname``), never by the wording of the message, which is for people.

Every failure here is a real one from SQLite: a second process holding the write lock, a
connection opened read-only, a file that is not a database, and ordinary SQL errors whose
messages happen to contain words ("locked", "readonly", "malformed") that the old text
matching took for a busy, read-only or damaged file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ocop_desktop.storage.database import (
    StorageError,
    StorageProblem,
    connect,
    open_database,
    sqlite_error,
    storage_error,
)
from ocop_desktop.storage.repository import Repository
from tests.locking import write_lock_held


def _path(repo: Repository) -> Path:
    return Path(repo.db.conn.execute("PRAGMA database_list").fetchone()[2])


def _failure(conn: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        conn.execute(sql)
    return info.value


def test_a_real_busy_file_is_locked(repo: Repository) -> None:
    path = _path(repo)
    other = connect(path)
    other.execute("PRAGMA busy_timeout = 100")
    try:
        with write_lock_held(path):
            exc = _failure(other, "BEGIN IMMEDIATE")
    finally:
        other.close()
    assert exc.sqlite_errorname == "SQLITE_BUSY"  # type: ignore[attr-defined]
    assert storage_error(exc, path).problem is StorageProblem.LOCKED


def test_a_write_on_a_read_only_connection_is_read_only(repo: Repository) -> None:
    path = _path(repo)
    reader = connect(path, read_only=True)
    try:
        exc = _failure(reader, "INSERT INTO settings (key, value) VALUES ('k', 'v')")
    finally:
        reader.close()
    assert sqlite_error(exc) == "SQLITE_READONLY"
    assert storage_error(exc, path).problem is StorageProblem.READ_ONLY


def test_a_file_that_is_not_a_database_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are notes, not a database. " * 200)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.problem is StorageProblem.NOT_OURS
    assert sqlite_error(info.value.__cause__) == "SQLITE_NOTADB"  # type: ignore[arg-type]


@pytest.mark.parametrize("sql, misleading", [
    ("SELECT * FROM locked", StorageProblem.LOCKED),  # no such table: locked
    ("SELECT * FROM busy_hours", StorageProblem.LOCKED),
    ("SELECT readonly FROM settings", StorageProblem.READ_ONLY),  # no such column
    ("SELECT * FROM malformed_rows", StorageProblem.DAMAGED),
    ("SELECT * FROM corrupt", StorageProblem.DAMAGED),
])
def test_a_message_that_mentions_a_problem_is_not_that_problem(
        repo: Repository, sql: str, misleading: StorageProblem) -> None:
    exc = _failure(repo.db.conn, sql)
    assert sqlite_error(exc) == "SQLITE_ERROR"
    problem = storage_error(exc, _path(repo)).problem
    assert problem is not misleading
    assert problem is StorageProblem.UNREADABLE


def test_an_error_sqlite_did_not_raise_is_unreadable_whatever_it_says(tmp_path: Path) -> None:
    """Python-level sqlite3 errors carry no result code; their words decide nothing."""
    conn = sqlite3.connect(tmp_path / "closed.sqlite")
    conn.close()
    exc = _failure(conn, "SELECT 1")  # "Cannot operate on a closed database."
    assert sqlite_error(exc) is None
    assert storage_error(exc, None).problem is StorageProblem.UNREADABLE
    made_up = sqlite3.OperationalError("database is locked (disk is full, read-only)")
    assert storage_error(made_up, None).problem is StorageProblem.UNREADABLE


def test_extended_codes_count_as_their_primary_code() -> None:
    class Busy(sqlite3.OperationalError):
        sqlite_errorname = "SQLITE_BUSY_SNAPSHOT"

    class ReadOnly(sqlite3.OperationalError):
        sqlite_errorname = "SQLITE_READONLY_DBMOVED"

    assert sqlite_error(Busy()) == "SQLITE_BUSY"
    assert storage_error(Busy(), None).problem is StorageProblem.LOCKED
    assert storage_error(ReadOnly(), None).problem is StorageProblem.READ_ONLY
