"""Reading one untrusted message: headers, the plain-text body (an HTML-only letter as its
text, never rendered), attachments within their limits. ``read_message`` never raises: a
message it cannot read comes back with the reason it is ignored. No I/O.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import logging
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from ocop_desktop.domain.inbox import (
    MAX_ATTACHMENT_BYTES,
    MAX_BODY_CHARS,
    MAX_PARTS,
    REPLY_HASH_HEADER,
    REPLY_HEADER,
    REPLY_REASON_HEADER,
    REPORT_HASH_HEADER,
    IgnoreReason,
    ReplyKind,
    synthetic_message_id,
)
from ocop_desktop.domain.validation import valid_email
from ocop_desktop.operations.clock import iso

log = logging.getLogger(__name__)

MAX_REASON = 1000


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
            parsed.sent_at = iso(moment)
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
