import datetime as dt

import pytest

from ocop_desktop import operations
from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.storage.repository import Repository
from tests.conftest import COMMUNE, make_record


def test_save_edit_delete_undo_with_audit(station: Repository) -> None:
    record = make_record()
    assert operations.save_record(station, record=record).added == 1
    edited = record.replace(title="Tin OCOP thạch đen", minutes=12)
    assert operations.save_record(station, record=edited).updated == 1
    assert station.record(record.uuid).minutes == 12  # type: ignore[union-attr]
    operations.set_records_deleted(station, uuids=[record.uuid], deleted=True)
    assert station.count_records(RecordQuery()) == 0
    assert station.record(record.uuid).deleted  # type: ignore[union-attr]  # kept, not erased
    operations.set_records_deleted(station, uuids=[record.uuid], deleted=False)
    assert station.count_records(RecordQuery()) == 1
    actions = [e["action"] for e in station.audit_entries("record", record.uuid)]
    assert actions == ["create", "update", "delete", "undelete"]
    update = station.audit_entries("record", record.uuid)[1]
    assert '"minutes": 10' in update["old_values"] and '"minutes": 12' in update["new_values"]


def test_invalid_record_writes_nothing(station: Repository) -> None:
    bad = make_record(title=" ", topic_code="NOPE", minutes=-1, copies=5)
    with pytest.raises(ValidationError) as info:
        operations.save_record(station, record=bad)
    codes = {(p.field, p.code) for p in info.value.problems}
    assert ("title", ProblemCode.REQUIRED) in codes
    assert ("topic_code", ProblemCode.UNKNOWN_TOPIC) in codes
    assert ("minutes", ProblemCode.NEGATIVE) in codes
    assert ("copies", ProblemCode.MEASURE_NOT_APPLICABLE) in codes
    assert station.count_records(RecordQuery(include_deleted=True)) == 0


def test_topic_period_is_enforced(station: Repository) -> None:
    with pytest.raises(ValidationError) as info:
        operations.save_record(station, record=make_record(topic_code="QD861",
                                                           date=dt.date(2021, 5, 1)))
    assert info.value.problems[0].code is ProblemCode.TOPIC_NOT_ACTIVE


def test_search_without_diacritics(station: Repository) -> None:
    operations.save_record(station, record=make_record(title="Loa truyền thanh Đồng Đăng"))
    operations.save_record(station, record=make_record(title="Tuyên truyền OCOP"))
    operations.save_record(station, record=make_record(title="Hội nghị", form_code="meeting",
                                                       items=1, airings=None, minutes=None,
                                                       participants=40))
    def titles(text: str) -> list[str]:
        return [r.title for r in station.query_records(RecordQuery(search=text))]
    assert titles("dong dang") == ["Loa truyền thanh Đồng Đăng"]
    assert titles("Đồng Đăng") == ["Loa truyền thanh Đồng Đăng"]
    assert titles("tuyen truyen") == ["Tuyên truyền OCOP"]
    assert sorted(titles("truyen")) == ["Loa truyền thanh Đồng Đăng", "Tuyên truyền OCOP"]
    assert titles("hoi ngh") == ["Hội nghị"]


def test_defaults_come_from_last_entry(station: Repository) -> None:
    operations.save_record(station, record=make_record(form_code="relay", items=None,
                                                       language="tay", source="vov"))
    defaults = operations.record_defaults(station, unit_code=COMMUNE, today=dt.date(2021, 7, 1))
    assert (defaults.form_code, defaults.language, defaults.source, defaults.title) == (
        "relay", "tay", "vov", "")
    assert defaults.date == dt.date(2021, 7, 1)


def test_live_counter_follows_saves_deletes_and_undo(station: Repository) -> None:
    def real() -> int:
        return int(station.db.execute(
            "SELECT count(*) FROM records WHERE deleted = 0").fetchone()[0])
    records = [make_record(title=f"Tin {i}") for i in range(3)]
    for record in records:
        operations.save_record(station, record=record)
    operations.set_records_deleted(station, uuids=[records[0].uuid, records[1].uuid],
                                   deleted=True)
    assert station.record_count() == real() == 1
    operations.set_records_deleted(station, uuids=[records[0].uuid], deleted=False)
    assert station.record_count() == real() == 2
    assert station.count_records(RecordQuery()) == 2
    assert station.count_records(RecordQuery(include_deleted=True)) == 3


def test_pages_at_an_offset_are_the_same_rows_as_one_long_read(station: Repository) -> None:
    """Deep pages are read through an id subquery; they must match the plain order."""
    from ocop_desktop.domain.records import SortKey

    for index in range(30):
        operations.save_record(station, record=make_record(
            title=f"Tin {['Ánh', 'anh', 'Đồng', 'Bắc', 'ạ'][index % 5]} {index}",
            date=dt.date(2021, 6, 1 + index % 20)))
    for sort in SortKey:
        for descending in (False, True):
            query = RecordQuery(sort=sort, descending=descending)
            whole = station.query_records(query)
            paged = [r for offset in range(0, 30, 7)
                     for r in station.query_records(query, limit=7, offset=offset)]
            assert [r.uuid for r in paged] == [r.uuid for r in whole]


def test_a_topic_typed_by_name_gives_its_code(station: Repository) -> None:
    added = operations.add_topic_named(station, name="  An ninh   trật tự ")
    assert added.added == 1
    assert station.topic(added.code).name == "An ninh trật tự"  # type: ignore[union-attr]
    again = operations.add_topic_named(station, name="an ninh trật tự")
    assert (again.added, again.unchanged, again.code) == (0, 1, added.code)
