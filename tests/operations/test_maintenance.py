"""Demo data loading (backups and restore are tested in tests/storage/test_backup.py)."""

import datetime as dt

import pytest

from ocop_desktop import operations
from ocop_desktop.domain import demo
from ocop_desktop.domain.records import RecordQuery, Role
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.operations import maintenance, queries
from ocop_desktop.operations.log import Area
from ocop_desktop.storage.repository import Repository
from tests.conftest import COMMUNE, make_record

TODAY = dt.date(2026, 11, 26)


def schema(repo: Repository) -> list[tuple[str, str]]:
    return repo.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'records' AND sql IS NOT NULL "
        "ORDER BY name").fetchall()


def fts_count(repo: Repository) -> int:
    # One docsize row per indexed document (a count on the table itself reads the records).
    return int(repo.db.execute("SELECT count(*) FROM records_fts_docsize").fetchone()[0])


def test_demo_fills_an_empty_database(repo: Repository) -> None:
    changes = maintenance.load_demo(repo, records=500, today=TODAY)
    assert changes.added == 500
    assert {Area.RECORDS, Area.UNITS, Area.DIRECTIVES, Area.TOPICS, Area.SETTINGS} <= changes.areas
    assert repo.unit_count() == len(demo.DEMO_UNITS)
    installation = repo.installation()
    assert installation is not None and installation.role is Role.STATION
    assert installation.unit_code == demo.DEMO_STATION
    assert installation.issuing_body == "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG"
    assert repo.count_records(RecordQuery()) == 500
    records = list(repo.iter_records(RecordQuery()))
    # A station's demo is its own log: one unit, the 13 months up to today, marked.
    assert {r.unit_code for r in records} == {demo.DEMO_STATION}
    assert min(r.date for r in records) >= dt.date(2025, 11, 1)
    assert max(r.date for r in records) <= TODAY
    assert {(r.date.year, r.date.month) for r in records} >= {(2025, 11), (2026, 11)}
    assert all(r.title.startswith(demo.DEMO_MARK) for r in records)
    for record in records[:200]:
        assert operations.check_record(repo, record, today=TODAY) == []
    # Every demo topic is valid today, so a record typed today with one is accepted.
    for topic in demo.current_topics(dt.date(2025, 11, 1)):
        assert repo.topic_windows()[topic.code].valid_to is None
    assert repo.count_records(RecordQuery(search="na chi lang")) > 0
    assert fts_count(repo) == 500
    assert maintenance.demo_record_count(repo) == 500


def test_demo_ids_differ_between_machines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.storage.database import open_database

    uuids = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite")
        try:
            repo = Repository(db)
            maintenance.load_demo(repo, records=50, today=TODAY)
            uuids.append({r.uuid for r in repo.iter_records(RecordQuery())})
        finally:
            db.close()
    assert len(uuids[0]) == 50 and not uuids[0] & uuids[1]


def test_demo_again_adds_records_only(repo: Repository) -> None:
    maintenance.load_demo(repo, records=50, today=TODAY)
    units, topics = repo.unit_count(), len(repo.topics())
    changes = maintenance.load_demo(repo, records=30, seed=2, today=TODAY)
    assert changes.areas == frozenset({Area.RECORDS})
    assert (repo.unit_count(), len(repo.topics())) == (units, topics)
    assert repo.count_records(RecordQuery()) == 80
    assert len(repo.directives()) == 1


def test_demo_is_for_the_station_itself_and_keeps_its_topics(station: Repository) -> None:
    before = station.installation()
    maintenance.load_demo(station, records=400, today=TODAY)
    assert station.installation() == before
    codes = {r.unit_code for r in station.query_records(RecordQuery())}
    assert codes == {COMMUNE}
    # The station's own topics keep their codes and windows; the missing ones are added.
    assert station.topic("QD861").directive == "1234/STTTT-TTBCXB"  # type: ignore[union-attr]
    assert station.topic("OCOP").valid_to == dt.date(2025, 12, 31)  # type: ignore[union-attr]
    assert station.topic("NTM") is not None


def test_an_office_demo_covers_its_units(station: Repository) -> None:
    from ocop_desktop.domain.records import Installation

    operations.save_installation(station, installation=Installation(
        unit_code="178", role=Role.OFFICE, signer_name="Lê Thị B"))
    maintenance.load_demo(station, records=300, today=TODAY)
    codes = {r.unit_code for r in station.query_records(RecordQuery())}
    assert codes == {"178", COMMUNE, "05983"}


def test_remove_demo_keeps_real_records(station: Repository) -> None:
    real = make_record(date=dt.date(2025, 12, 1), topic_code="QD861", title="Bản tin thật")
    operations.save_record(station, record=real, today=TODAY)
    maintenance.load_demo(station, records=300, today=TODAY)
    later = make_record(date=TODAY, topic_code="NTM", title="Ghi thật với chủ đề mẫu")
    operations.save_record(station, record=later, today=TODAY)
    topics_before = {t.code for t in station.topics()}
    changes = maintenance.remove_demo(station)
    assert changes.deleted == 300
    remaining = {r.uuid for r in station.iter_records(RecordQuery(include_deleted=True))}
    assert remaining == {real.uuid, later.uuid}
    topics = {t.code for t in station.topics()}
    # NTM is used by a real record: it stays; the unused demo topics go.
    assert "NTM" in topics and "ATGT" not in topics and {"QD861", "OCOP"} <= topics
    assert topics < topics_before
    assert maintenance.demo_record_count(station) == 0
    assert not queries.has_demo_data(station)
    assert fts_count(station) == 2
    assert station.record_count() == 2
    # Removing again changes nothing.
    assert maintenance.remove_demo(station).deleted == 0


def test_demo_uses_a_real_catalogue_as_it_is(repo: Repository, shared_data) -> None:
    operations.import_unit_file(repo, path=shared_data / "lang_son_units_2021.csv")
    units = repo.unit_count()
    maintenance.load_demo(repo, records=600, today=TODAY)
    assert repo.unit_count() == units
    codes = {r.unit_code for r in repo.query_records(RecordQuery())}
    assert codes == {demo.DEMO_STATION}


def test_bulk_path_rebuilds_indexes_and_search(repo: Repository,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    maintenance.load_demo(repo, records=20, today=TODAY)
    operations.set_records_deleted(
        repo, uuids=[repo.query_records(RecordQuery(), limit=1)[0].uuid], deleted=True)
    before = schema(repo)
    monkeypatch.setattr(maintenance, "BULK_THRESHOLD", 100)
    maintenance.load_demo(repo, records=300, seed=3, today=TODAY)
    assert schema(repo) == before
    assert repo.count_records(RecordQuery()) == 319
    assert fts_count(repo) == 319  # live records only, old ones not indexed twice
    assert repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    repo.db.execute("INSERT INTO records_fts (records_fts) VALUES ('integrity-check')")


def test_cancelled_demo_leaves_nothing(repo: Repository,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(maintenance, "BULK_THRESHOLD", 100)
    monkeypatch.setattr(maintenance, "_BATCH", 100)
    before = schema(repo)

    class CancelledError(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 200:
            raise CancelledError

    with pytest.raises(CancelledError):
        maintenance.load_demo(repo, records=500, progress=progress, today=TODAY)
    assert repo.count_records(RecordQuery(include_deleted=True)) == 0
    assert repo.unit_count() == 0 and repo.directives() == [] and repo.installation() is None
    assert not queries.has_demo_data(repo)
    assert schema(repo) == before


def test_progress_is_reported_to_the_end(repo: Repository,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the bulk path (indexes rebuilt at the end), in several batches; the thresholds
    are lowered so that 2,500 records take the path 25,000 would."""
    monkeypatch.setattr(maintenance, "BULK_THRESHOLD", 1_000)
    monkeypatch.setattr(maintenance, "_BATCH", 500)
    seen: list[tuple[int, int]] = []
    maintenance.load_demo(repo, records=2_500, progress=lambda d, t: seen.append((d, t)),
                          today=TODAY)
    assert seen[0] == (0, 2_500) and seen[-1] == (2_500, 2_500)
    assert len(seen) >= 6  # 0, every batch of 500, then the end once the indexes are back
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_bad_record_counts_are_refused(repo: Repository) -> None:
    with pytest.raises(ValidationError) as info:
        maintenance.load_demo(repo, records=-1)
    assert info.value.problems[0].code is ProblemCode.NEGATIVE
    assert repo.unit_count() == 0
