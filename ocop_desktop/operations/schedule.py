"""Use cases of the broadcast schedule: slots, ticks, plan against what aired and targets
(the dashboard's figures are ``operations.dashboard``).

Like every operations module: validate first, then write in one transaction, and return
``Changes``; a ``ValidationError`` means nothing was written. Ticking "aired" logs the
airing through ``operations.log.save_record`` (the same validation as the entry form), so a
ticked airing is an ordinary log record that reports, exports and the outbox see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ocop_desktop.domain.catalogue import Measure
from ocop_desktop.domain.periods import ReportPeriod, custom_period
from ocop_desktop.domain.records import LogRecord
from ocop_desktop.domain.schedule import (
    AiringRow,
    AiringState,
    NotAiredReason,
    PlannedAiring,
    PlanTable,
    Reconciliation,
    SavedSlot,
    Slot,
    Target,
    TargetPer,
    Tick,
    TickState,
    expand,
    plan_table_of,
    reconcile,
    validate_slot,
    validate_target,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations.log import (
    Area,
    Changes,
    check_record,
    save_record,
    set_records_deleted,
)
from ocop_desktop.storage.repository import Repository
from ocop_desktop.storage.schedule import ScheduleStore

__all__ = [
    "AiringRow", "PlanTable", "SlotSaved", "airings_between", "check_slot", "close_slot",
    "plan_table", "planned_record", "save_slot", "save_target", "schedule_status",
    "scope_units", "slot", "slots", "targets", "tick_aired", "tick_not_aired", "todo_airings",
    "untick",
]

TODO_LOOKBACK_DAYS = 35  # how far back the to-do list looks for airings nobody ticked


def _store(repo: Repository) -> ScheduleStore:
    return ScheduleStore(repo.db)


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def scope_units(repo: Repository) -> list[str] | None:
    """Units whose records count: this installation's unit and every unit under it.

    ``None`` (no installation configured yet) means every record.
    """
    installation = repo.installation()
    if installation is None:
        return None
    return sorted(repo.descendant_codes(installation.unit_code))


# -- slots -------------------------------------------------------------------------------

def slots(repo: Repository, *, on: dt.date | None = None,
          include_ended: bool = False) -> list[SavedSlot]:
    """One version per slot: the one in force on ``on`` (today), else the next one to come;
    ended slots (every version before ``on``) only with ``include_ended``. Time order."""
    day = _today(on)
    chosen: dict[int, SavedSlot] = {}
    for version in _store(repo).versions():
        last = version.last_day
        current = chosen.get(version.id)
        if last is not None and last < day:
            if include_ended and (current is None or (current.last_day or day) < day):
                chosen[version.id] = version  # the latest ended version, until a live one
            continue
        if current is None or (current.last_day is not None and current.last_day < day):
            chosen[version.id] = version  # versions come oldest first: the first live one
    return sorted(chosen.values(), key=lambda s: (s.start, s.title, s.id))


def slot(repo: Repository, *, slot_id: int, on: dt.date | None = None) -> SavedSlot | None:
    """The slot as ``slots`` would list it (ended slots included)."""
    for candidate in slots(repo, on=on, include_ended=True):
        if candidate.id == slot_id:
            return candidate
    return None


def _default_unit(repo: Repository, slot: Slot) -> Slot:
    if slot.unit_code:
        return slot
    installation = repo.installation()
    return slot.replace(unit_code=installation.unit_code if installation else "")


def check_slot(repo: Repository, slot: Slot) -> list[Problem]:
    """Problems of a slot, without writing (the slot dialog shows them all at once)."""
    return _slot_problems(repo, _default_unit(repo, slot))


def _slot_problems(repo: Repository, slot: Slot) -> list[Problem]:
    problems = validate_slot(slot, forms=repo.forms(include_inactive=True),
                             topics=repo.topic_windows(),
                             unit_known=bool(slot.unit_code) and repo.any_unit(slot.unit_code)
                             is not None)
    # A source or form that ends (district relays, 31/12/2025) cannot be planned past its
    # end, nor before it starts (issue 13): the airings would be refused when ticked.
    first = slot.on_date or slot.valid_from or dt.date.today()
    last = slot.on_date or slot.valid_to
    source = repo.sources().get(slot.source) if slot.source else None
    form = repo.forms(include_inactive=True).get(slot.form_code)
    for field, item, code in (("source", source, ProblemCode.SOURCE_NOT_VALID),
                              ("form_code", form, ProblemCode.FORM_NOT_VALID)):
        if item is None:
            continue
        starts_late = item.valid_from is not None and first < item.valid_from
        ends_early = item.valid_to is not None and (last is None or last > item.valid_to)
        if starts_late or ends_early:
            after_end = (item.valid_to + dt.timedelta(days=1)) if item.valid_to else first
            problems.append(Problem(field, code, {
                "code": item.code, "name": item.name, "from": item.valid_from,
                "to": item.valid_to, "date": first if starts_late else (last or after_end)}))
    return problems


def _effective_day(store: ScheduleStore, slot_id: int, today: dt.date) -> dt.date:
    """From when an edit applies: today, or tomorrow when today's airing is already ticked
    (that tick keeps the plan it was made against)."""
    last_tick = store.last_tick_day(slot_id)
    if last_tick is not None and last_tick >= today:
        return last_tick + dt.timedelta(days=1)
    return today


def _normalised(slot: Slot, today: dt.date) -> Slot:
    """A new slot as stored: one-offs span their date; series start today by default."""
    if slot.on_date is not None:
        return slot.replace(days=(), valid_from=slot.on_date, valid_to=slot.on_date)
    return slot.replace(valid_from=slot.valid_from or today)


@dataclass(frozen=True, slots=True, kw_only=True)
class SlotSaved(Changes):
    """What ``save_slot`` changed, and the id of the slot it added or changed."""

    slot_id: int


def save_slot(repo: Repository, *, slot: Slot, slot_id: int | None = None,
              today: dt.date | None = None) -> SlotSaved:
    """Add a slot (``slot_id`` None) or change one from today on.

    A change never rewrites the past: the version in force is closed the day before the
    change applies (today, or tomorrow if today's airing is ticked) and a new version opens;
    versions that had not started yet are replaced. A one-off slot whose day has passed
    cannot be changed, nor can a one-off be moved to a day before the change applies.
    """
    day = _today(today)
    store = _store(repo)
    slot = _default_unit(repo, slot.plan())
    problems = _slot_problems(repo, slot)
    if slot_id is not None and not store.slot_exists(slot_id):
        problems.insert(0, Problem("slot", ProblemCode.UNKNOWN_SLOT, {"value": slot_id}))
    if problems:
        raise ValidationError(problems)
    if slot_id is None:
        new = _normalised(slot, day)
        with repo.db.atomic():
            new_id = store.create_slot()
            store.insert_version(new_id, new)
            repo.audit("schedule_slot", str(new_id), "create", None, repr(new))
        return SlotSaved(areas=frozenset({Area.SCHEDULE}), added=1, slot_id=new_id)

    versions = store.versions(slot_id)
    effective = _effective_day(store, slot_id, day)
    if all(v.last_day is not None and v.last_day < effective for v in versions):
        raise ValidationError([Problem("slot", ProblemCode.SLOT_IN_PAST, {"value": slot_id})])
    if slot.on_date is not None and slot.on_date < effective:
        raise ValidationError([Problem("on_date", ProblemCode.SLOT_IN_PAST, {
            "value": slot_id, "date": slot.on_date})])
    if slot.on_date is not None:
        new = slot.replace(days=(), valid_from=slot.on_date, valid_to=slot.on_date)
    else:
        new = slot.replace(valid_from=max(effective, slot.valid_from or effective))
    live = [v for v in versions if v.last_day is None or v.last_day >= effective]
    if len(live) == 1 and _same_from(live[0], new, effective):
        return SlotSaved(areas=frozenset({Area.SCHEDULE}), unchanged=1, slot_id=slot_id)
    with repo.db.atomic():
        _cut(store, versions, effective)
        if new.valid_to is None or new.valid_from is None or new.valid_to >= new.valid_from:
            store.insert_version(slot_id, new)
        repo.audit("schedule_slot", str(slot_id), "update", repr(live), repr(new))
    return SlotSaved(areas=frozenset({Area.SCHEDULE}), updated=1, slot_id=slot_id)


def _same_from(old: Slot, new: Slot, effective: dt.date) -> bool:
    """Would ``new`` plan exactly what ``old`` plans from ``effective`` on?"""
    if not old.same_plan(new) or old.valid_to != new.valid_to:
        return False
    if old.valid_from == new.valid_from:
        return True
    # An older start is clipped to the effective day: the past is not the edit's to change.
    return (old.valid_from or effective) <= effective and new.valid_from == effective


def _cut(store: ScheduleStore, versions: Sequence[SavedSlot], effective: dt.date) -> None:
    """End the plan the day before ``effective``: close the version in force, drop later ones."""
    for version in versions:
        first = version.first_day
        last = version.last_day
        if first is not None and first >= effective:
            store.delete_version(version.version_id)
        elif last is None or last >= effective:
            store.close_version(version.version_id, effective - dt.timedelta(days=1))


def close_slot(repo: Repository, *, slot_id: int, today: dt.date | None = None) -> Changes:
    """Take a slot out of the plan from today on (tomorrow if today's airing is ticked).

    Past airings and their ticks stay; a slot that never had an airing disappears.
    """
    store = _store(repo)
    if not store.slot_exists(slot_id):
        raise ValidationError([Problem("slot", ProblemCode.UNKNOWN_SLOT, {"value": slot_id})])
    effective = _effective_day(store, slot_id, _today(today))
    versions = store.versions(slot_id)
    if all(v.last_day is not None and v.last_day < effective for v in versions) and versions:
        return Changes(frozenset({Area.SCHEDULE}), unchanged=1)
    with repo.db.atomic():
        _cut(store, versions, effective)
        if not store.versions(slot_id) and store.last_tick_day(slot_id) is None:
            store.delete_slot(slot_id)
        repo.audit("schedule_slot", str(slot_id), "close", repr(versions), None)
    return Changes(frozenset({Area.SCHEDULE}), deleted=1)


# -- ticks -------------------------------------------------------------------------------

def _airings_on(repo: Repository, day: dt.date) -> list[PlannedAiring]:
    return expand(_store(repo).versions_between(day, day), day, day)


def planned_record(repo: Repository, *, slot_id: int, day: dt.date) -> LogRecord:
    """The log record an airing of the slot on ``day`` makes: one airing of the slot's
    minutes, with its topic, form, title, language and source (the user may edit it)."""
    airing = _find_airing(repo, slot_id, day)
    return _record_for(airing)


def _record_for(airing: PlannedAiring) -> LogRecord:
    slot = airing.slot
    return LogRecord(
        date=airing.date, time=slot.start, topic_code=slot.topic_code,
        form_code=slot.form_code, title=slot.title, unit_code=slot.unit_code, airings=1,
        minutes=slot.minutes, language=slot.language, source=slot.source)


def _find_airing(repo: Repository, slot_id: int, day: dt.date) -> PlannedAiring:
    if not _store(repo).slot_exists(slot_id):
        raise ValidationError([Problem("slot", ProblemCode.UNKNOWN_SLOT, {"value": slot_id})])
    for airing in _airings_on(repo, day):
        if airing.slot.id == slot_id:
            return airing
    raise ValidationError([Problem("date", ProblemCode.NOT_SCHEDULED,
                                   {"slot": slot_id, "date": day})])


def _day_problems(day: dt.date, today: dt.date) -> list[Problem]:
    """An airing can be ticked on its day or later, never before."""
    if day > today:
        return [Problem("date", ProblemCode.DATE_IN_FUTURE, {"today": today})]
    return []


def _airings_to_tick(repo: Repository, day: dt.date, slot_id: int | None
                     ) -> list[PlannedAiring]:
    """The airing of one slot on ``day``, or every airing of the day."""
    if slot_id is not None:
        return [_find_airing(repo, slot_id, day)]
    airings = _airings_on(repo, day)
    if not airings:
        raise ValidationError([Problem("date", ProblemCode.NO_SLOTS_ON_DAY, {"date": day})])
    return airings


def _audit_tick(repo: Repository, airing: PlannedAiring, existing: Tick | None,
                what: str) -> None:
    repo.audit("schedule_tick", f"{airing.slot.id}/{airing.date.isoformat()}",
               "update" if existing else "create", repr(existing), what)


def tick_aired(repo: Repository, *, day: dt.date, slot_id: int | None = None,
               record: LogRecord | None = None, note: str = "",
               today: dt.date | None = None) -> Changes:
    """Mark the airings of ``day`` (one slot, or every slot of the day) as aired.

    Each airing is logged as a record — ``record`` when the user edited the pre-filled one
    (one slot only; ignored for a whole day), else ``planned_record`` — and linked to it; a
    record already logged by hand for that airing (same day, time, topic and form) is linked
    instead of logging a second one. An airing already ticked aired, with its record, is
    left alone, so an airing is never logged twice.
    """
    current = _today(today)
    problems = _day_problems(day, current)
    if problems:
        raise ValidationError(problems)
    airings = _airings_to_tick(repo, day, slot_id)
    if len(airings) != 1:
        record = None  # an edited record only makes sense for one slot
    store = _store(repo)
    plans: list[tuple[PlannedAiring, Tick | None, LogRecord | None]] = []
    for airing in airings:
        existing = store.tick(airing.slot.id, day)
        new_record: LogRecord | None = None
        if not (existing is not None and existing.state is TickState.AIRED
                and existing.record_live):
            new_record = (record if record is not None else _record_for(airing)).replace(
                date=day)
            problems.extend(check_record(repo, new_record, today=current))
        plans.append((airing, existing, new_record))
    if problems:
        raise ValidationError(problems)

    added = updated = unchanged = 0
    uuids: list[str] = []
    areas = {Area.SCHEDULE}
    with repo.db.atomic():
        for airing, existing, new_record in plans:
            if new_record is None:  # already aired, with its record: nothing to do
                unchanged += 1
                continue
            adopted = store.unlinked_record(
                day=day, unit_code=new_record.unit_code, topic_code=new_record.topic_code,
                form_code=new_record.form_code, start=airing.slot.start)
            if adopted is not None and record is None:
                uuid, made = adopted, False
            else:
                save_record(repo, record=new_record, today=current)
                uuid, made = new_record.uuid, True
                areas.add(Area.RECORDS)
            store.save_tick(Tick(airing.slot.id, day, TickState.AIRED, None, note, uuid,
                                 created_record=made))
            uuids.append(uuid)
            if existing is None:
                added += 1
            else:
                updated += 1
            _audit_tick(repo, airing, existing, "aired")
    return Changes(frozenset(areas), added=added, updated=updated, unchanged=unchanged,
                   uuids=tuple(uuids))


def tick_not_aired(repo: Repository, *, day: dt.date, reason: NotAiredReason | str,
                   slot_id: int | None = None, note: str = "",
                   today: dt.date | None = None) -> Changes:
    """Mark the airings of ``day`` (one slot, or every slot of the day) as not aired.

    ``reason`` is a ``NotAiredReason`` or its code as typed (``power``, ``equipment``,
    ``weather`` or ``other``; another word is a problem). A record an earlier "aired" tick
    had made is deleted (kept as deleted, like any deletion). Ticking again with the same
    reason and note changes nothing.
    """
    current = _today(today)
    problems: list[Problem] = []
    why: NotAiredReason | None = None
    try:
        why = NotAiredReason(reason.strip().lower())
    except ValueError:
        problems.append(Problem("reason", ProblemCode.BAD_CHOICE, {
            "value": reason, "allowed": ", ".join(r.value for r in NotAiredReason)}))
    problems += _day_problems(day, current)
    if problems or why is None:
        raise ValidationError(problems)
    airings = _airings_to_tick(repo, day, slot_id)
    store = _store(repo)
    ticks = [(airing, store.tick(airing.slot.id, day)) for airing in airings]

    added = updated = unchanged = 0
    areas = {Area.SCHEDULE}
    with repo.db.atomic():
        for airing, existing in ticks:
            if (existing is not None and existing.state is TickState.NOT_AIRED
                    and existing.reason is why and existing.note == note):
                unchanged += 1
                continue
            if (existing is not None and existing.state is TickState.AIRED
                    and existing.created_record and existing.record_live
                    and existing.record_uuid):
                _delete_record(repo, existing.record_uuid)
                areas.add(Area.RECORDS)
            store.save_tick(Tick(airing.slot.id, day, TickState.NOT_AIRED, why, note))
            if existing is None:
                added += 1
            else:
                updated += 1
            _audit_tick(repo, airing, existing, why.value)
    return Changes(frozenset(areas), added=added, updated=updated, unchanged=unchanged)


def _delete_record(repo: Repository, uuid: str) -> None:
    set_records_deleted(repo, uuids=[uuid], deleted=True)


def untick(repo: Repository, *, day: dt.date, slot_id: int) -> Changes:
    """Forget what was ticked for an airing (a mistake); a record the tick made is deleted."""
    store = _store(repo)
    if not store.slot_exists(slot_id):
        raise ValidationError([Problem("slot", ProblemCode.UNKNOWN_SLOT, {"value": slot_id})])
    existing = store.tick(slot_id, day)
    if existing is None:
        return Changes(frozenset({Area.SCHEDULE}), unchanged=1)
    areas = {Area.SCHEDULE}
    with repo.db.atomic():
        if existing.created_record and existing.record_live and existing.record_uuid:
            _delete_record(repo, existing.record_uuid)
            areas.add(Area.RECORDS)
        store.delete_tick(slot_id, day)
        repo.audit("schedule_tick", f"{slot_id}/{day.isoformat()}", "delete",
                   repr(existing), None)
    return Changes(frozenset(areas), deleted=1)


# -- plan against what aired ---------------------------------------------------------------

def schedule_status(repo: Repository, *, period: ReportPeriod,
                    now: dt.datetime | None = None) -> Reconciliation:
    """Every planned airing of the period with its state, and the counts per topic and in
    total: planned, aired, not aired (by reason), pending, upcoming and unplanned."""
    moment = now or dt.datetime.now()
    store = _store(repo)
    planned = expand(store.versions_between(period.start, period.end), period.start, period.end)
    ticks = store.ticks_between(period.start, period.end)
    unplanned = store.unplanned(period.start, period.end, scope_units(repo))
    return reconcile(planned, ticks, unplanned, start=period.start, end=period.end, now=moment)


def airings_between(repo: Repository, *, start: dt.date, end: dt.date,
                    now: dt.datetime | None = None
                    ) -> list[AiringRow]:
    """The planned airings of a date range with their states (the week view)."""
    return list(schedule_status(repo, period=custom_period(start, end), now=now).airings)


def todo_airings(repo: Repository, *, now: dt.datetime | None = None,
                 lookback_days: int = TODO_LOOKBACK_DAYS
                 ) -> list[AiringRow]:
    """Today's airings (whatever their state) and earlier ones nobody ticked, oldest first."""
    moment = now or dt.datetime.now()
    today = moment.date()
    rows = airings_between(repo, start=today - dt.timedelta(days=lookback_days), end=today,
                           now=moment)
    return [row for row in rows if row.airing.date == today or row.state is AiringState.PENDING]


def plan_table(repo: Repository, *, period: ReportPeriod, directive: str | None = None,
               now: dt.datetime | None = None) -> PlanTable | None:
    """The report's optional "plan against what aired" table; None when nothing was planned
    (an office, or a station without a schedule). With ``directive``, its topics only.

    For the report writer (``excel`` reads ``domain.schedule.PlanTable``, not this module).
    """
    if not _store(repo).versions_between(period.start, period.end):
        return None  # no schedule in the period: skip the reconciliation's record scan
    status = schedule_status(repo, period=period, now=now)
    names = {t.code: t.name for t in repo.topics()}
    topics = {t.code for t in repo.topics(directive=directive)} if directive else None
    return plan_table_of(status, names, topics=topics)


# -- targets -----------------------------------------------------------------------------

def targets(repo: Repository) -> list[Target]:
    return _store(repo).targets()


def save_target(repo: Repository, *, topic_code: str, measure: str, per: str,
                amount: int) -> Changes:
    """Set "at least ``amount`` ``measure`` per ``per``" for a topic; 0 removes the target."""
    problems: list[Problem] = []
    try:
        measure_value = Measure(measure)
    except ValueError:
        measure_value = None
        problems.append(Problem("measure", ProblemCode.BAD_CHOICE, {
            "value": measure, "allowed": "airings, minutes, items"}))
    try:
        per_value = TargetPer(per)
    except ValueError:
        per_value = None
        problems.append(Problem("per", ProblemCode.BAD_CHOICE, {
            "value": per, "allowed": "week, month"}))
    if measure_value is not None and per_value is not None:
        problems.extend(validate_target(Target(topic_code, measure_value, per_value, amount),
                                        topics=repo.topic_windows()))
    if problems:
        raise ValidationError(problems)
    assert measure_value is not None and per_value is not None
    store = _store(repo)
    target = Target(topic_code, measure_value, per_value, amount)
    old = store.target(topic_code, measure_value, per_value)
    if (old is None and amount == 0) or old == target:
        return Changes(frozenset({Area.SCHEDULE}), unchanged=1)
    with repo.db.atomic():
        if amount == 0:
            store.delete_target(topic_code, measure_value, per_value)
        else:
            store.save_target(target)
        repo.audit("topic_target", f"{topic_code}/{measure}/{per}",
                   "delete" if amount == 0 else ("update" if old else "create"),
                   repr(old) if old else None, repr(target) if amount else None)
    return Changes(frozenset({Area.SCHEDULE}), added=int(old is None),
                   updated=int(old is not None and amount > 0),
                   deleted=int(old is not None and amount == 0))
