"""Fetching and listing: the messages that arrived since the last fetch (by IMAP UID, per
UIDVALIDITY) are read without marking them read and never deleted; each gets the keyword
``$OcopFetched``. Every ``.xlsx`` attachment is checked by the import preview itself (the
same checks as "Nhập báo cáo") and listed as *waiting*; anything else is listed as
*ignored* with the reason. An item is identified by Message-ID and attachment hash, so
nothing is listed twice. Each message's items and the fetch position after it are
committed in one transaction, so a connection lost in the middle loses and duplicates
nothing. Replies about our own reports are recorded against them (``report_replies``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ocop_desktop.domain.exchange import ExchangeError, ImportOutcome, ImportProblem
from ocop_desktop.domain.exchange import ImportProblemCode as P
from ocop_desktop.domain.inbox import (
    FETCHED_KEYWORD,
    MAX_FETCH_PER_RUN,
    MAX_MESSAGE_BYTES,
    OFFLINE_FETCH_ERRORS,
    FetchErrorCode,
    IgnoreReason,
    ImapSettings,
    InboxItem,
    InboxState,
    ReportReply,
)
from ocop_desktop.domain.signing import SignerState
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import exchange
from ocop_desktop.operations import outbox as ob
from ocop_desktop.operations.clock import current, iso
from ocop_desktop.operations.inbox import transport
from ocop_desktop.operations.inbox.decide import accept_item, preview_bytes
from ocop_desktop.operations.inbox.message import Attachment, ParsedMessage, read_message
from ocop_desktop.storage.inbox import InboxStore
from ocop_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

# Import problems that mean "this workbook is not a report made by OCOP Desktop": such an
# attachment is ignored, not offered for a decision.
NOT_A_REPORT = frozenset({P.FILE_NOT_FOUND, P.FILE_UNREADABLE, P.NOT_XLSX, P.OLD_XLS,
                          P.CORRUPT, P.NO_DATA_SHEET, P.NO_MANIFEST, P.UNKNOWN_FORMAT})


def preview_warnings(preview: exchange.ImportPreview) -> list[str]:
    """What an officer should look at before accepting; none: may be accepted by itself.

    Topics the file brings are not a warning: the first report of a period at a new office
    always brings them.
    """
    warnings: list[str] = []
    if preview.conflicts:
        warnings.append("conflicts")
    if preview.removed:
        warnings.append("removed")
    if preview.entered_here:
        warnings.append("entered_here")
    # Who signed it (issue 14): a first key, or no signature, is for a person to look at
    # (the key is pinned when the report is accepted; its fingerprint can be checked by
    # phone first). Another key, or a broken signature, is a refusal of the preview itself.
    if preview.signer_state is SignerState.NEW_KEY:
        warnings.append("signer_new_key")
    elif preview.signer_state is SignerState.UNSIGNED:
        warnings.append("signer_unsigned")
    return warnings


def _problem_codes(problems: Sequence[ImportProblem]) -> list[str]:
    return [p.code.value for p in problems]


# -- one message into items ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FetchEntry:
    """One attachment in a fetch's answer: the item, and whether it was already listed."""

    item: InboxItem
    seen: bool

    @property
    def state(self) -> str:
        return "seen" if self.seen else self.item.state.value


@dataclass(slots=True)
class FetchReport:
    entries: list[FetchEntry] = field(default_factory=list)
    replies: list[ReportReply] = field(default_factory=list)
    auto_accepted: list[int] = field(default_factory=list)
    messages: int = 0
    error: FetchErrorCode | None = None
    error_detail: str = ""
    more: bool = False  # stopped at MAX_FETCH_PER_RUN; the next run goes on

    @property
    def offline(self) -> bool:

        return self.error in OFFLINE_FETCH_ERRORS

    @property
    def new_items(self) -> list[InboxItem]:
        return [e.item for e in self.entries if not e.seen]


def _common(parsed: ParsedMessage, at: str) -> dict[str, Any]:
    return {"message_id": parsed.message_id, "from_addr": parsed.from_addr,
            "reply_to": parsed.reply_to, "subject": parsed.subject,
            "sent_at": parsed.sent_at, "body": parsed.body, "fetched_at": at}


def _ignored(parsed: ParsedMessage, at: str, reason: IgnoreReason, detail: str = "", *,
             attachment: Attachment | None = None, digest: str = "",
             problems: Sequence[str] = ()) -> dict[str, Any]:
    values = _common(parsed, at) | {"state": InboxState.IGNORED.value,
                                    "reason_code": reason.value, "reason_detail": detail[:300],
                                    "attachment_sha256": digest,
                                    "problems": list(problems)}
    if attachment is not None:
        values |= {"file_name": attachment.name, "file_size": attachment.size}
    return values


def _plan_message(repo: Repository, parsed: ParsedMessage, at: str
                  ) -> tuple[list[dict[str, Any]], ReportReply | None]:
    """The items one message becomes (not yet written), or the reply it is."""
    if parsed.problem is not None:
        return [_ignored(parsed, at, parsed.problem, parsed.detail)], None
    if parsed.reply_kind is not None and not parsed.attachments:
        report_id = InboxStore(repo.db).report_for_reply(in_reply_to=parsed.in_reply_to,
                                           file_hash=parsed.reply_hash)
        if report_id is None:
            return [_ignored(parsed, at, IgnoreReason.REPLY_UNKNOWN, parsed.reply_hash)], None
        return [], ReportReply(report_id, parsed.reply_kind, parsed.reply_reason,
                               parsed.sent_at or at, parsed.message_id, parsed.from_addr)
    if not parsed.attachments:
        return [_ignored(parsed, at, IgnoreReason.NO_ATTACHMENT)], None
    planned: list[dict[str, Any]] = []
    digests: set[str] = set()
    for attachment in parsed.attachments:
        digest = hashlib.sha256(attachment.data).hexdigest() if attachment.data is not None \
            else hashlib.sha256(f"{attachment.name}\x00{attachment.size}".encode()).hexdigest()
        if digest in digests:
            continue  # the same file attached twice to one message: one item
        digests.add(digest)
        if attachment.problem is not None or attachment.data is None:
            planned.append(_ignored(parsed, at, attachment.problem or IgnoreReason.MALFORMED,
                                    attachment.detail, attachment=attachment, digest=digest))
            continue
        if not attachment.name.lower().endswith(".xlsx"):
            planned.append(_ignored(parsed, at, IgnoreReason.NOT_XLSX, attachment.name,
                                    attachment=attachment, digest=digest))
            continue
        if InboxStore(repo.db).find(parsed.message_id, digest) is not None:
            planned.append({"message_id": parsed.message_id, "attachment_sha256": digest})
            continue  # listed before: no need to check it again
        try:
            preview = preview_bytes(repo, attachment.name, attachment.data)
        except Exception as exc:  # the reader must not raise; if it does, the file is bad
            log.info("preview of %s failed: %s", attachment.name, type(exc).__name__)
            planned.append(_ignored(parsed, at, IgnoreReason.NOT_A_REPORT, P.CORRUPT.value,
                                    attachment=attachment, digest=digest,
                                    problems=[P.CORRUPT.value]))
            continue
        codes = _problem_codes(preview.problems)
        if preview.problems and preview.problems[0].code is P.OWN_REPORT:
            planned.append(_ignored(parsed, at, IgnoreReason.OWN_REPORT, preview.sender_code,
                                    attachment=attachment, digest=digest, problems=codes))
            continue
        if preview.outcome is ImportOutcome.REFUSED and preview.problems and \
                preview.problems[0].code in NOT_A_REPORT:
            planned.append(_ignored(parsed, at, IgnoreReason.NOT_A_REPORT, codes[0],
                                    attachment=attachment, digest=digest, problems=codes))
            continue
        planned.append(_common(parsed, at) | {
            "attachment_sha256": digest, "file_name": attachment.name,
            "file_size": attachment.size, "attachment": attachment.data,
            "state": InboxState.WAITING.value, "sender_code": preview.sender_code,
            "sender_name": preview.sender_name, "period_key": preview.period_key,
            "report_number": preview.report_number, "generated_at": preview.generated_at,
            "new": preview.new, "changed": preview.changed, "unchanged": preview.unchanged,
            "removed": preview.removed, "conflicts": len(preview.conflicts),
            "signer_state": preview.signer_state.value if preview.signer_state else "",
            "signer_fingerprint": preview.signer_fingerprint,
            "warnings": preview_warnings(preview) if not codes else [],
            "problems": codes})
    return planned, None


def process_message(repo: Repository, raw: bytes, *, now: dt.datetime | None = None,
                    report: FetchReport | None = None,
                    position: tuple[str, int, int] | None = None) -> FetchReport:
    """Read one raw message and list what it holds, in one transaction (with the fetch
    ``position`` (account, uidvalidity, uid) that passed it, when fetching)."""
    report = report if report is not None else FetchReport()
    at = iso(current(now))
    parsed = read_message(raw)
    planned, reply = _plan_message(repo, parsed, at)
    _write(repo, planned, reply, report, position)
    return report


def _write(repo: Repository, planned: Sequence[dict[str, Any]], reply: ReportReply | None,
           report: FetchReport, position: tuple[str, int, int] | None) -> None:
    entries: list[FetchEntry] = []
    with repo.db.atomic():
        for values in planned:
            item_id = None
            if "state" in values:
                item_id = InboxStore(repo.db).insert(values)
            if item_id is None:  # listed by an earlier fetch
                found = InboxStore(repo.db).find(values["message_id"], values["attachment_sha256"])
                if found is not None:
                    entries.append(FetchEntry(found, True))
                continue
            item = InboxStore(repo.db).item(item_id)
            assert item is not None
            entries.append(FetchEntry(item, False))
        if reply is not None and InboxStore(repo.db).add_reply(reply):
            report.replies.append(reply)
        if position is not None:
            InboxStore(repo.db).set_position(*position)
    report.entries.extend(entries)
    report.messages += 1


def _ignored_headers_only(repo: Repository, raw_headers: bytes, size: int,
                          report: FetchReport, position: tuple[str, int, int],
                          now: dt.datetime | None) -> None:
    parsed = read_message(raw_headers)
    parsed.body = ""
    parsed.attachments = []
    at = iso(current(now))
    _write(repo, [_ignored(parsed, at, IgnoreReason.MESSAGE_TOO_LARGE, str(size))], None,
           report, position)


# -- fetching -----------------------------------------------------------------------------

def fetch_mail(repo: Repository, *, settings: ImapSettings, now: dt.datetime | None = None,
               context_factory: transport.ContextFactory = ob.default_context,
               after_message: Callable[[int], None] | None = None,
               limit: int = MAX_FETCH_PER_RUN) -> FetchReport:
    """Read what arrived since the last fetch; list it; accept by itself when asked to.

    Never raises for the server's or the network's trouble: the report's ``error`` says what
    happened, and everything listed before it stays listed. ``after_message(uid)`` is called
    after each message is committed (tests cut the connection there).
    """
    report = FetchReport()
    session: transport.ImapSession | None = None
    try:
        session = transport.ImapSession(settings, context_factory)
        uidvalidity = session.select(settings.folder)
        known = InboxStore(repo.db).position(settings.account)
        last_uid = known[1] if known and known[0] == uidvalidity else 0
        uids = session.uids_after(last_uid)
        if len(uids) > limit:
            uids, report.more = uids[:limit], True
        for uid in uids:
            position = (settings.account, uidvalidity, uid)
            size = session.size(uid)
            if size > MAX_MESSAGE_BYTES:
                _ignored_headers_only(repo, session.headers(uid), size, report, position, now)
            else:
                process_message(repo, session.message(uid), now=now, report=report,
                                position=position)
            session.mark(uid, FETCHED_KEYWORD)
            if after_message is not None:
                after_message(uid)
    except Exception as exc:
        code, detail = transport.classify(exc)
        if settings.password:
            detail = detail.replace(settings.password, "***")
        report.error, report.error_detail = code, detail[:300]
        log.info("fetch from %s:%s stopped: %s %s", settings.host, settings.port, code.value,
                 report.error_detail)
    finally:
        if session is not None:
            session.close()
    log.info("fetched %d message(s): %d new item(s), %d reply(ies)", report.messages,
             len(report.new_items), len(report.replies))
    if settings.auto_accept:
        _auto_accept(repo, report, now)
    return report


def _auto_accept(repo: Repository, report: FetchReport, now: dt.datetime | None) -> None:
    for item in report.new_items:
        if not item.importable or item.warnings:
            continue
        try:
            accept_item(repo, item_id=item.id, now=now)
        except (ValidationError, ExchangeError) as exc:
            log.info("inbox item %s not accepted by itself: %s", item.id, exc)
            continue
        report.auto_accepted.append(item.id)


# -- reading ------------------------------------------------------------------------------

def inbox_items(repo: Repository, *, states: Sequence[InboxState] | None = None,
                limit: int | None = None) -> list[InboxItem]:
    return InboxStore(repo.db).items(states=states, limit=limit)


def inbox_item(repo: Repository, item_id: int) -> InboxItem | None:
    return InboxStore(repo.db).item(item_id)


def waiting_count(repo: Repository) -> int:
    return InboxStore(repo.db).count_by_state().get(InboxState.WAITING, 0)


def replies(repo: Repository, report_ids: Sequence[int] | None = None
            ) -> dict[int, ReportReply]:
    """The latest reply about each of our reports."""
    return InboxStore(repo.db).latest_replies(report_ids)


def returned_waiting_resend(repo: Repository, *, sender_codes: Sequence[str],
                            period_key: str) -> set[str]:
    """Senders whose report for the period was returned and not yet sent again."""
    return InboxStore(repo.db).returned_waiting_resend(sender_codes, period_key)
