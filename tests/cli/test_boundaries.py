"""Issue 10 points 8 and 9 at the command line: text, numbers, dates and the unit's scope.

Every input is typed here; each bad one is one Vietnamese line, exit non-zero, nothing
written."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.cli.runner import ok, refused
from tests.cli.test_cli import RADIO, db, records_json, snapshot, units_file  # noqa: F401

ADD = ["log", "add", "--date", "2021-06-21", "--topic", "OCOP", "--form", "radio",
       "--items", "1", "--minutes", "10"]


@pytest.mark.parametrize("digits", ["²", "１２", "٣", "1²", "12.5", "1_000"])
def test_only_ascii_digits_are_numbers(db: Path, digits: str) -> None:  # noqa: F811
    before = snapshot(db)
    line = refused(db, *ADD, "--airings", digits, "--title", "Tin OCOP")
    assert "số nguyên" in line and "Traceback" not in line
    assert snapshot(db) == before


@pytest.mark.parametrize("date", ["2021-06-10XYZ", "20210610", "2021-W23-4", "２０２１-06-10",
                                  "2021-6-1"])
def test_dates_are_strict(db: Path, date: str) -> None:  # noqa: F811
    line = refused(db, "log", "add", "--date", date, *RADIO, "--title", "Tin OCOP")
    assert "Ngày không hợp lệ" in line and date in line


@pytest.mark.parametrize("time", ["０６:００", "6:3", "25:00", "06:00XYZ"])
def test_times_are_strict(db: Path, time: str) -> None:  # noqa: F811
    line = refused(db, "log", "add", "--date", "2021-06-21", "--time", time, *RADIO,
                   "--title", "Tin OCOP")
    assert "Giờ không hợp lệ" in line


@pytest.mark.parametrize("char", ["\x1b", "\u2028", "\u2029", "\x07", "\u202e", "\t"])
def test_control_characters_are_refused_naming_the_field(db: Path, char: str) -> None:  # noqa: F811
    before = snapshot(db)
    line = refused(db, "log", "add", "--date", "2021-06-21", *RADIO,
                   "--title", f"Tin OCOP{char}[2J")
    assert line.startswith("Tiêu đề") and "ký tự điều khiển" in line
    assert f"U+{ord(char):04X}" in line
    line = refused(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Tin OCOP",
                   "--operator", f"Lăng{char}Thị Hoa")
    assert "ký tự điều khiển" in line
    assert snapshot(db) == before


def test_notes_keep_their_line_breaks(db: Path) -> None:  # noqa: F811
    ok(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Tin OCOP",
       "--notes", "Dòng một\nDòng hai")
    assert records_json(db)[0]["notes"] == "Dòng một\nDòng hai"


def test_a_topic_code_in_nfd_is_the_same_topic(db: Path) -> None:  # noqa: F811
    code = "ĐÀI-TIẾNG"
    ok(db, "topic", "add", "--code", code, "--name", "Đài tiếng nói")
    decomposed = unicodedata.normalize("NFD", code)
    assert decomposed != code
    line = refused(db, "topic", "add", "--code", decomposed, "--name", "Đài tiếng nói (2)")
    assert "đã có" in line
    ok(db, "log", "add", "--date", "2021-06-21", "--topic", decomposed, "--form", "radio",
       "--items", "1", "--airings", "1", "--minutes", "5", "--title",
       unicodedata.normalize("NFD", "Phát thanh về đài"))
    [record] = records_json(db)
    assert record["topic"] == code and unicodedata.is_normalized("NFC", record["title"])
    topics = ok(db, "topic", "list", "--json")
    assert topics.count("ĐÀI-TIẾNG") == 1


# -- point 9: a record's unit is the installation's or one under it --------------------------

def test_a_station_logs_only_for_its_own_unit(db: Path) -> None:  # noqa: F811
    before = snapshot(db)
    for other in ("05983", "06463", "178", "20"):  # sibling, another district's, parent, province
        line = refused(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Tin",
                       "--unit", other)
        assert line.startswith("Đơn vị") and f"“{other}”" in line
    assert snapshot(db) == before
    ok(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Tin", "--unit", "05986")


def test_an_office_logs_for_itself_and_units_under_it_only(tmp_path: Path,
                                                           units_file: Path) -> None:  # noqa: F811
    office = tmp_path / "phong.sqlite"
    ok(office, "units", "import", str(units_file))
    ok(office, "init", "--unit", "178", "--role", "office")
    ok(office, "topic", "add", "--code", "OCOP", "--name", "Chương trình OCOP")
    for unit in ("178", "05986", "05983"):
        ok(office, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Tin", "--unit", unit)
    for unit in ("20", "187", "06463"):  # its province, a sibling district, a commune there
        line = refused(office, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Tin",
                       "--unit", unit)
        assert f"“{unit}”" in line and "trực thuộc" in line
