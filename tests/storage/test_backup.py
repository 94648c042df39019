import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ocop_desktop import operations, paths
from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.operations.maintenance import (
    auto_backup,
    backup_now,
    list_backups,
    restore_backup,
)
from ocop_desktop.storage.backup import (
    BackupReason,
    backup_file_name,
    open_read_only,
    parse_backup_name,
)
from ocop_desktop.storage.database import StorageError, StorageProblem, open_database
from ocop_desktop.storage.migrations import MIGRATION_SET, migration_set, step_names
from ocop_desktop.storage.repository import Repository
from tests.conftest import make_record
from tests.sqlfile import rows


@pytest.fixture
def db_path(station: Repository, tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"  # the file of the ``repo`` fixture


def count(path: Path) -> int:
    conn = open_read_only(path)
    try:
        return int(conn.execute("SELECT count(*) FROM records WHERE deleted = 0").fetchone()[0])
    finally:
        conn.close()


def add(repo: Repository, title: str = "Tin OCOP na Chi Lăng") -> str:
    record = make_record(title=title)
    operations.save_record(repo, record=record)
    return record.uuid


def test_backup_holds_every_committed_line_in_one_file(station: Repository,
                                                       db_path: Path) -> None:
    add(station)
    add(station, "Phát thanh tiếng Tày về Quyết định 861")
    path = backup_now(station, db_path)
    assert path.parent == paths.backup_dir(db_path) == db_path.parent / "backups"
    assert parse_backup_name(path, db_path)[1] is BackupReason.MANUAL  # type: ignore[index]
    assert count(path) == 2
    assert not Path(str(path) + "-wal").exists()
    # Rollback-journal mode: the backup is complete without any -wal file beside it.
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert not list(path.parent.glob("*.partial"))


def test_backup_to_a_folder_or_a_file(station: Repository, db_path: Path,
                                      tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    in_folder = backup_now(station, db_path, folder)
    assert in_folder.parent == folder and in_folder.name.startswith("test-")
    named = backup_now(station, db_path, tmp_path / "copy.sqlite")
    assert named == tmp_path / "copy.sqlite" and count(named) == 0
    second = backup_now(station, db_path, folder)  # the same second: a distinct name
    assert second != in_folder and second.exists() and in_folder.exists()


def test_backup_never_overwrites_the_data_file(station: Repository, db_path: Path) -> None:
    add(station)
    with pytest.raises(StorageError):
        backup_now(station, db_path, db_path)
    assert count(db_path) == 1


def test_daily_backup_once_a_day_exit_backup_every_time(station: Repository,
                                                        db_path: Path) -> None:
    daily = auto_backup(station, db_path, reason="daily")
    assert daily is not None and daily.exists()
    assert auto_backup(station, db_path, reason="daily") is None
    first_exit = auto_backup(station, db_path, reason="exit")
    add(station)
    second_exit = auto_backup(station, db_path, reason="exit")
    assert first_exit is not None and second_exit is not None
    # The day's later exit copy replaces the earlier one; the daily one stays.
    assert not first_exit.exists() and second_exit.exists() and daily.exists()
    assert count(second_exit) == 1
    assert list_backups(db_path) == [second_exit, daily]


def test_rotation_keeps_the_newest_automatic_backups_only(station: Repository,
                                                          db_path: Path) -> None:
    folder = paths.backup_dir(db_path)
    today = dt.datetime.now()
    # A manual backup of last month (one of today would count as today's backup).
    manual = backup_now(station, db_path).rename(folder / backup_file_name(
        db_path, BackupReason.MANUAL, today - dt.timedelta(days=30)))
    for days in range(1, 21):
        at = today - dt.timedelta(days=days)
        reason = BackupReason.DAILY if days % 2 else BackupReason.EXIT
        shutil.copyfile(manual, folder / backup_file_name(db_path, reason, at))
    (folder / "notes.txt").write_text("not a backup")
    made = auto_backup(station, db_path, reason="daily", keep=5)
    backups = list_backups(db_path)
    automatic = [p for p in backups
                 if parse_backup_name(p, db_path)[1] is not BackupReason.MANUAL]  # type: ignore[index]
    assert len(automatic) == 5
    assert automatic[0] == made
    assert manual in backups  # never rotated away
    assert (folder / "notes.txt").exists()
    dates = [parse_backup_name(p, db_path)[0] for p in automatic]  # type: ignore[index]
    assert dates == sorted(dates, reverse=True)
    assert dates[-1].date() == (today - dt.timedelta(days=4)).date()


def test_a_manual_backup_of_today_counts_as_the_daily_one(station: Repository,
                                                         db_path: Path) -> None:
    backup_now(station, db_path)
    assert auto_backup(station, db_path, reason="daily") is None
    with pytest.raises(ValueError):
        auto_backup(station, db_path, reason="manual")


def test_restore_brings_back_the_data_and_keeps_a_safety_copy(station: Repository,
                                                              db_path: Path) -> None:
    kept = add(station)
    backup = backup_now(station, db_path)
    lost = add(station, "Tin thêm sau khi sao lưu")
    safety = restore_backup(db_path, backup)
    # The connection that was open during the restore sees the restored data.
    assert station.record(kept) is not None
    assert station.record(lost) is None
    assert station.count_records(RecordQuery()) == 1
    assert station.count_records(RecordQuery(search="sao luu")) == 0
    assert station.count_records(RecordQuery(search="chi lang")) == 1
    assert parse_backup_name(safety, db_path)[1] is BackupReason.BEFORE_RESTORE  # type: ignore[index]
    assert count(safety) == 2
    # And the app keeps working on the same connection.
    add(station, "Ghi tiếp sau khi khôi phục")
    assert count(db_path) == 2
    db = open_database(db_path)  # a fresh start opens the restored file cleanly
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_restore_from_another_installations_live_file(station: Repository, db_path: Path,
                                                      tmp_path: Path) -> None:
    other_path = tmp_path / "other" / "ocop.sqlite"
    other = Repository(open_database(other_path))
    try:
        operations.import_units(other, units=[u for _, u in station.unit_versions("20")])
        safety = restore_backup(db_path, other_path)  # WAL mode, still open elsewhere
    finally:
        other.db.close()
    assert station.installation() is None
    assert station.unit_count() == 1
    assert safety.exists()


def test_an_older_backup_is_brought_up_to_date(station: Repository, db_path: Path,
                                               tmp_path: Path) -> None:
    old_path = tmp_path / "old.sqlite"
    old = Database(old_path)
    migration_set().apply(old, stop_before=step_names()[-1])
    old.execute("INSERT INTO settings (key, value) VALUES ('marker', 'old')")
    old.conn.commit()
    old.close()
    restore_backup(db_path, old_path)
    assert station.setting("marker") == "old"
    applied = [r[0] for r in station.db.execute("SELECT name FROM _sqlite_migrations")]
    assert set(applied) == set(step_names())
    assert len(rows(old_path, "SELECT * FROM _sqlite_migrations")) == len(applied) - 1  # untouched


def _refused(station: Repository, db_path: Path, source: Path,
             problem: StorageProblem) -> None:
    uuid = add(station)
    before = list_backups(db_path)
    source_bytes = source.read_bytes()
    with pytest.raises(StorageError) as info:
        restore_backup(db_path, source)
    assert info.value.problem is problem
    assert station.record(uuid) is not None  # the data is as it was
    assert list_backups(db_path) == before  # no safety copy was needed
    assert source.read_bytes() == source_bytes
    assert not [p for p in paths.backup_dir(db_path).iterdir() if p.name.startswith(".")]


def test_restore_refuses_a_file_that_is_not_a_database(station: Repository, db_path: Path,
                                                       tmp_path: Path) -> None:
    text = tmp_path / "bao-cao.sqlite"
    text.write_text("Báo cáo tháng 6", encoding="utf-8")
    _refused(station, db_path, text, StorageProblem.NOT_OURS)


def test_restore_refuses_an_empty_file(station: Repository, db_path: Path,
                                       tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    _refused(station, db_path, empty, StorageProblem.NOT_OURS)


def test_restore_refuses_another_programs_database(station: Repository, db_path: Path,
                                                   tmp_path: Path) -> None:
    other = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    _refused(station, db_path, other, StorageProblem.NOT_OURS)
    empty_db = tmp_path / "empty-db.sqlite"  # an SQLite file with no tables at all
    sqlite3.connect(empty_db).execute("PRAGMA user_version = 1").connection.close()
    _refused(station, db_path, empty_db, StorageProblem.NOT_OURS)


def test_restore_refuses_a_backup_from_a_newer_version(station: Repository, db_path: Path) -> None:
    newer = backup_now(station, db_path)
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES (?, '9999_future', '2030-01-01')", [MIGRATION_SET])
    conn.commit()
    conn.close()
    _refused(station, db_path, newer, StorageProblem.TOO_NEW)


def test_restore_refuses_a_damaged_backup(station: Repository, db_path: Path) -> None:
    for index in range(300):
        add(station, f"Tin số {index} về Chương trình OCOP và Quyết định 861")
    damaged = backup_now(station, db_path)
    data = bytearray(damaged.read_bytes())
    page = 4096
    assert len(data) > 12 * page
    for offset in range(3 * page, 9 * page, page):
        data[offset:offset + 64] = b"\xff" * 64  # scribble over several b-tree page headers
    damaged.write_bytes(bytes(data))
    _refused(station, db_path, damaged, StorageProblem.DAMAGED)


def test_restore_over_a_damaged_data_file(tmp_path: Path) -> None:
    db_path = tmp_path / "live.sqlite"
    repo = Repository(open_database(db_path))
    operations.import_units(repo, units=[])
    backup = backup_now(repo, db_path)
    repo.db.close()
    garbage = b"SQLite format 3\x00" + b"\x13" * 5000
    db_path.write_bytes(garbage)
    with pytest.raises(StorageError):
        open_database(db_path)
    safety = restore_backup(db_path, backup)
    assert safety.read_bytes() == garbage  # the damaged bytes are kept, just in case
    open_database(db_path).close()


def test_paths_with_spaces_hashes_and_vietnamese_letters(tmp_path: Path) -> None:
    folder = tmp_path / "Dữ liệu #1 ?đài xã"
    db_path = folder / "sổ ghi.sqlite"
    repo = Repository(open_database(db_path))
    try:
        backup = backup_now(repo, db_path)
        assert backup.parent == folder / "backups"
        repo.set_setting("marker", "after")
        repo.db.conn.commit()
        restore_backup(db_path, backup)
        assert repo.setting("marker") is None
    finally:
        repo.db.close()


def test_restore_into_a_missing_data_file(tmp_path: Path) -> None:
    source_path = tmp_path / "source.sqlite"
    source = Repository(open_database(source_path))
    source.set_setting("marker", "restored")
    source.db.conn.commit()
    backup = backup_now(source, source_path)
    source.db.close()
    target = tmp_path / "new" / "ocop.sqlite"
    safety = restore_backup(target, backup)
    assert safety.exists()
    restored = Repository(open_database(target))
    assert restored.setting("marker") == "restored"
    restored.db.close()


# -- issue 10 point 6: a restore candidate has exactly our schema ---------------------------

def _crafted(station: Repository, db_path: Path, *statements: str) -> Path:
    crafted = backup_now(station, db_path)
    conn = sqlite3.connect(crafted)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    return crafted


def test_restore_refuses_a_backup_with_an_extra_trigger(station: Repository,
                                                        db_path: Path) -> None:
    crafted = _crafted(station, db_path,
                       "CREATE TRIGGER wipe AFTER INSERT ON records BEGIN "
                       "DELETE FROM records WHERE id != new.id; END")
    _refused(station, db_path, crafted, StorageProblem.WRONG_SCHEMA)
    add(station)  # the next save keeps every record
    assert station.record_count() == 2


def test_restore_refuses_a_backup_whose_table_is_a_view(station: Repository,
                                                        db_path: Path) -> None:
    crafted = _crafted(station, db_path, "ALTER TABLE audit_log RENAME TO audit_log_old",
                       "CREATE VIEW audit_log AS SELECT * FROM audit_log_old")
    _refused(station, db_path, crafted, StorageProblem.WRONG_SCHEMA)


def test_restore_refuses_a_backup_with_a_dropped_index(station: Repository,
                                                       db_path: Path) -> None:
    crafted = _crafted(station, db_path, "DROP INDEX units_parent")
    _refused(station, db_path, crafted, StorageProblem.WRONG_SCHEMA)


def test_restore_refuses_a_backup_with_an_extra_column(station: Repository,
                                                       db_path: Path) -> None:
    crafted = _crafted(station, db_path, "ALTER TABLE settings ADD COLUMN note TEXT")
    _refused(station, db_path, crafted, StorageProblem.WRONG_SCHEMA)


def test_restore_refused_for_its_schema_says_so_in_one_line(station: Repository, db_path: Path,
                                                            tmp_path: Path) -> None:
    from tests.cli.runner import refused

    crafted = _crafted(station, db_path, "DROP INDEX units_parent")
    line = refused(db_path, "restore", str(crafted))
    assert "cấu trúc" in line and "units_parent" in line
    assert station.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
