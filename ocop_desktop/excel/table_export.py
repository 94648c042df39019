"""Writing a small list (who has not reported, say) to an Excel workbook or a CSV file.

The caller gives finished texts (titles and cells in the user's language); this module only
writes them: Times New Roman, a bold header row, sensible widths, every cell as text (a
cell that looks like a formula stays text, DESIGN.md §8). CSV is UTF-8 with a BOM, which
Excel opens with Vietnamese letters intact. The file is written beside the target and
renamed (``atomic_files``), so a failure never leaves half a file under the real name.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ocop_desktop.atomic_files import write_atomically
from ocop_desktop.excel.columns import clean_text

FONT = "Times New Roman"


def write_table(path: Path, *, title: str, headers: Sequence[str],
                rows: Sequence[Sequence[object]]) -> None:
    """Write ``rows`` under ``headers`` to ``path`` (.xlsx, or .csv for any other suffix).

    Raises ``OSError`` when the file cannot be written; the target is then untouched.
    """
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        write_atomically(path, lambda temporary: _write_xlsx(temporary, title, headers, rows))
    else:
        write_atomically(path, lambda temporary: _write_csv(temporary, headers, rows))


def _text(value: object) -> str:
    return "" if value is None else clean_text(str(value))


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_text(value) for value in row])


def _write_xlsx(path: Path, title: str, headers: Sequence[str],
                rows: Sequence[Sequence[object]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    sheet.append([title])
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet.append([])
    sheet.append(list(headers))
    for cell in sheet[3]:
        cell.font = Font(name=FONT, size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    body = Font(name=FONT, size=12)
    for row in rows:
        sheet.append([_text(value) for value in row])
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # text, never a formula
            cell.font = body
    for index, header in enumerate(headers, start=1):
        longest = max([len(header), *(len(_text(row[index - 1])) for row in rows
                                      if index - 1 < len(row))])
        sheet.column_dimensions[sheet.cell(3, index).column_letter].width = min(
            max(10, longest + 2), 60)
    sheet.freeze_panes = "A4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0
    workbook.save(path)
