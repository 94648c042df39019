"""The command-line interface, driven like a script would (click's CliRunner)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ocop_desktop.cli.log import RECORD_JSON_FIELDS
from tests.cli.runner import ok, refused

RECORD_FIELDS = [
    "uuid", "date", "time", "unit", "topic", "form", "title", "items", "airings", "minutes",
    "copies", "participants", "language", "source", "priority", "location", "operator",
    "notes", "entered_by", "created_at", "updated_at",
]
UNITS_CSV = """code,name,level,parent_code,valid_from,valid_to
20,Tỉnh Lạng Sơn,province,,,
178,Thành phố Lạng Sơn,district,20,,
05986,Xã Hoàng Đồng,commune,178,,
05983,Phường Chi Lăng,commune,178,,
187,Huyện Chi Lăng,district,20,,
06463,Thị trấn Đồng Mỏ,commune,187,,
"""
RADIO = ["--topic", "OCOP", "--form", "radio", "--items", "1", "--airings", "2",
         "--minutes", "10"]








def records_json(db: Path, *args: str) -> list[dict]:
    return json.loads(ok(db, "log", "list", "--json", *args))


def snapshot(db: Path) -> tuple:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in (
            "records", "units", "directives", "topics", "settings", "audit_log"))
    finally:
        conn.close()


@pytest.fixture
def units_file(tmp_path: Path) -> Path:
    path = tmp_path / "units.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path, units_file: Path) -> Path:
    """A station at Xã Hoàng Đồng with a catalogue, a directive and two topics."""
    path = tmp_path / "ocop.sqlite"
    ok(path, "units", "import", str(units_file))
    ok(path, "init", "--unit", "05986", "--role", "station", "--signer-name", "Hoàng Văn A",
       "--recipient-email", "vhtt@example.org")
    ok(path, "directive", "add", "--number", "1234/STTTT-TTBCXB", "--date", "2021-06-18",
       "--issuer", "Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
       "--summary", "Tuyên truyền Quyết định 861/QĐ-TTg và Chương trình OCOP",
       "--deadline", "2021-12-31")
    ok(path, "topic", "add", "--code", "OCOP", "--name", "Chương trình OCOP 2021–2025",
       "--directive", "1234/STTTT-TTBCXB", "--from", "2021-06-05", "--to", "2025-12-31")
    ok(path, "topic", "add", "--code", "QD861", "--name", "Quyết định 861/QĐ-TTg",
       "--directive", "1234/STTTT-TTBCXB", "--from", "2021-06-04")
    return path


def test_log_add_prints_the_uuid_and_list_json_has_the_documented_fields(db: Path) -> None:
    out = ok(db, "log", "add", "--date", "2021-06-21", "--time", "06:00", *RADIO,
             "--title", "Sản phẩm na Chi Lăng đạt OCOP 4 sao", "--language", "tay",
             "--location", "Cụm loa thôn Nà Cạn", "--operator", "Lăng Thị Hoa",
             "--notes", "Phát lại buổi chiều", "--priority", "priority")
    uuid = out.strip()
    assert out == uuid + "\n" and len(uuid) == 36
    [record] = records_json(db)
    assert list(record) == RECORD_FIELDS == list(RECORD_JSON_FIELDS)
    assert {k: v for k, v in record.items() if k not in ("created_at", "updated_at")} == {
        "uuid": uuid, "date": "2021-06-21", "time": "06:00", "unit": "05986", "topic": "OCOP",
        "form": "radio", "title": "Sản phẩm na Chi Lăng đạt OCOP 4 sao", "items": 1,
        "airings": 2, "minutes": 10, "copies": None, "participants": None, "language": "tay",
        "source": "self", "priority": "priority", "location": "Cụm loa thôn Nà Cạn",
        "operator": "Lăng Thị Hoa", "notes": "Phát lại buổi chiều", "entered_by": None}
    assert dt.datetime.fromisoformat(record["created_at"]).tzinfo is not None


def test_decomposed_text_is_stored_composed(db: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Phát thanh tiếng Tày ở Đồng Đăng")
    ok(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", decomposed)
    [record] = records_json(db, "--search", "Đồng Đăng")
    assert record["title"] == unicodedata.normalize("NFC", decomposed)


def test_other_forms_and_defaults(db: Path) -> None:
    ok(db, "log", "add", "--date", "2021-06-22", "--topic", "QD861", "--form", "meeting",
       "--title", "Tuyên truyền miệng tại nhà văn hóa thôn", "--items", "1",
       "--participants", "85", "--language", "nung")
    ok(db, "log", "add", "--date", "2021-06-23", "--topic", "OCOP", "--form", "relay",
       "--title", "Tiếp sóng thời sự VOV", "--airings", "1", "--minutes", "30",
       "--source", "vov")
    ok(db, "log", "add", "--date", "2021-06-24", "--topic", "OCOP", "--form", "print",
       "--title", "Bản tin OCOP số 1/2021", "--items", "1", "--copies", "200")
    meeting, relay, leaflet = records_json(db)
    assert (meeting["participants"], meeting["language"], meeting["source"]) == (85, "nung", None)
    assert (relay["source"], relay["items"], relay["time"]) == ("vov", None, None)
    assert (leaflet["copies"], leaflet["language"], leaflet["priority"]) == (200, "vi", "normal")


def test_list_filters_search_and_table(db: Path) -> None:
    for day, topic, form, title in (
            ("2021-06-21", "OCOP", "radio", "Quýt vàng Bắc Sơn vào mùa"),
            ("2021-07-02", "QD861", "radio", "Loa truyền thanh Đồng Đăng phát tin"),
            ("2021-08-15", "OCOP", "social", "Đăng tin na Chi Lăng lên Zalo")):
        measures = ["--items", "1"] if form == "social" else ["--items", "1", "--minutes", "5"]
        ok(db, "log", "add", "--date", day, "--topic", topic, "--form", form, "--title", title,
           *measures)
    assert len(records_json(db)) == 3
    assert [r["date"] for r in records_json(db)] == ["2021-06-21", "2021-07-02", "2021-08-15"]
    assert len(records_json(db, "--from", "2021-07-01", "--to", "2021-07-31")) == 1
    assert len(records_json(db, "--topic", "OCOP")) == 2
    assert len(records_json(db, "--form", "social")) == 1
    assert [r["title"] for r in records_json(db, "--search", "dong dang")] == [
        "Loa truyền thanh Đồng Đăng phát tin"]
    assert len(records_json(db, "--search", "quyt vang")) == 1
    table = ok(db, "log", "list").splitlines()
    assert table[0].startswith("Ngày") and len(table) == 4
    assert "Quýt vàng Bắc Sơn vào mùa" in table[1]
    assert ok(db, "log", "list", "--json", "--topic", "QD861", "--form", "social") == "[]\n"


def test_unit_narrows_to_the_unit_and_the_units_under_it(tmp_path: Path,
                                                         units_file: Path) -> None:
    db = tmp_path / "office.sqlite"
    ok(db, "units", "import", str(units_file))
    ok(db, "init", "--unit", "20", "--role", "office")
    ok(db, "topic", "add", "--code", "OCOP", "--name", "Chương trình OCOP")
    for unit in ("05986", "05983", "178", "06463", "187", "20"):
        ok(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", f"Tin của {unit}",
           "--unit", unit)
    assert sorted(r["unit"] for r in records_json(db, "--unit", "178")) == [
        "05983", "05986", "178"]
    assert [r["unit"] for r in records_json(db, "--unit", "06463")] == ["06463"]
    assert len(records_json(db, "--unit", "20")) == 6
    assert len(records_json(db)) == 6  # every record, whoever entered it
    by_unit = {r["unit"]: r["entered_by"] for r in records_json(db)}
    assert by_unit["05986"] == "20" and by_unit["20"] is None  # an office logging for a commune
    assert refused(db, "log", "list", "--unit", "99999") == (
        "Đơn vị: Không có đơn vị mã “99999” trong danh mục.")


def test_delete_is_soft_audited_and_undoable(db: Path) -> None:
    uuid = ok(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Tin OCOP").strip()
    assert "log undelete" in ok(db, "log", "delete", uuid)
    assert records_json(db) == []
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT deleted FROM records WHERE uuid = ?", [uuid]).fetchone() == (1,)
    assert [a for (a,) in conn.execute("SELECT action FROM audit_log WHERE entity_key = ? "
                                       "ORDER BY id", [uuid])] == ["create", "delete"]
    conn.close()
    assert "đã bị xóa từ trước" in ok(db, "log", "delete", uuid)
    ok(db, "log", "undelete", uuid)
    assert [r["uuid"] for r in records_json(db)] == [uuid]
    assert refused(db, "log", "delete", "no-such-uuid") == "Không có bản ghi mã “no-such-uuid”."


BAD_LOG_ADDS = {
    "bad date": (["--date", "2021-13-01", *RADIO, "--title", "x"],
                 "--date: Ngày không có thật: “2021-13-01” — không có tháng 13."),
    "bad date form": (["--date", "01/06/2021", *RADIO, "--title", "x"],
                      "--date: Ngày không hợp lệ: “01/06/2021” (cần dạng YYYY-MM-DD)."),
    "day first date": (["--date", "21/06/2021", *RADIO, "--title", "x"], "--date: Ngày không"),
    "unknown topic": (["--date", "2021-06-21", "--topic", "NOPE", "--form", "radio",
                       "--title", "x"], "Chủ đề: Không có chủ đề mã “NOPE”."),
    "topic not active": (["--date", "2021-05-01", *RADIO, "--title", "x"],
                         "Chủ đề: Chủ đề “OCOP” không còn hiệu lực"),
    "unknown form": (["--date", "2021-06-21", "--topic", "OCOP", "--form", "radio-tv",
                      "--title", "x"], "Hình thức: Không có hình thức tuyên truyền mã"),
    "negative": (["--date", "2021-06-21", "--topic", "OCOP", "--form", "radio", "--title",
                  "x", "--minutes", "-5"], "Số phút: Không được là số âm."),
    "not a number": (["--date", "2021-06-21", *RADIO, "--title", "x", "--copies", "nhiều"],
                     "--copies: Phải là một số nguyên."),
    "measure of another form": (["--date", "2021-06-21", *RADIO, "--title", "x",
                                 "--participants", "40"], "Số người dự: Chỉ tiêu này không"),
    "missing title": (["--date", "2021-06-21", *RADIO], "Thiếu tùy chọn bắt buộc --title."),
    "missing date": ([*RADIO, "--title", "x"], "Thiếu tùy chọn bắt buộc --date."),
    "blank title": (["--date", "2021-06-21", *RADIO, "--title", "  "],
                    "Tiêu đề: Chưa nhập, đây là thông tin bắt buộc."),
    "future date": (["--date", "2999-01-01", *RADIO, "--title", "x"], "Ngày: Ngày ở tương lai"),
    "bad time": (["--date", "2021-06-21", "--time", "6h", *RADIO, "--title", "x"],
                 "--time: Giờ không hợp lệ: “6h” (cần dạng HH:MM)."),
    "bad language": (["--date", "2021-06-21", *RADIO, "--title", "x", "--language", "en"],
                     "--language: “en” không hợp lệ; chọn một trong: vi, tay, nung"),
    "unknown unit": (["--date", "2021-06-21", *RADIO, "--title", "x", "--unit", "99999"],
                     "Đơn vị: Không có đơn vị mã “99999” trong danh mục."),
    "unknown option": (["--date", "2021-06-21", *RADIO, "--title", "x", "--minute", "3"],
                       "Không có tùy chọn --minute."),
    "option without value": (["--date", "2021-06-21", *RADIO, "--title"],
                             "Tùy chọn --title cần một giá trị."),
}


@pytest.mark.parametrize("args, message", BAD_LOG_ADDS.values(), ids=BAD_LOG_ADDS.keys())
def test_bad_log_add_says_one_thing_and_writes_nothing(db: Path, args: list[str],
                                                       message: str) -> None:
    before = snapshot(db)
    assert refused(db, "log", "add", *args).startswith(message)
    assert snapshot(db) == before


def test_several_problems_are_counted_on_the_one_line(db: Path) -> None:
    line = refused(db, "log", "add", "--date", "2021-06-21", "--topic", "NOPE", "--form",
                   "radio", "--title", "x", "--minutes", "-1")
    assert line == "Chủ đề: Không có chủ đề mã “NOPE”. (và 1 lỗi khác)"


def test_log_add_needs_an_installation(tmp_path: Path, units_file: Path) -> None:
    db = tmp_path / "fresh.sqlite"
    ok(db, "units", "import", str(units_file))
    before = snapshot(db)
    line = refused(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "x")
    assert line.startswith("Chưa thiết lập đơn vị sử dụng phần mềm.")
    assert snapshot(db) == before


def test_commands_on_a_missing_file_create_nothing(tmp_path: Path) -> None:
    db = tmp_path / "typo.sqlite"
    for command in (["log", "list"], ["log", "add", "--date", "2021-06-21", *RADIO,
                                      "--title", "x"], ["units", "list"], ["backup"],
                    ["topic", "list"], ["directive", "list"], ["log", "delete", "x"]):
        assert refused(db, *command).startswith(f"Chưa có tệp dữ liệu {db}.")
    assert not db.exists()


def test_a_failed_first_command_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    assert refused(db, "init", "--unit", "05986", "--role", "station").startswith(
        "Đơn vị mã “05986” chưa có trong danh mục.")
    assert refused(db, "directive", "add", "--number", "1/CV", "--date", "2021-06-18",
                   "--issuer", "Sở", "--summary", " ") == (
        "Trích yếu: Chưa nhập, đây là thông tin bắt buộc.")
    # Only the user's folders (the log) remain: no data file, journal or lock.
    assert [p.name for p in tmp_path.iterdir()] == ["home"]
    assert not list((tmp_path / "home").glob("**/*.sqlite*"))


def test_init_creates_the_unit_from_options_and_updates_later(tmp_path: Path) -> None:
    db = tmp_path / "ocop.sqlite"
    assert "Xã Hoàng Đồng (05986)" in ok(db, "init", "--unit", "05986", "--role", "station",
                                         "--name", "Xã Hoàng Đồng", "--place", "Lạng Sơn")
    [unit] = json.loads(ok(db, "units", "list", "--json"))
    assert unit == {"code": "05986", "name": "Xã Hoàng Đồng", "level": "commune",
                    "parent_code": None, "valid_from": None, "valid_to": None}
    ok(db, "init", "--unit", "05986", "--role", "station", "--signer-name", "Hoàng Văn A")
    conn = sqlite3.connect(db)
    settings = json.loads(conn.execute(
        "SELECT value FROM settings WHERE key = 'installation'").fetchone()[0])
    conn.close()
    assert (settings["role"], settings["signer_name"], settings["place"],
            settings["issuing_body"]) == ("station", "Hoàng Văn A", "Lạng Sơn",
                                          "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG")
    before = snapshot(db)
    assert refused(db, "init", "--unit", "05986", "--role", "station",
                   "--name", "Xã Khác").startswith("Đơn vị mã “05986” đã có trong danh mục")
    assert refused(db, "init", "--unit", "05986", "--role", "admin").startswith(
        "--role: “admin” không hợp lệ; chọn một trong: station, office.")
    assert refused(db, "init", "--unit", "05986", "--role", "station",
                   "--recipient-email", "khong-co-a-cong") == (
        "Thư điện tử nơi nhận: Địa chỉ thư điện tử “khong-co-a-cong” không hợp lệ.")
    assert refused(db, "init", "--unit", "06000", "--role", "station", "--name", "Xã Mới",
                   "--parent", "999") == "Đơn vị cấp trên: Không có đơn vị mã “999” trong danh mục."
    assert snapshot(db) == before


def test_init_again_as_another_role_keeps_the_people(db: Path) -> None:
    ok(db, "init", "--unit", "178", "--role", "office")
    conn = sqlite3.connect(db)
    settings = json.loads(conn.execute(
        "SELECT value FROM settings WHERE key = 'installation'").fetchone()[0])
    conn.close()
    assert (settings["unit_code"], settings["role"], settings["signer_name"],
            settings["recipient_email"], settings["issuing_body"], settings["parent_body"]) == (
        "178", "office", "Hoàng Văn A", "vhtt@example.org", "PHÒNG VĂN HÓA VÀ THÔNG TIN",
        "UBND THÀNH PHỐ LẠNG SƠN")


def test_units_import_and_list(tmp_path: Path, units_file: Path) -> None:
    db = tmp_path / "ocop.sqlite"
    assert "6 mới" in ok(db, "units", "import", str(units_file))
    assert "0 mới, 0 thay đổi, 6 không đổi" in ok(db, "units", "import", str(units_file))
    units = json.loads(ok(db, "units", "list", "--json"))
    assert [u["code"] for u in units] == ["20", "178", "187", "05983", "05986", "06463"]
    assert units[4] == {"code": "05986", "name": "Xã Hoàng Đồng", "level": "commune",
                        "parent_code": "178", "valid_from": None, "valid_to": None}
    assert len(json.loads(ok(db, "units", "list", "--on", "2021-06-30", "--json"))) == 6
    table = ok(db, "units", "list").splitlines()
    assert table[0].split()[:2] == ["Mã", "Cấp"] and len(table) == 7
    bad = tmp_path / "bad.csv"
    bad.write_text("ten,ma\nXã A,1\n", encoding="utf-8")
    before = snapshot(db)
    assert refused(db, "units", "import", str(bad)).startswith("Tệp bad.csv")
    assert refused(db, "units", "import", str(tmp_path / "none.csv")) == (
        f"Không tìm thấy tệp {tmp_path / 'none.csv'}.")
    assert refused(db, "units", "import", str(units_file), "--valid-from", "01/07/2025")
    assert snapshot(db) == before


def test_units_import_the_real_lang_son_list(tmp_path: Path, shared_data: Path) -> None:
    db = tmp_path / "ocop.sqlite"
    ok(db, "units", "import", str(shared_data / "lang_son_units_2021.csv"))
    units = json.loads(ok(db, "units", "list", "--json"))
    assert len(units) == 212  # 1 province, 11 districts, 200 communes
    assert {"code": "05986", "name": "Xã Hoàng Đồng", "level": "commune",
            "parent_code": "178", "valid_from": None, "valid_to": None} in units


def test_directives_and_topics(db: Path) -> None:
    [directive] = json.loads(ok(db, "directive", "list", "--json"))
    assert directive == {"number": "1234/STTTT-TTBCXB", "date": "2021-06-18",
                         "issuer": "Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
                         "summary": "Tuyên truyền Quyết định 861/QĐ-TTg và Chương trình OCOP",
                         "deadline": "2021-12-31", "topics": ["OCOP", "QD861"]}
    topics = json.loads(ok(db, "topic", "list", "--json"))
    assert topics[0] == {"code": "OCOP", "name": "Chương trình OCOP 2021–2025",
                         "directive": "1234/STTTT-TTBCXB", "valid_from": "2021-06-05",
                         "valid_to": "2025-12-31"}
    assert "1234/STTTT-TTBCXB" in ok(db, "directive", "list")
    assert "QD861" in ok(db, "topic", "list")
    before = snapshot(db)
    assert refused(db, "directive", "add", "--number", "1234/STTTT-TTBCXB", "--date",
                   "2021-06-18", "--issuer", "Sở", "--summary", "Lại") == (
        "Số, ký hiệu: “1234/STTTT-TTBCXB” đã có, không thể tạo trùng.")
    assert refused(db, "directive", "add", "--number", "2/CV", "--date", "2021-06-18",
                   "--issuer", "Sở", "--summary", "S", "--deadline", "2021-06-01") == (
        "Hạn báo cáo: Ngày kết thúc đứng trước ngày bắt đầu.")
    assert refused(db, "topic", "add", "--code", "NTM", "--name", "Nông thôn mới",
                   "--directive", "9/XX") == (
        "Văn bản chỉ đạo: Không có văn bản chỉ đạo số “9/XX”.")
    assert refused(db, "topic", "add", "--code", "CÓ DẤU CÁCH", "--name", "x").startswith(
        "Mã: Mã “CÓ DẤU CÁCH” không hợp lệ")
    assert refused(db, "topic", "add", "--code", "NTM", "--name", "x", "--from",
                   "2022-01-01", "--to", "2021-01-01").startswith("Đến ngày:")
    assert refused(db, "directive", "add", "--number", "3/CV", "--issuer", "Sở",
                   "--summary", "S") == "Thiếu tùy chọn bắt buộc --date."
    assert snapshot(db) == before


def test_demo_fills_a_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert "Đã tạo 300 bản ghi mẫu" in ok(db, "demo", "--records", "300")
    records = records_json(db)
    assert len(records) == 300
    assert {r["unit"] for r in records} == {"05986"}  # the installation's own unit
    today = dt.date.today()
    assert min(r["date"] for r in records) >= dt.date(today.year - 1, today.month, 1).isoformat()
    assert max(r["date"] for r in records) <= today.isoformat()
    assert all(r["title"].startswith("[Mẫu] ") for r in records)
    assert len(json.loads(ok(db, "topic", "list", "--json"))) >= 5
    assert refused(db, "demo", "--records", "-3") == "Số bản ghi: Không được là số âm."
    assert len(records_json(db)) == 300
    real = ok(db, "log", "add", "--date", today.isoformat(), "--topic", "NTM",
              "--form", "radio", "--title", "Bản tin thật", "--airings", "1")
    assert real
    assert "Đã xóa 300 bản ghi mẫu" in ok(db, "demo", "--remove")
    assert [r["title"] for r in records_json(db)] == ["Bản tin thật"]


def test_backup_and_restore(db: Path, tmp_path: Path) -> None:
    kept = ok(db, "log", "add", "--date", "2021-06-21", *RADIO, "--title", "Giữ lại").strip()
    backup = Path(ok(db, "backup").strip())
    assert backup.is_file() and backup.parent == db.parent / "backups"
    ok(db, "log", "add", "--date", "2021-06-22", *RADIO, "--title", "Sau khi sao lưu")
    out = ok(db, "restore", str(backup))
    assert out.startswith(f"Đã khôi phục dữ liệu từ {backup}.")
    safety = Path(out.strip().rsplit(" ", 1)[-1])
    assert safety.is_file() and "before-restore" in safety.name
    assert [r["uuid"] for r in records_json(db)] == [kept]
    named = tmp_path / "usb" / "sao-luu.sqlite"
    named.parent.mkdir()
    assert ok(db, "backup", "--to", str(named)).strip() == str(named)
    assert refused(db, "backup", "--to", str(tmp_path / "no" / "where.sqlite")).startswith(
        "Không có thư mục")
    text = tmp_path / "not-a-backup.sqlite"
    text.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    before = snapshot(db)
    assert refused(db, "restore", str(text)) == (
        f"Tệp {text} không phải là bản sao lưu của OCOP Desktop. "
        "Dữ liệu hiện tại không bị thay đổi.")
    assert refused(db, "restore", str(db)).startswith(f"Tệp {db} chính là tệp dữ liệu")
    assert refused(db, "restore", str(tmp_path / "none.sqlite")).startswith(
        "Không tìm thấy tệp")
    assert snapshot(db) == before


def test_usage_errors_are_one_vietnamese_line(db: Path) -> None:
    assert refused(db, "logg") == "Không có lệnh “logg”. Xem các lệnh: ocop-desktop --help"
    assert refused(db, "log", "list", "--from", "2021-07-01", "--to", "2021-06-01") == (
        "Đến ngày: Ngày kết thúc đứng trước ngày bắt đầu.")
    assert refused(db, "log", "list", "--topic", "NOPE") == "Chủ đề: Không có chủ đề mã “NOPE”."
    assert refused(db, "log", "list", "--form", "fax").startswith("Hình thức:")
    assert refused(db, "log", "delete") == "Thiếu tham số UUID."
    assert refused(db, "log", "list", "extra") == "Thừa tham số: extra."
    assert "add" in ok(db, "log")  # a group without a command shows its help


def test_the_installed_entry_point(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    # A piped stdout on Windows would use the ANSI code page; the CLI still writes UTF-8.
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    result = subprocess.run([sys.executable, "-m", "ocop_desktop", "--db", str(db), "log",
                             "list"], capture_output=True, text=True, encoding="utf-8",
                            timeout=60, env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Chưa có tệp dữ liệu" in result.stderr
    assert not db.exists()
