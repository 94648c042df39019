"""Issue 10 points 5 and 8 in imported files: bad digits, dates and control characters are
refused naming their cell, NFD codes are the same topic, and one bad file never stops the
other files of a batch (command line and window). Every file is made here."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from ocop_desktop.domain.exchange import ImportOutcome, ImportProblemCode
from ocop_desktop.domain.records import RecordQuery, Role
from ocop_desktop.excel.columns import DATA_HEADERS, DATA_SHEET, data_hash, record_to_cells
from ocop_desktop.operations import exchange
from ocop_desktop.texts.problem_texts import import_problem_line
from tests.cli.runner import run
from tests.conftest import make_record
from tests.exchange_helpers import Installations, write_data_sheet

JUNE = dt.date(2021, 6, 21)
COLUMN = {key: index for index, key in enumerate(DATA_HEADERS)}


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def _file(folder: Path, name: str, **cells: str) -> Path:
    """A commune's report (05986, June 2021) whose one row has ``cells`` as typed.

    Control characters are written as Excel writes them in XML (``_x001B_``); the hash is
    of the cells as the reader will see them, so only the cell check can refuse the file.
    """
    row = record_to_cells(make_record(date=JUNE, unit_code="05986"))
    for key, value in cells.items():
        row[COLUMN[key]] = value
    written = [[_escape(v) for v in row]]
    return write_data_sheet(folder / name, [], sender="05986", rows=written,
                            manifest={"data_hash": data_hash([row])})


def _escape(text: str) -> str:
    return "".join(f"_x{ord(ch):04X}_" if ch < " " else ch
                   for ch in text)


@pytest.mark.parametrize(("column", "value", "code"), [
    ("airings", "²", ImportProblemCode.BAD_CELL),
    ("airings", "１２", ImportProblemCode.BAD_CELL),
    ("minutes", "٣", ImportProblemCode.BAD_CELL),
    ("date", "2021-06-10XYZ", ImportProblemCode.BAD_CELL),
    ("time", "０６:００", ImportProblemCode.BAD_CELL),
    ("title", "Tin\x00OCOP", ImportProblemCode.INVALID_RECORD),
    ("title", "Tin\x1b[2JOCOP", ImportProblemCode.INVALID_RECORD),
    ("operator", "Lăng\u2028Thị Hoa", ImportProblemCode.INVALID_RECORD),
])
def test_bad_cells_are_refused_naming_the_cell(places: Installations, column: str,
                                               value: str, code: ImportProblemCode) -> None:
    district = places.make("178")
    path = _file(places.folder, f"bad-{column}.xlsx", **{column: value})
    preview = exchange.preview_import(district, path=path)
    assert preview.outcome is ImportOutcome.REFUSED
    [problem] = preview.problems
    assert problem.code is code
    assert problem.row is not None and problem.row > 15 and problem.column == column
    line = import_problem_line(problem)
    assert f"bad-{column}.xlsx" in line and "\n" not in line
    assert problem.column_letter or problem.column
    if code is ImportProblemCode.INVALID_RECORD:
        assert "ký tự điều khiển" in line
    assert district.record_count() == 0


def test_a_topic_code_in_nfd_in_a_file_is_the_known_topic(places: Installations) -> None:
    district = places.make("178")
    from ocop_desktop import operations
    from ocop_desktop.domain.records import Topic

    operations.save_topic(district, topic=Topic("ĐÀI", "Đài truyền thanh"))
    path = _file(places.folder, "nfd.xlsx", topic=unicodedata.normalize("NFD", "ĐÀI"),
                 title=unicodedata.normalize("NFD", "Phát thanh về đài"))
    result = exchange.commit_import(district, path=path)
    assert result.outcome is ImportOutcome.IMPORTED, result.problems
    assert [t.code for t in district.topics()] == ["ĐÀI"]
    [record] = district.query_records(RecordQuery())
    assert record.topic_code == "ĐÀI" and unicodedata.is_normalized("NFC", record.title)


def _hostile_batch(places: Installations) -> tuple[list[Path], list[Path]]:
    """Two good reports and four hostile files, interleaved."""
    hoang_dong = places.make("05986", Role.STATION)
    from tests.exchange_helpers import log

    log(hoang_dong, 3, date=JUNE)
    chi_lang = places.make("05983", Role.STATION)
    log(chi_lang, 2, date=JUNE, unit_code="05983")
    folder = places.folder / "thu-den"
    folder.mkdir()
    good = [places.export(hoang_dong, "2021-06", "thu-den/b-xa-hoang-dong.xlsx"),
            places.export(chi_lang, "2021-06", "thu-den/d-phuong-chi-lang.xlsx")]
    xfd = folder / "a-xfd.xlsx"
    workbook = Workbook()
    workbook.active.title = DATA_SHEET
    workbook.active["XFD1048576"] = "x"
    workbook.save(xfd)
    bomb = folder / "c-bom.xlsx"
    with zipfile.ZipFile(good[0]) as original, zipfile.ZipFile(
            bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in original.infolist():
            target.writestr(info, original.read(info.filename))
        with target.open("xl/worksheets/sheet9.xml", "w", force_zip64=True) as member:
            for _ in range(120):
                member.write(b" " * (1 << 20))
    digits = _file(folder, "e-so-la.xlsx", airings="²")
    control = _file(folder, "f-ky-tu.xlsx", title="Tin\x1bOCOP")
    return good, [xfd, bomb, digits, control]


def test_cli_batch_imports_the_good_files_and_lists_every_bad_one(
        places: Installations) -> None:
    good, bad = _hostile_batch(places)
    district = places.make("178")
    result = run(places.folder / "178.sqlite", "import", str(good[0].parent), "--json")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    entries = {Path(e["file"]).name: e for e in json.loads(result.stdout)}
    assert {name: e["result"] for name, e in entries.items()} == {
        **{p.name: "imported" for p in good}, **{p.name: "refused" for p in bad}}
    for path in bad:
        error = entries[path.name]["error"]
        assert path.name in error and "\n" not in error
    assert district.record_count() == 5
