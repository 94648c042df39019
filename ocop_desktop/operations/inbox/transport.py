"""Talking to the mailbox (IMAP): connect, secure, log in, list new messages, read them
without marking them read, put a keyword on them. Nothing here deletes or moves mail.

Login uses ONE attempt (AUTHENTICATE PLAIN with UTF-8 credentials when the server offers
it, else LOGIN): a password with Vietnamese letters works, and a wrong one is not retried
against the account's lockout counter. Unencrypted connections are allowed only to a
server on the local network (its address is checked after connecting, whatever the name).
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import ipaddress
import logging
import re
from dataclasses import replace

from ocop_desktop.domain.inbox import FetchErrorCode, ImapSettings
from ocop_desktop.domain.outbox import Security, SendErrorCode
from ocop_desktop.operations.outbox.transport import ContextFactory, classify_error

log = logging.getLogger(__name__)


class FetchError(Exception):
    """A failure we detected ourselves, already classified."""

    def __init__(self, code: FetchErrorCode, detail: str = "") -> None:
        super().__init__(code.value)
        self.code = code
        self.detail = detail


def classify(exc: BaseException) -> tuple[FetchErrorCode, str]:
    """What went wrong, as a code and a short technical detail (never a secret)."""
    if isinstance(exc, FetchError):
        return exc.code, exc.detail
    if isinstance(exc, imaplib.IMAP4.abort):
        return FetchErrorCode.DISCONNECTED, str(exc)
    if isinstance(exc, imaplib.IMAP4.error):
        text = str(exc)
        if re.search(r"AUTHENTICATIONFAILED|LOGIN failed|Authentication failed|"
                     r"AUTHORIZATIONFAILED|invalid credentials", text, re.IGNORECASE):
            return FetchErrorCode.AUTH_FAILED, text
        return FetchErrorCode.SERVER_ERROR, text
    if isinstance(exc, EOFError):
        return FetchErrorCode.DISCONNECTED, str(exc)
    # Socket and TLS errors: the outbox's classification, then the same names here.
    code, detail = classify_error(exc)
    mapped = {
        SendErrorCode.HOST_NOT_FOUND: FetchErrorCode.HOST_NOT_FOUND,
        SendErrorCode.UNREACHABLE: FetchErrorCode.UNREACHABLE,
        SendErrorCode.TIMEOUT: FetchErrorCode.TIMEOUT,
        SendErrorCode.CERTIFICATE: FetchErrorCode.CERTIFICATE,
        SendErrorCode.TLS_FAILED: FetchErrorCode.TLS_FAILED,
        SendErrorCode.DISCONNECTED: FetchErrorCode.DISCONNECTED,
    }
    return mapped.get(code, FetchErrorCode.UNKNOWN), detail


def _local_address(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local


def mailbox_name(folder: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501 §5.1.3): "Báo cáo" → "B&AOE-o c&AOE-o"."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            data = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode().rstrip("=").replace("/", ",")
                       + "-")
            pending.clear()

    for char in folder:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def _quote(folder: str) -> str:
    """A mailbox name as an IMAP quoted string."""
    name = mailbox_name(folder)
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapSession:
    """One logged-in connection with the folder selected read-write (for keywords)."""

    def __init__(self, settings: ImapSettings, context_factory: ContextFactory) -> None:
        if not settings.configured:
            raise FetchError(FetchErrorCode.NOT_CONFIGURED)
        if settings.password is None:
            raise FetchError(settings.password_problem or FetchErrorCode.NO_PASSWORD)
        self.settings = settings
        imap: imaplib.IMAP4
        if settings.security is Security.SSL:
            imap = imaplib.IMAP4_SSL(settings.host, settings.port,
                                     ssl_context=context_factory(), timeout=settings.timeout)
        else:
            imap = imaplib.IMAP4(settings.host, settings.port, timeout=settings.timeout)
        self.imap = imap
        try:
            if settings.security is Security.STARTTLS:
                if "STARTTLS" not in imap.capabilities:
                    raise FetchError(FetchErrorCode.STARTTLS_UNSUPPORTED)
                imap.starttls(ssl_context=context_factory())
            elif settings.security is Security.NONE:
                peer = imap.sock.getpeername()[0]
                if not _local_address(peer):
                    raise FetchError(FetchErrorCode.INSECURE_REMOTE, peer)
            self._login(settings.user, settings.password)
        except BaseException:
            self.close()
            raise
        self.uidvalidity = 0
        self.exists = 0

    def _login(self, user: str, password: str) -> None:
        if "AUTH=PLAIN" in self.imap.capabilities:
            token = b"\0" + user.encode() + b"\0" + password.encode()
            self.imap.authenticate("PLAIN", lambda _challenge: token)
        else:
            # LOGIN takes ASCII only in imaplib: Vietnamese passwords need AUTH=PLAIN.
            self.imap.login(user, password)

    def select(self, folder: str) -> int:
        """Open the folder; returns its UIDVALIDITY."""
        typ, data = self.imap.select(_quote(folder))
        if typ != "OK":
            raise FetchError(FetchErrorCode.FOLDER_NOT_FOUND, folder)
        self.exists = int(data[0] or 0) if data and data[0] else 0
        typ, data = self.imap.response("UIDVALIDITY")
        try:
            self.uidvalidity = int(data[0]) if data and data[0] else 0
        except (TypeError, ValueError):
            self.uidvalidity = 0
        return self.uidvalidity

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs of the messages after ``last_uid``, oldest first."""
        if self.exists == 0:
            return []
        typ, data = self.imap.uid("SEARCH", f"UID {last_uid + 1}:*")
        if typ != "OK":
            raise FetchError(FetchErrorCode.SERVER_ERROR, _text(data))
        uids = sorted({int(x) for x in (data[0] or b"").split() if x.isdigit()})
        # "n:*" always includes the last message, even when its UID is below n.
        return [uid for uid in uids if uid > last_uid]

    def size(self, uid: int) -> int:
        typ, data = self.imap.uid("FETCH", str(uid), "(RFC822.SIZE)")
        match = re.search(rb"RFC822\.SIZE (\d+)", _first_bytes(data))
        if typ != "OK" or match is None:
            raise FetchError(FetchErrorCode.SERVER_ERROR, f"no size for UID {uid}")
        return int(match.group(1))

    def headers(self, uid: int) -> bytes:
        return self._body(uid, "BODY.PEEK[HEADER]")

    def message(self, uid: int) -> bytes:
        """The whole message, without setting \\Seen (BODY.PEEK)."""
        return self._body(uid, "BODY.PEEK[]")

    def _body(self, uid: int, what: str) -> bytes:
        typ, data = self.imap.uid("FETCH", str(uid), f"({what})")
        if typ != "OK":
            raise FetchError(FetchErrorCode.SERVER_ERROR, _text(data))
        for part in data:
            if isinstance(part, tuple) and len(part) == 2 and isinstance(part[1], bytes):
                return part[1]
        raise FetchError(FetchErrorCode.SERVER_ERROR, f"no body for UID {uid}")

    def mark(self, uid: int, keyword: str) -> None:
        """Put the keyword on a message; a server that keeps no keywords is no failure."""
        try:
            typ, data = self.imap.uid("STORE", str(uid), "+FLAGS.SILENT", f"({keyword})")
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            log.info("keyword not stored on UID %s: %s", uid, exc)
            return
        if typ != "OK":
            log.info("keyword not stored on UID %s: %s", uid, _text(data))

    def close(self) -> None:
        try:
            self.imap.logout()
        except Exception:  # the connection may already be gone; nothing left to do
            with contextlib.suppress(Exception):
                self.imap.shutdown()


def _first_bytes(data: list[object]) -> bytes:
    for part in data or []:
        if isinstance(part, bytes):
            return part
        if isinstance(part, tuple) and part and isinstance(part[0], bytes):
            return part[0]
    return b""


def _text(data: object) -> str:
    if isinstance(data, list):
        return " ".join(_text(x) for x in data)[:300]
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")[:300]
    return str(data)[:300]


def test_login(settings: ImapSettings, context_factory: ContextFactory
               ) -> tuple[bool, FetchErrorCode | None, str]:
    """Connect, secure, log in and open the folder for real; then leave."""
    try:
        session = ImapSession(settings, context_factory)
        try:
            session.select(settings.folder)
        finally:
            session.close()
    except Exception as exc:
        code, detail = classify(exc)
        if settings.password:
            detail = detail.replace(settings.password, "***")
        log.info("mailbox check of %s:%s failed: %s", settings.host, settings.port, code.value)
        return False, code, detail[:300]
    log.info("mailbox check of %s:%s succeeded", settings.host, settings.port)
    return True, None, ""


test_login.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def with_timeout(settings: ImapSettings, seconds: float) -> ImapSettings:
    return replace(settings, timeout=min(settings.timeout, seconds))
