"""Layout facts of the exported workbook, asserted with openpyxl (Nghị định 30/2020 layout)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ocop_desktop import operations
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Installation, Role, Topic, Unit, UnitLevel
from ocop_desktop.excel.columns import DATA_HEADERS, MANIFEST_KEYS
from ocop_desktop.excel.writer import DATA_HEADER_ROW, DETAIL_COLUMNS, DETAIL_HEADER_ROW
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.storage.repository import Repository
from tests.conftest import COMMUNE, DISTRICT, make_record

ISSUED = dt.date(2021, 7, 5)
DIRECTIVE = "1234/STTTT-TTBCXB"
FORMULA_TEXTS = ["=HYPERLINK(\"http://x\")", "+84 912 345 678", "-Phát lại", "@tất cả"]


def _export(repo: Repository, out: Path, *, period: str = "2021-06",
            directive: str | None = DIRECTIVE) -> report_ops.ExportResult:
    return report_ops.export_report(repo, period=parse_period(period), directive=directive,
                                    out=out, issued_on=ISSUED)


@pytest.fixture
def workbook(station: Repository, tmp_path: Path) -> openpyxl.Workbook:
    with station.db.atomic():
        station.insert_records([
            make_record(minutes=10, language="tay", time=dt.time(6, 30)),
            make_record(date=dt.date(2021, 6, 25), topic_code="QD861", items=2, airings=4,
                        minutes=20, title="=SUM(A1:A9)", notes="@chú ý"),
            make_record(form_code="meeting", items=1, participants=45, airings=None,
                        minutes=None, language=None, source=None, title="+84 hội nghị"),
            make_record(form_code="relay", items=None, airings=2, minutes=60, source="vov",
                        title="-Tiếp sóng thời sự VOV"),
        ])
    out = tmp_path / "BC.xlsx"
    _export(station, out)
    return openpyxl.load_workbook(out)


def _cells(ws: Worksheet) -> list[openpyxl.cell.cell.Cell]:
    return [cell for row in ws.iter_rows() for cell in row if cell.value is not None]


def _find(ws: Worksheet, text: str) -> openpyxl.cell.cell.Cell:
    for cell in _cells(ws):
        if cell.value == text:
            return cell
    raise AssertionError(f"{text!r} not on sheet {ws.title}")


def _merged_range(ws: Worksheet, cell: openpyxl.cell.cell.Cell) -> str | None:
    for merged in ws.merged_cells.ranges:
        if cell.coordinate in merged:
            return str(merged)
    return None


def test_sheet_names(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == ["Báo cáo", "Chi tiết", "Dữ liệu"]
    assert workbook.active.title == "Báo cáo"


def test_header_block_follows_decree_30(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Báo cáo"]
    # A People's Committee: its name in full on two lines, no parent body above it (the
    # stored settings still say "UBND …" under "UBND THÀNH PHỐ LẠNG SƠN", as before).
    assert ws["A1"].value == "ỦY BAN NHÂN DÂN" and ws["A1"].font.b
    assert ws["A2"].value == "XÃ HOÀNG ĐỒNG" and ws["A2"].font.b
    assert ws["A1"].font.sz == 13
    assert not [c for c in _cells(ws) if c.value == "UBND THÀNH PHỐ LẠNG SƠN"]
    national = _find(ws, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = _find(ws, "Độc lập - Tự do - Hạnh phúc")
    assert national.row == 1 and national.font.b and 12 <= national.font.sz <= 13
    assert motto.row == 2 and motto.font.b and 13 <= motto.font.sz <= 14
    # Short rules: top borders under the issuing body (row 3) and under the motto (row 3).
    ruled = [c for c in ws[3] if c.border.top.style == "thin"]
    assert ruled and any(c.column < national.column for c in ruled)
    assert any(c.column >= national.column for c in ruled)
    number = _find(ws, "Số: 01/BC-UBND")
    place = _find(ws, "Lạng Sơn, ngày 05 tháng 7 năm 2021")
    assert number.row == place.row
    assert place.font.i and not number.font.b
    title = _find(ws, "BÁO CÁO")
    assert title.font.b and title.font.sz == 14
    subject = ws.cell(row=title.row + 1, column=2)
    assert subject.value.startswith("Kết quả tuyên truyền thực hiện Công văn số "
                                    "1234/STTTT-TTBCXB ngày 20/6/2021")
    assert subject.value.endswith("từ ngày 01/06/2021 đến ngày 30/06/2021")
    assert subject.font.b and subject.alignment.wrap_text
    assert _merged_range(ws, title) is not None
    addressee = _find(ws, "Kính gửi: Phòng Văn hóa và Thông tin.")
    assert subject.row < addressee.row < _find(ws, "\u00a0" * 8 + "I. KẾT QUẢ").row


def test_every_cell_is_times_new_roman_at_document_sizes(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Báo cáo"]
    cells = _cells(ws)
    assert {c.font.name for c in cells} == {"Times New Roman"}
    receivers = _find(ws, "Nơi nhận:")
    for cell in cells:
        if cell.column == 1 and cell.row > receivers.row:
            assert cell.font.sz == 11  # the "Nơi nhận" entries
        elif cell is receivers:
            assert cell.font.sz == 12 and cell.font.b and cell.font.i
        else:
            assert 12 <= cell.font.sz <= 14, (cell.coordinate, cell.value, cell.font.sz)


def _value_cells(ws: Worksheet, row: int, first: int) -> list[object]:
    return [ws.cell(row=row, column=c).value for c in range(first, ws.max_column + 1)
            if ws.cell(row=row, column=c).value is not None]


def test_summary_table_has_merged_two_level_header_and_totals(
        workbook: openpyxl.Workbook) -> None:
    ws = workbook["Báo cáo"]
    stt = _find(ws, "STT")
    assert _merged_range(ws, stt) == f"A{stt.row}:A{stt.row + 1}"
    label = ws.cell(row=stt.row, column=2)
    assert label.value == "Chủ đề"
    assert _merged_range(ws, label) == f"B{stt.row}:G{stt.row + 1}"
    radio = _find(ws, "Tin, bài, phóng sự phát trên đài truyền thanh")
    assert radio.row == stt.row
    merged = _merged_range(ws, radio)
    assert merged is not None  # three measures under one form
    first, last = merged.split(":")
    measures = [ws.cell(row=stt.row + 1, column=c).value
                for c in range(radio.column, ws[last].column + 1)]
    assert [m for m in measures if m] == ["Số tin, bài", "Số lượt phát", "Thời lượng"]
    for cell in (stt, label, radio):
        assert cell.alignment.wrap_text and cell.font.b
        assert cell.border.top.style == "thin" and cell.border.left.style == "thin"
    totals = _find(ws, "Tổng cộng")
    assert totals.font.b
    # radio items, airings, time; relay airings, time; meeting items, participants
    assert _value_cells(ws, totals.row, 8) == [3, 6, "0,5 giờ (30 phút)", 2,
                                                "1,0 giờ (60 phút)", 1, 45]
    rows = [ws.cell(row=r, column=2).value for r in range(stt.row + 2, totals.row)]
    assert rows == ["Chương trình OCOP 2021–2025", "Quyết định 861/QĐ-TTg"]
    assert ws.cell(row=totals.row, column=8).number_format == '#,##0;-#,##0;"-"'
    sentence = ws.cell(row=stt.row - 1, column=1).value
    assert "Trong kỳ đã ghi nhận 4 hoạt động tuyên truyền ở 2/2 chủ đề" in sentence
    assert "thời lượng 0,5 giờ (30 phút)" in sentence and "45 lượt người dự" in sentence


def test_broadcast_table_by_language_and_source(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Báo cáo"]
    heading = _find(ws, "Ngôn ngữ")
    sources = _value_cells(ws, heading.row, 3)
    assert sources == ["Tự sản xuất", "Tiếp sóng Đài Tiếng nói Việt Nam",
                       "Tiếp sóng đài tỉnh", "Tiếp sóng đài huyện", "Tổng cộng"]
    tay = _find(ws, "Tiếng Tày")
    assert _value_cells(ws, tay.row, tay.column + 1) == [
        "0,2 giờ (10 phút)", 0, 0, 0, "0,2 giờ (10 phút)"]
    viet = _find(ws, "Tiếng Việt")
    assert _value_cells(ws, viet.row, viet.column + 1) == [
        "0,3 giờ (20 phút)", "1,0 giờ (60 phút)", 0, 0, "1,3 giờ (80 phút)"]


def test_minutes_only_is_a_setting(station: Repository, tmp_path: Path) -> None:
    installation = station.installation()
    assert installation is not None
    operations.save_installation(station, installation=replace(installation,
                                                               minutes_only=True))
    with station.db.atomic():
        station.insert_records([make_record(minutes=750)])
    out = tmp_path / "m.xlsx"
    _export(station, out, directive=None)
    ws = openpyxl.load_workbook(out)["Báo cáo"]
    assert _find(ws, "Số phút")
    totals = _find(ws, "Tổng cộng")
    assert _value_cells(ws, totals.row, 8) == [1, 2, 750]
    assert not [c for c in _cells(ws) if isinstance(c.value, str) and " giờ" in c.value]


def test_receivers_and_signature(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Báo cáo"]
    receivers = _find(ws, "Nơi nhận:")
    entries = [ws.cell(row=r, column=1).value for r in range(receivers.row + 1,
                                                             receivers.row + 3)]
    assert entries == ["- Như trên;", "- Lưu: VT."]
    title = _find(ws, "TRƯỞNG ĐÀI")
    assert title.row == receivers.row and title.font.b
    name = _find(ws, "Hoàng Văn A")
    assert name.font.b and name.row >= title.row + 4  # space to sign


def test_authority_line_above_the_title(station: Repository, tmp_path: Path) -> None:
    installation = station.installation()
    assert installation is not None
    operations.save_installation(station, installation=replace(
        installation, signer_authority="KT.", authority_of="Chủ tịch",
        signer_title="PHÓ CHỦ TỊCH", drafting_office="VHXH",
        addressees="Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn\nPhòng Văn hóa và Thông tin"))
    out = tmp_path / "kt.xlsx"
    _export(station, out, directive=None)
    ws = openpyxl.load_workbook(out)["Báo cáo"]
    authority = _find(ws, "KT. CHỦ TỊCH")
    assert ws.cell(row=authority.row + 1, column=authority.column).value == "PHÓ CHỦ TỊCH"
    receivers = _find(ws, "Nơi nhận:")
    assert authority.row == receivers.row
    assert [ws.cell(row=r, column=1).value for r in range(receivers.row + 1,
                                                          receivers.row + 3)] == [
        "- Như trên;", "- Lưu: VT, VHXH."]
    label = _find(ws, "Kính gửi:")
    assert ws.cell(row=label.row, column=label.column + 1).value is None or True
    entries = [c.value for c in _cells(ws) if isinstance(c.value, str)
               and c.value.startswith("- Sở") or c.value == "- Phòng Văn hóa và Thông tin."]
    assert entries == ["- Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn;",
                       "- Phòng Văn hóa và Thông tin."]


def test_print_settings(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Báo cáo"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    name = _find(ws, "Hoàng Văn A")
    area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
    area = area.replace("$", "").split("!")[-1]
    assert area == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}{name.row}"
    assert ws.page_margins.left == pytest.approx(30 / 25.4)
    assert ws.page_margins.right == pytest.approx(15 / 25.4)
    # The document repeats table headers itself (real rows): no sheet-wide title rows.
    assert ws.print_title_rows is None
    assert len(ws.row_breaks.brk) <= 1  # a short report: two pages at most
    assert ws.HeaderFooter.differentFirst  # page numbers from the second page on
    detail = workbook["Chi tiết"]
    assert detail.page_setup.orientation == "landscape"
    assert detail.print_title_rows.replace("$", "") == f"{DETAIL_HEADER_ROW}:{DETAIL_HEADER_ROW}"
    # "Print the entire workbook" prints the report and the list, not the data sheet.
    assert workbook["Dữ liệu"].sheet_state == "hidden"


def _keep_together(ws: Worksheet, first: int, last: int) -> None:
    breaks = [b.id for b in ws.row_breaks.brk]
    assert not [b for b in breaks if first <= b < last], (breaks, first, last)


def test_a_long_table_repeats_its_header_on_the_next_page(station: Repository,
                                                          tmp_path: Path) -> None:
    for n in range(40):
        operations.save_topic(station, topic=Topic(f"T{n:02d}", f"Chủ đề tuyên truyền số {n}"))
    with station.db.atomic():
        station.insert_records(make_record(topic_code=f"T{n:02d}", minutes=n) for n in range(40))
    out = tmp_path / "long.xlsx"
    _export(station, out, directive=None)
    ws = openpyxl.load_workbook(out)["Báo cáo"]
    headers = [c.row for c in _cells(ws) if c.value == "Chủ đề"]
    languages = _find(ws, "Ngôn ngữ")
    assert headers[0] < languages.row  # the sections keep their order
    breaks = [b.id for b in ws.row_breaks.brk]
    assert breaks and len(headers) == 1 + len([b for b in breaks if b < languages.row])
    for brk, header in zip(breaks, headers[1:], strict=False):
        assert header == brk + 1  # the header opens the next page
    heading = _find(ws, "\u00a0" * 8 + "1. Kết quả theo chủ đề")
    _keep_together(ws, heading.row, headers[0] + 3)
    receivers = _find(ws, "Nơi nhận:")
    _keep_together(ws, receivers.row - 2, _find(ws, "Hoàng Văn A").row)


def test_detail_sheet(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Chi tiết"]
    header = [c.value for c in ws[DETAIL_HEADER_ROW]]
    assert header == [c.title for c in DETAIL_COLUMNS]
    assert ws.freeze_panes == f"A{DETAIL_HEADER_ROW + 1}"
    last = DETAIL_HEADER_ROW + 4
    assert ws.auto_filter.ref == f"A{DETAIL_HEADER_ROW}:R{last}"
    assert ws.max_row == last
    first = next(row for row in ws.iter_rows(min_row=DETAIL_HEADER_ROW + 1)
                 if row[2].value == "06:30")
    date = first[1]
    assert isinstance(date.value, dt.datetime) and date.value.date() == dt.date(2021, 6, 21)
    assert date.number_format == "dd/mm/yyyy"
    assert first[2].value == "06:30"
    assert first[3].value == "Xã Hoàng Đồng"
    assert first[5].value == "Tin, bài, phóng sự phát trên đài truyền thanh"
    assert first[9].value == 10 and first[9].data_type == "n"
    assert first[12].value == "Tiếng Tày"
    assert {c.font.name for c in ws[DETAIL_HEADER_ROW + 1] if c.value is not None} == {
        "Times New Roman"}


def test_data_sheet_is_text_and_protected(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Dữ liệu"]
    assert ws.protection.sheet
    assert [ws.cell(row=r, column=1).value for r in range(1, len(MANIFEST_KEYS) + 1)] == list(
        MANIFEST_KEYS)
    assert [c.value for c in ws[DATA_HEADER_ROW]] == list(DATA_HEADERS)
    manifest = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value
                for r in range(1, len(MANIFEST_KEYS) + 1)}
    assert manifest["sender_code"] == COMMUNE and manifest["period"] == "2021-06"
    assert manifest["report_number"] == "01/BC-UBND" and manifest["record_count"] == "4"
    assert manifest["scope"] == DIRECTIVE and manifest["parent_code"] == DISTRICT
    generated = dt.datetime.fromisoformat(manifest["generated_at"])
    assert generated.tzinfo is not None and generated.microsecond is not None
    for cell in _cells(ws):
        assert cell.data_type == "s", (cell.coordinate, cell.value)
    assert ws.cell(row=DATA_HEADER_ROW + 1, column=2).value == COMMUNE  # leading zero kept


def test_formula_like_texts_land_as_text_on_every_sheet(workbook: openpyxl.Workbook) -> None:
    found = set()
    for ws in workbook.worksheets:
        for cell in _cells(ws):
            assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.data_type == "s"
                found.add((ws.title, cell.value))
    assert ("Chi tiết", "=SUM(A1:A9)") in found and ("Dữ liệu", "=SUM(A1:A9)") in found
    assert ("Chi tiết", "@chú ý") in found and ("Dữ liệu", "-Tiếp sóng thời sự VOV") in found


def test_settings_and_names_that_look_like_formulas(station: Repository, tmp_path: Path) -> None:
    installation = station.installation()
    assert installation is not None
    operations.save_installation(station, installation=replace(
        installation, signer_name="=1+1", parent_body="-UBND", issuing_body="@ĐÀI",
        recipient_name="+Sở"))
    operations.save_topic(station, topic=Topic("X1", "=HYPERLINK(\"http://x\")"))
    with station.db.atomic():
        station.insert_records([make_record(topic_code="X1", title="Tiêu đề\x0bcó ký tự lạ\r\n")])
    out = tmp_path / "f.xlsx"
    report_ops.export_report(station, period=parse_period("2021-06"), out=out)
    book = openpyxl.load_workbook(out)
    ws = book["Báo cáo"]
    for text in ("=1+1", "-UBND", "@ĐÀI", "=HYPERLINK(\"http://x\")", "Kính gửi: +Sở."):
        assert _find(ws, text).data_type == "s"
    titles = [c.value for c in book["Chi tiết"]["G"]]
    assert "Tiêu đềcó ký tự lạ\n" in titles  # characters XML cannot hold are dropped


def test_empty_period_still_makes_a_document(station: Repository, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    result = _export(station, out, period="2021-03", directive=None)
    assert result.entry.record_count == 0
    book = openpyxl.load_workbook(out)
    ws = book["Báo cáo"]
    texts = [c.value for c in _cells(ws)]
    assert any(isinstance(t, str) and t.strip().startswith("Không có hoạt động") for t in texts)
    assert any(isinstance(t, str) and "không có chương trình phát" in t for t in texts)
    data = book["Dữ liệu"]
    assert data.max_row == DATA_HEADER_ROW
    assert book["Chi tiết"].auto_filter.ref == f"A{DETAIL_HEADER_ROW}:R{DETAIL_HEADER_ROW}"


def test_office_report_has_the_table_of_child_units(repo: Repository, tmp_path: Path) -> None:
    communes = [Unit(f"{5900 + n:05d}", f"Xã Số {n}", UnitLevel.COMMUNE, DISTRICT)
                for n in range(30)]
    operations.import_units(repo, units=[
        Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
        Unit(DISTRICT, "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20"),
        Unit(COMMUNE, "Xã Hoàng Đồng", UnitLevel.COMMUNE, DISTRICT),
        Unit("05983", "Phường Đồng Đăng", UnitLevel.COMMUNE, DISTRICT),
    ])
    operations.save_installation(repo, installation=Installation(
        unit_code=DISTRICT, role=Role.OFFICE, parent_body="UBND THÀNH PHỐ LẠNG SƠN",
        issuing_body="PHÒNG VĂN HÓA VÀ THÔNG TIN", place="Lạng Sơn",
        signer_title="TRƯỞNG PHÒNG", signer_name="Nguyễn Thị B"))
    operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP"))
    with repo.db.atomic():
        repo.insert_records([make_record(unit_code=COMMUNE, minutes=10),
                             make_record(unit_code="05983", minutes=5)])
    out = tmp_path / "office.xlsx"
    report_ops.export_report(repo, period=parse_period("2021-06"), out=out, issued_on=ISSUED)
    ws = openpyxl.load_workbook(out)["Báo cáo"]
    assert ws["A1"].value == "UBND THÀNH PHỐ LẠNG SƠN" and not ws["A1"].font.b
    assert ws["A2"].value == "PHÒNG VĂN HÓA VÀ THÔNG TIN" and ws["A2"].font.b
    unit_label = _find(ws, "Đơn vị")
    assert unit_label.row < _find(ws, "Chủ đề").row  # the consolidated form first
    assert _find(ws, "Phường Đồng Đăng").row == unit_label.row + 2
    assert _find(ws, "Số: 01/BC-PVHTT")
    # Thirty communes run over a page: the order stays, the header repeats on top.
    operations.import_units(repo, units=communes)
    report_ops.export_report(repo, period=parse_period("2021-06"), out=out, issued_on=ISSUED)
    ws = openpyxl.load_workbook(out)["Báo cáo"]
    unit_labels = [c.row for c in _cells(ws) if c.value == "Đơn vị"]
    assert unit_labels[0] < _find(ws, "Chủ đề").row < _find(ws, "Ngôn ngữ").row
    assert len(unit_labels) >= 2 and ws.row_breaks.brk
    assert unit_labels[1] == ws.row_breaks.brk[0].id + 1
    assert _find(ws, "Xã Số 29").row > unit_labels[1]
