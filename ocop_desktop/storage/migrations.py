"""The schema, as named steps. Append-only: never edit a step once it has shipped.

Each step is one function; sqlite-utils records which steps a file has had. A file that has
steps this version does not know was written by a newer app and is refused on open.

Steps run in the order they are registered below, not in the order of their names. The first
release shipped six steps registered as 0001, 0002, 0005, 0003, 0006, 0004 (the numbers were
given before the order was settled). Those names are recorded in every data file made since,
so they cannot be renamed or reordered: a renamed step would look unknown to the files that
have it. From 0007 on, a new step takes the next number and is appended at the end, so the
names and the order agree again. ``tests/storage/test_migrations.py`` pins both rules.
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


@migrations(name="0003_reports")
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


@migrations(name="0006_schedule")
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


@migrations(name="0004_imports")
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
