"""Talking to the mail server (SMTP): one logged-in connection per send run, the
connection check of the settings dialog, and what went wrong as a ``SendErrorCode``.

Failures are classified: network trouble is transient, a wrong password or a certificate
problem is a settings error (``domain.outbox.error_kind``). Details never carry a secret
(``scrub``).
"""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from ocop_desktop.domain.outbox import MailSettings, Security, SendErrorCode

log = logging.getLogger(__name__)

ContextFactory = Callable[[], ssl.SSLContext]


class FailureError(Exception):
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
    if isinstance(exc, FailureError):
        return exc.code, exc.detail
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendErrorCode.AUTH_FAILED, _smtp_reply(exc)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = {addr: reply for addr, reply in exc.recipients.items()}
        detail = "; ".join(f"{addr}: {code} {as_text(msg)}" for addr, (code, msg) in
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


def as_text(value: object) -> str:
    """A server's reply text (bytes from smtplib) as text."""
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


class Session:
    """One logged-in SMTP connection, reused for every item of a run."""

    def __init__(self, settings: MailSettings, context_factory: ContextFactory) -> None:
        self.settings = settings
        if not settings.configured:
            raise FailureError(SendErrorCode.NOT_CONFIGURED)
        if settings.user and settings.password is None:
            raise FailureError(settings.password_problem or SendErrorCode.NO_PASSWORD)
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
                    raise FailureError(SendErrorCode.STARTTLS_UNSUPPORTED)
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
        session = Session(settings, context_factory)
    except Exception as exc:
        code, detail = classify_error(exc)
        log.info("connection check to %s:%s failed: %s", settings.host, settings.port,
                 code.value)
        return ConnectionCheck(False, code, scrub(detail, settings))
    session.close()
    log.info("connection check to %s:%s succeeded", settings.host, settings.port)
    return ConnectionCheck(True)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def scrub(detail: str, settings: MailSettings) -> str:
    """Cut the detail short and make sure the password cannot appear in it."""
    if settings.password:
        detail = detail.replace(settings.password, "***")
    return detail[:300]


def server_reachable(settings: MailSettings, *, timeout: float = 5.0) -> bool:
    """A real connection attempt to the mail server (no login): is the line up?"""
    if not settings.host:
        return False
    try:
        with socket.create_connection((settings.host, settings.port), timeout=timeout):
            return True
    except OSError:
        return False
