"""Export, then read the data sheet back (openpyxl and python-calamine): the same records and
the same hash — also after LibreOffice opened and saved the workbook."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import LogRecord, RecordQuery
from ocop_desktop.excel.columns import (
    DATA_HEADERS,
    DATA_SHEET,
    MANIFEST_KEYS,
    cells_to_record,
    data_hash,
    record_to_cells,
)
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.storage.repository import Repository
from tests.conftest import make_record

TRICKY_TITLES = [
    "=SUM(A1:A9)", "+84 912 345 678", "-Phát lại", "@tất cả", "  lề trái và phải  ",
    "Hai dòng\nthứ hai", "Ký tự <b>&amp;</b> \"trích\" 'đơn'", "00123", "1e5", "TRUE",
    "#N/A", "Tày–Nùng: Slao pây háng", "😀 biểu tượng", "x" * 500,
]


def _records(station: Repository) -> list[LogRecord]:
    records = [
        make_record(title=title, notes=title[::-1], location="Thôn Pò Mò", operator="Lương Thị C",
                    time=dt.time(5 + i % 15, 0), date=dt.date(2021, 6, 1 + i))
        for i, title in enumerate(TRICKY_TITLES)
    ]
    records.append(make_record(form_code="meeting", items=1, participants=0, airings=None,
                               minutes=None, language=None, source=None, entered_by="178",
                               date=dt.date(2021, 6, 30)))
    with station.db.atomic():
        station.insert_records(records)
    return records


def _manifest_and_rows(rows: Sequence[Sequence[object]]) -> tuple[dict[str, str], list[list[str]]]:
    """Split a data sheet read as values into the manifest and the data rows (texts)."""
    def text(value: object) -> str:
        return "" if value is None else str(value)

    manifest = {text(row[0]): text(row[1]) for row in rows[:len(MANIFEST_KEYS)]}
    header_index = len(MANIFEST_KEYS) + 1
    assert [text(v) for v in rows[header_index][:len(DATA_HEADERS)]] == list(DATA_HEADERS)
    data = [[text(v) for v in row] + [""] * (len(DATA_HEADERS) - len(row))
            for row in rows[header_index + 1:]]
    return manifest, [row[:len(DATA_HEADERS)] for row in data]


def read_openpyxl(path: Path, *, read_only: bool) -> tuple[dict[str, str], list[list[str]]]:
    book = openpyxl.load_workbook(path, read_only=read_only, data_only=True)
    try:
        rows = list(book[DATA_SHEET].iter_rows(values_only=True))
    finally:
        book.close()
    return _manifest_and_rows(rows)


def read_calamine(path: Path) -> tuple[dict[str, str], list[list[str]]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return _manifest_and_rows(book.get_sheet_by_name(DATA_SHEET).to_python(skip_empty_area=False))


READERS = {
    "openpyxl": lambda p: read_openpyxl(p, read_only=False),
    "openpyxl-read-only": lambda p: read_openpyxl(p, read_only=True),
    "calamine": read_calamine,
}


@pytest.fixture
def exported(station: Repository, tmp_path: Path) -> Iterator[tuple[Path, Repository,
                                                                    report_ops.ExportResult]]:
    _records(station)
    out = tmp_path / "BC-05986-2021-06.xlsx"
    result = report_ops.export_report(station, period=parse_period("2021-06"), out=out)
    yield out, station, result


def _expected_rows(repo: Repository) -> list[list[str]]:
    topics = {t.code: t.name for t in repo.topics()}
    query = RecordQuery(date_from=dt.date(2021, 6, 1), date_to=dt.date(2021, 6, 30))
    return [record_to_cells(r, topics) for r in repo.iter_records(query)]


@pytest.mark.parametrize("reader", sorted(READERS))
def test_data_sheet_reads_back_the_same_records(
        exported: tuple[Path, Repository, report_ops.ExportResult], reader: str) -> None:
    path, repo, result = exported
    manifest, rows = READERS[reader](path)
    assert list(manifest) == list(MANIFEST_KEYS)
    assert rows == _expected_rows(repo)
    assert data_hash(rows) == manifest["data_hash"] == result.entry.data_hash
    assert manifest["record_count"] == str(len(rows)) == str(result.entry.record_count)
    parsed = [cells_to_record(row) for row in rows]
    stored = {r.uuid: r for r in repo.iter_records(RecordQuery())}
    for record in parsed:
        assert record == stored[record.uuid]
    assert {r.title for r in parsed} >= set(TRICKY_TITLES)


def test_file_hash_is_the_sha256_of_the_bytes(
        exported: tuple[Path, Repository, report_ops.ExportResult]) -> None:
    import hashlib

    path, _repo, result = exported
    assert hashlib.sha256(path.read_bytes()).hexdigest() == result.entry.file_hash
    assert path.stat().st_size == result.size


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_resaved_by_libreoffice_keeps_the_hash(
        exported: tuple[Path, Repository, report_ops.ExportResult], tmp_path: Path) -> None:
    """Opening and saving in LibreOffice rewrites every byte, but not the texts."""
    path, repo, result = exported
    out_dir = tmp_path / "resaved"
    profile = tmp_path / "lo-profile"
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir), str(path)],
        capture_output=True, timeout=180, check=False)
    resaved = out_dir / path.name
    assert resaved.is_file(), completed.stderr.decode(errors="replace")
    assert resaved.read_bytes() != path.read_bytes()
    # The data sheet stays hidden (not printed with the workbook) and still reads back.
    import openpyxl

    book = openpyxl.load_workbook(resaved, read_only=True)
    assert book["Dữ liệu"].sheet_state == "hidden"
    assert book["Báo cáo"].sheet_state == "visible"
    book.close()
    for reader in ("calamine", "openpyxl-read-only"):
        manifest, rows = READERS[reader](resaved)
        assert manifest["data_hash"] == result.entry.data_hash
        assert data_hash(rows) == result.entry.data_hash, reader
        assert rows == _expected_rows(repo)
