"""The inbox against a real IMAP server (Dovecot) and the real SMTP test server (aiosmtpd).

The round trip of issue 15: communes export and send through their outboxes; the SMTP server
receives the messages and they are put into the office's mailbox (IMAP APPEND); the office
fetches, accepts one and returns one; the replies go out through the office's outbox into the
communes' mailboxes; the communes fetch and see the answers; the returned one corrects and
resends; the office accepts the resend.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from ocop_desktop.domain.exchange import ExchangeError
from ocop_desktop.domain.inbox import (
    FetchErrorCode,
    IgnoreReason,
    ImapSettings,
    InboxState,
    ReplyKind,
)
from ocop_desktop.domain.outbox import MailSettings, Security, SendErrorCode
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Role
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import exchange
from ocop_desktop.operations import inbox as ib
from ocop_desktop.operations import outbox as ob
from ocop_desktop.operations.inbox import fetch as inbox_fetch
from ocop_desktop.operations.inbox import message as inbox_message
from ocop_desktop.storage.repository import Repository
from tests.exchange_helpers import Installations, log
from tests.imapserver import OFFICE_PASSWORD, OFFICE_USER, Dovecot
from tests.mailserver import MailServer

JUNE = dt.date(2021, 6, 21)
COMMUNE_A, COMMUNE_B = "05986", "05983"
MAIL_A, MAIL_B = "xa.hoangdong@example.org", "phuong.dongdang@example.org"
USERS = {OFFICE_USER: OFFICE_PASSWORD, MAIL_A: "mat-khau-A", MAIL_B: "Mật-khẩu-B"}


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def imap(server: Dovecot, user: str, **changes: object) -> ImapSettings:
    settings = ImapSettings(host="127.0.0.1", port=server.port, security=Security.NONE,
                            user=user, password=server.users[user], timeout=5.0)
    return replace(settings, **changes)  # type: ignore[arg-type]


def smtp(server: MailServer, sender: str) -> MailSettings:
    return MailSettings(host="127.0.0.1", port=server.port, security=Security.NONE,
                        sender=sender, timeout=5.0)


def deliver(smtp_server: MailServer, imap_server: Dovecot, start: int = 0) -> int:
    """Put what the SMTP server received (from ``start``) into each recipient's mailbox."""
    for received in smtp_server.received[start:]:
        for rcpt in received.rcpt_tos:
            if rcpt in imap_server.users:
                imap_server.append(rcpt, received.raw)
    return len(smtp_server.received)


def send_report(places: Installations, commune: Repository, smtp_server: MailServer,
                sender: str) -> Path:
    path = places.export(commune, "2021-06")
    ob.queue_file(commune, file=path, to=[OFFICE_USER])
    outcome = ob.send_due(commune, settings=smtp(smtp_server, sender))
    assert outcome.sent, outcome.outcomes
    return path


def states(repo: Repository) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for item in ib.inbox_items(repo):
        result.setdefault(item.state.value, []).append(item.file_name or item.reason_code)
    return result


def table_counts(repo: Repository) -> dict[str, int]:
    return {table: repo.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("inbox_items", "records", "import_batches", "outbox",
                          "report_replies")}


def test_round_trip_accept_return_replies_and_resend(
        places: Installations, dovecot: Callable[..., Dovecot],
        mail_server: Callable[..., MailServer]) -> None:
    mailbox = dovecot(users=USERS)
    relay = mail_server()
    commune_a = places.make(COMMUNE_A, Role.STATION)
    commune_b = places.make(COMMUNE_B, Role.STATION)
    office = places.make("178")
    log(commune_a, 3, date=JUNE, unit_code=COMMUNE_A)
    log(commune_b, 2, date=JUNE, unit_code=COMMUNE_B)

    send_report(places, commune_a, relay, MAIL_A)
    send_report(places, commune_b, relay, MAIL_B)
    seen = deliver(relay, mailbox)
    # And a plain letter with a photo: listed as ignored, with its reason.
    mailbox.append(OFFICE_USER, (
        "From: ai.do@example.org\r\nTo: vhtt@example.org\r\nSubject: Ảnh hội nghị\r\n"
        "Message-ID: <photo-1@example.org>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nGửi anh ảnh.\r\n--XX\r\n"
        "Content-Type: image/jpeg\r\nContent-Disposition: attachment; filename=anh.jpg\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--XX--\r\n").encode())

    settings = imap(mailbox, OFFICE_USER)
    fetched = ib.fetch_mail(office, settings=settings)
    assert fetched.error is None and fetched.messages == 3
    by_sender = {e.item.sender_code: e.item for e in fetched.entries if e.item.sender_code}
    assert set(by_sender) == {COMMUNE_A, COMMUNE_B}
    item_a, item_b = by_sender[COMMUNE_A], by_sender[COMMUNE_B]
    assert item_a.state is InboxState.WAITING and item_a.from_addr == MAIL_A
    assert (item_a.new, item_a.period_key, item_a.problems) == (3, "2021-06", ())
    assert item_a.subject.startswith("Báo cáo số") and item_a.sent_at
    [photo] = [e.item for e in fetched.entries if e.item.state is InboxState.IGNORED]
    assert (photo.reason_code, photo.file_name, photo.body.strip()) == (
        IgnoreReason.NOT_XLSX, "anh.jpg", "Gửi anh ảnh.")
    assert office.record_count() == 0  # fetching imports nothing
    # Never deleted, never marked read; marked with our keyword.
    assert mailbox.count(OFFICE_USER) == 3
    assert all("$OcopFetched" in flags and "\\Seen" not in flags
               for flags in mailbox.flags(OFFICE_USER))

    # Fetching again changes nothing; from scratch it lists every item as already seen.
    before = table_counts(office)
    again = ib.fetch_mail(office, settings=settings)
    assert (again.error, again.entries, again.messages) == (None, [], 0)
    office.db.execute("DELETE FROM inbox_positions")
    scratch = ib.fetch_mail(office, settings=settings)
    assert [e.state for e in scratch.entries] == ["seen"] * 3
    assert table_counts(office) == before

    # Accept A (imported, acknowledgement queued); return B (nothing imported).
    accepted = ib.accept_item(office, item_id=item_a.id)
    assert accepted.result.new == 3 and office.record_count() == 3
    outbox_id, _changes = ib.return_item(office, item_id=item_b.id,
                                         reason="Thiếu số liệu buổi phát ngày 21/6")
    assert office.record_count() == 3
    with pytest.raises(ValidationError):
        ib.accept_item(office, item_id=item_b.id)  # decided: no longer waiting
    ack = ob.outbox_item(office, accepted.outbox_id)  # type: ignore[arg-type]
    assert ack is not None and ack.to == (MAIL_A,)
    assert ack.body.startswith("Đã nhận và nhập báo cáo") and " lúc " in ack.body
    period = parse_period("2021-06")
    assert ib.returned_waiting_resend(office, sender_codes=[COMMUNE_A, COMMUNE_B],
                                      period_key=period.key) == {COMMUNE_B}

    # The office's outbox sends both replies; the communes fetch them.
    sent = ob.send_due(office, settings=smtp(relay, OFFICE_USER))
    assert len(sent.sent) == 2
    reply_mail = relay.received[seen]
    assert reply_mail.message["X-OCOP-Reply"] in ("received", "returned")
    assert reply_mail.message["In-Reply-To"].startswith("<")
    seen = deliver(relay, mailbox, seen)
    reply_a = ib.fetch_mail(commune_a, settings=imap(mailbox, MAIL_A))
    reply_b = ib.fetch_mail(commune_b, settings=imap(mailbox, MAIL_B))
    assert [r.kind for r in reply_a.replies] == [ReplyKind.RECEIVED]
    assert [(r.kind, r.reason) for r in reply_b.replies] == [
        (ReplyKind.RETURNED, "Thiếu số liệu buổi phát ngày 21/6")]
    assert reply_a.entries == [] and reply_b.entries == []  # replies are no inbox items
    replies_a = ib.replies(commune_a)
    replies_b = ib.replies(commune_b)
    assert [r.kind for r in replies_a.values()] == [ReplyKind.RECEIVED]
    assert [r.kind for r in replies_b.values()] == [ReplyKind.RETURNED]

    # B corrects and resends; the office fetches and accepts the resend.
    log(commune_b, 1, date=JUNE, unit_code=COMMUNE_B, title="Buổi phát ngày 21/6")
    send_report(places, commune_b, relay, MAIL_B)
    deliver(relay, mailbox, seen)
    resend = ib.fetch_mail(office, settings=settings)
    [new_b] = [e.item for e in resend.entries]
    assert (new_b.sender_code, new_b.state, new_b.new) == (COMMUNE_B, InboxState.WAITING, 3)
    assert ib.returned_waiting_resend(office, sender_codes=[COMMUNE_B],
                                      period_key=period.key) == set()
    ib.accept_item(office, item_id=new_b.id)
    assert office.record_count() == 6
    assert ib.returned_waiting_resend(office, sender_codes=[COMMUNE_B],
                                      period_key=period.key) == set()
    statuses = {s.unit.code: s.state.value for s in exchange.completeness(office,
                                                                           period=period)}
    assert statuses[COMMUNE_A] != "missing" and statuses[COMMUNE_B] != "missing"


def test_server_going_away_mid_fetch_loses_and_duplicates_nothing(
        places: Installations, dovecot: Callable[..., Dovecot]) -> None:
    mailbox = dovecot(users=USERS)
    office = places.make("178")
    for index in range(6):
        mailbox.append(OFFICE_USER, (
            f"From: xa{index}@example.org\r\nSubject: Thư {index}\r\n"
            f"Message-ID: <m{index}@example.org>\r\n\r\nThư số {index}\r\n").encode())
    settings = imap(mailbox, OFFICE_USER)

    def cut(uid: int) -> None:
        if uid == 3:
            mailbox.stop()

    first = ib.fetch_mail(office, settings=settings, after_message=cut)
    assert first.messages == 3
    assert first.error in (FetchErrorCode.DISCONNECTED, FetchErrorCode.UNREACHABLE,
                           FetchErrorCode.SERVER_ERROR)
    down = ib.fetch_mail(office, settings=settings)
    assert down.error is FetchErrorCode.UNREACHABLE and down.offline
    mailbox.start()
    second = ib.fetch_mail(office, settings=settings)
    assert second.error is None and second.messages == 3
    subjects = sorted(item.subject for item in ib.inbox_items(office))
    assert subjects == [f"Thư {index}" for index in range(6)]
    assert ib.fetch_mail(office, settings=settings).messages == 0


def test_connection_check_and_plain_failures(
        places: Installations, dovecot: Callable[..., Dovecot], ca_file: Path,
        client_context: Callable[[], object]) -> None:
    mailbox = dovecot(users=USERS)
    good = imap(mailbox, OFFICE_USER)
    assert ib.test_connection(good).ok
    tls = imap(mailbox, OFFICE_USER, security=Security.SSL, port=mailbox.tls_port)
    assert ib.test_connection(tls, context_factory=client_context).ok  # type: ignore[arg-type]
    starttls = imap(mailbox, OFFICE_USER, security=Security.STARTTLS)
    assert ib.test_connection(starttls,
                              context_factory=client_context).ok  # type: ignore[arg-type]
    # An untrusted certificate (the system store does not know the test authority).
    assert ib.test_connection(tls).code is FetchErrorCode.CERTIFICATE
    folder = imap(mailbox, OFFICE_USER, folder="Không có")
    assert ib.test_connection(folder).code is FetchErrorCode.FOLDER_NOT_FOUND
    closed = imap(mailbox, OFFICE_USER, port=1)
    assert ib.test_connection(closed).code is FetchErrorCode.UNREACHABLE
    ssl_on_plain = imap(mailbox, OFFICE_USER, security=Security.SSL)
    assert ib.test_connection(ssl_on_plain).code in (FetchErrorCode.TLS_FAILED,
                                                     FetchErrorCode.DISCONNECTED)
    # Last: Dovecot holds back the next login from this address for seconds after a failure.
    wrong = replace(good, password="sai")
    check = ib.test_connection(wrong)
    assert (check.ok, check.code) == (False, FetchErrorCode.AUTH_FAILED)
    assert "sai" not in check.detail


def test_refused_report_waits_and_cannot_be_accepted(
        places: Installations, dovecot: Callable[..., Dovecot]) -> None:
    """A report of a commune outside this office is checked exactly as the import preview
    does: it waits with the preview's refusal; accepting it imports nothing."""
    mailbox = dovecot(users=USERS)
    other = places.make("05986", Role.STATION, name="commune")
    office = places.make("180", name="other-district")
    log(other, 1, date=JUNE)
    path = places.export(other, "2021-06")
    ob.queue_file(other, file=path, to=[OFFICE_USER])
    item = ob.outbox_items(other)[0]
    message = ob.build_message(item, path.read_bytes(), MailSettings(
        host="x", sender=MAIL_A))
    mailbox.append(OFFICE_USER, message.as_bytes())
    fetched = ib.fetch_mail(office, settings=imap(mailbox, OFFICE_USER))
    [entry] = fetched.entries
    preview = exchange.preview_import(office, path=path)
    assert entry.item.state is InboxState.WAITING
    assert list(entry.item.problems) == [p.code.value for p in preview.problems]
    with pytest.raises(ExchangeError):
        ib.accept_item(office, item_id=entry.item.id)
    assert office.record_count() == 0
    assert ib.inbox_item(office, entry.item.id).state is InboxState.WAITING  # type: ignore[union-attr]


def test_automatic_acceptance_of_clean_reports(
        places: Installations, dovecot: Callable[..., Dovecot]) -> None:
    mailbox = dovecot(users=USERS)
    commune = places.make(COMMUNE_A, Role.STATION)
    office = places.make("178")
    log(commune, 2, date=JUNE)
    path = places.export(commune, "2021-06")
    ob.queue_file(commune, file=path, to=[OFFICE_USER])
    item = ob.outbox_items(commune)[0]
    mailbox.append(OFFICE_USER, ob.build_message(item, path.read_bytes(), MailSettings(
        host="x", sender=MAIL_A)).as_bytes())
    auto = imap(mailbox, OFFICE_USER, auto_accept=True)
    fetched = ib.fetch_mail(office, settings=auto)
    # The commune's first signed report: its key is new here, so a person looks first.
    [first] = fetched.entries
    assert fetched.auto_accepted == [] and first.item.warnings == ("signer_new_key",)
    assert first.item.signer_state == "new_key" and first.item.signer_fingerprint
    ib.accept_item(office, item_id=first.item.id)  # pins the key

    # Its next report, signed with the pinned key and without warnings: accepted by itself.
    log(commune, 1, date=JUNE, title="Tin bổ sung")
    path = places.export(commune, "2021-06", name="second.xlsx")
    ob.queue_file(commune, file=path, to=[OFFICE_USER])
    item = ob.outbox_items(commune)[-1]
    mailbox.append(OFFICE_USER, ob.build_message(item, path.read_bytes(), MailSettings(
        host="x", sender=MAIL_A)).as_bytes())
    fetched = ib.fetch_mail(office, settings=auto)
    assert len(fetched.auto_accepted) == 1 and office.record_count() == 3
    accepted = ib.inbox_item(office, fetched.auto_accepted[0])
    assert accepted is not None and accepted.signer_state == "pinned"
    assert accepted.state is InboxState.ACCEPTED and accepted.outbox_id is not None

    # A resend that removes a record the office has: a warning, so it waits for a person.
    from ocop_desktop import operations

    uuid = commune.db.execute("SELECT uuid FROM records LIMIT 1").fetchone()[0]
    operations.set_records_deleted(commune, uuids=[uuid], deleted=True)
    path = places.export(commune, "2021-06", name="resend.xlsx")
    ob.queue_file(commune, file=path, to=[OFFICE_USER])
    item = ob.outbox_items(commune)[-1]
    mailbox.append(OFFICE_USER, ob.build_message(item, path.read_bytes(), MailSettings(
        host="x", sender=MAIL_A)).as_bytes())
    second = ib.fetch_mail(office, settings=imap(mailbox, OFFICE_USER, auto_accept=True))
    [entry] = second.entries
    assert second.auto_accepted == [] and entry.item.warnings == ("removed",)
    assert entry.item.state is InboxState.WAITING and office.record_count() == 3


def test_no_encryption_only_to_the_local_network() -> None:
    from ocop_desktop.operations.inbox.transport import _local_address, mailbox_name

    assert _local_address("127.0.0.1") and _local_address("192.168.1.20")
    assert _local_address("10.0.0.5") and _local_address("::1")
    assert not _local_address("8.8.8.8") and not _local_address("2001:4860:4860::8888")
    assert mailbox_name("Báo cáo xã") == "B&AOE-o c&AOE-o x&AOM-"
    assert mailbox_name("A&B") == "A&-B"


def test_settings_environment_and_password_store(
        places: Installations, memory_keyring: object) -> None:
    office = places.make("178")
    settings = ImapSettings(host="imap.example.org", port=993, security=Security.SSL,
                            user=OFFICE_USER)
    ib.save_imap_settings(office, settings=settings, password=OFFICE_PASSWORD)
    stored = office.setting("imap_settings") or ""
    assert OFFICE_PASSWORD not in stored and "imap.example.org" in stored
    loaded = ib.load_imap_settings(office, environ={})
    assert loaded.password == OFFICE_PASSWORD and loaded.folder == "INBOX"
    # The SMTP password of the same account is kept apart.
    assert ob.read_password(MailSettings(host="imap.example.org", user=OFFICE_USER)) == (
        None, SendErrorCode.NO_PASSWORD)
    env = {"OCOP_IMAP_HOST": "127.0.0.1", "OCOP_IMAP_PORT": "1143",
           "OCOP_IMAP_SECURITY": "none", "OCOP_IMAP_USER": "khac@example.org",
           "OCOP_IMAP_PASSWORD": "p", "OCOP_IMAP_FOLDER": "Báo cáo"}
    over = ib.load_imap_settings(office, environ=env)
    assert (over.host, over.port, over.security, over.user, over.password, over.folder) == (
        "127.0.0.1", 1143, Security.NONE, "khac@example.org", "p", "Báo cáo")
    with pytest.raises(ValidationError) as bad:
        ib.save_imap_settings(office, settings=ImapSettings(host="", port=0, user=""))
    assert {p.field for p in bad.value.problems} == {"imap_host", "imap_port", "imap_user"}


# -- hostile mail ---------------------------------------------------------------------------

def _mime(parts: list[str], *, subject: str = "Thư", message_id: str = "<h@example.org>",
          boundary: str = "BB") -> bytes:
    head = (f"From: la@example.org\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary={boundary}\r\n\r\n")
    return (head + "".join(f"--{boundary}\r\n{part}\r\n" for part in parts) +
            f"--{boundary}--\r\n").encode("utf-8", "surrogateescape")


def _file_part(name: str, data: str = "AAAA") -> str:
    return (f"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; "
            f"filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{data}")


def test_hostile_messages_are_ignored_with_a_reason_and_never_stop_the_fetch(
        places: Installations, dovecot: Callable[..., Dovecot],
        monkeypatch: pytest.MonkeyPatch) -> None:
    mailbox = dovecot(users=USERS)
    commune = places.make(COMMUNE_A, Role.STATION)
    office = places.make("178")
    log(commune, 2, date=JUNE)
    path = places.export(commune, "2021-06")
    ob.queue_file(commune, file=path, to=[OFFICE_USER])
    good = ob.build_message(ob.outbox_items(commune)[0], path.read_bytes(),
                            MailSettings(host="x", sender=MAIL_A)).as_bytes()
    monkeypatch.setattr(inbox_fetch, "MAX_MESSAGE_BYTES", 2_000_000)
    monkeypatch.setattr(inbox_message, "MAX_ATTACHMENT_BYTES", 50_000)
    hostile = {
        # Over the size cap: only its headers are read.
        "huge": _mime([_file_part("to.xlsx", "QUFB" * 800_000)], message_id="<huge@x>"),
        # Thousands of attachments.
        "many": _mime([_file_part(f"f{i}.xlsx") for i in range(3000)], message_id="<many@x>"),
        # An attachment over its own cap.
        "big": _mime([_file_part("lon.xlsx", "QUFB" * 20_000)], message_id="<big@x>"),
        # Broken MIME: no closing boundary, garbage header lines, NUL bytes, bad base64.
        "broken": (b"From: \xff\xfe<bad@@x>\r\nSubject: =?x-unknown?B?////?=\r\n"
                   b"Message-ID: <broken@x>\r\nMIME-Version: 1.0\r\n"
                   b"Content-Type: multipart/mixed; boundary=\"Q\"\r\nX-Junk\r\n\r\n"
                   b"--Q\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n\x00\x81\xfe\r\n"
                   b"--Q\r\nContent-Disposition: attachment; filename=\"a.xlsx\"\r\n"
                   b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"),
        # An HTML-only letter with a script: kept as plain text, the script dropped.
        "html": (b"From: web@example.org\r\nSubject: =?utf-8?B?VGjGsCBIVE1M?=\r\n"
                 b"Message-ID: <html@x>\r\nMIME-Version: 1.0\r\n"
                 b"Content-Type: text/html; charset=windows-1258\r\n\r\n"
                 b"<p>Xin ch\xe0o</p><script>alert(1)</script><img src=http://x/t.png>"),
        # Not a zip at all, named .xlsx; and a workbook that is no report.
        "fake": _mime([_file_part("bao-cao.xlsx", "JVBERi0xLjQK")], message_id="<fake@x>"),
        # Deep nesting.
        "deep": ("From: d@x.org\r\nMessage-ID: <deep@x>\r\nMIME-Version: 1.0\r\n" +
                 "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n"
                         for i in range(400)) + "\r\nx\r\n").encode(),
    }
    for raw in list(hostile.values())[:4]:
        mailbox.append(OFFICE_USER, raw)
    mailbox.append(OFFICE_USER, good)
    for raw in list(hostile.values())[4:]:
        mailbox.append(OFFICE_USER, raw)

    fetched = ib.fetch_mail(office, settings=imap(mailbox, OFFICE_USER))
    assert fetched.error is None and fetched.messages == len(hostile) + 1
    items = ib.inbox_items(office)
    by_message = {i.message_id: i for i in items if i.state is InboxState.IGNORED}
    assert by_message["<huge@x>"].reason_code == IgnoreReason.MESSAGE_TOO_LARGE
    assert by_message["<huge@x>"].body == ""
    assert by_message["<many@x>"].reason_code == IgnoreReason.TOO_MANY_PARTS
    assert by_message["<big@x>"].reason_code == IgnoreReason.ATTACHMENT_TOO_LARGE
    assert by_message["<fake@x>"].reason_code == IgnoreReason.NOT_A_REPORT
    assert by_message["<deep@x>"].reason_code == IgnoreReason.TOO_MANY_PARTS
    broken = by_message["<broken@x>"]
    assert broken.reason_code in (IgnoreReason.NOT_A_REPORT, IgnoreReason.MALFORMED)
    assert "\x00" not in broken.body
    html_item = by_message["<html@x>"]
    assert html_item.reason_code == IgnoreReason.NO_ATTACHMENT
    assert "Xin chào" in html_item.body and "<" not in html_item.body
    assert "alert" not in html_item.body and html_item.subject == "Thư HTML"
    [waiting] = [i for i in items if i.state is InboxState.WAITING]
    assert waiting.sender_code == COMMUNE_A and waiting.new == 2
    assert len(items) == len(hostile) + 1
    # Everything is marked as fetched, nothing deleted.
    assert mailbox.count(OFFICE_USER) == len(hostile) + 1
    assert all("$OcopFetched" in flags for flags in mailbox.flags(OFFICE_USER))


def test_read_message_never_raises() -> None:
    for raw in (b"", b"\x00" * 100, b"Content-Type: multipart/mixed\r\n\r\nno boundary",
                b"Subject: =?utf-8?Q?=E0?=\r\n\r\n", bytes(range(256)) * 20,
                b"From: <<<>>>\r\nDate: 99 Foo 20000 99:99:99 +9999\r\n\r\nx"):
        parsed = ib.read_message(raw)
        assert parsed.message_id.startswith("<")
