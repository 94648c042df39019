"""Repository: the core tables (settings, units, catalogue, directives and topics, records,
audit) as domain objects, and the handle every caller holds (the area stores beside it are
listed in ``storage/__init__.py``).

All writes happen inside ``db.atomic()`` blocks opened by the operations layer (or here, for
single statements), so every save is one committed transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict
from typing import Any

from ocop_desktop.domain.catalogue import Choice, Form, Measure
from ocop_desktop.domain.records import (
    Directive,
    Installation,
    LogRecord,
    RecordQuery,
    Role,
    SortKey,
    Topic,
    Unit,
    UnitLevel,
    now_utc,
)
from ocop_desktop.domain.text import collation_key, fold, search_terms
from ocop_desktop.domain.validation import TopicWindow
from ocop_desktop.storage.database import Database
from ocop_desktop.storage.rows import opt_date, opt_iso, valid_between

RECORD_COLUMNS = (
    "uuid", "unit_code", "date", "time", "topic_code", "form_code", "title",
    "items", "airings", "minutes", "copies", "participants", "language", "source",
    "priority", "location", "operator", "notes", "entered_by", "created_at", "updated_at",
    "deleted",
)
_SELECT_RECORD = "SELECT " + ", ".join(f"r.{c}" for c in RECORD_COLUMNS) + " FROM records r"


def record_from_row(row: tuple[Any, ...] | Mapping[str, Any]) -> LogRecord:
    values = dict(zip(RECORD_COLUMNS, row, strict=True)) if isinstance(row, tuple) else dict(row)
    return LogRecord(
        uuid=values["uuid"], unit_code=values["unit_code"],
        date=dt.date.fromisoformat(values["date"]),
        time=dt.time.fromisoformat(values["time"]) if values["time"] else None,
        topic_code=values["topic_code"], form_code=values["form_code"], title=values["title"],
        items=values["items"], airings=values["airings"], minutes=values["minutes"],
        copies=values["copies"], participants=values["participants"],
        language=values["language"], source=values["source"], priority=values["priority"],
        location=values["location"], operator=values["operator"], notes=values["notes"],
        entered_by=values["entered_by"], created_at=values["created_at"],
        updated_at=values["updated_at"], deleted=bool(values["deleted"]),
    )


def record_to_row(record: LogRecord, *, title_key: Callable[[str], str] = collation_key,
                  search: Callable[[LogRecord], str] | None = None) -> dict[str, Any]:
    """The row of a record; bulk imports pass faster (cached) ways to the two slow columns."""
    return {
        "uuid": record.uuid, "unit_code": record.unit_code, "date": record.date.isoformat(),
        "time": record.time.strftime("%H:%M") if record.time else None,
        "topic_code": record.topic_code, "form_code": record.form_code, "title": record.title,
        "title_key": title_key(record.title),
        "items": record.items, "airings": record.airings, "minutes": record.minutes,
        "copies": record.copies, "participants": record.participants,
        "language": record.language, "source": record.source, "priority": record.priority,
        "location": record.location, "operator": record.operator, "notes": record.notes,
        "entered_by": record.entered_by, "created_at": record.created_at,
        "updated_at": record.updated_at, "deleted": int(record.deleted),
        "search_text": (search or search_text)(record),
    }


def unit_from_row(row: Mapping[str, Any]) -> Unit:
    return Unit(code=row["code"], name=row["name"], level=UnitLevel(row["level"]),
                parent_code=row["parent_code"], valid_from=opt_date(row["valid_from"]),
                valid_to=opt_date(row["valid_to"]))


def search_text(record: LogRecord) -> str:
    """What a search looks in: title, location, operator and notes, folded."""
    return fold(" ".join((record.title, record.location, record.operator, record.notes)))


def _record_json(record: LogRecord) -> str:
    return json.dumps(asdict(record), default=str, ensure_ascii=False, sort_keys=True)


def _match(terms: list[str]) -> str:
    """FTS query: whole words, the last one as a prefix (the user may still be typing).

    "dong dang" finds "Đồng Đăng"; "hoi ngh" finds "Hội nghị".
    """
    return " ".join([f'"{term}"' for term in terms[:-1]] + [f'"{terms[-1]}"*'])


class Repository:
    """Typed access to one data file."""

    def __init__(self, db: Database):
        self.db = db

    # -- settings ---------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def delete_setting(self, key: str) -> None:
        self.db.execute("DELETE FROM settings WHERE key = ?", [key])

    def installation(self) -> Installation | None:
        raw = self.setting("installation")
        if raw is None:
            return None
        data = json.loads(raw)
        data["role"] = Role(data["role"])
        return Installation(**data)

    def save_installation(self, installation: Installation) -> None:
        self.set_setting("installation", json.dumps(asdict(installation), ensure_ascii=False))

    # -- audit ------------------------------------------------------------------------
    def audit(self, entity: str, key: str, action: str, old: str | None, new: str | None) -> None:
        self.db.execute(
            "INSERT INTO audit_log (at, entity, entity_key, action, old_values, new_values) "
            "VALUES (?, ?, ?, ?, ?, ?)", [now_utc(), entity, key, action, old, new])

    def audit_entries(self, entity: str, key: str) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT at, action, old_values, new_values FROM audit_log "
            "WHERE entity = ? AND entity_key = ? ORDER BY id", [entity, key]))

    # -- units ------------------------------------------------------------------------
    def unit_versions(self, code: str) -> list[tuple[int, Unit]]:
        return [(row["id"], unit_from_row(row)) for row in self.db.query(
            "SELECT * FROM units WHERE code = ? ORDER BY coalesce(valid_from, '')", [code])]

    def unit(self, code: str, on: dt.date | None = None) -> Unit | None:
        """The unit with this code valid on ``on`` (today if omitted)."""
        day = on or dt.date.today()
        valid, params = valid_between(day, day)
        row = next(self.db.query(
            f"SELECT * FROM units WHERE code = ? AND {valid} "
            "ORDER BY coalesce(valid_from, '') DESC LIMIT 1", [code, *params]), None)
        return unit_from_row(row) if row else None

    def any_unit(self, code: str) -> Unit | None:
        """The latest version of a unit, whatever its validity."""
        versions = self.unit_versions(code)
        return versions[-1][1] if versions else None

    def units(self, on: dt.date | None = None) -> list[Unit]:
        """Units valid on a day (all versions if ``on`` is None), in Vietnamese name order."""
        if on is None:
            rows = self.db.query("SELECT * FROM units ORDER BY name_key, valid_from")
        else:
            valid, params = valid_between(on, on)
            rows = self.db.query(f"SELECT * FROM units WHERE {valid} ORDER BY name_key", params)
        return [unit_from_row(row) for row in rows]

    def insert_unit(self, unit: Unit) -> None:
        self.db.execute(
            "INSERT INTO units (code, name, level, parent_code, valid_from, valid_to, name_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [unit.code, unit.name, unit.level.value, unit.parent_code, opt_iso(unit.valid_from),
             opt_iso(unit.valid_to), collation_key(unit.name)])

    def close_unit_version(self, unit_id: int, valid_to: dt.date) -> None:
        self.db.execute("UPDATE units SET valid_to = ? WHERE id = ?",
                        [valid_to.isoformat(), unit_id])

    def unit_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM units").fetchone()[0])

    def descendant_codes(self, code: str, on: dt.date | None = None) -> set[str]:
        """Codes of the unit and every unit under it (on a day, or in any version)."""
        validity = ""
        params: list[Any] = [code]
        if on is not None:
            valid, window = valid_between(on, on, "u")
            validity = f"AND {valid}"
            params += window
        rows = self.db.execute(f"""
            WITH RECURSIVE tree(code) AS (
                SELECT ?
                UNION
                SELECT u.code FROM units u JOIN tree ON u.parent_code = tree.code
                WHERE u.code != tree.code {validity}
            ) SELECT code FROM tree""", params).fetchall()
        return {row[0] for row in rows}

    def children(self, code: str, on: dt.date) -> list[Unit]:
        valid, params = valid_between(on, on)
        return [unit_from_row(row) for row in self.db.query(
            f"SELECT * FROM units WHERE parent_code = ? AND code != ? AND {valid} "
            "ORDER BY code", [code, code, *params])]

    # -- forms ------------------------------------------------------------------------
    def forms(self, *, include_inactive: bool = False) -> dict[str, Form]:
        where = "" if include_inactive else "WHERE active = 1"
        return {
            row["code"]: Form(row["code"], row["name"],
                              tuple(Measure(m) for m in row["measures"].split(",") if m),
                              bool(row["broadcast"]), row["sort_order"],
                              opt_date(row.get("valid_from")), opt_date(row.get("valid_to")))
            for row in self.db.query(f"SELECT * FROM forms {where} ORDER BY sort_order, code")
        }

    def sources(self) -> dict[str, Choice]:
        """The sources of broadcasts with their windows (migration 0009), in list order."""
        return {row["code"]: Choice(row["code"], row["name"], row["sort_order"],
                                    opt_date(row["valid_from"]), opt_date(row["valid_to"]))
                for row in self.db.query("SELECT * FROM sources ORDER BY sort_order, code")}

    def former_names(self, kind: str) -> dict[str, list[tuple[str, dt.date | None, dt.date]]]:
        """Earlier names of form or source codes: code → [(name, valid_from, valid_to)]."""
        names: dict[str, list[tuple[str, dt.date | None, dt.date]]] = {}
        for row in self.db.query(
                "SELECT code, name, valid_from, valid_to FROM catalogue_names WHERE kind = ? "
                "ORDER BY code, valid_to", [kind]):
            names.setdefault(row["code"], []).append(
                (row["name"], opt_date(row["valid_from"]), dt.date.fromisoformat(row["valid_to"])))
        return names

    def set_form_validity(self, code: str, valid_from: dt.date | None,
                          valid_to: dt.date | None) -> None:
        self.db.execute("UPDATE forms SET valid_from = ?, valid_to = ? WHERE code = ?",
                        [opt_iso(valid_from), opt_iso(valid_to), code])

    def set_source_validity(self, code: str, valid_from: dt.date | None,
                            valid_to: dt.date | None) -> None:
        self.db.execute("UPDATE sources SET valid_from = ?, valid_to = ? WHERE code = ?",
                        [opt_iso(valid_from), opt_iso(valid_to), code])

    # -- directives and topics ---------------------------------------------------------
    @staticmethod
    def _directive(row: Mapping[str, Any]) -> Directive:
        return Directive(number=row["number"], date=dt.date.fromisoformat(row["date"]),
                         issuer=row["issuer"], summary=row["summary"],
                         deadline=opt_date(row["deadline"]))

    def directive(self, number: str) -> Directive | None:
        row = next(self.db.query("SELECT * FROM directives WHERE number = ?", [number]), None)
        return self._directive(row) if row else None

    def directives(self) -> list[Directive]:
        return [self._directive(r) for r in self.db.query(
            "SELECT * FROM directives ORDER BY date DESC, number")]

    def insert_directive(self, directive: Directive) -> None:
        self.db.execute(
            "INSERT INTO directives (number, date, issuer, summary, deadline, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [directive.number, directive.date.isoformat(), directive.issuer, directive.summary,
             opt_iso(directive.deadline), now_utc()])

    def update_directive(self, old_number: str, directive: Directive) -> None:
        self.db.execute(
            "UPDATE directives SET number = ?, date = ?, issuer = ?, summary = ?, deadline = ? "
            "WHERE number = ?",
            [directive.number, directive.date.isoformat(), directive.issuer, directive.summary,
             opt_iso(directive.deadline), old_number])

    @staticmethod
    def _topic(row: Mapping[str, Any]) -> Topic:
        return Topic(code=row["code"], name=row["name"], directive=row["directive"],
                     valid_from=opt_date(row["valid_from"]), valid_to=opt_date(row["valid_to"]))

    _TOPIC_SELECT = ("SELECT t.*, d.number AS directive FROM topics t "
                     "LEFT JOIN directives d ON d.id = t.directive_id")

    def topic(self, code: str) -> Topic | None:
        row = next(self.db.query(f"{self._TOPIC_SELECT} WHERE t.code = ?", [code]), None)
        return self._topic(row) if row else None

    def topics(self, *, directive: str | None = None) -> list[Topic]:
        if directive is None:
            rows = self.db.query(f"{self._TOPIC_SELECT} ORDER BY t.code")
        else:
            rows = self.db.query(f"{self._TOPIC_SELECT} WHERE d.number = ? ORDER BY t.code",
                                 [directive])
        return [self._topic(r) for r in rows]

    def topic_windows(self) -> dict[str, TopicWindow]:
        return {t.code: TopicWindow(t.code, t.valid_from, t.valid_to) for t in self.topics()}

    def _directive_id(self, number: str | None) -> int | None:
        if number is None:
            return None
        row = self.db.execute("SELECT id FROM directives WHERE number = ?", [number]).fetchone()
        return int(row[0]) if row else None

    def insert_topic(self, topic: Topic) -> None:
        self.db.execute(
            "INSERT INTO topics (code, name, directive_id, valid_from, valid_to, name_key, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [topic.code, topic.name, self._directive_id(topic.directive), opt_iso(topic.valid_from),
             opt_iso(topic.valid_to), collation_key(topic.name), now_utc()])

    def update_topic(self, old_code: str, topic: Topic) -> None:
        self.db.execute(
            "UPDATE topics SET code = ?, name = ?, directive_id = ?, valid_from = ?, "
            "valid_to = ?, name_key = ? WHERE code = ?",
            [topic.code, topic.name, self._directive_id(topic.directive), opt_iso(topic.valid_from),
             opt_iso(topic.valid_to), collation_key(topic.name), old_code])

    def topic_used(self, code: str) -> bool:
        """Whether any record (live or deleted) refers to the topic."""
        return self.db.execute("SELECT 1 FROM records WHERE topic_code = ? LIMIT 1",
                               [code]).fetchone() is not None

    def delete_topic(self, code: str) -> None:
        self.db.execute("DELETE FROM topics WHERE code = ?", [code])

    # -- records ----------------------------------------------------------------------
    def record(self, uuid: str) -> LogRecord | None:
        row = self.db.execute(f"{_SELECT_RECORD} WHERE r.uuid = ?", [uuid]).fetchone()
        return record_from_row(row) if row else None

    def insert_record(self, record: LogRecord, *, import_batch_id: int | None = None) -> None:
        row = record_to_row(record)
        row["import_batch_id"] = import_batch_id
        columns = ", ".join(row)
        self.db.execute(f"INSERT INTO records ({columns}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values()))

    def insert_records(self, records: Iterable[LogRecord], *, import_batch_id: int | None = None,
                       make_row: Callable[[LogRecord], dict[str, Any]] = record_to_row) -> int:
        """Bulk insert (demo data, imports); the caller owns the transaction. An import
        passes a faster ``make_row`` (``imports.RowMaker``) that gives the same rows."""
        first = True
        sql = ""
        batch: list[list[Any]] = []
        count = 0
        for record in records:
            row = make_row(record)
            row["import_batch_id"] = import_batch_id
            if first:
                sql = (f"INSERT INTO records ({', '.join(row)}) "
                       f"VALUES ({', '.join('?' * len(row))})")
                first = False
            batch.append(list(row.values()))
            if len(batch) >= 5000:
                self.db.conn.executemany(sql, batch)
                count += len(batch)
                batch.clear()
        if batch:
            self.db.conn.executemany(sql, batch)
            count += len(batch)
        return count

    def update_record(self, record: LogRecord) -> None:
        row = record_to_row(record)
        uuid = row.pop("uuid")
        assignments = ", ".join(f"{c} = ?" for c in row)
        self.db.execute(f"UPDATE records SET {assignments} WHERE uuid = ?",
                        [*row.values(), uuid])

    def set_deleted(self, uuid: str, deleted: bool, at: str) -> None:
        self.db.execute(
            "UPDATE records SET deleted = ?, deleted_at = ?, updated_at = ? WHERE uuid = ?",
            [int(deleted), at if deleted else None, at, uuid])

    def last_record(self, unit_code: str | None = None) -> LogRecord | None:
        """The most recently created live record: the source of the entry form's defaults.

        The newest rows are looked at first (by rowid, from the end: instant when the unit
        logs often); a unit with no recent rows falls back to its latest-dated record.
        """
        unit = " AND +r.unit_code = ?" if unit_code else ""
        params: list[Any] = [unit_code] if unit_code else []
        row = self.db.execute(
            f"{_SELECT_RECORD} WHERE r.id > (SELECT coalesce(max(id), 0) - 5000 FROM records) "
            f"AND +r.deleted = 0{unit} ORDER BY r.id DESC LIMIT 1", params).fetchone()
        if row is None and unit_code:
            row = self.db.execute(
                f"{_SELECT_RECORD} WHERE r.deleted = 0 AND r.unit_code = ? "
                "ORDER BY r.date DESC, r.time DESC, r.id DESC LIMIT 1", params).fetchone()
        return record_from_row(row) if row else None

    def records_outside(self, kind: str, code: str, valid_from: dt.date | None,
                        valid_to: dt.date | None) -> tuple[int, dt.date | None]:
        """Live records of a form or a source (``kind``) dated outside ``valid_from..valid_to``:
        how many, and the earliest."""
        column = {"form": "form_code", "source": "source"}[kind]
        count, first = self.db.execute(
            f"SELECT count(*), min(date) FROM records WHERE deleted = 0 AND {column} = ? "
            "AND (date < ? OR date > ?)",
            [code, opt_iso(valid_from) or "", opt_iso(valid_to) or "9999"]).fetchone()
        return int(count), opt_date(first)

    @contextlib.contextmanager
    def records_indexed_after(self) -> Iterator[None]:
        """Inside the caller's transaction, for a bulk insert of many records: the records
        table's indexes and search-index trigger are dropped, and rebuilt once on leaving
        (with the new live rows added to the search index). Row-by-row upkeep of a dozen
        indexes dominates such an insert; a failure rolls the drop back with the rest."""
        conn = self.db.conn
        first_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM records").fetchone()[0]) + 1
        cache_size = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        dropped: list[tuple[str, str, str]] = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'records' "
            "AND sql IS NOT NULL AND (type = 'index' "
            "OR (type = 'trigger' AND name = 'records_fts_insert'))").fetchall()
        # A larger page cache lets the index builds sort in memory (restored below).
        conn.execute("PRAGMA cache_size = -262144")
        try:
            for kind, name, _ in dropped:
                conn.execute(f'DROP {kind.upper()} "{name}"')
            yield
            for _, _, sql in dropped:
                conn.execute(sql)
            # What the dropped trigger would have done, for the new rows at once: the
            # search index holds live records only.
            conn.execute("INSERT INTO records_fts (rowid, search_text) SELECT id, search_text "
                         "FROM records WHERE id >= ? AND deleted = 0", [first_id])
        finally:
            conn.execute(f"PRAGMA cache_size = {cache_size}")

    def record_count(self) -> int:
        """Live records, from the counter the triggers keep (migration 0002)."""
        return int(self.db.execute("SELECT live FROM record_stats WHERE id = 1").fetchone()[0])

    # Record queries are built in SQL so that a million rows are never loaded or sorted in
    # Python (DESIGN.md §8: a proxy model over a lazy model reads every row).
    def _where(self, query: RecordQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if not query.include_deleted:
            clauses.append("r.deleted = 0")
        if query.date_from:
            clauses.append("r.date >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            clauses.append("r.date <= ?")
            params.append(query.date_to.isoformat())
        if query.topic_code:
            clauses.append("r.topic_code = ?")
            params.append(query.topic_code)
        if query.directive:
            clauses.append("r.topic_code IN (SELECT t.code FROM topics t JOIN directives d "
                           "ON d.id = t.directive_id WHERE d.number = ?)")
            params.append(query.directive)
        if query.form_code:
            clauses.append("r.form_code = ?")
            params.append(query.form_code)
        if query.language:
            clauses.append("r.language = ?")
            params.append(query.language)
        if query.unit_code:
            codes = sorted(self.descendant_codes(query.unit_code))
            clauses.append(f"r.unit_code IN ({', '.join('?' * len(codes))})")
            params.extend(codes)
        terms = search_terms(query.search)
        if terms:
            # The search index holds live records only (see migration 0002).
            clauses.append("r.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
            params.append(_match(terms))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    _ORDER = {
        SortKey.DATE: ("r.date", "r.time", "r.id"),
        SortKey.TITLE: ("r.title_key", "r.id"),
        SortKey.TOPIC: ("r.topic_code", "r.date", "r.time", "r.id"),
        SortKey.FORM: ("r.form_code", "r.date", "r.time", "r.id"),
        SortKey.UNIT: ("r.unit_code", "r.date", "r.time", "r.id"),
    }

    def count_records(self, query: RecordQuery) -> int:
        if query == RecordQuery(sort=query.sort, descending=query.descending):
            return self.record_count()
        terms = search_terms(query.search)
        if terms and query == RecordQuery(search=query.search, sort=query.sort,
                                          descending=query.descending):
            # Only a search: the index holds live records only, so it counts alone.
            return int(self.db.execute(
                "SELECT count(*) FROM records_fts WHERE records_fts MATCH ?",
                [_match(terms)]).fetchone()[0])
        where, params = self._where(query)
        return int(self.db.execute(f"SELECT count(*) FROM records r{where}", params).fetchone()[0])

    def query_records(self, query: RecordQuery, *, limit: int | None = None,
                      offset: int = 0) -> list[LogRecord]:
        where, params = self._where(query)
        direction = " DESC" if query.descending else ""
        order = ", ".join(column + direction for column in self._ORDER[query.sort])
        sql = f"{_SELECT_RECORD}{where} ORDER BY {order}"
        if limit is not None and offset > 0:
            # SQLite reads every skipped row of an OFFSET; skipping over ids alone stays in
            # the index (3× faster half-way down a million rows), then the page is read.
            sql = (f"{_SELECT_RECORD} WHERE r.id IN (SELECT r.id FROM records r{where} "
                   f"ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}")
            params = [*params, limit, offset]
        elif limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        return [record_from_row(row) for row in self.db.execute(sql, params).fetchall()]

    def iter_records(self, query: RecordQuery) -> Iterator[LogRecord]:
        """Every matching record, streamed (reports and exports)."""
        where, params = self._where(query)
        cursor = self.db.execute(f"{_SELECT_RECORD}{where} ORDER BY r.date, r.time, r.id", params)
        for row in cursor:
            yield record_from_row(row)

    def audit_record(self, action: str, old: LogRecord | None, new: LogRecord | None) -> None:
        key = (new or old).uuid  # type: ignore[union-attr]
        self.audit("record", key, action, _record_json(old) if old else None,
                   _record_json(new) if new else None)
