"""Recurrence, reconciliation and target arithmetic of the broadcast schedule (pure code)."""

import datetime as dt

import pytest

from ocop_desktop.domain.catalogue import DEFAULT_FORMS, Measure
from ocop_desktop.domain.schedule import (
    AiringState,
    NotAiredReason,
    PlannedAiring,
    SavedSlot,
    Slot,
    Target,
    TargetPer,
    Tick,
    TickState,
    expand,
    parse_days,
    reconcile,
    target_progress,
    validate_slot,
    week_start,
)
from ocop_desktop.domain.validation import ProblemCode, TopicWindow

D = dt.date
FORMS = {f.code: f for f in DEFAULT_FORMS}
TOPICS = {"OCOP": TopicWindow("OCOP")}


def slot(**fields: object) -> SavedSlot:
    values: dict[str, object] = {
        "start": dt.time(17, 0), "minutes": 30, "form_code": "radio", "topic_code": "OCOP",
        "title": "Bản tin xã", "unit_code": "05986", "days": (0, 1, 2, 3, 4, 5, 6),
        "valid_from": D(2021, 1, 1), "id": 1, "version_id": 1,
    }
    values.update(fields)
    return SavedSlot(**values)  # type: ignore[arg-type]


def test_a_saved_slot_is_its_plan_plus_an_identity() -> None:
    saved = slot(id=7, version_id=9)
    plan = saved.plan()
    assert type(plan) is Slot and not hasattr(plan, "id")
    assert plan.same_plan(saved) and saved.same_plan(plan)
    assert saved.replace(minutes=45).id == 7  # a changed version keeps the slot's identity
    assert not saved.same_plan(saved.replace(minutes=45))
    assert saved.same_plan(saved.replace(valid_to=D(2021, 12, 31), version_id=10))


def dates(airings: list[PlannedAiring]) -> list[dt.date]:
    return [a.date for a in airings]


def test_parse_days() -> None:
    assert parse_days("mon,wed, FRI") == (0, 2, 4)
    assert parse_days("sun,mon,sun") == (0, 6)
    with pytest.raises(ValueError, match="thu2"):
        parse_days("mon,thu2")


def test_daily_slot_across_a_year_boundary() -> None:
    airings = expand([slot()], D(2020, 12, 29), D(2021, 1, 3))
    # The slot starts on 1 January: nothing before, every day after, across the new year.
    assert dates(airings) == [D(2021, 1, 1), D(2021, 1, 2), D(2021, 1, 3)]
    airings = expand([slot(valid_from=D(2020, 12, 1))], D(2020, 12, 29), D(2021, 1, 3))
    assert dates(airings) == [D(2020, 12, 29) + dt.timedelta(days=i) for i in range(6)]


def test_weekly_slot_across_week_month_and_year_boundaries() -> None:
    # Mondays and Fridays, 30 Nov 2020 – 8 Jan 2021: crosses weeks, a month end and a year end.
    s = slot(days=(0, 4), valid_from=D(2020, 1, 1))
    got = dates(expand([s], D(2020, 11, 30), D(2021, 1, 8)))
    expected = [d for d in (D(2020, 11, 30) + dt.timedelta(days=i) for i in range(40))
                if d.weekday() in (0, 4)]
    assert got == expected
    assert D(2021, 1, 1) in got  # a Friday: the first day of the year
    assert D(2020, 12, 28) in got  # a Monday in the last week of the year
    assert all(d.weekday() in (0, 4) for d in got)


def test_sunday_only_slot_across_a_month_end_in_a_leap_year() -> None:
    got = dates(expand([slot(days=(6,))], D(2024, 2, 20), D(2024, 3, 10)))
    assert got == [D(2024, 2, 25), D(2024, 3, 3), D(2024, 3, 10)]


def test_validity_window_clips_the_series() -> None:
    s = slot(valid_from=D(2021, 6, 10), valid_to=D(2021, 6, 12))
    assert dates(expand([s], D(2021, 6, 1), D(2021, 6, 30))) == [
        D(2021, 6, 10), D(2021, 6, 11), D(2021, 6, 12)]
    assert expand([s], D(2021, 7, 1), D(2021, 7, 31)) == []


def test_one_off_slot() -> None:
    s = slot(days=(), on_date=D(2021, 6, 15), valid_from=D(2021, 6, 15), valid_to=D(2021, 6, 15))
    assert dates(expand([s], D(2021, 6, 1), D(2021, 6, 30))) == [D(2021, 6, 15)]
    assert expand([s], D(2021, 6, 16), D(2021, 6, 30)) == []
    assert s.occurs_on(D(2021, 6, 15)) and not s.occurs_on(D(2021, 6, 22))


def test_expansion_is_in_time_order() -> None:
    early = slot(id=2, start=dt.time(5, 30), days=(0,))
    late = slot(id=1, start=dt.time(17, 0), days=(0, 1))
    got = [(a.date, a.slot.id) for a in expand([late, early], D(2021, 6, 7), D(2021, 6, 8))]
    assert got == [(D(2021, 6, 7), 2), (D(2021, 6, 7), 1), (D(2021, 6, 8), 1)]


def test_expansion_matches_day_by_day_check_over_two_years() -> None:
    s = slot(days=(1, 3, 6), valid_from=D(2020, 2, 27), valid_to=D(2022, 3, 2))
    start, end = D(2020, 1, 1), D(2022, 12, 31)
    brute = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    assert dates(expand([s], start, end)) == [d for d in brute if s.occurs_on(d)]


def test_week_start() -> None:
    assert week_start(D(2021, 1, 3)) == D(2020, 12, 28)  # Sunday → the Monday before
    assert week_start(D(2021, 1, 4)) == D(2021, 1, 4)


def test_validation_problems() -> None:
    bad = slot(title=" ", topic_code="X", form_code="press", days=(), minutes=0,
               language="fr", valid_from=D(2021, 6, 2), valid_to=D(2021, 6, 1))
    codes = [(p.field, p.code) for p in validate_slot(bad, forms=FORMS, topics=TOPICS,
                                                      unit_known=True)]
    assert codes == [
        ("title", ProblemCode.REQUIRED), ("topic_code", ProblemCode.UNKNOWN_TOPIC),
        ("form_code", ProblemCode.NOT_BROADCAST_FORM), ("days", ProblemCode.REQUIRED),
        ("minutes", ProblemCode.NOT_POSITIVE), ("language", ProblemCode.UNKNOWN_LANGUAGE),
        ("valid_to", ProblemCode.RANGE_REVERSED)]
    assert validate_slot(slot(), forms=FORMS, topics=TOPICS, unit_known=True) == []
    assert [p.code for p in validate_slot(slot(minutes=2000), forms=FORMS, topics=TOPICS,
                                          unit_known=False)] == [
        ProblemCode.TOO_LARGE, ProblemCode.UNKNOWN_UNIT]


def test_reconciliation_counts_every_category() -> None:
    news = slot(id=1, topic_code="OCOP", minutes=30)  # daily at 17:00
    relay = slot(id=2, topic_code="QD861", start=dt.time(6, 0), minutes=15, days=(0, 2, 4))
    start, end = D(2021, 6, 7), D(2021, 6, 13)  # Monday to Sunday
    planned = expand([news, relay], start, end)
    assert len(planned) == 7 + 3
    now = dt.datetime(2021, 6, 11, 12, 0)  # Friday noon: the 17:00 news is still ahead
    ticks = {
        (1, D(2021, 6, 7)): Tick(1, D(2021, 6, 7), TickState.AIRED, record_uuid="a",
                                 record_live=True, record_minutes=35),
        (1, D(2021, 6, 8)): Tick(1, D(2021, 6, 8), TickState.NOT_AIRED, NotAiredReason.POWER),
        (1, D(2021, 6, 9)): Tick(1, D(2021, 6, 9), TickState.NOT_AIRED, NotAiredReason.POWER),
        # Aired, but the record was deleted in the log since: back to pending.
        (1, D(2021, 6, 10)): Tick(1, D(2021, 6, 10), TickState.AIRED, record_uuid="b",
                                  record_live=False),
        (2, D(2021, 6, 7)): Tick(2, D(2021, 6, 7), TickState.AIRED, record_uuid="c",
                                 record_live=True, record_minutes=15),
        (2, D(2021, 6, 9)): Tick(2, D(2021, 6, 9), TickState.NOT_AIRED,
                                 NotAiredReason.WEATHER),
        # A tick for a day the slot does not plan (closed since) is ignored.
        (2, D(2021, 6, 8)): Tick(2, D(2021, 6, 8), TickState.AIRED, record_uuid="d",
                                 record_live=True),
    }
    result = reconcile(planned, ticks, {"OCOP": (2, 20), "ATGT": (1, 5)}, start=start,
                       end=end, now=now)
    ocop, qd, atgt = result.topics["OCOP"], result.topics["QD861"], result.topics["ATGT"]
    assert (ocop.planned, ocop.aired, ocop.not_aired, ocop.pending, ocop.upcoming,
            ocop.unplanned) == (7, 1, 2, 1, 3, 2)
    assert ocop.not_aired_reasons == {"power": 2}
    assert (ocop.planned_minutes, ocop.aired_minutes, ocop.unplanned_minutes) == (210, 35, 20)
    # Friday 06:00 has passed at noon: pending; Monday aired; Wednesday not aired (weather).
    assert (qd.planned, qd.aired, qd.not_aired, qd.pending, qd.upcoming) == (3, 1, 1, 1, 0)
    assert qd.not_aired_reasons == {"weather": 1}
    assert (atgt.planned, atgt.unplanned) == (0, 1)
    total = result.total
    assert (total.planned, total.aired, total.not_aired, total.pending, total.upcoming,
            total.unplanned) == (10, 2, 3, 2, 3, 3)
    assert total.as_dict()["not_aired_reasons"] == {
        "power": 2, "equipment": 0, "weather": 1, "other": 0}
    states = {(a.slot.id, a.date): s for a, s, _ in result.airings}
    assert states[(1, D(2021, 6, 10))] is AiringState.PENDING
    assert states[(1, D(2021, 6, 11))] is AiringState.UPCOMING
    assert states[(2, D(2021, 6, 11))] is AiringState.PENDING


def test_target_progress() -> None:
    target = Target("OCOP", Measure.AIRINGS, TargetPer.WEEK, 3)
    daily = {D(2021, 6, 1): 2, D(2021, 6, 2): 2, D(2021, 6, 7): 1, D(2021, 6, 8): 1}
    progress = target_progress(target, window=(D(2021, 6, 7), D(2021, 6, 13)),
                               previous=(D(2021, 5, 31), D(2021, 6, 6)), daily=daily,
                               today=D(2021, 6, 9))
    assert (progress.value, progress.previous_value) == (2, 4)
    assert not progress.met and progress.previous_met
    assert progress.elapsed == pytest.approx(3 / 7)
    assert progress.on_track  # 2 ≥ 3 × 3/7
    assert progress.ratio == pytest.approx(2 / 3)
