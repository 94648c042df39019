"""Deciding on a waiting report: **accept** imports the attachment (``exchange.commit_import``,
checked again) and queues an acknowledgement in the outbox; **return** imports nothing and
queues the reason. Both replies carry ``In-Reply-To`` (the report mail's Message-ID) and
``X-OCOP-Reply-Hash`` (the attachment's SHA-256), so the sender's app matches them to its
report without reading the subject.

An attachment is only written to a private temporary file for the importer's own reader
(which checks zip sizes and sheet dimensions itself) and deleted right after.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ocop_desktop.domain.exchange import ExchangeError, ImportOutcome
from ocop_desktop.domain.inbox import (
    REPLY_HASH_HEADER,
    REPLY_HEADER,
    REPLY_REASON_HEADER,
    InboxItem,
    InboxState,
    ReplyKind,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError, valid_email
from ocop_desktop.operations import exchange
from ocop_desktop.operations import outbox as ob
from ocop_desktop.operations.clock import current, iso
from ocop_desktop.operations.inbox.message import MAX_REASON
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.storage.inbox import InboxStore
from ocop_desktop.storage.repository import Repository

log = logging.getLogger(__name__)


# -- the attachment and the importer's own preview ----------------------------------------

@contextlib.contextmanager
def attachment_file(name: str, data: bytes) -> Iterator[Path]:
    """The attachment as a private temporary file named as it was sent (the importer
    shows that name), deleted afterwards."""
    with tempfile.TemporaryDirectory(prefix="ocop-inbox-") as folder:
        safe = re.sub(r'[<>:"|?*\x00-\x1f]', "_", name).strip(". ") or "tep.xlsx"
        path = Path(folder) / safe
        with open(path, "xb") as handle:  # a fresh file in our own folder only
            handle.write(data)
        yield path


def preview_bytes(repo: Repository, name: str, data: bytes) -> exchange.ImportPreview:
    with attachment_file(name, data) as path:
        return exchange.preview_import(repo, path=path)


# -- deciding -----------------------------------------------------------------------------

def _waiting(repo: Repository, item_id: int) -> InboxItem:
    item = InboxStore(repo.db).item(item_id)
    if item is None:
        raise ValidationError([Problem("inbox_item", ProblemCode.NOT_FOUND, {"value": item_id})])
    if item.state is not InboxState.WAITING:
        raise ValidationError([Problem("inbox_item", ProblemCode.NOT_WAITING, {
            "value": item_id, "state": item.state.value})])
    return item


def item_preview(repo: Repository, *, item_id: int) -> exchange.ImportPreview | None:
    """The import preview of a waiting item as of now (None once decided)."""
    item = InboxStore(repo.db).item(item_id)
    data = InboxStore(repo.db).attachment(item_id)
    if item is None or data is None:
        return None
    return preview_bytes(repo, item.file_name, data)


def _reply_to(item: InboxItem) -> str:
    return item.reply_to or item.from_addr


def _local(at: str) -> dt.datetime:
    return dt.datetime.fromisoformat(at).astimezone()


def _report_words(item: InboxItem) -> str:
    words = f"số {item.report_number}" if item.report_number else f"“{item.file_name}”"
    if item.sender_name:
        words += f" của {item.sender_name}"
    if item.period_key:
        words += f" (kỳ {item.period_key})"
    return words


def _reply_headers(item: InboxItem, kind: ReplyKind, reason: str = "") -> dict[str, str]:
    headers = {REPLY_HEADER: kind.value, REPLY_HASH_HEADER: item.attachment_sha256}
    if not item.message_id.endswith("@no-message-id.invalid>"):
        headers["In-Reply-To"] = item.message_id
        headers["References"] = item.message_id
    if reason:
        headers[REPLY_REASON_HEADER] = " ".join(reason.split())[:MAX_REASON]
    return headers


def _subject(prefix: str, item: InboxItem) -> str:
    subject = item.subject or item.file_name
    text = f"{prefix}: {subject}"
    return " ".join(text.split())[:ob.MAX_SUBJECT]


@dataclass(frozen=True, slots=True)
class AcceptResult:
    item_id: int
    result: exchange.ImportResult
    outbox_id: int | None  # the acknowledgement; None when the sender's address is unusable
    changes: Changes


def accept_item(repo: Repository, *, item_id: int,
                now: dt.datetime | None = None) -> AcceptResult:
    """Import a waiting report (checked again) and queue the acknowledgement.

    Raises ``ValidationError`` (no such item, already decided) or ``ExchangeError`` (the
    import refuses the file now); nothing is written then.
    """
    item = _waiting(repo, item_id)
    data = InboxStore(repo.db).attachment(item_id)
    if data is None:
        raise ValidationError([Problem("inbox_item", ProblemCode.NOT_WAITING, {
            "value": item_id, "state": item.state.value})])
    with attachment_file(item.file_name, data) as path:
        preview = exchange.preview_import(repo, path=path)
        if preview.outcome is ImportOutcome.REFUSED:
            raise ExchangeError(list(preview.problems))
        result = exchange.commit_import(repo, preview=preview)
    if result.outcome is ImportOutcome.REFUSED:
        raise ExchangeError(list(result.problems))
    at = iso(current(now))
    moment = _local(at)
    body = "\n".join([
        f"Đã nhận và nhập báo cáo {_report_words(item)} lúc {moment:%H:%M} ngày "
        f"{moment:%d/%m/%Y}.",
        f"Tệp: {item.file_name}",
        f"Mã kiểm tra tệp (SHA-256): {item.attachment_sha256}",
        f"Kết quả nhập: {result.new} bản ghi mới, {result.changed} thay đổi, "
        f"{result.unchanged} không đổi, {result.removed} bị xóa.", "",
        "Thư này do phần mềm OCOP Desktop gửi tự động khi báo cáo được nhận.",
    ]) + "\n"
    outbox_id = None
    address = _reply_to(item)
    with repo.db.atomic():
        if address and valid_email(address):
            outbox_id, _ = ob.queue_message(
                repo, to=[address], subject=_subject("Đã nhận báo cáo", item), body=body,
                headers=_reply_headers(item, ReplyKind.RECEIVED), now=now)
        if not InboxStore(repo.db).decide(item_id, state=InboxState.ACCEPTED, at=at,
                            batch_id=result.batch_id, outbox_id=outbox_id):
            raise ValidationError([Problem("inbox_item", ProblemCode.NOT_WAITING,
                                           {"value": item_id, "state": "?"})])
        repo.audit("inbox", str(item_id), "accept", None, json.dumps(
            {"file": item.file_name, "sha256": item.attachment_sha256,
             "batch_id": result.batch_id, "outbox_id": outbox_id}, ensure_ascii=False))
    log.info("inbox item %s accepted (import batch %s, acknowledgement %s)", item_id,
             result.batch_id, outbox_id)
    areas = set(result.changes.areas) | {Area.INBOX, Area.IMPORTS, Area.OUTBOX}
    return AcceptResult(item_id, result, outbox_id, Changes(
        frozenset(areas), added=result.new, updated=result.changed, deleted=result.removed,
        unchanged=result.unchanged))


def return_item(repo: Repository, *, item_id: int, reason: str,
                now: dt.datetime | None = None) -> tuple[int | None, Changes]:
    """Return a waiting report for correction: nothing is imported; the reason is queued
    in the outbox to the sender. Returns the outbox item's id."""
    reason = reason.strip()
    problems: list[Problem] = []
    if not reason:
        problems.append(Problem("return_reason", ProblemCode.REQUIRED))
    elif len(reason) > MAX_REASON:
        problems.append(Problem("return_reason", ProblemCode.TOO_LONG, {"max": MAX_REASON}))
    if problems:
        raise ValidationError(problems)
    item = _waiting(repo, item_id)
    at = iso(current(now))
    body = "\n".join([
        f"Báo cáo {_report_words(item)} được trả lại để sửa; số liệu chưa được nhập.", "",
        f"Lý do: {reason}", "",
        f"Tệp: {item.file_name}",
        f"Mã kiểm tra tệp (SHA-256): {item.attachment_sha256}", "",
        "Xin đơn vị sửa rồi lập và gửi lại báo cáo. Thư này do phần mềm OCOP Desktop gửi.",
    ]) + "\n"
    address = _reply_to(item)
    outbox_id = None
    with repo.db.atomic():
        if address and valid_email(address):
            outbox_id, _ = ob.queue_message(
                repo, to=[address], subject=_subject("Trả lại báo cáo", item), body=body,
                headers=_reply_headers(item, ReplyKind.RETURNED, reason), now=now)
        if not InboxStore(repo.db).decide(item_id, state=InboxState.RETURNED, at=at, reason=reason,
                            outbox_id=outbox_id):
            raise ValidationError([Problem("inbox_item", ProblemCode.NOT_WAITING,
                                           {"value": item_id, "state": "?"})])
        repo.audit("inbox", str(item_id), "return", None, json.dumps(
            {"file": item.file_name, "sha256": item.attachment_sha256, "reason": reason,
             "outbox_id": outbox_id}, ensure_ascii=False))
    log.info("inbox item %s returned (reply %s)", item_id, outbox_id)
    return outbox_id, Changes(frozenset({Area.INBOX, Area.OUTBOX}), updated=1)
