"""The schema, as named steps. Append-only: never edit a step once it has shipped.
Over 600 lines on purpose: it is the list of every shipped step, read in order.

Each step is one function; sqlite-utils records which steps a file has had (its
``_sqlite_migrations`` table). A file that has steps this version does not know was written by
a newer app and is refused on open. Only the names are needed to see that a file is up to date
(``storage/database.py`` reads the table itself): sqlite-utils, ~60 ms of a start, is imported
only when a step has to run (``apply``).

Steps run in the order they are registered below, not in the order of their names. The first
release shipped six steps registered as 0001, 0002, 0005, 0003, 0006, 0004 (the numbers were
given before the order was settled). Those names are recorded in every data file made since,
so they cannot be renamed or reordered: a renamed step would look unknown to the files that
have it. From 0007 on, a new step takes the next number and is appended at the end, so the
names and the order agree again. ``tests/storage/test_migrations.py`` pins both rules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from ocop_desktop.domain.catalogue import DEFAULT_FORMS
from ocop_desktop.domain.records import now_utc

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ocop_desktop.storage.database import Database as OcopDatabase

MIGRATION_SET = "ocop_desktop"
Step = Callable[["Database"], None]
_STEPS: list[tuple[str, Step]] = []


def _step(name: str) -> Callable[[Step], Step]:
    """Register the next step, under ``name`` (registration order is the order they run)."""

    def register(function: Step) -> Step:
        _STEPS.append((name, function))
        return function

    return register


def step_names() -> list[str]:
    """The names of every step this version knows, in the order they run."""
    return [name for name, _ in _STEPS]


@functools.cache
def migration_set() -> Migrations:
    """The steps as sqlite-utils' ``Migrations`` (which records and applies them)."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, function in _STEPS:
        steps(name=name)(function)
    return steps


def apply(db: OcopDatabase) -> None:
    """Run the steps ``db`` has not had, each in its own transaction."""
    from ocop_desktop.storage.tables import TableApi

    migration_set().apply(TableApi(db))


@_step("0001_catalogues")
def m0001_catalogues(db: Database) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # A unit is a (code, validity) pair: after the July 2025 reform some codes name new units.
    db.execute("""
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            level TEXT NOT NULL,
            parent_code TEXT,
            valid_from TEXT,
            valid_to TEXT,
            name_key TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX units_code ON units (code, valid_from)")
    db.execute("CREATE INDEX units_parent ON units (parent_code)")
    db.execute("""
        CREATE TABLE forms (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            measures TEXT NOT NULL,
            broadcast INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.table("forms").insert_all(
        {"code": f.code, "name": f.name, "measures": ",".join(f.measures),
         "broadcast": int(f.broadcast), "sort_order": f.sort_order, "active": 1}
        for f in DEFAULT_FORMS
    )
    db.execute("""
        CREATE TABLE directives (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            date TEXT NOT NULL,
            issuer TEXT NOT NULL,
            summary TEXT NOT NULL,
            deadline TEXT,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE topics (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            directive_id INTEGER REFERENCES directives (id),
            valid_from TEXT,
            valid_to TEXT,
            name_key TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")


@_step("0002_records")
def m0002_records(db: Database) -> None:
    db.execute("""
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            unit_code TEXT NOT NULL,
            date TEXT NOT NULL,
            time TEXT,
            topic_code TEXT NOT NULL,
            form_code TEXT NOT NULL,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            items INTEGER,
            airings INTEGER,
            minutes INTEGER,
            copies INTEGER,
            participants INTEGER,
            language TEXT,
            source TEXT,
            priority TEXT NOT NULL DEFAULT 'normal',
            location TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            entered_by TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT,
            import_batch_id INTEGER,
            search_text TEXT NOT NULL DEFAULT ''
        )""")
    # The log shows live rows newest first; each filter has an index that starts with
    # ``deleted`` and the filter column and keeps date order, so counting and paging a filter
    # over a million rows never touches the table itself.
    db.execute("CREATE INDEX records_live_date ON records (deleted, date, time, id)")
    for column in ("topic_code", "form_code", "language", "unit_code"):
        db.execute(f"CREATE INDEX records_by_{column} ON records "
                   f"(deleted, {column}, date, time, id)")
    db.execute("CREATE INDEX records_title ON records (deleted, title_key, id)")
    db.execute("CREATE INDEX records_updated ON records (updated_at)")
    # Folded text (see domain.text.fold) of LIVE records, for diacritic-free search. Deleted
    # records leave the index, so a search is counted by the index alone (fast at 1M rows).
    db.execute("""
        CREATE VIRTUAL TABLE records_fts USING fts5(
            search_text, content='records', content_rowid='id',
            tokenize='unicode61 remove_diacritics 0', prefix='2 3'
        )""")
    db.execute("""
        CREATE TRIGGER records_fts_insert AFTER INSERT ON records WHEN new.deleted = 0 BEGIN
            INSERT INTO records_fts (rowid, search_text) VALUES (new.id, new.search_text);
        END""")
    db.execute("""
        CREATE TRIGGER records_fts_delete AFTER DELETE ON records WHEN old.deleted = 0 BEGIN
            INSERT INTO records_fts (records_fts, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        END""")
    db.execute("""
        CREATE TRIGGER records_fts_unindex AFTER UPDATE OF search_text, deleted ON records
        WHEN old.deleted = 0 BEGIN
            INSERT INTO records_fts (records_fts, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        END""")
    db.execute("""
        CREATE TRIGGER records_fts_reindex AFTER UPDATE OF search_text, deleted ON records
        WHEN new.deleted = 0 BEGIN
            INSERT INTO records_fts (rowid, search_text) VALUES (new.id, new.search_text);
        END""")
    # The number of live records, kept by triggers: the log opens on the unfiltered count,
    # which would otherwise scan an index of a million entries at every start.
    db.execute("CREATE TABLE record_stats (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "live INTEGER NOT NULL)")
    db.execute("INSERT INTO record_stats (id, live) VALUES (1, 0)")
    db.execute("""
        CREATE TRIGGER record_stats_insert AFTER INSERT ON records WHEN new.deleted = 0 BEGIN
            UPDATE record_stats SET live = live + 1 WHERE id = 1;
        END""")
    db.execute("""
        CREATE TRIGGER record_stats_delete AFTER DELETE ON records WHEN old.deleted = 0 BEGIN
            UPDATE record_stats SET live = live - 1 WHERE id = 1;
        END""")
    db.execute("""
        CREATE TRIGGER record_stats_update AFTER UPDATE OF deleted ON records
        WHEN old.deleted != new.deleted BEGIN
            UPDATE record_stats SET live = live + old.deleted - new.deleted WHERE id = 1;
        END""")
    db.execute("""
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            action TEXT NOT NULL,
            old_values TEXT,
            new_values TEXT
        )""")
    db.execute("CREATE INDEX audit_entity ON audit_log (entity, entity_key)")


@_step("0005_outbox")
def m0005_outbox(db: Database) -> None:
    # One row per message to send. The attachment is a snapshot taken when queued (dropped
    # once sent or cancelled; the hash stays). report_id points into the report register
    # when the item came from there; no foreign key, so a bare file (``outbox add FILE``)
    # and the order of the register's own migration do not matter.
    db.execute("""
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            report_id INTEGER,
            file_path TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            file_size INTEGER NOT NULL,
            attachment BLOB,
            to_addrs TEXT NOT NULL,
            cc_addrs TEXT NOT NULL DEFAULT '[]',
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0,
            error_code TEXT,
            error_detail TEXT,
            next_attempt_at TEXT,
            settings_stamp TEXT,
            message_id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT
        )""")
    db.execute("CREATE INDEX outbox_due ON outbox (status, next_attempt_at, id)")
    db.execute("CREATE INDEX outbox_report ON outbox (report_id)")
    # The sent log: proof of every hand-over (e-mail, copy to a folder/USB, by other means).
    db.execute("""
        CREATE TABLE sent_log (
            id INTEGER PRIMARY KEY,
            method TEXT NOT NULL CHECK (method IN ('email', 'copy', 'hand')),
            at TEXT NOT NULL,
            recipients TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            outbox_id INTEGER REFERENCES outbox (id),
            report_id INTEGER,
            message_id TEXT,
            destination TEXT,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX sent_log_report ON sent_log (report_id, at)")
    db.execute("CREATE INDEX sent_log_outbox ON sent_log (outbox_id)")


@_step("0003_reports")
def m0003_reports(db: Database) -> None:
    # The register of exported reports (sổ đăng ký văn bản đi): numbers run per calendar year
    # of the issue date; a number is taken only by a report whose file was written.
    # sent_at / sent_to / status are kept up to date by the outbox (issue 5).
    db.execute("""
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            number INTEGER NOT NULL,
            symbol TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            sender_code TEXT,
            period_key TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            scope TEXT,
            file_path TEXT NOT NULL,
            file_hash TEXT NOT NULL,
            data_hash TEXT NOT NULL,
            record_count INTEGER NOT NULL,
            generated_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            sent_to TEXT,
            status TEXT NOT NULL DEFAULT 'exported',
            UNIQUE (year, number)
        )""")
    db.execute("CREATE INDEX reports_period ON reports (period_key, sender_code)")


@_step("0006_schedule")
def m0006_schedule(db: Database) -> None:
    # A slot keeps its id for life; what it plans lives in versions with validity windows,
    # so editing a slot closes one version and opens another instead of rewriting the past.
    db.execute("""
        CREATE TABLE schedule_slots (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE schedule_slot_versions (
            id INTEGER PRIMARY KEY,
            slot_id INTEGER NOT NULL REFERENCES schedule_slots (id),
            unit_code TEXT NOT NULL,
            days TEXT NOT NULL DEFAULT '',
            on_date TEXT,
            start_time TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            form_code TEXT NOT NULL,
            topic_code TEXT NOT NULL REFERENCES topics (code) ON UPDATE CASCADE,
            title TEXT NOT NULL,
            language TEXT,
            source TEXT,
            valid_from TEXT,
            valid_to TEXT,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX schedule_versions_slot "
               "ON schedule_slot_versions (slot_id, valid_from)")
    # One tick per planned airing (slot, day); an aired tick links the log record it made.
    db.execute("""
        CREATE TABLE schedule_ticks (
            id INTEGER PRIMARY KEY,
            slot_id INTEGER NOT NULL REFERENCES schedule_slots (id),
            date TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('aired', 'not_aired')),
            reason TEXT CHECK (reason IS NULL
                               OR reason IN ('power', 'equipment', 'weather', 'other')),
            note TEXT NOT NULL DEFAULT '',
            record_uuid TEXT,
            created_record INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (slot_id, date)
        )""")
    db.execute("CREATE INDEX schedule_ticks_date ON schedule_ticks (date)")
    db.execute("CREATE INDEX schedule_ticks_record ON schedule_ticks (record_uuid)")
    db.execute("""
        CREATE TABLE topic_targets (
            id INTEGER PRIMARY KEY,
            topic_code TEXT NOT NULL REFERENCES topics (code) ON UPDATE CASCADE,
            measure TEXT NOT NULL,
            per TEXT NOT NULL CHECK (per IN ('week', 'month')),
            amount INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (topic_code, measure, per)
        )""")
    # The dashboard sums measures per day and topic over three months; a covering partial
    # index answers that from the index alone (≈30 ms instead of ≈450 ms at 1M records).
    db.execute("CREATE INDEX records_day_totals ON records "
               "(date, topic_code, unit_code, airings, minutes, items) WHERE deleted = 0")


@_step("0004_imports")
def m0004_imports(db: Database) -> None:
    # The import register: one row per accepted report file (refused files write nothing).
    # generated_utc is the manifest's generated_at in UTC, so "the latest file of a sender
    # for a period" (older ones are refused as stale) is a plain text comparison.
    db.execute("""
        CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_hash TEXT NOT NULL,
            data_hash TEXT NOT NULL,
            sender_code TEXT NOT NULL,
            sender_name TEXT NOT NULL,
            period_key TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            report_number TEXT NOT NULL DEFAULT '',
            generated_at TEXT NOT NULL,
            generated_utc TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            record_count INTEGER NOT NULL,
            new INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            conflicts INTEGER NOT NULL DEFAULT 0,
            topics_created INTEGER NOT NULL DEFAULT 0,
            result TEXT NOT NULL CHECK (result IN ('imported', 'unchanged')),
            undone_at TEXT
        )""")
    db.execute("CREATE INDEX import_batches_sender ON import_batches "
               "(sender_code, period_key, generated_utc)")
    db.execute("CREATE INDEX import_batches_period ON import_batches (period_start, period_end)")
    # What each import changed, so it can be undone: the old row (JSON) of every record it
    # changed or removed, and the change time it left, to see that nothing touched it since.
    # action: changed | removed | topic (a topic created from the file).
    db.execute("""
        CREATE TABLE import_changes (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batches (id),
            action TEXT NOT NULL CHECK (action IN ('changed', 'removed', 'topic')),
            key TEXT NOT NULL,
            old_values TEXT,
            new_updated_at TEXT
        )""")
    db.execute("CREATE INDEX import_changes_batch ON import_changes (batch_id, action)")
    # The records an import added: one JSON list of [uuid, updated_at] per import (a file may
    # add 100,000 records; one row each would cost a tenth of the import's time).
    db.execute("""
        CREATE TABLE import_added (
            batch_id INTEGER PRIMARY KEY REFERENCES import_batches (id),
            records TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX records_import_batch ON records (import_batch_id)")


@_step("0007_demo_data")
def m0007_demo_data(db: Database) -> None:
    # What the demo generator added, so "Xóa dữ liệu mẫu" removes exactly that and never a
    # real record: the id range of each batch of demo records (inserted in one transaction,
    # so the ids are consecutive), and the topics and directive it created.
    db.execute("""
        CREATE TABLE demo_data (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('records', 'topic', 'directive')),
            key TEXT NOT NULL DEFAULT '',
            first_id INTEGER,
            last_id INTEGER,
            created_at TEXT NOT NULL
        )""")


@_step("0008_report_texts")
def m0008_report_texts(db: Database) -> None:
    # The parts of a report written in words (issue 12), kept per period and scope so that
    # exporting the report again prints them again, and the next period can start from the
    # last ones. scope is '' for a report over every topic, else the directive's number.
    db.execute("""
        CREATE TABLE report_texts (
            period_key TEXT NOT NULL,
            scope TEXT NOT NULL DEFAULT '',
            period_start TEXT NOT NULL,
            assessment TEXT NOT NULL DEFAULT '',
            tasks TEXT NOT NULL DEFAULT '',
            proposals TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (period_key, scope)
        )""")


# -- issue 13: today's administration ------------------------------------------------------
# The data of these steps is copied here, not imported from domain/catalogue.py or
# domain/administration.py: a shipped step must do the same thing forever, whatever later
# versions of those modules say.

_D49 = "2024-07-01"  # Nghị định 49/2024/NĐ-CP in force
_BEFORE_D49 = "2024-06-30"
_DISTRICT_END = "2025-12-31"  # district radio-TV stations stopped relaying

# code: (name from 01/07/2024 (or today's), sort order, valid_from, measures, broadcast);
# a code present in the file keeps its measures and broadcast flag.
_FORMS_0009: dict[str, tuple[str, int, str | None, str, int]] = {
    "radio": ("Tin, bài, phóng sự phát trên đài truyền thanh", 1, None,
              "items,airings,minutes", 1),
    "relay": ("Tiếp sóng, tiếp âm (VOV, đài tỉnh, hệ thống thông tin nguồn)", 2, None,
              "airings,minutes", 1),
    "feedback": ("Trả lời phản ánh, kiến nghị của người dân trên đài truyền thanh", 3, _D49,
                 "items,airings,minutes", 1),
    "board": ("Bảng tin công cộng", 4, None, "items", 0),
    "print": ("Bản tin thông tin cơ sở", 5, None, "items,copies", 0),
    "document": ("Tài liệu không kinh doanh (tờ rơi, tờ gấp, sách mỏng)", 6, _D49,
                 "items,copies", 0),
    "propagandist": ("Tuyên truyền viên cơ sở (tuyên truyền miệng)", 7, _D49,
                     "items,participants", 0),
    "web": ("Cổng thông tin điện tử, trang thông tin điện tử", 8, None, "items", 0),
    "social": ("Mạng xã hội, ứng dụng nhắn tin (Zalo, Facebook…)", 9, None, "items", 0),
    "sms": ("Tin nhắn viễn thông (SMS)", 10, None, "items", 0),
    "banner": ("Băng rôn, khẩu hiệu, pa-nô, áp phích", 11, None, "items", 0),
    "meeting": ("Hội nghị, tọa đàm tuyên truyền", 12, None, "items,participants", 0),
    "tv": ("Truyền hình", 13, None, "items,airings,minutes", 1),
    "press": ("Báo in, báo điện tử", 14, None, "items", 0),
}
# The names of the first migration that 0009 renames: code → (shipped name, periods of
# older names as (name, valid_from, valid_to)).
_FORM_RENAMES_0009: dict[str, tuple[str, tuple[tuple[str, str | None, str], ...]]] = {
    "relay": ("Tiếp sóng/tiếp âm (VOV, đài tỉnh, đài huyện)", (
        ("Tiếp sóng/tiếp âm (VOV, đài tỉnh, đài huyện)", None, _BEFORE_D49),
        ("Tiếp sóng, tiếp âm (VOV, đài tỉnh, đài huyện, hệ thống thông tin nguồn)", _D49,
         _DISTRICT_END))),
    "print": ("Bản tin, tờ rơi, sách mỏng, ấn phẩm", (
        ("Bản tin, tờ rơi, sách mỏng, ấn phẩm", None, _BEFORE_D49),)),
    "web": ("Trang/cổng thông tin điện tử", (
        ("Trang/cổng thông tin điện tử", None, _BEFORE_D49),)),
    "social": ("Mạng xã hội, nhóm Zalo/Facebook", (
        ("Mạng xã hội, nhóm Zalo/Facebook", None, _BEFORE_D49),)),
    "sms": ("Tin nhắn SMS", (("Tin nhắn SMS", None, _BEFORE_D49),)),
    "meeting": ("Hội nghị, tuyên truyền miệng", (
        ("Hội nghị, tuyên truyền miệng", None, _BEFORE_D49),)),
}
_SOURCES_0009: tuple[tuple[str, str, int, str | None, str | None], ...] = (
    ("self", "Tự sản xuất", 1, None, None),
    ("vov", "Tiếp sóng Đài Tiếng nói Việt Nam", 2, None, None),
    ("province", "Tiếp sóng đài tỉnh", 3, None, None),
    ("district", "Tiếp sóng đài huyện", 4, None, _DISTRICT_END),
    ("central-system", "Hệ thống thông tin nguồn trung ương", 5, _D49, None),
    ("province-system", "Hệ thống thông tin nguồn tỉnh", 6, _D49, None),
)
# (level, valid_from, valid_to, recipient, issuing body, parent body, drafter, signer, note)
_RELATIONS_0009: tuple[tuple[str, str | None, str | None, str, str, str, str, str, str], ...] = (
    ("commune", None, "2025-06-30", "Phòng Văn hóa và Thông tin {parent}",
     "Ủy ban nhân dân {unit}", "", "Đài truyền thanh {unit}", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
     "Xã, phường, thị trấn báo cáo Phòng Văn hóa và Thông tin cấp huyện."),
    ("commune", "2025-07-01", None, "Sở Văn hóa, Thể thao và Du lịch {province}",
     "Ủy ban nhân dân {unit}", "", "Phòng Văn hóa – Xã hội", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
     "Từ 01/7/2025 không còn cấp huyện; UBND xã, phường báo cáo Sở VHTTDL, "
     "Phòng Văn hóa – Xã hội tham mưu (Thông tư 10/2025/TT-BVHTTDL)."),
    ("district", None, "2025-02-28", "Sở Thông tin và Truyền thông {province}",
     "Phòng Văn hóa và Thông tin", "UBND {unit}", "", "TRƯỞNG PHÒNG",
     "Quản lý thông tin cơ sở thuộc Bộ Thông tin và Truyền thông đến 28/02/2025."),
    ("district", "2025-03-01", "2025-06-30", "Sở Văn hóa, Thể thao và Du lịch {province}",
     "Phòng Văn hóa và Thông tin", "UBND {unit}", "", "TRƯỞNG PHÒNG",
     "Từ 01/3/2025 thuộc Bộ Văn hóa, Thể thao và Du lịch (Nghị định 43/2025/NĐ-CP)."),
    ("province", None, "2025-02-28", "Bộ Thông tin và Truyền thông",
     "Sở Thông tin và Truyền thông", "UBND {unit}", "", "GIÁM ĐỐC", ""),
    ("province", "2025-03-01", None, "Bộ Văn hóa, Thể thao và Du lịch",
     "Sở Văn hóa, Thể thao và Du lịch", "UBND {unit}", "", "GIÁM ĐỐC", ""),
)


@_step("0009_validity_and_relations")
def m0009_validity_and_relations(db: Database) -> None:
    # Forms: a validity window, Decree 49/2024's kinds, and names by date. Codes never
    # change (records keep theirs); a name the user has not changed follows the new terms,
    # and the old one is kept for the dates it was valid.
    db.execute("ALTER TABLE forms ADD COLUMN valid_from TEXT")
    db.execute("ALTER TABLE forms ADD COLUMN valid_to TEXT")
    db.execute("""
        CREATE TABLE catalogue_names (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('form', 'source')),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            valid_from TEXT,
            valid_to TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX catalogue_names_code ON catalogue_names (kind, code, valid_to)")
    existing = {row[0]: row[1] for row in db.execute("SELECT code, name FROM forms")}
    for code, (name, order, valid_from, measures, broadcast) in _FORMS_0009.items():
        if code not in existing:
            db.execute(
                "INSERT INTO forms (code, name, measures, broadcast, sort_order, active, "
                "valid_from) VALUES (?, ?, ?, ?, ?, 1, ?)",
                [code, name, measures, broadcast, order, valid_from])
            continue
        db.execute("UPDATE forms SET sort_order = ? WHERE code = ?", [order, code])
        rename = _FORM_RENAMES_0009.get(code)
        if rename is not None and existing[code] == rename[0]:
            db.execute("UPDATE forms SET name = ? WHERE code = ?", [name, code])
            for old_name, old_from, old_to in rename[1]:
                db.execute("INSERT INTO catalogue_names (kind, code, name, valid_from, "
                           "valid_to) VALUES ('form', ?, ?, ?, ?)",
                           [code, old_name, old_from, old_to])
    # Sources become a table with windows (they were a fixed list in code).
    db.execute("""
        CREATE TABLE sources (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0,
            valid_from TEXT,
            valid_to TEXT
        )""")
    for code, name, order, valid_from, valid_to in _SOURCES_0009:
        db.execute("INSERT INTO sources (code, name, sort_order, valid_from, valid_to) "
                   "VALUES (?, ?, ?, ?, ?)", [code, name, order, valid_from, valid_to])
    db.execute("INSERT OR IGNORE INTO sources (code, name, sort_order) "
               "SELECT DISTINCT source, source, 90 FROM records WHERE source IS NOT NULL")
    # District relays logged after the district stations stopped (the old list let anyone
    # pick them for any date) become relays of the provincial station; each change is in
    # the audit log and the changelog says so.
    moved = db.execute(
        "SELECT uuid FROM records WHERE source = 'district' AND date > ?",
        [_DISTRICT_END]).fetchall()
    if moved:
        db.execute(
            "INSERT INTO audit_log (at, entity, entity_key, action, old_values, new_values) "
            "SELECT strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now'), 'record', uuid, "
            "'migrate', '{\"source\": \"district\"}', '{\"source\": \"province\"}' "
            "FROM records WHERE source = 'district' AND date > ?", [_DISTRICT_END])
        db.execute("UPDATE records SET source = 'province' WHERE source = 'district' "
                   "AND date > ?", [_DISTRICT_END])
    # A planned district relay that runs past the end is cut there and continues as a relay
    # of the provincial station (the airings already planned keep their slot).
    for row in db.execute(
            "SELECT id, slot_id, unit_code, days, on_date, start_time, minutes, form_code, "
            "topic_code, title, language, valid_from, valid_to, created_at "
            "FROM schedule_slot_versions WHERE source = 'district' "
            "AND (valid_to IS NULL OR valid_to > ?) "
            "AND (on_date IS NULL OR on_date > ?)", [_DISTRICT_END, _DISTRICT_END]).fetchall():
        (version_id, slot_id, unit_code, days, on_date, start_time, minutes, form_code,
         topic_code, title, language, valid_from, valid_to, created_at) = row
        if on_date is not None or (valid_from is not None and valid_from > _DISTRICT_END):
            db.execute("UPDATE schedule_slot_versions SET source = 'province' WHERE id = ?",
                       [version_id])
            continue
        db.execute("UPDATE schedule_slot_versions SET valid_to = ? WHERE id = ?",
                   [_DISTRICT_END, version_id])
        db.execute(
            "INSERT INTO schedule_slot_versions (slot_id, unit_code, days, on_date, "
            "start_time, minutes, form_code, topic_code, title, language, source, valid_from, "
            "valid_to, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 'province', "
            "'2026-01-01', ?, ?)",
            [slot_id, unit_code, days, start_time, minutes, form_code, topic_code, title,
             language, valid_to, created_at])
    if moved:
        db.execute("INSERT INTO settings (key, value) VALUES ('migration_0009_moved', ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   [str(len(moved))])
    # Who reports to whom, by date (editable; these rows are the shipped defaults).
    db.execute("""
        CREATE TABLE reporting_relations (
            id INTEGER PRIMARY KEY,
            level TEXT CHECK (level IS NULL OR level IN ('province', 'district', 'commune')),
            unit_code TEXT,
            valid_from TEXT,
            valid_to TEXT,
            recipient TEXT NOT NULL,
            issuing_body TEXT NOT NULL,
            parent_body TEXT NOT NULL DEFAULT '',
            drafter TEXT NOT NULL DEFAULT '',
            signer_title TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            CHECK (level IS NOT NULL OR unit_code IS NOT NULL)
        )""")
    for relation in _RELATIONS_0009:
        db.execute(
            "INSERT INTO reporting_relations (level, valid_from, valid_to, recipient, "
            "issuing_body, parent_body, drafter, signer_title, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", list(relation))
    # Which former units a new unit was made of (a merge map), from a date.
    db.execute("""
        CREATE TABLE unit_links (
            id INTEGER PRIMARY KEY,
            new_code TEXT NOT NULL,
            old_code TEXT NOT NULL,
            on_date TEXT NOT NULL,
            new_name TEXT NOT NULL DEFAULT '',
            old_name TEXT NOT NULL DEFAULT '',
            partial INTEGER NOT NULL DEFAULT 0,
            UNIQUE (new_code, old_code, on_date)
        )""")
    db.execute("CREATE INDEX unit_links_old ON unit_links (old_code)")


@_step("0010_clusters")
def m0010_clusters(db: Database) -> None:
    # The station's loudspeaker clusters (cụm loa) with a status history, and which
    # clusters a record was aired on.
    db.execute("""
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            name TEXT NOT NULL,
            village TEXT NOT NULL DEFAULT '',
            former_unit TEXT,
            kind TEXT CHECK (kind IS NULL OR kind IN ('ip', 'wired', 'fm')),
            installed_on TEXT,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX clusters_unit ON clusters (unit_code)")
    db.execute("""
        CREATE TABLE cluster_status (
            id INTEGER PRIMARY KEY,
            cluster_id INTEGER NOT NULL REFERENCES clusters (id),
            status TEXT NOT NULL CHECK (status IN ('working', 'broken', 'removed')),
            since TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX cluster_status_cluster ON cluster_status (cluster_id, since)")
    db.execute("""
        CREATE TABLE record_clusters (
            record_uuid TEXT NOT NULL,
            cluster_id INTEGER NOT NULL REFERENCES clusters (id),
            PRIMARY KEY (record_uuid, cluster_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX record_clusters_cluster ON record_clusters (cluster_id)")


@_step("0011_keys")
def m0011_keys(db: Database) -> None:
    # Issue 14. This installation's Ed25519 key pair lives in the data file itself, so every
    # backup carries it and a restore on a new computer signs as before (docs/chu-ky.md).
    # One row. A file that is already set up gets its key here; a new file gets it when it
    # is set up (operations.save_installation), so copies of an empty file never share one.
    db.execute("""
        CREATE TABLE own_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            private_key BLOB NOT NULL,
            public_key BLOB NOT NULL,
            created_at TEXT NOT NULL
        )""")
    if db.execute("SELECT 1 FROM settings WHERE key = 'installation'").fetchone():
        from ocop_desktop.domain.signing import SigningKey  # where used: start-up time

        key = SigningKey.generate()
        db.execute("INSERT INTO own_key (id, private_key, public_key, created_at) "
                   "VALUES (1, ?, ?, ?)", [key.private_key, key.public_key, now_utc()])
    # The keys of the units that send reports here: pinned on first use, trusted by a person
    # after a phone check (public_key may then be unknown until the first file comes), or
    # retired when a trusted key replaced them. At most one live key per unit.
    db.execute("""
        CREATE TABLE sender_keys (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            public_key BLOB,
            state TEXT NOT NULL CHECK (state IN ('pinned', 'trusted', 'retired')),
            created_at TEXT NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            retired_at TEXT
        )""")
    db.execute("CREATE UNIQUE INDEX sender_keys_live ON sender_keys (unit_code) "
               "WHERE state != 'retired'")
    # Which key signed each imported file: signer_state is signed | unsigned (files imported
    # before this version count as unsigned: nobody checked who made them).
    db.execute("ALTER TABLE import_batches ADD COLUMN signer_state TEXT NOT NULL "
               "DEFAULT 'unsigned'")
    db.execute("ALTER TABLE import_batches ADD COLUMN signer_fingerprint TEXT NOT NULL "
               "DEFAULT ''")

@_step("0012_inbox")
def m0012_inbox(db: Database) -> None:
    # The inbox (issue 15): one row per attachment of a fetched message, or one per message
    # with nothing to import. (message_id, attachment_sha256) is the identity that keeps a
    # message fetched twice from being listed twice. The attachment is kept while the item
    # waits for a decision (then dropped; the hash stays).
    db.execute("""
        CREATE TABLE inbox_items (
            id INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL,
            attachment_sha256 TEXT NOT NULL DEFAULT '',
            from_addr TEXT NOT NULL DEFAULT '',
            reply_to TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            file_size INTEGER NOT NULL DEFAULT 0,
            attachment BLOB,
            state TEXT NOT NULL
                CHECK (state IN ('waiting', 'ignored', 'accepted', 'returned')),
            reason_code TEXT NOT NULL DEFAULT '',
            reason_detail TEXT NOT NULL DEFAULT '',
            sender_code TEXT NOT NULL DEFAULT '',
            sender_name TEXT NOT NULL DEFAULT '',
            period_key TEXT NOT NULL DEFAULT '',
            report_number TEXT NOT NULL DEFAULT '',
            generated_at TEXT NOT NULL DEFAULT '',
            new INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            signer_state TEXT NOT NULL DEFAULT '',
            signer_fingerprint TEXT NOT NULL DEFAULT '',
            warnings TEXT NOT NULL DEFAULT '[]',
            problems TEXT NOT NULL DEFAULT '[]',
            fetched_at TEXT NOT NULL,
            decided_at TEXT,
            return_reason TEXT NOT NULL DEFAULT '',
            batch_id INTEGER,
            outbox_id INTEGER,
            UNIQUE (message_id, attachment_sha256)
        )""")
    db.execute("CREATE INDEX inbox_items_state ON inbox_items (state, id)")
    db.execute("CREATE INDEX inbox_items_sender ON inbox_items (sender_code, period_key, id)")
    # Where the last fetch of a mailbox folder stopped (IMAP UIDs are valid per UIDVALIDITY).
    db.execute("""
        CREATE TABLE inbox_positions (
            account TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL
        )""")
    # Replies of the office about our own reports ("received" / "returned: reason").
    db.execute("""
        CREATE TABLE report_replies (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('received', 'returned')),
            reason TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            from_addr TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX report_replies_report ON report_replies (report_id, at)")
    # Extra headers of an outbox message (a reply's In-Reply-To and X-OCOP-Reply…), JSON.
    db.execute("ALTER TABLE outbox ADD COLUMN headers TEXT")
