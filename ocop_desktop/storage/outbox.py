"""The outbox and the sent log in SQL (tables made by migration ``0005_outbox``).

Items keep a snapshot of the attached file (``attachment``), taken when the item was queued,
so a report re-exported or moved meanwhile does not change what is sent; the snapshot is
dropped once the item is sent or cancelled (the hash stays, as proof). Every write runs in
the caller's ``db.atomic()`` or opens its own.

``SendLock`` keeps two processes (the window and ``ocop-desktop outbox send``) from sending
the same item at once; the operating system releases it when a process dies, so whoever
holds it knows that an item still marked ``sending`` was interrupted.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ocop_desktop.domain.outbox import (
    ERROR_KINDS,
    Delivery,
    DeliveryMethod,
    ErrorKind,
    OutboxItem,
    OutboxStatus,
    SendErrorCode,
)
from ocop_desktop.storage.database import Database

_ITEM_COLUMNS = (
    "id", "report_id", "file_path", "file_name", "file_sha256", "file_size", "to_addrs",
    "cc_addrs", "subject", "body", "status", "attempts", "error_code", "error_detail",
    "next_attempt_at", "message_id", "created_at", "updated_at", "sent_at", "settings_stamp",
)
_SELECT_ITEM = "SELECT " + ", ".join(_ITEM_COLUMNS) + " FROM outbox"
_SETTINGS_CODES = tuple(code.value for code, kind in ERROR_KINDS.items()
                        if kind is ErrorKind.SETTINGS)


def _item(row: Sequence[Any]) -> OutboxItem:
    v = dict(zip(_ITEM_COLUMNS, row, strict=True))
    return OutboxItem(
        id=v["id"], report_id=v["report_id"], file_path=v["file_path"],
        file_name=v["file_name"], file_sha256=v["file_sha256"], file_size=v["file_size"],
        to=tuple(json.loads(v["to_addrs"])), cc=tuple(json.loads(v["cc_addrs"])),
        subject=v["subject"], body=v["body"], status=OutboxStatus(v["status"]),
        attempts=v["attempts"],
        error_code=SendErrorCode(v["error_code"]) if v["error_code"] else None,
        error_detail=v["error_detail"] or "", next_attempt_at=v["next_attempt_at"],
        message_id=v["message_id"], created_at=v["created_at"], updated_at=v["updated_at"],
        sent_at=v["sent_at"], settings_stamp=v["settings_stamp"],
    )


_DELIVERY_COLUMNS = ("id", "method", "at", "recipients", "file_sha256", "file_name",
                     "outbox_id", "report_id", "message_id", "destination", "note")


def _delivery(row: Mapping[str, Any]) -> Delivery:
    values = {name: row[name] for name in _DELIVERY_COLUMNS}
    values["method"] = DeliveryMethod(values["method"])
    return Delivery(**values)


class OutboxStore:
    """Typed access to the ``outbox`` and ``sent_log`` tables of one connection."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- items ------------------------------------------------------------------------
    def insert(self, *, report_id: int | None, file_path: str, file_name: str,
               file_sha256: str, attachment: bytes, to: Sequence[str], cc: Sequence[str],
               subject: str, body: str, message_id: str, at: str,
               headers: Mapping[str, str] | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO outbox (report_id, file_path, file_name, file_sha256, file_size, "
            "attachment, to_addrs, cc_addrs, subject, body, status, attempts, "
            "next_attempt_at, message_id, created_at, updated_at, headers) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?)",
            [report_id, file_path, file_name, file_sha256, len(attachment),
             sqlite3.Binary(attachment), json.dumps(list(to), ensure_ascii=False),
             json.dumps(list(cc), ensure_ascii=False), subject, body, at, message_id,
             at, at, json.dumps(dict(headers), ensure_ascii=False) if headers else None])
        item_id = cursor.lastrowid
        assert item_id is not None
        return item_id

    def item(self, item_id: int) -> OutboxItem | None:
        row = self.db.execute(_SELECT_ITEM + " WHERE id = ?", [item_id]).fetchone()
        return _item(row) if row else None

    def items(self, *, statuses: Iterable[OutboxStatus] | None = None,
              report_id: int | None = None) -> list[OutboxItem]:
        """Items in queue order (oldest first)."""
        where, params = self._where(statuses, report_id)
        rows = self.db.execute(_SELECT_ITEM + where + " ORDER BY id", params).fetchall()
        return [_item(row) for row in rows]

    @staticmethod
    def _where(statuses: Iterable[OutboxStatus] | None,
               report_id: int | None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if statuses is not None:
            wanted = [s.value for s in statuses]
            clauses.append(f"status IN ({', '.join('?' for _ in wanted)})")
            params.extend(wanted)
        if report_id is not None:
            clauses.append("report_id = ?")
            params.append(report_id)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def count_by_status(self) -> dict[OutboxStatus, int]:
        rows = self.db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall()
        return {OutboxStatus(status): count for status, count in rows}

    def headers(self, item_id: int) -> dict[str, str]:
        """Extra headers of an item (a reply's In-Reply-To, X-OCOP-Reply…; migration 0012)."""
        row = self.db.execute("SELECT headers FROM outbox WHERE id = ?", [item_id]).fetchone()
        return dict(json.loads(row[0])) if row and row[0] else {}

    def attachment(self, item_id: int) -> bytes | None:
        row = self.db.execute("SELECT attachment FROM outbox WHERE id = ?",
                              [item_id]).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def message_id_taken(self, message_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM outbox WHERE message_id = ?",
                               [message_id]).fetchone() is not None

    def due(self, *, now: str, stamp: str, force: bool = False) -> list[OutboxItem]:
        """Items to try now, in queue order.

        Normally: queued items whose back-off has passed, and items that failed on the mail
        settings (wrong password…) once the settings have changed since. ``force``: every
        queued or failed item, whatever its back-off (the user pressed "Gửi ngay" for all,
        or ``outbox send`` ran).
        """
        if force:
            rows = self.db.execute(
                _SELECT_ITEM + " WHERE status IN ('queued', 'failed') ORDER BY id").fetchall()
        else:
            codes = ", ".join("?" for _ in _SETTINGS_CODES)
            rows = self.db.execute(
                _SELECT_ITEM + " WHERE (status = 'queued' AND (next_attempt_at IS NULL "
                "OR next_attempt_at <= ?)) OR (status = 'failed' AND error_code IN "
                f"({codes}) AND coalesce(settings_stamp, '') != ?) ORDER BY id",
                [now, *_SETTINGS_CODES, stamp]).fetchall()
        return [_item(row) for row in rows]

    def next_due_at(self) -> str | None:
        """When the earliest waiting item becomes due (for the window's timer)."""
        row = self.db.execute(
            "SELECT min(next_attempt_at) FROM outbox WHERE status = 'queued'").fetchone()
        return row[0] if row else None

    def claim(self, item_id: int, *, at: str) -> bool:
        """Mark an item ``sending`` and count the attempt; False if it is no longer waiting
        (cancelled or sent meanwhile, e.g. from another window)."""
        cursor = self.db.execute(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ? "
            "WHERE id = ? AND status IN ('queued', 'failed')", [at, item_id])
        return cursor.rowcount == 1

    def mark_sent(self, item_id: int, *, at: str, note_code: SendErrorCode | None = None,
                  note: str = "") -> None:
        self.db.execute(
            "UPDATE outbox SET status = 'sent', sent_at = ?, updated_at = ?, "
            "next_attempt_at = NULL, error_code = ?, error_detail = ?, attachment = NULL "
            "WHERE id = ?", [at, at, note_code.value if note_code else None, note, item_id])

    def mark_error(self, item_id: int, *, status: OutboxStatus, code: SendErrorCode,
                   detail: str, next_attempt_at: str | None, stamp: str | None,
                   at: str, count_attempt: bool = False) -> None:
        self.db.execute(
            "UPDATE outbox SET status = ?, error_code = ?, error_detail = ?, "
            "next_attempt_at = ?, settings_stamp = ?, updated_at = ?, "
            "attempts = attempts + ? WHERE id = ?",
            [status.value, code.value, detail, next_attempt_at, stamp, at,
             1 if count_attempt else 0, item_id])

    def cancel(self, item_id: int, *, at: str) -> bool:
        """Cancel an item that has not gone yet; False if it is sent, sending or unknown."""
        cursor = self.db.execute(
            "UPDATE outbox SET status = 'cancelled', updated_at = ?, next_attempt_at = NULL, "
            "attachment = NULL WHERE id = ? AND status IN ('queued', 'failed')", [at, item_id])
        return cursor.rowcount == 1

    def requeue(self, item_id: int, *, at: str) -> bool:
        """Make a queued or failed item due now ("Gửi ngay")."""
        cursor = self.db.execute(
            "UPDATE outbox SET status = 'queued', next_attempt_at = ?, updated_at = ? "
            "WHERE id = ? AND status IN ('queued', 'failed')", [at, at, item_id])
        return cursor.rowcount == 1

    def make_waiting_due(self, *, at: str) -> int:
        """Every queued item becomes due now (the network came back)."""
        cursor = self.db.execute(
            "UPDATE outbox SET next_attempt_at = ? WHERE status = 'queued' "
            "AND (next_attempt_at IS NULL OR next_attempt_at > ?)", [at, at])
        return cursor.rowcount

    def interrupted(self) -> list[OutboxItem]:
        rows = self.db.execute(_SELECT_ITEM + " WHERE status = 'sending' ORDER BY id").fetchall()
        return [_item(row) for row in rows]

    # -- sent log ---------------------------------------------------------------------
    def add_delivery(self, *, method: DeliveryMethod, at: str, recipients: str,
                     file_sha256: str, file_name: str, outbox_id: int | None = None,
                     report_id: int | None = None, message_id: str | None = None,
                     destination: str | None = None, note: str = "") -> int:
        cursor = self.db.execute(
            "INSERT INTO sent_log (method, at, recipients, file_sha256, file_name, outbox_id, "
            "report_id, message_id, destination, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [method.value, at, recipients, file_sha256, file_name, outbox_id, report_id,
             message_id, destination, note])
        delivery_id = cursor.lastrowid
        assert delivery_id is not None
        return delivery_id

    def deliveries(self, *, outbox_id: int | None = None,
                   report_id: int | None = None) -> list[Delivery]:
        clauses: list[str] = []
        params: list[Any] = []
        if outbox_id is not None:
            clauses.append("outbox_id = ?")
            params.append(outbox_id)
        if report_id is not None:
            clauses.append("report_id = ?")
            params.append(report_id)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return [_delivery(row) for row in self.db.query(
            "SELECT * FROM sent_log" + where + " ORDER BY id", params)]


class SendLockBusyError(Exception):
    """Another process (or thread) is sending from this data file right now."""


# One in-process lock per lock file: flock on two descriptors of one file in one process
# would conflict too, but an in-memory database has no file to lock.
_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


class SendLock:
    """An exclusive, crash-safe lock beside the data file (``<data file>.sending.lock``).

    Held for one send run. The operating system drops it when the holder dies (SIGKILL,
    power cut), which is what lets the next holder retry an item left in ``sending``.
    """

    def __init__(self, db_file: Path | None) -> None:
        self.path = db_file.with_name(db_file.name + ".sending.lock") if db_file else None
        key = str(self.path) if self.path else ":memory:"
        with _THREAD_LOCKS_GUARD:
            self._thread_lock = _THREAD_LOCKS.setdefault(key, threading.Lock())
        self._handle: IO[bytes] | None = None

    def acquire(self, timeout: float = 0.0) -> None:
        """Take the lock, waiting up to ``timeout`` seconds; ``SendLockBusyError`` if still held."""
        deadline = time.monotonic() + timeout
        got = (self._thread_lock.acquire(timeout=timeout) if timeout > 0
               else self._thread_lock.acquire(blocking=False))
        if not got:
            raise SendLockBusyError()
        if self.path is None:
            return
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        except OSError:
            self._thread_lock.release()
            raise
        while True:
            if _try_lock(handle):
                self._handle = handle
                return
            if time.monotonic() >= deadline:
                handle.close()
                self._thread_lock.release()
                raise SendLockBusyError()
            time.sleep(0.05)

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None
        self._thread_lock.release()

    def __enter__(self) -> SendLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# -- the report register's delivery columns ---------------------------------------------------

def set_report_delivery(db: Database, report_id: int, *, status: str, at: str,
                        to: str) -> None:
    """A report went out (sent or handed over): its register status, when and to whom
    (``sent_at``/``sent_to`` describe the latest delivery; the sent log keeps them all)."""
    db.execute("UPDATE reports SET status = ?, sent_at = ?, sent_to = ? WHERE id = ?",
               [status, at, to, report_id])
