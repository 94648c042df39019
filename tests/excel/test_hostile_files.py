"""Issue 10 point 5: hostile workbooks are refused before anything large is allocated.

Each file is made here. Reading happens in a child process (a reader that allocated a
sheet's declared rectangle would abort the test run): it must report one clear problem,
and its peak memory must stay far under 500 MB.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from ocop_desktop.domain.exchange import ImportProblemCode
from ocop_desktop.excel.columns import DATA_SHEET
from ocop_desktop.excel.reader import read_report
from ocop_desktop.texts.problem_texts import import_problem_line
from tests.conftest import COMMUNE, make_record
from tests.exchange_helpers import write_data_sheet

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

_CHILD = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))  # never swap the host
from ocop_desktop.excel.reader import read_report
report = read_report(sys.argv[1])
print(json.dumps({"codes": [p.code.value for p in report.problems],
                  "params": [dict(p.params) for p in report.problems],
                  "value": [p.value for p in report.problems],
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def read_in_child(path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def _report(path: Path) -> Path:
    return write_data_sheet(path, [make_record()], sender=COMMUNE)


def test_one_cell_at_xfd1048576_is_refused_without_allocating_the_sheet(tmp_path: Path) -> None:
    path = tmp_path / "xfd.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = DATA_SHEET
    sheet["A1"] = "format"
    sheet["XFD1048576"] = "x"
    workbook.save(path)
    assert path.stat().st_size < 10_000
    found = read_in_child(path)
    assert found["codes"] == [ImportProblemCode.TOO_LARGE.value]
    assert found["value"] == ["XFD1048576"] or found["params"][0]["what"] == "dimension"
    assert found["maxrss_kb"] < 500 * 1024


@pytest.mark.parametrize("address", ["A1048576", "DA1", "Z300000", "AA10000", "CZ10000"])
def test_addresses_beyond_a_data_sheet_are_refused(tmp_path: Path, address: str) -> None:
    path = tmp_path / f"{address}.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = DATA_SHEET
    sheet["A1"] = "format"
    sheet[address] = "x"
    workbook.save(path)
    report = read_report(path)
    assert [p.code for p in report.problems] == [ImportProblemCode.TOO_LARGE]


def _with_member(source: Path, target: Path, name: str, size: int,
                 replace: bool = False) -> Path:
    """A copy of ``source`` with a member of ``size`` spaces (a zip bomb when large)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in original.infolist():
            if replace and info.filename == name:
                continue
            bomb.writestr(info, original.read(info.filename))
        with bomb.open(name, "w", force_zip64=True) as member:
            block = b" " * MB
            for _ in range(size // MB):
                member.write(block)
    return target


def test_a_zip_bomb_is_refused_by_its_ratio_before_it_is_unpacked(tmp_path: Path) -> None:
    good = _report(tmp_path / "good.xlsx")
    bomb = _with_member(good, tmp_path / "bomb.xlsx", "xl/worksheets/sheet9.xml", 150 * MB)
    assert bomb.stat().st_size < 1 * MB
    found = read_in_child(bomb)
    assert found["codes"] == [ImportProblemCode.TOO_LARGE.value]
    assert found["params"][0]["what"] in ("ratio", "member")
    assert found["maxrss_kb"] < 500 * 1024


def test_a_member_that_unpacks_too_large_is_refused(tmp_path: Path) -> None:
    good = _report(tmp_path / "good.xlsx")
    big = _with_member(good, tmp_path / "big.xlsx", "xl/media/image1.bin", 250 * MB)
    found = read_in_child(big)
    assert found["codes"] == [ImportProblemCode.TOO_LARGE.value]
    assert found["maxrss_kb"] < 500 * 1024


def test_refusal_is_one_clear_line_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "xfd.xlsx"
    workbook = Workbook()
    workbook.active.title = DATA_SHEET
    workbook.active["XFD1048576"] = "x"
    workbook.save(path)
    [problem] = read_report(path).problems
    line = import_problem_line(problem)
    assert "xfd.xlsx" in line and "\n" not in line
    assert "XFD1048576" in line or "phạm vi" in line


def test_a_real_report_still_reads(tmp_path: Path) -> None:
    report = read_report(_report(tmp_path / "good.xlsx"))
    assert report.ok, report.problems
    data = io.BytesIO(Path(tmp_path / "good.xlsx").read_bytes())
    assert zipfile.is_zipfile(data)
