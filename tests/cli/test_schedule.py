"""``ocop-desktop schedule``: the contract of add, list, tick and status, and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ocop_desktop import operations
from ocop_desktop.domain.records import Directive, Topic
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from tests.cli.runner import ok, refused

# The commands read the real clock, so the tests do too: read per test, never at import (a
# run that crosses midnight would otherwise compare with yesterday).
TODAY: dt.date
START: dt.date  # two weeks of history, today included


@pytest.fixture(autouse=True)
def _today() -> None:
    global TODAY, START
    TODAY = dt.date.today()
    START = TODAY - dt.timedelta(days=13)








@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    ok(path, "init", "--unit", "05986", "--role", "station", "--name", "Xã Hoàng Đồng")
    database = open_database(path)
    repo = Repository(database)
    operations.save_directive(repo, directive=Directive(
        "1234/STTTT-TTBCXB", dt.date(2021, 6, 20), "Sở Thông tin và Truyền thông",
        "Tuyên truyền Quyết định 861/QĐ-TTg và Chương trình OCOP"))
    operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP", "1234/STTTT-TTBCXB"))
    operations.save_topic(repo, topic=Topic("QD861", "Quyết định 861/QĐ-TTg"))
    database.close()
    return path


def add_news(db: Path, *extra: str) -> int:
    out = ok(db, "schedule", "add", "--days", "mon,tue,wed,thu,fri,sat,sun", "--time",
             "17:00", "--minutes", "30", "--form", "radio", "--topic", "OCOP", "--title",
             "Bản tin xã", "--from", START.isoformat(), *extra)
    return int(out.strip())


def counts(db: Path) -> tuple[int, int, int]:
    database = open_database(db)
    try:
        return tuple(database.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore
                     for t in ("schedule_slots", "schedule_ticks", "records"))
    finally:
        database.close()


def test_add_prints_the_id_and_list_shows_the_slot(db: Path) -> None:
    first = add_news(db)
    second = int(ok(db, "schedule", "add", "--days", "mon,wed,fri", "--time", "05:30",
                    "--minutes", "15", "--form", "relay", "--topic", "QD861", "--title",
                    "Tiếp sóng VOV", "--language", "tay", "--source", "vov", "--from",
                    "2021-06-01", "--to", "2031-12-31").strip())
    assert second == first + 1
    listed = json.loads(ok(db, "schedule", "list", "--json"))
    assert listed == [
        {"id": second, "days": ["mon", "wed", "fri"], "date": None, "time": "05:30",
         "minutes": 15, "form": "relay", "topic": "QD861", "title": "Tiếp sóng VOV",
         "language": "tay", "source": "vov", "from": "2021-06-01", "to": "2031-12-31",
         "unit": "05986"},
        {"id": first, "days": list(("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
         "date": None, "time": "17:00", "minutes": 30, "form": "radio", "topic": "OCOP",
         "title": "Bản tin xã", "language": "vi", "source": None, "from": START.isoformat(),
         "to": None, "unit": "05986"},
    ]
    text = ok(db, "schedule", "list")
    assert "Tiếp sóng VOV" in text and "mon,wed,fri" in text


def test_tick_and_status(db: Path) -> None:
    slot = add_news(db)
    yesterday = TODAY - dt.timedelta(days=1)
    first = ok(db, "schedule", "tick", "--date", START.isoformat(), "--slot", str(slot))
    assert "1 buổi mới" in first
    # Twice: nothing new is logged.
    again = ok(db, "schedule", "tick", "--date", START.isoformat(), "--slot", str(slot))
    assert "1 buổi không đổi" in again
    ok(db, "schedule", "tick", "--date", (START + dt.timedelta(days=1)).isoformat(),
       "--not-aired", "power")
    ok(db, "schedule", "tick", "--date", (START + dt.timedelta(days=2)).isoformat(),
       "--slot", str(slot), "--not-aired", "weather")
    ok(db, "log", "add", "--date", yesterday.isoformat(), "--time", "09:00", "--topic",
       "OCOP", "--form", "radio", "--title", "Phát thêm", "--airings", "2", "--minutes", "10")
    assert counts(db) == (1, 3, 2)
    period = f"{START.isoformat()}..{yesterday.isoformat()}"
    status = json.loads(ok(db, "schedule", "status", "--period", period, "--json"))
    assert status["period"] == period
    expected = {"planned": 13, "aired": 1, "not_aired": 2, "pending": 10, "unplanned": 2,
                "not_aired_reasons": {"power": 1, "equipment": 0, "weather": 1, "other": 0}}
    assert {k: status["total"][k] for k in expected} == expected
    [topic] = status["topics"]
    assert topic["topic"] == "OCOP" and topic["name"] == "Chương trình OCOP"
    assert {k: topic[k] for k in expected} == expected
    text = ok(db, "schedule", "status", "--period", period)
    assert "Tổng cộng" in text and "Mất điện: 1" in text and "Thời tiết: 1" in text


def test_tick_without_slot_ticks_every_slot_of_the_day(db: Path) -> None:
    add_news(db)
    add_news(db, "--time", "06:00")
    out = ok(db, "schedule", "tick", "--date", START.isoformat())
    assert "2 buổi mới" in out
    assert counts(db) == (2, 2, 2)


def test_edit_and_remove(db: Path) -> None:
    slot = add_news(db)
    ok(db, "schedule", "tick", "--date", START.isoformat(), "--slot", str(slot))
    assert "Đã sửa" in ok(db, "schedule", "edit", str(slot), "--minutes", "45")
    [listed] = json.loads(ok(db, "schedule", "list", "--json"))
    assert listed["minutes"] == 45 and listed["id"] == slot
    status = json.loads(ok(db, "schedule", "status", "--period",
                           f"{START.isoformat()}..{START.isoformat()}", "--json"))
    assert status["total"]["planned_minutes"] == 30  # the past keeps its plan
    ok(db, "schedule", "remove", str(slot))
    assert json.loads(ok(db, "schedule", "list", "--json")) == []
    assert len(json.loads(ok(db, "schedule", "list", "--all", "--json"))) == 1


def test_targets(db: Path) -> None:
    ok(db, "schedule", "target", "set", "--topic", "OCOP", "--measure", "airings", "--per",
       "week", "--at-least", "3")
    assert json.loads(ok(db, "schedule", "target", "list", "--json")) == [
        {"topic": "OCOP", "measure": "airings", "per": "week", "at_least": 3}]
    assert "Chủ đề" in refused(db, "schedule", "target", "set", "--topic", "NONE", "--measure",
                               "airings", "--per", "week", "--at-least", "3")


@pytest.mark.parametrize(("args", "words"), [
    (("add", "--days", "mon,funday", "--time", "17:00", "--minutes", "30", "--form", "radio",
      "--topic", "OCOP", "--title", "X"), "funday"),
    (("add", "--days", "mon", "--time", "25:00", "--minutes", "30", "--form", "radio",
      "--topic", "OCOP", "--title", "X"), "25:00"),
    (("add", "--days", "mon", "--time", "17:00", "--minutes", "ba", "--form", "radio",
      "--topic", "OCOP", "--title", "X"), "số nguyên"),
    (("add", "--days", "mon", "--time", "17:00", "--minutes", "0", "--form", "radio",
      "--topic", "OCOP", "--title", "X"), "Số phút"),
    (("add", "--days", "mon", "--time", "17:00", "--minutes", "30", "--form", "press",
      "--topic", "OCOP", "--title", "X"), "press"),
    (("add", "--days", "mon", "--time", "17:00", "--minutes", "30", "--form", "radio",
      "--topic", "NOPE", "--title", "X"), "NOPE"),
    (("add", "--time", "17:00", "--minutes", "30", "--form", "radio", "--topic", "OCOP",
      "--title", "X"), "--days"),
    (("add", "--days", "mon", "--time", "17:00", "--minutes", "30", "--form", "radio",
      "--topic", "OCOP", "--title", "X", "--from", "2021-06-30", "--to", "2021-06-01"),
     "Ngày kết thúc"),
    (("tick", "--date", "2021-13-01"), "2021-13-01"),
    (("tick", "--date", "2099-01-01"), "tương lai"),
    (("tick", "--date", "2020-01-01"), "Không có khung giờ"),
    (("tick", "--date", "{start}", "--slot", "99"), "99"),
    (("tick", "--date", "{start}", "--not-aired", "rain"), "rain"),
    (("status", "--period", "2021-13"), "2021-13"),
    (("edit", "99", "--minutes", "5"), "99"),
])
def test_bad_input_is_one_vietnamese_line_and_writes_nothing(
        db: Path, args: tuple[str, ...], words: str) -> None:
    add_news(db)
    before = counts(db)
    line = refused(db, "schedule", *(a.replace("{start}", START.isoformat()) for a in args))
    assert words in line
    assert counts(db) == before
