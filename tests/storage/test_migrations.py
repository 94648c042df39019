import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ocop_desktop import __version__
from ocop_desktop.storage.database import (
    StorageError,
    StorageProblem,
    open_database,
    pending_steps,
)
from ocop_desktop.storage.migrations import MIGRATION_SET, migration_set, step_names
from tests.sqlfile import rows

KNOWN = step_names()


def applied(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT migration_set, name FROM _sqlite_migrations "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_empty_file_gets_every_step(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    path.touch()  # a zero-byte file, as a failed copy or a new file leaves it
    db = open_database(path)
    try:
        assert pending_steps(db) == []
        tables = set(db.table_names())
        assert {"settings", "units", "forms", "directives", "topics", "records",
                "records_fts", "audit_log"} <= tables
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        version = db.execute("SELECT value FROM settings WHERE key = 'app_version'").fetchone()
        assert version[0] == __version__
        assert db.execute("SELECT count(*) FROM forms").fetchone()[0] == 14  # Decree 49 (0009)
    finally:
        db.close()
    assert applied(path) == [(MIGRATION_SET, name) for name in KNOWN]


def test_a_missing_file_is_created_with_every_step(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "new.sqlite"
    open_database(path).close()
    assert [name for _, name in applied(path)] == KNOWN


def test_reopening_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    open_database(path).close()
    before = rows(path, "SELECT * FROM _sqlite_migrations")
    schema = rows(path, "SELECT sql FROM sqlite_master ORDER BY name")
    db = open_database(path)
    assert pending_steps(db) == []
    db.close()
    assert rows(path, "SELECT * FROM _sqlite_migrations") == before
    assert rows(path, "SELECT sql FROM sqlite_master ORDER BY name") == schema


def test_an_older_file_gets_only_the_missing_steps(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path)
    migration_set().apply(old, stop_before=KNOWN[-1])
    old.close()
    assert [name for _, name in applied(path)] == KNOWN[:-1]
    open_database(path).close()
    assert [name for _, name in applied(path)] == KNOWN


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES (?, '9999_from_the_future', '2030-01-01')", [MIGRATION_SET])
    conn.execute("UPDATE settings SET value = '9.0.0' WHERE key = 'app_version'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.problem is StorageProblem.TOO_NEW
    assert "9999_from_the_future" in info.value.detail
    assert digest(path) == before
    [(version,)] = rows(path, "SELECT value FROM settings WHERE key = 'app_version'")
    assert version == "9.0.0"


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Sổ ghi tháng 6\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.problem is StorageProblem.NOT_OURS
    assert digest(path) == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.problem is StorageProblem.NOT_OURS
    assert rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'") == [("contacts",)]


def test_another_programs_database_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError):
        open_database(path)
    assert digest(path) == before


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        open_database(tmp_path)
    assert info.value.problem is StorageProblem.UNREADABLE


SHIPPED_ORDER = ["0001_catalogues", "0002_records", "0005_outbox", "0003_reports",
                 "0006_schedule", "0004_imports"]


def test_the_shipped_steps_keep_their_names_and_order() -> None:
    # Files in the field record these names; renaming or reordering them would make those
    # files look foreign or migrate them differently from a new file.
    names = step_names()
    assert names[:len(SHIPPED_ORDER)] == SHIPPED_ORDER


def test_later_steps_are_numbered_in_the_order_they_run() -> None:
    numbers = [int(name[:4]) for name in step_names()[len(SHIPPED_ORDER):]]
    assert numbers == sorted(set(numbers))  # ascending, no number used twice
    assert all(n > len(SHIPPED_ORDER) for n in numbers)
