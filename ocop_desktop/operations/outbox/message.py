"""The letter: the texts the "Gửi…" dialog starts from (``Draft``), and the message that goes
to the server (``build_message``), whose Message-ID is the item's own so that a resend is
the same message to the receiver.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr
from pathlib import Path

from ocop_desktop import __version__
from ocop_desktop.domain.outbox import MailSettings, OutboxItem, split_addresses
from ocop_desktop.domain.reporting import subject_text
from ocop_desktop.operations.clock import current
from ocop_desktop.operations.outbox import register
from ocop_desktop.storage.repository import Repository

MAX_SUBJECT = 300
MAX_BODY = 20_000
MAX_ATTACHMENT = 50 * 1024 * 1024  # beyond what any mail server accepts; refuse early
FALLBACK_MSGID_DOMAIN = "ocop-desktop.local"


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
    message["Date"] = format_datetime(current(now).astimezone())
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


def msgid_domain(settings: MailSettings) -> str:
    domain = settings.sender.rpartition("@")[2].strip().lower()
    try:
        domain = domain.encode("idna").decode("ascii") if domain else ""
    except UnicodeError:
        domain = ""
    return domain if re.fullmatch(r"[a-z0-9.\-]+\.[a-z0-9\-]+", domain) else \
        FALLBACK_MSGID_DOMAIN


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


def draft_for_report(repo: Repository, *, report_id: int) -> Draft:
    """The "Gửi…" dialog's starting point: the receiving body from settings, a Vietnamese
    subject and body naming the unit, the period and the number, and the report file."""
    ref = register.get(repo, report_id)
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
