"""The broadcast schedule: planned slots, their airings, and the plan against what aired.

A *slot* (khung giờ phát) is either recurring — some days of the week at a start time,
within a validity window — or a one-off on a date. Editing a slot never rewrites the past:
the version in force is closed the day before the change and a new version opens (the
stable ``SavedSlot.id`` stays, ``version_id`` changes), so airings already planned, ticked or
logged keep the plan they had.

A *tick* says what happened to one planned airing (slot, date): aired (linked to the log
record it produced) or not aired, with a reason. Reconciliation — as radio automation
systems do with the log and the as-run — sorts every planned airing of a period into aired,
not aired, pending (its time has passed and nobody ticked it) or upcoming, and counts the
broadcast records that match no slot as unplanned.

Pure code: no SQL, no Qt. Storage and operations feed it rows and dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple, Self

from ocop_desktop.domain.catalogue import LANGUAGE_CODES, SOURCE_CODES, Form, Measure
from ocop_desktop.domain.validation import (
    EARLIEST_DATE,
    Problem,
    ProblemCode,
    TopicWindow,
    title_problems,
)

# Weekday codes in ``date.weekday()`` order (Monday = 0), as the CLI spells them.
WEEKDAY_CODES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Vietnamese short names (Thứ Hai … Chủ nhật), as printed on calendars.
WEEKDAY_SHORT: tuple[str, ...] = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
WEEKDAY_NAMES: tuple[str, ...] = (
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

MAX_SLOT_MINUTES = 24 * 60
MAX_TARGET = 1_000_000


class NotAiredReason(StrEnum):
    """Why a planned airing did not go out."""

    POWER = "power"
    EQUIPMENT = "equipment"
    WEATHER = "weather"
    OTHER = "other"


REASON_NAMES: dict[NotAiredReason, str] = {
    NotAiredReason.POWER: "Mất điện",
    NotAiredReason.EQUIPMENT: "Hỏng thiết bị",
    NotAiredReason.WEATHER: "Thời tiết",
    NotAiredReason.OTHER: "Lý do khác",
}


class TickState(StrEnum):
    AIRED = "aired"
    NOT_AIRED = "not_aired"


class AiringState(StrEnum):
    """Where a planned airing stands."""

    AIRED = "aired"
    NOT_AIRED = "not_aired"
    PENDING = "pending"  # its time has passed and nobody ticked it
    UPCOMING = "upcoming"  # still ahead


class TargetPer(StrEnum):
    WEEK = "week"
    MONTH = "month"


# Measures a directive target can be set on (what grassroots directives ask for).
TARGET_MEASURES: tuple[Measure, ...] = (Measure.AIRINGS, Measure.MINUTES, Measure.ITEMS)


def parse_days(text: str) -> tuple[int, ...]:
    """``"mon,wed,fri"`` → ``(0, 2, 4)``; ``ValueError`` names the first bad word."""
    days: set[int] = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        if word not in WEEKDAY_CODES:
            raise ValueError(word)
        days.add(WEEKDAY_CODES.index(word))
    return tuple(sorted(days))


def days_text(days: Iterable[int]) -> str:
    return ",".join(WEEKDAY_CODES[d] for d in sorted(days))


@dataclass(frozen=True, slots=True)
class Slot:
    """What a slot of the broadcast schedule plans (as typed in, before it is stored).

    ``days`` (weekday numbers, Monday = 0) for a recurring slot, or ``on_date`` for a one-off.
    The slot occurs on the days of its window ``[valid_from, valid_to]`` (``valid_to`` None:
    open-ended). A slot read back from the data file is a ``SavedSlot``.
    """

    start: dt.time
    minutes: int
    form_code: str
    topic_code: str
    title: str
    unit_code: str
    days: tuple[int, ...] = ()
    on_date: dt.date | None = None
    language: str | None = None
    source: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    @property
    def one_off(self) -> bool:
        return self.on_date is not None

    @property
    def first_day(self) -> dt.date | None:
        """The first day the slot can occur on (a one-off's date, a series' start)."""
        if self.on_date is not None:
            return max(self.on_date, self.valid_from) if self.valid_from else self.on_date
        return self.valid_from

    @property
    def last_day(self) -> dt.date | None:
        if self.on_date is not None:
            return min(self.on_date, self.valid_to) if self.valid_to else self.on_date
        return self.valid_to

    def occurs_on(self, day: dt.date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        if self.valid_to is not None and day > self.valid_to:
            return False
        if self.on_date is not None:
            return day == self.on_date
        return day.weekday() in self.days

    def replace(self, **changes: object) -> Self:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def plan(self) -> Slot:
        """Only what is planned: a ``SavedSlot`` without its identity (a plain ``Slot``)."""
        return Slot(**{f.name: getattr(self, f.name) for f in dataclasses.fields(Slot)})

    def same_plan(self, other: Slot) -> bool:
        """Same planned content (ignoring identity and validity)."""
        ignore = {"valid_from", "valid_to"}
        return all(getattr(self, f.name) == getattr(other, f.name)
                   for f in dataclasses.fields(Slot) if f.name not in ignore)


@dataclass(frozen=True, slots=True, kw_only=True)
class SavedSlot(Slot):
    """One stored version of a slot: ``id`` is the slot's stable identity (it survives
    edits), ``version_id`` this version's row."""

    id: int
    version_id: int


@dataclass(frozen=True, slots=True)
class PlannedAiring:
    """One occurrence of a stored slot on a date."""

    slot: SavedSlot
    date: dt.date

    @property
    def key(self) -> tuple[int, dt.date]:
        return (self.slot.id, self.date)

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.slot.start)


def expand(slots: Iterable[SavedSlot], start: dt.date, end: dt.date) -> list[PlannedAiring]:
    """Every planned airing between ``start`` and ``end`` (inclusive), in time order.

    Works on dates, never on (year, month, week) arithmetic, so week, month and year
    boundaries need no special case; each recurring slot steps by seven days from its first
    matching day.
    """
    airings: list[PlannedAiring] = []
    for slot in slots:
        first = max(start, slot.first_day) if slot.first_day else start
        last = min(end, slot.last_day) if slot.last_day else end
        if last < first:
            continue
        if slot.on_date is not None:
            if first <= slot.on_date <= last:
                airings.append(PlannedAiring(slot, slot.on_date))
            continue
        for weekday in slot.days:
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
            while day <= last:
                airings.append(PlannedAiring(slot, day))
                day += dt.timedelta(days=7)
    airings.sort(key=lambda a: (a.date, a.slot.start, a.slot.id))
    return airings


def week_start(day: dt.date) -> dt.date:
    """Monday of the week that contains ``day``."""
    return day - dt.timedelta(days=day.weekday())


def validate_slot(slot: Slot, *, forms: Mapping[str, Form], topics: Mapping[str, TopicWindow],
                  unit_known: bool) -> list[Problem]:
    """All problems of a slot, in the order of the slot dialog's fields."""
    problems: list[Problem] = title_problems(slot.title)
    if not slot.topic_code:
        problems.append(Problem("topic_code", ProblemCode.REQUIRED))
    elif slot.topic_code not in topics:
        problems.append(Problem("topic_code", ProblemCode.UNKNOWN_TOPIC, {"code": slot.topic_code}))
    form = forms.get(slot.form_code)
    if not slot.form_code:
        problems.append(Problem("form_code", ProblemCode.REQUIRED))
    elif form is None:
        problems.append(Problem("form_code", ProblemCode.UNKNOWN_FORM, {"code": slot.form_code}))
    elif Measure.AIRINGS not in form.measures:
        # A slot is an airing: only forms that count airings (radio, relay, TV) can have one.
        problems.append(Problem("form_code", ProblemCode.NOT_BROADCAST_FORM,
                                {"code": slot.form_code}))
    if slot.on_date is None and not slot.days:
        problems.append(Problem("days", ProblemCode.REQUIRED))
    if any(not 0 <= d <= 6 for d in slot.days):
        problems.append(Problem("days", ProblemCode.BAD_CHOICE, {
            "value": ",".join(map(str, slot.days)), "allowed": ", ".join(WEEKDAY_CODES)}))
    if isinstance(slot.minutes, bool) or not isinstance(slot.minutes, int):
        problems.append(Problem("minutes", ProblemCode.NOT_A_NUMBER))
    elif slot.minutes <= 0:
        problems.append(Problem("minutes", ProblemCode.NOT_POSITIVE))
    elif slot.minutes > MAX_SLOT_MINUTES:
        problems.append(Problem("minutes", ProblemCode.TOO_LARGE, {"max": MAX_SLOT_MINUTES}))
    if slot.language is not None and slot.language not in LANGUAGE_CODES:
        problems.append(Problem("language", ProblemCode.UNKNOWN_LANGUAGE, {"code": slot.language}))
    if slot.source is not None and slot.source not in SOURCE_CODES:
        problems.append(Problem("source", ProblemCode.UNKNOWN_SOURCE, {"code": slot.source}))
    for name in ("on_date", "valid_from", "valid_to"):
        value = getattr(slot, name)
        if value is not None and value < EARLIEST_DATE:
            problems.append(Problem(name, ProblemCode.DATE_TOO_OLD, {"min": EARLIEST_DATE}))
    if slot.valid_from and slot.valid_to and slot.valid_to < slot.valid_from:
        problems.append(Problem("valid_to", ProblemCode.RANGE_REVERSED))
    if not slot.unit_code:
        problems.append(Problem("unit_code", ProblemCode.REQUIRED))
    elif not unit_known:
        problems.append(Problem("unit_code", ProblemCode.UNKNOWN_UNIT, {"code": slot.unit_code}))
    return problems


@dataclass(frozen=True, slots=True)
class Tick:
    """What happened to the airing of slot ``slot_id`` on ``date``."""

    slot_id: int
    date: dt.date
    state: TickState
    reason: NotAiredReason | None = None
    note: str = ""
    record_uuid: str | None = None
    record_live: bool = False  # the linked record exists and is not deleted
    record_minutes: int | None = None
    created_record: bool = False  # the tick made the record (so un-ticking deletes it)


def airing_state(airing: PlannedAiring, tick: Tick | None, now: dt.datetime) -> AiringState:
    """Aired needs a live linked record: deleting the record in the log undoes the airing."""
    if tick is not None:
        if tick.state is TickState.NOT_AIRED:
            return AiringState.NOT_AIRED
        if tick.record_live:
            return AiringState.AIRED
    return AiringState.PENDING if airing.starts_at <= now else AiringState.UPCOMING


@dataclass(slots=True)
class StatusCounts:
    """Plan against what aired, for one topic or in total (counts of airings)."""

    planned: int = 0
    aired: int = 0
    not_aired: int = 0
    pending: int = 0
    upcoming: int = 0
    unplanned: int = 0  # broadcast airings logged that match no slot
    planned_minutes: int = 0
    aired_minutes: int = 0
    unplanned_minutes: int = 0
    not_aired_reasons: dict[str, int] = field(default_factory=dict)

    def add(self, state: AiringState, *, planned_minutes: int, aired_minutes: int,
            reason: NotAiredReason | None) -> None:
        self.planned += 1
        self.planned_minutes += planned_minutes
        if state is AiringState.AIRED:
            self.aired += 1
            self.aired_minutes += aired_minutes
        elif state is AiringState.NOT_AIRED:
            self.not_aired += 1
            key = (reason or NotAiredReason.OTHER).value
            self.not_aired_reasons[key] = self.not_aired_reasons.get(key, 0) + 1
        elif state is AiringState.PENDING:
            self.pending += 1
        else:
            self.upcoming += 1

    def merge(self, other: StatusCounts) -> None:
        for name in ("planned", "aired", "not_aired", "pending", "upcoming", "unplanned",
                     "planned_minutes", "aired_minutes", "unplanned_minutes"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, count in other.not_aired_reasons.items():
            self.not_aired_reasons[key] = self.not_aired_reasons.get(key, 0) + count

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of ``schedule status`` (reasons in their fixed order)."""
        return {
            "planned": self.planned, "aired": self.aired, "not_aired": self.not_aired,
            "pending": self.pending, "upcoming": self.upcoming, "unplanned": self.unplanned,
            "not_aired_reasons": {r.value: self.not_aired_reasons.get(r.value, 0)
                                  for r in NotAiredReason},
            "planned_minutes": self.planned_minutes, "aired_minutes": self.aired_minutes,
            "unplanned_minutes": self.unplanned_minutes,
        }


class AiringRow(NamedTuple):
    """A planned airing, where it stands, and its tick (None: not ticked)."""

    airing: PlannedAiring
    state: AiringState
    tick: Tick | None


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """Plan against as-run over a date range: per airing, per topic and in total."""

    start: dt.date
    end: dt.date
    airings: tuple[AiringRow, ...]
    total: StatusCounts
    topics: dict[str, StatusCounts]


def reconcile(planned: Sequence[PlannedAiring], ticks: Mapping[tuple[int, dt.date], Tick],
              unplanned: Mapping[str, tuple[int, int]], *, start: dt.date, end: dt.date,
              now: dt.datetime) -> Reconciliation:
    """Sort each planned airing into a state and count them by topic.

    ``unplanned`` maps a topic to the (airings, minutes) of broadcast records of the range
    that no tick links to. Ticks of airings that are not planned (their slot was closed
    before that day) are ignored: the plan is what the slots say.
    """
    topics: dict[str, StatusCounts] = {}
    rows: list[AiringRow] = []
    for airing in planned:
        tick = ticks.get(airing.key)
        state = airing_state(airing, tick, now)
        counts = topics.setdefault(airing.slot.topic_code, StatusCounts())
        aired_minutes = airing.slot.minutes
        if tick is not None and tick.record_minutes is not None:
            aired_minutes = tick.record_minutes
        counts.add(state, planned_minutes=airing.slot.minutes, aired_minutes=aired_minutes,
                   reason=tick.reason if tick is not None else None)
        rows.append(AiringRow(airing, state, tick))
    for topic, (airings, minutes) in unplanned.items():
        counts = topics.setdefault(topic, StatusCounts())
        counts.unplanned += airings
        counts.unplanned_minutes += minutes
    total = StatusCounts()
    for counts in topics.values():
        total.merge(counts)
    return Reconciliation(start, end, tuple(rows), total, dict(sorted(topics.items())))


# -- the report's table ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PlanRow:
    """One line of the report's "plan against what aired" table."""

    label: str
    planned: int
    aired: int
    not_aired: int
    pending: int
    unplanned: int
    rate: str  # "87%": aired of the airings whose time has come; "" when none has
    reasons: str  # "Mất điện: 3; Thời tiết: 1"

    @property
    def numbers(self) -> tuple[int, int, int, int, int]:
        return (self.planned, self.aired, self.not_aired, self.pending, self.unplanned)


PLAN_TABLE_HEADER: tuple[str, ...] = (
    "Chủ đề", "Kế hoạch (buổi)", "Đã phát", "Không phát", "Chưa đánh dấu",
    "Phát ngoài kế hoạch (lượt)", "Tỷ lệ thực hiện")


@dataclass(frozen=True, slots=True)
class PlanTable:
    """Plan against what aired, ready to print: one row per topic, then the totals.

    ``note`` is the sentence printed under the table: the reasons for what did not air,
    and how many planned airings were still to come when the report was made.
    """

    header: tuple[str, ...]
    rows: tuple[PlanRow, ...]
    total: PlanRow
    note: str


def _plan_row(label: str, counts: StatusCounts) -> PlanRow:
    reasons = "; ".join(f"{REASON_NAMES[r]}: {counts.not_aired_reasons[r.value]}"
                        for r in NotAiredReason if counts.not_aired_reasons.get(r.value))
    due = counts.planned - counts.upcoming
    rate = f"{round(100 * counts.aired / due)}%" if due else ""
    return PlanRow(label, counts.planned, counts.aired, counts.not_aired, counts.pending,
                   counts.unplanned, rate, reasons)


def plan_table_of(status: Reconciliation, topic_names: Mapping[str, str], *,
                  topics: Collection[str] | None = None) -> PlanTable | None:
    """The table of a reconciliation (only ``topics``, when given: a directive's report);
    ``None`` when nothing was planned for them in the period."""
    chosen = {code: counts for code, counts in status.topics.items()
              if topics is None or code in topics}
    totals = StatusCounts()
    for counts in chosen.values():
        totals.merge(counts)
    if totals.planned == 0:
        return None
    rows = tuple(_plan_row(topic_names.get(code, code), counts)
                 for code, counts in chosen.items())
    total = _plan_row("Tổng cộng", totals)
    notes: list[str] = []
    reasons = totals.not_aired_reasons
    if any(reasons.values()):
        notes.append("Lý do không phát: " + "; ".join(
            f"{REASON_NAMES[r].lower()} {reasons[r.value]} buổi"
            for r in NotAiredReason if reasons.get(r.value)) + ".")
    if totals.upcoming:
        notes.append(f"Còn {totals.upcoming} buổi chưa tới giờ phát khi lập báo cáo.")
    return PlanTable(PLAN_TABLE_HEADER, rows, total, " ".join(notes))


# -- directive targets -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Target:
    """“At least ``amount`` of ``measure`` per week/month” for a topic."""

    topic_code: str
    measure: Measure
    per: TargetPer
    amount: int


def validate_target(target: Target, *, topics: Mapping[str, TopicWindow]) -> list[Problem]:
    problems: list[Problem] = []
    if not target.topic_code:
        problems.append(Problem("topic_code", ProblemCode.REQUIRED))
    elif target.topic_code not in topics:
        problems.append(Problem("topic_code", ProblemCode.UNKNOWN_TOPIC,
                                {"code": target.topic_code}))
    if target.measure not in TARGET_MEASURES:
        problems.append(Problem("measure", ProblemCode.BAD_CHOICE, {
            "value": target.measure, "allowed": ", ".join(m.value for m in TARGET_MEASURES)}))
    if isinstance(target.amount, bool) or not isinstance(target.amount, int):
        problems.append(Problem("amount", ProblemCode.NOT_A_NUMBER))
    elif target.amount < 0:
        problems.append(Problem("amount", ProblemCode.NEGATIVE))
    elif target.amount > MAX_TARGET:
        problems.append(Problem("amount", ProblemCode.TOO_LARGE, {"max": MAX_TARGET}))
    return problems


@dataclass(frozen=True, slots=True)
class TargetProgress:
    """How far a target is met in the current week or month, and in the one before."""

    target: Target
    start: dt.date
    end: dt.date
    value: int
    previous_start: dt.date
    previous_end: dt.date
    previous_value: int
    elapsed: float  # share of the current window that has passed, 0..1

    @property
    def ratio(self) -> float:
        return self.value / self.target.amount if self.target.amount else 1.0

    @property
    def met(self) -> bool:
        return self.value >= self.target.amount

    @property
    def previous_met(self) -> bool:
        return self.previous_value >= self.target.amount

    @property
    def on_track(self) -> bool:
        """At or ahead of an even pace through the window."""
        return self.value >= self.target.amount * self.elapsed


def target_progress(target: Target, *, window: tuple[dt.date, dt.date],
                    previous: tuple[dt.date, dt.date], daily: Mapping[dt.date, int],
                    today: dt.date) -> TargetProgress:
    """Sum ``daily`` (this topic's measure per day) over the current and previous windows."""
    start, end = window
    value = sum(v for day, v in daily.items() if start <= day <= end)
    previous_value = sum(v for day, v in daily.items() if previous[0] <= day <= previous[1])
    days = (end - start).days + 1
    elapsed = min(max((today - start).days + 1, 0), days) / days
    return TargetProgress(target, start, end, value, previous[0], previous[1], previous_value,
                          elapsed)
