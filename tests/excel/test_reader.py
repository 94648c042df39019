"""Reading a report's data sheet: round trip, re-saved files, and every refusal with its place."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ocop_desktop.domain.exchange import ImportProblemCode as P
from ocop_desktop.excel.columns import DATA_HEADERS, DATA_SHEET, MANIFEST_KEYS, record_to_cells
from ocop_desktop.excel.reader import read_report
from tests.conftest import COMMUNE, make_record
from tests.exchange_helpers import write_data_sheet

FIRST_DATA_ROW = len(MANIFEST_KEYS) + 1 + 1 + 1  # manifest, empty row, header, then data


def _records(count: int = 3) -> list:
    return [make_record(title=f"Tin số {i}", date=dt.date(2021, 6, 1 + i), minutes=5 + i,
                        time=dt.time(6, 30), notes="=SUM(A1)" if i == 0 else "")
            for i in range(count)]


def _codes(report) -> list[P]:
    return [p.code for p in report.problems]


def test_round_trip(tmp_path: Path) -> None:
    records = _records()
    path = write_data_sheet(tmp_path / "r.xlsx", records, sender=COMMUNE,
                            topic_names={"OCOP": "Chương trình OCOP"})
    report = read_report(path)
    assert report.ok, report.problems
    assert [row.record for row in report.rows] == records
    assert [row.row for row in report.rows] == [FIRST_DATA_ROW, FIRST_DATA_ROW + 1,
                                                 FIRST_DATA_ROW + 2]
    assert report.rows[0].topic_name == "Chương trình OCOP"
    manifest = report.manifest
    assert manifest is not None
    assert manifest.sender_code == COMMUNE
    assert manifest.period.key == "2021-06"
    assert manifest.period.start == dt.date(2021, 6, 1)
    assert manifest.record_count == 3
    assert manifest.generated_utc.tzinfo is not None
    assert len(report.file_hash) == 64


def test_empty_report_reads(tmp_path: Path) -> None:
    report = read_report(write_data_sheet(tmp_path / "r.xlsx", [], sender=COMMUNE))
    assert report.ok and report.rows == []


def test_numbers_dates_and_codes_typed_by_a_spreadsheet_still_match(tmp_path: Path) -> None:
    """Cells that a spreadsheet turned into numbers, dates or times hash the same."""
    records = _records()
    path = write_data_sheet(tmp_path / "r.xlsx", records, sender=COMMUNE)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[DATA_SHEET]
    header = {name: i + 1 for i, name in enumerate(DATA_HEADERS)}
    sheet.cell(3, 2).value = 5986  # sender_code lost its leading zero
    sheet.cell(14, 2).value = 3  # record_count as a number
    for row in range(FIRST_DATA_ROW, FIRST_DATA_ROW + 3):
        sheet.cell(row, header["unit"]).value = 5986
        sheet.cell(row, header["minutes"]).value = float(sheet.cell(row, header["minutes"]).value)
        sheet.cell(row, header["date"]).value = dt.datetime.fromisoformat(
            sheet.cell(row, header["date"]).value)
        sheet.cell(row, header["time"]).value = dt.time(6, 30)
    workbook.save(path)
    report = read_report(path)
    assert report.ok, report.problems
    assert [row.record for row in report.rows] == records
    assert report.manifest is not None and report.manifest.sender_code == COMMUNE


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_resaved_by_libreoffice_still_imports(tmp_path: Path) -> None:
    records = _records(5)
    (tmp_path / "src").mkdir()
    source = write_data_sheet(tmp_path / "src" / "r.xlsx", records, sender=COMMUNE)
    out = tmp_path / "out"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(source)], check=True, capture_output=True, timeout=180)
    resaved = out / "r.xlsx"
    assert resaved.read_bytes() != source.read_bytes()
    report = read_report(resaved)
    assert report.ok, report.problems
    assert [row.record for row in report.rows] == records


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "ghi-chu.xlsx"
    path.write_text("không phải bảng tính", encoding="utf-8")
    report = read_report(path)
    assert _codes(report) == [P.NOT_XLSX]
    assert report.problems[0].file == "ghi-chu.xlsx"


def test_old_xls(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert _codes(read_report(path)) == [P.OLD_XLS]


def test_missing_file(tmp_path: Path) -> None:
    assert _codes(read_report(tmp_path / "none.xlsx")) == [P.FILE_NOT_FOUND]


def test_truncated_file(tmp_path: Path) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert _codes(read_report(path)) == [P.CORRUPT]


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _codes(read_report(path)) == [P.NOT_XLSX]


def test_a_workbook_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Sheet1"
    workbook.active["A1"] = "x"
    workbook.save(path)
    report = read_report(path)
    assert _codes(report) == [P.NO_DATA_SHEET]
    assert report.problems[0].params["sheets"] == "Sheet1"


def test_no_manifest(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = DATA_SHEET
    workbook.save(path)
    problem = read_report(path).problems[0]
    assert (problem.code, problem.sheet, problem.row, problem.column_letter) == (
        P.NO_MANIFEST, DATA_SHEET, 1, "A")


def test_unknown_version(tmp_path: Path) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE,
                            manifest={"format_version": "2"})
    problem = read_report(path).problems[0]
    assert (problem.code, problem.row, problem.column_letter, problem.value) == (
        P.UNKNOWN_VERSION, 2, "B", "2")


def test_missing_manifest_value(tmp_path: Path) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE,
                            manifest={"generated_at": ""})
    problem = read_report(path).problems[0]
    assert (problem.code, problem.column, problem.row) == (P.MANIFEST_MISSING, "generated_at", 12)


@pytest.mark.parametrize(("key", "value"), [
    ("period", "2021-13"), ("period_start", "01/06/2021"), ("generated_at", "hôm qua"),
    ("generated_at", "2021-07-01T08:00:00"), ("record_count", "ba"), ("data_hash", "abc"),
    ("sender_level", "village"), ("sender_code", "X1"),
])
def test_bad_manifest_value(tmp_path: Path, key: str, value: str) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE,
                            manifest={key: value})
    problem = read_report(path).problems[0]
    assert (problem.code, problem.column, problem.value) == (P.MANIFEST_BAD_VALUE, key, value)


def test_cell_edited_by_hand_is_a_hash_mismatch(tmp_path: Path) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE)
    workbook = openpyxl.load_workbook(path)
    workbook[DATA_SHEET].cell(FIRST_DATA_ROW + 1, DATA_HEADERS.index("minutes") + 1).value = "60"
    workbook.save(path)
    report = read_report(path)
    assert _codes(report) == [P.HASH_MISMATCH]
    assert report.rows == []


def test_row_deleted_by_hand(tmp_path: Path) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE)
    workbook = openpyxl.load_workbook(path)
    workbook[DATA_SHEET].delete_rows(FIRST_DATA_ROW + 1)
    workbook.save(path)
    assert _codes(read_report(path)) == [P.COUNT_MISMATCH, P.HASH_MISMATCH]


def test_wrong_type_in_a_cell_names_row_and_column(tmp_path: Path) -> None:
    rows = [record_to_cells(r) for r in _records()]
    rows[1][DATA_HEADERS.index("minutes")] = "mười"
    rows[2][DATA_HEADERS.index("date")] = "31/06/2021"
    path = write_data_sheet(tmp_path / "r.xlsx", [], sender=COMMUNE, rows=rows)
    report = read_report(path)
    assert [(p.code, p.row, p.column, p.column_letter, p.value, p.params.get("cell"))
            for p in report.problems] == [
        (P.BAD_CELL, FIRST_DATA_ROW + 1, "minutes", "J", "mười", "not_a_number"),
        (P.BAD_CELL, FIRST_DATA_ROW + 2, "date", "C", "31/06/2021", "bad_date"),
    ]
    assert report.rows == []


def test_duplicate_and_bad_uuids(tmp_path: Path) -> None:
    rows = [record_to_cells(r) for r in _records()]
    rows[2][0] = rows[0][0]
    rows[1][0] = "not-a-uuid"
    path = write_data_sheet(tmp_path / "r.xlsx", [], sender=COMMUNE, rows=rows)
    problems = read_report(path).problems
    assert [(p.code, p.row, p.column_letter) for p in problems] == [
        (P.BAD_UUID, FIRST_DATA_ROW + 1, "A"), (P.DUPLICATE_UUID, FIRST_DATA_ROW + 2, "A")]
    assert problems[1].params["first_row"] == FIRST_DATA_ROW


def test_missing_column(tmp_path: Path) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE)
    workbook = openpyxl.load_workbook(path)
    workbook[DATA_SHEET].cell(FIRST_DATA_ROW - 1, DATA_HEADERS.index("minutes") + 1).value = "phut"
    workbook.save(path)
    problem = read_report(path).problems[0]
    assert (problem.code, problem.row, problem.column) == (
        P.BAD_HEADER, FIRST_DATA_ROW - 1, "minutes")


def test_sheet_renamed(tmp_path: Path) -> None:
    path = write_data_sheet(tmp_path / "r.xlsx", _records(), sender=COMMUNE)
    workbook = openpyxl.load_workbook(path)
    workbook[DATA_SHEET].title = "Du lieu"
    workbook.save(path)
    assert _codes(read_report(path)) == [P.NO_DATA_SHEET]


def test_long_sheet_is_streamed_with_the_right_row_numbers(tmp_path: Path) -> None:
    """Rows past the first 200 are streamed; their numbers and values must not shift."""
    records = [make_record(title=f"Tin số {i}", minutes=i % 50) for i in range(450)]
    path = write_data_sheet(tmp_path / "r.xlsx", records, sender=COMMUNE)
    report = read_report(path)
    assert report.ok, report.problems
    assert [row.record for row in report.rows] == records
    assert report.rows[-1].row == FIRST_DATA_ROW + 449
    rows = [record_to_cells(r) for r in records]
    rows[400][DATA_HEADERS.index("minutes")] = "nhiều"
    bad = write_data_sheet(tmp_path / "bad.xlsx", [], sender=COMMUNE, rows=rows)
    problem = read_report(bad).problems[0]
    assert (problem.code, problem.row, problem.value) == (P.BAD_CELL, FIRST_DATA_ROW + 400,
                                                          "nhiều")
