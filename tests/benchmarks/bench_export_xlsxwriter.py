"""The decision of issue 16: XlsxWriter instead of ``excel.splice``? Measured, not assumed.

XlsxWriter (constant-memory mode, strings never taken for formulas, numbers or URLs) writes
the rows of ``Chi tiết`` and ``Dữ liệu`` with the same cells, styles and row heights that
``excel.writer`` streams; today's whole export (three sheets, summary, signature) runs in
the same rounds. The ``Báo cáo`` sheet is left out of the XlsxWriter side, which favours it.
Figures and the decision: ``excel/splice.py`` and docs/performance.md.

Run (XlsxWriter is not a dependency; install it in a throwaway place first)::

    pip install --target /tmp/xw xlsxwriter
    PYTHONPATH=/tmp/xw:$PWD python -m pytest tests/benchmarks/bench_export_xlsxwriter.py -s
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.benchmarks.bench_export import EXPORT, RECORDS, _child, year_db  # noqa: F401
from tests.benchmarks.conftest import record_result

XLSXWRITER = textwrap.dedent('''
import datetime as dt, json, resource, sys, time
from pathlib import Path
import xlsxwriter
from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.excel import writer
from ocop_desktop.excel.columns import DataHasher, clean_text, record_to_cells
from ocop_desktop.operations.reports import _detail_names
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository

repo = Repository(open_database(Path(sys.argv[1])))
start = time.perf_counter()
names = _detail_names(repo)
topics = {t.code: t.name for t in repo.topics()}
query = RecordQuery(date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 12, 31))
book = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_numbers": False, "strings_to_urls": False})
book.add_worksheet("Báo cáo")
detail = book.add_worksheet("Chi tiết")
data = book.add_worksheet("Dữ liệu")
base = {"font_name": "Times New Roman", "font_size": 11, "border": 1, "valign": "top"}
fmt = {"text": book.add_format({**base, "text_wrap": True}),
       "number": book.add_format({**base, "num_format": "#,##0"}),
       "index": book.add_format({**base, "align": "center"}),
       "date": book.add_format({**base, "align": "center", "num_format": "dd/mm/yyyy"})}
text_fmt = book.add_format({"num_format": "@"})
kinds = [c.kind for c in writer.DETAIL_COLUMNS]
formats = [fmt[k] for k in kinds]
chars_per_line = [int((c.width - 0.8) / writer.DETAIL_CHAR) if c.kind == "text" else 0
                  for c in writer.DETAIL_COLUMNS]
hasher = DataHasher()
row = writer.DETAIL_HEADER_ROW - 1
drow = writer.DATA_HEADER_ROW - 1
for count, record in enumerate(repo.iter_records(query), 1):
    row += 1; drow += 1
    lines = 1
    values = writer._detail_values(count, record, names)
    for col, (kind, f, value, chars) in enumerate(zip(kinds, formats, values, chars_per_line)):
        if value is None or value == "":
            detail.write_blank(row, col, None, f)
        elif kind == "date":
            detail.write_datetime(row, col, dt.datetime.combine(value, dt.time()), f)
        elif kind in ("number", "index"):
            detail.write_number(row, col, int(value), f)
        else:
            text = clean_text(str(value))
            if chars and len(text) > chars:
                lines = max(lines, -(-len(text) // chars) + text.count("\\n"))
            detail.write_string(row, col, text, f)
    if lines > 1:
        detail.set_row(row, lines * writer.DETAIL_LINE)
    cells = record_to_cells(record, topics)
    hasher.add(cells)
    for col, text in enumerate(cells):
        if text:
            data.write_string(drow, col, text, text_fmt)
book.close()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "records": hasher.rows,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
''')


def test_xlsxwriter_rows_against_todays_export(year_db: Path, tmp_path: Path) -> None:  # noqa: F811
    pytest.importorskip("xlsxwriter")
    exports, rows = [], []
    for round_ in range(2):  # interleaved, so both see the same neighbours
        exports.append(_child(EXPORT, str(year_db), str(tmp_path / f"report{round_}.xlsx")))
        rows.append(_child(XLSXWRITER, str(year_db), str(tmp_path / f"xw{round_}.xlsx")))
    export = min(exports, key=lambda r: r["seconds"])
    xlsxwriter = min(rows, key=lambda r: r["seconds"])
    assert xlsxwriter["records"] == RECORDS
    record_result(f"export_xlsxwriter_rows_{RECORDS // 1000}k", xlsxwriter["seconds"],
                  baseline=export["seconds"], target="(decision: > 1 keeps the splice)",
                  xlsxwriter_peak_mb=round(xlsxwriter["maxrss_kb"] / 1024),
                  export_peak_mb=round(export["maxrss_kb"] / 1024))
