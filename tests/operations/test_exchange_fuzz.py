"""Mutated report files never crash the importer and never leave part of a file behind.

Hypothesis starts from a valid report made by the real exporter and changes cells, sheet
names, bytes of the zip or of the XML inside it. Whatever it makes, ``commit_import``
returns: either the file is refused and nothing in the database changed, or every record
of the file is there (a mutation that only touched what is not checked, like the app
version, still imports whole). Imports are undone between examples.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocop_desktop.domain.exchange import ImportOutcome
from ocop_desktop.domain.records import Role
from ocop_desktop.excel.columns import DATA_SHEET
from ocop_desktop.excel.reader import read_report
from ocop_desktop.operations import exchange
from ocop_desktop.storage.repository import Repository
from tests.exchange_helpers import Installations, live_uuids, log

# 50 fixed examples in the normal run; OCOP_FUZZ_EXAMPLES=2000 explores further.
EXAMPLES = int(os.environ.get("OCOP_FUZZ_EXAMPLES", "50"))
TABLES = ("records", "import_batches", "import_changes", "import_added", "topics", "audit_log")

CELL_VALUES = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.integers(-10**12, 10**12),
    st.floats(allow_nan=False, allow_infinity=False), st.dates(), st.none(), st.booleans(),
    st.sampled_from(["", "05986", "2021-06-31", "=1+1", "1.5", "-3", "2021-06", "x" * 300]))


def _state(repo: Repository) -> dict[str, int]:
    return {t: repo.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _rezip(data: bytes, member: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == member else source.read(info))
    return out.getvalue()


@st.composite
def mutations(draw: st.DrawFn, data: bytes, members: list[str]) -> tuple[str, object]:
    kind = draw(st.sampled_from(["bytes", "truncate", "xml", "cell", "sheet"]))
    if kind == "bytes":
        flips = draw(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)),
                              min_size=1, max_size=6))
        return kind, flips
    if kind == "truncate":
        return kind, draw(st.integers(0, len(data) - 1))
    if kind == "xml":
        member = draw(st.sampled_from(members))
        return kind, (member, draw(st.integers(0, 10**6)), draw(st.integers(0, 40)),
                      draw(st.binary(max_size=12)))
    if kind == "cell":
        return kind, (draw(st.integers(1, 24)), draw(st.integers(1, 24)), draw(CELL_VALUES))
    return kind, draw(st.one_of(st.none(), st.text(
        alphabet=st.characters(blacklist_characters="[]:*?/\\'",
                               blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)))


def _apply(data: bytes, mutation: tuple[str, object], path: Path) -> None:
    kind, arg = mutation
    if kind == "bytes":
        mutable = bytearray(data)
        for index, value in arg:  # type: ignore[attr-defined]
            mutable[index] = value
        path.write_bytes(bytes(mutable))
    elif kind == "truncate":
        path.write_bytes(data[: int(arg)])  # type: ignore[call-overload]
    elif kind == "xml":
        member, start, length, replacement = arg  # type: ignore[misc]
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read(member)
        start %= max(len(content), 1)
        path.write_bytes(_rezip(data, member,
                                content[:start] + replacement + content[start + length:]))
    elif kind == "cell":
        row, column, value = arg  # type: ignore[misc]
        path.write_bytes(data)
        workbook = openpyxl.load_workbook(path)
        workbook[DATA_SHEET].cell(row, column).value = value
        workbook.save(path)
    else:
        path.write_bytes(data)
        workbook = openpyxl.load_workbook(path)
        if arg is None:
            del workbook[DATA_SHEET]
        elif arg not in workbook.sheetnames:
            workbook[DATA_SHEET].title = str(arg)
        workbook.save(path)


@pytest.fixture
def setting(tmp_path: Path, shared_data: Path):
    places = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    commune = places.make("05986", Role.STATION)
    log(commune, 4, date=dt.date(2021, 6, 21), notes="ghi chú")
    report = places.export(commune, "2021-06")
    district = places.make("178")
    yield report.read_bytes(), district, tmp_path
    places.close()


def test_mutated_reports_are_refused_cleanly_or_imported_whole(setting) -> None:
    data, district, folder = setting
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [n for n in archive.namelist() if n.endswith(".xml")]
    expected = {row.record.uuid for row in read_report(_write(folder, data)).rows}
    assert len(expected) == 4
    counter = {"n": 0, "refused": 0}

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES == 50,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(mutation=mutations(data, members))
    def check(mutation: tuple[str, object]) -> None:
        counter["n"] += 1
        path = folder / f"mutated-{counter['n']}.xlsx"
        _apply(data, mutation, path)
        before = _state(district)
        result = exchange.commit_import(district, path=path)  # must not raise
        if result.outcome is ImportOutcome.REFUSED:
            counter["refused"] += 1
            assert result.problems
            assert _state(district) == before
            return
        assert result.batch_id is not None
        report = read_report(path)
        assert live_uuids(district) == {row.record.uuid for row in report.rows}
        assert result.new == len(report.rows)
        exchange.undo_import(district, batch_id=result.batch_id)
        assert live_uuids(district) == set()

    check()
    assert counter["refused"] > 10  # the mutations did reach the checks


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "original.xlsx"
    path.write_bytes(data)
    return path
