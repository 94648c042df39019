"""Sending reports upward: mail settings, the outbox, and the other ways out.

The outbox never loses a report: queuing stores the recipients, the texts, a snapshot of the
file and a Message-ID in one transaction; each attempt is committed as ``sending`` before the
server is contacted, so an item caught mid-send by a crash or a power cut is found on the
next run and sent again with the same Message-ID (the receiver can recognise the duplicate).

Failures are classified (``SendErrorCode``): network trouble waits and retries with
exponential back-off; a wrong password or a certificate problem stops until the mail
settings change or the user presses "Gửi ngay", so a bad password never loops.

Secrets: the password comes from the ``OCOP_SMTP_PASSWORD`` environment variable or the
operating system's credential store (``keyring``); it is never written to the database, a
file or a log, and ``MailSettings`` leaves it out of its repr. Message bodies are not logged.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import logging
import mimetypes
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import Any, Protocol

from ocop_desktop import __version__
from ocop_desktop.domain.outbox import (
    DEFAULT_PORTS,
    OFFLINE_ERRORS,
    SESSION_ERRORS,
    UNSENT_STATUSES,
    Delivery,
    DeliveryMethod,
    ErrorKind,
    MailSettings,
    OutboxItem,
    OutboxStatus,
    Security,
    SendErrorCode,
    backoff,
    error_kind,
    split_addresses,
)
from ocop_desktop.domain.periods import PeriodError, ReportPeriod, custom_period, period_from_key
from ocop_desktop.domain.reporting import ReportStatus, subject_text
from ocop_desktop.domain.text import forbidden_character, nfc
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError, valid_email
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.storage.outbox import OutboxStore, SendLock, SendLockBusyError, database_file
from ocop_desktop.storage.reports import ReportStore
from ocop_desktop.storage.repository import Repository

__all__ = [
    "ConnectionCheck", "Draft", "ENV_VARS", "KEYRING_SERVICE", "SendOutcome", "SendReport",
    "build_message", "cancel_item", "check_mail_settings", "classify_error", "deliveries",
    "draft_for_file", "draft_for_report", "due_count", "keyring_available",
    "load_mail_settings", "make_waiting_due", "mark_handed_over", "next_due_at", "outbox_item",
    "outbox_items", "queue_file", "queue_report", "read_password", "recover_interrupted",
    "report_file_changed", "save_copy", "save_mail_settings", "send_due", "send_now",
    "queue_message", "server_reachable", "store_password", "stored_mail_settings",
    "test_connection", "unsent_count",
]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "OCOP Desktop"
SETTINGS_KEY = "mail_settings"
ENV_VARS = ("OCOP_SMTP_HOST", "OCOP_SMTP_PORT", "OCOP_SMTP_SECURITY", "OCOP_SMTP_USER",
            "OCOP_SMTP_PASSWORD", "OCOP_SMTP_FROM")
MAX_SUBJECT = 300
MAX_BODY = 20_000
MAX_ATTACHMENT = 50 * 1024 * 1024  # beyond what any mail server accepts; refuse early
FALLBACK_MSGID_DOMAIN = "ocop-desktop.local"
ContextFactory = Callable[[], ssl.SSLContext]


def _now(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    # Same shape as records.now_utc(), so times sort as text across tables.
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


# -- mail settings ------------------------------------------------------------------------

def stored_mail_settings(repo: Repository) -> MailSettings:
    """The settings kept in the database (never a password)."""
    raw = repo.setting(SETTINGS_KEY)
    if not raw:
        return MailSettings()
    data = json.loads(raw)
    try:
        security = Security(data.get("security", Security.STARTTLS.value))
    except ValueError:
        security = Security.STARTTLS
    return MailSettings(
        host=str(data.get("host", "")), port=int(data.get("port") or DEFAULT_PORTS[security]),
        security=security, user=str(data.get("user", "")), sender=str(data.get("sender", "")),
        sender_name=str(data.get("sender_name", "")), revision=int(data.get("revision", 0)))


def _env_overrides(settings: MailSettings, environ: Mapping[str, str]) -> MailSettings:
    """``OCOP_SMTP_*`` variables win over the database, for unattended use."""
    changes: dict[str, Any] = {}
    if environ.get("OCOP_SMTP_HOST"):
        changes["host"] = environ["OCOP_SMTP_HOST"].strip()
    if environ.get("OCOP_SMTP_SECURITY"):
        try:
            changes["security"] = Security(environ["OCOP_SMTP_SECURITY"].strip().lower())
        except ValueError:
            log.info("OCOP_SMTP_SECURITY must be none, ssl or starttls; ignored")
    if environ.get("OCOP_SMTP_PORT"):
        try:
            changes["port"] = int(environ["OCOP_SMTP_PORT"])
        except ValueError:
            log.info("OCOP_SMTP_PORT is not a number; ignored")
    elif changes.get("security", settings.security) is not settings.security:
        # A different security mode without a port: that mode's usual port, not the old one.
        changes["port"] = DEFAULT_PORTS[changes["security"]]
    if "OCOP_SMTP_USER" in environ:
        changes["user"] = environ["OCOP_SMTP_USER"].strip()
    if environ.get("OCOP_SMTP_FROM"):
        changes["sender"] = environ["OCOP_SMTP_FROM"].strip()
    return replace(settings, **changes) if changes else settings


def load_mail_settings(repo: Repository, *, environ: Mapping[str, str] | None = None,
                       with_password: bool = True) -> MailSettings:
    """Settings to send with: database, then environment overrides, then the password
    (``OCOP_SMTP_PASSWORD``, else the credential store)."""
    env = os.environ if environ is None else environ
    settings = _env_overrides(stored_mail_settings(repo), env)
    if not with_password or not settings.user:
        return settings
    if "OCOP_SMTP_PASSWORD" in env:
        return replace(settings, password=env["OCOP_SMTP_PASSWORD"])
    password, problem = read_password(settings)
    return replace(settings, password=password, password_problem=problem)


def _keyring() -> Any:
    import keyring  # imported late: discovering backends costs time at start-up

    return keyring


def keyring_available() -> bool:
    """Whether this computer has a credential store keyring can use."""
    try:
        from keyring.backends import fail

        backend = _keyring().get_keyring()
    except Exception:  # a broken backend configuration counts as none
        return False
    return not isinstance(backend, fail.Keyring)


class _HasKeyringUser(Protocol):
    @property
    def keyring_user(self) -> str: ...


def read_password(settings: _HasKeyringUser) -> tuple[str | None, SendErrorCode | None]:
    """The stored password of ``settings.keyring_user`` (SMTP: ``user@host``; the inbox's
    IMAP settings use their own account name), or why there is none."""
    try:
        from keyring.errors import KeyringError

        password = _keyring().get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        log.info("credential store unavailable: %s", type(exc).__name__)
        return None, SendErrorCode.KEYRING_UNAVAILABLE
    except Exception as exc:  # backends raise their own errors (dbus, locked wallets…)
        log.info("credential store failed: %s", type(exc).__name__)
        return None, SendErrorCode.KEYRING_UNAVAILABLE
    if password is None:
        return None, SendErrorCode.NO_PASSWORD
    return password, None


def check_mail_settings(settings: MailSettings, *, password: str | None = None) -> list[Problem]:
    """Problems of settings a user typed (``password``: a new one to store)."""
    problems: list[Problem] = []
    if not settings.host.strip():
        problems.append(Problem("host", ProblemCode.REQUIRED))
    elif not re.fullmatch(r"[A-Za-z0-9\u00a0-\uffff.\-:\[\]]+", settings.host.strip()):
        problems.append(Problem("host", ProblemCode.BAD_CODE, {"value": settings.host}))
    if not 1 <= settings.port <= 65535:
        problems.append(Problem("port", ProblemCode.TOO_LARGE, {"max": 65535}))
    if not settings.sender.strip():
        problems.append(Problem("sender", ProblemCode.REQUIRED))
    elif not valid_email(settings.sender.strip()):
        problems.append(Problem("sender", ProblemCode.BAD_EMAIL, {"value": settings.sender}))
    if len(settings.sender_name) > 200:
        problems.append(Problem("sender_name", ProblemCode.TOO_LONG, {"max": 200}))
    if password and not settings.user.strip():
        problems.append(Problem("user", ProblemCode.REQUIRED))
    if password and not keyring_available():
        problems.append(Problem("password", ProblemCode.NO_KEYRING))
    return problems


def save_mail_settings(repo: Repository, *, settings: MailSettings,
                       password: str | None = None, forget_password: bool = False) -> Changes:
    """Store the settings (database) and, when given, the password (credential store only).

    The revision goes up on every save, so items stopped by a settings error (a wrong
    password…) are tried again by themselves.
    """
    settings = replace(settings, host=settings.host.strip(), user=settings.user.strip(),
                       sender=settings.sender.strip(), sender_name=settings.sender_name.strip())
    problems = check_mail_settings(settings, password=password)
    if problems:
        raise ValidationError(problems)
    old = stored_mail_settings(repo)
    if password:
        store_password(settings, password)
    elif forget_password and old.user:
        _forget_password(old)
    data = settings.public_dict() | {"revision": old.revision + 1}
    with repo.db.atomic():
        repo.set_setting(SETTINGS_KEY, json.dumps(data, ensure_ascii=False))
        repo.audit("settings", SETTINGS_KEY, "update" if old.host else "create",
                   json.dumps(old.public_dict(), ensure_ascii=False),
                   json.dumps(settings.public_dict(), ensure_ascii=False))
    log.info("mail settings saved (server %s:%s, %s)", settings.host, settings.port,
             settings.security.value)
    return Changes(frozenset({Area.SETTINGS, Area.OUTBOX}), updated=1)


def store_password(settings: _HasKeyringUser, password: str) -> None:
    """Keep a password in the credential store only; ``ValidationError`` (field
    ``password``) when there is no store or it refuses."""
    try:
        _keyring().set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except Exception as exc:  # nothing written yet: report it as a settings problem
        log.info("could not store the password: %s", type(exc).__name__)
        raise ValidationError([Problem("password", ProblemCode.NO_KEYRING)]) from None


def _forget_password(settings: _HasKeyringUser) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, settings.keyring_user)
    except Exception as exc:  # nothing stored, or no store: nothing to forget
        log.info("no stored password removed: %s", type(exc).__name__)


# -- talking to the server ----------------------------------------------------------------

class _FailureError(Exception):
    """A failure we detected ourselves, already classified."""

    def __init__(self, code: SendErrorCode, detail: str = "") -> None:
        super().__init__(code.value)
        self.code = code
        self.detail = detail


def _smtp_reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) \
        else str(exc.smtp_error)
    return f"{exc.smtp_code} {text}".strip()


def _by_reply_code(code: int, *, permanent: SendErrorCode) -> SendErrorCode:
    if code == 552 or code == 523:
        return SendErrorCode.TOO_LARGE
    if 400 <= code < 500:
        return SendErrorCode.SERVER_TEMPORARY
    return permanent


def classify_error(exc: BaseException) -> tuple[SendErrorCode, str]:
    """What went wrong, as a code and a short technical detail (never a secret)."""
    if isinstance(exc, _FailureError):
        return exc.code, exc.detail
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendErrorCode.AUTH_FAILED, _smtp_reply(exc)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = {addr: reply for addr, reply in exc.recipients.items()}
        detail = "; ".join(f"{addr}: {code} {_text(msg)}" for addr, (code, msg) in
                           replies.items())
        if replies and all(400 <= code < 500 for code, _msg in replies.values()):
            return SendErrorCode.SERVER_TEMPORARY, detail
        return SendErrorCode.RECIPIENT_REFUSED, detail
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _by_reply_code(exc.smtp_code, permanent=SendErrorCode.SENDER_REFUSED), \
            _smtp_reply(exc)
    if isinstance(exc, smtplib.SMTPDataError):
        return _by_reply_code(exc.smtp_code, permanent=SendErrorCode.SERVER_REJECTED), \
            _smtp_reply(exc)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendErrorCode.AUTH_UNSUPPORTED, str(exc)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        # smtplib reports a read that timed out as a disconnection.
        if isinstance(exc.__context__, TimeoutError):
            return SendErrorCode.TIMEOUT, str(exc)
        return SendErrorCode.DISCONNECTED, str(exc)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _by_reply_code(exc.smtp_code, permanent=SendErrorCode.SERVER_REJECTED), \
            _smtp_reply(exc)
    if isinstance(exc, smtplib.SMTPException):
        if "authentication method" in str(exc).lower():
            return SendErrorCode.AUTH_UNSUPPORTED, str(exc)
        return SendErrorCode.UNKNOWN, str(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SendErrorCode.CERTIFICATE, exc.verify_message or str(exc)
    if isinstance(exc, ssl.CertificateError):
        return SendErrorCode.CERTIFICATE, str(exc)
    if isinstance(exc, ssl.SSLError):
        return SendErrorCode.TLS_FAILED, exc.reason or str(exc)
    if isinstance(exc, socket.gaierror):
        return SendErrorCode.HOST_NOT_FOUND, str(exc)
    if isinstance(exc, TimeoutError | socket.timeout):
        return SendErrorCode.TIMEOUT, str(exc) or "timed out"
    if isinstance(exc, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return SendErrorCode.DISCONNECTED, str(exc)
    if isinstance(exc, OSError):
        return SendErrorCode.UNREACHABLE, str(exc)
    return SendErrorCode.UNKNOWN, f"{type(exc).__name__}: {exc}"


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _local_hostname() -> str:
    # smtplib's default (socket.getfqdn) does a reverse DNS lookup that can hang for long
    # when the line is down; the EHLO name only needs to be well-formed.
    name = socket.gethostname()
    return name if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,62}", name or "") else "[127.0.0.1]"


def default_context() -> ssl.SSLContext:
    """The system's trusted certificates (``SSL_CERT_FILE`` adds a private authority)."""
    return ssl.create_default_context()


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with ONE attempt (smtplib's login tries every mechanism in turn, and repeated
    failures can lock the account); credentials are sent as UTF-8 (RFC 4616), which
    smtplib's own mechanisms cannot do for a password with Vietnamese letters."""
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    mechanisms = smtp.esmtp_features["auth"].upper().split()
    if "PLAIN" in mechanisms:
        token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
        code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    elif "LOGIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "LOGIN " + base64.b64encode(user.encode()).decode())
        if code == 334:
            code, reply = smtp.docmd(base64.b64encode(password.encode()).decode())
    elif "CRAM-MD5" in mechanisms and user.isascii() and password.isascii():
        smtp.user, smtp.password = user, password
        code, reply = smtp.auth("CRAM-MD5", smtp.auth_cram_md5)
    else:
        raise smtplib.SMTPException("No suitable authentication method found.")
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


class _Session:
    """One logged-in SMTP connection, reused for every item of a run."""

    def __init__(self, settings: MailSettings, context_factory: ContextFactory) -> None:
        self.settings = settings
        if not settings.configured:
            raise _FailureError(SendErrorCode.NOT_CONFIGURED)
        if settings.user and settings.password is None:
            raise _FailureError(settings.password_problem or SendErrorCode.NO_PASSWORD)
        local = _local_hostname()
        smtp: smtplib.SMTP
        if settings.security is Security.SSL:
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, local_hostname=local,
                                    timeout=settings.timeout, context=context_factory())
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, local_hostname=local,
                                timeout=settings.timeout)
        self.smtp = smtp
        try:
            smtp.ehlo()
            if settings.security is Security.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise _FailureError(SendErrorCode.STARTTLS_UNSUPPORTED)
                smtp.starttls(context=context_factory())
                smtp.ehlo()
            if settings.user:
                assert settings.password is not None
                _login(smtp, settings.user, settings.password)
        except BaseException:
            self.close()
            raise

    def send(self, message: EmailMessage, sender: str,
             recipients: Sequence[str]) -> dict[str, tuple[int, bytes]]:
        return self.smtp.send_message(message, from_addr=sender, to_addrs=list(recipients))

    def close(self) -> None:
        try:
            self.smtp.quit()
        except Exception:  # the connection may already be gone; nothing left to do
            with contextlib.suppress(Exception):
                self.smtp.close()


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The answer of "Kiểm tra kết nối"."""

    ok: bool
    code: SendErrorCode | None = None
    detail: str = ""


def test_connection(settings: MailSettings, *,
                    context_factory: ContextFactory = default_context) -> ConnectionCheck:
    """Connect, secure the line and log in for real, then leave; nothing is sent."""
    try:
        session = _Session(settings, context_factory)
    except Exception as exc:
        code, detail = classify_error(exc)
        log.info("connection check to %s:%s failed: %s", settings.host, settings.port,
                 code.value)
        return ConnectionCheck(False, code, _scrub(detail, settings))
    session.close()
    log.info("connection check to %s:%s succeeded", settings.host, settings.port)
    return ConnectionCheck(True)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _scrub(detail: str, settings: MailSettings) -> str:
    """Cut the detail short and make sure the password cannot appear in it."""
    if settings.password:
        detail = detail.replace(settings.password, "***")
    return detail[:300]


# -- the message --------------------------------------------------------------------------

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def build_message(item: OutboxItem, attachment: bytes, settings: MailSettings,
                  *, now: dt.datetime | None = None,
                  headers: Mapping[str, str] | None = None) -> EmailMessage:
    """The message for an item; the Message-ID is the item's own, so a resend is the same
    message to the receiver. ``headers``: the item's extra headers (a reply's); an item
    without a file (a reply, ``queue_message``) has no attachment."""
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = (formataddr((settings.sender_name, settings.sender))
                       if settings.sender_name else settings.sender)
    message["To"] = ", ".join(item.to)
    if item.cc:
        message["Cc"] = ", ".join(item.cc)
    message["Subject"] = item.subject
    message["Date"] = format_datetime(_now(now).astimezone())
    message["Message-ID"] = item.message_id
    message["X-Mailer"] = f"OCOP Desktop {__version__}"
    # The attachment's SHA-256 (kept short to stay on one header line): lets the receiving
    # office check the file against the sender's sent log.
    if item.file_name:
        message["X-OCOP-Hash"] = item.file_sha256
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(item.body)
    if not item.file_name:
        return message
    kind = _XLSX if item.file_name.lower().endswith(".xlsx") else (
        mimetypes.guess_type(item.file_name)[0] or "application/octet-stream")
    maintype, subtype = kind.split("/", 1)
    message.add_attachment(attachment, maintype=maintype, subtype=subtype,
                           filename=item.file_name)
    return message


def _msgid_domain(settings: MailSettings) -> str:
    domain = settings.sender.rpartition("@")[2].strip().lower()
    try:
        domain = domain.encode("idna").decode("ascii") if domain else ""
    except UnicodeError:
        domain = ""
    return domain if re.fullmatch(r"[a-z0-9.\-]+\.[a-z0-9\-]+", domain) else \
        FALLBACK_MSGID_DOMAIN


# -- queuing ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Draft:
    """What the "Gửi…" dialog shows before queuing: all of it editable but the file."""

    file: Path
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    subject: str = ""
    body: str = ""
    report_id: int | None = None


def _greeting(repo: Repository) -> tuple[str, str, str]:
    """(recipient name, who we are, signature) from the installation settings."""
    inst = repo.installation()
    if inst is None:
        return "", "", ""
    unit = repo.any_unit(inst.unit_code)
    who = inst.issuing_body.strip() or (unit.name if unit else "")
    signature = "\n".join(part for part in (inst.signer_title, inst.signer_name, who) if part)
    return inst.recipient_name.strip(), who, signature


def draft_for_file(repo: Repository, *, file: Path) -> Draft:
    """A draft for any file (``outbox add FILE``): recipient from settings, plain texts."""
    inst = repo.installation()
    to = tuple(split_addresses(inst.recipient_email)) if inst and inst.recipient_email else ()
    recipient, who, signature = _greeting(repo)
    subject = f"Gửi tệp {file.name}" + (f" — {who}" if who else "")
    body = "\n".join([
        f"Kính gửi: {recipient or 'Quý cơ quan'},", "",
        f"{who or 'Chúng tôi'} xin gửi kèm tệp {file.name}.", "",
        "Trân trọng,", signature])
    return Draft(file=file, to=to, subject=subject, body=body.rstrip() + "\n")


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
    domain = _msgid_domain(stored_mail_settings(repo))
    message_id = make_msgid(idstring="ocop", domain=domain)
    while store.message_id_taken(message_id):  # astronomically unlikely; cheap to rule out
        message_id = make_msgid(idstring="ocop", domain=domain)
    at = _iso(_now(now))
    with repo.db.atomic():
        item_id = store.insert(
            report_id=report_id, file_path=str(path.resolve()), file_name=path.name,
            file_sha256=digest, attachment=data, to=to_list, cc=cc_list,
            subject=subject.strip(), body=body, message_id=message_id, at=at)
        repo.audit("outbox", str(item_id), "queue", None, json.dumps(
            {"to": to_list, "cc": cc_list, "file": path.name, "sha256": digest,
             "message_id": message_id, "report_id": report_id}, ensure_ascii=False))
        if report_id is not None:
            _report_hooks.queued(repo, report_id)
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
    domain = _msgid_domain(stored_mail_settings(repo))
    message_id = make_msgid(idstring="ocop", domain=domain)
    while store.message_id_taken(message_id):
        message_id = make_msgid(idstring="ocop", domain=domain)
    at = _iso(_now(now))
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


def cancel_item(repo: Repository, *, item_id: int, now: dt.datetime | None = None) -> Changes:
    """Cancel an item that has not gone; an item being sent or already sent cannot be."""
    store = OutboxStore(repo.db)
    item = store.item(item_id)
    if item is None:
        raise ValidationError([Problem("item", ProblemCode.NOT_FOUND, {"value": item_id})])
    with repo.db.atomic():
        if not store.cancel(item_id, at=_iso(_now(now))):
            raise ValidationError([Problem("item", ProblemCode.NOT_CANCELLABLE, {
                "value": item_id, "status": item.status.value})])
        repo.audit("outbox", str(item_id), "cancel", item.status.value, "cancelled")
        if item.report_id is not None:
            _report_hooks.unqueued(repo, item.report_id)
    log.info("outbox item %s cancelled", item_id)
    return Changes(frozenset({Area.OUTBOX, Area.REPORTS}), updated=1)


def send_now(repo: Repository, *, item_id: int, now: dt.datetime | None = None) -> Changes:
    """"Gửi ngay": a waiting or failed item becomes due at once (the caller then sends)."""
    store = OutboxStore(repo.db)
    item = store.item(item_id)
    if item is None:
        raise ValidationError([Problem("item", ProblemCode.NOT_FOUND, {"value": item_id})])
    with repo.db.atomic():
        if not store.requeue(item_id, at=_iso(_now(now))):
            raise ValidationError([Problem("item", ProblemCode.NOT_CANCELLABLE, {
                "value": item_id, "status": item.status.value})])
    return Changes(frozenset({Area.OUTBOX}), updated=1)


def make_waiting_due(repo: Repository, *, now: dt.datetime | None = None) -> int:
    """The network came back: every waiting item is due now, whatever its back-off."""
    with repo.db.atomic():
        return OutboxStore(repo.db).make_waiting_due(at=_iso(_now(now)))


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
    return len(OutboxStore(repo.db).due(now=_iso(_now(now)), stamp=settings.stamp()))


def server_reachable(settings: MailSettings, *, timeout: float = 5.0) -> bool:
    """A real connection attempt to the mail server (no login): is the line up?"""
    if not settings.host:
        return False
    try:
        with socket.create_connection((settings.host, settings.port), timeout=timeout):
            return True
    except OSError:
        return False


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
        return _recover(repo, OutboxStore(repo.db), _iso(_now(now)))
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
        start = _now(now)
        report.recovered = _recover(repo, store, _iso(start))
        items = store.due(now=_iso(start), stamp=settings.stamp(), force=force)
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
    session: _Session | None = None
    try:
        for index, item in enumerate(items):
            at = _iso(_now(now))
            with repo.db.atomic():  # committed before the server hears of it
                claimed = store.claim(item.id, at=at)
            if not claimed:
                continue
            attempts = item.attempts + 1
            try:
                if session is None:
                    session = _Session(settings, context_factory)
                refused = _send_one(store, session, item, settings, now)
            except Exception as exc:
                code, detail = classify_error(exc)
                detail = _scrub(detail, settings)
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
                            if not store.claim(rest.id, at=_iso(_now(now))):
                                continue
                        _record_failure(repo, store, rest, rest.attempts + 1, code, detail,
                                        settings, now, report)
                    break
                continue
            _record_success(repo, store, item, settings, refused, now, report)
    finally:
        if session is not None:
            session.close()


def _send_one(store: OutboxStore, session: _Session, item: OutboxItem,
              settings: MailSettings, now: dt.datetime | None) -> dict[str, tuple[int, bytes]]:
    attachment = store.attachment(item.id)
    if attachment is None or hashlib.sha256(attachment).hexdigest() != item.file_sha256:
        raise _FailureError(SendErrorCode.UNKNOWN, "attachment snapshot missing or damaged")
    message = build_message(item, attachment, settings, now=now,
                            headers=store.headers(item.id))
    log.info("sending outbox item %s (attempt %d) to %d recipient(s), Message-ID %s",
             item.id, item.attempts + 1, len(item.recipients), item.message_id)
    return session.send(message, settings.sender, item.recipients)


def _record_success(repo: Repository, store: OutboxStore, item: OutboxItem,
                    settings: MailSettings, refused: Mapping[str, tuple[int, bytes]],
                    now: dt.datetime | None, report: SendReport) -> None:
    at = _iso(_now(now))
    accepted = [a for a in item.recipients if a not in refused]
    note = "; ".join(f"{addr}: {code} {_text(msg)}" for addr, (code, msg) in refused.items())
    with repo.db.atomic():
        store.mark_sent(item.id, at=at,
                        note_code=SendErrorCode.RECIPIENT_REFUSED if refused else None,
                        note=note[:300])
        store.add_delivery(method=DeliveryMethod.EMAIL, at=at, recipients=", ".join(accepted),
                           file_sha256=item.file_sha256, file_name=item.file_name,
                           outbox_id=item.id, report_id=item.report_id,
                           message_id=item.message_id, note=note[:300])
        if item.report_id is not None:
            _report_hooks.sent(repo, item.report_id, accepted, at)
    log.info("outbox item %s sent, Message-ID %s, sha256 %s", item.id, item.message_id,
             item.file_sha256)
    report.outcomes.append(SendOutcome(item.id, OutboxStatus.SENT,
                                       SendErrorCode.RECIPIENT_REFUSED if refused else None,
                                       note))


def _record_failure(repo: Repository, store: OutboxStore, item: OutboxItem, attempts: int,
                    code: SendErrorCode, detail: str, settings: MailSettings,
                    now: dt.datetime | None, report: SendReport) -> None:
    moment = _now(now)
    kind = error_kind(code)
    if kind is ErrorKind.TRANSIENT:
        status, next_at, stamp = OutboxStatus.QUEUED, _iso(moment + backoff(attempts)), None
    else:
        status, next_at = OutboxStatus.FAILED, None
        stamp = settings.stamp() if kind is ErrorKind.SETTINGS else None
    with repo.db.atomic():
        store.mark_error(item.id, status=status, code=code, detail=detail,
                         next_attempt_at=next_at, stamp=stamp, at=_iso(moment))
    log.info("outbox item %s not sent (attempt %d): %s %s; %s", item.id, attempts,
                code.value, detail, f"next try after {next_at}" if next_at else
                "stopped until settings change or the user retries")
    report.outcomes.append(SendOutcome(item.id, status, code, detail))


# -- other ways out -----------------------------------------------------------------------

def _copy_target(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or ``name (2)``… when a different file already has it."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 2
    while target.exists():
        target = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return target


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def copy_file_to(source: Path, folder: Path) -> tuple[Path, str]:
    """Copy ``source`` into ``folder`` safely: write a temporary file, flush it to the
    device (a USB stick pulled right after must hold the whole file), check the hash, then
    give it its name. Returns (copy, sha256)."""
    problems: list[Problem] = []
    if not source.is_file():
        problems.append(Problem("file", ProblemCode.FILE_NOT_FOUND, {"value": str(source)}))
    if not folder.is_dir():
        problems.append(Problem("folder", ProblemCode.FILE_NOT_FOUND, {"value": str(folder)}))
    if problems:
        raise ValidationError(problems)
    expected = _sha256_file(source)
    existing = folder / source.name
    if existing.is_file() and _sha256_file(existing) == expected:
        return existing, expected  # the same file is already there
    target = _copy_target(folder, source.name)
    from ocop_desktop.excel.writer import copy_file_atomically  # openpyxl: only when copying

    try:
        copy_file_atomically(source, target, sha256=expected)
    except OSError as exc:
        raise ValidationError([Problem("folder", ProblemCode.FILE_UNREADABLE, {
            "value": str(folder), "detail": exc.strerror or str(exc)})]) from None
    return target, expected


def save_copy(repo: Repository, *, report_id: int, folder: Path | str,
              now: dt.datetime | None = None) -> tuple[Path, Changes]:
    """Copy a report's file to a chosen folder or USB drive and record it as handed over."""
    report = _report_hooks.get(repo, report_id)
    target, digest = copy_file_to(report.file, Path(folder).expanduser())
    at = _iso(_now(now))
    store = OutboxStore(repo.db)
    with repo.db.atomic():
        store.add_delivery(method=DeliveryMethod.COPY, at=at, recipients="",
                           file_sha256=digest, file_name=report.file.name,
                           report_id=report_id, destination=str(target))
        _report_hooks.handed_over(repo, report_id, str(target), at)
    log.info("report %s copied to %s", report_id, target)
    return target, Changes(frozenset({Area.OUTBOX, Area.REPORTS}), updated=1)


def mark_handed_over(repo: Repository, *, report_id: int, to: str, note: str = "",
                     now: dt.datetime | None = None) -> Changes:
    """Record that a report went another way (webmail, Zalo, on paper), to ``to``."""
    report = _report_hooks.get(repo, report_id)
    if not to.strip():
        raise ValidationError([Problem("sent_to", ProblemCode.REQUIRED)])
    if len(to) > 300 or len(note) > 1000:
        raise ValidationError([Problem("sent_to", ProblemCode.TOO_LONG, {"max": 300})])
    digest = _sha256_file(report.file) if report.file.is_file() else report.sha256
    at = _iso(_now(now))
    with repo.db.atomic():
        OutboxStore(repo.db).add_delivery(
            method=DeliveryMethod.HAND, at=at, recipients=to.strip(), file_sha256=digest,
            file_name=report.file.name, report_id=report_id, note=note.strip())
        _report_hooks.handed_over(repo, report_id, to.strip(), at)
    log.info("report %s recorded as handed over", report_id)
    return Changes(frozenset({Area.OUTBOX, Area.REPORTS}), updated=1)


# -- the report register ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReportRef:
    """What the outbox needs to know about a report in the register."""

    id: int
    file: Path
    sha256: str  # the file's hash when it was exported
    number: str  # "05/BC-UBND"
    issued_on: dt.date
    period: ReportPeriod
    scope: str | None
    sender_name: str
    status: ReportStatus


class _ReportRegister:
    """The register's side of sending (issue 3's ``reports`` table), in one place."""

    def get(self, repo: Repository, report_id: int) -> ReportRef:
        entry = ReportStore(repo.db).report_entry(report_id)
        if entry is None:
            raise ValidationError([Problem("report", ProblemCode.NOT_FOUND,
                                           {"value": report_id})])
        inst = repo.installation()
        try:
            period = period_from_key(entry.period_key,
                                     cutoff_day=inst.period_cutoff_day if inst else 1)
            period = replace(period, start=entry.period_start, end=entry.period_end)
        except PeriodError:
            period = custom_period(entry.period_start, entry.period_end)
        unit = repo.any_unit(entry.sender_code) if entry.sender_code else None
        try:
            status = ReportStatus(entry.status)
        except ValueError:
            status = ReportStatus.EXPORTED
        return ReportRef(id=report_id, file=Path(entry.file_path), sha256=entry.file_hash,
                         number=entry.number_text, issued_on=entry.issued_on, period=period,
                         scope=entry.scope, sender_name=unit.name if unit else "",
                         status=status)

    def queued(self, repo: Repository, report_id: int) -> None:
        ref = self.get(repo, report_id)
        if ref.status is ReportStatus.EXPORTED:
            ReportStore(repo.db).set_report_status(report_id, status=ReportStatus.QUEUED.value)

    def unqueued(self, repo: Repository, report_id: int) -> None:
        """An item was cancelled: back to "exported" if nothing else is on its way."""
        ref = self.get(repo, report_id)
        waiting = OutboxStore(repo.db).items(statuses=UNSENT_STATUSES, report_id=report_id)
        if ref.status is ReportStatus.QUEUED and not waiting:
            ReportStore(repo.db).set_report_status(report_id, status=ReportStatus.EXPORTED.value)

    def sent(self, repo: Repository, report_id: int, recipients: Sequence[str],
             at: str) -> None:
        # sent_at/sent_to describe the latest e-mail; earlier ones stay in the sent log.
        repo.db.execute("UPDATE reports SET status = ?, sent_at = ?, sent_to = ? WHERE id = ?",
                        [ReportStatus.SENT.value, at, ", ".join(recipients), report_id])

    def handed_over(self, repo: Repository, report_id: int, to: str, at: str) -> None:
        ref = self.get(repo, report_id)
        if ref.status is ReportStatus.SENT:
            return  # an e-mail already reached the recipient: that stays the status shown
        repo.db.execute("UPDATE reports SET status = ?, sent_at = ?, sent_to = ? WHERE id = ?",
                        [ReportStatus.HANDED_OVER.value, at, to, report_id])


_report_hooks = _ReportRegister()


def draft_for_report(repo: Repository, *, report_id: int) -> Draft:
    """The "Gửi…" dialog's starting point: the receiving body from settings, a Vietnamese
    subject and body naming the unit, the period and the number, and the report file."""
    ref = _report_hooks.get(repo, report_id)
    inst = repo.installation()
    to = tuple(split_addresses(inst.recipient_email)) if inst and inst.recipient_email else ()
    recipient, who, signature = _greeting(repo)
    who = ref.sender_name or who
    subject = f"Báo cáo số {ref.number}: kết quả tuyên truyền {ref.period.label}"
    if who:
        subject += f" — {who}"
    directive = repo.directive(ref.scope) if ref.scope else None
    about = subject_text(ref.period, directive)
    lines = [
        f"Kính gửi: {recipient or 'Quý cơ quan'}.", "",
        f"{who or 'Đơn vị'} xin gửi Báo cáo số {ref.number} ngày "
        f"{ref.issued_on:%d/%m/%Y} về {about[:1].lower() + about[1:]}.", "",
        f"Tệp đính kèm: {ref.file.name}",
        f"Mã kiểm tra tệp (SHA-256): {ref.sha256}",
        "Tệp có trang “Dữ liệu” để phần mềm OCOP Desktop của nơi nhận nhập thẳng số liệu, "
        "không phải nhập lại.", "",
        "Trân trọng,",
    ]
    if signature:
        lines.append(signature)
    return Draft(file=ref.file, to=to, subject=subject[:MAX_SUBJECT],
                 body="\n".join(lines) + "\n", report_id=report_id)


def report_file_changed(repo: Repository, *, report_id: int) -> bool:
    """Whether the report's file differs from what was exported (edited or replaced since):
    the dialog warns, since the sent log will record the file as it is now."""
    ref = _report_hooks.get(repo, report_id)
    return ref.file.is_file() and _sha256_file(ref.file) != ref.sha256


def queue_report(repo: Repository, *, report_id: int, to: Sequence[str] | str,
                 cc: Sequence[str] | str = (), subject: str, body: str,
                 now: dt.datetime | None = None) -> tuple[int, Changes]:
    """"Gửi" from the register: queue the report's file with the texts the user confirmed;
    the report's status becomes "queued" (then "sent" when it goes)."""
    ref = _report_hooks.get(repo, report_id)
    return queue_file(repo, file=ref.file, to=to, cc=cc, subject=subject, body=body,
                      report_id=report_id, now=now)
