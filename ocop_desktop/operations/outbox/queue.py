"""The queue and the send loop.

The outbox never loses a report: queuing stores the recipients, the texts, a snapshot of the
file and a Message-ID in one transaction; each attempt is committed as ``sending`` before the
server is contacted, so an item caught mid-send by a crash or a power cut is found on the
next run and sent again with the same Message-ID (the receiver can recognise the duplicate).

Network trouble waits and retries with exponential back-off; a wrong password or a
certificate problem stops until the mail settings change or the user presses "Gửi ngay", so
a bad password never loops. Message bodies are not logged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import make_msgid
from pathlib import Path

from ocop_desktop.domain.outbox import (
    OFFLINE_ERRORS,
    SESSION_ERRORS,
    UNSENT_STATUSES,
    Delivery,
    DeliveryMethod,
    ErrorKind,
    MailSettings,
    OutboxItem,
    OutboxStatus,
    SendErrorCode,
    backoff,
    error_kind,
    split_addresses,
)
from ocop_desktop.domain.text import forbidden_character, nfc
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError, valid_email
from ocop_desktop.operations.clock import current, iso
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.operations.outbox import register
from ocop_desktop.operations.outbox.message import (
    MAX_ATTACHMENT,
    MAX_BODY,
    MAX_SUBJECT,
    build_message,
    draft_for_file,
    draft_for_report,
    msgid_domain,
)
from ocop_desktop.operations.outbox.settings import stored_mail_settings
from ocop_desktop.operations.outbox.transport import (
    ContextFactory,
    FailureError,
    Session,
    as_text,
    classify_error,
    default_context,
    scrub,
)
from ocop_desktop.storage.database import database_file
from ocop_desktop.storage.outbox import OutboxStore, SendLock, SendLockBusyError
from ocop_desktop.storage.reports import ReportStore
from ocop_desktop.storage.repository import Repository

log = logging.getLogger(__name__)


# -- queuing ------------------------------------------------------------------------------

def _validate_queue(file: Path, to: Sequence[str], cc: Sequence[str], subject: str,
                    body: str) -> list[Problem]:
    problems: list[Problem] = []
    if not file.is_file():
        problems.append(Problem("file", ProblemCode.FILE_NOT_FOUND, {"value": str(file)}))
    elif file.stat().st_size > MAX_ATTACHMENT:
        problems.append(Problem("file", ProblemCode.TOO_LARGE,
                                {"max": f"{MAX_ATTACHMENT // (1024 * 1024)} MB"}))
    if not to:
        problems.append(Problem("to", ProblemCode.REQUIRED))
    for name, addresses in (("to", to), ("cc", cc)):
        problems.extend(Problem(name, ProblemCode.BAD_EMAIL, {"value": address})
                        for address in addresses if not valid_email(address))
    if not subject.strip():
        problems.append(Problem("subject", ProblemCode.REQUIRED))
    elif forbidden_character(subject) is not None:
        # A header holds one line: U+2028 or ESC would fail at send time, after queueing.
        problems.append(Problem("subject", ProblemCode.CONTROL_CHARACTER,
                                {"char": forbidden_character(subject)}))
    elif len(subject) > MAX_SUBJECT:
        problems.append(Problem("subject", ProblemCode.TOO_LONG, {"max": MAX_SUBJECT}))
    body_char = forbidden_character(body.replace("\r\n", "\n").replace("\t", " "),
                                    multiline=True)
    if body_char is not None:
        problems.append(Problem("body", ProblemCode.CONTROL_CHARACTER, {"char": body_char}))
    if len(body) > MAX_BODY:
        problems.append(Problem("body", ProblemCode.TOO_LONG, {"max": MAX_BODY}))
    return problems


def _new_message_id(repo: Repository, store: OutboxStore) -> str:
    """A Message-ID on the sender's domain that no item has yet."""
    domain = msgid_domain(stored_mail_settings(repo))
    message_id = make_msgid(idstring="ocop", domain=domain)
    while store.message_id_taken(message_id):  # astronomically unlikely; cheap to rule out
        message_id = make_msgid(idstring="ocop", domain=domain)
    return message_id


def queue_file(repo: Repository, *, file: Path | str, to: Sequence[str] | str,
               cc: Sequence[str] | str = (), subject: str | None = None,
               body: str | None = None, report_id: int | None = None,
               now: dt.datetime | None = None) -> tuple[int, Changes]:
    """Put a file in the outbox; returns the new item's id.

    ``to``/``cc`` accept lists and comma-separated text. Subject and body default to a
    plain letter from the installation settings. The file is read now (snapshot and hash),
    so it may change or move afterwards without changing what is sent.
    """
    path = Path(file).expanduser()
    to_list, cc_list = split_addresses(to), split_addresses(cc)
    cc_list = [a for a in cc_list if a.lower() not in {t.lower() for t in to_list}]
    # The file is read once, now: a snapshot that is hashed and sent as it is.
    data: bytes | None = None
    read_error: OSError | None = None
    if path.is_file():
        try:
            data = path.read_bytes()
        except OSError as exc:
            read_error = exc
    digest = hashlib.sha256(data).hexdigest() if data is not None else ""
    if report_id is None and data is not None:
        # A report exported by this app, sent as a file (``outbox add FILE``): it is still
        # that register line, so the letter names it and the register shows it as sent.
        report_id = ReportStore(repo.db).report_id_for_file(digest)
    if subject is None or body is None:
        draft = (draft_for_report(repo, report_id=report_id) if report_id is not None
                 else draft_for_file(repo, file=path))
        subject = draft.subject if subject is None else subject
        body = draft.body if body is None else body
    subject, body = nfc(subject), nfc(body)
    problems = _validate_queue(path, to_list, cc_list, subject, body)
    if not problems and data is None:
        problems = [Problem("file", ProblemCode.FILE_UNREADABLE, {
            "value": str(path), "detail": (read_error.strerror if read_error else "") or ""})]
    if problems:
        raise ValidationError(problems)
    assert data is not None
    store = OutboxStore(repo.db)
    message_id = _new_message_id(repo, store)
    at = iso(current(now))
    with repo.db.atomic():
        item_id = store.insert(
            report_id=report_id, file_path=str(path.resolve()), file_name=path.name,
            file_sha256=digest, attachment=data, to=to_list, cc=cc_list,
            subject=subject.strip(), body=body, message_id=message_id, at=at)
        repo.audit("outbox", str(item_id), "queue", None, json.dumps(
            {"to": to_list, "cc": cc_list, "file": path.name, "sha256": digest,
             "message_id": message_id, "report_id": report_id}, ensure_ascii=False))
        if report_id is not None:
            register.queued(repo, report_id)
    log.info("outbox item %s queued: %s (%d bytes), %d recipient(s), Message-ID %s",
             item_id, path.name, len(data), len(to_list) + len(cc_list), message_id)
    areas = {Area.OUTBOX, Area.REPORTS} if report_id is not None else {Area.OUTBOX}
    return item_id, Changes(frozenset(areas), added=1)


def queue_message(repo: Repository, *, to: Sequence[str] | str, subject: str, body: str,
                  headers: Mapping[str, str] | None = None,
                  now: dt.datetime | None = None) -> tuple[int, Changes]:
    """Put a letter without a file in the outbox (the inbox's acknowledgements and returns);
    ``headers`` go on the message as they are (``In-Reply-To``, ``X-OCOP-Reply``…)."""
    to_list = split_addresses(to)
    problems = [p for p in _validate_queue(Path(), to_list, [], subject, body)
                if p.field != "file"]
    if problems:
        raise ValidationError(problems)
    store = OutboxStore(repo.db)
    message_id = _new_message_id(repo, store)
    at = iso(current(now))
    with repo.db.atomic():
        item_id = store.insert(
            report_id=None, file_path="", file_name="",
            file_sha256=hashlib.sha256(b"").hexdigest(), attachment=b"", to=to_list, cc=[],
            subject=subject.strip(), body=body, message_id=message_id, at=at,
            headers=headers)
        repo.audit("outbox", str(item_id), "queue", None, json.dumps(
            {"to": to_list, "message_id": message_id, "headers": dict(headers or {})},
            ensure_ascii=False))
    log.info("outbox item %s queued: a letter to %d recipient(s), Message-ID %s", item_id,
             len(to_list), message_id)
    return item_id, Changes(frozenset({Area.OUTBOX}), added=1)


def queue_report(repo: Repository, *, report_id: int, to: Sequence[str] | str,
                 cc: Sequence[str] | str = (), subject: str, body: str,
                 now: dt.datetime | None = None) -> tuple[int, Changes]:
    """"Gửi" from the register: queue the report's file with the texts the user confirmed;
    the report's status becomes "queued" (then "sent" when it goes)."""
    ref = register.get(repo, report_id)
    return queue_file(repo, file=ref.file, to=to, cc=cc, subject=subject, body=body,
                      report_id=report_id, now=now)


def _known_item(store: OutboxStore, item_id: int) -> OutboxItem:
    item = store.item(item_id)
    if item is None:
        raise ValidationError([Problem("item", ProblemCode.NOT_FOUND, {"value": item_id})])
    return item


def _not_waiting(item: OutboxItem) -> ValidationError:
    """An item that is sent, being sent or cancelled: nothing more can be done with it."""
    return ValidationError([Problem("item", ProblemCode.NOT_CANCELLABLE, {
        "value": item.id, "status": item.status.value})])


def cancel_item(repo: Repository, *, item_id: int, now: dt.datetime | None = None) -> Changes:
    """Cancel an item that has not gone; an item being sent or already sent cannot be."""
    store = OutboxStore(repo.db)
    item = _known_item(store, item_id)
    with repo.db.atomic():
        if not store.cancel(item_id, at=iso(current(now))):
            raise _not_waiting(item)
        repo.audit("outbox", str(item_id), "cancel", item.status.value, "cancelled")
        if item.report_id is not None:
            register.unqueued(repo, item.report_id)
    log.info("outbox item %s cancelled", item_id)
    return Changes(frozenset({Area.OUTBOX, Area.REPORTS}), updated=1)


def send_now(repo: Repository, *, item_id: int, now: dt.datetime | None = None) -> Changes:
    """"Gửi ngay": a waiting or failed item becomes due at once (the caller then sends)."""
    store = OutboxStore(repo.db)
    item = _known_item(store, item_id)
    with repo.db.atomic():
        if not store.requeue(item_id, at=iso(current(now))):
            raise _not_waiting(item)
    return Changes(frozenset({Area.OUTBOX}), updated=1)


def make_waiting_due(repo: Repository, *, now: dt.datetime | None = None) -> int:
    """The network came back: every waiting item is due now, whatever its back-off."""
    with repo.db.atomic():
        return OutboxStore(repo.db).make_waiting_due(at=iso(current(now)))


def outbox_items(repo: Repository, *, statuses: Iterable[OutboxStatus] | None = None,
                 report_id: int | None = None) -> list[OutboxItem]:
    return OutboxStore(repo.db).items(statuses=statuses, report_id=report_id)


def outbox_item(repo: Repository, item_id: int) -> OutboxItem | None:
    return OutboxStore(repo.db).item(item_id)


def unsent_count(repo: Repository) -> int:
    counts = OutboxStore(repo.db).count_by_status()
    return sum(counts.get(status, 0) for status in UNSENT_STATUSES)


def next_due_at(repo: Repository) -> dt.datetime | None:
    value = OutboxStore(repo.db).next_due_at()
    return dt.datetime.fromisoformat(value) if value else None


def due_count(repo: Repository, *, settings: MailSettings,
              now: dt.datetime | None = None) -> int:
    """How many items a normal (not forced) run would try now; cheap, for timers."""
    return len(OutboxStore(repo.db).due(now=iso(current(now)), stamp=settings.stamp()))


def deliveries(repo: Repository, *, outbox_id: int | None = None,
               report_id: int | None = None) -> list[Delivery]:
    """The sent log (proof): who got which file, when, how, with which Message-ID."""
    return OutboxStore(repo.db).deliveries(outbox_id=outbox_id, report_id=report_id)


# -- sending ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SendOutcome:
    item_id: int
    status: OutboxStatus
    code: SendErrorCode | None = None
    detail: str = ""


@dataclass(slots=True)
class SendReport:
    """What a send run did. ``busy``: another process was sending, nothing was tried."""

    outcomes: list[SendOutcome] = field(default_factory=list)
    recovered: list[int] = field(default_factory=list)  # found in "sending" after a crash
    busy: bool = False

    @property
    def sent(self) -> list[int]:
        return [o.item_id for o in self.outcomes if o.status is OutboxStatus.SENT]

    @property
    def not_sent(self) -> list[SendOutcome]:
        return [o for o in self.outcomes if o.status is not OutboxStatus.SENT]

    @property
    def offline(self) -> bool:
        """The last attempt found no network: the window shows "đang chờ kết nối"."""
        codes = [o.code for o in self.outcomes if o.code is not None]
        return bool(codes) and codes[-1] in OFFLINE_ERRORS

    @property
    def tried(self) -> bool:
        return bool(self.outcomes)


def recover_interrupted(repo: Repository, *, now: dt.datetime | None = None) -> list[int]:
    """Items left in ``sending`` by a process that died go back to the queue, due now.

    Only safe while holding the send lock (no other process can be sending them); returns
    [] when someone else holds it.
    """
    lock = SendLock(database_file(repo.db))
    try:
        lock.acquire()
    except SendLockBusyError:
        return []
    try:
        return _recover(repo, OutboxStore(repo.db), iso(current(now)))
    finally:
        lock.release()


def _recover(repo: Repository, store: OutboxStore, at: str) -> list[int]:
    stuck = store.interrupted()
    if not stuck:
        return []
    with repo.db.atomic():
        for item in stuck:
            store.mark_error(item.id, status=OutboxStatus.QUEUED,
                             code=SendErrorCode.INTERRUPTED, detail="", next_attempt_at=at,
                             stamp=None, at=at)
    ids = [item.id for item in stuck]
    log.info("outbox items %s were interrupted while sending; queued again", ids)
    return ids


def send_due(repo: Repository, *, settings: MailSettings, now: dt.datetime | None = None,
             force: bool = False, only: Sequence[int] | None = None,
             lock_timeout: float = 0.0,
             context_factory: ContextFactory = default_context) -> SendReport:
    """Send what is due, oldest first, over one connection; each item is tried once.

    ``force`` tries every queued or failed item whatever its back-off or error ("Gửi ngay",
    ``outbox send``); ``only`` limits the run to some items. Items interrupted by an earlier
    crash are queued again first. If another process is sending from the same data file,
    nothing happens and ``busy`` is set. Runs in the calling thread with ``repo``'s
    connection: a GUI worker passes its own.
    """
    report = SendReport()
    lock = SendLock(database_file(repo.db))
    try:
        lock.acquire(lock_timeout)
    except SendLockBusyError:
        report.busy = True
        return report
    try:
        store = OutboxStore(repo.db)
        start = current(now)
        report.recovered = _recover(repo, store, iso(start))
        items = store.due(now=iso(start), stamp=settings.stamp(), force=force)
        if only is not None:
            wanted = set(only)
            items = [item for item in items if item.id in wanted]
        _send_items(repo, store, items, settings, now, report, context_factory)
    finally:
        lock.release()
    return report


def _send_items(repo: Repository, store: OutboxStore, items: Sequence[OutboxItem],
                settings: MailSettings, now: dt.datetime | None, report: SendReport,
                context_factory: ContextFactory) -> None:
    session: Session | None = None
    try:
        for index, item in enumerate(items):
            at = iso(current(now))
            with repo.db.atomic():  # committed before the server hears of it
                claimed = store.claim(item.id, at=at)
            if not claimed:
                continue
            attempts = item.attempts + 1
            try:
                if session is None:
                    session = Session(settings, context_factory)
                refused = _send_one(store, session, item, settings, now)
            except Exception as exc:
                code, detail = classify_error(exc)
                detail = scrub(detail, settings)
                _record_failure(repo, store, item, attempts, code, detail, settings, now,
                                report)
                if session is not None:
                    session.close()
                    session = None
                if code in SESSION_ERRORS:
                    # The connection or the login failed: the rest would fail the same way,
                    # so they share this attempt's outcome instead of each waiting a timeout.
                    for rest in items[index + 1:]:
                        with repo.db.atomic():
                            if not store.claim(rest.id, at=iso(current(now))):
                                continue
                        _record_failure(repo, store, rest, rest.attempts + 1, code, detail,
                                        settings, now, report)
                    break
                continue
            _record_success(repo, store, item, settings, refused, now, report)
    finally:
        if session is not None:
            session.close()


def _send_one(store: OutboxStore, session: Session, item: OutboxItem,
              settings: MailSettings, now: dt.datetime | None) -> dict[str, tuple[int, bytes]]:
    attachment = store.attachment(item.id)
    if attachment is None or hashlib.sha256(attachment).hexdigest() != item.file_sha256:
        raise FailureError(SendErrorCode.UNKNOWN, "attachment snapshot missing or damaged")
    message = build_message(item, attachment, settings, now=now,
                            headers=store.headers(item.id))
    log.info("sending outbox item %s (attempt %d) to %d recipient(s), Message-ID %s",
             item.id, item.attempts + 1, len(item.recipients), item.message_id)
    return session.send(message, settings.sender, item.recipients)


def _record_success(repo: Repository, store: OutboxStore, item: OutboxItem,
                    settings: MailSettings, refused: Mapping[str, tuple[int, bytes]],
                    now: dt.datetime | None, report: SendReport) -> None:
    at = iso(current(now))
    accepted = [a for a in item.recipients if a not in refused]
    note = "; ".join(f"{addr}: {code} {as_text(msg)}" for addr, (code, msg) in refused.items())
    with repo.db.atomic():
        store.mark_sent(item.id, at=at,
                        note_code=SendErrorCode.RECIPIENT_REFUSED if refused else None,
                        note=note[:300])
        store.add_delivery(method=DeliveryMethod.EMAIL, at=at, recipients=", ".join(accepted),
                           file_sha256=item.file_sha256, file_name=item.file_name,
                           outbox_id=item.id, report_id=item.report_id,
                           message_id=item.message_id, note=note[:300])
        if item.report_id is not None:
            register.sent(repo, item.report_id, accepted, at)
    log.info("outbox item %s sent, Message-ID %s, sha256 %s", item.id, item.message_id,
             item.file_sha256)
    report.outcomes.append(SendOutcome(item.id, OutboxStatus.SENT,
                                       SendErrorCode.RECIPIENT_REFUSED if refused else None,
                                       note))


def _record_failure(repo: Repository, store: OutboxStore, item: OutboxItem, attempts: int,
                    code: SendErrorCode, detail: str, settings: MailSettings,
                    now: dt.datetime | None, report: SendReport) -> None:
    moment = current(now)
    kind = error_kind(code)
    if kind is ErrorKind.TRANSIENT:
        status, next_at, stamp = OutboxStatus.QUEUED, iso(moment + backoff(attempts)), None
    else:
        status, next_at = OutboxStatus.FAILED, None
        stamp = settings.stamp() if kind is ErrorKind.SETTINGS else None
    with repo.db.atomic():
        store.mark_error(item.id, status=status, code=code, detail=detail,
                         next_attempt_at=next_at, stamp=stamp, at=iso(moment))
    log.info("outbox item %s not sent (attempt %d): %s %s; %s", item.id, attempts,
                code.value, detail, f"next try after {next_at}" if next_at else
                "stopped until settings change or the user retries")
    report.outcomes.append(SendOutcome(item.id, status, code, detail))
