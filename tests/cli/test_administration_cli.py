"""``cluster``, ``relation``, ``form``, ``source`` and ``log add --cluster`` (issue 13): the
option and JSON field names are a public contract."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.cli.runner import ok, refused

CLUSTER_FIELDS = ["id", "name", "village", "former_unit", "kind", "status", "since"]
# The window and the commands read the real clock, so the tests do too: read per test, never
# at import (a run that crosses midnight would otherwise compare with yesterday).
TODAY: dt.date


@pytest.fixture(autouse=True)
def _today() -> None:
    global TODAY
    TODAY = dt.date.today()


@pytest.fixture
def ward(tmp_path: Path, shared_data: Path) -> Path:
    """A 2025 ward (Phường Tam Thanh, 05986) set up with the 2021 and 2025 lists."""
    db = tmp_path / "ocop.sqlite"
    ok(db, "units", "import", str(shared_data / "lang_son_units_2021.csv"))
    ok(db, "units", "import", str(shared_data / "lang_son_units_2025.csv"),
       "--valid-from", "2025-07-01")
    ok(db, "init", "--unit", "05986", "--role", "station")
    ok(db, "topic", "add", "--code", "OCOP", "--name", "Chương trình OCOP")
    return db


def test_init_of_a_2025_ward_follows_todays_relationship(ward: Path) -> None:
    shown = json.loads(ok(ward, "relation", "show", "--json"))
    assert shown["recipient"] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"
    assert shown["issuing_body"] == "ỦY BAN NHÂN DÂN PHƯỜNG TAM THANH"
    assert shown["drafter"] == "Phòng Văn hóa – Xã hội"
    june = json.loads(ok(ward, "relation", "show", "--date", "2025-06-30", "--json"))
    assert june["recipient"] == "Phòng Văn hóa và Thông tin thành phố Lạng Sơn"
    assert june["unit_name"] == "Xã Hoàng Đồng"
    import sqlite3

    conn = sqlite3.connect(ward)
    settings = json.loads(conn.execute(
        "SELECT value FROM settings WHERE key = 'installation'").fetchone()[0])
    conn.close()
    assert settings["recipient_name"] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"
    assert settings["signer_title"] != "Trưởng Đài truyền thanh"


def test_cluster_commands_as_written_in_the_issue(ward: Path) -> None:
    first = ok(ward, "cluster", "add", "--name", "Cụm loa thôn Nà Cạn", "--village",
               "thôn Nà Cạn", "--kind", "ip").strip()
    second = ok(ward, "cluster", "add", "--name", "Cụm loa Hoàng Đồng", "--former-unit",
                "05986", "--kind", "wired", "--installed", "2025-07-01").strip()
    third = ok(ward, "cluster", "add", "--name", "Cụm loa chợ").strip()
    assert [first, second, third] == ["1", "2", "3"]  # the id only
    yesterday = (TODAY - dt.timedelta(days=1)).isoformat()
    ok(ward, "cluster", "status", second, "--broken", "--since", yesterday, "--note", "sét")
    ok(ward, "cluster", "status", third, "--removed")
    listed = json.loads(ok(ward, "cluster", "list", "--json"))
    assert [list(item) for item in listed] == [CLUSTER_FIELDS] * 3
    assert listed[1] == {"id": 2, "name": "Cụm loa Hoàng Đồng", "village": "",
                         "former_unit": "05986", "kind": "wired", "status": "broken",
                         "since": yesterday}
    assert listed[0]["kind"] == "ip" and listed[0]["status"] == "working"
    assert listed[2]["kind"] is None and listed[2]["status"] == "removed"
    before = json.loads(ok(ward, "cluster", "list", "--date",
                           (TODAY - dt.timedelta(days=2)).isoformat(), "--json"))
    assert [c["id"] for c in before] == [2]  # the others were installed today
    assert before[0]["status"] == "working"
    assert "sớm nhất 01/07/2025" in refused(ward, "cluster", "status", second, "--broken",
                                             "--since", "2025-06-30")
    table = ok(ward, "cluster", "list")
    assert "Cụm loa Hoàng Đồng" in table and "broken" in table

    uuid = ok(ward, "log", "add", "--date", TODAY.isoformat(), "--topic", "OCOP", "--form",
              "radio", "--title", "Tin OCOP", "--items", "1", "--airings", "1", "--minutes",
              "5", "--cluster", first).strip()
    assert len(uuid) == 36
    assert "không hoạt động" in refused(
        ward, "log", "add", "--date", TODAY.isoformat(), "--topic", "OCOP", "--form", "radio",
        "--title", "Tin OCOP", "--items", "1", "--airings", "1", "--minutes", "5",
        "--cluster", first, "--cluster", second)
    assert "Không có cụm loa số 9" in refused(
        ward, "log", "add", "--date", TODAY.isoformat(), "--topic", "OCOP", "--form", "radio",
        "--title", "Tin", "--items", "1", "--cluster", "9")


@pytest.mark.parametrize(("args", "message"), [
    (["cluster", "status", "1"], "--working, --broken hoặc --removed"),
    (["cluster", "status", "99", "--broken"], "Không có cụm loa số 99"),
    (["cluster", "add", "--name", " "], "Chưa nhập"),
    (["cluster", "add", "--name", "A", "--kind", "radio"], "ip, wired, fm"),
    (["cluster", "add", "--name", "A", "--former-unit", "x1"], "không hợp lệ"),
    (["cluster", "status", "1", "--broken", "--since", "2999-01-01"], "tương lai"),
])
def test_bad_cluster_commands_say_what_is_wrong(ward: Path, args: list[str],
                                                message: str) -> None:
    ok(ward, "cluster", "add", "--name", "Cụm 1")
    assert message in refused(ward, *args)


def test_records_outside_a_form_or_source_window_are_refused(ward: Path) -> None:
    line = refused(ward, "log", "add", "--date", "2026-01-10", "--topic", "OCOP", "--form",
                   "relay", "--source", "district", "--title", "Tiếp sóng đài huyện",
                   "--airings", "1", "--minutes", "30")
    assert line == ("Nguồn: Nguồn “Tiếp sóng đài huyện” chỉ có hiệu lực từ … đến 31/12/2025, "
                    "không dùng được cho ngày 10/01/2026.")
    line = refused(ward, "log", "add", "--date", "2024-06-30", "--topic", "OCOP", "--form",
                   "feedback", "--title", "Trả lời kiến nghị", "--items", "1")
    assert line.startswith("Hình thức: Hình thức “Trả lời phản ánh, kiến nghị")
    ok(ward, "log", "add", "--date", "2025-12-31", "--topic", "OCOP", "--form", "relay",
       "--source", "district", "--title", "Tiếp sóng đài huyện", "--airings", "1",
       "--minutes", "30")
    ok(ward, "log", "add", "--date", "2026-01-10", "--topic", "OCOP", "--form", "relay",
       "--source", "province-system", "--title", "Hệ thống thông tin nguồn tỉnh",
       "--airings", "1", "--minutes", "30")


def test_forms_and_sources_with_their_windows(ward: Path) -> None:
    forms = {f["code"]: f for f in json.loads(ok(ward, "form", "list", "--json",
                                                 "--date", "2021-06-01"))}
    assert forms["print"]["name"] == "Bản tin, tờ rơi, sách mỏng, ấn phẩm"
    assert forms["feedback"]["valid"] is False
    now = {f["code"]: f for f in json.loads(ok(ward, "form", "list", "--json"))}
    assert now["print"]["name"] == "Bản tin thông tin cơ sở"
    assert now["propagandist"]["from"] == "2024-07-01"
    sources = {s["code"]: s for s in json.loads(ok(ward, "source", "list", "--json"))}
    assert sources["district"]["to"] == "2025-12-31"
    assert sources["central-system"]["name"] == "Hệ thống thông tin nguồn trung ương"
    ok(ward, "source", "validity", "district", "--to", "2025-09-30")
    assert json.loads(ok(ward, "source", "list", "--json"))[3]["to"] == "2025-09-30"
    assert "không dùng được" in refused(
        ward, "log", "add", "--date", "2025-10-01", "--topic", "OCOP", "--form", "relay",
        "--source", "district", "--title", "x", "--airings", "1", "--minutes", "1")
    assert "Không có hình thức" in refused(ward, "form", "validity", "nope", "--to",
                                           "2025-01-01")


def test_relations_are_editable_from_the_cli(ward: Path) -> None:
    rows = json.loads(ok(ward, "relation", "list", "--json"))
    assert len(rows) == 6
    new_id = ok(ward, "relation", "add", "--unit", "05986", "--from", "2026-01-01",
                "--recipient", "Văn phòng UBND {unit}", "--issuing-body",
                "Ủy ban nhân dân {unit}").strip()
    shown = json.loads(ok(ward, "relation", "show", "--json", "--date", "2026-02-01"))
    assert shown["recipient"] == "Văn phòng UBND phường Tam Thanh"
    ok(ward, "relation", "set", new_id, "--recipient", "Sở VHTTDL {province}")
    shown = json.loads(ok(ward, "relation", "show", "--json", "--date", "2026-02-01"))
    assert shown["recipient"] == "Sở VHTTDL tỉnh Lạng Sơn"
    assert "{tinh}" in refused(ward, "relation", "set", new_id, "--recipient", "Sở {tinh}")
    ok(ward, "relation", "delete", new_id)
    assert len(json.loads(ok(ward, "relation", "list", "--json"))) == 6
    assert "Không có quan hệ báo cáo số 99" in refused(ward, "relation", "set", "99",
                                                       "--note", "x")


def test_clusters_from_a_merge_map(tmp_path: Path, shared_data: Path) -> None:
    db = tmp_path / "ocop.sqlite"
    ok(db, "units", "import", str(shared_data / "lang_son_units_2021.csv"))
    ok(db, "units", "import", str(shared_data / "lang_son_units_2025.csv"),
       "--valid-from", "2025-07-01")
    # 65 links came with the 2025 list (codes it reuses); the map adds the other 131.
    assert "131 liên kết đơn vị mới – đơn vị cũ được thêm, 65 đã có" in ok(
        db, "units", "import", str(shared_data / "lang_son_2025_merge_map.csv"))
    ok(db, "init", "--unit", "06001", "--role", "station")
    assert "Đã tạo 3 cụm loa từ 3 xã cũ" in ok(db, "cluster", "from-former-units",
                                                 "--kind", "wired")
    listed = json.loads(ok(db, "cluster", "list", "--json"))
    assert sorted(c["former_unit"] for c in listed) == ["05998", "06001", "06010"]
    assert {c["since"] for c in listed} == {"2025-07-01"}
    assert "Đã tạo 0 cụm loa" in ok(db, "cluster", "from-former-units")
