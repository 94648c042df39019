"""The inbox in SQL (tables made by migration ``0012_inbox``).

Writes run inside the caller's ``db.atomic()`` block (operations.inbox opens it), so an
item and the fetch position that passed it are committed together.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ocop_desktop.domain.inbox import InboxItem, InboxState, ReplyKind, ReportReply
from ocop_desktop.storage.database import Database

_COLUMNS = (
    "id", "message_id", "attachment_sha256", "from_addr", "reply_to", "subject", "sent_at",
    "body", "file_name", "file_size", "state", "reason_code", "reason_detail", "sender_code",
    "sender_name", "period_key", "report_number", "new", "changed", "unchanged", "removed",
    "conflicts", "signer_state", "signer_fingerprint", "warnings", "problems", "fetched_at",
    "decided_at", "return_reason", "batch_id", "outbox_id",
)
_SELECT = "SELECT " + ", ".join(_COLUMNS) + " FROM inbox_items"
_WRITABLE = set(_COLUMNS) - {"id"} | {"attachment", "generated_at"}


def _item(row: Sequence[Any]) -> InboxItem:
    v = dict(zip(_COLUMNS, row, strict=True))
    v["state"] = InboxState(v["state"])
    v["warnings"] = tuple(json.loads(v["warnings"] or "[]"))
    v["problems"] = tuple(json.loads(v["problems"] or "[]"))
    return InboxItem(**v)


class InboxStore:
    """The inbox, fetch positions and replies of one data file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- items -----------------------------------------------------------------------------
    def find(self, message_id: str, attachment_sha256: str) -> InboxItem | None:
        row = self.db.execute(_SELECT + " WHERE message_id = ? AND attachment_sha256 = ?",
                              [message_id, attachment_sha256]).fetchone()
        return _item(row) if row else None

    def message_known(self, message_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM inbox_items WHERE message_id = ? UNION ALL "
                               "SELECT 1 FROM report_replies WHERE message_id = ? LIMIT 1",
                               [message_id, message_id]).fetchone() is not None

    def insert(self, values: Mapping[str, Any]) -> int | None:
        """Add an item; None when (message_id, attachment_sha256) is already listed."""
        unknown = set(values) - _WRITABLE
        if unknown:
            raise ValueError(f"unknown inbox columns: {sorted(unknown)}")
        data = dict(values)
        for key in ("warnings", "problems"):
            if key in data and not isinstance(data[key], str):
                data[key] = json.dumps(list(data[key]), ensure_ascii=False)
        if data.get("attachment") is not None:
            data["attachment"] = sqlite3.Binary(data["attachment"])
        cursor = self.db.execute(
            f"INSERT INTO inbox_items ({', '.join(data)}) VALUES ({', '.join('?' * len(data))}) "
            "ON CONFLICT (message_id, attachment_sha256) DO NOTHING", list(data.values()))
        return int(cursor.lastrowid or 0) if cursor.rowcount else None

    def item(self, item_id: int) -> InboxItem | None:
        row = self.db.execute(_SELECT + " WHERE id = ?", [item_id]).fetchone()
        return _item(row) if row else None

    def items(self, *, states: Iterable[InboxState] | None = None,
              limit: int | None = None) -> list[InboxItem]:
        """Newest first."""
        sql, params = _SELECT, []  # type: tuple[str, list[Any]]
        if states is not None:
            wanted = [s.value for s in states]
            sql += f" WHERE state IN ({', '.join('?' * len(wanted))})"
            params.extend(wanted)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_item(row) for row in self.db.execute(sql, params).fetchall()]

    def count_by_state(self) -> dict[InboxState, int]:
        rows = self.db.execute("SELECT state, count(*) FROM inbox_items GROUP BY state").fetchall()
        return {InboxState(state): count for state, count in rows}

    def attachment(self, item_id: int) -> bytes | None:
        row = self.db.execute("SELECT attachment FROM inbox_items WHERE id = ?",
                              [item_id]).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def decide(self, item_id: int, *, state: InboxState, at: str, reason: str = "",
               batch_id: int | None = None, outbox_id: int | None = None) -> bool:
        """A waiting item becomes accepted or returned (its attachment is dropped); False when
        it no longer waits (another window or process decided first)."""
        cursor = self.db.execute(
            "UPDATE inbox_items SET state = ?, decided_at = ?, return_reason = ?, batch_id = ?, "
            "outbox_id = ?, attachment = NULL WHERE id = ? AND state = 'waiting'",
            [state.value, at, reason, batch_id, outbox_id, item_id])
        return bool(cursor.rowcount)

    def returned_waiting_resend(self, sender_codes: Sequence[str],
                                period_key: str) -> set[str]:
        """Senders whose latest report for the period was returned and who have sent nothing
        newer since (no later item of theirs for the period is waiting or accepted)."""
        if not sender_codes:
            return set()
        marks = ", ".join("?" * len(sender_codes))
        rows = self.db.execute(
            f"SELECT sender_code, state FROM inbox_items WHERE period_key = ? "
            f"AND sender_code IN ({marks}) AND state IN ('waiting', 'accepted', 'returned') "
            "ORDER BY id", [period_key, *sender_codes]).fetchall()
        latest: dict[str, str] = {}
        for sender, state in rows:
            latest[sender] = state
        return {sender for sender, state in latest.items() if state == InboxState.RETURNED.value}

    # -- where the last fetch stopped ------------------------------------------------------
    def position(self, account: str) -> tuple[int, int] | None:
        row = self.db.execute("SELECT uidvalidity, last_uid FROM inbox_positions WHERE account = ?",
                              [account]).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def set_position(self, account: str, uidvalidity: int, last_uid: int) -> None:
        self.db.execute("INSERT INTO inbox_positions (account, uidvalidity, last_uid) "
                        "VALUES (?, ?, ?) ON CONFLICT (account) DO UPDATE SET "
                        "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
                        [account, uidvalidity, last_uid])

    # -- replies about our own reports -----------------------------------------------------
    def add_reply(self, reply: ReportReply) -> bool:
        cursor = self.db.execute(
            "INSERT INTO report_replies (report_id, kind, reason, at, message_id, from_addr) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING",
            [reply.report_id, reply.kind.value, reply.reason, reply.at, reply.message_id,
             reply.from_addr])
        return bool(cursor.rowcount)

    def latest_replies(self, report_ids: Iterable[int] | None = None
                       ) -> dict[int, ReportReply]:
        """The latest reply for each report (by the reply's time)."""
        sql = ("SELECT report_id, kind, reason, at, message_id, from_addr FROM report_replies")
        params: list[Any] = []
        if report_ids is not None:
            ids = list(report_ids)
            if not ids:
                return {}
            sql += f" WHERE report_id IN ({', '.join('?' * len(ids))})"
            params = ids
        sql += " ORDER BY at, id"
        result: dict[int, ReportReply] = {}
        for row in self.db.execute(sql, params).fetchall():
            result[row[0]] = ReportReply(row[0], ReplyKind(row[1]), row[2], row[3], row[4], row[5])
        return result

    def report_for_reply(self, *, in_reply_to: Sequence[str],
                         file_hash: str) -> int | None:
        """Our report a reply is about: by the Message-ID it answers (the sent log), else by
        the hash of the file it names (the sent log, then the register)."""
        for message_id in in_reply_to:
            row = self.db.execute("SELECT report_id FROM sent_log WHERE message_id = ? AND "
                                  "report_id IS NOT NULL ORDER BY id DESC LIMIT 1",
                                  [message_id]).fetchone()
            if row:
                return int(row[0])
        if file_hash:
            row = self.db.execute("SELECT report_id FROM sent_log WHERE file_sha256 = ? AND "
                                  "report_id IS NOT NULL ORDER BY id DESC LIMIT 1",
                                  [file_hash]).fetchone()
            if row:
                return int(row[0])
            row = self.db.execute(
                "SELECT id FROM reports WHERE file_hash = ? ORDER BY id DESC LIMIT 1",
                [file_hash]).fetchone()
            if row:
                return int(row[0])
        return None
