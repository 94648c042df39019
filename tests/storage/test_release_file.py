"""A data file made by ocop-desktop 0.1.0 (migrations 0001–0006, made with that release's own
code: tests/data/release_0_1_0/README.md) migrates to 0009–0010 and reports the same totals,
under the names valid on each record's date."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ocop_desktop.domain.catalogue import FORM_NAME_HISTORY, FORMS
from ocop_desktop.operations.reports import build_summary, resolve_period
from ocop_desktop.storage.database import open_database, pending_steps
from ocop_desktop.storage.migrations import migration_set
from ocop_desktop.storage.repository import Repository

DATA = Path(__file__).resolve().parents[1] / "data" / "release_0_1_0"
RELEASE_STEPS = ["0001_catalogues", "0002_records", "0005_outbox", "0003_reports",
                 "0006_schedule", "0004_imports"]
DISTRICT_END = dt.date(2025, 12, 31)


@pytest.fixture
def migrated(tmp_path: Path) -> Any:
    path = tmp_path / "release.sqlite"
    with gzip.open(DATA / "release.sqlite.gz") as packed, open(path, "wb") as out:
        shutil.copyfileobj(packed, out)
    conn = sqlite3.connect(path)
    steps = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    before = conn.execute("SELECT uuid, form_code, source, date, items, airings, minutes, "
                          "copies, participants FROM records ORDER BY uuid").fetchall()
    conn.close()
    assert sorted(steps) == sorted(RELEASE_STEPS)  # really the release's file
    db = open_database(path)
    yield Repository(db), before
    db.close()


def expected_name(code: str, day: dt.date) -> str:
    for former in FORM_NAME_HISTORY:
        if former.code == code and day <= former.valid_to and (
                former.valid_from is None or former.valid_from <= day):
            return former.name
    return next(f.name for f in FORMS if f.code == code)


def test_every_step_is_applied_and_records_keep_their_codes(migrated: Any) -> None:
    repo, before = migrated
    assert pending_steps(repo.db) == []
    after = repo.db.execute("SELECT uuid, form_code, source, date, items, airings, minutes, "
                            "copies, participants FROM records ORDER BY uuid").fetchall()
    assert len(after) == len(before) == 120
    forms_before = {row[1] for row in before}
    assert forms_before == {"radio", "relay", "tv", "press", "web", "social", "sms", "board",
                            "print", "banner", "meeting"}  # every form of the release
    assert {row[2] for row in before} == {None, "self", "vov", "province", "district"}
    for old, new in zip(before, after, strict=True):
        assert old[:2] == new[:2] and old[3:] == new[3:]  # codes, dates, measures unchanged
        if old[2] == "district" and dt.date.fromisoformat(old[3]) > DISTRICT_END:
            assert new[2] == "province"  # the one mapping, said in the changelog
        else:
            assert new[2] == old[2]
    moved = repo.db.execute("SELECT count(*) FROM audit_log WHERE action = 'migrate'")
    assert moved.fetchone()[0] == 3  # radio, relay and tv records of 15/01/2026
    assert repo.setting("migration_0009_moved") == "3"


@pytest.mark.parametrize("period", ["2021-06", "2024", "2024-06", "2024-07", "2025", "2026",
                                    "2026-01"])
def test_reports_have_the_same_totals_under_the_names_of_their_dates(migrated: Any,
                                                                     period: str) -> None:
    repo, _ = migrated
    release = json.loads((DATA / "release-summaries.json").read_text(encoding="utf-8"))[period]
    now = build_summary(repo, period=resolve_period(repo, period=period)).as_json()
    assert now["totals"] == release["totals"]
    assert now["topics"] == release["topics"]
    assert now["broadcast_minutes"]["total"] == release["broadcast_minutes"]["total"]
    assert now["broadcast_minutes"]["by_language"] == release["broadcast_minutes"]["by_language"]
    by_source = dict(release["broadcast_minutes"]["by_source"])
    start = dt.date.fromisoformat(release["period"]["start"])
    end = dt.date.fromisoformat(release["period"]["end"])
    if start > DISTRICT_END:
        by_source["province"] += by_source.pop("district")  # relays of the provincial station
        for code in ("central-system", "province-system"):
            by_source.setdefault(code, 0)
    elif end >= dt.date(2024, 7, 1):
        for code in ("central-system", "province-system"):
            by_source.setdefault(code, 0)
    assert now["broadcast_minutes"]["by_source"] == by_source
    # The same forms with the same measures, named as on the records' dates.
    assert [(f["code"], f["measures"]) for f in now["forms"]] == sorted(
        [(f["code"], f["measures"]) for f in release["forms"]],
        key=lambda item: next(x.sort_order for x in FORMS if x.code == item[0]))
    for form in now["forms"]:
        if start < dt.date(2024, 7, 1) <= end or start <= DISTRICT_END < end:
            assert form["name"].startswith(expected_name(form["code"], end))
        else:
            assert form["name"] == expected_name(form["code"], end)
    if end < dt.date(2024, 7, 1):  # before Decree 49 every name is the release's
        assert [f["name"] for f in now["forms"]] == [
            next(r["name"] for r in release["forms"] if r["code"] == f["code"])
            for f in now["forms"]]


def test_a_planned_district_relay_is_cut_at_the_end_of_2025(tmp_path: Path) -> None:
    from sqlite_utils import Database

    path = tmp_path / "old.sqlite"
    old = Database(path)
    migration_set().apply(old, stop_before="0009_validity_and_relations")
    old.execute("INSERT INTO topics (code, name, name_key, created_at) "
                "VALUES ('OCOP', 'OCOP', 'ocop', 'x')")
    old.execute("INSERT INTO schedule_slots (id, created_at) VALUES (1, 'x'), (2, 'x')")
    for slot, source, valid_from in ((1, "district", "2025-01-01"), (2, "vov", "2025-01-01")):
        old.execute(
            "INSERT INTO schedule_slot_versions (slot_id, unit_code, days, start_time, "
            "minutes, form_code, topic_code, title, language, source, valid_from, created_at) "
            "VALUES (?, '05986', '0,2,4', '17:00', 30, 'relay', 'OCOP', 'Tiếp sóng', 'vi', ?, "
            "?, 'x')", [slot, source, valid_from])
    old.conn.commit()
    old.close()
    db = open_database(path)
    try:
        versions = db.execute("SELECT slot_id, source, valid_from, valid_to FROM "
                              "schedule_slot_versions ORDER BY slot_id, id").fetchall()
    finally:
        db.close()
    assert versions == [(1, "district", "2025-01-01", "2025-12-31"),
                        (1, "province", "2026-01-01", None),
                        (2, "vov", "2025-01-01", None)]
