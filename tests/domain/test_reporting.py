"""Report aggregation: totals match the log for every period kind, cut-off, scope and tree."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import replace

import pytest

from ocop_desktop import operations
from ocop_desktop.domain.catalogue import DEFAULT_FORMS, Measure
from ocop_desktop.domain.periods import ReportPeriod, custom_period, parse_period
from ocop_desktop.domain.records import (
    Directive,
    Installation,
    LogRecord,
    Role,
    Topic,
    Unit,
    UnitLevel,
)
from ocop_desktop.domain.reporting import (
    MEASURES,
    RowKind,
    Tally,
    UnitRollup,
    default_symbol,
    document_type,
    intro_text,
    number_text,
    place_date_text,
    report_number,
    subject_text,
    summarize,
    tally_records,
)
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.operations.administration import forms_for_period, sources_for_period
from ocop_desktop.storage.repository import Repository
from tests.conftest import COMMUNE, DISTRICT, make_record

D = dt.date
FORMS = {form.code: form for form in DEFAULT_FORMS}
DIRECTIVE = "1234/STTTT-TTBCXB"


def _random_records(count: int, *, seed: int = 7, units: tuple[str, ...] = (COMMUNE,),
                    start: dt.date = dt.date(2020, 12, 1),  # noqa: B008
                    days: int = 430) -> list[LogRecord]:
    """Records of every form, spread over Dec 2020 – Jan 2022, a few deleted."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        form = rng.choice(DEFAULT_FORMS)
        values: dict[str, object] = {m.value: None for m in MEASURES}
        for measure in form.measures:
            values[measure.value] = rng.randrange(0, 60)
        broadcast = form.broadcast
        records.append(make_record(
            date=start + dt.timedelta(days=rng.randrange(days)),
            topic_code=rng.choice(["OCOP", "QD861", "OTHER"]), form_code=form.code,
            title=f"Hoạt động {index}", unit_code=rng.choice(units),
            language=rng.choice(["vi", "tay", "nung", None]) if broadcast else None,
            source=rng.choice(["self", "vov", "province", None]) if broadcast else None,
            deleted=rng.random() < 0.05, **values))
    return records


def _insert(repo: Repository, records: Iterable[LogRecord]) -> None:
    with repo.db.atomic():
        repo.insert_records(records)


def _expected(records: Iterable[LogRecord], start: dt.date, end: dt.date,
              topics: set[str] | None = None) -> dict[tuple[str, Measure], int]:
    """Brute force over the log: sums per (form, measure) of the forms' own measures."""
    sums: dict[tuple[str, Measure], int] = {}
    for record in records:
        if record.deleted or not start <= record.date <= end:
            continue
        if topics is not None and record.topic_code not in topics:
            continue
        for measure in FORMS[record.form_code].measures:
            key = (record.form_code, measure)
            sums[key] = sums.get(key, 0) + (record.measure(measure) or 0)
    return sums


def _totals(table_columns: Iterable[object],
            totals: Iterable[int]) -> dict[tuple[str, Measure], int]:
    return {(c.form_code, c.measure): v  # type: ignore[attr-defined]
            for c, v in zip(table_columns, totals, strict=True)}


@pytest.fixture
def logged(station: Repository) -> tuple[Repository, list[LogRecord]]:
    operations.save_topic(station, topic=Topic("OTHER", "Phòng, chống dịch COVID-19"))
    records = _random_records(600)
    _insert(station, records)
    return station, records


# Every period kind, with explicit bounds (not computed by the code under test), calendar
# months and the 15th-to-14th cut-off of Nghị định 09/2019.
PERIODS = [
    ("2021-06", 1, D(2021, 6, 1), D(2021, 6, 30)),
    ("2021-02", 1, D(2021, 2, 1), D(2021, 2, 28)),
    ("2021-Q2", 1, D(2021, 4, 1), D(2021, 6, 30)),
    ("2021-H1", 1, D(2021, 1, 1), D(2021, 6, 30)),
    ("2021-H2", 1, D(2021, 7, 1), D(2021, 12, 31)),
    ("2021-9M", 1, D(2021, 1, 1), D(2021, 9, 30)),
    ("2021", 1, D(2021, 1, 1), D(2021, 12, 31)),
    ("2021-06", 15, D(2021, 5, 15), D(2021, 6, 14)),
    ("2021-01", 15, D(2020, 12, 15), D(2021, 1, 14)),
    ("2021-Q1", 15, D(2020, 12, 15), D(2021, 3, 14)),
    ("2021-H2", 15, D(2021, 6, 15), D(2021, 12, 14)),
    ("2021-9M", 15, D(2020, 12, 15), D(2021, 9, 14)),
    ("2021", 15, D(2020, 12, 15), D(2021, 12, 14)),
]


@pytest.mark.parametrize(("key", "cutoff", "start", "end"), PERIODS)
def test_totals_match_the_log_for_every_period_kind(
        logged: tuple[Repository, list[LogRecord]], key: str, cutoff: int, start: dt.date,
        end: dt.date) -> None:
    repo, records = logged
    installation = repo.installation()
    assert installation is not None
    operations.save_installation(repo, installation=replace(installation,
                                                            period_cutoff_day=cutoff))
    period = report_ops.resolve_period(repo, period=key)
    assert (period.start, period.end) == (start, end)
    summary = report_ops.build_summary(repo, period=period)
    expected = _expected(records, start, end)
    assert _totals(summary.columns, summary.totals) == expected
    assert summary.records == sum(1 for r in records if not r.deleted
                                  and start <= r.date <= end)
    # The pure path (records in Python) gives exactly the same summary as the SQL path.
    python = summarize(tally_records(records, period=period), period=period,
                       forms=forms_for_period(repo, period.start, period.end),
                       topics=repo.topics(), sender_code=COMMUNE, sender_name="Xã Hoàng Đồng",
                       sources=sources_for_period(repo, period.start, period.end))
    assert python.by_topic == summary.by_topic
    assert python.broadcast == summary.broadcast


def test_period_boundaries_count_once(station: Repository) -> None:
    """Records on the first and last day count; the days just outside do not; adjacent
    periods split the log without overlap or gap."""
    days = [D(2021, 5, 31), D(2021, 6, 1), D(2021, 6, 30), D(2021, 7, 1),
            D(2021, 6, 14), D(2021, 6, 15)]
    _insert(station, [make_record(date=day, items=1, airings=1, minutes=10 ** i)
                      for i, day in enumerate(days)])
    june = report_ops.build_summary(station, period=parse_period("2021-06"))
    assert june.by_topic.value(None, "radio", Measure.MINUTES) == 10 + 100 + 10_000 + 100_000
    cut_june = report_ops.build_summary(station, period=parse_period("2021-06", cutoff_day=15))
    assert cut_june.by_topic.value(None, "radio", Measure.MINUTES) == 1 + 10 + 10_000
    cut_july = report_ops.build_summary(station, period=parse_period("2021-07", cutoff_day=15))
    assert cut_july.by_topic.value(None, "radio", Measure.MINUTES) == 100 + 1000 + 100_000
    custom = report_ops.build_summary(station, period=custom_period(D(2021, 6, 30),
                                                                    D(2021, 7, 1)))
    assert custom.by_topic.value(None, "radio", Measure.MINUTES) == 100 + 1000


def test_quarters_and_months_add_up_to_the_year(logged: tuple[Repository, list[LogRecord]]) -> None:
    repo, _records = logged
    year = report_ops.build_summary(repo, period=parse_period("2021"))
    total = {key: 0 for key in _totals(year.columns, year.totals)}
    for month in range(1, 13):
        summary = report_ops.build_summary(repo, period=parse_period(f"2021-{month:02d}"))
        for key, value in _totals(summary.columns, summary.totals).items():
            total[key] += value
    assert total == _totals(year.columns, year.totals)


def test_directive_scope_keeps_its_topics_only(logged: tuple[Repository, list[LogRecord]]) -> None:
    repo, records = logged
    operations.save_topic(repo, topic=Topic("EMPTY", "Chủ đề chưa có hoạt động", DIRECTIVE))
    period = parse_period("2021")
    summary = report_ops.build_summary(repo, period=period, directive=DIRECTIVE)
    codes = [row.code for row in summary.by_topic.rows]
    # Every topic the directive asks for has a row (answered point by point), in code order.
    assert codes == ["EMPTY", "OCOP", "QD861"]
    assert summary.by_topic.row("EMPTY").records == 0  # type: ignore[union-attr]
    expected = _expected(records, period.start, period.end, {"OCOP", "QD861"})
    assert _totals(summary.columns, summary.totals) == expected
    assert summary.scope == DIRECTIVE
    assert summary.directive is not None and summary.directive.number == DIRECTIVE
    everything = report_ops.build_summary(repo, period=period)
    assert [row.code for row in everything.by_topic.rows] == ["OCOP", "OTHER", "QD861"]


def test_unknown_directive_is_refused(station: Repository) -> None:
    from ocop_desktop.domain.validation import ValidationError

    with pytest.raises(ValidationError) as caught:
        report_ops.build_summary(station, period=parse_period("2021-06"), directive="9/XX")
    assert caught.value.problems[0].field == "directive"


def test_columns_follow_the_catalogue_and_the_forms_that_occur(station: Repository) -> None:
    _insert(station, [
        make_record(form_code="meeting", items=2, airings=None, minutes=None, participants=40,
                    language=None, source=None),
        make_record(form_code="radio", items=1, airings=3, minutes=15),
        make_record(form_code="press", items=4, airings=None, minutes=None, language=None,
                    source=None),
    ])
    summary = report_ops.build_summary(station, period=parse_period("2021-06"))
    assert [(c.form_code, c.measure.value) for c in summary.columns] == [
        ("radio", "items"), ("radio", "airings"), ("radio", "minutes"), ("meeting", "items"),
        ("meeting", "participants"), ("press", "items")]  # Decree 49's kinds first (issue 13)
    groups = summary.by_topic.form_groups()
    assert [(code, len(cols)) for code, _name, cols in groups] == [
        ("radio", 3), ("meeting", 2), ("press", 1)]
    assert summary.by_topic.value("OCOP", "meeting", Measure.PARTICIPANTS) == 40
    assert summary.by_topic.value("OCOP", "tv", Measure.MINUTES) == 0


def test_a_form_missing_from_the_catalogue_still_counts() -> None:
    period = parse_period("2021-06")
    tallies = [Tally("OCOP", "loudspeaker-car", COMMUNE, None, None, 2, items=3, minutes=40)]
    summary = summarize(tallies, period=period, forms=FORMS, topics=[])
    assert [(c.form_code, c.measure) for c in summary.columns] == [
        ("loudspeaker-car", Measure.ITEMS), ("loudspeaker-car", Measure.MINUTES)]
    assert summary.totals == (3, 40)
    assert summary.by_topic.rows[0].name == "OCOP"  # unknown topic: named by its code


def test_broadcast_minutes_by_language_and_source() -> None:
    period = parse_period("2021-06")
    tallies = [
        Tally("OCOP", "radio", COMMUNE, "tay", "self", 3, minutes=30),
        Tally("OCOP", "radio", COMMUNE, "vi", "self", 1, minutes=10),
        Tally("OCOP", "relay", COMMUNE, "vi", "vov", 2, minutes=60),
        Tally("OCOP", "tv", COMMUNE, None, None, 1, minutes=5),
        Tally("OCOP", "meeting", COMMUNE, "vi", None, 1, items=1, participants=30),
    ]
    broadcast = summarize(tallies, period=period, forms=FORMS, topics=[]).broadcast
    assert [lang.code for lang in broadcast.languages] == ["vi", "tay", "none"]
    assert [src.code for src in broadcast.sources] == [
        "self", "vov", "province", "district", "none"]
    assert broadcast.minutes("vi", "vov") == 60
    assert broadcast.minutes("tay", "self") == 30
    assert broadcast.minutes("none", "none") == 5
    assert broadcast.language_totals == (70, 30, 5)
    assert broadcast.source_totals == (40, 60, 0, 0, 5)
    assert broadcast.total == 105  # the meeting is not a broadcast


def test_deleted_records_do_not_count(station: Repository) -> None:
    _insert(station, [make_record(minutes=10), make_record(minutes=20, deleted=True)])
    summary = report_ops.build_summary(station, period=parse_period("2021-06"))
    assert summary.by_topic.value(None, "radio", Measure.MINUTES) == 10
    assert summary.records == 1


def test_records_of_units_outside_the_installation_do_not_count(station: Repository) -> None:
    _insert(station, [make_record(minutes=10), make_record(minutes=20, unit_code="05983")])
    summary = report_ops.build_summary(station, period=parse_period("2021-06"))
    assert summary.by_topic.value(None, "radio", Measure.MINUTES) == 10


# -- the consolidating office ------------------------------------------------------------------

@pytest.fixture
def office(repo: Repository) -> Repository:
    """A district office (178) with three communes; 05980 was merged into 05983 in 2025."""
    operations.import_units(repo, units=[
        Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
        Unit(DISTRICT, "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20"),
        Unit("179", "Huyện Tràng Định", UnitLevel.DISTRICT, "20"),
        Unit(COMMUNE, "Xã Hoàng Đồng", UnitLevel.COMMUNE, DISTRICT),
        Unit("05983", "Phường Đồng Đăng", UnitLevel.COMMUNE, DISTRICT),
        Unit("05980", "Xã Mai Pha", UnitLevel.COMMUNE, DISTRICT, None, D(2025, 6, 30)),
        Unit("06001", "Xã Đề Thám", UnitLevel.COMMUNE, "179"),
    ])
    operations.save_installation(repo, installation=Installation(
        unit_code=DISTRICT, role=Role.OFFICE, issuing_body="PHÒNG VĂN HÓA VÀ THÔNG TIN"))
    operations.save_directive(repo, directive=Directive(
        DIRECTIVE, D(2021, 6, 20), "Sở Thông tin và Truyền thông", "Tuyên truyền OCOP"))
    operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP", DIRECTIVE))
    return repo


def test_office_report_rolls_descendants_up_to_each_child(office: Repository) -> None:
    _insert(office, [
        make_record(unit_code=COMMUNE, minutes=10),
        make_record(unit_code=COMMUNE, minutes=5),
        make_record(unit_code="05980", minutes=7),
        make_record(unit_code=DISTRICT, minutes=100),  # the office's own broadcast
        make_record(unit_code="06001", minutes=1000),  # another district: not ours
    ])
    summary = report_ops.build_summary(office, period=parse_period("2021-06"))
    assert summary.by_unit is not None  # an office gets the consolidated form by default
    table = summary.by_unit
    assert table.kind is RowKind.UNIT
    assert [row.code for row in table.rows] == [DISTRICT, "05980", "05983", COMMUNE]
    assert table.rows[0].own and "trực tiếp" in table.rows[0].name
    assert table.value(COMMUNE, "radio", Measure.MINUTES) == 15
    assert table.value("05980", "radio", Measure.MINUTES) == 7
    assert table.value("05983", "radio", Measure.MINUTES) == 0  # listed, though silent
    assert table.totals == summary.by_topic.totals
    assert table.value(None, "radio", Measure.MINUTES) == 122


def test_rollup_follows_old_versions_of_the_tree(office: Repository) -> None:
    """After the reform a unit is no longer valid, yet its old records still reach the child
    that held them; a report for a later period lists only today's children."""
    _insert(office, [make_record(unit_code="05980", minutes=7)])
    rollup = report_ops.unit_rollup(office, DISTRICT, on=D(2025, 12, 31))
    assert rollup.row_of["05980"] == "05980"
    assert [code for code, _ in rollup.rows] == ["05983", COMMUNE]


def test_rollup_of_a_province_groups_communes_under_districts() -> None:
    period = parse_period("2021-06")
    rollup = UnitRollup("20", (("178", "Thành phố Lạng Sơn"), ("179", "Huyện Tràng Định")),
                        {"05986": "178", "05983": "178", "06001": "179", "20": "20"},
                        {"20": "Tỉnh (trực tiếp)"})
    tallies = [Tally("OCOP", "radio", code, "vi", "self", 1, minutes=m)
               for code, m in (("05986", 1), ("05983", 2), ("06001", 4), ("20", 8),
                               ("99999", 16))]
    table = summarize(tallies, period=period, forms=FORMS, topics=[], rollup=rollup).by_unit
    assert table is not None
    assert [(row.code, row.values[2]) for row in table.rows] == [
        ("20", 8), ("178", 3), ("179", 4), ("99999", 16)]


# -- the document's phrases -----------------------------------------------------------------

def test_place_date_line_pads_days_and_january_february() -> None:
    assert place_date_text("Lạng Sơn", D(2021, 7, 5)) == "Lạng Sơn, ngày 05 tháng 7 năm 2021"
    assert place_date_text("Lạng Sơn", D(2021, 2, 15)) == "Lạng Sơn, ngày 15 tháng 02 năm 2021"
    assert place_date_text("", D(2021, 12, 31)) == "ngày 31 tháng 12 năm 2021"


def test_numbers_and_symbols() -> None:
    assert number_text(5, "BC-UBND") == "Số: 05/BC-UBND"
    assert number_text(12, "BC-UBND") == "Số: 12/BC-UBND"
    assert report_number(123, "BC-ĐTT") == "123/BC-ĐTT"
    assert default_symbol("UBND XÃ HOÀNG ĐỒNG") == "BC-UBND"
    assert default_symbol("Ủy ban nhân dân xã Hoàng Đồng") == "BC-UBND"
    assert default_symbol("ĐÀI TRUYỀN THANH XÃ HOÀNG ĐỒNG") == "BC-ĐTT"
    assert default_symbol("PHÒNG VĂN HÓA VÀ THÔNG TIN THÀNH PHỐ LẠNG SƠN") == "BC-PVHTT"
    assert default_symbol("") == "BC"
    assert document_type("129/KH-UBND") == "Kế hoạch"
    assert document_type("1234/STTTT-TTBCXB") == "Công văn"
    assert document_type("861/QĐ-TTg") == "Quyết định"


def test_subject_and_intro() -> None:
    directive = Directive(DIRECTIVE, D(2021, 6, 4), "Sở Thông tin và Truyền thông",
                          "V/v tuyên truyền Chương trình OCOP.")
    june: ReportPeriod = parse_period("2021-06")
    assert subject_text(june, directive) == (
        "Kết quả tuyên truyền thực hiện Công văn số 1234/STTTT-TTBCXB ngày 04/6/2021 của Sở "
        "Thông tin và Truyền thông; từ ngày 01/06/2021 đến ngày 30/06/2021")
    assert subject_text(june, None) == (
        "Kết quả công tác tuyên truyền tháng 6 năm 2021 (từ ngày 01/06/2021 đến ngày "
        "30/06/2021)")
    custom = custom_period(D(2021, 6, 3), D(2021, 6, 9))
    assert subject_text(custom, None) == (
        "Kết quả công tác tuyên truyền từ ngày 03/06/2021 đến ngày 09/06/2021")
    intro = intro_text(june, directive, 1234)
    assert "về việc tuyên truyền Chương trình OCOP," in intro
    assert "1.234 hoạt động" in intro


def test_summary_json_shape(station: Repository) -> None:
    _insert(station, [make_record(minutes=10, language="tay"),
                      make_record(topic_code="QD861", form_code="print", items=1, copies=500,
                                  airings=None, minutes=None, language=None, source=None)])
    data = report_ops.build_summary(station, period=parse_period("2021-06")).as_json()
    assert data["period"] == {"key": "2021-06", "kind": "month", "start": "2021-06-01",
                              "end": "2021-06-30", "label": "tháng 6 năm 2021"}
    assert data["scope"] is None
    assert data["sender"] == {"code": COMMUNE, "name": "Xã Hoàng Đồng"}
    assert data["totals"] == {"records": 2, "measures": {
        "radio": {"items": 1, "airings": 2, "minutes": 10},
        "print": {"items": 1, "copies": 500}}}
    assert [t["code"] for t in data["topics"]] == ["OCOP", "QD861"]
    assert data["topics"][1]["measures"]["print"] == {"items": 1, "copies": 500}
    assert data["units"] == []
    assert data["broadcast_minutes"] == {
        "total": 10, "by_language": {"tay": 10},
        "by_source": {"self": 10, "vov": 0, "province": 0, "district": 0}}
