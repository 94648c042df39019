"""Issue 10 point 7: temp files never stay behind; a full disk gives one clear message and
leaves nothing corrupt; a data file on read-only media opens for reading and says it
cannot save. Real tmpfs mounts (root), no mocked OSError."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from ocop_desktop import operations
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.operations.maintenance import STALE_AFTER, sweep_leftovers
from ocop_desktop.operations.reports import export_report
from ocop_desktop.storage.database import StorageError, StorageProblem, open_database
from ocop_desktop.storage.repository import Repository
from tests.cli.runner import ok, refused, run
from tests.cli.test_cli import RADIO, UNITS_CSV
from tests.conftest import make_record
from tests.mounts import fill, remount, tmpfs


def _station(db: Path, tmp_path: Path, records: int = 2) -> None:
    units = tmp_path / "units.csv"
    units.write_text(UNITS_CSV, encoding="utf-8")
    ok(db, "units", "import", str(units))
    ok(db, "init", "--unit", "05986", "--role", "station")
    ok(db, "topic", "add", "--code", "OCOP", "--name", "Chương trình OCOP")
    for n in range(records):
        ok(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", f"Tin số {n}")


def _integrity(db: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


# -- leftovers ----------------------------------------------------------------------------------

def test_stale_leftovers_are_swept_at_the_next_start(station: Repository,
                                                     tmp_path: Path) -> None:
    db_path = tmp_path / "test.sqlite"
    operations.save_record(station, record=make_record())
    out_dir = tmp_path / "bao-cao"
    out_dir.mkdir()
    export_report(station, period=parse_period("2021-06"), out=out_dir / "bc.xlsx")
    old = (dt.datetime.now() - STALE_AFTER - dt.timedelta(minutes=1)).timestamp()
    killed_export = out_dir / ".~bc-2.k3j4.tmp"  # as AtomicOutput names it
    killed_export.write_bytes(b"PK half a workbook")
    staging = tmp_path / "backups" / ".restore-abc123"
    staging.mkdir(parents=True)
    (staging / "staged.sqlite").write_bytes(b"SQLite format 3\0")
    partial = tmp_path / "backups" / "test-20210621-101010-manual.sqlite.partial"
    partial.write_bytes(b"SQLite")
    running = out_dir / ".~bc-3.zz.tmp"  # another process's export, still being written
    running.write_bytes(b"PK")
    for path in (killed_export, staging / "staged.sqlite", staging, partial):
        os.utime(path, (old, old))
    removed = sweep_leftovers(station, db_path)
    assert set(removed) == {killed_export, staging, partial}
    assert not killed_export.exists() and not staging.exists() and not partial.exists()
    assert running.exists() and (out_dir / "bc.xlsx").exists()


def test_the_cli_sweeps_at_start(tmp_path: Path) -> None:
    db = tmp_path / "ocop.sqlite"
    _station(db, tmp_path, records=0)
    staging = tmp_path / "backups" / ".restore-killed"
    staging.mkdir(parents=True)
    old = (dt.datetime.now() - dt.timedelta(hours=2)).timestamp()
    os.utime(staging, (old, old))
    ok(db, "log", "list")
    assert not staging.exists()


# -- full disk ---------------------------------------------------------------------------------

def test_full_disk_one_line_nothing_corrupt_nothing_left(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "3m") as disk, tmpfs(tmp_path / "usb", "1m") as usb:
        db = disk / "ocop.sqlite"
        _station(db, tmp_path)
        before = _integrity(db)
        filler = fill(disk)
        for args in (["log", "add", "--date", "2021-06-22", *RADIO, "--title", "Tin mới"],
                     ["demo", "--records", "20000"],
                     ["topic", "add", "--code", "QD861", "--name", "Quyết định 861"]):
            line = refused(db, *args)
            assert "đầy" in line, (args, line)
        fill(usb)
        line = refused(db, "report", "--period", "2021-06", "--out", str(usb / "bc.xlsx"))
        assert "đầy" in line
        line = refused(db, "backup", "--to", str(usb / "sao-luu.sqlite"))
        assert "sao lưu" in line.lower() or "đầy" in line
        leftovers = [p.name for p in usb.iterdir() if p.name != "filler.bin"]
        assert leftovers == []
        filler.unlink()
        (usb / "filler.bin").unlink()
        assert before == _integrity(db) == [("ok",)]
        ok(db, "log", "add", "--date", "2021-06-22", *RADIO, "--title", "Tin sau khi dọn đĩa")
        assert len(ok(db, "log", "list", "--json").split('"uuid"')) - 1 == 3
        assert [p.name for p in disk.iterdir() if p.name.startswith(".~")] == []


# -- read-only media ----------------------------------------------------------------------------

def test_read_only_media_opens_for_reading_and_says_it_cannot_save(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "cd", "8m") as media:
        db = media / "ocop.sqlite"
        _station(db, tmp_path)
        remount(media, "ro")
        try:
            assert len(ok(db, "log", "list", "--json").split('"uuid"')) - 1 == 2
            out = tmp_path / "bao-cao" / "bc.xlsx"
            out.parent.mkdir()
            ok(db, "report", "--period", "2021-06", "--out", str(out))
            assert out.is_file()
            line = refused(db, "log", "add", "--date", "2021-06-22", *RADIO, "--title", "Tin")
            assert "chỉ đọc" in line
            database = open_database(db)
            try:
                assert database.read_only
                with pytest.raises(StorageError) as info:
                    operations.save_record(Repository(database), record=make_record())
                assert info.value.problem is StorageProblem.READ_ONLY
            finally:
                database.close()
        finally:
            remount(media, "rw")
        assert _integrity(db) == [("ok",)]
        assert run(db, "log", "list").exit_code == 0


def test_import_on_a_full_disk_is_one_line_and_writes_nothing(tmp_path: Path,
                                                              shared_data: Path) -> None:
    from ocop_desktop.domain.records import Role
    from tests.exchange_helpers import Installations, log

    units = [(shared_data / "lang_son_units_2021.csv", None)]
    senders = Installations(tmp_path, units)
    with tmpfs(tmp_path / "disk", "8m") as disk:
        offices = Installations(disk, units)
        try:
            commune = senders.make("05986", Role.STATION)
            log(commune, 40, date=dt.date(2021, 6, 21))
            report = senders.export(commune, "2021-06")
            offices.make("178")
            offices.close()
            db = disk / "178.sqlite"
            before = _integrity(db)
            filler = fill(disk)
            line = refused(db, "import", str(report))
            assert "đầy" in line
            filler.unlink()
            assert _integrity(db) == before == [("ok",)]
            assert "[]" in ok(db, "imports", "list", "--json")
        finally:
            senders.close()
            offices.close()
