"""Reading unit lists (the statistics office's and our own) and merging them into the catalogue."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from ocop_desktop import operations
from ocop_desktop.domain.records import Topic, Unit, UnitLevel
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.excel.unit_lists import (
    UnitListError,
    read_unit_list,
    write_unit_list,
)
from ocop_desktop.storage.repository import Repository
from tests.conftest import make_record

GSO_HEADER = ["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp"]
GSO_ROWS = [
    ["Tỉnh Lạng Sơn", 20, "Thành phố Lạng Sơn", 178, "Xã Hoàng Đồng", 5986, "Xã"],
    ["Tỉnh Lạng Sơn", 20, "Thành phố Lạng Sơn", 178, "Phường Chi Lăng", 5983, "Phường"],
    ["Tỉnh Lạng Sơn", 20, "Huyện Cao Lộc", 183, "Thị trấn Đồng Đăng", 6184, "Thị trấn"],
]


def _xlsx(path: Path, header: list[str], rows: list[list[object]],
          title: str | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Danh sách"
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _windows_1258_form(text: str) -> str:
    """Letters such as ư, ơ, â stay whole; only the five tone marks are separate characters."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        out.append(base + tones)
    return "".join(out)


def _csv(path: Path, header: list[str], rows: list[list[object]],
         encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        if encoding == "cp1258":  # Windows-1258 writes tone marks as combining characters
            rows = [[_windows_1258_form(str(c)) for c in row] for row in rows]
        writer.writerows(rows)
    return path


# -- the statistics office's layout ---------------------------------------------------------

def test_gso_xlsx_with_districts_and_numeric_codes(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "gso.xlsx", GSO_HEADER, GSO_ROWS,
                 title="DANH MỤC ĐƠN VỊ HÀNH CHÍNH")
    result = read_unit_list(path)
    assert result.layout == "gso"
    assert [u.code for u in result.units] == ["20", "178", "05986", "05983", "183", "06184"]
    by_code = {u.code: u for u in result.units}
    assert by_code["20"] == Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE)
    assert by_code["178"] == Unit("178", "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20")
    # Stored as the number 5986, the code comes back with its leading zero.
    assert by_code["05986"] == Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE, "178")
    assert by_code["06184"].parent_code == "183"
    # Rows as a spreadsheet shows them: title, blank line, header on row 3, data from row 4.
    assert result.rows == [4, 4, 4, 5, 6, 6]
    assert result.sheet == "Danh sách"


def test_gso_two_level_csv_without_district_columns(tmp_path: Path) -> None:
    header = ["Tỉnh / Thành Phố", "Mã TP", "Phường Xã", "Mã PX", "Cấp"]
    rows = [["Tỉnh Lạng Sơn", "20", "Phường Tam Thanh", "05986", "Phường"],
            ["Tỉnh Lạng Sơn", "20", "Xã Đồng Đăng", "6184", "Xã"]]
    units = read_unit_list(_csv(tmp_path / "gso2025.csv", header, rows, delimiter=";")).units
    assert units == [
        Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
        Unit("05986", "Phường Tam Thanh", UnitLevel.COMMUNE, "20"),
        Unit("06184", "Xã Đồng Đăng", UnitLevel.COMMUNE, "20"),
    ]


def test_gso_csv_saved_by_excel_in_windows_1258(tmp_path: Path) -> None:
    header = ["Tinh Thanh Pho", "Ma TP", "Phuong Xa", "Ma PX"]
    path = _csv(tmp_path / "ansi.csv", header, [["Tỉnh Lạng Sơn", "20", "Xã Hoàng Đồng", "5986"]],
                encoding="cp1258")
    units = read_unit_list(path).units
    assert [u.name for u in units] == ["Tỉnh Lạng Sơn", "Xã Hoàng Đồng"]


@pytest.mark.parametrize(("row", "code", "column", "value"), [
    (["Tỉnh Lạng Sơn", 20, "Thành phố Lạng Sơn", 178, "Xã Hoàng Đồng", "59B6", "Xã"],
     "bad_code", "Mã PX", "59B6"),
    (["Tỉnh Lạng Sơn", 20, "Thành phố Lạng Sơn", 178, "", 5986, "Xã"],
     "missing_name", "Phường Xã", ""),
    (["Tỉnh Lạng Sơn", 20, "Thành phố Lạng Sơn", 178, "Phường Chi Lăng", 5983, "Phường"],
     "duplicate_code", "Mã PX", "05983"),
    (["Tỉnh Lạng Sơn", 20, "Thành phố Lạng Sơn", 1780, "Xã Mới", 5999, "Xã"],
     "bad_code", "Mã QH", "1780"),
])
def test_gso_errors_name_file_sheet_row_and_column(tmp_path: Path, row: list[object], code: str,
                                                   column: str, value: str) -> None:
    path = _xlsx(tmp_path / "bad.xlsx", GSO_HEADER, [*GSO_ROWS, row])
    with pytest.raises(UnitListError) as info:
        read_unit_list(path)
    error = info.value
    assert (error.code, error.file, error.sheet, error.row, error.column, error.value) == (
        code, "bad.xlsx", "Danh sách", 5, column, value)


def test_unknown_header_and_empty_file(tmp_path: Path) -> None:
    path = _csv(tmp_path / "other.csv", ["Họ tên", "Ngày sinh"], [["A", "1990-01-01"]])
    with pytest.raises(UnitListError) as info:
        read_unit_list(path)
    assert (info.value.code, info.value.row) == ("unknown_header", 1)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(UnitListError) as info:
        read_unit_list(empty)
    assert info.value.code == "empty"
    with pytest.raises(UnitListError) as info:
        read_unit_list(tmp_path / "missing.xlsx")
    assert info.value.code == "unreadable"


def test_workbook_with_a_cover_sheet_first(tmp_path: Path) -> None:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Hướng dẫn"
    cover.append(["Danh mục kèm theo Quyết định số 124/2004/QĐ-TTg"])
    data = workbook.create_sheet("DMHC")
    data.append(GSO_HEADER)
    for row in GSO_ROWS:
        data.append(row)
    workbook.save(tmp_path / "two.xlsx")
    result = read_unit_list(tmp_path / "two.xlsx")
    assert (result.sheet, len(result.units)) == ("DMHC", 6)


# -- the project's own CSV ------------------------------------------------------------------

def test_own_csv_round_trip_keeps_codes_and_versions(tmp_path: Path) -> None:
    units = [
        Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
        Unit("178", "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20", None, dt.date(2025, 6, 30)),
        Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE, "178", None, dt.date(2025, 6, 30)),
        Unit("05986", "Phường Tam Thanh", UnitLevel.COMMUNE, "20", dt.date(2025, 7, 1)),
    ]
    path = tmp_path / "own.csv"
    assert write_unit_list(path, units) == 4
    assert path.read_bytes().startswith(b"\xef\xbb\xbfcode,name,level,parent_code")
    result = read_unit_list(path)
    assert (result.layout, result.units, result.rows) == ("own", units, [2, 3, 4, 5])


def test_own_csv_resaved_by_excel(tmp_path: Path) -> None:
    """Excel drops leading zeros and shows dates day first; both are read back."""
    header = ["code", "name", "level", "parent_code", "valid_from", "valid_to"]
    rows = [["1", "Thành phố Hà Nội", "province", "", "", ""],
            ["1", "Quận Ba Đình", "district", "1", "", ""],
            ["4", "Phường Phúc Xá", "commune", "1", "01/07/2021", "30/06/2025"]]
    units = read_unit_list(_csv(tmp_path / "hn.csv", header, rows, delimiter=";")).units
    assert units == [
        Unit("01", "Thành phố Hà Nội", UnitLevel.PROVINCE),
        Unit("001", "Quận Ba Đình", UnitLevel.DISTRICT, "01"),
        Unit("00004", "Phường Phúc Xá", UnitLevel.COMMUNE, "001", dt.date(2021, 7, 1),
             dt.date(2025, 6, 30)),
    ]


@pytest.mark.parametrize(("row", "code", "column"), [
    (["05986", "Xã Hoàng Đồng", "xã", "178", "", ""], "bad_level", "level"),
    (["05986", "Xã Hoàng Đồng", "commune", "178", "2025-13-01", ""], "bad_date", "valid_from"),
    (["05986", "Xã Hoàng Đồng", "commune", "178", "2025-07-01", "2025-06-30"],
     "range_reversed", "valid_to"),
    (["05986", "", "commune", "178", "", ""], "missing_name", "name"),
    (["20", "Tỉnh Lạng Sơn", "province", "", "", ""], "duplicate_code", "code"),
])
def test_own_csv_errors(tmp_path: Path, row: list[str], code: str, column: str) -> None:
    header = ["code", "name", "level", "parent_code", "valid_from", "valid_to"]
    path = _csv(tmp_path / "own.csv", header, [["20", "Tỉnh Lạng Sơn", "province", "", "", ""],
                                               row])
    with pytest.raises(UnitListError) as info:
        read_unit_list(path)
    assert (info.value.code, info.value.row, info.value.column) == (code, 3, column)


# -- merging into the catalogue -------------------------------------------------------------

def test_reimport_changes_nothing_and_tone_marks_do_not_matter(repo: Repository,
                                                              tmp_path: Path) -> None:
    rows = [*GSO_ROWS, ["Tỉnh Lạng Sơn", 20, "Huyện Cao Lộc", 183, "Xã Hòa Cư", 6202, "Xã"]]
    first = operations.import_unit_file(repo, path=_xlsx(tmp_path / "a.xlsx", GSO_HEADER, rows))
    assert (first.added, first.changed, first.unchanged, first.closed) == (7, 0, 0, 0)
    rows[-1][4] = "Xã  Hoà Cư"  # new-style tone mark, doubled space
    again = operations.import_unit_file(repo, path=_xlsx(tmp_path / "b.xlsx", GSO_HEADER, rows))
    assert (again.added, again.changed, again.unchanged, again.closed) == (0, 0, 7, 0)
    assert repo.unit_count() == 7


def test_changed_list_without_date_is_refused_and_writes_nothing(repo: Repository,
                                                                 tmp_path: Path) -> None:
    operations.import_unit_file(repo, path=_xlsx(tmp_path / "a.xlsx", GSO_HEADER, GSO_ROWS))
    renamed = [list(row) for row in GSO_ROWS] + [
        ["Tỉnh Lạng Sơn", 20, "Huyện Cao Lộc", 183, "Xã Mới", 6199, "Xã"]]
    renamed[1][4] = "Phường Lương Văn Tri"
    with pytest.raises(ValidationError) as info:
        operations.import_unit_file(repo, path=_xlsx(tmp_path / "b.xlsx", GSO_HEADER, renamed))
    [problem] = info.value.problems
    assert problem.code is ProblemCode.UNIT_CHANGED
    assert dict(problem.params) == {"value": "05983", "name": "Phường Lương Văn Tri",
                                         "existing": "Phường Chi Lăng", "since": None, "row": 3}
    assert repo.unit_count() == 6  # the new commune on the last row was not written either
    assert repo.any_unit("06199") is None


def test_unknown_parent_is_refused(repo: Repository) -> None:
    with pytest.raises(ValidationError) as info:
        operations.import_units(repo, units=[
            Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE, "178")], rows=[7])
    [problem] = info.value.problems
    assert (problem.field, problem.code, problem.params["row"]) == (
        "parent_code", ProblemCode.UNKNOWN_UNIT, 7)
    assert repo.unit_count() == 0


def test_real_lang_son_lists(repo: Repository, shared_data: Path) -> None:
    list_2021 = read_unit_list(shared_data / "lang_son_units_2021.csv")
    list_2025 = read_unit_list(shared_data / "lang_son_units_2025.csv")
    levels_2021 = [u.level for u in list_2021.units]
    assert (len(list_2021.units), levels_2021.count(UnitLevel.PROVINCE),
            levels_2021.count(UnitLevel.DISTRICT)) == (212, 1, 11)
    assert len(list_2025.units) == 66
    assert all(len(u.code) == 5 for u in list_2025.units if u.level is UnitLevel.COMMUNE)

    result = operations.import_units(repo, units=list_2021.units)
    assert (result.added, result.unchanged) == (212, 0)
    assert operations.import_units(repo, units=list_2021.units).unchanged == 212

    # A record logged in 2021 at Xã Hoàng Đồng.
    operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP"))
    record = make_record(date=dt.date(2021, 6, 21))
    operations.save_record(repo, record=record)

    july = dt.date(2025, 7, 1)
    result = operations.import_units(repo, units=list_2025.units, valid_from=july)
    # 65 codes were reused by new units, 135 communes and 11 districts ended on 30/06/2025.
    assert (result.added, result.changed, result.unchanged, result.closed) == (0, 65, 1, 146)
    old_day, new_day = dt.date(2021, 6, 21), dt.date(2025, 7, 2)
    assert len(repo.children("20", old_day)) == 11
    assert all(u.level is UnitLevel.DISTRICT for u in repo.children("20", old_day))
    assert len(repo.children("20", new_day)) == 65
    assert repo.children("178", new_day) == []
    assert repo.unit("178", new_day) is None
    assert repo.unit("178", old_day).valid_to == dt.date(2025, 6, 30)  # type: ignore[union-attr]
    # The old record keeps its 2021 unit; the code now names another commune.
    stored = repo.record(record.uuid)
    assert stored is not None
    assert repo.unit(stored.unit_code, stored.date).name == "Xã Hoàng Đồng"  # type: ignore[union-attr]
    assert repo.unit(stored.unit_code, new_day).name == "Phường Tam Thanh"  # type: ignore[union-attr]

    # Both lists again: nothing changes, whichever comes first.
    again = operations.import_units(repo, units=list_2025.units, valid_from=july)
    assert (again.added, again.changed, again.closed, again.unchanged) == (0, 0, 0, 66)
    assert operations.import_units(repo, units=list_2021.units).unchanged == 212
    assert repo.unit_count() == 212 + 65


def test_own_csv_export_restores_the_whole_history(repo: Repository, shared_data: Path,
                                                   tmp_path: Path) -> None:
    operations.import_unit_file(repo, path=shared_data / "lang_son_units_2021.csv")
    operations.import_unit_file(repo, path=shared_data / "lang_son_units_2025.csv",
                                valid_from=dt.date(2025, 7, 1))
    path = tmp_path / "catalogue.csv"
    write_unit_list(path, repo.units())
    from ocop_desktop.storage.database import open_database

    other = Repository(open_database(tmp_path / "other.sqlite"))
    try:
        operations.import_unit_file(other, path=shared_data / "lang_son_units_2021.csv")
        operations.import_unit_file(other, path=path)
        assert sorted(map(repr, other.units())) == sorted(map(repr, repo.units()))
        assert operations.import_unit_file(other, path=path).unchanged == 277
    finally:
        other.db.close()
