"""Export use case: atomic writing, cancellation, numbering and the register."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.reporting import ReportStatus
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.excel import splice, writer
from ocop_desktop.excel.writer import ExportCancelled
from ocop_desktop.operations import Area
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.reports import ReportStore
from ocop_desktop.storage.repository import Repository
from tests.conftest import make_record

JUNE = parse_period("2021-06")
ISSUED = dt.date(2021, 7, 5)


@pytest.fixture
def logged(station: Repository) -> Repository:
    with station.db.atomic():
        station.insert_records(make_record(title=f"Bản tin {i}", minutes=i) for i in range(2500))
    return station


def _export(repo: Repository, out: Path, **kwargs: object) -> report_ops.ExportResult:
    kwargs.setdefault("issued_on", ISSUED)
    return report_ops.export_report(repo, period=JUNE, out=out, **kwargs)  # type: ignore[arg-type]


def _problem(exc: pytest.ExceptionInfo[ValidationError]) -> ProblemCode:
    return exc.value.problems[0].code


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~"))


def test_export_writes_registers_and_hashes(logged: Repository, tmp_path: Path) -> None:
    out = tmp_path / "BC.xlsx"
    result = _export(logged, out)
    assert out.is_file() and _leftovers(tmp_path) == []
    entry = result.entry
    assert (entry.year, entry.number, entry.symbol) == (2021, 1, "BC-UBND")
    assert entry.number_text == "01/BC-UBND"
    assert entry.record_count == 2500 and entry.status == ReportStatus.EXPORTED
    assert entry.file_hash == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry.file_path == str(out.absolute())
    assert Area.REPORTS in result.changes.areas
    assert report_ops.list_reports(logged) == [entry]


def test_failure_mid_write_leaves_nothing_and_keeps_an_existing_file(
        logged: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "BC.xlsx"
    out.write_bytes(b"the report sent last week")

    original = writer._stream_rows

    def full_disk(*args: object, **kwargs: object) -> object:
        records = args[0]

        def failing():  # type: ignore[no-untyped-def]
            for index, record in enumerate(records):  # type: ignore[call-overload]
                if index == 1200:
                    raise OSError(errno.ENOSPC, "No space left on device")
                yield record

        return original(failing(), *args[1:], **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "_stream_rows", full_disk)
    with pytest.raises(report_ops.ExportError) as caught:
        _export(logged, out)
    assert _problem(caught) is ProblemCode.DISK_FULL
    assert caught.value.problems[0].field == "out"
    assert out.read_bytes() == b"the report sent last week"
    assert _leftovers(tmp_path) == []
    assert report_ops.list_reports(logged) == []
    assert report_ops.next_number(logged, year=2021) == 1


def test_failure_while_packing_leaves_nothing(logged: Repository, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(splice, "splice_rows", broken)
    out = tmp_path / "BC.xlsx"
    with pytest.raises(report_ops.ExportError) as caught:
        _export(logged, out)
    assert _problem(caught) is ProblemCode.WRITE_FAILED
    assert not out.exists() and _leftovers(tmp_path) == []


def test_failed_rename_rolls_back_the_register(logged: Repository, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a report open in Excel cannot be replaced: the number stays free."""
    out = tmp_path / "BC.xlsx"
    out.write_bytes(b"open in Excel")

    def locked(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(report_ops.ExportError) as caught:
        _export(logged, out)
    assert _problem(caught) is ProblemCode.NO_PERMISSION
    assert out.read_bytes() == b"open in Excel"
    assert _leftovers(tmp_path) == []
    assert report_ops.list_reports(logged) == []


def test_cancel_leaves_nothing(logged: Repository, tmp_path: Path) -> None:
    out = tmp_path / "BC.xlsx"
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, stage: str) -> None:
        seen.append((done, total, stage))

    with pytest.raises(ExportCancelled):
        _export(logged, out, progress=progress, cancelled=lambda: len(seen) >= 1)
    assert seen == [(1000, 2500, "rows")]
    assert not out.exists() and _leftovers(tmp_path) == []
    assert report_ops.list_reports(logged) == []


def test_progress_reports_rows_then_packing(logged: Repository, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    _export(logged, tmp_path / "BC.xlsx", progress=lambda d, t, s: seen.append((d, t, s)))
    rows = [s for s in seen if s[2] == "rows"]
    packs = [s for s in seen if s[2] == "pack"]
    assert rows[0] == (1000, 2500, "rows") and rows[-1] == (2500, 2500, "rows")
    assert packs and packs[-1][0] == packs[-1][1]
    assert seen.index(rows[-1]) < seen.index(packs[0])


def test_numbers_run_per_year(station: Repository, tmp_path: Path) -> None:
    numbers = [_export(station, tmp_path / f"{i}.xlsx").entry.number_text for i in range(3)]
    assert numbers == ["01/BC-UBND", "02/BC-UBND", "03/BC-UBND"]
    next_year = _export(station, tmp_path / "y.xlsx", issued_on=dt.date(2022, 1, 3))
    assert next_year.entry.number_text == "01/BC-UBND"
    chosen = _export(station, tmp_path / "c.xlsx", number=12)
    assert chosen.entry.number == 12
    assert report_ops.next_number(station, year=2021) == 13
    book = openpyxl.load_workbook(tmp_path / "c.xlsx", read_only=True)
    rows = {row[0]: row[1] for row in book["Dữ liệu"].iter_rows(max_row=15, values_only=True)}
    book.close()
    assert rows["report_number"] == "12/BC-UBND"
    assert [e.number for e in report_ops.list_reports(station)] == [1, 12, 3, 2, 1]


def test_a_taken_number_is_refused_before_writing(station: Repository, tmp_path: Path) -> None:
    _export(station, tmp_path / "a.xlsx", number=5)
    with pytest.raises(ValidationError) as caught:
        _export(station, tmp_path / "b.xlsx", number=5)
    assert _problem(caught) is ProblemCode.NUMBER_TAKEN
    assert caught.value.problems[0].params == {"value": 5, "year": 2021}
    assert not (tmp_path / "b.xlsx").exists()


def test_number_taken_meanwhile_is_written_again_with_the_next(
        station: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process registers number 1 while this export writes: the file is written
    again as number 2, so the printed number always matches the register."""
    original = writer.write_workbook
    calls = []

    def racing(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            other = Repository(open_database(Path(station.db.conn.execute(
                "PRAGMA database_list").fetchone()[2])))
            entry = report_ops.ReportEntry(
                year=2021, number=1, symbol="BC-UBND", issued_on=ISSUED, sender_code="05986",
                period_key="2021-05", period_start=dt.date(2021, 5, 1),
                period_end=dt.date(2021, 5, 31), scope=None, file_path="/elsewhere.xlsx",
                file_hash="0" * 64, data_hash="0" * 64, record_count=0,
                generated_at="2021-07-05T08:00:00+07:00", created_at="2021-07-05T01:00:00+00:00")
            with other.db.atomic():
                ReportStore(other.db).insert_report(entry)
            other.db.close()
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report_ops, "write_workbook", racing)
    result = _export(station, tmp_path / "BC.xlsx")
    assert len(calls) == 2
    assert result.entry.number == 2
    book = openpyxl.load_workbook(tmp_path / "BC.xlsx")
    assert any(c.value == "Số: 02/BC-UBND" for row in book["Báo cáo"].iter_rows() for c in row)
    assert _leftovers(tmp_path) == []


def test_bad_requests_write_nothing(station: Repository, tmp_path: Path) -> None:
    cases = [
        ({"out": tmp_path / "BC.pdf"}, ProblemCode.NOT_XLSX),
        ({"out": tmp_path / "missing" / "BC.xlsx"}, ProblemCode.FILE_NOT_FOUND),
        ({"out": tmp_path / "BC.xlsx", "directive": "9/XX"}, ProblemCode.UNKNOWN_DIRECTIVE),
        ({"out": tmp_path / "BC.xlsx", "number": 0}, ProblemCode.NOT_POSITIVE),
    ]
    for kwargs, code in cases:
        with pytest.raises(ValidationError) as caught:
            report_ops.export_report(station, period=JUNE, **kwargs)  # type: ignore[arg-type]
        assert _problem(caught) is code
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".pdf", ".tmp")]
    assert report_ops.list_reports(station) == []


def test_export_needs_the_installation(repo: Repository, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        report_ops.export_report(repo, period=JUNE, out=tmp_path / "BC.xlsx")
    assert _problem(caught) is ProblemCode.NO_INSTALLATION
    assert not (tmp_path / "BC.xlsx").exists()


def test_export_from_a_worker_opens_its_own_connection(logged: Repository,
                                                       tmp_path: Path) -> None:
    db_path = tmp_path / "test.sqlite"
    result = report_ops.export_report(db_path, period=JUNE, out=tmp_path / "w.xlsx")
    assert result.entry.record_count == 2500
    assert [e.id for e in report_ops.list_reports(logged)] == [result.entry.id]


def test_resolve_period(station: Repository) -> None:
    assert report_ops.resolve_period(station, period="2021-Q2").start == dt.date(2021, 4, 1)
    custom = report_ops.resolve_period(station, date_from=dt.date(2021, 6, 3),
                                       date_to=dt.date(2021, 6, 9))
    assert custom.key == "2021-06-03..2021-06-09"
    for kwargs, field, code in [
        ({"period": "2021-13"}, "period", ProblemCode.BAD_PERIOD),
        ({"period": "tháng 6"}, "period", ProblemCode.BAD_PERIOD),
        ({}, "date_from", ProblemCode.REQUIRED),
        ({"date_from": dt.date(2021, 6, 9), "date_to": dt.date(2021, 6, 3)}, "date_to",
         ProblemCode.RANGE_REVERSED),
        ({"period": "2021-06", "date_from": dt.date(2021, 6, 9)}, "period",
         ProblemCode.BAD_PERIOD),
    ]:
        with pytest.raises(ValidationError) as caught:
            report_ops.resolve_period(station, **kwargs)  # type: ignore[arg-type]
        assert (caught.value.problems[0].field, _problem(caught)) == (field, code)


def test_cutoff_day_from_settings(station: Repository) -> None:
    from ocop_desktop import operations

    installation = station.installation()
    assert installation is not None
    operations.save_installation(station, installation=replace(installation,
                                                               period_cutoff_day=15))
    period = report_ops.resolve_period(station, period="2021-06")
    assert (period.start, period.end) == (dt.date(2021, 5, 15), dt.date(2021, 6, 14))


def test_status_and_symbol(station: Repository, tmp_path: Path) -> None:
    entry = _export(station, tmp_path / "BC.xlsx").entry
    assert entry.id is not None
    changes = report_ops.set_report_status(station, report_id=entry.id,
                                           status=ReportStatus.SENT.value,
                                           sent_at="2021-07-05T09:00:00+07:00",
                                           sent_to="vhtt@example.org")
    assert Area.REPORTS in changes.areas
    stored = report_ops.list_reports(station)[0]
    assert (stored.status, stored.sent_to) == ("sent", "vhtt@example.org")
    with pytest.raises(ValidationError):
        report_ops.set_report_status(station, report_id=999, status="sent")
    assert report_ops.report_symbol(station) == "BC-UBND"
    report_ops.set_report_symbol(station, symbol="BC-ĐTT")
    assert report_ops.report_symbol(station) == "BC-ĐTT"
    with pytest.raises(ValidationError):
        report_ops.set_report_symbol(station, symbol="BC/UBND")
    assert report_ops.default_file_name(station, JUNE) == "BC-05986-2021-06.xlsx"
    custom = report_ops.resolve_period(station, date_from=dt.date(2021, 6, 3),
                                       date_to=dt.date(2021, 6, 9))
    assert report_ops.default_file_name(station, custom) == "BC-05986-2021-06-03_2021-06-09.xlsx"
