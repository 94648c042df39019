"""``ocop-desktop report``: export, ``--json`` figures, the register, and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from ocop_desktop import operations
from ocop_desktop.domain.records import Directive, Topic
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from tests.cli.runner import ok, refused
from tests.conftest import make_record

DIRECTIVE = "1234/STTTT-TTBCXB"








@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    ok(path, "init", "--unit", "05986", "--role", "station", "--name", "Xã Hoàng Đồng")
    database = open_database(path)
    repo = Repository(database)
    operations.save_directive(repo, directive=Directive(
        DIRECTIVE, dt.date(2021, 6, 20), "Sở Thông tin và Truyền thông",
        "Tuyên truyền Quyết định 861/QĐ-TTg và Chương trình OCOP"))
    operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP", DIRECTIVE))
    operations.save_topic(repo, topic=Topic("ATGT", "An toàn giao thông"))
    with repo.db.atomic():
        repo.insert_records([
            make_record(minutes=10, language="tay"),
            make_record(minutes=20, date=dt.date(2021, 6, 30)),
            make_record(topic_code="ATGT", minutes=5, date=dt.date(2021, 5, 31)),
            make_record(topic_code="ATGT", form_code="print", items=2, copies=300,
                        airings=None, minutes=None, language=None, source=None),
        ])
    database.close()
    return path


def test_export_prints_one_line_and_writes_the_workbook(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "BC.xlsx"
    line = ok(db, "report", "--period", "2021-06", "--out", str(out), "--date", "2021-07-05")
    assert line.strip() == ("Đã xuất báo cáo số 01/BC-UBND (3 bản ghi, từ ngày 01/06/2021 đến "
                            f"ngày 30/06/2021) vào {out}.")
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Báo cáo", "Chi tiết", "Dữ liệu"]
    book.close()


def test_json_figures(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "BC.xlsx"
    data = json.loads(ok(db, "report", "--period", "2021-06", "--out", str(out), "--json"))
    assert data["period"]["key"] == "2021-06" and data["scope"] is None
    assert data["totals"] == {"records": 3, "measures": {
        "radio": {"items": 2, "airings": 4, "minutes": 30},
        "print": {"items": 2, "copies": 300}}}
    topics = {t["code"]: t for t in data["topics"]}
    assert topics["OCOP"]["measures"] == {"radio": {"items": 2, "airings": 4, "minutes": 30},
                                          "print": {"items": 0, "copies": 0}}
    assert topics["ATGT"]["records"] == 1
    assert data["broadcast_minutes"]["by_language"] == {"vi": 20, "tay": 10}
    report = data["report"]
    assert report["number"].startswith("01/BC-") and report["file"] == str(out)
    assert report["records"] == 3 and report["status"] == "exported"


def test_directive_scope_and_every_period_form(db: Path, tmp_path: Path) -> None:
    scoped = json.loads(ok(db, "report", "--period", "2021-Q2", "--directive", DIRECTIVE,
                           "--out", str(tmp_path / "q2.xlsx"), "--json"))
    assert [t["code"] for t in scoped["topics"]] == ["OCOP"]
    assert scoped["scope"] == DIRECTIVE
    for key in ("2021-06", "2021-Q2", "2021-H1", "2021-9M", "2021"):
        data = json.loads(ok(db, "report", "--period", key, "--out",
                             str(tmp_path / f"{key}.xlsx"), "--json"))
        assert data["totals"]["records"] == (3 if key == "2021-06" else 4)
    custom = json.loads(ok(db, "report", "--from", "2021-05-31", "--to", "2021-06-21",
                           "--out", str(tmp_path / "c.xlsx"), "--json"))
    assert custom["period"]["key"] == "2021-05-31..2021-06-21"
    assert custom["totals"]["records"] == 3


def test_report_list(db: Path, tmp_path: Path) -> None:
    assert "Chưa có báo cáo" in ok(db, "report", "list")
    ok(db, "report", "--period", "2021-06", "--out", str(tmp_path / "a.xlsx"), "--date",
       "2021-07-05")
    ok(db, "report", "--period", "2021-05", "--out", str(tmp_path / "b.xlsx"), "--date",
       "2021-07-06")
    entries = json.loads(ok(db, "report", "list", "--json"))
    assert [e["number"].split("/")[0] for e in entries] == ["02", "01"]
    assert set(entries[0]) == {
        "id", "number", "year", "issued_on", "period", "period_start", "period_end", "scope",
        "sender", "file", "file_hash", "data_hash", "records", "status", "sent_at", "sent_to",
        "created_at", "reply", "reply_reason", "reply_at"}
    assert (entries[0]["reply"], entries[0]["reply_reason"], entries[0]["reply_at"]) == (
        None, None, None)  # no answer from the office yet (issue 15)
    assert entries[0]["period"] == "2021-05" and entries[0]["issued_on"] == "2021-07-06"
    text = ok(db, "report", "list")
    assert "02/BC-" in text and "tất cả chủ đề" in text


@pytest.mark.parametrize(("args", "expected"), [
    (["--period", "2021-13"], "Kỳ báo cáo"),
    (["--period", "2021-06", "--directive", "9/XX"], "Không có văn bản chỉ đạo số “9/XX”"),
    (["--from", "2021-06-30", "--to", "2021-06-01"], "Ngày kết thúc đứng trước ngày bắt đầu"),
    (["--from", "2021-06-30"], "Đến ngày"),
    (["--from", "30/06/2021", "--to", "2021-07-01"], "30/06/2021"),
    (["--period", "2021-06", "--number", "0"], "Số báo cáo"),
])
def test_bad_input_is_one_line_and_writes_nothing(db: Path, tmp_path: Path, args: list[str],
                                                  expected: str) -> None:
    out = tmp_path / "BC.xlsx"
    line = refused(db, "report", *args, "--out", str(out))
    assert expected in line
    assert not out.exists()
    assert json.loads(ok(db, "report", "list", "--json")) == []


def test_missing_options(db: Path, tmp_path: Path) -> None:
    assert "--out" in refused(db, "report", "--period", "2021-06")
    assert "--period" in refused(db, "report", "--out", str(tmp_path / "x.xlsx"))
    assert ".xlsx" in refused(db, "report", "--period", "2021-06", "--out",
                              str(tmp_path / "x.pdf"))
    assert "Không tìm thấy" in refused(db, "report", "--period", "2021-06", "--out",
                                       str(tmp_path / "no" / "x.xlsx"))


def test_not_initialised(tmp_path: Path) -> None:
    line = refused(tmp_path / "none.sqlite", "report", "--period", "2021-06", "--out",
                   str(tmp_path / "x.xlsx"))
    assert "ocop-desktop" in line
    assert not (tmp_path / "none.sqlite").exists()


def _texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    ws = book["Báo cáo"]
    return [str(c.value).strip("\u00a0 ") for row in ws.iter_rows() for c in row
            if c.value is not None]


def test_narrative_file_prints_its_parts_and_is_kept(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "noi-dung.txt"
    text.write_text("## Đánh giá\nƯu điểm: phát sóng đều đặn.\nHạn chế, khó khăn: loa hỏng.\n\n"
                    "## Đề xuất, kiến nghị\nĐề nghị hỗ trợ kinh phí sửa loa.\n",
                    encoding="utf-8")
    out = tmp_path / "BC.xlsx"
    ok(db, "report", "--period", "2021-06", "--out", str(out), "--narrative", str(text))
    texts = _texts(out)
    assert "II. ĐÁNH GIÁ" in texts and "III. ĐỀ XUẤT, KIẾN NGHỊ" in texts
    assert "Ưu điểm: phát sóng đều đặn." in texts and "Đề nghị hỗ trợ kinh phí sửa loa." in texts
    assert not [t for t in texts if "PHƯƠNG HƯỚNG" in t]  # an empty part is left out
    # Exported again without the option: the texts kept for the period print again.
    again = tmp_path / "BC2.xlsx"
    ok(db, "report", "--period", "2021-06", "--out", str(again))
    assert "Ưu điểm: phát sóng đều đặn." in _texts(again)


@pytest.mark.parametrize(("content", "expected"), [
    ("## Kết luận\nabc\n", ["dòng 1", "“Kết luận”", "“## Đánh giá”",
                             "“## Phương hướng, nhiệm vụ kỳ tới”", "“## Đề xuất, kiến nghị”"]),
    ("Không có tiêu đề\n", ["dòng 1", "trước tiêu đề"]),
    (b"\xff\xfe## \x00", ["UTF-8"]),
])
def test_bad_narrative_file_is_refused(db: Path, tmp_path: Path, content: str | bytes,
                                       expected: list[str]) -> None:
    text = tmp_path / "noi-dung.txt"
    if isinstance(content, bytes):
        text.write_bytes(content)
    else:
        text.write_text(content, encoding="utf-8")
    out = tmp_path / "BC.xlsx"
    line = refused(db, "report", "--period", "2021-06", "--out", str(out), "--narrative",
                   str(text))
    for part in expected:
        assert part in line, line
    assert not out.exists()
    assert "Không tìm thấy" in refused(db, "report", "--period", "2021-06", "--out", str(out),
                                       "--narrative", str(tmp_path / "none.txt"))
    assert json.loads(ok(db, "report", "list", "--json")) == []
