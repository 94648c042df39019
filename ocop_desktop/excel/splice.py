"""Rows streamed into openpyxl's output: the one module that relies on openpyxl's internals.

openpyxl lays out the small parts of the report workbook (the ``Báo cáo`` sheet, the top rows
of ``Chi tiết`` and ``Dữ liệu``, styles, print settings); the many rows of the two big sheets
are written here as sheet XML into temporary files and spliced into openpyxl's saved file.
What this takes from openpyxl beyond its public API, each checked by
``tests/excel/test_splice.py`` on the installed version, and pinned in ``pyproject.toml``
(``openpyxl>=3.1,<3.2``: tests/excel passed on 3.1.0, 3.1.2 and 3.1.5):

* ``Worksheet.path``: the sheet's part name in the zip (``/xl/worksheets/sheet2.xml``), set
  while the workbook is saved;
* the saved sheet XML has one ``<dimension ref="…"/>`` near its top and ends its rows with
  ``</sheetData>`` (nothing after it is a row);
* ``StyleableObject.style_id`` is the index of the cell's ``<xf>`` in ``cellXfs``, fixed
  once the style is registered, so the streamed cells can name it;
* ``Workbook._fonts`` and ``Workbook._named_styles["Normal"]``: the workbook's default font
  (no public setting exists; see ``use_default_font``);
* a ``MergedCellRange`` added to ``Worksheet.merged_cells`` is written as a merged area
  without the cells it covers being made first (see ``merge_range``).

If one of these changes, ``save_with_rows`` raises ``SpliceError`` rather than write a
broken file, and the tests fail.

Decision (issue 16): the splice stays, because XlsxWriter is slower, by measurement. On the
project's 2-core machine, shared with other sessions (2026-12-03), a year's report over
100,000 records, each run in its own process, interleaved (``tests/benchmarks/
bench_export.py`` and ``bench_export_xlsxwriter.py``); wall time, then the process's CPU:

* today's whole export (openpyxl skeleton + this splice; three sheets, summary, signature):
  52–74 s, 22–25 s CPU, peak 65 MB;
* XlsxWriter 3.3.1, ``constant_memory``, ``strings_to_formulas`` (and numbers, URLs) off,
  only the rows of the two big sheets with the same cells, styles and row heights:
  107–279 s, 55–59 s CPU, peak 90 MB — 2.1–4.5 × the whole export, 2.3–2.5 × its CPU;
* openpyxl write-only, the same cells without styles (DESIGN.md §7's baseline): 136–305 s
  for the write alone, peak 229 MB.

XlsxWriter would meet §7's target (0.8–0.9 × the baseline, target ≤ 1.2) but makes every
export more than twice as slow as today's 0.24–0.38 ×: it builds and escapes each cell's
XML through several Python calls, where the splice writes a row as one string. Porting the
``Báo cáo`` layout to it would not change that. So the splice stays, here, small and checked.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet


class SpliceError(RuntimeError):
    """openpyxl's output is not what the splice relies on (a newer openpyxl?)."""


# -- what openpyxl gives ---------------------------------------------------------------------

def use_default_font(wb: Workbook, font: Font) -> None:
    """Make ``font`` the workbook's default ("Normal") font.

    Column widths are counted in digits of the default font; with openpyxl's Calibri, a
    machine without Calibri (LibreOffice on Linux) draws every column a third wider than
    Excel does. openpyxl has no public setting for this, hence its two private lists."""
    wb._fonts = IndexedList([font])  # fontId 0: cells without a style of their own
    wb._named_styles["Normal"].font = font


def style_id(ws: Worksheet, **attributes: Any) -> int:
    """The ``cellXfs`` index of a style (``font=…``, ``border=…``, ``number_format=…``…),
    registered in ``ws``'s workbook, for streamed cells to name in their ``s`` attribute."""
    cell = Cell(ws)
    for key, value in attributes.items():
        setattr(cell, key, value)
    return int(cell.style_id)


def merge_range(ws: Worksheet, first_row: int, first_column: int, last_row: int,
                last_column: int) -> None:
    """Merge a range, as ``ws.merge_cells`` does, without its per-cell work.

    ``merge_cells`` turns every covered cell into a ``MergedCell`` and copies the top-left
    cell's protection and edge borders onto each of them, registering the copies as styles
    one by one: a quarter of a report's export time (``tests/operations/test_exchange.py``:
    18.2 s → 14.1 s CPU without it). The report sheet sets the borders of every covered cell
    itself and writes nothing else into them, so the saved sheet is the same
    (``tests/excel/test_splice.py`` compares the two)."""
    coord = CellRange(min_row=first_row, min_col=first_column, max_row=last_row,
                      max_col=last_column).coord
    ws.merged_cells.add(MergedCellRange(ws, coord))


def sheet_part(ws: Worksheet) -> str:
    """The sheet's member name in the saved zip (``xl/worksheets/sheet2.xml``); known only
    once the workbook was saved (openpyxl numbers the sheets while saving)."""
    return str(ws.path).lstrip("/")


# -- sheet XML -------------------------------------------------------------------------------

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def inline_cell(ref: str, text: str, style: int | None) -> str:
    """An inline-string cell: always text, never a formula, whatever it starts with."""
    s = f' s="{style}"' if style is not None else ""
    escaped = text.translate(_ESCAPES)
    if text[:1].isspace() or text[-1:].isspace() or "\n" in text:
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escaped}</t></is></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{escaped}</t></is></c>'


def number_cell(ref: str, value: int, style: int) -> str:
    return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'


def blank_cell(ref: str, style: int) -> str:
    return f'<c r="{ref}" s="{style}"/>'


def row_start(row: int, height: float | None = None) -> str:
    """A ``<row>`` start tag; with ``height`` (points) the row keeps that height."""
    if height is None:
        return f'<row r="{row}">'
    return f'<row r="{row}" ht="{height:.1f}" customHeight="1">'


class RowFile:
    """A temporary file that collects the ``<row>`` elements of one big sheet."""

    def __init__(self, stack: ExitStack):
        self.file: IO[bytes] = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115
        self._parts: list[str] = []

    def add(self, row_xml: str) -> None:
        self._parts.append(row_xml)

    def flush(self) -> None:
        if self._parts:
            self.file.write("".join(self._parts).encode("utf-8"))
            self._parts.clear()

    @property
    def size(self) -> int:
        return self.file.tell()


# -- assembling the file ---------------------------------------------------------------------

_DIMENSION = re.compile(rb"<dimension ref=\"[^\"]*\"\s*/>")
_SHEET_DATA_END = b"</sheetData>"


def splice_rows(skeleton: bytes, rows: IO[bytes], dimension: str, out: IO[bytes],
                check: Callable[[], None], on_chunk: Callable[[int], None]) -> None:
    """Write the skeleton sheet with the streamed rows inserted before ``</sheetData>``."""
    position = skeleton.rfind(_SHEET_DATA_END)
    if position < 0:  # openpyxl writes <sheetData/> only for an empty sheet; ours never are
        raise SpliceError("skeleton sheet has no </sheetData>")
    head, found = _DIMENSION.subn(f'<dimension ref="{dimension}"/>'.encode(),
                                  skeleton[:position], 1)
    if not found:
        raise SpliceError("skeleton sheet has no <dimension>")
    out.write(head)
    rows.seek(0)
    while chunk := rows.read(1 << 20):
        check()
        out.write(chunk)
        on_chunk(len(chunk))
    out.write(skeleton[position:])


def save_with_rows(wb: Workbook, streamed: Mapping[Worksheet, tuple[RowFile, str]],
                   target: IO[bytes], *, compresslevel: int, check: Callable[[], None],
                   on_chunk: Callable[[int], None]) -> None:
    """Save ``wb`` into ``target`` with each streamed sheet's rows (and its ``dimension``,
    ``"A1:R1003"``) spliced in after the rows openpyxl wrote. ``check()`` runs before each
    megabyte of rows (it raises to cancel); ``on_chunk(bytes)`` reports progress."""
    skeleton = io.BytesIO()
    wb.save(skeleton)
    parts = {sheet_part(ws): value for ws, value in streamed.items()}
    skeleton.seek(0)
    with zipfile.ZipFile(skeleton) as source, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zip_out:
        missing = set(parts) - set(source.namelist())
        if missing:
            raise SpliceError(f"sheet parts not in the saved workbook: {sorted(missing)}")
        for info in source.infolist():
            data = source.read(info.filename)
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            if info.filename in parts:
                rows, dimension = parts[info.filename]
                # The expected size lets zipfile decide on ZIP64 for a huge sheet.
                entry.file_size = len(data) + rows.size + 64
                with zip_out.open(entry, "w") as member:
                    splice_rows(data, rows.file, dimension, member, check, on_chunk)
            else:
                zip_out.writestr(entry, data, compresslevel=compresslevel)
