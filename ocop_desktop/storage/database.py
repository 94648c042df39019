"""Opening the data file: pragmas, migrations, and refusing files we cannot trust.

Storage errors come in two kinds (as in qutebrowser's sql.py): ``StorageError`` means the
environment failed — a missing folder, a file from a newer app, a locked or damaged file —
and is shown to the user; anything else is a bug and propagates.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import shutil
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from ocop_desktop import __version__
from ocop_desktop.storage import migrations
from ocop_desktop.storage.migrations import MIGRATION_SET


class StorageProblem(StrEnum):
    TOO_NEW = "too_new"
    NOT_OURS = "not_ours"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"
    LOCKED = "locked"  # another process held the file longer than the busy timeout
    READ_ONLY = "read_only"  # read-only media or permissions: readable, cannot save
    DISK_FULL = "disk_full"
    WRONG_SCHEMA = "wrong_schema"  # a restore candidate whose tables/triggers… differ from ours


class StorageError(Exception):
    """The data file cannot be used; ``problem`` says why, ``path`` which file."""

    def __init__(self, problem: StorageProblem, path: Path | None, detail: str = ""):
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail


# How long a statement waits for another process's write lock before giving up (ms).
BUSY_TIMEOUT_MS = 5000


class Database:
    """One connection to a data file (or a backup), and what storage asks of it: statements
    (``execute``), rows as dicts (``query``), transactions (``atomic``, ``snapshot``).

    Write transactions begin ``BEGIN IMMEDIATE``. A deferred transaction that reads and then
    writes gets SQLITE_BUSY at once when another process wrote meanwhile (the busy timeout
    does not apply to that upgrade); IMMEDIATE takes the write lock first, so it waits up to
    ``BUSY_TIMEOUT_MS``. Past that, and on read-only media or a full disk, the failure
    becomes a ``StorageError`` the window and the command line show in one line.
    ``snapshot()`` is the read-only counterpart: one consistent view for several queries
    without holding the write lock.

    Our own small class rather than sqlite-utils' ``Database``: importing sqlite-utils costs
    ~60 ms of every start (DESIGN.md §7). Its table API serves the schema steps, on the same
    connection (``storage/tables.py``). The connection is in autocommit mode
    (``isolation_level=None``): nothing begins a transaction but ``atomic`` and ``snapshot``.
    """

    read_only = False  # opened for reading only (read-only media, no permission)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # As sqlite-utils' Database did on every connection the app made before.
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None
                ) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None
              ) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT as dicts keyed by column name (fetched as iterated)."""
        cursor = self.execute(sql, parameters)
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows")
        keys = [column[0] for column in cursor.description]
        if len(set(keys)) != len(keys):
            raise ValueError(f"a column name comes twice: {keys}")
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [row[0] for row in self.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def rollback(self) -> None:
        """Roll back the open transaction, if there is one."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction: committed when the block ends, rolled back if it raises. Inside
        the caller's transaction, a savepoint."""
        if self.conn.in_transaction:
            with self._savepoint():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise storage_error(exc, self.path) from exc
        try:  # the caller's work and the commit: either failing rolls back
            yield self
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.rollback()
            raise storage_error(exc, self.path) from exc
        except BaseException:
            self.rollback()
            raise

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"ocop_{next(_savepoint_numbers)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # An error such as a RAISE(ROLLBACK) trigger may have ended the whole
            # transaction, savepoint included: nothing is left to undo then.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def snapshot(self) -> contextlib.AbstractContextManager[Database]:
        return snapshot(self)

    @property
    def path(self) -> Path | None:
        return database_file(self)


_savepoint_numbers = itertools.count(1)


def database_file(db: Database) -> Path | None:
    """The file behind a connection; None for an in-memory database."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


@contextlib.contextmanager
def snapshot(db: Database) -> Iterator[Database]:
    """Several reads that see one state of the file, without taking the write lock."""
    if db.conn.in_transaction:
        yield db
        return
    db.conn.execute("BEGIN DEFERRED")
    try:
        yield db
    finally:
        db.rollback()


def checkpoint(db: Database) -> None:
    """Fold the WAL back into the data file and shrink it to nothing (after a huge
    transaction; best effort: a reader elsewhere only delays it to the next checkpoint)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def storage_error(exc: BaseException, path: Path | None) -> StorageError:
    """The ``StorageError`` for an SQLite or OS failure (locked, read-only, full…)."""
    return StorageError(_classify_at(exc, path), path, str(exc))


def _classify_at(exc: BaseException, path: Path | None) -> StorageProblem:
    """``classify``, and an I/O error on a volume with no free space is a full disk
    (SQLite reports a ``-shm`` or journal it cannot grow as SQLITE_IOERR, not SQLITE_FULL)."""
    problem = classify(exc)
    if problem is StorageProblem.UNREADABLE and path is not None and \
            sqlite_error(exc) == "SQLITE_IOERR":
        with contextlib.suppress(OSError):
            if shutil.disk_usage(Path(path).parent).free < 1 << 20:
                return StorageProblem.DISK_FULL
    return problem


def connect(path: Path | str, *, read_only: bool = False, create: bool = True,
            immutable: bool = False) -> sqlite3.Connection:
    """THE place where this process opens a connection to a data file or a backup.

    Nothing else in the process may open the data file, its ``-wal`` or its ``-shm``
    (no ``open()`` of the header, no byte copy): closing any descriptor of a file drops every
    POSIX lock the process holds on it, and another process then deletes the WAL under our
    open connections (SQLite's "How To Corrupt", §2.2). A ``file:`` URI built by pathlib,
    so spaces, ``#``, ``?`` and Vietnamese letters reach SQLite intact. Autocommit mode:
    transactions are begun explicitly (``Database.atomic``), never implicitly.
    """
    mode = "ro" if read_only or immutable else ("rwc" if create else "rw")
    uri = Path(path).absolute().as_uri() + f"?mode={mode}"
    if immutable:
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    # WAL keeps readers and the writer apart; synchronous=FULL makes every committed line
    # survive a power cut (DESIGN.md §8), at the cost of one fsync per commit.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def applied_steps(db: Database) -> list[str]:
    """The schema steps the file has had, in the order they ran (the names sqlite-utils'
    ``Migrations`` recorded in ``_sqlite_migrations``)."""
    if "_sqlite_migrations" not in db.table_names():
        return []
    return [row[0] for row in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]


def pending_steps(db: Database) -> list[str]:
    """The schema steps this version knows and the file has not had yet, in order."""
    applied = set(applied_steps(db))
    return [name for name in migrations.step_names() if name not in applied]


def unknown_migrations(db: Database) -> list[str]:
    """Steps recorded in the file that this version does not know (a newer app wrote it)."""
    known = set(migrations.step_names())
    return [name for name in applied_steps(db) if name not in known]


def open_database(path: Path | str | None = None, *, memory: bool = False) -> Database:
    """Open (creating if needed) and migrate the data file. ``memory=True`` for tests.

    Every connection of the process (window, workers, command line) comes from here
    (workers call it through ``operations.queries.worker_session``), and all go through
    ``connect``. A file on read-only media (or without write permission) opens for
    reading: ``db.read_only`` is then true, and any write raises ``StorageError`` READ_ONLY.
    """
    if memory:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        db = Database(conn)
        migrate(db, None)
        return db
    assert path is not None
    file = Path(path)
    if file.is_dir():
        raise StorageError(StorageProblem.UNREADABLE, file, "is a directory")
    try:
        if not file.exists():
            file.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(file)
    except (sqlite3.Error, OSError) as exc:
        if file.is_file():
            return _open_for_reading(file, exc)
        raise StorageError(_classify_at(exc, file), file, str(exc)) from exc
    db = Database(conn)
    try:
        # Refuse a file that is not ours, or is newer, before anything (even the journal
        # mode) is changed in it. SQLite itself reads the header: "not a database".
        check_compatible(db, file)
        if _cannot_write(conn):
            conn.close()
            return _open_for_reading(file, None)
        _configure(conn)
        migrate(db, file)
    except StorageError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        if classify(exc) is StorageProblem.READ_ONLY or not _writable(file):
            return _open_for_reading(file, exc)
        raise StorageError(_classify_at(exc, file), file, str(exc)) from exc
    return db


def _writable(file: Path) -> bool:
    """The file and its folder (for ``-wal`` and ``-shm``) may be written (not on read-only
    media, not without permission)."""
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)


def _cannot_write(conn: sqlite3.Connection) -> bool:
    """True when SQLite opened the file read-only (no permission, read-only media)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        return classify(exc) is StorageProblem.READ_ONLY
    conn.execute("ROLLBACK")
    return False


def _open_for_reading(file: Path, cause: BaseException | None) -> Database:
    """The data file opened for reading only (``read_only`` set), or ``StorageError``.

    A WAL file needs a ``-shm`` beside it; where none can be created (read-only media) the
    file is opened ``immutable``: nothing can change it there.
    """
    conn = None
    for immutable in (False, True):
        try:
            conn = connect(file, read_only=True, immutable=immutable)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
                conn = None
            if immutable or classify(exc) is StorageProblem.DAMAGED:
                problem = _classify_at(cause or exc, file)
                if problem is StorageProblem.UNREADABLE and sqlite_error(exc) == "SQLITE_NOTADB":
                    problem = StorageProblem.NOT_OURS
                raise StorageError(problem, file, str(cause or exc)) from exc
    assert conn is not None
    db = Database(conn)
    db.read_only = True
    try:
        check_compatible(db, file)
        if pending_steps(db):  # an older file that cannot be brought up to date here
            raise StorageError(StorageProblem.READ_ONLY, file, "needs migrations")
    except BaseException:
        conn.close()
        raise
    return db


# What SQLite's primary result codes mean for the user; any other code (SQLITE_CANTOPEN,
# SQLITE_IOERR, SQLITE_PERM…) is UNREADABLE. Messages are never read: they are for people.
_SQLITE_PROBLEMS = {
    "SQLITE_READONLY": StorageProblem.READ_ONLY,
    "SQLITE_FULL": StorageProblem.DISK_FULL,
    "SQLITE_BUSY": StorageProblem.LOCKED,  # another connection holds the lock
    "SQLITE_LOCKED": StorageProblem.LOCKED,  # a conflict within this connection's cache
    "SQLITE_CORRUPT": StorageProblem.DAMAGED,
    "SQLITE_NOTADB": StorageProblem.DAMAGED,
}


def sqlite_error(exc: BaseException) -> str | None:
    """The primary result code SQLite failed with, by name ("SQLITE_BUSY" also for the
    extended SQLITE_BUSY_SNAPSHOT…); None for an error SQLite did not report."""
    name = getattr(exc, "sqlite_errorname", None)
    if not isinstance(name, str) or not name.startswith("SQLITE_"):
        return None
    return "_".join(name.split("_")[:2])


def classify(exc: BaseException) -> StorageProblem:
    """What an OS or SQLite failure means for the user (UNREADABLE when nothing more is known)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageProblem.DISK_FULL
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return StorageProblem.READ_ONLY
    return _SQLITE_PROBLEMS.get(sqlite_error(exc) or "", StorageProblem.UNREADABLE)


def check_compatible(db: Database, path: Path | None) -> None:
    """Raise StorageError unless the file is empty or one of ours that we can read."""
    try:
        tables = set(db.table_names())
    except sqlite3.DatabaseError as exc:
        if sqlite_error(exc) == "SQLITE_NOTADB":
            raise StorageError(StorageProblem.NOT_OURS, path, str(exc)) from exc
        raise
    if tables and "_sqlite_migrations" not in tables:
        raise StorageError(StorageProblem.NOT_OURS, path, "no migrations table")
    if "_sqlite_migrations" in tables and not applied_steps(db):
        other_sets = db.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations").fetchall()
        if other_sets:
            raise StorageError(StorageProblem.NOT_OURS, path, str(other_sets))
    newer = unknown_migrations(db)
    if newer:
        raise StorageError(StorageProblem.TOO_NEW, path, ", ".join(newer))


def migrate(db: Database, path: Path | None) -> None:
    check_compatible(db, path)
    if pending_steps(db):
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
