"""The inbox's vocabulary: mailbox settings, what became of each attachment, replies.

Pure data and rules, no I/O: ``storage.inbox`` keeps items, ``operations.inbox`` fetches and
decides them (its ``transport`` talks to the server).

An *item* is one attachment of one message (or the message itself when it has nothing to
import). It is identified by the message's Message-ID and the attachment's SHA-256, so the
same message fetched again — by this PC after a lost connection, or found again after the
server renumbered its mailbox — is never listed twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

from ocop_desktop.domain.outbox import Security

DEFAULT_IMAP_PORTS = {Security.NONE: 143, Security.SSL: 993, Security.STARTTLS: 143}
DEFAULT_FOLDER = "INBOX"
# The IMAP keyword put on every message this app has read (never deleted, never "\Seen",
# so webmail and a second office PC still show it as it was).
FETCHED_KEYWORD = "$OcopFetched"

# Headers of the replies this app sends (acknowledgement or return): the kind, and the
# SHA-256 of the attachment the reply is about. A report mail already carries the hash of
# its attachment (``X-OCOP-Hash``, put there by the outbox), and the reply quotes the
# original Message-ID in ``In-Reply-To``: the station matches by either, never by subject.
REPLY_HEADER = "X-OCOP-Reply"
REPLY_HASH_HEADER = "X-OCOP-Reply-Hash"
REPLY_REASON_HEADER = "X-OCOP-Reply-Reason"
REPORT_HASH_HEADER = "X-OCOP-Hash"

# Limits for untrusted mail (a report of a province's year is a few MB).
MAX_MESSAGE_BYTES = 40 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_PARTS = 100  # MIME parts of one message; a report mail has three
MAX_BODY_CHARS = 20_000
MAX_FETCH_PER_RUN = 500  # messages per run; the next run goes on where this one stopped


class InboxState(StrEnum):
    """waiting → accepted | returned; ignored from the start (``seen``: only in a fetch's
    answer, for an item already listed by an earlier fetch)."""

    WAITING = "waiting"
    IGNORED = "ignored"
    ACCEPTED = "accepted"
    RETURNED = "returned"


class IgnoreReason(StrEnum):
    """Why a message or attachment is not a report to decide on (problem_texts says it)."""

    NO_ATTACHMENT = "no_attachment"  # a letter without any attachment
    NOT_XLSX = "not_xlsx"  # an attachment that is not an .xlsx file
    NOT_A_REPORT = "not_a_report"  # an .xlsx that is not a report made by this app
    OWN_REPORT = "own_report"  # this installation's own report (a copy to itself)
    MESSAGE_TOO_LARGE = "message_too_large"
    ATTACHMENT_TOO_LARGE = "attachment_too_large"
    TOO_MANY_PARTS = "too_many_parts"
    MALFORMED = "malformed"  # the message cannot be read (broken MIME, bad encodings)
    REPLY_UNKNOWN = "reply_unknown"  # a reply of OCOP Desktop about no report of ours


class ReplyKind(StrEnum):
    RECEIVED = "received"  # accepted and imported by the office
    RETURNED = "returned"  # returned for correction, with a reason


class FetchErrorCode(StrEnum):
    """Why fetching (or "Kiểm tra kết nối") failed; problem_texts turns them into words."""

    NOT_CONFIGURED = "not_configured"
    NO_PASSWORD = "no_password"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    AUTH_FAILED = "auth_failed"
    HOST_NOT_FOUND = "host_not_found"
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    CERTIFICATE = "certificate"
    TLS_FAILED = "tls_failed"
    STARTTLS_UNSUPPORTED = "starttls_unsupported"
    INSECURE_REMOTE = "insecure_remote"  # no encryption to a server outside the local network
    FOLDER_NOT_FOUND = "folder_not_found"
    DISCONNECTED = "disconnected"
    SERVER_ERROR = "server_error"
    UNKNOWN = "unknown"


OFFLINE_FETCH_ERRORS = frozenset({FetchErrorCode.HOST_NOT_FOUND, FetchErrorCode.UNREACHABLE,
                                  FetchErrorCode.TIMEOUT, FetchErrorCode.DISCONNECTED})


@dataclass(frozen=True, slots=True)
class ImapSettings:
    """How to reach the mailbox. ``password`` never appears in repr, logs or the database."""

    host: str = ""
    port: int = DEFAULT_IMAP_PORTS[Security.SSL]
    security: Security = Security.SSL
    user: str = ""
    folder: str = DEFAULT_FOLDER
    auto_accept: bool = False  # accept (and acknowledge) reports whose preview has no warning
    password: str | None = field(default=None, repr=False, compare=False)
    password_problem: FetchErrorCode | None = field(default=None, compare=False)
    timeout: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.host and self.user)

    @property
    def keyring_user(self) -> str:
        """The credential store's account name: ``imap:user@host`` (the SMTP password of
        the same mailbox is kept apart, as ``user@host``)."""
        return f"imap:{self.user}@{self.host}"

    @property
    def account(self) -> str:
        """Which mailbox and folder a fetch position belongs to."""
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"

    def public_dict(self) -> dict[str, object]:
        return {"host": self.host, "port": self.port, "security": self.security.value,
                "user": self.user, "folder": self.folder, "auto_accept": self.auto_accept}


@dataclass(frozen=True, slots=True)
class InboxItem:
    """One attachment (or one message without a report) as the inbox lists it."""

    id: int
    message_id: str
    attachment_sha256: str  # "" for an item standing for the whole message
    from_addr: str
    reply_to: str
    subject: str
    sent_at: str  # the message's Date, ISO (may be "" when it had none)
    body: str  # plain text, capped; never rendered as HTML
    file_name: str
    file_size: int
    state: InboxState
    reason_code: str  # an IgnoreReason, or "" (a waiting report's refusal is in problems)
    reason_detail: str
    sender_code: str
    sender_name: str
    period_key: str
    report_number: str
    new: int
    changed: int
    unchanged: int
    removed: int
    conflicts: int
    signer_state: str  # the preview's SignerState (issue 14): new_key, pinned, unsigned…
    signer_fingerprint: str
    warnings: tuple[str, ...]  # warning codes of the preview ("conflicts", "removed"…)
    problems: tuple[str, ...]  # the preview's refusal, as problem codes (texts on demand)
    fetched_at: str
    decided_at: str | None
    return_reason: str
    batch_id: int | None
    outbox_id: int | None

    @property
    def importable(self) -> bool:
        return self.state is InboxState.WAITING and not self.problems


@dataclass(frozen=True, slots=True)
class ReportReply:
    """What the office answered about one of our reports."""

    report_id: int
    kind: ReplyKind
    reason: str
    at: str
    message_id: str
    from_addr: str


def synthetic_message_id(raw: bytes) -> str:
    """A stable identity for a message that came without a Message-ID."""
    return f"<{hashlib.sha256(raw).hexdigest()[:40]}@no-message-id.invalid>"
