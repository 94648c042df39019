"""SQL of the import register (migration 0004_imports) and of the bulk record writes of imports.

The operations layer (``operations/exchange.py``) decides; this module only reads and writes
rows. Writes are called inside the caller's ``db.atomic()`` block.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from ocop_desktop.domain.exchange import ImportBatch, ImportOutcome
from ocop_desktop.domain.records import LogRecord, Unit
from ocop_desktop.domain.text import collation_key, fold
from ocop_desktop.storage.database import Database
from ocop_desktop.storage.repository import (
    RECORD_COLUMNS,
    Repository,
    record_from_row,
    record_to_row,
    unit_from_row,
)
from ocop_desktop.storage.rows import valid_between

_RECORD_SELECT = ", ".join(f"r.{c}" for c in RECORD_COLUMNS)


class ChangeAction(StrEnum):
    """What an import did to one thing, as kept for its undo (``import_changes.action``)."""

    NEW = "new"  # a record it added (kept in ``import_added``, one row per import)
    CHANGED = "changed"  # a record it replaced: the old row is kept
    REMOVED = "removed"  # a record it marked removed: the old row is kept
    TOPIC = "topic"  # a topic it created


class ImportChange(NamedTuple):
    """One entry of an import's undo log."""

    action: ChangeAction
    key: str  # a record's uuid, or a topic's code
    old_values: str | None = None  # the replaced row, JSON
    new_updated_at: str | None = None  # the version the import wrote



def _batch(row: Mapping[str, Any]) -> ImportBatch:
    return ImportBatch(
        id=row["id"], file_name=row["file_name"], file_hash=row["file_hash"],
        data_hash=row["data_hash"], sender_code=row["sender_code"],
        sender_name=row["sender_name"], period_key=row["period_key"],
        period_start=dt.date.fromisoformat(row["period_start"]),
        period_end=dt.date.fromisoformat(row["period_end"]),
        report_number=row["report_number"], generated_at=row["generated_at"],
        imported_at=row["imported_at"], record_count=row["record_count"], new=row["new"],
        changed=row["changed"], unchanged=row["unchanged"], removed=row["removed"],
        conflicts=row["conflicts"], topics_created=row["topics_created"],
        result=ImportOutcome(row["result"]), undone_at=row["undone_at"],
        signer_state=row["signer_state"], signer_fingerprint=row["signer_fingerprint"])


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A record row with where its current version came from."""

    record: LogRecord
    import_batch_id: int | None
    source: str | None  # sender code of that import; None: entered here
    deleted_at: str | None


_STORED_SELECT = (f"SELECT {_RECORD_SELECT}, r.import_batch_id, b.sender_code, r.deleted_at "
                  "FROM records r LEFT JOIN import_batches b ON b.id = r.import_batch_id")


def _stored(row: Sequence[Any]) -> StoredRecord:
    width = len(RECORD_COLUMNS)
    return StoredRecord(record_from_row(tuple(row[:width])), row[width], row[width + 1],
                        row[width + 2])


class RowMaker:
    """``record_to_row`` for bulk imports, with the two slow columns computed per word.

    ``title_key`` (Vietnamese collation) and ``search_text`` (folded text) cost about 30 µs
    per record, most of the import's time; titles are made of a few thousand distinct
    syllables, so both are assembled from per-word results kept in a dictionary. Both
    functions work syllable by syllable between spaces, so the result is the same string
    (a test checks it against ``record_to_row``; ``check`` does at run time too).
    """

    def __init__(self) -> None:
        self._collation: dict[str, tuple[str, str] | None] = {}
        self._titles: dict[str, str] = {}  # a station airs the same item many times
        self._fold: dict[str, str] = {}
        self.columns: tuple[str, ...] = ()

    def _word_key(self, word: str) -> tuple[str, str] | None:
        cached = self._collation.get(word, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        result: tuple[str, str] | None = None
        first = unicodedata.normalize("NFD", word.lower())[:1]
        # A word that starts with a combining mark would join the space before it.
        if "\x01" not in word and not (first and unicodedata.combining(first)):
            primary, _, tones = collation_key(word).partition("\x01")
            result = (primary, tones)
        self._collation[word] = result
        return result

    def title_key(self, title: str) -> str:
        key = self._titles.get(title)
        if key is None:
            key = self._title_key(title)
            self._titles[title] = key
        return key

    def _title_key(self, title: str) -> str:
        primaries: list[str] = []
        tones: list[str] = []
        for word in title.split(" "):
            parts = self._word_key(word)
            if parts is None:
                return collation_key(title)
            primaries.append(parts[0])
            tones.append(parts[1])
        return " ".join(primaries) + "\x01" + "".join(tones)

    def _folded(self, text: str) -> str:
        cached = self._fold.get(text)
        if cached is None:
            cached = " ".join(f for f in (self._fold_word(w) for w in text.split(" ")) if f)
            self._fold[text] = cached
        return cached

    def _fold_word(self, word: str) -> str:
        cached = self._fold.get(word)
        if cached is None:
            cached = fold(word)
            self._fold[word] = cached
        return cached

    def search_text(self, record: LogRecord) -> str:
        return " ".join(f for f in (self._folded(record.title), self._folded(record.location),
                                    self._folded(record.operator), self._folded(record.notes))
                        if f)

    def row(self, record: LogRecord) -> dict[str, Any]:
        return record_to_row(record, title_key=self.title_key, search=self.search_text)

    def check(self, record: LogRecord) -> bool:
        """Whether the fast row equals the repository's (guards against the schema drifting)."""
        return self.row(record) == record_to_row(record)


class ImportStore:
    """The import register, and records and units as imports see them, of one data file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the register ----------------------------------------------------------------------
    def insert_batch(self, values: Mapping[str, Any]) -> int:
        columns = ", ".join(values)
        cursor = self.db.execute(
            f"INSERT INTO import_batches ({columns}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()))
        return int(cursor.lastrowid or 0)

    def update_batch(self, batch_id: int, values: Mapping[str, Any]) -> None:
        assignments = ", ".join(f"{c} = ?" for c in values)
        self.db.execute(f"UPDATE import_batches SET {assignments} WHERE id = ?",
                        [*values.values(), batch_id])

    def batch(self, batch_id: int) -> ImportBatch | None:
        row = next(self.db.query("SELECT * FROM import_batches WHERE id = ?", [batch_id]), None)
        return _batch(row) if row else None

    def batches(self, *, limit: int | None = None) -> list[ImportBatch]:
        """The register, newest first."""
        sql = "SELECT * FROM import_batches ORDER BY id DESC"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_batch(row) for row in self.db.query(sql, params)]

    def record_batches(self, uuids: Sequence[str]) -> dict[str, ImportBatch]:
        """The import that brought the current version of each of these records."""
        result: dict[str, ImportBatch] = {}
        cache: dict[int, ImportBatch] = {}
        for uuid, batch_id in self.db.execute(
                "SELECT uuid, import_batch_id FROM records WHERE import_batch_id IS NOT NULL "
                "AND uuid IN (SELECT value FROM json_each(?))", [json.dumps(list(uuids))]):
            if batch_id not in cache:
                found = self.batch(batch_id)
                if found is None:
                    continue
                cache[batch_id] = found
            result[uuid] = cache[batch_id]
        return result

    def latest_accepted(self, sender_code: str, period_key: str) -> ImportBatch | None:
        """The newest file (by its generation time) accepted and not undone for a sender+period."""
        row = next(self.db.query(
            "SELECT * FROM import_batches WHERE sender_code = ? AND period_key = ? "
            "AND undone_at IS NULL ORDER BY generated_utc DESC, id DESC LIMIT 1",
            [sender_code, period_key]), None)
        return _batch(row) if row else None

    def received_batches(self, *, senders: Sequence[str], start: dt.date,
                         end: dt.date) -> list[ImportBatch]:
        """Accepted files of these senders whose period covers ``start..end``, oldest first."""
        return [_batch(row) for row in self.db.query(
            "SELECT * FROM import_batches WHERE undone_at IS NULL AND period_start <= ? "
            "AND period_end >= ? AND sender_code IN (SELECT value FROM json_each(?)) "
            "ORDER BY generated_utc, id",
            [start.isoformat(), end.isoformat(), json.dumps(senders)])]

    def set_undone(self, batch_id: int, at: str) -> None:
        self.db.execute("UPDATE import_batches SET undone_at = ? WHERE id = ?", [at, batch_id])

    def insert_changes(self, batch_id: int, changes: Iterable[ImportChange]) -> None:
        self.db.conn.executemany(
            "INSERT INTO import_changes (batch_id, action, key, old_values, new_updated_at) "
            "VALUES (?, ?, ?, ?, ?)", ((batch_id, *change) for change in changes))

    def insert_added(self, batch_id: int, records: Iterable[tuple[str, str]]) -> None:
        """The records an import added, as (uuid, updated_at) pairs, in one row."""
        self.db.execute("INSERT INTO import_added (batch_id, records) VALUES (?, ?)",
                        [batch_id, json.dumps([list(pair) for pair in records],
                                              separators=(",", ":"))])

    def added(self, batch_id: int) -> list[tuple[str, str]]:
        row = self.db.execute("SELECT records FROM import_added WHERE batch_id = ?",
                              [batch_id]).fetchone()
        return [(uuid, updated_at) for uuid, updated_at in json.loads(row[0])] if row else []

    def changes(self, batch_id: int) -> Iterator[ImportChange]:
        """The undo log of one import, in the order written; the records it added first."""
        for uuid, updated_at in self.added(batch_id):
            yield ImportChange(ChangeAction.NEW, uuid, None, updated_at)
        for row in self.db.execute(
                "SELECT action, key, old_values, new_updated_at FROM import_changes "
                "WHERE batch_id = ? ORDER BY id", [batch_id]):
            yield ImportChange(ChangeAction(row[0]), row[1], row[2], row[3])

    # -- records as imports see them -------------------------------------------------------
    def records_of_batch(self, batch_id: int) -> Iterator[StoredRecord]:
        """The records whose current version came through import ``batch_id``, by date."""
        for row in self.db.execute(f"{_STORED_SELECT} WHERE r.import_batch_id = ? "
                                   "ORDER BY r.date, r.time, r.uuid", [batch_id]):
            yield _stored(row)

    def records_by_uuid(self, uuids: Sequence[str]) -> dict[str, StoredRecord]:
        """The stored records among ``uuids`` (live or deleted), in one indexed query."""
        if not uuids:
            return {}
        rows = self.db.execute(f"{_STORED_SELECT} WHERE r.uuid IN (SELECT value FROM json_each(?))",
                               [json.dumps(list(uuids))]).fetchall()
        return {row[0]: _stored(row) for row in rows}

    def imported_in_scope(self, *, start: dt.date, end: dt.date,
                          unit_codes: Iterable[str]) -> list[StoredRecord]:
        """Live records that came by import, dated ``start..end``, of these units."""
        rows = self.db.execute(
            f"{_STORED_SELECT} WHERE r.deleted = 0 AND r.import_batch_id IS NOT NULL "
            "AND r.date BETWEEN ? AND ? AND r.unit_code IN (SELECT value FROM json_each(?))",
            [start.isoformat(), end.isoformat(), json.dumps(sorted(unit_codes))]).fetchall()
        return [_stored(row) for row in rows]

    def record_row(self, uuid: str) -> dict[str, Any] | None:
        """Every column of a record's row (what an undo restores), without its rowid."""
        row = next(self.db.query("SELECT * FROM records WHERE uuid = ?", [uuid]), None)
        if row is None:
            return None
        row.pop("id", None)
        return row

    def restore_row(self, values: Mapping[str, Any]) -> None:
        values = dict(values)
        uuid = values.pop("uuid")
        assignments = ", ".join(f"{c} = ?" for c in values)
        self.db.execute(f"UPDATE records SET {assignments} WHERE uuid = ?",
                        [*values.values(), uuid])

    def delete_record(self, uuid: str) -> None:
        self.db.execute("DELETE FROM records WHERE uuid = ?", [uuid])

    def replace_record(self, record: LogRecord, *, batch_id: int) -> None:
        """Overwrite a stored record with a version from a file (live, owned by the import)."""
        row = record_to_row(record)
        row.update(deleted=0, deleted_at=None, import_batch_id=batch_id)
        uuid = row.pop("uuid")
        assignments = ", ".join(f"{c} = ?" for c in row)
        self.db.execute(f"UPDATE records SET {assignments} WHERE uuid = ?", [*row.values(), uuid])

    def mark_removed(self, uuid: str, *, at: str, batch_id: int) -> None:
        """A record the sender no longer reports: kept as deleted, stamped with the file's time."""
        self.db.execute("UPDATE records SET deleted = 1, deleted_at = ?, updated_at = ?, "
                        "import_batch_id = ? WHERE uuid = ?", [at, at, batch_id, uuid])

    def insert_records(self, records: Sequence[LogRecord], *, batch_id: int) -> None:
        """Insert new records of an import in bulk (the caller owns the transaction)."""
        if not records:
            return
        maker = RowMaker()
        make = maker.row if maker.check(records[0]) else record_to_row
        with self._large_cache(len(records)):
            Repository(self.db).insert_records(records, import_batch_id=batch_id, make_row=make)

    @contextmanager
    def _large_cache(self, rows: int) -> Iterator[None]:
        """A bigger page cache while many rows go into the records table's ten indexes."""
        if rows < 20_000:
            yield
            return
        previous = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute("PRAGMA cache_size = -65536")  # 64 MiB, for this connection only
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(previous)}")

    # -- the unit tree over a period -------------------------------------------------------
    def tree_epochs(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
        """``start..end`` cut where any unit version begins or ends (the tree is fixed within)."""
        rows = self.db.execute(
            "SELECT valid_from FROM units WHERE valid_from > ? AND valid_from <= ? "
            "UNION SELECT date(valid_to, '+1 day') FROM units WHERE valid_to >= ? AND valid_to < ?",
            [start.isoformat(), end.isoformat(), start.isoformat(), end.isoformat()]).fetchall()
        cuts = sorted({dt.date.fromisoformat(row[0]) for row in rows if row[0]})
        epochs: list[tuple[dt.date, dt.date]] = []
        first = start
        for cut in cuts:
            epochs.append((first, cut - dt.timedelta(days=1)))
            first = cut
        epochs.append((first, end))
        return epochs

    def children_in_period(self, code: str, start: dt.date, end: dt.date) -> list[Unit]:
        """Units directly under ``code`` at any time in ``start..end`` (latest version of each)."""
        valid, params = valid_between(start, end)
        rows = self.db.query(
            f"SELECT * FROM units WHERE parent_code = ? AND code != ? AND {valid} "
            "ORDER BY code, coalesce(valid_from, '')", [code, code, *params])
        units = {row["code"]: unit_from_row(row) for row in rows}  # the latest version wins
        return list(units.values())

    def record_counts_by_unit(self, *, start: dt.date, end: dt.date,
                              entered_by: str) -> dict[str, tuple[int, int]]:
        """Live records dated ``start..end`` per unit: (all, entered by ``entered_by``)."""
        return {row[0]: (row[1], row[2]) for row in self.db.execute(
            "SELECT unit_code, count(*), coalesce(sum(entered_by = ?), 0) FROM records "
            "WHERE deleted = 0 AND date BETWEEN ? AND ? GROUP BY unit_code",
            [entered_by, start.isoformat(), end.isoformat()])}
