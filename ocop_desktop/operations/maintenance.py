"""Demo data, backups and restore: what the setup wizard, the File menu and the CLI call.

``load_demo`` fills a database with the founding directive, its topics, a Lạng Sơn unit
tree, a station installation (each only if missing) and N realistic records, in ONE
transaction: cancelled half-way (``progress`` raising), it leaves nothing behind.

Backups use SQLite's online backup API (``storage.backup``); the functions here decide
when, where and how many.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ocop_desktop import paths
from ocop_desktop.domain import demo
from ocop_desktop.domain.records import Installation, LogRecord, Role, Unit, UnitLevel
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations.log import (
    Area,
    Changes,
    import_units,
    save_directive,
    save_installation,
    save_topic,
)
from ocop_desktop.storage.backup import (
    AUTOMATIC_REASONS,
    SAME_FILE,
    BackupReason,
    backups_in,
    check_backup,
    copy_database,
    raw_copy,
    replace_file,
    stage_for_restore,
    unused_backup_path,
    write_into,
)
from ocop_desktop.storage.database import StorageError, StorageProblem, open_database
from ocop_desktop.storage.repository import Repository

__all__ = [
    "BackupReason", "auto_backup", "backup_now", "list_backups", "load_demo",
    "restore_backup", "suggest_installation",
]

Progress = Callable[[int, int], None]
# Above this many new records, indexes and the search index are rebuilt once at the end
# instead of being updated row by row (measured: see README, "Dữ liệu mẫu").
BULK_THRESHOLD = 20_000
_BATCH = 10_000


# -- installation ------------------------------------------------------------------------

def suggest_installation(repo: Repository, unit: Unit, role: Role,
                         on: dt.date | None = None) -> Installation:
    """The report header this unit usually has (bodies, place, recipient, signer's title),
    for a first set-up: the reporting relationship on ``on`` (default: today, or the last
    day of a unit that no longer exists), with the names valid that day."""
    from ocop_desktop.operations.administration import bodies_on, setup_day

    day = on or setup_day(unit)

    def lookup(code: str | None) -> Unit | None:
        if code is None:
            return None
        return repo.unit(code, day) or repo.any_unit(code)

    parent = lookup(unit.parent_code)
    province: Unit | None = unit
    for _ in range(4):  # at most commune → district → province
        if province is None or province.level is UnitLevel.PROVINCE:
            break
        province = lookup(province.parent_code)
    return demo.suggested_installation(unit, parent, province, role, day,
                                       bodies_on(repo, unit, day))


# -- demo data ---------------------------------------------------------------------------

def load_demo(repo: Repository, *, records: int, progress: Progress | None = None,
              seed: int = demo.DEFAULT_SEED, today: dt.date | None = None) -> Changes:
    """Add the demo directive, topics, units and installation if missing, and N records."""
    if records < 0:
        raise ValidationError([Problem("records", ProblemCode.NEGATIVE)])
    if records > 10_000_000:
        raise ValidationError([Problem("records", ProblemCode.TOO_LARGE, {"max": 10_000_000})])
    today = today or dt.date.today()
    end = min(demo.DEMO_END, today)
    start = min(demo.DEMO_START, end - dt.timedelta(days=365))
    areas = {Area.RECORDS}
    with repo.db.atomic():
        if repo.unit_count() < len(demo.DEMO_UNITS):
            # An empty catalogue, or only the unit ``init`` created: complete the demo tree
            # so the records spread over many units. A real catalogue is left as it is.
            areas |= _add_missing_demo_units(repo)
        if repo.directive(demo.FOUNDING_DIRECTIVE.number) is None:
            save_directive(repo, directive=demo.FOUNDING_DIRECTIVE)
            areas.add(Area.DIRECTIVES)
        for topic in demo.DEMO_TOPICS:
            if repo.topic(topic.code) is None:
                save_topic(repo, topic=topic)
                areas.add(Area.TOPICS)
        units = _record_units(repo, start, end)
        if not units:
            # The catalogue has no unit that existed in 2021–2022 (only the 2025 list, say).
            areas |= _add_missing_demo_units(repo)
            units = _record_units(repo, start, end)
        if not units:
            raise ValidationError([Problem("unit_code", ProblemCode.UNKNOWN_UNIT,
                                           {"code": demo.DEMO_STATION})])
        installation = repo.installation()
        if installation is None:
            station = demo.DEMO_STATION if demo.DEMO_STATION in units else _first_commune(
                repo, units, end)
            unit = repo.unit(station, end)
            assert unit is not None
            installation = demo.demo_installation(
                suggest_installation(repo, unit, Role.STATION, on=end))
            save_installation(repo, installation=installation)
            areas.add(Area.SETTINGS)
        added = _insert_demo_records(
            repo, demo.generate_records(
                count=records, unit_codes=units, topics=repo.topic_windows(), start=start,
                end=end, seed=seed, favoured_unit=installation.unit_code),
            records, progress)
        repo.audit("records", "demo", "create", None, f"added={added} seed={seed}")
    if added >= BULK_THRESHOLD:
        # One huge transaction leaves a WAL as large as the data; fold it back and shrink it
        # (best effort: a reader elsewhere only delays this until the next checkpoint).
        repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Changes(frozenset(areas), added=added)


def _add_missing_demo_units(repo: Repository) -> set[Area]:
    """Add the demo tree's units whose codes the catalogue does not have."""
    missing = [u for u in demo.DEMO_UNITS if repo.any_unit(u.code) is None]
    if not missing:
        return set()
    import_units(repo, units=missing)
    return {Area.UNITS}


def _record_units(repo: Repository, start: dt.date, end: dt.date) -> list[str]:
    """Codes of districts and communes valid over the whole range (records must be valid)."""
    valid_start = {u.code for u in repo.units(start)}
    return sorted(u.code for u in repo.units(end)
                  if u.code in valid_start and u.level is not UnitLevel.PROVINCE)


def _first_commune(repo: Repository, codes: list[str], day: dt.date) -> str:
    for code in codes:
        unit = repo.unit(code, day)
        if unit is not None and unit.level is UnitLevel.COMMUNE:
            return code
    return codes[0]


def _insert_demo_records(repo: Repository, records: Iterator[LogRecord], total: int,
                         progress: Progress | None) -> int:
    """Insert inside the caller's transaction, fast for a million rows.

    Row-by-row upkeep of the indexes and of the search index dominates a bulk insert; above
    ``BULK_THRESHOLD`` new rows they are dropped and rebuilt once at the end, in the same
    transaction, so a failure or a cancel restores them with everything else.
    """
    conn = repo.db.conn
    if total < BULK_THRESHOLD:
        return _insert_batches(repo, records, total, progress)
    first_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM records").fetchone()[0]) + 1
    cache_size = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    dropped: list[tuple[str, str, str]] = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'records' "
        "AND sql IS NOT NULL AND (type = 'index' "
        "OR (type = 'trigger' AND name = 'records_fts_insert'))").fetchall()
    # A larger page cache lets the index builds sort in memory (restored below).
    conn.execute("PRAGMA cache_size = -262144")
    try:
        for kind, name, _ in dropped:
            conn.execute(f'DROP {kind.upper()} "{name}"')
        added = _insert_batches(repo, records, total, progress, final=False)
        for _, _, sql in dropped:
            conn.execute(sql)
        # What the dropped trigger would have done, for the new rows at once: the search
        # index holds live records only.
        conn.execute("INSERT INTO records_fts (rowid, search_text) SELECT id, search_text "
                     "FROM records WHERE id >= ? AND deleted = 0", [first_id])
    finally:
        conn.execute(f"PRAGMA cache_size = {cache_size}")
    if progress:
        progress(added, total)
    return added


def _insert_batches(repo: Repository, records: Iterator[LogRecord], total: int,
                    progress: Progress | None, *, final: bool = True) -> int:
    added = 0
    if progress:
        progress(0, total)
    batch: list[LogRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= _BATCH:
            added += repo.insert_records(batch)
            batch.clear()
            if progress:
                progress(added, total)
    if batch:
        added += repo.insert_records(batch)
    if progress and final:
        progress(added, total)
    return added


# -- backups -----------------------------------------------------------------------------

def backup_now(repo: Repository, db_path: Path, dest: Path | None = None, *,
               reason: BackupReason = BackupReason.MANUAL) -> Path:
    """Copy the open database to ``dest`` (a file, or a folder) or the backup folder.

    Raises ``StorageError`` (UNREADABLE with the OS reason, e.g. a full disk) on failure;
    a failed copy leaves no partial file.
    """
    at = dt.datetime.now()
    if dest is None:
        target = unused_backup_path(paths.backup_dir(db_path), db_path, reason, at)
    elif dest.is_dir():
        target = unused_backup_path(dest, db_path, reason, at)
    else:
        target = dest
    if target.resolve() == db_path.resolve():
        raise StorageError(StorageProblem.UNREADABLE, target, SAME_FILE)
    copy_database(repo.db.conn, target)
    return target


def auto_backup(repo: Repository, db_path: Path, *, reason: str,
                keep: int = 14) -> Path | None:
    """The automatic backup: ``daily`` (only if none was taken today) or ``exit`` (always).

    An exit backup replaces the same day's earlier exit backup, so opening and closing the
    app many times a day does not push older days out. Then only the newest ``keep``
    automatic backups are kept (manual and before-restore copies are never deleted).
    """
    kind = BackupReason(reason)
    if kind not in AUTOMATIC_REASONS:
        raise ValueError(f"not an automatic backup reason: {reason}")
    folder = paths.backup_dir(db_path)
    existing = backups_in(folder, db_path)
    today = dt.date.today()
    if kind is BackupReason.DAILY and any(at.date() == today for _, at, _ in existing):
        return None
    path = backup_now(repo, db_path, reason=kind)
    if kind is BackupReason.EXIT:
        for old, at, why in existing:
            if why is BackupReason.EXIT and at.date() == today:
                old.unlink(missing_ok=True)
    automatic = [p for p, _, why in backups_in(folder, db_path) if why in AUTOMATIC_REASONS]
    for old in automatic[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return path


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this data file in its backup folder, newest first."""
    return [path for path, _, _ in backups_in(paths.backup_dir(db_path), db_path)]


def restore_backup(db_path: Path, source: Path) -> Path:
    """Replace the data by a backup's; return the safety copy of the data as it was.

    The source is checked first (an SQLite file of this app, sound, not from a newer
    version — ``StorageError`` NOT_OURS / DAMAGED / TOO_NEW otherwise, and nothing changes),
    copied and migrated to this version's schema; then the current data is backed up, and
    the copy is written into the live file through SQLite, so connections the app has open
    stay valid.
    """
    source = Path(source)
    if not source.is_file():
        raise StorageError(StorageProblem.UNREADABLE, source, "no such file")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise StorageError(StorageProblem.UNREADABLE, source, SAME_FILE)
    check_backup(source)
    if not db_path.exists() or db_path.stat().st_size == 0:
        open_database(db_path).close()  # an empty data file, so the safety copy is real
    folder = paths.backup_dir(db_path)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".restore-") as tmp:
        staged = Path(tmp) / "staged.sqlite"
        stage_for_restore(source, staged)
        safety = unused_backup_path(folder, db_path, BackupReason.BEFORE_RESTORE,
                                    dt.datetime.now())
        if _safety_copy(db_path, safety):
            try:
                write_into(db_path, staged)
            except StorageError as exc:
                if exc.problem is not StorageProblem.DAMAGED:
                    raise
                replace_file(db_path, staged)
        else:
            replace_file(db_path, staged)
    return safety


def _safety_copy(db_path: Path, safety: Path) -> bool:
    """Back up the current data before it is replaced; False if SQLite cannot read it
    (then the bytes are copied as they are: a damaged file may still be worth rescuing)."""
    try:
        conn = sqlite3.connect(str(db_path), timeout=10)
    except sqlite3.Error as exc:
        raise StorageError(StorageProblem.UNREADABLE, db_path, str(exc)) from exc
    try:
        copy_database(conn, safety)
        return True
    except StorageError as exc:
        if exc.problem is not StorageProblem.DAMAGED:
            raise
        raw_copy(db_path, safety)
        return False
    finally:
        conn.close()
