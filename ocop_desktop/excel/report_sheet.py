"""The ``Báo cáo`` sheet: the report as a document per Nghị định 30/2020/NĐ-CP, Appendix I.

Order (fixed): header block (parent body where one exists, issuing body in full with a short
rule, ``Số:``; national title and motto, place and date), ``BÁO CÁO`` and the subject,
``Kính gửi:``, the intro sentence, part I with its tables (each with a sentence stating its
totals), parts II–IV in words (empty parts left out), then ``Nơi nhận`` beside the signature
block (authority line, title, space to sign, name).

How pages are made. A spreadsheet has no "keep with next" and repeats only one set of title
rows for the whole sheet, so the layout paginates itself:

1. every printed row becomes a ``Line`` (its height in points and a function that writes
   its cells at a given row), marked ``keep_next`` when it must share a page with the next
   line (a heading with what follows; a table's header with its first row; the last row of a
   table with its total; the last body line with ``Nơi nhận`` and the signature);
2. ``pagination.paginate`` fills pages with chains of such lines; a chain that does not
   fit goes to the next page whole; a table cut by a page break gets its header rows written
   again on top of the next page (real rows, so every renderer shows them);
3. the lines are written with manual row breaks where the pages end.

Heights come from text measurement (``excel.text_metrics``: Times New Roman advance
widths), with a little to spare, because LibreOffice and Excel draw a row exactly as tall as
the file says. The column grid is ``excel.report_grid``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ocop_desktop.domain.heading import issuing_body_lines
from ocop_desktop.domain.report_text import (
    DocumentParts,
    Narrative,
    ReportTable,
)
from ocop_desktop.excel.columns import clean_text
from ocop_desktop.excel.pagination import Line, page_capacity, paginate
from ocop_desktop.excel.report_grid import HEADER_SIZE, column_widths, grid_for
from ocop_desktop.excel.splice import merge_range
from ocop_desktop.excel.text_metrics import (
    BODY_SIZE,
    FONT_NAME,
    INDENT_WIDTH,
    WRAP_SAFETY,
    line_height,
    safe_lines,
    text_height,
    text_width,
)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RULE = Border(top=THIN)
# Zeros print as a dash, as in hand-made official tables; the value stays 0.
COUNT_FORMAT = '#,##0;-#,##0;"-"'
# Nghị định 30/2020: margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS = PageMargins(left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4,
                      header=10 / 25.4, footer=10 / 25.4)
INDENT = "\u00a0" * 8  # first-line indent of a paragraph


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """The texts of the document, composed by the caller from settings (DESIGN.md §4)."""

    parent_body: str  # printed in capitals, not bold; empty where the body has none
    issuing_body: str  # in full; "|" or a new line splits it ("ỦY BAN NHÂN DÂN|XÃ …")
    number_line: str  # "Số: 05/BC-UBND"
    place_date: str  # "Hoàng Đồng, ngày 05 tháng 7 năm 2021"
    subject: str  # bold, under "BÁO CÁO"
    intro: str  # the sentence that leads into part I
    addressees: tuple[str, ...]  # "Kính gửi:" entries, without punctuation
    recipients: tuple[str, ...]  # "Nơi nhận" lines, with their "- " and ";"
    signature: tuple[str, ...]  # "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
    signer_name: str
    tables: tuple[ReportTable, ...] = ()  # part I, in order (domain.report_text)
    narrative: Narrative = field(default_factory=Narrative)

    @property
    def issuing_lines(self) -> tuple[str, ...]:
        return issuing_body_lines(self.issuing_body)


# Tables with at most this many rows are kept on one page whole, as a typist would.
SHORT_TABLE = 4
# A page may stay this empty (a share of it) to keep a short table whole, or to keep two
# rows of a longer table with its header or its total; not more.
SHORT_TABLE_EMPTY = 0.35
FEW_ROWS_EMPTY = 0.15


def print_setup(ws: Worksheet, area: str, title_rows: tuple[int, int] | None) -> None:
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


# -- lines -------------------------------------------------------------------------------

def _balanced_split(text: str, width: float, size: float, bold: bool) -> list[str]:
    """A name too wide for its column split at the word boundary that evens the lines."""
    if text_width(text, size, bold=bold) <= width * WRAP_SAFETY:
        return [text]
    words = text.split()
    best: tuple[float, int] | None = None
    for cut in range(1, len(words)):
        a, b = " ".join(words[:cut]), " ".join(words[cut:])
        score = max(text_width(a, size, bold=bold), text_width(b, size, bold=bold))
        if best is None or score < best[0]:
            best = (score, cut)
    if best is None:
        return [text]
    return [" ".join(words[:best[1]]), " ".join(words[best[1]:])]


class _DocumentSheet:
    """Builds the lines of the ``Báo cáo`` sheet, paginates them and writes them."""

    def __init__(self, ws: Worksheet, document: ReportDocument):
        self.ws = ws
        self.document = document
        self.grid = grid_for(document.tables)
        self.lines: list[Line] = []
        self.breaks: list[int] = []  # rows after which a page ends
        self.rows_of: dict[str, tuple[int, int, int]] = {}  # table key: header, first, last
        self.last_row = 0
        widths = self.grid.widths
        total = sum(widths)
        cumulative = 0.0
        self.split = 1
        for index, width in enumerate(widths, 1):
            cumulative += width
            if cumulative >= total * 0.42:
                self.split = min(index, len(widths) - 1)
                break
        self.left = (1, self.split)
        self.right = (self.split + 1, self.grid.last)

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
            merge_range(self.ws, row, first, bottom, last)
        if border is not None:
            for r in range(row, bottom + 1):
                for c in range(first, last + 1):
                    self.ws.cell(row=r, column=c).border = border
        return cell

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

    def add(self, height: float, emit: Callable[[int], None], *, keep_next: bool = False,
            table: list[Line] | None = None) -> Line:
        line = Line(height, emit, keep_next, table)
        self.lines.append(line)
        return line

    def gap(self, points: float, *, keep_next: bool = False) -> None:
        self.add(points, lambda _row: None, keep_next=keep_next).spacer = True

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False,
                  horizontal: str = "justify", first: int = 1, last: int | None = None,
                  size: float = BODY_SIZE, keep_next: bool = False) -> None:
        """One text row across the page; a very long paragraph is split between sentences
        into rows of at most 8 lines, so that no row is taller than a page."""
        last = last or self.grid.last
        width = self.grid.width(first, last)
        chunks = _sentence_chunks(text, width, size, bold)
        for index, chunk in enumerate(chunks):
            lines = safe_lines(chunk, width, size, bold=bold)

            def emit(row: int, chunk: str = chunk) -> None:
                self.put(row, first, last, chunk, size=size, bold=bold, italic=italic,
                         horizontal=horizontal, vertical="top")

            self.add(text_height(lines, size), emit,
                     keep_next=keep_next or index < len(chunks) - 1)

    # blocks ------------------------------------------------------------------------------
    def header_block(self) -> None:
        """Appendix I: bodies left (parent only where one exists, issuing body in full,
        short rule, number), national title and motto right (rule, place and date)."""
        doc = self.document
        left, right = self.left, self.right
        left_width = self.grid.width(*left)
        national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        motto = "Độc lập - Tự do - Hạnh phúc"
        bodies: list[tuple[str, bool]] = []
        if doc.parent_body.strip():
            bodies.extend((line, False) for line in _balanced_split(
                " ".join(doc.parent_body.split()).upper(), left_width, BODY_SIZE, False))
        issuing: list[str] = []
        for line in doc.issuing_lines:
            issuing.extend(_balanced_split(line, left_width, BODY_SIZE, True))
        bodies.extend((line, True) for line in issuing)
        right_texts = [(national, 12.5), (motto, 13.5)]
        rows = max(len(bodies) + 1, 3)  # the left rule row comes after the bodies
        issuing_width = max((text_width(t, bold=True) for t in issuing), default=8.0)

        def emit_row(offset: int) -> Callable[[int], None]:
            def emit(row: int) -> None:
                if offset < len(bodies):
                    text, bold = bodies[offset]
                    self.put(row, *left, text, bold=bold)
                elif offset == len(bodies):
                    self.rule(row, *left, max(min(issuing_width, left_width) * 0.42, 8.0))
                if offset < 2:
                    text, size = right_texts[offset]
                    self.put(row, *right, text, bold=True, size=size)
                elif offset == 2:
                    self.rule(row, *right, text_width(motto, 13.5, bold=True))
            return emit

        for offset in range(rows):
            height = line_height(13.5) if offset < max(len(bodies), 2) else 8
            self.add(height, emit_row(offset), keep_next=True)

        def number_row(row: int) -> None:
            self.put(row, *left, doc.number_line, size=BODY_SIZE)
            self.put(row, *right, doc.place_date, italic=True, size=13.5)

        self.add(line_height(13.5) + 2, number_row, keep_next=True)
        self.gap(10, keep_next=True)

    def title_block(self) -> None:
        doc = self.document
        last = self.grid.last
        self.add(line_height(14), lambda row: self.put(row, 1, last, "BÁO CÁO", size=14,
                                                       bold=True), keep_next=True)
        width = self.grid.width(2, last - 1)
        lines = safe_lines(doc.subject, width, 14, bold=True)
        self.add(text_height(lines, 14) + 3, lambda row: self.put(
            row, 2, last - 1, doc.subject, size=14, bold=True, vertical="top"), keep_next=True)
        subject_width = min(text_width(doc.subject, 14, bold=True) / lines, width)
        self.add(10, lambda row: self.rule(row, 1, last, max(subject_width * 0.4, 12.0)),
                 keep_next=True)
        self.addressee_block()
        if doc.intro:
            self.paragraph(INDENT + doc.intro)

    def addressee_block(self) -> None:
        """``Kính gửi: X.`` centred for one addressee; for several, the label then one
        entry per line ("- A;" … "- B.")."""
        names = self.document.addressees
        if not names:
            return
        last = self.grid.last
        size = 14
        if len(names) == 1:
            text = f"Kính gửi: {names[0]}."
            lines = safe_lines(text, self.grid.width(2, last - 1), size)
            self.add(text_height(lines, size), lambda row: self.put(
                row, 2, last - 1, text, size=size), keep_next=True)
        else:
            label_last = max(self.split - 2, 2)
            entry_width = self.grid.width(label_last + 1, last)
            for index, name in enumerate(names):
                entry = f"- {name}{'.' if index == len(names) - 1 else ';'}"
                lines = safe_lines(entry, entry_width, size)

                def emit(row: int, entry: str = entry, index: int = index) -> None:
                    if index == 0:
                        self.put(row, 1, label_last, "Kính gửi:", size=size,
                                 horizontal="right", vertical="top")
                    self.put(row, label_last + 1, last, entry, size=size, horizontal="left",
                             vertical="top")

                self.add(text_height(lines, size), emit, keep_next=True)
        self.gap(6, keep_next=True)

    def heading(self, text: str) -> None:
        """A part or table heading: bold, never the last line of a page."""
        self.paragraph(INDENT + text, bold=True, horizontal="left", keep_next=True)

    def table(self, number: int, table: ReportTable) -> None:
        self.heading(f"{number}. {table.title}")
        if table.sentence:
            self.paragraph(INDENT + table.sentence, keep_next=bool(table.rows and table.columns))
        if not table.rows or not table.columns:
            self.paragraph(INDENT + table.empty_text, italic=True, horizontal="left")
            return
        grid = self.grid
        size = grid.table_size
        header_size = HEADER_SIZE
        two = table.two_levels
        # A table whose labels are short (languages) lends label columns to its figures.
        label_need = max((text_width(r.label, size) for r in table.rows), default=0.0)
        label_need = max(label_need, text_width(table.label_title, header_size, bold=True))
        lend = 0
        while lend < 4 and grid.width(grid.LABEL[0], grid.LABEL[1] - lend - 1) \
                >= label_need + INDENT_WIDTH + 1.5:
            lend += 1
        label = (grid.LABEL[0], grid.LABEL[1] - lend)
        spans = grid.spans(column_widths(table, grid.per_value), label[1] + 1)
        label_width = grid.width(*label) - INDENT_WIDTH
        header: list[Line] = []

        def header_height(texts: list[tuple[str, tuple[int, int]]]) -> float:
            lines = max((safe_lines(t, grid.width(*s), header_size, bold=True)
                         for t, s in texts), default=1)
            return text_height(lines, header_size) + 2

        if two:
            groups = table.groups()
            top_texts = [(g, (spans[a][0], spans[b][1])) for g, a, b in groups if g]
            sub_texts = [(c.title, spans[i]) for i, c in enumerate(table.columns)]

            def emit_top(row: int) -> None:
                self.put(row, 1, 1, "STT", bold=True, size=header_size, border=BOX, row2=row + 1)
                self.put(row, *label, table.label_title, bold=True, size=header_size,
                         border=BOX, row2=row + 1)
                for group, a, b in groups:
                    if group:
                        self.put(row, spans[a][0], spans[b][1], group, bold=True,
                                 size=header_size, border=BOX)
                    else:
                        self.put(row, spans[a][0], spans[a][1], table.columns[a].title,
                                 bold=True, size=header_size, border=BOX, row2=row + 1)

            def emit_sub(row: int) -> None:
                for group, a, b in groups:
                    if group:
                        for i in range(a, b + 1):
                            self.put(row, *spans[i], table.columns[i].title, bold=True,
                                     size=header_size, border=BOX)

            header.append(Line(header_height(top_texts), emit_top, True))
            header.append(Line(header_height(sub_texts), emit_sub, True))
        else:
            texts = [(c.title, spans[i]) for i, c in enumerate(table.columns)]

            def emit_header(row: int) -> None:
                self.put(row, 1, 1, "STT", bold=True, size=header_size, border=BOX)
                self.put(row, *label, table.label_title, bold=True, size=header_size,
                         border=BOX)
                for (first, last), column in zip(spans, table.columns, strict=True):
                    self.put(row, first, last, column.title, bold=True, size=header_size,
                             border=BOX)

            header.append(Line(max(header_height(texts),
                                    header_height([(table.label_title, label)])),
                                emit_header, True))
        for line in header:
            self.lines.append(line)
        header_index = len(self.lines) - len(header)

        def fitted(value: object, span: tuple[int, int], bold: bool) -> object:
            """"0,6 giờ (35 phút)" on one line where the cell is wide enough."""
            if isinstance(value, str) and "\n" in value:
                one = value.replace("\n", " ")
                if safe_lines(one, grid.width(*span) - INDENT_WIDTH, size, bold=bold) == 1:
                    return one
            return value

        def values(row: int, cells: Sequence[object], bold: bool) -> None:
            for index, ((first, last), value) in enumerate(zip(spans, cells, strict=True)):
                value = fitted(value, (first, last), bold)
                text = isinstance(value, str)
                horizontal = table.align[index] if index < len(table.align) else "right"
                self.put(row, first, last, value, bold=bold, border=BOX, size=size,
                         horizontal=horizontal, wrap=text, indent=1,
                         number_format=None if text else COUNT_FORMAT)

        def row_height(label_text: str, cells: Sequence[object], bold: bool) -> float:
            lines = safe_lines(label_text, label_width, size, bold=bold)
            for (first, last), value in zip(spans, cells, strict=True):
                value = fitted(value, (first, last), bold)
                if isinstance(value, str):
                    lines = max(lines, safe_lines(value, grid.width(first, last)
                                                  - INDENT_WIDTH, size, bold=bold))
            return text_height(lines, size) + 2

        count = len(table.rows)
        first_row = len(self.lines)
        for number_in_table, data in enumerate(table.rows, 1):
            def emit(row: int, data: object = data, n: int = number_in_table) -> None:
                self.put(row, 1, 1, n, border=BOX, size=size)
                self.put(row, *label, data.label, horizontal="left",  # type: ignore[attr-defined]
                         border=BOX, indent=1, size=size)
                values(row, data.values, False)  # type: ignore[attr-defined]

            # The last row stays with the total (no page holds a total row alone). Softly,
            # as long as the page is not left too empty: a short table stays whole, a
            # longer one keeps two rows with its header and two with its total.
            last_row = number_in_table == count
            soft = 0.0
            if not last_row and (number_in_table < 2 or number_in_table == count - 1):
                soft = FEW_ROWS_EMPTY
            elif not last_row and count <= SHORT_TABLE:
                soft = SHORT_TABLE_EMPTY
            line = self.add(row_height(data.label, data.values, False), emit,
                            keep_next=bool(soft) or (last_row and table.total is not None),
                            table=header)
            line.soft = soft
        if table.total is not None:
            total = table.total

            def emit_total(row: int) -> None:
                self.put(row, 1, label[1], total.label, bold=True, border=BOX, size=size)
                values(row, total.values, True)

            self.add(row_height(total.label, total.values, True), emit_total, table=header)
        self.rows_of[table.key] = (header_index, first_row, len(self.lines) - 1)
        if table.note:
            self.paragraph(INDENT + table.note, italic=True, horizontal="left")

    def narrative_part(self, heading: str, paragraphs: Sequence[str]) -> None:
        self.heading(heading)
        for paragraph in paragraphs:
            self.paragraph(INDENT + paragraph)

    def closing_block(self) -> None:
        """``Nơi nhận`` on the left, the signature block on the right, kept together with
        the last line of the body before them."""
        doc = self.document
        left, right = self.left, self.right
        while self.lines and self.lines[-1].spacer:
            self.lines.pop()
        if self.lines:
            self.lines[-1].keep_next = True  # at least one line of the body comes along
        self.gap(8, keep_next=True)
        left_lines: list[tuple[str, float, bool, bool]] = [("Nơi nhận:", 12, True, True)]
        left_lines += [(line, 11, False, False) for line in doc.recipients]
        right_lines: list[tuple[str, float, bool] | None] = [
            (line.upper(), 13.5, True) for line in doc.signature if line.strip()]
        right_lines += [None] * 4  # room to sign and stamp
        right_lines.append((doc.signer_name, 13.5, True))
        count = max(len(left_lines), len(right_lines))
        left_width = self.grid.width(*left)
        for offset in range(count):
            left_item = left_lines[offset] if offset < len(left_lines) else None
            right_item = right_lines[offset] if offset < len(right_lines) else None
            height = line_height(13.5) if offset < len(right_lines) else 0.0
            if left_item is not None:
                height = max(height, text_height(safe_lines(left_item[0], left_width,
                                                            left_item[1]), left_item[1]))

            def emit(row: int, li: tuple[str, float, bool, bool] | None = left_item,
                     ri: tuple[str, float, bool] | None = right_item) -> None:
                if li is not None:
                    self.put(row, *left, li[0], size=li[1], bold=li[2], italic=li[3],
                             horizontal="left", vertical="top")
                if ri is not None:
                    self.put(row, *right, ri[0], size=ri[1], bold=ri[2], vertical="top")

            self.add(height, emit, keep_next=offset < count - 1)

    def build(self) -> None:
        doc = self.document
        self.header_block()
        self.title_block()
        parts = DocumentParts(doc.tables, doc.narrative)
        for heading, part in parts.numbered():
            if part is None:
                self.heading(heading)
                for number, table in enumerate(doc.tables, 1):
                    self.table(number, table)
                    self.gap(6)
            else:
                self.narrative_part(heading, doc.narrative.paragraphs(part))
        self.closing_block()

    def write(self) -> None:
        ws = self.ws
        for index, width in enumerate(self.grid.widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = round(width, 2)
        breaks = paginate(self.lines, page_capacity(self.grid.widths))
        row = 1
        line_rows: list[int] = []
        for index, line in enumerate(self.lines):
            if index in breaks:
                self.breaks.append(row - 1)
                for header_line in breaks[index] or []:
                    header_line.emit(row)
                    ws.row_dimensions[row].height = header_line.height
                    row += 1
            line.emit(row)
            ws.row_dimensions[row].height = line.height
            line_rows.append(row)
            row += 1
        self.last_row = row - 1
        self.rows_of = {key: (line_rows[a], line_rows[b], line_rows[c])
                        for key, (a, b, c) in self.rows_of.items()}
        for after in self.breaks:
            ws.row_breaks.append(Break(id=after))
        ws.sheet_view.showGridLines = False
        print_setup(ws, f"A1:{get_column_letter(self.grid.last)}{self.last_row}", None)
        # Page numbers from the second page on, centred at the top (Appendix I, II.10).
        ws.HeaderFooter.differentFirst = True
        ws.oddHeader.center.text = "&P"
        ws.oddHeader.center.font = FONT_NAME
        ws.oddHeader.center.size = 13


def _sentence_chunks(text: str, width: float, size: float, bold: bool,
                     max_lines: int = 8) -> list[str]:
    if safe_lines(text, width, size, bold=bold) <= max_lines:
        return [text]
    sentences: list[str] = []
    current = ""
    for word in text.split(" "):
        current = f"{current} {word}" if current else word
        if word.endswith((".", "!", "?", ";")):
            sentences.append(current)
            current = ""
    if current:
        sentences.append(current)
    chunks: list[str] = []
    for sentence in sentences:
        candidate = f"{chunks[-1]} {sentence}" if chunks else sentence
        if chunks and safe_lines(candidate, width, size, bold=bold) <= max_lines:
            chunks[-1] = candidate
        else:
            chunks.append(sentence if not chunks else INDENT[:0] + sentence)
    return chunks


def write_document(ws: Worksheet, document: ReportDocument) -> _DocumentSheet:
    """Lay out the ``Báo cáo`` sheet; returns the layout (rows of tables, page breaks)."""
    sheet = _DocumentSheet(ws, document)
    sheet.build()
    sheet.write()
    return sheet
