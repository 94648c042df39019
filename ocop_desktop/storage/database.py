"""Opening the data file: pragmas, migrations, and refusing files we cannot trust.

Storage errors come in two kinds (as in qutebrowser's sql.py): ``StorageError`` means the
environment failed — a missing folder, a file from a newer app, a locked or damaged file —
and is shown to the user; anything else is a bug and propagates.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from ocop_desktop import __version__
from ocop_desktop.storage.migrations import MIGRATION_SET, migrations


class StorageProblem(StrEnum):
    TOO_NEW = "too_new"
    NOT_OURS = "not_ours"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"
    LOCKED = "locked"


class StorageError(Exception):
    """The data file cannot be used; ``problem`` says why, ``path`` which file."""

    def __init__(self, problem: StorageProblem, path: Path | None, detail: str = ""):
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail


def _configure(conn: sqlite3.Connection) -> None:
    # WAL keeps readers and the writer apart; synchronous=FULL makes every committed line
    # survive a power cut (DESIGN.md §8), at the cost of one fsync per commit.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def unknown_migrations(db: Database) -> list[str]:
    """Steps recorded in the file that this version does not know (a newer app wrote it)."""
    if not db["_sqlite_migrations"].exists():
        return []
    known = {m.name for m in migrations._migrations}
    applied = [m.name for m in migrations.applied(db)]
    return [name for name in applied if name not in known]


def open_database(path: Path | str | None = None, *, memory: bool = False) -> Database:
    """Open (creating if needed) and migrate the data file. ``memory=True`` for tests."""
    if memory:
        db = Database(memory=True, execute_plugins=False)
        migrate(db, None)
        return db
    assert path is not None
    file = Path(path)
    if file.exists() and file.is_dir():
        raise StorageError(StorageProblem.UNREADABLE, file, "is a directory")
    if file.exists() and file.stat().st_size > 0:
        with open(file, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise StorageError(StorageProblem.NOT_OURS, file, "not an SQLite file")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(file), check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StorageError(_classify(exc), file, str(exc)) from exc
    # No sqlite-utils plugins: scanning entry points costs start-up time and we use none.
    db = Database(conn, execute_plugins=False)
    try:
        # Refuse a file that is not ours, or is newer, before anything (even the journal
        # mode) is changed in it.
        check_compatible(db, file)
        _configure(conn)
        migrate(db, file)
    except StorageError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StorageError(_classify(exc), file, str(exc)) from exc
    return db


def _classify(exc: Exception) -> StorageProblem:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageProblem.LOCKED
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageProblem.DAMAGED
    return StorageProblem.UNREADABLE


def check_compatible(db: Database, path: Path | None) -> None:
    """Raise StorageError unless the file is empty or one of ours that we can read."""
    tables = set(db.table_names())
    if tables and "_sqlite_migrations" not in tables:
        raise StorageError(StorageProblem.NOT_OURS, path, "no migrations table")
    if "_sqlite_migrations" in tables and not migrations.applied(db):
        other_sets = db.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations").fetchall()
        if other_sets:
            raise StorageError(StorageProblem.NOT_OURS, path, str(other_sets))
    newer = unknown_migrations(db)
    if newer:
        raise StorageError(StorageProblem.TOO_NEW, path, ", ".join(newer))


def migrate(db: Database, path: Path | None) -> None:
    check_compatible(db, path)
    if migrations.pending(db):
        migrations.apply(db)
    # Record which version last wrote the file (issue: the data file records its writer).
    current = db.execute("SELECT value FROM settings WHERE key = 'app_version'").fetchone()
    if current is None or current[0] != __version__:
        with db.atomic():
            db.execute(
                "INSERT INTO settings (key, value) VALUES ('app_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [__version__])


def migration_set_name() -> str:
    return MIGRATION_SET
