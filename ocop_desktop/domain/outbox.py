"""The outbox's vocabulary: item states, mail settings, send errors and the retry policy.

Pure data and rules, no I/O: ``storage.outbox`` keeps items, ``operations.outbox`` sends them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class OutboxStatus(StrEnum):
    """queued → sending → sent | failed; cancelled by the user.

    An item whose attempt failed for a passing reason (network down, timeout) goes back to
    ``queued`` with the error and a later ``next_attempt_at``; ``failed`` means it will not
    be tried again by itself (see ``ErrorKind``).
    """

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


UNSENT_STATUSES = (OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.FAILED)


class Security(StrEnum):
    NONE = "none"
    SSL = "ssl"  # implicit TLS, usually port 465
    STARTTLS = "starttls"  # plain connection upgraded to TLS, usually port 587


DEFAULT_PORTS = {Security.NONE: 25, Security.SSL: 465, Security.STARTTLS: 587}


class SendErrorCode(StrEnum):
    """Why an attempt failed; the UI and CLI turn these into Vietnamese (problem_texts)."""

    NOT_CONFIGURED = "not_configured"  # no server or no sender address
    NO_PASSWORD = "no_password"  # a user name but no password stored
    KEYRING_UNAVAILABLE = "keyring_unavailable"  # no credential store on this computer
    AUTH_FAILED = "auth_failed"  # wrong user name or password
    AUTH_UNSUPPORTED = "auth_unsupported"  # the server offers no login (often: needs TLS)
    HOST_NOT_FOUND = "host_not_found"  # DNS: no such server name (or no network)
    UNREACHABLE = "unreachable"  # connection refused / network unreachable
    TIMEOUT = "timeout"
    CERTIFICATE = "certificate"  # the server's certificate is not trusted
    TLS_FAILED = "tls_failed"  # handshake failed: usually the wrong security mode for the port
    STARTTLS_UNSUPPORTED = "starttls_unsupported"
    SENDER_REFUSED = "sender_refused"
    RECIPIENT_REFUSED = "recipient_refused"
    TOO_LARGE = "too_large"
    SERVER_TEMPORARY = "server_temporary"  # a 4xx reply: try again later
    SERVER_REJECTED = "server_rejected"  # a 5xx reply to the message
    DISCONNECTED = "disconnected"  # the server closed the connection
    INTERRUPTED = "interrupted"  # the app stopped (crash, power cut) while sending
    UNKNOWN = "unknown"


class ErrorKind(StrEnum):
    TRANSIENT = "transient"  # retried by itself, with back-off
    SETTINGS = "settings"  # retried once the mail settings change, or on "Gửi ngay"
    PERMANENT = "permanent"  # retried only on "Gửi ngay"


ERROR_KINDS: dict[SendErrorCode, ErrorKind] = {
    SendErrorCode.NOT_CONFIGURED: ErrorKind.SETTINGS,
    SendErrorCode.NO_PASSWORD: ErrorKind.SETTINGS,
    SendErrorCode.KEYRING_UNAVAILABLE: ErrorKind.SETTINGS,
    SendErrorCode.AUTH_FAILED: ErrorKind.SETTINGS,
    SendErrorCode.AUTH_UNSUPPORTED: ErrorKind.SETTINGS,
    SendErrorCode.HOST_NOT_FOUND: ErrorKind.TRANSIENT,
    SendErrorCode.UNREACHABLE: ErrorKind.TRANSIENT,
    SendErrorCode.TIMEOUT: ErrorKind.TRANSIENT,
    SendErrorCode.CERTIFICATE: ErrorKind.SETTINGS,
    SendErrorCode.TLS_FAILED: ErrorKind.SETTINGS,
    SendErrorCode.STARTTLS_UNSUPPORTED: ErrorKind.SETTINGS,
    SendErrorCode.SENDER_REFUSED: ErrorKind.SETTINGS,
    SendErrorCode.RECIPIENT_REFUSED: ErrorKind.PERMANENT,
    SendErrorCode.TOO_LARGE: ErrorKind.PERMANENT,
    SendErrorCode.SERVER_TEMPORARY: ErrorKind.TRANSIENT,
    SendErrorCode.SERVER_REJECTED: ErrorKind.PERMANENT,
    SendErrorCode.DISCONNECTED: ErrorKind.TRANSIENT,
    SendErrorCode.INTERRUPTED: ErrorKind.TRANSIENT,
    SendErrorCode.UNKNOWN: ErrorKind.PERMANENT,
}

# Errors that mean "no network" rather than "this server said no": the window then shows
# "đang chờ kết nối".
OFFLINE_ERRORS = frozenset({SendErrorCode.HOST_NOT_FOUND, SendErrorCode.UNREACHABLE,
                            SendErrorCode.TIMEOUT})

# Errors that concern the connection or the login, not one message: when one happens, every
# item of the run fails the same way without another connection attempt.
SESSION_ERRORS = frozenset(code for code, kind in ERROR_KINDS.items()
                           if kind is ErrorKind.SETTINGS or code in OFFLINE_ERRORS)


def error_kind(code: SendErrorCode) -> ErrorKind:
    return ERROR_KINDS.get(code, ErrorKind.PERMANENT)


# Back-off: 30 s after the first failure, doubling, at most an hour. The network coming
# back (or "Gửi ngay") makes waiting items due at once, so the cap only bounds how stale a
# silent retry can be.
BACKOFF_FIRST = dt.timedelta(seconds=30)
BACKOFF_MAX = dt.timedelta(hours=1)


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after the ``attempts``-th failed attempt (1, 2, …)."""
    if attempts <= 0:
        return dt.timedelta(0)
    seconds = BACKOFF_FIRST.total_seconds() * (2 ** min(attempts - 1, 20))
    return min(dt.timedelta(seconds=seconds), BACKOFF_MAX)


@dataclass(frozen=True, slots=True)
class MailSettings:
    """How to reach the mail server. ``password`` never appears in repr, logs or the DB."""

    host: str = ""
    port: int = DEFAULT_PORTS[Security.STARTTLS]
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""
    sender_name: str = ""
    password: str | None = field(default=None, repr=False, compare=False)
    # Why the password is missing when it is (a SendErrorCode), for a clear message.
    password_problem: SendErrorCode | None = field(default=None, compare=False)
    timeout: float = 30.0
    revision: int = 0  # bumped on every save, so "settings changed" is detectable

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    @property
    def keyring_user(self) -> str:
        """The credential store's account name for this server: ``user@host``."""
        return f"{self.user}@{self.host}"

    def stamp(self) -> str:
        """A fingerprint of the non-secret settings: when it changes, settings errors retry."""
        text = "\x1f".join((self.host, str(self.port), self.security.value, self.user,
                            self.sender, str(self.revision)))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def public_dict(self) -> dict[str, object]:
        return {"host": self.host, "port": self.port, "security": self.security.value,
                "user": self.user, "sender": self.sender, "sender_name": self.sender_name}


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One message waiting to go (or gone): recipients, texts, and a snapshot of the file."""

    id: int
    report_id: int | None
    file_path: str  # where the file was when it was queued (shown, and for "Mở thư mục")
    file_name: str  # the attachment's name
    file_sha256: str
    file_size: int
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    body: str
    status: OutboxStatus
    attempts: int
    error_code: SendErrorCode | None
    error_detail: str
    next_attempt_at: str | None
    message_id: str
    created_at: str
    updated_at: str
    sent_at: str | None
    settings_stamp: str | None

    @property
    def recipients(self) -> tuple[str, ...]:
        return self.to + self.cc

    @property
    def unsent(self) -> bool:
        return self.status in UNSENT_STATUSES


class DeliveryMethod(StrEnum):
    """How a report left the office (the sent log's proof)."""

    EMAIL = "email"
    COPY = "copy"  # saved to a folder or USB drive
    HAND = "hand"  # handed over another way (webmail, Zalo, on paper)


@dataclass(frozen=True, slots=True)
class Delivery:
    """One line of the sent log: who got which file when, and how to recognise it."""

    id: int
    method: DeliveryMethod
    at: str
    recipients: str
    file_sha256: str
    file_name: str
    outbox_id: int | None = None
    report_id: int | None = None
    message_id: str | None = None
    destination: str | None = None  # the copy's path
    note: str = ""


def split_addresses(values: str | Sequence[str]) -> list[str]:
    """Addresses from repeated options and/or comma/semicolon-separated text, in order."""
    parts = [values] if isinstance(values, str) else list(values)
    result: list[str] = []
    for part in parts:
        for address in re.split(r"[,;\n]", part):
            address = address.strip()
            if address and address.lower() not in {a.lower() for a in result}:
                result.append(address)
    return result
