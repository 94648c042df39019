"""Issue 13 with the real Lạng Sơn lists: who reports to whom on a date, forms and sources
with their windows, loudspeaker clusters, and clusters made from a merger."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_desktop import operations
from ocop_desktop.domain.administration import (
    Cluster,
    ClusterKind,
    ClusterStatus,
    ReportingRelation,
    cluster_table,
)
from ocop_desktop.domain.records import Installation, LogRecord, Role, Topic, UnitLevel
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.operations import administration as ops
from ocop_desktop.operations.maintenance import suggest_installation
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from tests.conftest import SHARED_DATA

D2025 = dt.date(2025, 7, 1)


@pytest.fixture(scope="module")
def lang_son_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2021 list, the 2025 list replacing it from 01/07/2025, and the merge map."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside the project")
    path = tmp_path_factory.mktemp("lang_son") / "lang_son.sqlite"
    db = open_database(path)
    repo = Repository(db)
    operations.import_unit_file(repo, path=SHARED_DATA / "lang_son_units_2021.csv")
    operations.import_unit_file(repo, path=SHARED_DATA / "lang_son_units_2025.csv",
                                valid_from=D2025)
    result = operations.import_unit_file(repo, path=SHARED_DATA / "lang_son_2025_merge_map.csv")
    assert result.merge_map and result.links > 0
    operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP"))
    db.close()
    return path


@pytest.fixture
def lang_son(lang_son_file: Path, tmp_path: Path) -> Iterator[Repository]:
    """A fresh copy of the Lạng Sơn catalogue for each test."""
    target = tmp_path / "copy.sqlite"
    source = sqlite3.connect(lang_son_file)
    copy = sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.close()
    db = open_database(target)
    yield Repository(db)
    db.close()


def bodies(repo: Repository, code: str, day: dt.date) -> tuple[str, str, str, str]:
    unit = repo.unit(code, day)
    assert unit is not None, (code, day)
    b = ops.bodies_on(repo, unit, day)
    return b.recipient, b.issuing_body, b.parent_body, b.drafter


# -- reporting relationships, each at its boundaries ------------------------------------------

@pytest.mark.parametrize(("code", "day", "recipient", "issuing", "parent"), [
    # A commune before 07/2025 → its district's culture office.
    ("05986", dt.date(2021, 6, 30), "Phòng Văn hóa và Thông tin thành phố Lạng Sơn",
     "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG", ""),
    ("06001", dt.date(2025, 6, 30), "Phòng Văn hóa và Thông tin huyện Tràng Định",
     "ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT", ""),
    # From 07/2025 a commune or ward → the province's Sở VHTTDL, as its People's Committee.
    ("05986", D2025, "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
     "ỦY BAN NHÂN DÂN PHƯỜNG TAM THANH", ""),
    ("06001", dt.date(2026, 12, 1), "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
     "ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT", ""),
    # A district office before 03/2025 → Sở TT&TT; from 01/03/2025 → Sở VHTTDL.
    ("180", dt.date(2025, 2, 28), "Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
     "PHÒNG VĂN HÓA VÀ THÔNG TIN", "UBND HUYỆN TRÀNG ĐỊNH"),
    ("180", dt.date(2025, 3, 1), "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
     "PHÒNG VĂN HÓA VÀ THÔNG TIN", "UBND HUYỆN TRÀNG ĐỊNH"),
    ("180", dt.date(2025, 6, 30), "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
     "PHÒNG VĂN HÓA VÀ THÔNG TIN", "UBND HUYỆN TRÀNG ĐỊNH"),
    # The province office is the Department itself.
    ("20", dt.date(2021, 6, 1), "Bộ Thông tin và Truyền thông",
     "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "UBND TỈNH LẠNG SƠN"),
    ("20", dt.date(2026, 1, 1), "Bộ Văn hóa, Thể thao và Du lịch",
     "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "UBND TỈNH LẠNG SƠN"),
])
def test_each_relationship_on_its_dates(lang_son: Repository, code: str, day: dt.date,
                                        recipient: str, issuing: str, parent: str) -> None:
    got = bodies(lang_son, code, day)
    assert got[:3] == (recipient, issuing, parent)


def test_a_2025_commune_is_drafted_by_its_culture_social_office(lang_son: Repository) -> None:
    assert bodies(lang_son, "06001", D2025)[3] == "Phòng Văn hóa – Xã hội"
    assert bodies(lang_son, "06001", dt.date(2025, 6, 30))[3] == "Đài truyền thanh xã Đoàn Kết"


def test_every_2021_and_2025_unit_has_a_relationship(lang_son: Repository) -> None:
    for day in (dt.date(2021, 11, 1), dt.date(2025, 3, 1), D2025):
        units = lang_son.units(day)
        assert units
        for unit in units:
            b = ops.bodies_on(lang_son, unit, day)
            assert b.relation is not None, (unit, day)
            assert "{" not in b.recipient and b.recipient, (unit, day, b)
            if unit.level is UnitLevel.COMMUNE and day >= D2025:
                assert b.recipient == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"
            if unit.level is UnitLevel.COMMUNE and day < D2025:
                assert b.recipient.startswith("Phòng Văn hóa và Thông tin ")


def test_init_of_a_2025_ward_proposes_todays_bodies(lang_son: Repository) -> None:
    ward = lang_son.unit("05977", dt.date(2026, 1, 1))
    assert ward is not None and ward.name == "Phường Đông Kinh"
    suggested = suggest_installation(lang_son, ward, Role.STATION)
    assert suggested.recipient_name == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"
    assert "Phòng Văn hóa và Thông tin" not in suggested.recipient_name
    assert suggested.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH"
    assert suggested.signer_title != "Trưởng Đài truyền thanh"
    province = suggest_installation(lang_son, lang_son.unit("20", dt.date(2026, 1, 1)),
                                    Role.OFFICE)
    assert province.issuing_body == "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert "PHÒNG VĂN HÓA" not in province.issuing_body


def test_a_2021_unit_is_set_up_as_on_its_last_day(lang_son: Repository) -> None:
    district = lang_son.any_unit("180")
    assert district is not None and district.valid_to == dt.date(2025, 6, 30)
    suggested = suggest_installation(lang_son, district, Role.OFFICE)
    assert suggested.recipient_name == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"
    early = suggest_installation(lang_son, district, Role.OFFICE, dt.date(2021, 6, 1))
    assert early.recipient_name == "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"


def test_the_report_is_addressed_as_in_its_period(lang_son: Repository) -> None:
    """A June 2025 report made in 2026 goes to the district office, as in June 2025; the
    installation's own wording is kept for periods under today's relationship."""
    ward = lang_son.unit("05986", dt.date(2026, 1, 1))
    assert ward is not None
    installation = Installation(
        unit_code="05986", role=Role.STATION, recipient_name="Sở VHTTDL Lạng Sơn (ô đã sửa)",
        issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG TAM THANH", signer_title="CHỦ TỊCH")
    today = dt.date(2026, 2, 1)
    assert ops.period_addressees(lang_son, installation, day=dt.date(2025, 6, 30),
                                 today=today) is None  # the user's own wording: kept
    default = dataclasses.replace(
        installation, recipient_name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn")
    assert ops.period_addressees(lang_son, default, day=dt.date(2025, 6, 30), today=today) == (
        "Phòng Văn hóa và Thông tin thành phố Lạng Sơn",)
    assert ops.period_addressees(lang_son, default, day=dt.date(2025, 7, 31),
                                 today=today) is None
    june = ops.report_bodies(lang_son, installation, day=dt.date(2025, 6, 30), today=today)
    assert june.recipient == "Phòng Văn hóa và Thông tin thành phố Lạng Sơn"
    assert june.issuing_body == "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG"
    january = ops.report_bodies(lang_son, installation, day=dt.date(2026, 1, 31), today=today)
    assert january.recipient == "Sở VHTTDL Lạng Sơn (ô đã sửa)"
    assert january.signer_title == "CHỦ TỊCH"


def test_relationships_are_editable_and_a_units_own_row_wins(lang_son: Repository) -> None:
    changes = ops.save_relation(lang_son, relation=ReportingRelation(
        "Văn phòng HĐND và UBND {unit}", "Ủy ban nhân dân {unit}", unit_code="06001",
        valid_from=dt.date(2026, 1, 1)))
    relation_id = changes.relation_id
    assert bodies(lang_son, "06001", dt.date(2026, 1, 1))[0] == \
        "Văn phòng HĐND và UBND xã Đoàn Kết"
    assert bodies(lang_son, "06001", dt.date(2025, 12, 31))[0].startswith("Sở Văn hóa")
    assert bodies(lang_son, "06004", dt.date(2026, 1, 1))[0].startswith("Sở Văn hóa")
    ops.delete_relation(lang_son, relation_id=relation_id)
    assert bodies(lang_son, "06001", dt.date(2026, 1, 1))[0].startswith("Sở Văn hóa")


@pytest.mark.parametrize(("relation", "field", "code"), [
    (ReportingRelation("", "X"), "level", ProblemCode.REQUIRED),
    (ReportingRelation("", "X", UnitLevel.COMMUNE), "recipient_name", ProblemCode.REQUIRED),
    (ReportingRelation("Sở {tinh}", "X", UnitLevel.COMMUNE), "recipient_name",
     ProblemCode.BAD_CHOICE),
    (ReportingRelation("A", "X", UnitLevel.COMMUNE, valid_from=dt.date(2025, 1, 2),
                       valid_to=dt.date(2025, 1, 1)), "valid_to", ProblemCode.RANGE_REVERSED),
    (ReportingRelation("A", "X", unit_code="99999"), "unit_code", ProblemCode.UNKNOWN_UNIT),
])
def test_a_bad_relationship_is_refused(lang_son: Repository, relation: ReportingRelation,
                                       field: str, code: ProblemCode) -> None:
    before = ops.relations(lang_son)
    with pytest.raises(ValidationError) as caught:
        ops.save_relation(lang_son, relation=relation)
    assert (field, code) in [(p.field, p.code) for p in caught.value.problems]
    assert ops.relations(lang_son) == before


# -- forms and sources with windows -------------------------------------------------------------

def record(day: dt.date, form: str, source: str | None = None, **measures: int) -> LogRecord:
    values = measures or {"items": 1}
    return LogRecord(date=day, topic_code="OCOP", form_code=form, title="Tin bài",
                     unit_code="05986", source=source, language="vi" if source else None,
                     **values)  # type: ignore[arg-type]


BEFORE_49, FROM_49 = dt.date(2024, 6, 30), dt.date(2024, 7, 1)
TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(("form", "measures"), [
    ("feedback", {"items": 1, "airings": 1, "minutes": 5}),
    ("document", {"items": 1, "copies": 100}),
    ("propagandist", {"items": 1, "participants": 30}),
])
def test_decree_49_forms_start_on_01_07_2024(lang_son: Repository, form: str,
                                             measures: dict[str, int]) -> None:
    source = "self" if form == "feedback" else None
    with pytest.raises(ValidationError) as caught:
        operations.save_record(lang_son, record=record(BEFORE_49, form, source, **measures),
                               today=TODAY)
    assert [p.code for p in caught.value.problems] == [ProblemCode.FORM_NOT_VALID]
    assert lang_son.record_count() == 0
    operations.save_record(lang_son, record=record(FROM_49, form, source, **measures),
                           today=TODAY)


@pytest.mark.parametrize("form", ["radio", "relay", "board", "print", "web", "social", "sms",
                                  "banner", "meeting", "tv", "press"])
def test_the_forms_of_2021_stay_valid(lang_son: Repository, form: str) -> None:
    f = lang_son.forms()[form]
    measures = {m.value: 1 for m in f.measures}
    source = "vov" if f.broadcast else None
    for day in (dt.date(2021, 6, 1), FROM_49, TODAY):
        operations.save_record(lang_son, record=record(day, form, source, **measures),
                               today=TODAY)


@pytest.mark.parametrize(("source", "first", "last"), [
    ("district", None, dt.date(2025, 12, 31)),
    ("central-system", FROM_49, None),
    ("province-system", FROM_49, None),
    ("self", None, None), ("vov", None, None), ("province", None, None),
])
def test_each_source_and_its_window(lang_son: Repository, source: str,
                                    first: dt.date | None, last: dt.date | None) -> None:
    def save(day: dt.date) -> None:
        operations.save_record(lang_son, record=record(day, "relay", source, airings=1,
                                                        minutes=30), today=TODAY)

    for day in (first, last):
        if day is not None:
            save(day)
    for day in ((first - dt.timedelta(days=1)) if first else None,
                (last + dt.timedelta(days=1)) if last else None):
        if day is None:
            continue
        with pytest.raises(ValidationError) as caught:
            save(day)
        assert [p.code for p in caught.value.problems] == [ProblemCode.SOURCE_NOT_VALID]


def test_names_follow_the_records_dates(lang_son: Repository) -> None:
    forms = ops.forms_for_period(lang_son, dt.date(2021, 6, 1), dt.date(2021, 6, 30))
    assert forms["print"].name == "Bản tin, tờ rơi, sách mỏng, ấn phẩm"
    assert forms["meeting"].name == "Hội nghị, tuyên truyền miệng"
    assert forms["relay"].name == "Tiếp sóng/tiếp âm (VOV, đài tỉnh, đài huyện)"
    now = ops.forms_for_period(lang_son, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert now["print"].name == "Bản tin thông tin cơ sở"
    assert now["relay"].name == "Tiếp sóng, tiếp âm (VOV, đài tỉnh, hệ thống thông tin nguồn)"
    year = ops.forms_for_period(lang_son, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert year["print"].name == ("Bản tin thông tin cơ sở (đến 30/06/2024: Bản tin, tờ rơi, "
                                  "sách mỏng, ấn phẩm)")
    sources_2026 = [s.code for s in ops.sources_for_period(
        lang_son, dt.date(2026, 1, 1), dt.date(2026, 1, 31))]
    assert "district" not in sources_2026 and "central-system" in sources_2026
    sources_2021 = [s.code for s in ops.sources_for_period(
        lang_son, dt.date(2021, 1, 1), dt.date(2021, 12, 31))]
    assert sources_2021 == ["self", "vov", "province", "district"]


def test_a_window_that_would_strand_records_is_refused(lang_son: Repository) -> None:
    operations.save_record(lang_son, record=record(dt.date(2025, 5, 1), "relay", "district",
                                                    airings=1, minutes=5), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        ops.set_validity(lang_son, kind="source", code="district", valid_from=None,
                         valid_to=dt.date(2024, 12, 31))
    assert caught.value.problems[0].code is ProblemCode.RECORDS_OUTSIDE_VALIDITY
    assert lang_son.sources()["district"].valid_to == dt.date(2025, 12, 31)
    ops.set_validity(lang_son, kind="form", code="tv", valid_from=None,
                     valid_to=dt.date(2025, 12, 31))
    with pytest.raises(ValidationError):
        operations.save_record(lang_son, record=record(dt.date(2026, 1, 1), "tv", "self",
                                                        items=1, airings=1, minutes=1),
                               today=TODAY)


# -- loudspeaker clusters -------------------------------------------------------------------

def test_cluster_status_history_and_records(lang_son: Repository) -> None:
    operations.save_installation(lang_son, installation=Installation(
        unit_code="05986", role=Role.STATION))
    first = ops.add_cluster(lang_son, cluster=Cluster(
        "Cụm loa thôn Nà Cạn", "05986", "thôn Nà Cạn", kind=ClusterKind.IP,
        installed_on=dt.date(2025, 8, 1)))
    second = ops.add_cluster(lang_son, cluster=Cluster(
        "Cụm loa Hoàng Đồng", "05986", former_unit="05986", kind=ClusterKind.WIRED,
        installed_on=dt.date(2025, 7, 1)))
    ops.set_cluster_status(lang_son, cluster_id=second, status=ClusterStatus.BROKEN,
                           since=dt.date(2026, 3, 5), note="sét đánh", today=TODAY)
    ops.set_cluster_status(lang_son, cluster_id=second, status=ClusterStatus.WORKING,
                           since=dt.date(2026, 3, 20), today=TODAY)
    assert ops.working_cluster_ids(lang_son, "05986", dt.date(2026, 3, 10)) == [first]
    assert ops.working_cluster_ids(lang_son, "05986", dt.date(2026, 3, 20)) == [first, second]
    assert ops.working_cluster_ids(lang_son, "05986", dt.date(2025, 7, 15)) == [second]

    radio = record(dt.date(2026, 3, 10), "radio", "self", items=1, airings=1, minutes=5)
    with pytest.raises(ValidationError) as caught:
        operations.save_record(lang_son, record=radio, clusters=[first, second], today=TODAY)
    assert [p.code for p in caught.value.problems] == [ProblemCode.CLUSTER_NOT_WORKING]
    assert lang_son.record_count() == 0
    with pytest.raises(ValidationError):
        operations.save_record(lang_son, record=radio, clusters=[999], today=TODAY)
    operations.save_record(lang_son, record=radio, clusters=[first], today=TODAY)
    assert ops.record_cluster_ids(lang_son, radio.uuid) == [first]

    table = cluster_table(ops.clusters(lang_son), start=dt.date(2026, 3, 1),
                          end=dt.date(2026, 3, 31))
    assert table is not None
    assert (table.total, table.working) == (2, 2)
    assert [(b.name, b.since, b.note) for b in table.out_of_order] == [
        ("Cụm loa Hoàng Đồng", dt.date(2026, 3, 5), "sét đánh")]
    assert cluster_table(ops.clusters(lang_son), start=dt.date(2021, 1, 1),
                         end=dt.date(2021, 12, 31)) is None
    with pytest.raises(ValidationError):
        ops.set_cluster_status(lang_son, cluster_id=999, status=ClusterStatus.BROKEN,
                               today=TODAY)
    with pytest.raises(ValidationError):
        ops.set_cluster_status(lang_son, cluster_id=first, status=ClusterStatus.BROKEN,
                               since=TODAY + dt.timedelta(days=1), today=TODAY)


def test_clusters_from_the_former_communes(lang_son: Repository) -> None:
    """Xã Đoàn Kết (06001) was made of Khánh Long, Đoàn Kết and Cao Minh (Tràng Định)."""
    formers = ops.former_units(lang_son, "06001")
    assert sorted(name for _, name in formers) == ["Xã Cao Minh", "Xã Khánh Long",
                                                   "Xã Đoàn Kết"]
    ids = ops.create_clusters_from_links(lang_son, unit_code="06001", kind=ClusterKind.WIRED)
    assert len(ids) == 3
    clusters = ops.clusters(lang_son, unit_code="06001")
    assert sorted(c.former_unit or "" for c in clusters) == ["05998", "06001", "06010"]
    assert all(c.working_on(D2025) and not c.working_on(dt.date(2025, 6, 30))
               for c in clusters)
    assert ops.create_clusters_from_links(lang_son, unit_code="06001") == []  # no twice


def test_a_list_imported_without_a_merge_map_links_reused_codes(repo: Repository,
                                                                shared_data: Path) -> None:
    operations.import_unit_file(repo, path=shared_data / "lang_son_units_2021.csv")
    result = operations.import_unit_file(repo, path=shared_data / "lang_son_units_2025.csv",
                                         valid_from=D2025)
    assert result.links > 0
    assert [link.old_code for link, _ in ops.former_units(repo, "05986")] == ["05986"]
    assert [name for _, name in ops.former_units(repo, "05986")] == ["Xã Hoàng Đồng"]


# -- reports: before and after the merger, and the station's state ---------------------------

def test_reports_before_07_2025_still_show_the_former_communes(lang_son: Repository) -> None:
    from ocop_desktop.domain.periods import parse_period
    from ocop_desktop.operations.reports import build_summary

    operations.save_installation(lang_son, installation=Installation(
        unit_code="20", role=Role.OFFICE))
    for code, day in (("05998", dt.date(2025, 6, 10)), ("06001", dt.date(2025, 8, 10))):
        operations.save_record(lang_son, record=LogRecord(
            date=day, topic_code="OCOP", form_code="board", title="Bảng tin",
            unit_code=code, items=2), today=TODAY)
    june = build_summary(lang_son, period=parse_period("2025-06"))
    assert june.by_unit is not None
    rows = {row.code: row for row in june.by_unit.rows}
    assert len(rows) == 11 and rows["180"].name == "Huyện Tràng Định"  # the 2021 tree
    assert rows["180"].records == 1  # Khánh Long, a former commune of Tràng Định
    august = build_summary(lang_son, period=parse_period("2025-08"))
    assert august.by_unit is not None
    rows = {row.code: row for row in august.by_unit.rows}
    assert len(rows) == 65 and rows["06001"].records == 1 and "180" not in rows
    station = Installation(unit_code="05986", role=Role.STATION)
    operations.save_installation(lang_son, installation=station)
    assert build_summary(lang_son, period=parse_period("2025-06")).sender_name == \
        "Xã Hoàng Đồng"
    assert build_summary(lang_son, period=parse_period("2025-07")).sender_name == \
        "Phường Tam Thanh"


def test_the_exported_report_has_the_cluster_and_plan_tables(lang_son: Repository,
                                                             tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from ocop_desktop.domain.periods import parse_period
    from ocop_desktop.domain.schedule import NotAiredReason, Slot
    from ocop_desktop.operations import schedule
    from ocop_desktop.operations.reports import export_report

    operations.save_installation(lang_son, installation=Installation(
        unit_code="06001", role=Role.STATION, signer_name="Hoàng Văn Thắng"))
    period = parse_period("2026-11")

    def texts(path: Path) -> str:
        workbook = load_workbook(path, read_only=True)
        try:
            return "\n".join(str(c) for row in workbook.worksheets[0].iter_rows(
                values_only=True) for c in row if c is not None)
        finally:
            workbook.close()

    bare = texts(export_report(lang_son, period=period, out=tmp_path / "bare.xlsx").path)
    assert "cụm loa" not in bare.lower() and "lịch phát sóng" not in bare.lower()

    ops.create_clusters_from_links(lang_son, unit_code="06001", kind=ClusterKind.WIRED)
    broken = next(c for c in ops.clusters(lang_son) if c.former_unit == "06010")
    assert broken.id is not None
    ops.set_cluster_status(lang_son, cluster_id=broken.id, status=ClusterStatus.BROKEN,
                           since=dt.date(2026, 11, 12), note="sét đánh", today=TODAY)
    schedule.save_slot(lang_son, slot=Slot(
        unit_code="06001", days=(0, 2, 4), start=dt.time(6, 30), minutes=15,
        form_code="radio", topic_code="OCOP", title="Chuyên mục OCOP", language="vi",
        source="self"), today=dt.date(2026, 11, 1))
    [slot] = schedule.slots(lang_son, on=dt.date(2026, 11, 2))
    schedule.tick_aired(lang_son, day=dt.date(2026, 11, 2), slot_id=slot.id, today=TODAY)
    schedule.tick_not_aired(lang_son, day=dt.date(2026, 11, 4), slot_id=slot.id,
                            reason=NotAiredReason.POWER, today=TODAY)
    full = texts(export_report(lang_son, period=period, out=tmp_path / "full.xlsx").path)
    assert "Hệ thống cụm loa của đài truyền thanh" in full
    assert "Cụm loa Xã Cao Minh" in full and "Hỏng" in full and "12/11/2026" in full
    assert "3 cụm" in full and "2 hoạt động" in full
    assert "Thực hiện lịch phát sóng" in full and "Lý do không phát" in full
    assert "Mất điện: 1" in full


def test_a_slot_cannot_plan_a_district_relay_past_2025(lang_son: Repository) -> None:
    from ocop_desktop.domain.schedule import Slot
    from ocop_desktop.operations import schedule

    operations.save_installation(lang_son, installation=Installation("05986", Role.STATION))
    slot = Slot(unit_code="05986", days=(0,), start=dt.time(17, 0), minutes=30,
                form_code="relay", topic_code="OCOP", title="Tiếp sóng đài huyện",
                language="vi", source="district", valid_from=dt.date(2025, 11, 1))
    with pytest.raises(ValidationError) as caught:
        schedule.save_slot(lang_son, slot=slot, today=dt.date(2025, 11, 1))
    assert [p.code for p in caught.value.problems] == [ProblemCode.SOURCE_NOT_VALID]
    schedule.save_slot(lang_son, slot=slot.replace(valid_to=dt.date(2025, 12, 31)),
                       today=dt.date(2025, 11, 1))
    with pytest.raises(ValidationError):
        schedule.save_slot(lang_son, slot=slot.replace(
            form_code="radio", source="self", valid_from=dt.date(2024, 6, 1)).replace(
            form_code="feedback"), today=dt.date(2024, 6, 1))


def test_a_june_2025_report_made_today_is_addressed_as_in_june_2025(
        lang_son: Repository, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from ocop_desktop.domain.periods import parse_period
    from ocop_desktop.operations.reports import export_report

    ward = lang_son.unit("05986", TODAY)
    assert ward is not None
    operations.save_installation(lang_son, installation=dataclasses.replace(
        suggest_installation(lang_son, ward, Role.STATION), signer_name="Hoàng Văn Thắng"))

    def kinh_gui(period: str) -> str:
        path = export_report(lang_son, period=parse_period(period),
                             out=tmp_path / f"{period}.xlsx").path
        workbook = load_workbook(path, read_only=True)
        try:
            cells = [str(c) for row in workbook.worksheets[0].iter_rows(values_only=True)
                     for c in row if c is not None]
        finally:
            workbook.close()
        return next(c for c in cells if c.startswith("Kính gửi:"))

    assert kinh_gui("2025-06") == "Kính gửi: Phòng Văn hóa và Thông tin thành phố Lạng Sơn."
    assert kinh_gui("2025-07") == "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn."
