"""What ``excel.splice`` relies on in openpyxl, checked on the installed version.

If an openpyxl release changes one of these, these tests fail before a user gets a broken
report (and ``save_with_rows`` refuses with ``SpliceError``): see the pin in pyproject.toml.
"""

from __future__ import annotations

import io
import re
import zipfile
from contextlib import ExitStack
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side

from ocop_desktop.excel.splice import (
    RowFile,
    SpliceError,
    blank_cell,
    inline_cell,
    merge_range,
    number_cell,
    row_start,
    save_with_rows,
    sheet_part,
    splice_rows,
    style_id,
    use_default_font,
)


def _workbook() -> tuple[Workbook, openpyxl.worksheet.worksheet.Worksheet]:
    wb = Workbook()
    assert wb.active is not None
    wb.active.title = "Đầu"
    ws = wb.create_sheet("Nhiều dòng")
    ws["A1"] = "tiêu đề"
    ws["B1"] = "cột hai"
    return wb, ws


def _saved(wb: Workbook) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    wb.save(buffer)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def test_the_sheet_part_holds_one_dimension_and_ends_its_rows_with_sheet_data() -> None:
    wb, ws = _workbook()
    archive = _saved(wb)
    xml = archive.read(sheet_part(ws))
    assert b"<sheetData>" in xml and xml.count(b"</sheetData>") == 1
    assert len(re.findall(rb'<dimension ref="[^"]*"\s*/>', xml)) == 1
    # Every row is inside sheetData: nothing openpyxl writes after it is a row.
    assert xml.rindex(b"</row>") < xml.index(b"</sheetData>")
    assert b"<row" not in xml[xml.index(b"</sheetData>"):]


def test_a_style_id_is_the_index_of_its_xf_and_the_default_font_is_font_zero() -> None:
    wb, ws = _workbook()
    use_default_font(wb, Font(name="Times New Roman", size=13, family=1))
    text = style_id(ws, number_format="@")
    bold = style_id(ws, font=Font(name="Times New Roman", size=11, bold=True))
    assert text != bold
    styles = _saved(wb).read("xl/styles.xml").decode()
    fonts = re.search(r"<fonts[^>]*>(.*?)</fonts>", styles, re.S)
    assert fonts is not None
    first_font = re.match(r"<font>(.*?)</font>", fonts.group(1), re.S)
    assert first_font is not None and 'val="Times New Roman"' in first_font.group(1)
    xfs_block = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S)
    assert xfs_block is not None
    xfs = re.findall(r"<xf [^>]*?/?>", xfs_block.group(1))
    assert 'numFmtId="49"' in xfs[text]  # "@", text
    font_id = int(re.search(r'fontId="(\d+)"', xfs[bold]).group(1))  # type: ignore[union-attr]
    font = re.findall(r"<font>(.*?)</font>", fonts.group(1), re.S)[font_id]
    assert "<b" in font and 'val="11"' in font


def test_rows_saved_with_a_workbook_read_back_with_their_styles() -> None:
    wb, ws = _workbook()
    text = style_id(ws, number_format="@")
    number = style_id(ws, number_format="#,##0")
    chunks: list[int] = []
    target = io.BytesIO()
    with ExitStack() as stack:
        rows = RowFile(stack)
        for row in range(2, 2002):
            rows.add(row_start(row, 30.0 if row == 2 else None)
                     + inline_cell(f"A{row}", f"=dòng {row} & <x>", text)
                     + number_cell(f"B{row}", row * 10, number)
                     + blank_cell(f"C{row}", text) + "</row>")
        rows.flush()
        save_with_rows(wb, {ws: (rows, "A1:C2001")}, target, compresslevel=1,
                       check=lambda: None, on_chunk=chunks.append)
    assert sum(chunks) > 0
    book = load_workbook(io.BytesIO(target.getvalue()))
    sheet = book["Nhiều dòng"]
    assert sheet.dimensions == "A1:C2001"
    assert sheet["A1"].value == "tiêu đề"
    assert sheet["A2"].value == "=dòng 2 & <x>" and sheet["A2"].data_type == "s"
    assert sheet["B2001"].value == 20010 and sheet["B2001"].number_format == "#,##0"
    assert sheet["A2"].number_format == "@"
    assert sheet.row_dimensions[2].height == 30.0
    assert book["Đầu"].max_row == 1


def test_a_check_that_raises_stops_the_splice() -> None:
    wb, ws = _workbook()

    class StopError(Exception):
        pass

    def stop() -> None:
        raise StopError

    with ExitStack() as stack:
        rows = RowFile(stack)
        rows.add(row_start(2) + inline_cell("A2", "x", None) + "</row>")
        rows.flush()
        with pytest.raises(StopError):
            save_with_rows(wb, {ws: (rows, "A1:B2")}, io.BytesIO(), compresslevel=1,
                           check=stop, on_chunk=lambda size: None)


def test_output_other_than_expected_is_refused() -> None:
    with ExitStack() as stack:
        rows = RowFile(stack)
        with pytest.raises(SpliceError, match="sheetData"):
            splice_rows(b"<worksheet><sheetData/></worksheet>", rows.file, "A1:A1",
                        io.BytesIO(), lambda: None, lambda size: None)
        with pytest.raises(SpliceError, match="dimension"):
            splice_rows(b"<worksheet><sheetData></sheetData></worksheet>", rows.file, "A1:A1",
                        io.BytesIO(), lambda: None, lambda size: None)


def test_a_sheet_part_missing_from_the_saved_zip_is_refused() -> None:
    wb, _ws = _workbook()
    other = Workbook()
    for _ in range(4):
        other.create_sheet()
    stranger = other.worksheets[-1]  # not a sheet of ``wb``
    with ExitStack() as stack, pytest.raises(SpliceError, match="not in the saved"):
        save_with_rows(wb, {stranger: (RowFile(stack), "A1:B1")}, io.BytesIO(),
                       compresslevel=1, check=lambda: None, on_chunk=lambda size: None)


def _merged_report_cells(merge: str) -> Workbook:
    """A few merged areas as the report sheet writes them: value and style in the top-left
    cell, a border on every covered cell (or none), merged by openpyxl or by merge_range."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for first_row, first_col, last_row, last_col, border in (
            (1, 1, 1, 6, None), (2, 1, 3, 2, box), (2, 3, 2, 6, box),
            (5, 2, 8, 4, Border(top=thin))):
        cell = ws.cell(row=first_row, column=first_col, value=f"ô {first_row}")
        cell.font = Font(name="Times New Roman", size=13, bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        if merge == "openpyxl":
            ws.merge_cells(start_row=first_row, start_column=first_col, end_row=last_row,
                           end_column=last_col)
        else:
            merge_range(ws, first_row, first_col, last_row, last_col)
        if border is not None:
            for row in range(first_row, last_row + 1):
                for column in range(first_col, last_col + 1):
                    ws.cell(row=row, column=column).border = border
    return wb


def _cells_as_saved(wb: Workbook) -> tuple[set[str], dict[str, tuple[str, ...]]]:
    """The merged areas and every cell of the saved first sheet that is not blank: its value
    and its style resolved from ``styles.xml`` (font, border, alignment as XML)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    part = _saved(wb)
    styles = ElementTree.fromstring(part.read("xl/styles.xml"))
    fonts = styles.findall("m:fonts/m:font", ns)
    borders = styles.findall("m:borders/m:border", ns)

    def resolved(index: int) -> tuple[str, ...]:
        xf = styles.findall("m:cellXfs/m:xf", ns)[index]
        alignment = xf.find("m:alignment", ns)
        return tuple(ElementTree.tostring(e).decode() if e is not None else "" for e in (
            fonts[int(xf.get("fontId", 0))], borders[int(xf.get("borderId", 0))], alignment))

    sheet = ElementTree.fromstring(part.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for c in sheet.iter(f"{{{ns['m']}}}c"):
        content = "".join(ElementTree.tostring(child).decode() for child in c)
        style = resolved(int(c.get("s", 0)))
        if content or style != resolved(0):
            cells[c.get("r", "")] = (content, *style)
    merged = {m.get("ref", "") for m in sheet.iter(f"{{{ns['m']}}}mergeCell")}
    return merged, cells


def test_merge_range_saves_what_openpyxls_merge_cells_saves() -> None:
    mine = _cells_as_saved(_merged_report_cells("merge_range"))
    theirs = _cells_as_saved(_merged_report_cells("openpyxl"))
    assert mine[0] == theirs[0] == {"A1:F1", "A2:B3", "C2:F2", "B5:D8"}
    assert "D7" in mine[1]  # a covered cell, with its border
    assert mine[1] == theirs[1]


def test_the_installed_openpyxl_is_one_the_pin_allows() -> None:
    major, minor = (int(part) for part in openpyxl.__version__.split(".")[:2])
    assert (major, minor) == (3, 1), openpyxl.__version__
