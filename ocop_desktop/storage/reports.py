"""Reports in SQL: the tallies a summary is made of, and the register of exported reports.

The register table is made by migration ``0003_reports``. Writes run inside the caller's
``db.atomic()`` block (operations.reports opens it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from ocop_desktop.storage.database import Database

if TYPE_CHECKING:
    # Imported where used: the window's start needs this store (the leftover sweep reads the
    # register's folders) but not the report modules (~40 ms of CPU, DESIGN.md §7).
    from ocop_desktop.domain.report_text import Narrative
    from ocop_desktop.domain.reporting import ReportEntry, Tally

# SQLite allows 32766 parameters; a province has a few hundred units, but stay well clear.
_MAX_IN = 900


_COLUMNS = (
    "id", "year", "number", "symbol", "issued_on", "sender_code", "period_key",
    "period_start", "period_end", "scope", "file_path", "file_hash", "data_hash",
    "record_count", "generated_at", "created_at", "sent_at", "sent_to", "status",
)


def _entry(row: Mapping[str, Any]) -> ReportEntry:
    from ocop_desktop.domain.reporting import ReportEntry

    return ReportEntry(
        id=row["id"], year=row["year"], number=row["number"], symbol=row["symbol"],
        issued_on=dt.date.fromisoformat(row["issued_on"]), sender_code=row["sender_code"],
        period_key=row["period_key"], period_start=dt.date.fromisoformat(row["period_start"]),
        period_end=dt.date.fromisoformat(row["period_end"]), scope=row["scope"],
        file_path=row["file_path"], file_hash=row["file_hash"], data_hash=row["data_hash"],
        record_count=row["record_count"], generated_at=row["generated_at"],
        created_at=row["created_at"], sent_at=row["sent_at"], sent_to=row["sent_to"],
        status=row["status"])


class ReportStore:
    """Report tallies, the report register and the parts in words, of one data file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- tallies ---------------------------------------------------------------------------
    def report_tallies(self, *, start: dt.date, end: dt.date,
                       unit_codes: Collection[str] | None = None,
                       topic_codes: Collection[str] | None = None) -> list[Tally]:
        """Live records between ``start`` and ``end`` (inclusive), grouped by topic, form, unit,
        language and source and summed in SQL, so a month of a million-row log never becomes
        Python objects (DESIGN.md §7: a monthly report over 1M records in ≤ 1 s)."""
        clauses = ["deleted = 0", "date >= ?", "date <= ?"]
        params: list[Any] = [start.isoformat(), end.isoformat()]
        temp_tables: list[str] = []
        for column, codes in (("unit_code", unit_codes), ("topic_code", topic_codes)):
            if codes is None:
                continue
            values = sorted(codes)
            # The unary "+" keeps SQLite from driving the query by the unit or topic index:
            # walking the date index is 2-3x faster for a period (measured at 1M records).
            if len(values) <= _MAX_IN:
                clauses.append(f"+{column} IN ({', '.join('?' * len(values))})" if values else "0")
                params.extend(values)
            else:
                table = f"temp.report_{column}"
                self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS report_{column} "
                                "(code TEXT PRIMARY KEY)")
                self.db.execute(f"DELETE FROM {table}")
                self.db.conn.executemany(f"INSERT INTO {table} (code) VALUES (?)",
                                         [(v,) for v in values])
                clauses.append(f"+{column} IN (SELECT code FROM {table})")
                temp_tables.append(table)
        sql = (
            "SELECT topic_code, form_code, unit_code, language, source, count(*), "
            "coalesce(sum(items), 0), coalesce(sum(airings), 0), coalesce(sum(minutes), 0), "
            "coalesce(sum(copies), 0), coalesce(sum(participants), 0) "
            f"FROM records WHERE {' AND '.join(clauses)} "
            "GROUP BY topic_code, form_code, unit_code, language, source "
            "ORDER BY topic_code, form_code, unit_code, language, source")
        rows = self.db.execute(sql, params).fetchall()
        for table in temp_tables:
            self.db.execute(f"DELETE FROM {table}")
        from ocop_desktop.domain.reporting import Tally

        return [Tally(*row) for row in rows]

    # -- the register ----------------------------------------------------------------------
    def next_report_number(self, year: int) -> int:
        """The next free number of the year: one more than the highest used."""
        row = self.db.execute("SELECT max(number) FROM reports WHERE year = ?", [year]).fetchone()
        return int(row[0] or 0) + 1

    def report_number_taken(self, year: int, number: int) -> bool:
        return self.db.execute("SELECT 1 FROM reports WHERE year = ? AND number = ?",
                               [year, number]).fetchone() is not None

    def insert_report(self, entry: ReportEntry) -> int:
        """Add a register line; raises ``sqlite3.IntegrityError`` when the number is taken."""
        values = {
            "year": entry.year, "number": entry.number, "symbol": entry.symbol,
            "issued_on": entry.issued_on.isoformat(), "sender_code": entry.sender_code,
            "period_key": entry.period_key, "period_start": entry.period_start.isoformat(),
            "period_end": entry.period_end.isoformat(), "scope": entry.scope,
            "file_path": entry.file_path, "file_hash": entry.file_hash,
            "data_hash": entry.data_hash, "record_count": entry.record_count,
            "generated_at": entry.generated_at, "created_at": entry.created_at,
            "sent_at": entry.sent_at, "sent_to": entry.sent_to, "status": entry.status,
        }
        cursor = self.db.execute(
            f"INSERT INTO reports ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()))
        return int(cursor.lastrowid or 0)

    def report_entries(self, *, limit: int | None = None) -> list[ReportEntry]:
        """The register, newest first."""
        sql = f"SELECT {', '.join(_COLUMNS)} FROM reports ORDER BY year DESC, number DESC, id DESC"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_entry(row) for row in self.db.query(sql, params)]

    def report_entry(self, report_id: int) -> ReportEntry | None:
        row = next(self.db.query(f"SELECT {', '.join(_COLUMNS)} FROM reports WHERE id = ?",
                                 [report_id]), None)
        return _entry(row) if row else None

    def report_id_for_file(self, file_hash: str) -> int | None:
        """The register line of a file exactly as it was exported (by its SHA-256), if any."""
        row = self.db.execute("SELECT id FROM reports WHERE file_hash = ? ORDER BY id DESC LIMIT 1",
                              [file_hash]).fetchone()
        return int(row[0]) if row else None

    def file_paths(self) -> set[str]:
        """Every path a report was exported to."""
        return {row[0] for row in self.db.execute(
            "SELECT DISTINCT file_path FROM reports WHERE file_path IS NOT NULL")}

    def report_entries_for(self, *, period_key: str,
                           sender_code: str | None = None) -> list[ReportEntry]:
        """Reports of one period (and sender), newest first: the latest is the one to send."""
        sql = f"SELECT {', '.join(_COLUMNS)} FROM reports WHERE period_key = ?"
        params: list[Any] = [period_key]
        if sender_code is not None:
            sql += " AND sender_code = ?"
            params.append(sender_code)
        return [_entry(row) for row in self.db.query(sql + " ORDER BY id DESC", params)]

    def set_report_status(self, report_id: int, *, status: str,
                          sent_at: str | None = None, sent_to: str | None = None) -> None:
        """Record where a report is (the outbox calls this when it queues, sends, hands over)."""
        self.db.execute(
            "UPDATE reports SET status = ?, sent_at = coalesce(?, sent_at), "
            "sent_to = coalesce(?, sent_to) WHERE id = ?", [status, sent_at, sent_to, report_id])

    # -- the parts in words (migration 0008_report_texts) ----------------------------------
    def report_texts(self, period_key: str, scope: str | None) -> Narrative | None:
        row = self.db.execute(
            "SELECT assessment, tasks, proposals FROM report_texts WHERE period_key = ? "
            "AND scope = ?", [period_key, scope or ""]).fetchone()
        from ocop_desktop.domain.report_text import Narrative

        return Narrative(*row) if row else None

    def latest_report_texts(self, *, before: dt.date,
                            scope: str | None) -> tuple[str, Narrative] | None:
        """The texts of the latest period that starts before ``before`` (same scope first)."""
        row = self.db.execute(
            "SELECT period_key, assessment, tasks, proposals FROM report_texts "
            "WHERE period_start < ? AND (assessment != '' OR tasks != '' OR proposals != '') "
            "ORDER BY scope = ? DESC, period_start DESC, updated_at DESC LIMIT 1",
            [before.isoformat(), scope or ""]).fetchone()
        from ocop_desktop.domain.report_text import Narrative

        return (row[0], Narrative(*row[1:])) if row else None

    def save_report_texts(self, *, period_key: str, period_start: dt.date,
                          scope: str | None, narrative: Narrative, at: str) -> None:
        self.db.execute(
            "INSERT INTO report_texts (period_key, scope, period_start, assessment, tasks, "
            "proposals, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (period_key, scope) DO UPDATE SET period_start = excluded.period_start, "
            "assessment = excluded.assessment, tasks = excluded.tasks, "
            "proposals = excluded.proposals, updated_at = excluded.updated_at",
            [period_key, scope or "", period_start.isoformat(), narrative.assessment,
             narrative.tasks, narrative.proposals, at])
