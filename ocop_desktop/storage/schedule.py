"""SQL of the broadcast schedule: slot versions, ticks, topic targets and day totals.

Rows become ``domain.schedule`` objects here and nowhere else. Writes happen inside the
``db.atomic()`` blocks that ``operations.schedule`` opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ocop_desktop.domain.catalogue import Measure
from ocop_desktop.domain.records import now_utc
from ocop_desktop.domain.schedule import (
    NotAiredReason,
    SavedSlot,
    Slot,
    Target,
    TargetPer,
    Tick,
    TickState,
    days_text,
    parse_days,
)
from ocop_desktop.storage.database import Database
from ocop_desktop.storage.rows import opt_date, opt_iso, valid_between


@dataclass(frozen=True, slots=True)
class DayTotal:
    """Live records of one day and topic: how many, and the sums of their measures."""

    date: dt.date
    topic_code: str
    records: int
    airings: int
    minutes: int
    items: int


class ScheduleStore:
    """Typed access to the schedule tables of one data file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- slots ------------------------------------------------------------------------
    @staticmethod
    def _slot(row: Mapping[str, Any]) -> SavedSlot:
        return SavedSlot(
            id=row["slot_id"], version_id=row["id"], unit_code=row["unit_code"],
            days=parse_days(row["days"]), on_date=opt_date(row["on_date"]),
            start=dt.time.fromisoformat(row["start_time"]), minutes=row["minutes"],
            form_code=row["form_code"], topic_code=row["topic_code"], title=row["title"],
            language=row["language"], source=row["source"],
            valid_from=opt_date(row["valid_from"]), valid_to=opt_date(row["valid_to"]))

    def versions(self, slot_id: int | None = None) -> list[SavedSlot]:
        """Every version (of one slot, or of all), oldest first within a slot."""
        where, params = ("WHERE slot_id = ?", [slot_id]) if slot_id is not None else ("", [])
        return [self._slot(row) for row in self.db.query(
            f"SELECT * FROM schedule_slot_versions {where} "
            "ORDER BY slot_id, coalesce(valid_from, ''), id", params)]

    def versions_between(self, start: dt.date, end: dt.date) -> list[SavedSlot]:
        """Versions whose window overlaps ``[start, end]`` (one-offs: whose date is in it)."""
        valid, params = valid_between(start, end)
        return [self._slot(row) for row in self.db.query(
            f"SELECT * FROM schedule_slot_versions WHERE {valid} "
            "AND (on_date IS NULL OR on_date BETWEEN ? AND ?) "
            "ORDER BY start_time, slot_id", [*params, start.isoformat(), end.isoformat()])]

    def slot_exists(self, slot_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM schedule_slots WHERE id = ?",
                               [slot_id]).fetchone() is not None

    def create_slot(self) -> int:
        cursor = self.db.execute("INSERT INTO schedule_slots (created_at) VALUES (?)",
                                 [now_utc()])
        return int(cursor.lastrowid or 0)

    def delete_slot(self, slot_id: int) -> None:
        """Only for a slot that never had an airing to keep (no versions, no ticks)."""
        self.db.execute("DELETE FROM schedule_slots WHERE id = ?", [slot_id])

    def insert_version(self, slot_id: int, slot: Slot) -> int:
        cursor = self.db.execute(
            "INSERT INTO schedule_slot_versions (slot_id, unit_code, days, on_date, start_time, "
            "minutes, form_code, topic_code, title, language, source, valid_from, valid_to, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [slot_id, slot.unit_code, days_text(slot.days), opt_iso(slot.on_date),
             slot.start.strftime("%H:%M"), slot.minutes, slot.form_code, slot.topic_code,
             slot.title, slot.language, slot.source, opt_iso(slot.valid_from),
             opt_iso(slot.valid_to), now_utc()])
        return int(cursor.lastrowid or 0)

    def close_version(self, version_id: int, last_day: dt.date) -> None:
        self.db.execute("UPDATE schedule_slot_versions SET valid_to = ? WHERE id = ?",
                        [last_day.isoformat(), version_id])

    def delete_version(self, version_id: int) -> None:
        self.db.execute("DELETE FROM schedule_slot_versions WHERE id = ?", [version_id])

    # -- ticks ------------------------------------------------------------------------
    _TICK_SELECT = (
        "SELECT t.slot_id, t.date, t.state, t.reason, t.note, t.record_uuid, t.created_record, "
        "r.deleted AS record_deleted, r.minutes AS record_minutes "
        "FROM schedule_ticks t LEFT JOIN records r ON r.uuid = t.record_uuid")

    @staticmethod
    def _tick(row: Mapping[str, Any]) -> Tick:
        live = row["record_uuid"] is not None and row["record_deleted"] == 0
        return Tick(
            slot_id=row["slot_id"], date=dt.date.fromisoformat(row["date"]),
            state=TickState(row["state"]),
            reason=NotAiredReason(row["reason"]) if row["reason"] else None,
            note=row["note"], record_uuid=row["record_uuid"], record_live=live,
            record_minutes=row["record_minutes"] if live else None,
            created_record=bool(row["created_record"]))

    def tick(self, slot_id: int, day: dt.date) -> Tick | None:
        row = next(self.db.query(f"{self._TICK_SELECT} WHERE t.slot_id = ? AND t.date = ?",
                                 [slot_id, day.isoformat()]), None)
        return self._tick(row) if row else None

    def ticks_between(self, start: dt.date, end: dt.date) -> dict[tuple[int, dt.date], Tick]:
        rows = self.db.query(f"{self._TICK_SELECT} WHERE t.date BETWEEN ? AND ?",
                             [start.isoformat(), end.isoformat()])
        ticks = (self._tick(row) for row in rows)
        return {(t.slot_id, t.date): t for t in ticks}

    def save_tick(self, tick: Tick) -> None:
        at = now_utc()
        self.db.execute(
            "INSERT INTO schedule_ticks (slot_id, date, state, reason, note, record_uuid, "
            "created_record, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (slot_id, date) DO UPDATE SET state = excluded.state, "
            "reason = excluded.reason, note = excluded.note, record_uuid = excluded.record_uuid, "
            "created_record = excluded.created_record, updated_at = excluded.updated_at",
            [tick.slot_id, tick.date.isoformat(), tick.state.value,
             tick.reason.value if tick.reason else None, tick.note, tick.record_uuid,
             int(tick.created_record), at, at])

    def delete_tick(self, slot_id: int, day: dt.date) -> None:
        self.db.execute("DELETE FROM schedule_ticks WHERE slot_id = ? AND date = ?",
                        [slot_id, day.isoformat()])

    def last_tick_day(self, slot_id: int) -> dt.date | None:
        row = self.db.execute("SELECT max(date) FROM schedule_ticks WHERE slot_id = ?",
                              [slot_id]).fetchone()
        return opt_date(row[0]) if row else None

    def unlinked_record(self, *, day: dt.date, unit_code: str, topic_code: str,
                        form_code: str, start: dt.time) -> str | None:
        """A live record logged by hand for this very airing, which no tick links yet."""
        row = self.db.execute(
            "SELECT r.uuid FROM records r WHERE r.deleted = 0 AND r.unit_code = ? "
            "AND r.date = ? AND r.topic_code = ? AND r.form_code = ? AND r.time = ? "
            "AND NOT EXISTS (SELECT 1 FROM schedule_ticks t WHERE t.record_uuid = r.uuid) "
            "ORDER BY r.id LIMIT 1",
            [unit_code, day.isoformat(), topic_code, form_code, start.strftime("%H:%M")]
        ).fetchone()
        return row[0] if row else None

    def unplanned(self, start: dt.date, end: dt.date,
                  units: Sequence[str] | None) -> dict[str, tuple[int, int]]:
        """(airings, minutes) per topic of live broadcast records no aired tick links to.

        A broadcast record is one whose form counts airings; a record without an airings
        figure counts as one airing.
        """
        params: list[Any] = [start.isoformat(), end.isoformat()]
        unit_clause = ""
        if units is not None:
            unit_clause = f"AND r.unit_code IN ({', '.join('?' * len(units))})"
            params.extend(units)
        rows = self.db.execute(
            "SELECT r.topic_code, sum(coalesce(r.airings, 1)), sum(coalesce(r.minutes, 0)) "
            "FROM records r JOIN forms f ON f.code = r.form_code "
            f"WHERE r.deleted = 0 AND r.date BETWEEN ? AND ? {unit_clause} "
            "AND (',' || f.measures || ',') LIKE '%,airings,%' "
            "AND NOT EXISTS (SELECT 1 FROM schedule_ticks t "
            "                WHERE t.record_uuid = r.uuid AND t.state = 'aired') "
            "GROUP BY r.topic_code", params).fetchall()
        return {topic: (int(airings or 0), int(minutes or 0)) for topic, airings, minutes in rows}

    # -- targets ----------------------------------------------------------------------
    def targets(self) -> list[Target]:
        return [Target(row["topic_code"], Measure(row["measure"]), TargetPer(row["per"]),
                       row["amount"])
                for row in self.db.query(
                    "SELECT * FROM topic_targets ORDER BY topic_code, per, measure")]

    def target(self, topic_code: str, measure: Measure, per: TargetPer) -> Target | None:
        row = next(self.db.query(
            "SELECT * FROM topic_targets WHERE topic_code = ? AND measure = ? AND per = ?",
            [topic_code, measure.value, per.value]), None)
        return Target(topic_code, measure, per, row["amount"]) if row else None

    def save_target(self, target: Target) -> None:
        at = now_utc()
        self.db.execute(
            "INSERT INTO topic_targets (topic_code, measure, per, amount, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (topic_code, measure, per) "
            "DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at",
            [target.topic_code, target.measure.value, target.per.value, target.amount, at, at])

    def delete_target(self, topic_code: str, measure: Measure, per: TargetPer) -> None:
        self.db.execute(
            "DELETE FROM topic_targets WHERE topic_code = ? AND measure = ? AND per = ?",
            [topic_code, measure.value, per.value])

    # -- totals for the dashboard ---------------------------------------------------------
    def day_totals(self, start: dt.date, end: dt.date,
                   units: Iterable[str] | None = None) -> list[DayTotal]:
        """Per day and topic, over live records; answered from ``records_day_totals`` alone.

        The index is named because, without statistics, SQLite prefers the narrower
        ``(deleted, date …)`` index and then reads every row from the table (15× slower).
        """
        params: list[Any] = [start.isoformat(), end.isoformat()]
        unit_clause = ""
        if units is not None:
            codes = list(units)
            unit_clause = f"AND unit_code IN ({', '.join('?' * len(codes))})"
            params.extend(codes)
        rows = self.db.execute(
            "SELECT date, topic_code, count(*), sum(coalesce(airings, 0)), "
            "sum(coalesce(minutes, 0)), sum(coalesce(items, 0)) "
            "FROM records INDEXED BY records_day_totals "
            f"WHERE deleted = 0 AND date BETWEEN ? AND ? {unit_clause} "
            "GROUP BY date, topic_code", params).fetchall()
        return [DayTotal(dt.date.fromisoformat(d), topic, int(n), int(a), int(m), int(i))
                for d, topic, n, a, m, i in rows]
