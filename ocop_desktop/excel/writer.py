"""The report workbook: the official document, the detail list and the data sheet.

Sheets (names in ``excel.columns``):

* ``Báo cáo`` — the document per Nghị định 30/2020/NĐ-CP, Appendix I, laid out and paginated
  by ``excel.report_sheet`` (header, addressees, parts I–IV, ``Nơi nhận`` and signature).
* ``Chi tiết`` — every record of the period, one per row, dates as real dates, long texts
  wrapped, printable on A4 landscape.
* ``Dữ liệu`` — the machine-readable sheet of ``excel.columns`` (manifest, then data rows,
  every cell text), protected against accidental edits and hidden, so that "print the
  entire workbook" prints the report and the list, not record IDs (a hidden sheet stays in
  the file through a re-save by Excel or LibreOffice, and the reader finds it by name).

Speed (DESIGN.md §7): openpyxl lays out the small parts (the whole ``Báo cáo`` sheet and the
top rows of the other two) into a skeleton workbook; the rows of ``Chi tiết`` and
``Dữ liệu`` are streamed as sheet XML straight into the final zip (``excel.splice``, the one
module that relies on openpyxl's internals; why not XlsxWriter is measured there). Rows are
written to temporary files first because the manifest at the top of ``Dữ liệu`` needs the
record count and the hash of all rows.

Every text lands as text: openpyxl cells get ``data_type = "s"`` (it would otherwise take a
leading ``=`` for a formula) and streamed cells are inline strings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
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
from ocop_desktop.domain.reporting import ReportSummary
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
from ocop_desktop.excel.report_sheet import (
    BOX,
    ReportDocument,
    print_setup,
    write_document,
)
from ocop_desktop.excel.splice import (
    RowFile,
    blank_cell,
    inline_cell,
    number_cell,
    row_start,
    save_with_rows,
    style_id,
    use_default_font,
)
from ocop_desktop.excel.text_metrics import BODY_SIZE, FONT_NAME, line_height

DATE_FORMAT = "dd/mm/yyyy"
# Chi tiết: a generous average width of a character of 11 pt Times New Roman in column
# units (words wrap before the column is full), and the height of one wrapped line.
DETAIL_CHAR = 11 * 0.56 * 1.04 / 6.75
DETAIL_LINE = 11 * 1.2 + 1.5
TEXT_FORMAT = "@"
ROW_BATCH = 1000  # rows between progress reports and cancellation checks
EXCEL_EPOCH = dt.date(1899, 12, 30)

# Row of the data sheet's header (after the manifest and one empty row); data rows follow.
DATA_HEADER_ROW = len(MANIFEST_KEYS) + 2
DETAIL_HEADER_ROW = 3


class ExportCancelled(Exception):  # noqa: N818 (a user's choice, not an error)
    """The user cancelled; nothing was written under the real name."""


ProgressCallback = Callable[[int, int, str], None]  # (done, total, stage "rows" | "pack")


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


# -- Chi tiết: the records, for people ----------------------------------------------------

@dataclass(frozen=True, slots=True)
class _DetailColumn:
    title: str
    width: float
    kind: str  # "text", "number", "date", "index"


# Widths chosen so that the list prints on A4 landscape at about two thirds of its size with
# long texts wrapped (not clipped) in their cells.
DETAIL_COLUMNS: tuple[_DetailColumn, ...] = (
    _DetailColumn("STT", 4.5, "index"),
    _DetailColumn("Ngày", 9.5, "date"),
    _DetailColumn("Giờ", 5.5, "text"),
    _DetailColumn("Đơn vị", 11, "text"),
    _DetailColumn("Chủ đề", 16, "text"),
    _DetailColumn("Hình thức", 14, "text"),
    _DetailColumn("Tiêu đề", 26, "text"),
    *(_DetailColumn(MEASURE_NAMES[measure], 6.5, "number") for measure in (
        Measure.ITEMS, Measure.AIRINGS, Measure.MINUTES, Measure.COPIES, Measure.PARTICIPANTS)),
    _DetailColumn("Ngôn ngữ", 8, "text"),
    _DetailColumn("Nguồn", 11, "text"),
    _DetailColumn("Mức độ", 8.5, "text"),
    _DetailColumn("Thôn, cụm loa", 10, "text"),
    _DetailColumn("Người thực hiện", 10, "text"),
    _DetailColumn("Ghi chú", 14, "text"),
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
    subtitle_text = clean_text(f"{' '.join(document.issuing_lines)} — "
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
    print_setup(ws, f"A1:{last_column}{max(last_row, DETAIL_HEADER_ROW)}",
                 (DETAIL_HEADER_ROW, DETAIL_HEADER_ROW))
    ws.oddFooter.center.text = "Trang &P/&N"
    # A list, not the document: narrower margins than Nghị định 30 asks of the report.
    ws.page_margins = PageMargins(left=15 / 25.4, right=10 / 25.4, top=15 / 25.4,
                                  bottom=15 / 25.4, header=8 / 25.4, footer=8 / 25.4)

    def style(**kwargs: Any) -> int:
        return style_id(ws, font=Font(name=FONT_NAME, size=11), border=BOX, **kwargs)

    return {
        "text": style(alignment=Alignment(vertical="top", wrap_text=True)),
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
    return style_id(ws, number_format=TEXT_FORMAT)


# -- streamed rows -----------------------------------------------------------------------

_COLUMN_LETTERS = [get_column_letter(i) for i in range(1, 64)]


class _RowStreams:
    """The rows of the two big sheets, collected in temporary files."""

    def __init__(self, stack: ExitStack):
        self.detail = RowFile(stack)
        self.data = RowFile(stack)

    def add(self, detail_row: str, data_row: str) -> None:
        self.detail.add(detail_row)
        self.data.add(data_row)

    def flush(self) -> None:
        self.detail.flush()
        self.data.flush()


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
    # Characters of 11 pt text that surely fit on one line of each column (0 for numbers).
    chars_per_line = [int((c.width - 0.8) / DETAIL_CHAR) if c.kind == "text" else 0
                      for c in DETAIL_COLUMNS]
    for count, record in enumerate(records, 1):
        detail_row += 1
        data_row += 1
        parts = [""]  # the row element, once its height is known
        lines = 1
        for letter, kind, style, value, chars in zip(
                detail_letters, kinds, style_of, _detail_values(count, record, names),
                chars_per_line, strict=True):
            ref = f"{letter}{detail_row}"
            if value is None or value == "":
                parts.append(blank_cell(ref, style))
                continue
            if chars and kind == "text":
                text = str(value)
                if len(text) > chars:
                    lines = max(lines, -(-len(text) // chars) + text.count("\n"))
            if kind == "date":
                parts.append(number_cell(ref, (value - EXCEL_EPOCH).days, style))  # type: ignore[operator]
            elif kind in ("number", "index"):
                parts.append(number_cell(ref, int(value), style))  # type: ignore[call-overload]
            else:
                parts.append(inline_cell(ref, clean_text(str(value)), style))
        parts.append("</row>")
        # Wrapped long texts need a taller row: LibreOffice does not grow rows itself. The
        # line count is estimated from the length (measuring every text would cost more
        # than writing it).
        parts[0] = row_start(detail_row, lines * DETAIL_LINE if lines > 1 else None)
        cells = record_to_cells(record, topic_names)
        hasher.add(cells)
        data_parts = [row_start(data_row)]
        for letter, text in zip(data_letters, cells, strict=True):
            if text:
                data_parts.append(inline_cell(f"{letter}{data_row}", text, data_style))
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


# -- the workbook ----------------------------------------------------------------------

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
        use_default_font(wb, Font(name=FONT_NAME, size=BODY_SIZE, family=1))
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
        write_document(report_ws, document)
        data_ws.sheet_state = "hidden"
        wb.active = 0
        detail_dimension = f"A1:{get_column_letter(len(DETAIL_COLUMNS))}{DETAIL_HEADER_ROW + count}"
        data_dimension = f"A1:{get_column_letter(len(DATA_HEADERS))}{DATA_HEADER_ROW + count}"
        pack_total = streams.detail.size + streams.data.size
        packed = 0

        def on_chunk(size: int) -> None:
            nonlocal packed
            packed += size
            if progress is not None:
                progress(packed, pack_total, "pack")

        def check() -> None:
            if cancelled is not None and cancelled():
                raise ExportCancelled()

        start = target.tell()
        save_with_rows(wb, {detail_ws: (streams.detail, detail_dimension),
                            data_ws: (streams.data, data_dimension)},
                       target, compresslevel=compresslevel, check=check, on_chunk=on_chunk)
        target.flush()
        size = target.tell() - start
        target.seek(start)
        digest = hashlib.sha256()
        while chunk := target.read(1 << 20):
            digest.update(chunk)
        return WrittenWorkbook(record_count=count, data_hash=hasher.hexdigest(),
                               file_hash=digest.hexdigest(), size=size)

