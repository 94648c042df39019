"""Importing units' reports: every rule of issue 4 with workbooks made by the real exporter.

The installations are separate data files with the real 2021 Lạng Sơn units: communes
05986 (Xã Hoàng Đồng) and 05983 (Phường Chi Lăng) under district 178 (Thành phố Lạng Sơn)
under province 20.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ocop_desktop import operations
from ocop_desktop.domain.exchange import ChildState, ExchangeError, ImportOutcome
from ocop_desktop.domain.exchange import ImportProblemCode as P
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Role, Topic
from ocop_desktop.excel.columns import DATA_HEADERS, DATA_SHEET, MANIFEST_KEYS
from ocop_desktop.operations import exchange
from ocop_desktop.storage.imports import ImportStore
from ocop_desktop.storage.repository import Repository
from tests.conftest import make_record
from tests.exchange_helpers import Installations, live_uuids, log, write_data_sheet

JUNE = dt.date(2021, 6, 21)
DATA_ROW = len(MANIFEST_KEYS) + 3  # first record row: manifest, empty row, header


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def _counts(result: exchange.ImportResult | exchange.ImportPreview) -> tuple[int, int, int, int]:
    return result.new, result.changed, result.unchanged, result.removed


def _table_counts(repo: Repository) -> dict[str, int]:
    return {table: repo.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("records", "import_batches", "import_changes", "import_added",
                          "topics", "audit_log")}


# -- the same file twice, corrected resends, stale files ------------------------------------

def test_same_file_twice_changes_nothing(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 3, date=JUNE)
    district = places.make("178")
    report = places.export(commune, "2021-06")

    preview = exchange.preview_import(district, path=report)
    assert (preview.sender_code, preview.period_key, preview.outcome) == (
        "05986", "2021-06", ImportOutcome.IMPORTED)
    assert _counts(preview) == (3, 0, 0, 0)
    assert district.record_count() == 0  # a preview writes nothing

    first = exchange.commit_import(district, path=report)
    assert (_counts(first), first.outcome) == ((3, 0, 0, 0), ImportOutcome.IMPORTED)
    again = exchange.commit_import(district, path=report)
    assert (_counts(again), again.outcome) == ((0, 0, 3, 0), ImportOutcome.UNCHANGED)
    assert live_uuids(district) == live_uuids(commune)
    register = exchange.import_batches(district)
    assert [b.result for b in register] == [ImportOutcome.UNCHANGED, ImportOutcome.IMPORTED]
    assert register[1].file_name == report.name and len(register[1].file_hash) == 64
    assert register[1].sender_name == "Xã Hoàng Đồng"


def test_records_keep_uuid_unit_and_who_entered_them(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    (record,) = log(commune, 1, date=JUNE, time=dt.time(6, 30), location="Thôn Nà Lầm",
                    notes="=1+1 không phải công thức")
    district = places.make("178")
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    stored = district.record(record.uuid)
    assert stored is not None
    assert stored.replace(created_at=record.created_at) == commune.record(record.uuid)


def test_corrected_resend_updates_adds_and_removes(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    kept, edited, dropped = log(commune, 3, date=JUNE)
    district = places.make("178")
    exchange.commit_import(district, path=places.export(commune, "2021-06"))

    operations.save_record(commune, record=edited.replace(minutes=45))
    operations.set_records_deleted(commune, uuids=[dropped.uuid], deleted=True)
    (added,) = log(commune, 1, date=JUNE, title="Bản tin bổ sung")
    result = exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert (_counts(result), result.outcome) == ((1, 1, 1, 1), ImportOutcome.IMPORTED)
    assert live_uuids(district) == {kept.uuid, edited.uuid, added.uuid}
    changed = district.record(edited.uuid)
    assert changed is not None and changed.minutes == 45
    removed = district.record(dropped.uuid)
    assert removed is not None and removed.deleted  # kept as deleted, never erased


def test_an_older_file_is_refused_as_stale(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    older = places.export(commune, "2021-06")
    log(commune, 1, date=JUNE, title="Tin mới")
    newer = places.export(commune, "2021-06")
    district = places.make("178")
    assert exchange.commit_import(district, path=newer).new == 3
    before = _table_counts(district)
    stale = exchange.commit_import(district, path=older)
    assert stale.outcome is ImportOutcome.REFUSED
    (problem,) = stale.problems
    assert (problem.code, problem.sheet, problem.column) == (P.STALE, DATA_SHEET, "generated_at")
    assert problem.params["latest_file"] == newer.name
    assert _table_counts(district) == before


def test_undone_import_no_longer_makes_older_files_stale(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 1, date=JUNE)
    older = places.export(commune, "2021-06")
    log(commune, 1, date=JUNE)
    newer = places.export(commune, "2021-06")
    district = places.make("178")
    batch = exchange.commit_import(district, path=newer).batch_id
    assert batch is not None
    exchange.undo_import(district, batch_id=batch)
    assert exchange.commit_import(district, path=older).outcome is ImportOutcome.IMPORTED


# -- who may send what -------------------------------------------------------------------

def _commune_of(places: Installations, district: str) -> str:
    probe = places.make("20", name="probe")
    return probe.children(district, JUNE)[0].code


def test_sender_outside_this_office_is_refused(places: Installations) -> None:
    other = _commune_of(places, "180")  # a commune of Tràng Định, not of district 178
    commune = places.make(other, Role.STATION)
    log(commune, 1, date=JUNE, unit_code=other)
    district = places.make("178")
    result = exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert result.outcome is ImportOutcome.REFUSED
    (problem,) = result.problems
    assert (problem.code, problem.row, problem.column) == (P.SENDER_OUTSIDE, 3, "sender_code")
    assert problem.params["office"] == "Thành phố Lạng Sơn"
    assert district.record_count() == 0


def test_own_report_and_unknown_sender_are_refused(places: Installations,
                                                     tmp_path: Path) -> None:
    district = places.make("178")
    own = write_data_sheet(tmp_path / "own.xlsx", [], sender="178", level="district")
    assert [p.code for p in exchange.preview_import(district, path=own).problems] == [
        P.OWN_REPORT]
    unknown = write_data_sheet(tmp_path / "x.xlsx", [], sender="99999")
    assert [p.code for p in exchange.preview_import(district, path=unknown).problems] == [
        P.SENDER_UNKNOWN]


def test_record_of_a_unit_outside_the_sender_is_refused(places: Installations,
                                                          tmp_path: Path) -> None:
    district = places.make("178")
    records = [make_record(date=JUNE), make_record(date=JUNE, unit_code="05983")]
    path = write_data_sheet(tmp_path / "r.xlsx", records, sender="05986")
    result = exchange.commit_import(district, path=path)
    (problem,) = result.problems
    assert (problem.code, problem.sheet, problem.row, problem.column, problem.column_letter,
            problem.value) == (P.RECORD_OUTSIDE_SENDER, DATA_SHEET, DATA_ROW + 1, "unit", "B",
                               "05983")
    assert district.record_count() == 0


def test_record_outside_the_period_and_invalid_records_are_refused(
        places: Installations, tmp_path: Path) -> None:
    district = places.make("178")
    records = [make_record(date=dt.date(2021, 7, 1)),
               make_record(date=JUNE, form_code="radio", copies=5),
               make_record(date=JUNE, form_code="telegraph")]
    path = write_data_sheet(tmp_path / "r.xlsx", records, sender="05986")
    problems = exchange.preview_import(district, path=path).problems
    assert [(p.code, p.row, p.column) for p in problems] == [
        (P.RECORD_OUTSIDE_PERIOD, DATA_ROW, "date"),
        (P.INVALID_RECORD, DATA_ROW + 1, "copies"),
        (P.INVALID_RECORD, DATA_ROW + 2, "form")]


def test_a_station_cannot_import(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    other = places.make("05983", Role.STATION)
    log(other, 1, date=JUNE, unit_code="05983")
    result = exchange.commit_import(commune, path=places.export(other, "2021-06"))
    assert [p.code for p in result.problems] == [P.SENDER_OUTSIDE]


# -- files that are not what they claim ------------------------------------------------------

def _edit(path: Path, row: int, column: str, value: object) -> None:
    workbook = openpyxl.load_workbook(path)
    workbook[DATA_SHEET].cell(row, DATA_HEADERS.index(column) + 1).value = value
    workbook.save(path)


def test_data_edited_by_hand_is_refused(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    report = places.export(commune, "2021-06")
    _edit(report, DATA_ROW + 1, "minutes", "99")
    district = places.make("178")
    result = exchange.commit_import(district, path=report)
    (problem,) = result.problems
    assert (problem.code, problem.file, problem.sheet) == (P.HASH_MISMATCH, report.name,
                                                           DATA_SHEET)
    assert district.record_count() == 0 and exchange.import_batches(district) == []


def test_wrong_type_in_a_cell_is_refused_with_its_place(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    report = places.export(commune, "2021-06")
    _edit(report, DATA_ROW + 1, "airings", "hai")
    result = exchange.commit_import(places.make("178"), path=report)
    assert [(p.code, p.row, p.column, p.column_letter, p.value) for p in result.problems] == [
        (P.BAD_CELL, DATA_ROW + 1, "airings", "I", "hai"), (P.HASH_MISMATCH, 15, "data_hash",
                                                            "B", "")]


def test_unknown_version_and_foreign_workbooks_are_refused(places: Installations,
                                                            tmp_path: Path) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 1, date=JUNE)
    report = places.export(commune, "2021-06")
    workbook = openpyxl.load_workbook(report)
    workbook[DATA_SHEET]["B2"] = "7"
    workbook.save(report)
    district = places.make("178")
    assert [p.code for p in exchange.commit_import(district, path=report).problems] == [
        P.UNKNOWN_VERSION]
    foreign = tmp_path / "bang-luong.xlsx"
    openpyxl.Workbook().save(foreign)
    assert [p.code for p in exchange.commit_import(district, path=foreign).problems] == [
        P.NO_DATA_SHEET]
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(report.read_bytes()[:3000])
    assert [p.code for p in exchange.commit_import(district, path=broken).problems] == [
        P.CORRUPT]
    assert district.record_count() == 0


def test_a_report_resaved_without_changes_still_imports(places: Installations) -> None:
    """openpyxl re-saves the way a spreadsheet does: new bytes, same values."""
    commune = places.make("05986", Role.STATION)
    log(commune, 3, date=JUNE)
    report = places.export(commune, "2021-06")
    original = report.read_bytes()
    openpyxl.load_workbook(report).save(report)
    assert report.read_bytes() != original
    result = exchange.commit_import(places.make("178"), path=report)
    assert (_counts(result), result.outcome) == ((3, 0, 0, 0), ImportOutcome.IMPORTED)


# -- topics this office does not know ---------------------------------------------------------

def test_unknown_topics_are_created_from_the_file(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 1, date=JUNE, topic_code="QD861")
    log(commune, 1, date=JUNE, topic_code="OCOP")
    district = places.make("178")
    assert district.topics() == []
    result = exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert sorted((t.code, t.name) for t in result.new_topics) == [
        ("OCOP", "Chương trình OCOP 2021–2025"), ("QD861", "Quyết định 861/QĐ-TTg")]
    assert {t.code for t in district.topics()} == {"OCOP", "QD861"}
    # Undo takes the topics away again (nothing else uses them).
    assert result.batch_id is not None
    exchange.undo_import(district, batch_id=result.batch_id)
    assert district.topics() == []


# -- two paths: commune → district → province, and commune → province directly ---------------

def test_chain_commune_district_province_counts_nothing_twice(places: Installations) -> None:
    hoang_dong = places.make("05986", Role.STATION)
    chi_lang = places.make("05983", Role.STATION)
    log(hoang_dong, 3, date=JUNE)
    log(chi_lang, 2, date=JUNE, unit_code="05983")
    district = places.make("178")
    for station in (hoang_dong, chi_lang):
        assert exchange.commit_import(district, path=places.export(station, "2021-06")).new
    province = places.make("20")
    consolidated = places.export(district, "2021-06")
    result = exchange.commit_import(province, path=consolidated)
    assert (_counts(result), result.sender_code) == ((5, 0, 0, 0), "178")
    assert live_uuids(province) == live_uuids(hoang_dong) | live_uuids(chi_lang)
    by_unit = dict(province.db.execute(
        "SELECT unit_code, count(*) FROM records WHERE deleted = 0 GROUP BY unit_code"))
    assert by_unit == {"05986": 3, "05983": 2}  # the province still sees each commune
    # The commune's own report reaching the province as well adds nothing.
    direct = exchange.commit_import(province, path=places.export(hoang_dong, "2021-06"))
    assert (_counts(direct), direct.outcome, direct.conflicts) == (
        (0, 0, 3, 0), ImportOutcome.UNCHANGED, ())
    assert province.record_count() == 5


def _chain(places: Installations) -> tuple[Repository, Repository, Repository]:
    commune = places.make("05986", Role.STATION)
    district = places.make("178")
    province = places.make("20")
    return commune, district, province


def test_newer_version_from_the_commune_wins_over_the_district_copy(
        places: Installations) -> None:
    commune, district, province = _chain(places)
    (record,) = log(commune, 1, date=JUNE)
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    via_district = places.export(district, "2021-06")
    operations.save_record(commune, record=record.replace(minutes=30))
    direct = places.export(commune, "2021-06")

    # The commune's newer version first, then the district's older copy: the newer stays.
    assert exchange.commit_import(province, path=direct).new == 1
    late = exchange.commit_import(province, path=via_district)
    assert _counts(late) == (0, 0, 1, 0)
    (conflict,) = late.conflicts
    assert (conflict.uuid, conflict.winner, conflict.existing_source) == (
        record.uuid, "existing", "05986")
    stored = province.record(record.uuid)
    assert stored is not None and stored.minutes == 30


def test_newer_version_arriving_second_replaces_the_older(places: Installations) -> None:
    commune, district, province = _chain(places)
    (record,) = log(commune, 1, date=JUNE)
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert exchange.commit_import(province, path=places.export(district, "2021-06")).new == 1
    operations.save_record(commune, record=record.replace(minutes=30))
    direct = exchange.commit_import(province, path=places.export(commune, "2021-06"))
    assert _counts(direct) == (0, 1, 0, 0)
    (conflict,) = direct.conflicts
    assert (conflict.winner, conflict.existing_source) == ("file", "178")
    stored = province.record(record.uuid)
    assert stored is not None and stored.minutes == 30


def test_district_file_does_not_remove_what_came_directly_from_the_commune(
        places: Installations) -> None:
    commune, district, province = _chain(places)
    (early,) = log(commune, 1, date=JUNE)
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert exchange.commit_import(province, path=places.export(district, "2021-06")).new == 1
    # The commune logs more and sends straight to the province; the district has not
    # imported it when it sends its corrected report.
    (direct_only,) = log(commune, 1, date=JUNE, title="Chỉ gửi thẳng lên tỉnh")
    assert exchange.commit_import(province, path=places.export(commune, "2021-06")).new == 1
    resend = exchange.commit_import(province, path=places.export(district, "2021-06"))
    assert _counts(resend) == (0, 0, 1, 0)
    (conflict,) = resend.conflicts
    assert (conflict.uuid, conflict.file_updated_at, conflict.winner) == (
        direct_only.uuid, None, "existing")
    assert live_uuids(province) == {early.uuid, direct_only.uuid}


def test_commune_deletion_reaches_the_province_through_the_district(
        places: Installations) -> None:
    commune, district, province = _chain(places)
    kept, dropped = log(commune, 2, date=JUNE)
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    exchange.commit_import(province, path=places.export(district, "2021-06"))
    operations.set_records_deleted(commune, uuids=[dropped.uuid], deleted=True)
    assert _counts(exchange.commit_import(
        district, path=places.export(commune, "2021-06"))) == (0, 0, 1, 1)
    resend = exchange.commit_import(province, path=places.export(district, "2021-06"))
    assert _counts(resend) == (0, 0, 1, 1)
    assert live_uuids(province) == {kept.uuid}


def test_commune_deletion_sent_directly_removes_the_district_copy(
        places: Installations) -> None:
    commune, district, province = _chain(places)
    kept, dropped = log(commune, 2, date=JUNE)
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    exchange.commit_import(province, path=places.export(district, "2021-06"))
    operations.set_records_deleted(commune, uuids=[dropped.uuid], deleted=True)
    # The commune made this file after its record's last change: it speaks for it.
    direct = exchange.commit_import(province, path=places.export(commune, "2021-06"))
    assert _counts(direct) == (0, 0, 1, 1)
    assert live_uuids(province) == {kept.uuid}
    # The district's old copy, arriving again, does not bring the record back.
    again = exchange.commit_import(province, path=places.export(district, "2021-06"))
    assert live_uuids(province) == {kept.uuid}
    assert again.new == 0 and again.changed == 0


# -- undo -------------------------------------------------------------------------------------

def test_undo_puts_everything_back(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    kept, edited, dropped = log(commune, 3, date=JUNE)
    district = places.make("178")
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    before = {r.uuid: r for r in district.iter_records(operations_query())}
    operations.save_record(commune, record=edited.replace(minutes=45))
    operations.set_records_deleted(commune, uuids=[dropped.uuid], deleted=True)
    log(commune, 1, date=JUNE)
    second = exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert _counts(second) == (1, 1, 1, 1) and second.batch_id is not None

    changes = exchange.undo_import(district, batch_id=second.batch_id)
    assert (changes.deleted, changes.updated) == (1, 2)
    assert {r.uuid: r for r in district.iter_records(operations_query())} == before
    # The live-record counter the log opens on follows imports and their undo.
    assert district.record_count() == district.db.execute(
        "SELECT count(*) FROM records WHERE deleted = 0").fetchone()[0] == 3
    (entry, _) = exchange.import_batches(district)
    assert entry.undone_at is not None
    with pytest.raises(ExchangeError) as again:
        exchange.undo_import(district, batch_id=second.batch_id)
    assert again.value.problems[0].code is P.ALREADY_UNDONE
    with pytest.raises(ExchangeError) as missing:
        exchange.undo_import(district, batch_id=999)
    assert missing.value.problems[0].code is P.BATCH_NOT_FOUND


def operations_query():  # every record, deleted ones too
    from ocop_desktop.domain.records import RecordQuery

    return RecordQuery(include_deleted=True)


def test_undo_is_refused_when_a_later_import_changed_the_records(
        places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    (record,) = log(commune, 1, date=JUNE)
    district = places.make("178")
    first = exchange.commit_import(district, path=places.export(commune, "2021-06"))
    operations.save_record(commune, record=record.replace(minutes=45))
    second = exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert first.batch_id is not None and second.batch_id is not None
    before = _table_counts(district)
    with pytest.raises(ExchangeError) as blocked:
        exchange.undo_import(district, batch_id=first.batch_id)
    (problem,) = blocked.value.problems
    assert (problem.code, problem.params["later_id"], problem.params["count"]) == (
        P.UNDO_BLOCKED, second.batch_id, 1)
    assert _table_counts(district) == before
    exchange.undo_import(district, batch_id=second.batch_id)
    exchange.undo_import(district, batch_id=first.batch_id)
    assert district.record_count() == 0


def test_undo_is_refused_after_an_edit_by_hand(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    (record,) = log(commune, 1, date=JUNE)
    district = places.make("178")
    result = exchange.commit_import(district, path=places.export(commune, "2021-06"))
    stored = district.record(record.uuid)
    assert stored is not None and result.batch_id is not None
    operations.save_record(district, record=stored.replace(title="Sửa tại phòng"))
    with pytest.raises(ExchangeError) as blocked:
        exchange.undo_import(district, batch_id=result.batch_id)
    assert blocked.value.problems[0].params["later_id"] is None


# -- entering for a child, and who is missing ---------------------------------------------------

def test_office_enters_records_for_a_commune(places: Installations) -> None:
    district = places.make("178")
    operations.save_topic(district, topic=Topic("OCOP", "Chương trình OCOP 2021–2025"))
    entered = make_record(date=JUNE, unit_code="05986", entered_by="178")
    changes = operations.save_record(district, record=entered)
    assert changes.added == 1
    stored = district.record(entered.uuid)
    assert stored is not None and (stored.unit_code, stored.entered_by) == ("05986", "178")
    # The commune's own report arrives later: the preview says what the office entered for
    # it, and the commune's file does not remove the office's entries.
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    report = places.export(commune, "2021-06")
    preview = exchange.preview_import(district, path=report)
    assert (preview.new, preview.removed, preview.entered_here) == (2, 0, 1)
    exchange.commit_import(district, path=report)
    assert district.record_count() == 3
    status = {s.unit.code: s for s in exchange.completeness(district,
                                                            period=parse_period("2021-06"))}
    assert (status["05986"].records, status["05986"].entered_here) == (3, 1)
    # The district's consolidated report carries the entry upward, marked as entered here.
    province = places.make("20")
    exchange.commit_import(province, path=places.export(district, "2021-06"))
    carried = province.record(entered.uuid)
    assert carried is not None and carried.entered_by == "178"


def test_completeness_on_time_late_missing(places: Installations) -> None:
    today = dt.date.today()
    this_month = parse_period(f"{today:%Y-%m}")
    on_time = places.make("05986", Role.STATION)
    log(on_time, 2, date=today)
    district = places.make("178", deadline_days=5)
    # The exporter stamps the time it made the file: now, well before this month's deadline.
    exchange.commit_import(district, path=places.export(on_time, this_month.key))
    statuses = exchange.completeness(district, period=this_month)
    assert len(statuses) == 8  # Thành phố Lạng Sơn had 8 wards and communes in 2021
    by_code = {s.unit.code: s for s in statuses}
    assert by_code["05986"].state is ChildState.ON_TIME
    assert by_code["05986"].records == 2 and by_code["05986"].received_at
    assert by_code["05971"].state is ChildState.MISSING and by_code["05971"].records == 0
    assert by_code["05986"].deadline == this_month.end + dt.timedelta(days=5)
    # A report for June 2021 made today is years late.
    old = places.make("05983", Role.STATION, name="old")
    log(old, 1, date=JUNE, unit_code="05983")
    exchange.commit_import(district, path=places.export(old, "2021-06"))
    june = {s.unit.code: s for s in exchange.completeness(district,
                                                          period=parse_period("2021-06"))}
    assert june["05983"].state is ChildState.LATE
    assert june["05986"].state is ChildState.MISSING


def test_completeness_counts_a_quarterly_file_for_its_months(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 1, date=JUNE)
    district = places.make("178")
    exchange.commit_import(district, path=places.export(commune, "2021-Q2"))
    june = {s.unit.code: s for s in exchange.completeness(district,
                                                          period=parse_period("2021-06"))}
    assert june["05986"].state is ChildState.LATE
    assert exchange.completeness(district, period=parse_period("2021-H1"))[0].state \
        is ChildState.MISSING


# -- the 2025 reform: two-level tree, codes reused ---------------------------------------------

def test_unit_tree_changing_in_2025(tmp_path: Path, shared_data: Path) -> None:
    reform = dt.date(2025, 7, 1)
    places = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None),
                                      (shared_data / "lang_son_units_2025.csv", reform)])
    try:
        old_commune = places.make("05986", Role.STATION, name="hoang-dong")
        (old_record,) = log(old_commune, 1, date=JUNE)
        district = places.make("178")
        exchange.commit_import(district, path=places.export(old_commune, "2021-06"))
        province = places.make("20")
        exchange.commit_import(province, path=places.export(district, "2021-06"))

        # Phường Tam Thanh reuses code 05986 from 07/2025, directly under the province.
        new_ward = places.make("05986", Role.STATION, name="tam-thanh")
        log(new_ward, 2, date=dt.date(2025, 8, 5))
        ward_file = places.export(new_ward, "2025-08")
        assert exchange.commit_import(province, path=ward_file).new == 2

        stored = province.record(old_record.uuid)
        assert stored is not None
        unit_then = province.unit(stored.unit_code, stored.date)
        assert unit_then is not None and unit_then.name == "Xã Hoàng Đồng"
        june = {s.unit.code: s for s in exchange.completeness(province,
                                                              period=parse_period("2021-06"))}
        assert len(june) == 11 and june["178"].records == 1
        august = {s.unit.code: s for s in exchange.completeness(
            province, period=parse_period("2025-08"))}
        assert len(august) == 65
        assert (august["05986"].unit.name, august["05986"].records) == ("Phường Tam Thanh", 2)
        assert "178" not in august
        # A district no longer exists in August 2025: its report for then is refused.
        late_district = exchange.preview_import(
            province, path=write_data_sheet(tmp_path / "d.xlsx", [], sender="178",
                                            level="district", period="2025-08"))
        assert [p.code for p in late_district.problems] == [P.SENDER_UNKNOWN]
    finally:
        places.close()


# -- nothing half-written ------------------------------------------------------------------------

def test_a_failure_while_writing_leaves_nothing(places: Installations,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 3, date=JUNE)
    district = places.make("178")
    before = _table_counts(district)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ImportStore, "insert_changes", broken)
    with pytest.raises(OSError):
        exchange.commit_import(district, path=places.export(commune, "2021-06"))
    assert _table_counts(district) == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_report_resaved_by_libreoffice_still_imports(places: Installations,
                                                         tmp_path: Path) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 1, date=JUNE, time=dt.time(6, 30), notes="=SUM(A1) không phải công thức")
    log(commune, 1, date=JUNE, title="-5 độ: rét đậm", location="  Thôn Nà Lầm  ",
        notes="Dòng một\nDòng hai")
    log(commune, 1, date=JUNE, form_code="meeting", items=1, airings=None, minutes=None,
        participants=120, language="tay", source=None)
    report = places.export(commune, "2021-06")
    out = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(report)], check=True, capture_output=True, timeout=180)
    resaved = out / report.name
    assert resaved.read_bytes() != report.read_bytes()
    district = places.make("178")
    result = exchange.commit_import(district, path=resaved)
    assert (_counts(result), result.problems) == ((3, 0, 0, 0), ())
    assert live_uuids(district) == live_uuids(commune)
    again = exchange.commit_import(district, path=report)  # the original: nothing new
    assert _counts(again) == (0, 0, 3, 0)
