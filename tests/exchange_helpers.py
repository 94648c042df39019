"""Report workbooks for import tests.

``write_data_sheet`` writes only the data sheet, straight from ``excel/columns.py`` (to
build broken or hand-edited files); the import tests use real exporter output wherever the
exporter can produce the case (see ``export_report`` in the tests that need it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook

from ocop_desktop.domain.periods import ReportPeriod, parse_period
from ocop_desktop.domain.records import LogRecord
from ocop_desktop.excel.columns import (
    DATA_HEADERS,
    DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_KEYS,
    data_hash,
    record_to_cells,
)


def manifest_values(rows: Sequence[Sequence[str]], *, sender: str, level: str = "commune",
                    period: ReportPeriod | str = "2021-06", generated_at: str | None = None,
                    sender_name: str = "", parent: str = "") -> dict[str, str]:
    if isinstance(period, str):
        period = parse_period(period)
    generated = generated_at or dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    values = dict.fromkeys(MANIFEST_KEYS, "")
    values.update({
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "sender_code": sender,
        "sender_name": sender_name or f"Đơn vị {sender}", "sender_level": level,
        "parent_code": parent, "period": period.key, "period_start": period.start.isoformat(),
        "period_end": period.end.isoformat(), "generated_at": generated,
        "app_version": "test", "record_count": str(len(rows)), "data_hash": data_hash(rows),
    })
    return values


def write_data_sheet(path: Path, records: Iterable[LogRecord], *, sender: str,
                     level: str = "commune", period: ReportPeriod | str = "2021-06",
                     generated_at: str | None = None,
                     topic_names: Mapping[str, str] | None = None,
                     rows: list[list[str]] | None = None,
                     manifest: Mapping[str, str] | None = None,
                     other_sheets: Sequence[str] = ("Báo cáo", "Chi tiết")) -> Path:
    """A workbook whose ``Dữ liệu`` sheet is as the exporter writes it (all cells text).

    ``rows`` replaces the records' canonical rows (to write bad cells); ``manifest``
    overrides manifest values after the hash was computed (to fake edits).
    """
    if rows is None:
        rows = [record_to_cells(r, topic_names) for r in records]
    values = manifest_values(rows, sender=sender, level=level, period=period,
                             generated_at=generated_at)
    values.update(manifest or {})
    workbook = Workbook()
    workbook.active.title = other_sheets[0] if other_sheets else DATA_SHEET
    for name in other_sheets[1:]:
        workbook.create_sheet(name)
    sheet = workbook[DATA_SHEET] if DATA_SHEET in workbook.sheetnames else \
        workbook.create_sheet(DATA_SHEET)
    for key, value in values.items():
        sheet.append([key, value])
    sheet.append([])
    sheet.append(list(DATA_HEADERS))
    for row in rows:
        sheet.append(row)
    # Every cell is text, as the exporter writes it (DESIGN.md §8).
    for line in sheet.iter_rows():
        for cell in line:
            if cell.value is not None:
                cell.data_type = "s"
    workbook.save(path)
    return path
