"""Copies of the data file: taken with SQLite's online backup API, checked before a restore.

A backup is a complete, self-contained SQLite file (rollback journal, no ``-wal`` beside it)
named ``<data file stem>-YYYYmmdd-HHMMSS-<reason>.sqlite`` in ``paths.backup_dir``. The
online backup API reads through the connection, so a backup taken while the app runs holds
every committed line, including those still in the WAL.

A restore never copies bytes over a live file: the checked copy is written *into* the live
database through a connection (the backup API again), so other connections to the file —
the GUI's, a worker's — stay valid and see the restored data on their next read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path

from ocop_desktop.atomic_files import AtomicOutput, write_atomically
from ocop_desktop.storage.database import (
    Database,
    StorageError,
    StorageProblem,
    classify,
    connect,
    open_database,
    sqlite_error,
    unknown_migrations,
)
from ocop_desktop.storage.migrations import MIGRATION_SET

# StorageError detail when a backup would overwrite the data file or a restore would read it.
SAME_FILE = "same_file"


class BackupReason(StrEnum):
    MANUAL = "manual"  # the user asked (menu, ``ocop-desktop backup``)
    DAILY = "daily"  # first start of a day
    EXIT = "exit"  # every exit; the day's earlier exit copy is replaced
    BEFORE_RESTORE = "before-restore"  # the data as it was just before a restore


AUTOMATIC_REASONS = frozenset({BackupReason.DAILY, BackupReason.EXIT})
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)"
                   r"\.sqlite$")


def backup_file_name(db_path: Path, reason: BackupReason, at: dt.datetime, n: int = 0) -> str:
    suffix = f"-{n}" if n else ""
    return f"{db_path.stem}-{at:%Y%m%d-%H%M%S}{suffix}-{reason.value}.sqlite"


def parse_backup_name(path: Path, db_path: Path) -> tuple[dt.datetime, BackupReason] | None:
    """When and why a file of the backup folder was made; None for other files."""
    match = _NAME.match(path.name)
    if not match or match["stem"] != db_path.stem:
        return None
    try:
        reason = BackupReason(match["reason"])
        at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return at, reason


def backups_in(folder: Path, db_path: Path) -> list[tuple[Path, dt.datetime, BackupReason]]:
    """Backups of this data file in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            parsed = parse_backup_name(path, db_path)
            if parsed is not None and path.is_file():
                found.append((path, *parsed))
    # The name sorts by time; a same-second counter ("-2") sorts after its sibling.
    found.sort(key=lambda item: (item[1], _counter(item[0])), reverse=True)
    return found


def _counter(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match["n"]) if match and match["n"] else 0


def unused_backup_path(folder: Path, db_path: Path, reason: BackupReason,
                       at: dt.datetime) -> Path:
    n = 0
    while True:
        path = folder / backup_file_name(db_path, reason, at, n)
        if not path.exists():
            return path
        n = n + 2 if n == 0 else n + 1


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (the user's backup stays as it is)."""
    return connect(Path(path).resolve(), read_only=True)


def copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """Write everything ``source`` sees into ``dest`` (replaced atomically when complete)."""

    def write(partial: Path) -> None:
        target = connect(partial)
        try:
            source.backup(target)
            # A backup is one self-contained file: no -wal/-shm to lose when it is copied.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()

    try:
        write_atomically(dest, write, temp_path=dest.with_name(dest.name + ".partial"))
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(_problem_of(exc), dest, str(exc)) from exc


def raw_copy(db_file: Path, dest: Path) -> None:
    """Keep the bytes of a file SQLite cannot read (and its WAL) before replacing it.

    A hard link, not a copy: the process never opens the data file itself (closing such a
    descriptor would drop SQLite's locks on it). Only where the backup folder is on another
    volume are the bytes copied.
    """
    try:
        for suffix in ("", "-wal"):
            source = Path(str(db_file) + suffix)
            if not source.exists():
                continue
            target = Path(str(dest) + suffix)
            try:
                os.link(source, target)
            except OSError:
                shutil.copyfile(source, target)  # another volume; the file is damaged anyway
    except OSError as exc:
        raise StorageError(_problem_of(exc), dest, str(exc)) from exc


def check_backup(path: Path) -> None:
    """Raise ``StorageError`` unless ``path`` is a sound data file this version can open.

    NOT_OURS: not SQLite, or no OCOP Desktop migrations; DAMAGED: integrity check fails;
    TOO_NEW: made by a newer version (it has schema steps this version does not know).
    The file is opened read-only and never changed.
    """
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise StorageError(_problem_of(exc), path, str(exc)) from exc
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            # SQLite read the header (we never open() a database file ourselves).
            if sqlite_error(exc) == "SQLITE_NOTADB":
                raise StorageError(StorageProblem.NOT_OURS, path, "not an SQLite file") \
                    from exc
            raise
        result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise StorageError(StorageProblem.DAMAGED, path, "; ".join(result[:3]))
        db = Database(conn)
        if "_sqlite_migrations" not in db.table_names():
            raise StorageError(StorageProblem.NOT_OURS, path, "no migrations table")
        sets = {row[0] for row in conn.execute(
            "SELECT DISTINCT migration_set FROM _sqlite_migrations")}
        if MIGRATION_SET not in sets:
            raise StorageError(StorageProblem.NOT_OURS, path, f"migration sets {sorted(sets)}")
        newer = unknown_migrations(db)
        if newer:
            raise StorageError(StorageProblem.TOO_NEW, path, ", ".join(newer))
    except sqlite3.DatabaseError as exc:
        raise StorageError(_problem_of(exc, default=StorageProblem.DAMAGED), path,
                           str(exc)) from exc
    finally:
        conn.close()


def stage_for_restore(source: Path, staging: Path) -> None:
    """Copy a checked backup to ``staging`` and bring its schema up to this version.

    Staging means the user's file is read once and never written, and an older backup is
    migrated before it replaces the live data (open connections expect today's schema).
    """
    try:
        src = open_read_only(source)
        try:
            copy_database(src, staging)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise StorageError(_problem_of(exc), source, str(exc)) from exc
    db = open_database(staging)  # runs the pending migrations of an older backup
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        check_schema(db.conn, source)
        result = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise StorageError(StorageProblem.DAMAGED, source, "; ".join(result[:3]))
    finally:
        db.close()


def _schema(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) → (table, SQL with its spacing normalised) of every schema object.

    ``sqlite_stat*`` (what ANALYZE learnt) is no part of the schema the app relies on.
    """
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_stat%'").fetchall()
    return {(kind, name): (table, " ".join((sql or "").split()))
            for kind, name, table, sql in rows}


def expected_schema() -> dict[tuple[str, str], tuple[str, str]]:
    """The schema this version's migrations make, from a freshly migrated memory db."""
    db = open_database(memory=True)
    try:
        return _schema(db.conn)
    finally:
        db.close()


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ``StorageError`` WRONG_SCHEMA unless ``conn``'s file has exactly the tables,
    columns, indexes, triggers and views that this version's migrations make.

    A crafted backup (an extra trigger that deletes records, a table replaced by a view, an
    index dropped) would otherwise be restored and break the next save.
    """
    found = _schema(conn)
    wanted = expected_schema()
    differences = []
    for key in sorted(set(found) | set(wanted)):
        kind, name = key
        if key not in wanted:
            differences.append(f"+{kind} {name}")
        elif key not in found:
            differences.append(f"-{kind} {name}")
        elif found[key] != wanted[key]:
            differences.append(f"~{kind} {name}")
    if differences:
        raise StorageError(StorageProblem.WRONG_SCHEMA, path, ", ".join(differences[:5]))


def write_into(live: Path, staged: Path) -> None:
    """Replace the content of ``live`` by ``staged`` through a connection (backup API)."""
    src = connect(staged)
    try:
        target = connect(live, create=False)
        try:
            target.execute("PRAGMA busy_timeout = 10000")
            src.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise StorageError(_problem_of(exc), live, str(exc)) from exc
    finally:
        src.close()


def replace_file(live: Path, staged: Path) -> None:
    """Last resort when the live file is too damaged to open: swap the file itself.

    Only reached when SQLite cannot read the live file. The checked copy is written beside
    it and renamed over it (the live file is never opened); a failure leaves nothing.
    """
    try:
        with AtomicOutput(live, temp_path=live.with_name(live.name + ".restore-partial")) \
                as output:
            assert output.file is not None
            with open(staged, "rb") as handle:
                shutil.copyfileobj(handle, output.file, 1 << 20)
            for suffix in ("-wal", "-shm"):
                _remove_quietly(Path(str(live) + suffix))
            output.commit()
    except OSError as exc:
        raise StorageError(_problem_of(exc), live, str(exc)) from exc


def _problem_of(exc: BaseException,
                default: StorageProblem = StorageProblem.UNREADABLE) -> StorageProblem:
    problem = classify(exc)
    return default if problem is StorageProblem.UNREADABLE else problem


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
