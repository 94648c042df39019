"""The schema, as named steps. Append-only: never edit a step once it has shipped.

Each step is one function; sqlite-utils records which steps a file has had. A file that has
steps this version does not know was written by a newer app and is refused on open.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ocop_desktop.domain.catalogue import DEFAULT_FORMS

MIGRATION_SET = "ocop_desktop"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_catalogues")
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
    db["forms"].insert_all(
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


@migrations(name="0002_records")
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


@migrations(name="0005_outbox")
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
