"""The report workbook: the official document, the detail list and the data sheet.

Sheets (names in ``excel.columns``):

* ``Báo cáo`` — the document per Nghị định 30/2020/NĐ-CP, Appendix I: header block, number
  and place-date line, ``BÁO CÁO`` and the subject, the summary tables with totals, the
  broadcast minutes by language and source, ``Nơi nhận`` and the signature block. Times New
  Roman, A4 landscape, fitted to the page width, table header repeated on every page.
* ``Chi tiết`` — every record of the period, one per row, dates as real dates.
* ``Dữ liệu`` — the machine-readable sheet of ``excel.columns`` (manifest, then data rows,
  every cell text), protected against accidental edits.

Speed (DESIGN.md §7): openpyxl lays out the small parts (the whole ``Báo cáo`` sheet and the
top rows of the other two) into a skeleton workbook; the rows of ``Chi tiết`` and
``Dữ liệu`` are streamed as sheet XML straight into the final zip, about nine times faster
than openpyxl's own write-only cells. Rows are written to temporary files first because the
manifest at the top of ``Dữ liệu`` needs the record count and the hash of all rows.

Every text lands as text: openpyxl cells get ``data_type = "s"`` (it would otherwise take a
leading ``=`` for a formula) and streamed cells are inline strings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ocop_desktop.domain.catalogue import (
    LANGUAGES,
    MEASURE_NAMES,
    PRIORITIES,
    SOURCES,
    Measure,
    choice_name,
)
from ocop_desktop.domain.records import LogRecord
from ocop_desktop.domain.reporting import ReportSummary, SummaryTable
from ocop_desktop.domain.schedule import PlanRow, PlanTable
from ocop_desktop.domain.signing import SigningKey
from ocop_desktop.domain.signing import encode as encode_signature
from ocop_desktop.excel.columns import (
    DATA_HEADERS,
    DATA_SHEET,
    DETAIL_SHEET,
    MANIFEST_KEYS,
    REPORT_SHEET,
    DataHasher,
    clean_text,
    record_to_cells,
    signed_message,
)

FONT_NAME = "Times New Roman"
BODY_SIZE = 13
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RULE = Border(top=THIN)
# Zeros print as a dash, as in hand-made official tables; the value stays 0.
COUNT_FORMAT = '#,##0;-#,##0;"-"'
DATE_FORMAT = "dd/mm/yyyy"
TEXT_FORMAT = "@"
# Nghị định 30/2020: margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS = PageMargins(left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4,
                      header=10 / 25.4, footer=10 / 25.4)
ROW_BATCH = 1000  # rows between progress reports and cancellation checks
EXCEL_EPOCH = dt.date(1899, 12, 30)

# Row of the data sheet's header (after the manifest and one empty row); data rows follow.
DATA_HEADER_ROW = len(MANIFEST_KEYS) + 2
DETAIL_HEADER_ROW = 3


class ExportCancelled(Exception):  # noqa: N818 (a user's choice, not an error)
    """The user cancelled; nothing was written under the real name."""


ProgressCallback = Callable[[int, int, str], None]  # (done, total, stage "rows" | "pack")


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """The texts around the tables, composed by the caller from settings (DESIGN.md §4)."""

    parent_body: str  # printed in capitals, not bold; may be empty
    issuing_body: str  # bold capitals, a short rule under it
    number_line: str  # "Số: 05/BC-UBND"
    place_date: str  # "Lạng Sơn, ngày 05 tháng 7 năm 2021"
    subject: str  # bold, under "BÁO CÁO"
    intro: str  # the sentence that leads into the tables
    recipients: tuple[str, ...]  # "Nơi nhận" lines, with their "- " and ";"
    signer_title: tuple[str, ...]  # "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    signer_name: str
    unit_table_title: str = "Kết quả theo đơn vị"
    topic_table_title: str = "Kết quả theo chủ đề"
    # The broadcast schedule's plan against what aired (issue 7); None: no table.
    plan: PlanTable | None = None


@dataclass(frozen=True, slots=True)
class DetailNames:
    """Names shown on the ``Chi tiết`` sheet instead of codes."""

    topics: Mapping[str, str]
    forms: Mapping[str, str]
    unit_name: Callable[[str, dt.date], str]


@dataclass(frozen=True, slots=True)
class WrittenWorkbook:
    record_count: int
    data_hash: str
    file_hash: str  # sha256 of the file's bytes
    size: int


# -- text measurement (row heights and rule lengths are computed, not auto-fitted) -----------

# Advance widths of Times New Roman (measured on its metric twin Liberation Serif), in ems.
_REGULAR_WIDTHS = {
    0.18: "'", 0.2: "|", 0.25: " .,", 0.278: "ijlt;:/", 0.333: "frI!()[]-", 0.389: "sJ",
    0.408: '"', 0.444: "acez?ăâê", 0.5: "bdghknopquvxy0123456789–#*_đô", 0.529: "ơ",
    0.542: "ư", 0.556: "FPS", 0.564: "+=<>", 0.611: "ELTZÊ", 0.667: "BCR",
    0.722: "wADGHKNOQUVXYĂÂĐÔƠ", 0.776: "Ư", 0.778: "m&", 0.833: "%", 0.889: "M",
    0.921: "@", 0.944: "W",
}
_BOLD_WIDTHS = {
    0.22: "|", 0.25: " .,", 0.278: "il'/", 0.333: "fjt;:!()[]-", 0.389: "sI",
    0.444: "cerzê", 0.5: "agovxyJ0123456789?–#*_ăâô", 0.555: '"', 0.556: "bdhknpquSđ",
    0.57: "+=<>", 0.611: "FP", 0.667: "BELTZơÊ", 0.722: "wACDNRUVXYĂÂĐ", 0.727: "ư",
    0.778: "GHKOQÔ", 0.833: "m&", 0.871: "Ơ", 0.872: "Ư", 0.93: "@", 0.944: "M",
    1.0: "W%",
}
_EM = {False: {c: w for w, cs in _REGULAR_WIDTHS.items() for c in cs},
       True: {c: w for w, cs in _BOLD_WIDTHS.items() for c in cs}}
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
# A column-width unit is the width of a digit in the workbook's default font, which is set
# to Times New Roman 13 (see ``_use_document_font``): 9 px at 96 dpi, in Excel and
# LibreOffice alike — unlike Calibri, which LibreOffice replaces on machines without it.
POINTS_PER_UNIT = 6.75


def text_width(text: str, size: float = BODY_SIZE, *, bold: bool = False) -> float:
    """Width of ``text`` in Times New Roman, in column-width units (with 4 % to spare for
    the renderers' rounding). Tone marks do not change a letter's width."""
    widths = _EM[bold]
    bare = unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", text).translate(_TONE_MARKS))
    em = sum(widths.get(ch, 0.72 if ch.isupper() else 0.5) for ch in bare)
    return em * size * 1.04 / POINTS_PER_UNIT


# Width taken by a cell's ``indent=1`` (labels in tables), in column-width units.
INDENT_WIDTH = 1.2


def wrapped_lines(text: str, width: float, size: float = BODY_SIZE, *, bold: bool = False) -> int:
    """How many lines ``text`` takes in a cell ``width`` units wide (greedy word wrap)."""
    usable = max(width - 0.8, 1.0)  # the cell's padding
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        line = 0.0
        space = text_width(" ", size, bold=bold)
        for word in paragraph.split():
            w = text_width(word, size, bold=bold)
            if line and line + space + w > usable:
                count += 1
                line = w
            else:
                line += (space if line else 0.0) + w
            while line > usable:  # a word longer than the cell breaks across lines
                count += 1
                line -= usable
    return max(count, 1)


def line_height(size: float) -> float:
    """Height of one line of text at ``size`` points, with the cell's padding."""
    return round(size * 1.2 + 2.5, 1)


# -- the Báo cáo sheet -------------------------------------------------------------------

@dataclass
class _Grid:
    """Column layout of the document: STT, six label columns, then the value area.

    The label is split into several narrow columns (merged in every table row) only so that
    the short rules of the header block can be centred under their lines.

    Tables with different numbers of value columns share the sheet's columns: when the
    summary has fewer columns than the broadcast table, the value area is split into
    ``lcm`` columns so both tables get cells of equal width."""

    widths: list[float]
    main_span: int  # grid columns per summary column
    broadcast_span: int  # grid columns per broadcast column
    table_size: float = BODY_SIZE  # font size of the table cells

    LABEL = (2, 7)  # columns B..G
    FIRST_VALUE = 8

    @property
    def last(self) -> int:
        return len(self.widths)

    def width(self, first: int, last: int) -> float:
        return sum(self.widths[first - 1:last])


def _grid(summary_columns: int, broadcast_columns: int) -> _Grid:
    total_target = 105.0  # A4 landscape less the margins (252 mm), in 9 px units
    m, b = summary_columns, broadcast_columns
    if m == 0:
        grid_values, main_span, broadcast_span = b, 1, 1
        logical = b
    elif m >= b:
        # The broadcast table takes whole groups of columns, as wide as fits.
        grid_values, main_span, broadcast_span = m, 1, m // b
        logical = m
    else:
        grid_values = math.lcm(m, b)
        main_span, broadcast_span = grid_values // m, grid_values // b
        logical = m
    # A wide table (a station that uses many forms) gets narrower columns and 12 pt cells,
    # so that fitting it to the page width does not shrink the whole document too much.
    wide = logical > 10
    stt = 5.0
    label = 24.0 if wide else 30.0
    per_value = max(6.2 if wide else 7.5, min(24.0, (total_target - stt - label) / logical))
    label = max(label, total_target - stt - per_value * logical)
    value_width = per_value * logical / grid_values
    return _Grid([stt] + [label / 6] * 6 + [value_width] * grid_values,
                 main_span, broadcast_span, 12.0 if wide else BODY_SIZE)


class _DocumentSheet:
    """Writes the ``Báo cáo`` sheet row by row."""

    def __init__(self, ws: Worksheet, summary: ReportSummary, document: ReportDocument):
        self.ws = ws
        self.summary = summary
        self.document = document
        broadcast_columns = len(summary.broadcast.sources) + 1
        self.grid = _grid(len(summary.columns), broadcast_columns)
        self.row = 1
        self.heights: dict[int, float] = {}
        self.title_rows: tuple[int, int] | None = None
        # What pagination needs: each table's (header top, header bottom, last row) and the
        # row ranges that must not be split across pages.
        self.tables: dict[str, tuple[int, int, int]] = {}
        self.keep: list[tuple[int, int]] = []
        self.breaks: list[int] = []
        widths = self.grid.widths
        total = sum(widths)
        cumulative = 0.0
        self.split = 1
        for index, width in enumerate(widths, 1):
            cumulative += width
            if cumulative >= total * 0.42:
                self.split = min(index, len(widths) - 1)
                break

    # cells -------------------------------------------------------------------------------
    def put(self, row: int, first: int, last: int, value: object, *, size: float = BODY_SIZE,
            bold: bool = False, italic: bool = False, horizontal: str = "center",
            vertical: str = "center", wrap: bool = True, border: Border | None = None,
            number_format: str | None = None, row2: int | None = None,
            indent: int = 0) -> Cell:
        """Write ``value`` into columns ``first..last`` (merged when more than one)."""
        bottom = row2 or row
        cell = self.ws.cell(row=row, column=first)
        if isinstance(value, str):
            cell.value = clean_text(value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
        else:
            cell.value = value
        cell.font = Font(name=FONT_NAME, size=size, bold=bold, italic=italic)
        cell.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap,
                                   indent=indent)
        if number_format:
            cell.number_format = number_format
        if last > first or bottom > row:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=bottom,
                                end_column=last)
        if border is not None:
            for r in range(row, bottom + 1):
                for c in range(first, last + 1):
                    self.ws.cell(row=r, column=c).border = border
        return cell

    def height(self, row: int, points: float) -> None:
        self.heights[row] = max(self.heights.get(row, 0.0), points)

    def text_row(self, first: int, last: int, text: str, *, size: float = BODY_SIZE,
                 bold: bool = False, italic: bool = False, horizontal: str = "center") -> None:
        self.put(self.row, first, last, text, size=size, bold=bold, italic=italic,
                 horizontal=horizontal)
        lines = wrapped_lines(text, self.grid.width(first, last), size, bold=bold)
        self.height(self.row, lines * line_height(size))

    def rule(self, row: int, first: int, last: int, length: float) -> None:
        """A short horizontal line centred under columns ``first..last``: the top border of
        the columns whose span comes closest to ``length`` units, centred."""
        widths = self.grid.widths
        centre = self.grid.width(1, first - 1) + self.grid.width(first, last) / 2
        best: tuple[float, int, int] | None = None
        for i in range(first, last + 1):
            for j in range(i, last + 1):
                start = self.grid.width(1, i - 1)
                span = sum(widths[i - 1:j])
                score = abs(start + span / 2 - centre) * 1.5 + abs(span - length)
                if best is None or score < best[0]:
                    best = (score, i, j)
        assert best is not None
        for column in range(best[1], best[2] + 1):
            self.ws.cell(row=row, column=column).border = RULE

    # blocks ------------------------------------------------------------------------------
    def header_block(self) -> None:
        """Nghị định 30/2020, Appendix I: bodies left, national title and motto right."""
        doc = self.document
        left, right = (1, self.split), (self.split + 1, self.grid.last)
        national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        motto = "Độc lập - Tự do - Hạnh phúc"
        bodies: list[tuple[str, bool]] = []
        if doc.parent_body.strip():
            bodies.append((doc.parent_body.upper(), False))
        bodies.append((doc.issuing_body.upper(), True))
        first = self.row
        for offset in range(2):
            row = first + offset
            if offset < len(bodies):
                text, bold = bodies[offset]
                self.put(row, *left, text, bold=bold)
                self.height(row, wrapped_lines(text, self.grid.width(*left), bold=bold)
                            * line_height(BODY_SIZE))
            self.put(row, *right, national if offset == 0 else motto, bold=True,
                     size=12.5 if offset == 0 else 13.5)
            self.height(row, line_height(13.5))
        # The rule under the issuing body is 1/3 to 1/2 as long as its line; the motto's
        # rule is as long as the motto. Each is the top border of the row below its text.
        rule_row = first + 2
        issuing_width = min(text_width(bodies[-1][0], bold=True), self.grid.width(*left))
        self.rule(first + len(bodies), *left, max(issuing_width * 0.42, 8.0))
        self.rule(rule_row, *right, text_width(motto, 13.5, bold=True))
        self.height(rule_row, 8)
        self.row = rule_row + 1
        self.put(self.row, *left, doc.number_line, size=BODY_SIZE)
        self.put(self.row, *right, doc.place_date, italic=True, size=13.5)
        self.height(self.row, line_height(13.5) + 2)
        self.row += 2
        self.height(self.row - 1, 10)

    def title_block(self) -> None:
        last = self.grid.last
        self.text_row(1, last, "BÁO CÁO", size=14, bold=True)
        self.row += 1
        self.text_row(2, last - 1, self.document.subject, size=14, bold=True)
        self.height(self.row, self.heights[self.row] + 6)  # room above the rule under it
        self.row += 1
        subject_width = min(text_width(self.document.subject, 14, bold=True),
                            self.grid.width(2, last - 1))
        self.rule(self.row, 1, last, max(subject_width * 0.4, 12.0))
        self.height(self.row, 10)
        self.row += 1
        if self.document.intro:
            self.text_row(1, last, "\u00a0" * 8 + self.document.intro, horizontal="justify")
            self.row += 1

    def section(self, text: str) -> int:
        row = self.row
        self.text_row(1, self.grid.last, "\u00a0" * 8 + text, bold=True, horizontal="left")
        self.row += 1
        return row

    def summary_table(self, table: SummaryTable, label_title: str, *, key: str) -> None:
        grid = self.grid
        columns = table.columns
        if not columns:
            self.text_row(1, grid.last, "\u00a0" * 8 + "Không có hoạt động tuyên truyền nào "
                          "được ghi trong kỳ báo cáo.", italic=True, horizontal="left")
            self.row += 1
            return
        top, sub = self.row, self.row + 1
        header_size = 12
        self.put(top, 1, 1, "STT", bold=True, size=header_size, border=BOX, row2=sub)
        self.put(top, *grid.LABEL, label_title, bold=True, size=header_size, border=BOX,
                 row2=sub)
        column = grid.FIRST_VALUE
        top_lines = sub_lines = 1
        for _code, name, group in table.form_groups():
            span = len(group) * grid.main_span
            self.put(top, column, column + span - 1, name, bold=True, size=header_size,
                     border=BOX)
            top_lines = max(top_lines, wrapped_lines(
                name, grid.width(column, column + span - 1), header_size, bold=True))
            for measure_column in group:
                last = column + grid.main_span - 1
                self.put(sub, column, last, measure_column.measure_name, bold=True,
                         size=header_size, border=BOX)
                sub_lines = max(sub_lines, wrapped_lines(
                    measure_column.measure_name, grid.width(column, last), header_size,
                    bold=True))
                column = last + 1
        self.height(top, top_lines * line_height(header_size) + 2)
        self.height(sub, sub_lines * line_height(header_size) + 2)
        self.row = sub + 1
        size = grid.table_size
        for number, row in enumerate(table.rows, 1):
            self.put(self.row, 1, 1, number, border=BOX, size=size)
            self.put(self.row, *grid.LABEL, row.name, horizontal="left", border=BOX, indent=1,
                     size=size)
            lines = wrapped_lines(row.name, grid.width(*grid.LABEL) - INDENT_WIDTH, size)
            self._values(row.values, border=BOX)
            self.height(self.row, lines * line_height(size) + 3)
            self.row += 1
        self.put(self.row, 1, grid.LABEL[1], "Tổng cộng", bold=True, border=BOX, size=size)
        self._values(table.totals, border=BOX, bold=True)
        self.height(self.row, line_height(size) + 3)
        self.tables[key] = (top, sub, self.row)
        self.row += 1

    def _values(self, values: Sequence[int], *, border: Border, bold: bool = False,
                span: int | None = None) -> None:
        span = span or self.grid.main_span
        column = self.grid.FIRST_VALUE
        for value in values:
            self.put(self.row, column, column + span - 1, value, bold=bold, border=border,
                     horizontal="right", number_format=COUNT_FORMAT, wrap=False, indent=1,
                     size=self.grid.table_size)
            column += span

    def broadcast_table(self) -> None:
        broadcast = self.summary.broadcast
        grid = self.grid
        if not broadcast.languages:
            self.text_row(1, grid.last, "\u00a0" * 8 + "Trong kỳ không có chương trình phát "
                          "thanh, truyền hình.", italic=True, horizontal="left")
            self.row += 1
            return
        span = grid.broadcast_span
        headers = [source.name for source in broadcast.sources] + ["Tổng cộng"]
        header_size = 12
        top = self.row
        self.put(top, 1, 1, "STT", bold=True, size=header_size, border=BOX)
        self.put(top, *grid.LABEL, "Ngôn ngữ", bold=True, size=header_size, border=BOX)
        column = grid.FIRST_VALUE
        lines = 1
        for text in headers:
            self.put(top, column, column + span - 1, text, bold=True, size=header_size,
                     border=BOX)
            lines = max(lines, wrapped_lines(text, grid.width(column, column + span - 1),
                                             header_size, bold=True))
            column += span
        self.height(top, lines * line_height(header_size) + 2)
        self.row += 1
        for number, (language, cells, total) in enumerate(zip(
                broadcast.languages, broadcast.cells, broadcast.language_totals, strict=True), 1):
            self.put(self.row, 1, 1, number, border=BOX, size=grid.table_size)
            self.put(self.row, *grid.LABEL, language.name, horizontal="left", border=BOX,
                     indent=1, size=grid.table_size)
            self._values([*cells, total], border=BOX, span=span)
            self.height(self.row, line_height(grid.table_size) + 3)
            self.row += 1
        self.put(self.row, 1, grid.LABEL[1], "Tổng cộng", bold=True, border=BOX,
                 size=grid.table_size)
        self._values([*broadcast.source_totals, broadcast.total], border=BOX, bold=True,
                     span=span)
        self.height(self.row, line_height(grid.table_size) + 3)
        self.tables["broadcast"] = (top, top, self.row)
        self.row += 1

    def plan_table(self) -> None:
        """Plan against what aired, by topic (issue 7): six figures after the topic.

        The figures take the value columns; when a small report has fewer than six, the
        topic gives up label columns to them (the label area is six narrow columns)."""
        plan = self.document.plan
        assert plan is not None
        grid = self.grid
        values = list(range(grid.FIRST_VALUE, grid.last + 1))
        borrowed = max(0, 6 - len(values))
        label = (grid.LABEL[0], grid.LABEL[1] - borrowed)
        values = list(range(label[1] + 1, grid.FIRST_VALUE)) + values
        base, extra = divmod(len(values), 6)
        # Columns left over go to the longest headings first ("Phát ngoài kế hoạch"…).
        wider = sorted(range(6), key=lambda i: -text_width(plan.header[i + 1]))[:extra]
        spans: list[tuple[int, int]] = []
        column = values[0]
        for index in range(6):
            width = base + (1 if index in wider else 0)
            spans.append((column, column + width - 1))
            column += width
        size = grid.table_size
        header_size = 12
        top = self.row
        self.put(top, 1, 1, "STT", bold=True, size=header_size, border=BOX)
        self.put(top, *label, plan.header[0], bold=True, size=header_size, border=BOX)
        lines = 1
        for (first, last), text in zip(spans, plan.header[1:], strict=True):
            self.put(top, first, last, text, bold=True, size=header_size, border=BOX)
            lines = max(lines, wrapped_lines(text, grid.width(first, last), header_size,
                                             bold=True))
        self.height(top, lines * line_height(header_size) + 2)
        self.row += 1

        def figures(row: PlanRow, bold: bool) -> None:
            for (first, last), value in zip(spans, (*row.numbers, row.rate), strict=True):
                self.put(self.row, first, last, value, bold=bold, border=BOX, size=size,
                         horizontal="right", wrap=False, indent=1,
                         number_format=COUNT_FORMAT if isinstance(value, int) else None)

        for number, row in enumerate(plan.rows, 1):
            self.put(self.row, 1, 1, number, border=BOX, size=size)
            self.put(self.row, *label, row.label, horizontal="left", border=BOX, indent=1,
                     size=size)
            figures(row, False)
            self.height(self.row, wrapped_lines(row.label, grid.width(*label) - INDENT_WIDTH,
                                                size) * line_height(size) + 3)
            self.row += 1
        self.put(self.row, 1, label[1], plan.total.label, bold=True, border=BOX, size=size)
        figures(plan.total, True)
        self.height(self.row, line_height(size) + 3)
        self.tables["plan"] = (top, top, self.row)
        self.row += 1
        if plan.note:
            self.text_row(1, grid.last, "\u00a0" * 8 + plan.note, italic=True,
                          horizontal="left")
            self.row += 1

    def closing_block(self) -> None:
        """``Nơi nhận`` on the left, the signature block on the right."""
        doc = self.document
        left, right = (1, self.split), (self.split + 1, self.grid.last)
        self.row += 1
        first = self.row
        left_lines: list[tuple[str, float, bool, bool]] = [("Nơi nhận:", 12, True, True)]
        left_lines += [(line, 11, False, False) for line in doc.recipients]
        right_lines: list[tuple[str, float, bool]] = [
            (line.upper(), 13.5, True) for line in doc.signer_title if line.strip()]
        signature_gap = 4
        for offset, (text, size, bold, italic) in enumerate(left_lines):
            self.put(first + offset, *left, text, size=size, bold=bold, italic=italic,
                     horizontal="left")
            self.height(first + offset, line_height(size))
        for offset, (text, size, bold) in enumerate(right_lines):
            self.put(first + offset, *right, text, size=size, bold=bold)
            self.height(first + offset, line_height(size))
        name_row = first + len(right_lines) + signature_gap
        for row in range(first + len(right_lines), name_row):
            self.height(row, line_height(13.5))
        self.put(name_row, *right, doc.signer_name, size=13.5, bold=True)
        self.height(name_row, line_height(13.5))
        self.row = max(name_row, first + len(left_lines) - 1) + 1

    # sheet -------------------------------------------------------------------------------
    TABLE_TITLES = {"units": "Đơn vị", "topics": "Chủ đề"}

    def layout(self, order: Sequence[str]) -> None:
        """Write the whole document, the tables in ``order`` ("units", "topics",
        "broadcast"), and record what pagination needs."""
        ws = self.ws
        summary = self.summary
        for index, width in enumerate(self.grid.widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = round(width, 2)
        self.header_block()
        self.title_block()
        for number, key in enumerate(order, 1):
            if key == "broadcast":
                heading = self.section(f"{number}. Thời lượng phát thanh, truyền hình theo "
                                       "ngôn ngữ và nguồn phát (phút)")
                self.broadcast_table()
            elif key == "plan":
                heading = self.section(f"{number}. Thực hiện lịch phát sóng (kế hoạch và "
                                       "thực tế phát)")
                self.plan_table()
            else:
                table = summary.by_unit if key == "units" else summary.by_topic
                assert table is not None
                title = (self.document.unit_table_title if key == "units"
                         else self.document.topic_table_title)
                heading = self.section(f"{number}. {title}")
                self.summary_table(table, self.TABLE_TITLES[key], key=key)
            # A heading stays with its table's header and first row.
            if key in self.tables:
                top, bottom, last = self.tables[key]
                self.keep.append((heading, min(bottom + 1, last)))
            else:
                self.keep.append((heading, self.row - 1))
            self.height(self.row, 8)
            self.row += 1
        end_of_tables = self.row - 1
        self.closing_block()
        # The signature never sits alone on a page: it keeps the last rows of the tables.
        self.keep.append((max(end_of_tables - 2, 1), self.row - 1))

    def page_capacity(self) -> float:
        """Points of sheet rows that fit on one printed page, after fitting to the width."""
        width_pt = sum(round(w * 9) for w in self.grid.widths) * 0.75
        usable_width = (297 - 45) / 25.4 * 72
        usable_height = (210 - 40) / 25.4 * 72
        scale = min(1.0, math.floor(usable_width / width_pt * 100) / 100)
        return usable_height / scale * 0.94  # renderers differ a little: keep a margin

    def paginate(self, repeat: tuple[int, int] | None) -> list[int]:
        """Rows after which a page must end: keep-together ranges are moved whole to the
        next page, as a typist would. ``repeat`` rows are printed atop later pages."""
        capacity = self.page_capacity()
        last_row = self.row - 1
        height = {row: self.heights.get(row, line_height(BODY_SIZE))
                  for row in range(1, last_row + 1)}
        repeat_height = sum(height[r] for r in range(repeat[0], repeat[1] + 1)) if repeat else 0
        starts = {first: last for first, last in sorted(self.keep)}
        breaks: list[int] = []
        used = 0.0
        row = 1
        while row <= last_row:
            end = starts.get(row, row)
            block = sum(height[r] for r in range(row, end + 1))
            if used + block > capacity and used > 0:
                if block <= capacity - repeat_height:
                    breaks.append(row - 1)
                    used = repeat_height if repeat and repeat[0] < row else 0.0
                else:  # too tall to keep together: let it flow row by row
                    end = row
                    block = height[row]
                    if used + block > capacity:
                        breaks.append(row - 1)
                        used = repeat_height if repeat and repeat[0] < row else 0.0
            used += block
            row = end + 1
        return breaks

    def crossing(self, breaks: Sequence[int]) -> list[str]:
        """Tables that a page break cuts, longest first."""
        cut = [key for key, (_top, bottom, last) in self.tables.items()
               if any(bottom < b < last for b in breaks)]
        return sorted(cut, key=lambda k: self.tables[k][2] - self.tables[k][0], reverse=True)

    def finish(self, repeat: str | None) -> None:
        ws = self.ws
        last_row = self.row - 1
        for row, points in self.heights.items():
            ws.row_dimensions[row].height = points
        title_rows = self.tables[repeat][:2] if repeat else None
        self.breaks = self.paginate(title_rows)
        for row in self.breaks:
            ws.row_breaks.append(Break(id=row))
        ws.sheet_view.showGridLines = False
        _print_setup(ws, f"A1:{get_column_letter(self.grid.last)}{last_row}", title_rows)
        self.title_rows = title_rows
        # Page numbers from the second page on, centred at the top (Appendix I, II.10).
        ws.HeaderFooter.differentFirst = True
        ws.oddHeader.center.text = "&P"
        ws.oddHeader.center.font = FONT_NAME
        ws.oddHeader.center.size = 13


def write_document(ws: Worksheet, summary: ReportSummary, document: ReportDocument) -> None:
    """Lay out the ``Báo cáo`` sheet.

    A spreadsheet repeats one set of header rows on every page after they first appear.
    So when a table runs over a page its header repeats, and nothing after that table may
    start a page of its own (it would get the table's header on top): if the natural order
    would do that, the long table is laid out last. Draft layouts on scratch sheets decide.
    """
    natural = ["topics", "broadcast"]
    if summary.by_unit is not None:
        natural.insert(0, "units")
    if document.plan is not None:
        natural.append("plan")

    def draft(order: list[str], repeat: str | None) -> tuple[_DocumentSheet, list[int]]:
        sheet = _DocumentSheet(Workbook().active, summary, document)  # type: ignore[arg-type]
        sheet.layout(order)
        rows = sheet.tables[repeat][:2] if repeat in sheet.tables else None
        return sheet, sheet.paginate(rows)

    sheet, breaks = draft(natural, None)
    cut = [key for key in sheet.crossing(breaks) if key != "broadcast"]
    repeat = cut[0] if cut else None
    order = natural
    if repeat is not None:
        sheet, breaks = draft(natural, repeat)
        end = sheet.tables[repeat][2]
        if any(b >= end for b in breaks):  # something after the table opens a new page
            order = [key for key in natural if key != repeat] + [repeat]
    final = _DocumentSheet(ws, summary, document)
    final.layout(order)
    final.finish(repeat if repeat in final.tables else None)


def _use_document_font(wb: Workbook) -> None:
    """Make Times New Roman 13 the workbook's default ("Normal") font.

    Column widths are counted in digits of the default font; with openpyxl's Calibri, a
    machine without Calibri (LibreOffice on Linux) draws every column a third wider than
    Excel does. openpyxl has no public setting for this, hence its two private lists."""
    font = Font(name=FONT_NAME, size=BODY_SIZE, family=1)
    wb._fonts = IndexedList([font])  # fontId 0: cells without a style of their own
    wb._named_styles["Normal"].font = font


def _print_setup(ws: Worksheet, area: str, title_rows: tuple[int, int] | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = MARGINS
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"


# -- Chi tiết: the records, for people ----------------------------------------------------

@dataclass(frozen=True, slots=True)
class _DetailColumn:
    title: str
    width: float
    kind: str  # "text", "number", "date", "index"


DETAIL_COLUMNS: tuple[_DetailColumn, ...] = (
    _DetailColumn("STT", 6, "index"),
    _DetailColumn("Ngày", 9.5, "date"),
    _DetailColumn("Giờ", 5.5, "text"),
    _DetailColumn("Đơn vị", 16, "text"),
    _DetailColumn("Chủ đề", 20, "text"),
    _DetailColumn("Hình thức", 19, "text"),
    _DetailColumn("Tiêu đề", 34, "text"),
    *(_DetailColumn(MEASURE_NAMES[measure], 7, "number") for measure in (
        Measure.ITEMS, Measure.AIRINGS, Measure.MINUTES, Measure.COPIES, Measure.PARTICIPANTS)),
    _DetailColumn("Ngôn ngữ", 9.5, "text"),
    _DetailColumn("Nguồn", 14, "text"),
    _DetailColumn("Mức độ", 9, "text"),
    _DetailColumn("Thôn, cụm loa", 12, "text"),
    _DetailColumn("Người thực hiện", 12, "text"),
    _DetailColumn("Ghi chú", 22, "text"),
)


def _detail_values(number: int, record: LogRecord, names: DetailNames) -> list[object]:
    return [
        number, record.date, record.time.strftime("%H:%M") if record.time else "",
        names.unit_name(record.unit_code, record.date),
        names.topics.get(record.topic_code, record.topic_code),
        names.forms.get(record.form_code, record.form_code), record.title,
        record.items, record.airings, record.minutes, record.copies, record.participants,
        choice_name(LANGUAGES, record.language), choice_name(SOURCES, record.source),
        choice_name(PRIORITIES, record.priority), record.location, record.operator,
        record.notes,
    ]


def _detail_skeleton(ws: Worksheet, summary: ReportSummary, document: ReportDocument,
                     last_row: int) -> dict[str, int]:
    """Titles, header, widths and print settings of ``Chi tiết``; returns the style ids the
    streamed rows use."""
    last_column = get_column_letter(len(DETAIL_COLUMNS))
    for index, column in enumerate(DETAIL_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    title = ws.cell(row=1, column=1, value="CHI TIẾT CÁC HOẠT ĐỘNG TUYÊN TRUYỀN")
    title.font = Font(name=FONT_NAME, size=14, bold=True)
    title.data_type = "s"
    subtitle_text = clean_text(f"{document.issuing_body.upper()} — "
                               f"{summary.period.range_text}")
    subtitle = ws.cell(row=2, column=1, value=subtitle_text)
    subtitle.font = Font(name=FONT_NAME, size=12, italic=True)
    subtitle.data_type = "s"
    header_font = Font(name=FONT_NAME, size=11, bold=True)
    header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, column in enumerate(DETAIL_COLUMNS, 1):
        cell = ws.cell(row=DETAIL_HEADER_ROW, column=index, value=column.title)
        cell.data_type = "s"
        cell.font = header_font
        cell.alignment = header_alignment
        cell.border = BOX
    ws.row_dimensions[DETAIL_HEADER_ROW].height = 2 * line_height(11) + 4
    ws.freeze_panes = f"A{DETAIL_HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{DETAIL_HEADER_ROW}:{last_column}{max(last_row, DETAIL_HEADER_ROW)}"
    _print_setup(ws, f"A1:{last_column}{max(last_row, DETAIL_HEADER_ROW)}",
                 (DETAIL_HEADER_ROW, DETAIL_HEADER_ROW))
    ws.oddFooter.center.text = "Trang &P/&N"

    def style(**kwargs: Any) -> int:
        cell = Cell(ws)
        cell.font = Font(name=FONT_NAME, size=11)
        cell.border = BOX
        for key, value in kwargs.items():
            setattr(cell, key, value)
        return int(cell.style_id)

    return {
        "text": style(alignment=Alignment(vertical="top")),
        "number": style(number_format="#,##0", alignment=Alignment(vertical="top")),
        "index": style(alignment=Alignment(horizontal="center", vertical="top")),
        "date": style(number_format=DATE_FORMAT,
                      alignment=Alignment(horizontal="center", vertical="top")),
    }


def sign_manifest(manifest: Mapping[str, str], signer: SigningKey) -> dict[str, str]:
    """``manifest`` with the public key, its signature and the key's fingerprint."""
    signed = {**manifest, "public_key": signer.public_text}
    signature = signer.sign(signed_message(signed))
    return {**signed, "signature": encode_signature(signature),
            "key_fingerprint": signer.fingerprint}


def _data_skeleton(ws: Worksheet, manifest: Mapping[str, str]) -> int:
    """Manifest, header and protection of ``Dữ liệu``; returns the text style id."""
    bold = Font(bold=True)
    for row, key in enumerate(MANIFEST_KEYS, 1):
        key_cell = ws.cell(row=row, column=1, value=key)
        key_cell.data_type = "s"
        key_cell.font = bold
        key_cell.number_format = TEXT_FORMAT
        value_cell = ws.cell(row=row, column=2, value=clean_text(manifest.get(key, "")))
        value_cell.data_type = "s"
        value_cell.number_format = TEXT_FORMAT
    for index, header in enumerate(DATA_HEADERS, 1):
        cell = ws.cell(row=DATA_HEADER_ROW, column=index, value=header)
        cell.data_type = "s"
        cell.font = bold
        cell.number_format = TEXT_FORMAT
    widths = {"uuid": 32, "title": 32, "notes": 20, "created_at": 28, "updated_at": 28,
              "topic_name": 24}
    for index, header in enumerate(DATA_HEADERS, 1):
        minimum = 16 if index == 1 else 58 if index == 2 else 0  # manifest keys and values
        ws.column_dimensions[get_column_letter(index)].width = max(widths.get(header, 12),
                                                                   minimum)
    ws.freeze_panes = f"A{DATA_HEADER_ROW + 1}"
    # Protected without a password: against accidental edits, not against the owner.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.autoFilter = False
    cell = Cell(ws)
    cell.number_format = TEXT_FORMAT
    return int(cell.style_id)


# -- streamed rows -----------------------------------------------------------------------

_COLUMN_LETTERS = [get_column_letter(i) for i in range(1, 64)]
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _inline(ref: str, text: str, style: int | None) -> str:
    """An inline-string cell: always text, never a formula, whatever it starts with."""
    s = f' s="{style}"' if style is not None else ""
    escaped = text.translate(_ESCAPES)
    if text[:1].isspace() or text[-1:].isspace() or "\n" in text:
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escaped}</t></is></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{escaped}</t></is></c>'


class _RowStreams:
    """Temporary files that collect the ``<row>`` elements of the two big sheets."""

    def __init__(self, stack: ExitStack):
        self.detail = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115
        self.data = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115
        self._detail_parts: list[str] = []
        self._data_parts: list[str] = []

    def add(self, detail_row: str, data_row: str) -> None:
        self._detail_parts.append(detail_row)
        self._data_parts.append(data_row)

    def flush(self) -> None:
        if self._detail_parts:
            self.detail.write("".join(self._detail_parts).encode("utf-8"))
            self.data.write("".join(self._data_parts).encode("utf-8"))
            self._detail_parts.clear()
            self._data_parts.clear()


def _stream_rows(records: Iterable[LogRecord], total: int, streams: _RowStreams,
                 names: DetailNames, detail_styles: Mapping[str, int], data_style: int,
                 topic_names: Mapping[str, str], progress: ProgressCallback | None,
                 cancelled: Callable[[], bool] | None) -> DataHasher:
    hasher = DataHasher()
    kinds = [column.kind for column in DETAIL_COLUMNS]
    detail_letters = _COLUMN_LETTERS[:len(DETAIL_COLUMNS)]
    data_letters = _COLUMN_LETTERS[:len(DATA_HEADERS)]
    style_of = [detail_styles[kind] for kind in kinds]
    detail_row = DETAIL_HEADER_ROW
    data_row = DATA_HEADER_ROW
    for count, record in enumerate(records, 1):
        detail_row += 1
        data_row += 1
        parts = [f'<row r="{detail_row}">']
        for letter, kind, style, value in zip(detail_letters, kinds, style_of,
                                              _detail_values(count, record, names), strict=True):
            ref = f"{letter}{detail_row}"
            if value is None or value == "":
                parts.append(f'<c r="{ref}" s="{style}"/>')
            elif kind == "date":
                parts.append(f'<c r="{ref}" s="{style}"><v>{(value - EXCEL_EPOCH).days}</v></c>')  # type: ignore[operator]
            elif kind in ("number", "index"):
                parts.append(f'<c r="{ref}" s="{style}"><v>{int(value)}</v></c>')  # type: ignore[call-overload]
            else:
                parts.append(_inline(ref, clean_text(str(value)), style))
        parts.append("</row>")
        cells = record_to_cells(record, topic_names)
        hasher.add(cells)
        data_parts = [f'<row r="{data_row}">']
        for letter, text in zip(data_letters, cells, strict=True):
            if text:
                data_parts.append(_inline(f"{letter}{data_row}", text, data_style))
        data_parts.append("</row>")
        streams.add("".join(parts), "".join(data_parts))
        if count % ROW_BATCH == 0:
            streams.flush()
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if progress is not None:
                progress(count, total, "rows")
    streams.flush()
    if progress is not None:
        progress(hasher.rows, max(total, hasher.rows), "rows")
    return hasher


# -- assembling the file -----------------------------------------------------------------

_DIMENSION = re.compile(rb"<dimension ref=\"[^\"]*\"\s*/>")
_SHEET_DATA_END = b"</sheetData>"


def _splice(skeleton: bytes, rows: IO[bytes], dimension: str, out: IO[bytes],
            cancelled: Callable[[], bool] | None, on_chunk: Callable[[int], None]) -> None:
    """Write the skeleton sheet with the streamed rows inserted before ``</sheetData>``."""
    position = skeleton.rfind(_SHEET_DATA_END)
    if position < 0:  # openpyxl writes <sheetData/> only for an empty sheet; ours never are
        raise RuntimeError("skeleton sheet has no sheetData element")
    head = _DIMENSION.sub(f'<dimension ref="{dimension}"/>'.encode(), skeleton[:position], 1)
    out.write(head)
    rows.seek(0)
    while chunk := rows.read(1 << 20):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        out.write(chunk)
        on_chunk(len(chunk))
    out.write(skeleton[position:])


def write_workbook(target: IO[bytes], *, summary: ReportSummary, document: ReportDocument,
                   records: Iterable[LogRecord], record_total: int, names: DetailNames,
                   manifest: Mapping[str, str], progress: ProgressCallback | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   compresslevel: int = 6, signer: SigningKey | None = None) -> WrittenWorkbook:
    """Write the whole workbook into ``target`` (a seekable binary file opened for writing
    and reading, such as ``AtomicOutput.file``).

    ``records`` are streamed once (``record_total`` is only for progress); ``manifest``
    supplies every manifest key except ``record_count`` and ``data_hash``, which are
    computed here from the rows actually written, and the signature keys when ``signer``
    (this installation's key) is given. Raises ``ExportCancelled`` when
    ``cancelled()`` becomes true (checked every ``ROW_BATCH`` rows)."""
    with ExitStack() as stack:
        streams = _RowStreams(stack)
        wb = Workbook()
        _use_document_font(wb)
        report_ws = wb.active
        assert report_ws is not None
        report_ws.title = REPORT_SHEET
        detail_ws = wb.create_sheet(DETAIL_SHEET)
        data_ws = wb.create_sheet(DATA_SHEET)
        wb.properties.creator = "OCOP Desktop"
        wb.properties.title = clean_text(f"Báo cáo {summary.period.label}")
        # Style ids are fixed before the rows are streamed; the titles that need the final
        # row count are set after.
        detail_styles = _detail_skeleton(detail_ws, summary, document, DETAIL_HEADER_ROW)
        data_style = _data_skeleton(data_ws, {})
        hasher = _stream_rows(records, record_total, streams, names, detail_styles,
                              data_style, names.topics, progress, cancelled)
        count = hasher.rows
        full_manifest = {**manifest, "record_count": str(count),
                         "data_hash": hasher.hexdigest()}
        if signer is not None:
            full_manifest = sign_manifest(full_manifest, signer)
        _detail_skeleton(detail_ws, summary, document, DETAIL_HEADER_ROW + count)
        _data_skeleton(data_ws, full_manifest)
        write_document(report_ws, summary, document)
        wb.active = 0
        skeleton = io.BytesIO()
        wb.save(skeleton)

        detail_dimension = f"A1:{get_column_letter(len(DETAIL_COLUMNS))}{DETAIL_HEADER_ROW + count}"
        data_dimension = f"A1:{get_column_letter(len(DATA_HEADERS))}{DATA_HEADER_ROW + count}"
        big = {
            detail_ws.path.lstrip("/"): (streams.detail, detail_dimension),
            data_ws.path.lstrip("/"): (streams.data, data_dimension),
        }
        pack_total = streams.detail.tell() + streams.data.tell()
        packed = 0

        def on_chunk(size: int) -> None:
            nonlocal packed
            packed += size
            if progress is not None:
                progress(packed, pack_total, "pack")

        skeleton.seek(0)
        start = target.tell()
        with zipfile.ZipFile(skeleton) as source, zipfile.ZipFile(
                target, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zip_out:
            for info in source.infolist():
                data = source.read(info.filename)
                entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                entry.compress_type = zipfile.ZIP_DEFLATED
                if info.filename in big:
                    rows, dimension = big[info.filename]
                    # The expected size lets zipfile decide on ZIP64 for a huge sheet.
                    entry.file_size = len(data) + rows.tell() + 64
                    with zip_out.open(entry, "w") as member:
                        _splice(data, rows, dimension, member, cancelled, on_chunk)
                else:
                    zip_out.writestr(entry, data, compresslevel=compresslevel)
        target.flush()
        size = target.tell() - start
        target.seek(start)
        digest = hashlib.sha256()
        while chunk := target.read(1 << 20):
            digest.update(chunk)
        return WrittenWorkbook(record_count=count, data_hash=hasher.hexdigest(),
                               file_hash=digest.hexdigest(), size=size)


# -- atomic output -----------------------------------------------------------------------

class AtomicOutput:
    """A temporary file beside ``path`` that becomes ``path`` only on ``commit()``.

    Until then the real name is untouched: a crash, a full disk or a cancel leaves at most
    a stray ``.~name.tmp`` (removed on exit from the ``with`` block), never a half-written
    report, and never replaces an existing file."""

    def __init__(self, path: Path):
        self.path = path
        self.file: IO[bytes] | None = None
        self.temp_path: Path | None = None
        self.committed = False

    def __enter__(self) -> AtomicOutput:
        folder = self.path.parent
        handle, name = tempfile.mkstemp(prefix=f".~{self.path.stem}.", suffix=".tmp",
                                        dir=folder)
        self.temp_path = Path(name)
        if os.name == "posix":
            # mkstemp makes the file private (0600); a report is an ordinary document that
            # gets the folder's usual permissions, as if the user had saved it.
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(handle, 0o666 & ~umask)
        self.file = os.fdopen(handle, "w+b")
        return self

    def commit(self) -> None:
        """Flush to the disk, then rename over the real name (atomic on one file system)."""
        assert self.file is not None and self.temp_path is not None
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.temp_path, self.path)
        self.committed = True
        _fsync_folder(self.path.parent)

    def __exit__(self, *exc: object) -> None:
        if self.file is not None and not self.file.closed:
            self.file.close()
        if not self.committed and self.temp_path is not None:
            with suppress(FileNotFoundError):
                self.temp_path.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_file_atomically(source: Path, target: Path, *, sha256: str | None = None) -> None:
    """Copy a finished report elsewhere (a USB drive) with the same guarantees.

    With ``sha256``, the copy is read back and compared before it takes the real name, so a
    failing USB drive never ends up holding a damaged report under that name.
    """
    with AtomicOutput(target) as output:
        assert output.file is not None and output.temp_path is not None
        with open(source, "rb") as handle:
            shutil.copyfileobj(handle, output.file, 1 << 20)
        output.file.flush()
        if sha256 is not None:
            with open(output.temp_path, "rb") as copy:
                if hashlib.file_digest(copy, "sha256").hexdigest() != sha256:
                    raise OSError(f"the copy of {source.name} differs from the original")
        output.commit()
