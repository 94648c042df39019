"""The register of demo data (``demo_data``): what the demo generator added, and removing it.

Writes happen inside the caller's ``db.atomic()`` block (``operations.maintenance``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ocop_desktop.domain.records import now_utc
from ocop_desktop.storage.database import Database
from ocop_desktop.storage.repository import Repository


@dataclass(frozen=True, slots=True)
class DemoData:
    """Everything the register lists: id ranges of demo records, demo topic codes and
    directive numbers."""

    ranges: list[tuple[int, int]]
    topics: list[str]
    directives: list[str]

    @property
    def empty(self) -> bool:
        return not (self.ranges or self.topics or self.directives)


class DemoStore:
    """The demo register of one data file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def max_record_id(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(id), 0) FROM records").fetchone()[0])

    def register_records(self, first_id: int, last_id: int) -> None:
        if last_id >= first_id:
            self.db.execute("INSERT INTO demo_data (kind, first_id, last_id, created_at) "
                            "VALUES ('records', ?, ?, ?)", [first_id, last_id, now_utc()])

    def register(self, kind: str, key: str) -> None:
        self.db.execute("INSERT INTO demo_data (kind, key, created_at) VALUES (?, ?, ?)",
                        [kind, key, now_utc()])

    def demo_data(self) -> DemoData:
        rows = self.db.execute(
            "SELECT kind, key, first_id, last_id FROM demo_data ORDER BY id").fetchall()
        return DemoData(ranges=[(r[2], r[3]) for r in rows if r[0] == "records"],
                        topics=[r[1] for r in rows if r[0] == "topic"],
                        directives=[r[1] for r in rows if r[0] == "directive"])

    def demo_record_count(self) -> int:
        """Live demo records (the ranges are few; each is an index range on the primary key)."""
        total = 0
        for first, last in self.demo_data().ranges:
            total += int(self.db.execute("SELECT count(*) FROM records WHERE id BETWEEN ? AND ? "
                                         "AND deleted = 0", [first, last]).fetchone()[0])
        return total

    def _delete_unless_referenced(self, sql: str, key: str) -> int:
        """Run a DELETE that a foreign key (a schedule slot, a target, a topic of the
        directive) may refuse; a refused one leaves the row, which something real now uses."""
        self.db.execute("SAVEPOINT demo_delete")
        try:
            count = self.db.execute(sql, [key]).rowcount
        except sqlite3.IntegrityError:
            self.db.execute("ROLLBACK TO demo_delete")
            count = 0
        self.db.execute("RELEASE demo_delete")
        return int(count)

    def delete_demo(self) -> tuple[int, int, int]:
        """Delete the registered demo records, then the demo topics and directives nothing else
        uses any more; returns (records, topics, directives) deleted. Real records are never in
        a demo id range, so they are never touched."""
        data = self.demo_data()
        records = 0
        for first, last in data.ranges:
            records += self.db.execute("DELETE FROM records WHERE id BETWEEN ? AND ?",
                                       [first, last]).rowcount
        topics = 0
        for code in data.topics:
            if not Repository(self.db).topic_used(code):
                topics += self._delete_unless_referenced("DELETE FROM topics WHERE code = ?", code)
        directives = 0
        for number in data.directives:
            directives += self._delete_unless_referenced(
                "DELETE FROM directives WHERE number = ?", number)
        self.db.execute("DELETE FROM demo_data")
        return records, topics, directives
