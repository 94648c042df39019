"""Demo data loading (backups and restore are tested in tests/storage/test_backup.py)."""

import datetime as dt

import pytest

from ocop_desktop import operations
from ocop_desktop.domain import demo
from ocop_desktop.domain.records import RecordQuery, Role
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.operations import maintenance
from ocop_desktop.operations.log import Area
from ocop_desktop.storage.repository import Repository
from tests.conftest import COMMUNE

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
    assert repo.directive(demo.FOUNDING_DIRECTIVE.number) == demo.FOUNDING_DIRECTIVE
    assert {t.code for t in repo.topics(directive=demo.FOUNDING_DIRECTIVE.number)} == {
        "QD861", "OCOP"}
    installation = repo.installation()
    assert installation is not None and installation.role is Role.STATION
    assert installation.unit_code == demo.DEMO_STATION
    assert installation.issuing_body == "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG"
    assert repo.count_records(RecordQuery()) == 500
    for record in repo.query_records(RecordQuery(), limit=200):
        assert operations.check_record(repo, record, today=TODAY) == []
    assert repo.count_records(RecordQuery(search="na chi lang")) > 0
    assert repo.count_records(RecordQuery(unit_code="187")) < 500
    assert fts_count(repo) == 500


def test_demo_again_adds_records_only(repo: Repository) -> None:
    maintenance.load_demo(repo, records=50, today=TODAY)
    units, topics = repo.unit_count(), len(repo.topics())
    changes = maintenance.load_demo(repo, records=30, seed=2, today=TODAY)
    assert changes.areas == frozenset({Area.RECORDS})
    assert (repo.unit_count(), len(repo.topics())) == (units, topics)
    assert repo.count_records(RecordQuery()) == 80
    assert len(repo.directives()) == 1


def test_demo_keeps_the_installation_and_completes_a_small_catalogue(
        station: Repository) -> None:
    before = station.installation()
    maintenance.load_demo(station, records=400, today=TODAY)
    assert station.installation() == before
    codes = {r.unit_code for r in station.query_records(RecordQuery())}
    assert COMMUNE in codes and len(codes) > 5
    # The station's own topics keep their codes and windows; the missing ones are added.
    assert station.topic("QD861").directive == "1234/STTTT-TTBCXB"  # type: ignore[union-attr]
    assert station.topic("COVID19") is not None


def test_demo_uses_a_real_catalogue_as_it_is(repo: Repository, shared_data) -> None:
    operations.import_unit_file(repo, path=shared_data / "lang_son_units_2021.csv")
    units = repo.unit_count()
    maintenance.load_demo(repo, records=600, today=TODAY)
    assert repo.unit_count() == units
    codes = {r.unit_code for r in repo.query_records(RecordQuery())}
    assert len(codes) > 100


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
    assert schema(repo) == before


def test_progress_is_reported_to_the_end(repo: Repository) -> None:
    seen: list[tuple[int, int]] = []
    maintenance.load_demo(repo, records=25_000, progress=lambda d, t: seen.append((d, t)),
                          today=TODAY)
    assert seen[0] == (0, 25_000) and seen[-1] == (25_000, 25_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_bad_record_counts_are_refused(repo: Repository) -> None:
    with pytest.raises(ValidationError) as info:
        maintenance.load_demo(repo, records=-1)
    assert info.value.problems[0].code is ProblemCode.NEGATIVE
    assert repo.unit_count() == 0
