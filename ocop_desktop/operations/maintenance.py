"""Demo data, backups and restore: what the setup wizard, the File menu and the CLI call.

``load_demo`` fills a database with the founding directive, its topics, a Lạng Sơn unit
tree, a station installation (each only if missing) and N realistic records, in ONE
transaction: cancelled half-way (``progress`` raising), it leaves nothing behind.

Backups use SQLite's online backup API (``storage.backup``); the functions here decide
when, where and how many.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ocop_desktop import paths
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
    backup_file_name,
    backups_in,
    check_backup,
    copy_database,
    raw_copy,
    replace_file,
    stage_for_restore,
    unused_backup_path,
    write_into,
)
from ocop_desktop.storage.database import (
    StorageError,
    StorageProblem,
    checkpoint,
    connect,
    open_database,
)
from ocop_desktop.storage.demo import DemoStore
from ocop_desktop.storage.reports import ReportStore
from ocop_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

__all__ = [
    "BackupReason", "auto_backup", "backup_now", "demo_record_count",
    "backups", "list_backups", "load_demo", "manual_backup_name", "remove_demo",
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
    from ocop_desktop.domain import demo
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
              seed: int | None = None, today: dt.date | None = None,
              id_seed: int | None = None) -> Changes:
    """Demo data for THIS installation: ``records`` records of its own unit (and, for an
    office, of the units under it), dated over the 13 months up to ``today``, with topics
    valid today. On a file with no installation yet (``ocop-desktop demo`` on a new file),
    a demo tree and a demo station are made first. Everything added is registered in
    ``demo_data`` so ``remove_demo`` takes it away again, and only it. ``seed``: the demo
    generator's, ``demo.DEFAULT_SEED`` by default."""
    # Imported here: the demo tables are not needed to start the window.
    from ocop_desktop.domain import demo

    seed = demo.DEFAULT_SEED if seed is None else seed
    if records < 0:
        raise ValidationError([Problem("records", ProblemCode.NEGATIVE)])
    if records > 10_000_000:
        raise ValidationError([Problem("records", ProblemCode.TOO_LARGE, {"max": 10_000_000})])
    today = today or dt.date.today()
    start, end = demo.demo_range(today)
    areas = {Area.RECORDS}
    with repo.db.atomic():
        installation = repo.installation()
        if installation is None:
            if repo.unit_count() < len(demo.DEMO_UNITS):
                # An empty catalogue, or only the unit ``init`` created: complete the demo
                # tree. A real catalogue is left as it is.
                areas |= _add_missing_demo_units(repo)
            candidates = _record_units(repo, start, end)
            if not candidates:
                areas |= _add_missing_demo_units(repo)
                candidates = _record_units(repo, start, end)
            if not candidates:
                raise ValidationError([Problem("unit_code", ProblemCode.UNKNOWN_UNIT,
                                               {"code": demo.DEMO_STATION})])
            station = (demo.DEMO_STATION if demo.DEMO_STATION in candidates
                       else _first_commune(repo, candidates, end))
            unit = repo.unit(station, end)
            assert unit is not None
            installation = demo.demo_installation(
                suggest_installation(repo, unit, Role.STATION, on=end))
            save_installation(repo, installation=installation)
            areas.add(Area.SETTINGS)
        units = _own_units(repo, installation, start, end)
        if not units:
            # The own unit did not exist over the whole range (a unit made by the 2025
            # reform, say): its records could not be valid.
            raise ValidationError([Problem("unit_code", ProblemCode.UNKNOWN_UNIT, {
                "code": installation.unit_code})])
        register = DemoStore(repo.db)
        directive = demo.demo_directive(start)
        if repo.directive(directive.number) is None:
            save_directive(repo, directive=directive)
            register.register("directive", directive.number)
            areas.add(Area.DIRECTIVES)
        for topic in demo.current_topics(start):
            if repo.topic(topic.code) is None:
                save_topic(repo, topic=topic)
                register.register("topic", topic.code)
                areas.add(Area.TOPICS)
        first_id = register.max_record_id() + 1
        added = _insert_demo_records(
            repo, demo.generate_records(
                count=records, unit_codes=units, topics=repo.topic_windows(), start=start,
                end=end, seed=seed, favoured_unit=installation.unit_code, id_seed=id_seed,
                mark=demo.DEMO_MARK),
            records, progress)
        register.register_records(first_id, register.max_record_id())
        repo.audit("records", "demo", "create", None, f"added={added} seed={seed}")
    if added >= BULK_THRESHOLD:
        # One huge transaction leaves a WAL as large as the data: fold it back, shrink it.
        checkpoint(repo.db)
    return Changes(frozenset(areas), added=added)


def demo_record_count(repo: Repository) -> int:
    """How many live demo records the file holds (0: nothing to remove)."""
    return DemoStore(repo.db).demo_record_count()


def remove_demo(repo: Repository) -> Changes:
    """Remove what the demo generator added: its records (by their registered id ranges,
    so no real record is ever touched), then its topics and directive if nothing real uses
    them. Units and the installation stay (they are real catalogue entries and settings)."""
    with repo.db.atomic():
        records, topics, directives = DemoStore(repo.db).delete_demo()
        repo.audit("records", "demo", "remove", None,
                   f"records={records} topics={topics} directives={directives}")
    areas = {Area.RECORDS}
    if topics:
        areas.add(Area.TOPICS)
    if directives:
        areas.add(Area.DIRECTIVES)
    return Changes(frozenset(areas), deleted=records)


def _add_missing_demo_units(repo: Repository) -> set[Area]:
    """Add the demo tree's units whose codes the catalogue does not have."""
    from ocop_desktop.domain import demo

    missing = [u for u in demo.DEMO_UNITS if repo.any_unit(u.code) is None]
    if not missing:
        return set()
    import_units(repo, units=missing)
    return {Area.UNITS}


def _own_units(repo: Repository, installation: Installation, start: dt.date,
               end: dt.date) -> list[str]:
    """The installation's own unit, and for an office the units under it, valid over the
    whole range (a station's demo is its own log only)."""
    valid = set(_record_units(repo, start, end))
    own = installation.unit_code
    if installation.role is Role.STATION:
        return [own] if own in valid else []
    below = repo.descendant_codes(own, start) & repo.descendant_codes(own, end)
    return sorted(code for code in below if code in valid or code == own
                  and repo.unit(own, start) is not None and repo.unit(own, end) is not None)


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
    if total < BULK_THRESHOLD:
        return _insert_batches(repo, records, total, progress)
    with repo.records_indexed_after():
        added = _insert_batches(repo, records, total, progress, final=False)
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


def backups(db_path: Path) -> list[tuple[Path, dt.datetime, BackupReason]]:
    """This data file's backups in its backup folder, newest first: (file, made at, why)."""
    return backups_in(paths.backup_dir(db_path), db_path)


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this data file in its backup folder, newest first."""
    return [path for path, _, _ in backups(db_path)]


def manual_backup_name(db_path: Path, at: dt.datetime) -> str:
    """The file name "Sao lưu ngay…" suggests: the data file's name, the time, "manual"."""
    return backup_file_name(db_path, BackupReason.MANUAL, at)


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


# -- leftovers ---------------------------------------------------------------------------

# A temp file untouched this long belongs to no running export or restore (both write
# continuously); younger ones may be another process's work in progress.
STALE_AFTER = dt.timedelta(minutes=15)


def sweep_leftovers(repo: Repository, db_path: Path, *,
                    now: dt.datetime | None = None) -> list[Path]:
    """Remove what a killed export, backup or restore left behind; return what was removed.

    ``.~NAME.*.tmp`` in the folders reports were exported to (the register's and the
    default one), ``backups/.restore-*/`` staging folders and ``*.partial`` copies, each
    only when older than ``STALE_AFTER``. Run at every start of the window and the CLI.
    """
    moment = (now or dt.datetime.now()).timestamp() - STALE_AFTER.total_seconds()
    removed: list[Path] = []

    def stale(path: Path) -> bool:
        try:
            return path.stat().st_mtime < moment
        except OSError:
            return False

    backups = db_path.parent / "backups"  # not paths.backup_dir: that would create it
    candidates: list[Path] = []
    if backups.is_dir():
        candidates += [p for p in backups.iterdir()
                       if p.name.startswith(".restore-") or p.name.endswith(".partial")]
    if db_path.parent.is_dir():
        candidates += list(db_path.parent.glob(f"{db_path.name}.restore-partial"))
    for folder in report_folders(repo):
        with contextlib.suppress(OSError):
            candidates += [p for p in folder.glob(".~*.tmp") if p.is_file()]
    for path in candidates:
        if not stale(path):
            continue
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("could not remove leftover %s: %s", path, exc)
    return removed


def report_folders(repo: Repository) -> set[Path]:
    """Folders reports were exported to (from the register), and the default one."""
    folders = {Path(path).parent for path in ReportStore(repo.db).file_paths()}
    with contextlib.suppress(OSError):
        folders.add(paths.documents_dir())
    return {folder for folder in folders if folder.is_dir()}


def _safety_copy(db_path: Path, safety: Path) -> bool:
    """Back up the current data before it is replaced; False if SQLite cannot read it
    (then the bytes are copied as they are: a damaged file may still be worth rescuing)."""
    try:
        conn = connect(db_path, create=False)
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
