"""Receiving reports by email: mailbox settings, fetching, accepting or returning, replies.

* **Fetch** reads the messages that arrived since the last fetch (by IMAP UID, per
  UIDVALIDITY), without marking them read and never deleting anything; each message gets
  the keyword ``$OcopFetched``. Every ``.xlsx`` attachment is checked by the import
  preview itself (``exchange.preview_import``: the same checks as "Nhập báo cáo") and
  listed as *waiting*; anything else is listed as *ignored* with the reason. An item is
  identified by Message-ID and attachment hash, so nothing is listed twice. Each message's
  items and the fetch position after it are committed in one transaction, so a connection
  lost in the middle loses and duplicates nothing: the next fetch goes on from there.
* **Accept** imports the attachment (``exchange.commit_import``, checked again) and queues
  an acknowledgement in the outbox; **return** imports nothing and queues the reason. Both
  replies carry ``In-Reply-To`` (the report mail's Message-ID) and ``X-OCOP-Reply-Hash``
  (the attachment's SHA-256), so the sender's app matches them to its report without
  reading the subject.
* **Replies** arriving at a station (or at an office that reports upward) are recorded
  against the report they are about (``report_replies``) and shown in the register.

Untrusted mail: a message over ``MAX_MESSAGE_BYTES`` is not downloaded; more than
``MAX_PARTS`` MIME parts, an attachment over ``MAX_ATTACHMENT_BYTES``, or a message that
cannot be parsed is ignored with its reason; one bad message never stops the others.
Attachments are only written to a private temporary file for the importer's own reader
(which checks zip sizes and sheet dimensions itself) and deleted right after. Bodies are
kept as plain text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import html
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ocop_desktop.domain.exchange import ExchangeError, ImportOutcome, ImportProblem
from ocop_desktop.domain.exchange import ImportProblemCode as P
from ocop_desktop.domain.inbox import (
    DEFAULT_FOLDER,
    DEFAULT_IMAP_PORTS,
    FETCHED_KEYWORD,
    MAX_ATTACHMENT_BYTES,
    MAX_BODY_CHARS,
    MAX_FETCH_PER_RUN,
    MAX_MESSAGE_BYTES,
    MAX_PARTS,
    REPLY_HASH_HEADER,
    REPLY_HEADER,
    REPLY_REASON_HEADER,
    REPORT_HASH_HEADER,
    FetchErrorCode,
    IgnoreReason,
    ImapSettings,
    InboxItem,
    InboxState,
    ReplyKind,
    ReportReply,
    synthetic_message_id,
)
from ocop_desktop.domain.outbox import Security, SendErrorCode
from ocop_desktop.domain.records import now_utc
from ocop_desktop.domain.signing import SignerState
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError, valid_email
from ocop_desktop.operations import exchange
from ocop_desktop.operations import imap as transport
from ocop_desktop.operations import outbox as ob
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.storage.inbox import InboxStore
from ocop_desktop.storage.repository import Repository

__all__ = [
    "ENV_VARS", "AcceptResult", "FetchEntry", "FetchReport", "InboxCheck", "accept_item",
    "check_imap_settings", "fetch_mail", "inbox_item", "inbox_items", "item_preview",
    "load_imap_settings", "process_message", "read_message", "replies", "return_item",
    "returned_waiting_resend", "save_imap_settings", "stored_imap_settings",
    "test_connection", "waiting_count",
]

log = logging.getLogger(__name__)

SETTINGS_KEY = "imap_settings"
ENV_VARS = ("OCOP_IMAP_HOST", "OCOP_IMAP_PORT", "OCOP_IMAP_SECURITY", "OCOP_IMAP_USER",
            "OCOP_IMAP_PASSWORD", "OCOP_IMAP_FOLDER")
MAX_REASON = 1000
# Import problems that mean "this workbook is not a report made by OCOP Desktop": such an
# attachment is ignored, not offered for a decision.
NOT_A_REPORT = frozenset({P.FILE_NOT_FOUND, P.FILE_UNREADABLE, P.NOT_XLSX, P.OLD_XLS,
                          P.CORRUPT, P.NO_DATA_SHEET, P.NO_MANIFEST, P.UNKNOWN_FORMAT})
INBOX_CHANGES = frozenset({Area.INBOX})


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _now_iso(now: dt.datetime | None) -> str:
    return _iso(now) if now is not None else now_utc()


# -- settings -----------------------------------------------------------------------------

def stored_imap_settings(repo: Repository) -> ImapSettings:
    """The settings kept in the database (never a password)."""
    raw = repo.setting(SETTINGS_KEY)
    if not raw:
        return ImapSettings()
    data = json.loads(raw)
    try:
        security = Security(data.get("security", Security.SSL.value))
    except ValueError:
        security = Security.SSL
    return ImapSettings(
        host=str(data.get("host", "")),
        port=int(data.get("port") or DEFAULT_IMAP_PORTS[security]), security=security,
        user=str(data.get("user", "")), folder=str(data.get("folder") or DEFAULT_FOLDER),
        auto_accept=bool(data.get("auto_accept", False)))


def _env_overrides(settings: ImapSettings, environ: Mapping[str, str]) -> ImapSettings:
    """``OCOP_IMAP_*`` variables win over the database, for scripts."""
    changes: dict[str, Any] = {}
    if environ.get("OCOP_IMAP_HOST"):
        changes["host"] = environ["OCOP_IMAP_HOST"].strip()
    if environ.get("OCOP_IMAP_SECURITY"):
        try:
            changes["security"] = Security(environ["OCOP_IMAP_SECURITY"].strip().lower())
        except ValueError:
            log.info("OCOP_IMAP_SECURITY must be ssl, starttls or none; ignored")
    if environ.get("OCOP_IMAP_PORT"):
        try:
            changes["port"] = int(environ["OCOP_IMAP_PORT"])
        except ValueError:
            log.info("OCOP_IMAP_PORT is not a number; ignored")
    elif changes.get("security", settings.security) is not settings.security:
        changes["port"] = DEFAULT_IMAP_PORTS[changes["security"]]
    if environ.get("OCOP_IMAP_USER"):
        changes["user"] = environ["OCOP_IMAP_USER"].strip()
    if environ.get("OCOP_IMAP_FOLDER"):
        changes["folder"] = environ["OCOP_IMAP_FOLDER"].strip()
    return replace(settings, **changes) if changes else settings


def load_imap_settings(repo: Repository, *, environ: Mapping[str, str] | None = None,
                       with_password: bool = True) -> ImapSettings:
    """Settings to fetch with: database, environment, then the password
    (``OCOP_IMAP_PASSWORD``, else the credential store, as for the outbox)."""
    env = os.environ if environ is None else environ
    settings = _env_overrides(stored_imap_settings(repo), env)
    if not with_password or not settings.user:
        return settings
    if "OCOP_IMAP_PASSWORD" in env:
        return replace(settings, password=env["OCOP_IMAP_PASSWORD"])
    password, problem = ob.read_password(settings)
    return replace(settings, password=password,
                   password_problem=FetchErrorCode(problem.value) if problem else None)


def check_imap_settings(settings: ImapSettings, *,
                        password: str | None = None) -> list[Problem]:
    """Problems of settings a user typed (``password``: a new one to store)."""
    problems: list[Problem] = []
    if not settings.host.strip():
        problems.append(Problem("imap_host", ProblemCode.REQUIRED))
    elif not re.fullmatch(r"[A-Za-z0-9\u00a0-\uffff.\-:\[\]]+", settings.host.strip()):
        problems.append(Problem("imap_host", ProblemCode.BAD_CODE, {"value": settings.host}))
    if not 1 <= settings.port <= 65535:
        problems.append(Problem("imap_port", ProblemCode.TOO_LARGE, {"max": 65535}))
    if not settings.user.strip():
        problems.append(Problem("imap_user", ProblemCode.REQUIRED))
    elif len(settings.user) > 200:
        problems.append(Problem("imap_user", ProblemCode.TOO_LONG, {"max": 200}))
    folder = settings.folder.strip()
    if not folder:
        problems.append(Problem("imap_folder", ProblemCode.REQUIRED))
    elif len(folder) > 200 or not folder.isprintable():
        problems.append(Problem("imap_folder", ProblemCode.BAD_CODE, {"value": folder}))
    if password and not ob.keyring_available():
        problems.append(Problem("imap_password", ProblemCode.NO_KEYRING_IMAP))
    return problems


def save_imap_settings(repo: Repository, *, settings: ImapSettings,
                       password: str | None = None) -> Changes:
    """Store the settings (database) and, when given, the password (credential store)."""
    settings = replace(settings, host=settings.host.strip(), user=settings.user.strip(),
                       folder=settings.folder.strip() or DEFAULT_FOLDER)
    problems = check_imap_settings(settings, password=password)
    if problems:
        raise ValidationError(problems)
    old = stored_imap_settings(repo)
    if password:
        try:
            ob.store_password(settings, password)
        except ValidationError:
            raise ValidationError([Problem("imap_password", ProblemCode.NO_KEYRING_IMAP)]) \
                from None
    with repo.db.atomic():
        repo.set_setting(SETTINGS_KEY, json.dumps(settings.public_dict(), ensure_ascii=False))
        repo.audit("settings", SETTINGS_KEY, "update" if old.host else "create",
                   json.dumps(old.public_dict(), ensure_ascii=False),
                   json.dumps(settings.public_dict(), ensure_ascii=False))
    log.info("mailbox settings saved (server %s:%s, %s)", settings.host, settings.port,
             settings.security.value)
    return Changes(frozenset({Area.SETTINGS, Area.INBOX}), updated=1)


@dataclass(frozen=True, slots=True)
class InboxCheck:
    """The answer of "Kiểm tra kết nối" for the mailbox."""

    ok: bool
    code: FetchErrorCode | None = None
    detail: str = ""


def test_connection(settings: ImapSettings, *,
                    context_factory: transport.ContextFactory = ob.default_context
                    ) -> InboxCheck:
    """Connect, secure the line, log in and open the folder for real; nothing is read."""
    ok, code, detail = transport.test_login(settings, context_factory)
    return InboxCheck(ok, code, detail)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


# -- reading one message ------------------------------------------------------------------

@dataclass(slots=True)
class Attachment:
    name: str
    data: bytes | None  # None: not decoded (too large, or the part is broken)
    size: int
    problem: IgnoreReason | None = None
    detail: str = ""


@dataclass(slots=True)
class ParsedMessage:
    """What we take from a message; every text already decoded (bad bytes replaced)."""

    message_id: str
    from_addr: str = ""
    reply_to: str = ""
    subject: str = ""
    sent_at: str = ""
    body: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    in_reply_to: list[str] = field(default_factory=list)
    reply_kind: ReplyKind | None = None
    reply_hash: str = ""
    reply_reason: str = ""
    report_hash: str = ""
    problem: IgnoreReason | None = None  # the whole message is ignored
    detail: str = ""


class _TextOnly(HTMLParser):
    """The text of an HTML body (tags dropped, never rendered)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_to_text(text: str) -> str:
    parser = _TextOnly()
    try:
        parser.feed(text[:MAX_BODY_CHARS * 5])
        parser.close()
    except Exception:  # a broken document: its raw text, escaped, is still plain text
        return html.unescape(re.sub(r"<[^>]*>", " ", text))
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


def _header(message: Message, name: str) -> str:
    """A header as text, whatever its encoding (undecodable bytes replaced)."""
    try:
        value = message.get(name)
    except Exception:  # a header the modern parser chokes on: take its raw form
        value = None
        with contextlib.suppress(Exception):
            raw = message.get_all(name) or []
            value = str(raw[0]) if raw else None
    if value is None:
        return ""
    try:
        text = str(value)
    except Exception:
        return ""
    return " ".join(text.replace("\x00", "").split())[:1000]


def _address(message: Message, name: str) -> str:
    text = _header(message, name)
    if not text:
        return ""
    with contextlib.suppress(Exception):
        for _display, address in getaddresses([text]):
            if address and valid_email(address):
                return address
    return ""


def _message_ids(text: str) -> list[str]:
    return re.findall(r"<[^<>\s]{1,500}>", text)[:20]


def _payload(part: Message) -> bytes | None:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return None
    return data if isinstance(data, bytes) else None


def _part_text(part: Message) -> str:
    data = _payload(part) or b""
    charset = "utf-8"
    with contextlib.suppress(Exception):
        charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", "replace")


def _file_name(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    name = str(name).replace("\x00", "")
    # Only a base name, printable, bounded: it is shown and used as a temporary file name.
    name = re.split(r"[\\/]", name)[-1].strip()
    name = "".join(ch for ch in name if ch.isprintable())[:150]
    return name


def read_message(raw: bytes) -> ParsedMessage:
    """Parse an untrusted message; never raises (a broken one comes back with a problem)."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as exc:
        return ParsedMessage(synthetic_message_id(raw), problem=IgnoreReason.MALFORMED,
                             detail=type(exc).__name__)
    ids = _message_ids(_header(message, "Message-ID"))
    parsed = ParsedMessage(ids[0] if ids else synthetic_message_id(raw))
    try:
        _read_into(parsed, message)
    except RecursionError:
        parsed.problem, parsed.detail = IgnoreReason.TOO_MANY_PARTS, "nesting"
    except Exception as exc:  # whatever a hostile message manages to break: ignore it
        log.info("message %s could not be read: %s", parsed.message_id, type(exc).__name__)
        parsed.problem, parsed.detail = IgnoreReason.MALFORMED, type(exc).__name__
    return parsed


def _read_into(parsed: ParsedMessage, message: EmailMessage) -> None:
    parsed.from_addr = _address(message, "From")
    parsed.reply_to = _address(message, "Reply-To")
    parsed.subject = _header(message, "Subject")[:300]
    date = _header(message, "Date")
    if date:
        with contextlib.suppress(Exception):
            moment = parsedate_to_datetime(date)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            parsed.sent_at = _iso(moment)
    parsed.in_reply_to = _message_ids(_header(message, "In-Reply-To") + " " +
                                      _header(message, "References"))
    kind = _header(message, REPLY_HEADER).strip().lower()
    if kind in (ReplyKind.RECEIVED.value, ReplyKind.RETURNED.value):
        parsed.reply_kind = ReplyKind(kind)
        parsed.reply_hash = _hex(_header(message, REPLY_HASH_HEADER))
        parsed.reply_reason = _header(message, REPLY_REASON_HEADER)[:MAX_REASON]
    parsed.report_hash = _hex(_header(message, REPORT_HASH_HEADER))

    parts: list[Message] = []
    for count, part in enumerate(message.walk(), start=1):
        if count > MAX_PARTS:
            parsed.problem, parsed.detail = IgnoreReason.TOO_MANY_PARTS, str(MAX_PARTS)
            return
        parts.append(part)
    plain: str | None = None
    html_text: str | None = None
    for leaf in parts:
        if leaf.is_multipart():
            continue
        try:
            disposition = leaf.get_content_disposition()
        except Exception:
            disposition = None
        name = _file_name(leaf)
        content_type = leaf.get_content_type()
        if disposition == "attachment" or name:
            parsed.attachments.append(_attachment(leaf, name or "(không tên)"))
        elif content_type == "text/plain" and plain is None:
            plain = _part_text(leaf)
        elif content_type == "text/html" and html_text is None:
            html_text = _part_text(leaf)
    body = plain if plain is not None else _html_to_text(html_text or "")
    parsed.body = body.replace("\x00", "")[:MAX_BODY_CHARS]


def _hex(text: str) -> str:
    match = re.fullmatch(r"\s*([0-9a-fA-F]{64})\s*", text)
    return match.group(1).lower() if match else ""


def _attachment(part: Message, name: str) -> Attachment:
    data = _payload(part)
    if data is None:
        return Attachment(name, None, 0, IgnoreReason.MALFORMED, "payload")
    if len(data) > MAX_ATTACHMENT_BYTES:
        return Attachment(name, None, len(data), IgnoreReason.ATTACHMENT_TOO_LARGE,
                          str(len(data)))
    return Attachment(name, data, len(data))


# -- checking an attachment with the importer's own preview ------------------------------

@contextlib.contextmanager
def _as_file(name: str, data: bytes) -> Iterator[Path]:
    """The attachment as a private temporary file named as it was sent (the importer
    shows that name), deleted afterwards."""
    with tempfile.TemporaryDirectory(prefix="ocop-inbox-") as folder:
        safe = re.sub(r'[<>:"|?*\x00-\x1f]', "_", name).strip(". ") or "tep.xlsx"
        path = Path(folder) / safe
        with open(path, "xb") as handle:  # a fresh file in our own folder only
            handle.write(data)
        yield path


def _preview_bytes(repo: Repository, name: str, data: bytes) -> exchange.ImportPreview:
    with _as_file(name, data) as path:
        return exchange.preview_import(repo, path=path)


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
        from ocop_desktop.domain.inbox import OFFLINE_FETCH_ERRORS

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
            preview = _preview_bytes(repo, attachment.name, attachment.data)
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
    at = _now_iso(now)
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
    at = _now_iso(now)
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
    return _preview_bytes(repo, item.file_name, data)


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
    with _as_file(item.file_name, data) as path:
        preview = exchange.preview_import(repo, path=path)
        if preview.outcome is ImportOutcome.REFUSED:
            raise ExchangeError(list(preview.problems))
        result = exchange.commit_import(repo, preview=preview)
    if result.outcome is ImportOutcome.REFUSED:
        raise ExchangeError(list(result.problems))
    at = _now_iso(now)
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
    at = _now_iso(now)
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


def send_error_as_fetch(code: SendErrorCode) -> FetchErrorCode:
    try:
        return FetchErrorCode(code.value)
    except ValueError:
        return FetchErrorCode.UNKNOWN
