"""The "Tổng quan" page's figures: this month by topic, the last 13 weeks, the directive
targets' progress, the month's plan against what aired and (for an office) the child units'
reporting — from one pass over the day totals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ocop_desktop.domain.catalogue import Measure
from ocop_desktop.domain.periods import ReportPeriod, month_containing
from ocop_desktop.domain.records import Role
from ocop_desktop.domain.schedule import (
    StatusCounts,
    TargetPer,
    TargetProgress,
    target_progress,
    week_start,
)
from ocop_desktop.operations import schedule
from ocop_desktop.storage.repository import Repository
from ocop_desktop.storage.schedule import DayTotal, ScheduleStore

__all__ = ["DASHBOARD_WEEKS", "Dashboard", "DashboardWeek", "ReportingRate", "TopicMonth",
           "dashboard"]

DASHBOARD_WEEKS = 13  # "the last three months", week by week


def _target_windows(per: TargetPer, today: dt.date, cutoff_day: int
                    ) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]]:
    if per is TargetPer.WEEK:
        start = week_start(today)
        return ((start, start + dt.timedelta(days=6)),
                (start - dt.timedelta(days=7), start - dt.timedelta(days=1)))
    month = month_containing(today, cutoff_day=cutoff_day)
    before = month_containing(month.start - dt.timedelta(days=1), cutoff_day=cutoff_day)
    return (month.start, month.end), (before.start, before.end)


# -- the dashboard -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TopicMonth:
    code: str
    name: str
    records: int
    airings: int
    minutes: int


@dataclass(frozen=True, slots=True)
class DashboardWeek:
    start: dt.date  # Monday
    records: int
    airings: int
    minutes: int

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)


@dataclass(frozen=True, slots=True)
class ReportingRate:
    """How many of the child units reported for a period."""

    period_key: str
    label: str
    expected: int
    reported: int
    on_time: int = 0

    @property
    def rate(self) -> float:
        return self.reported / self.expected if self.expected else 0.0


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: dt.date
    month: ReportPeriod
    topics: tuple[TopicMonth, ...]  # this month, most airings first
    weeks: tuple[DashboardWeek, ...]  # the last 13 weeks, oldest first
    targets: tuple[TargetProgress, ...]
    topic_names: dict[str, str]
    plan: StatusCounts | None  # this month's plan against what aired, if anything is planned
    role: Role | None
    reporting: tuple[ReportingRate, ...] | None  # an office's child units; None: not shown
    reporting_note: str = ""  # why ``reporting`` is None for an office

    @property
    def month_records(self) -> int:
        return sum(t.records for t in self.topics)

    @property
    def month_airings(self) -> int:
        return sum(t.airings for t in self.topics)

    @property
    def month_minutes(self) -> int:
        return sum(t.minutes for t in self.topics)


def dashboard(repo: Repository, *, today: dt.date | None = None,
              now: dt.datetime | None = None) -> Dashboard:
    """Everything the "Tổng quan" page shows, from one pass over the day totals.

    Over a million records this costs one index-only range scan (``records_day_totals``)
    of about three months, then Python over a few thousand (day, topic) rows.
    """
    day = today or dt.date.today()
    moment = now or (dt.datetime.now() if today is None
                     else dt.datetime.combine(day, dt.time(23, 59)))
    installation = repo.installation()
    cutoff = installation.period_cutoff_day if installation else 1
    month = month_containing(day, cutoff_day=cutoff)
    first_week = week_start(day) - dt.timedelta(weeks=DASHBOARD_WEEKS - 1)
    target_list = schedule.targets(repo)
    windows = {per: _target_windows(per, day, cutoff) for per in TargetPer}
    start = min([first_week, month.start] + [w[1][0] for w in windows.values()])
    end = max(day, month.end)
    store = ScheduleStore(repo.db)
    units = schedule.scope_units(repo)
    totals = store.day_totals(start, end, units)
    names = {t.code: t.name for t in repo.topics()}

    by_topic: dict[str, list[int]] = {}
    weeks = {first_week + dt.timedelta(weeks=i): [0, 0, 0] for i in range(DASHBOARD_WEEKS)}
    for total in totals:
        if month.start <= total.date <= month.end:
            sums = by_topic.setdefault(total.topic_code, [0, 0, 0])
            sums[0] += total.records
            sums[1] += total.airings
            sums[2] += total.minutes
        week = weeks.get(week_start(total.date))
        if week is not None:
            week[0] += total.records
            week[1] += total.airings
            week[2] += total.minutes
    topic_rows = tuple(sorted(
        (TopicMonth(code, names.get(code, code), *sums) for code, sums in by_topic.items()),
        key=lambda t: (-t.airings, -t.records, t.code)))
    week_rows = tuple(DashboardWeek(start_day, *sums) for start_day, sums in weeks.items())

    progress = []
    for target in target_list:
        daily = _daily(totals, target.topic_code, target.measure)
        window, previous = windows[target.per]
        progress.append(target_progress(target, window=window, previous=previous, daily=daily,
                                        today=day))

    plan: StatusCounts | None = None
    if store.versions_between(month.start, month.end):
        plan = schedule.schedule_status(repo, period=month, now=moment).total

    role = installation.role if installation else None
    reporting: tuple[ReportingRate, ...] | None = None
    note = ""
    if role is Role.OFFICE:
        reporting, note = _reporting_rates(repo, month, cutoff)
    return Dashboard(day, month, topic_rows, week_rows, tuple(progress), names, plan, role,
                     reporting, note)


def _daily(totals: Sequence[DayTotal], topic: str, measure: Measure) -> dict[dt.date, int]:
    daily: dict[dt.date, int] = {}
    for total in totals:
        if total.topic_code == topic:
            value = {Measure.AIRINGS: total.airings, Measure.MINUTES: total.minutes,
                     Measure.ITEMS: total.items}.get(measure, 0)
            daily[total.date] = daily.get(total.date, 0) + value
    return daily


REPORTING_PERIODS = 6


def _reporting_rates(repo: Repository, month: ReportPeriod, cutoff: int
                     ) -> tuple[tuple[ReportingRate, ...] | None, str]:
    """Child units' reporting for the six months before this one (issue 4's completeness)."""
    # Imported here: reading reports pulls in the spreadsheet reader, which a station's
    # dashboard never needs.
    from ocop_desktop.domain.exchange import ChildState
    from ocop_desktop.operations.exchange import completeness

    periods: list[ReportPeriod] = []
    current = month_containing(month.start - dt.timedelta(days=1), cutoff_day=cutoff)
    for _ in range(REPORTING_PERIODS):
        periods.append(current)
        current = month_containing(current.start - dt.timedelta(days=1), cutoff_day=cutoff)
    rates: list[ReportingRate] = []
    for period in reversed(periods):
        statuses = completeness(repo, period=period)
        reported = sum(1 for s in statuses if s.state is not ChildState.MISSING)
        on_time = sum(1 for s in statuses if s.state is ChildState.ON_TIME)
        rates.append(ReportingRate(period.key, period.label, len(statuses), reported, on_time))
    if not any(rate.expected for rate in rates):
        return None, "no_children"
    return tuple(rates), ""
