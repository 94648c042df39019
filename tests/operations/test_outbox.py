"""The outbox against a real SMTP server on 127.0.0.1 (aiosmtpd), with and without TLS/AUTH."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import socket
import ssl
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from ocop_desktop.domain.outbox import (
    MailSettings,
    OutboxItem,
    OutboxStatus,
    Security,
    SendErrorCode,
    backoff,
)
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.operations import outbox as ob
from ocop_desktop.storage.database import database_file
from ocop_desktop.storage.outbox import OutboxStore, SendLock
from ocop_desktop.storage.repository import Repository
from tests.mailserver import PASSWORD, USER, MailServer, MemoryKeyring

T0 = dt.datetime(2021, 7, 5, 8, 0, tzinfo=dt.UTC)
SUBJECT = "Báo cáo số 12/BC-UBND: kết quả tuyên truyền tháng 6 năm 2021 — Xã Hoàng Đồng"


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "Báo cáo tháng 06-2021.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 400)  # binary, ~100 kB
    return path


def settings_for(server: MailServer, **changes: object) -> MailSettings:
    base = MailSettings(host="127.0.0.1", port=server.port, security=Security(server.tls),
                        sender="daitruyenthanh@hoangdong.example.org", timeout=3.0)
    if server.auth:
        base = replace(base, user=USER, password=PASSWORD)
    return replace(base, **changes)  # type: ignore[arg-type]


def queue(repo: Repository, file: Path, **kwargs: object) -> int:
    values: dict[str, object] = {"to": "vhtt@example.org, lanhdao@example.org",
                                 "cc": "luu@example.org", "subject": SUBJECT,
                                 "body": "Kính gửi: Phòng Văn hóa và Thông tin.\nXin gửi báo cáo.",
                                 "now": T0}
    values.update(kwargs)
    item_id, _changes = ob.queue_file(repo, file=file, **values)  # type: ignore[arg-type]
    return item_id


def item(repo: Repository, item_id: int) -> OutboxItem:
    found = OutboxStore(repo.db).item(item_id)
    assert found is not None
    return found


@pytest.mark.parametrize("tls", ["none", "starttls", "ssl"])
def test_message_arrives_with_headers_and_intact_attachment(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer],
        server_context: ssl.SSLContext, client_context: Callable[[], ssl.SSLContext],
        tls: str) -> None:
    server = mail_server(tls=tls, auth=True, server_context=server_context)
    item_id = queue(station, report_file)
    queued = item(station, item_id)
    assert queued.status is OutboxStatus.QUEUED and queued.message_id.endswith(
        "@hoangdong.example.org>") is False  # no sender configured yet: fallback domain

    result = ob.send_due(station, settings=settings_for(server), now=T0,
                         context_factory=client_context)

    assert result.sent == [item_id]
    assert server.logins == [True]
    [got] = server.received
    message = got.message
    assert message["To"] == "vhtt@example.org, lanhdao@example.org"
    assert message["Cc"] == "luu@example.org"
    assert message["Subject"] == SUBJECT
    assert message["Message-ID"] == queued.message_id
    assert sorted(got.rcpt_tos) == ["lanhdao@example.org", "luu@example.org",
                                    "vhtt@example.org"]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == report_file.name
    data = attachment.get_content()
    assert hashlib.sha256(data).hexdigest() == hashlib.sha256(
        report_file.read_bytes()).hexdigest() == queued.file_sha256
    assert message["X-OCOP-Hash"] == queued.file_sha256
    assert "Xin gửi báo cáo." in message.get_body(("plain",)).get_content()

    sent = item(station, item_id)
    assert sent.status is OutboxStatus.SENT and sent.attempts == 1 and sent.sent_at
    [proof] = ob.deliveries(station, outbox_id=item_id)
    assert proof.message_id == queued.message_id
    assert proof.file_sha256 == queued.file_sha256
    assert "vhtt@example.org" in proof.recipients and proof.at == sent.sent_at
    assert OutboxStore(station.db).attachment(item_id) is None  # snapshot dropped, hash kept


def test_snapshot_is_sent_even_if_the_file_changes(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    original = hashlib.sha256(report_file.read_bytes()).hexdigest()
    item_id = queue(station, report_file)
    report_file.write_bytes(b"re-exported meanwhile")
    ob.send_due(station, settings=settings_for(server), now=T0)
    [attachment] = list(server.received[0].message.iter_attachments())
    assert hashlib.sha256(attachment.get_content()).hexdigest() == original
    assert item(station, item_id).status is OutboxStatus.SENT


def test_server_down_stays_queued_with_backoff_then_sent_once(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    port = socket.socket()
    port.bind(("127.0.0.1", 0))
    number = port.getsockname()[1]
    port.close()  # nothing listens there now
    first, second = queue(station, report_file), queue(station, report_file, to="a@example.org")
    down = MailSettings(host="127.0.0.1", port=number, security=Security.NONE,
                        sender="dai@example.org", timeout=2.0)

    result = ob.send_due(station, settings=down, now=T0)

    assert result.sent == [] and result.offline
    for item_id in (first, second):
        waiting = item(station, item_id)
        assert waiting.status is OutboxStatus.QUEUED
        assert waiting.error_code is SendErrorCode.UNREACHABLE
        assert waiting.attempts == 1
        assert waiting.next_attempt_at == (T0 + backoff(1)).isoformat(timespec="microseconds")
    # Not due before the back-off has passed: nothing is tried.
    assert ob.send_due(station, settings=down, now=T0 + dt.timedelta(seconds=5)).outcomes == []
    assert item(station, first).attempts == 1
    # Second failure doubles the wait.
    ob.send_due(station, settings=down, now=T0 + backoff(1))
    assert item(station, first).attempts == 2
    assert item(station, first).next_attempt_at == (
        T0 + backoff(1) + backoff(2)).isoformat(timespec="microseconds")
    assert backoff(2) == 2 * backoff(1) and backoff(50) == dt.timedelta(hours=1)

    server = MailServer(port=number).start()
    try:
        later = T0 + dt.timedelta(hours=2)
        assert sorted(ob.send_due(station, settings=down, now=later).sent) == [first, second]
        assert ob.send_due(station, settings=down, now=later).outcomes == []
        assert len(server.received) == 2  # each sent exactly once
        assert item(station, first).status is OutboxStatus.SENT
        assert item(station, first).attempts == 3
    finally:
        server.stop()


def test_network_back_makes_waiting_items_due(station: Repository, report_file: Path) -> None:
    item_id = queue(station, report_file)
    with station.db.atomic():
        OutboxStore(station.db).mark_error(
            item_id, status=OutboxStatus.QUEUED, code=SendErrorCode.UNREACHABLE, detail="",
            next_attempt_at=(T0 + dt.timedelta(hours=1)).isoformat(), stamp=None,
            at=T0.isoformat())
    assert ob.make_waiting_due(station, now=T0) == 1
    assert item(station, item_id).next_attempt_at == T0.isoformat(timespec="microseconds")


def test_auth_failure_is_clear_and_does_not_loop(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer],
        server_context: ssl.SSLContext, client_context: Callable[[], ssl.SSLContext],
        memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = mail_server(tls="starttls", auth=True, server_context=server_context)
    ob.save_mail_settings(station, settings=settings_for(server, password=None),
                          password="sai-mat-khau")
    first, second = queue(station, report_file), queue(station, report_file)

    settings = ob.load_mail_settings(station, environ={})
    result = ob.send_due(station, settings=settings, now=T0, context_factory=client_context)

    assert [o.code for o in result.outcomes] == [SendErrorCode.AUTH_FAILED] * 2
    assert server.logins == [False]  # one login attempt for the whole run
    failed = item(station, first)
    assert failed.status is OutboxStatus.FAILED and failed.next_attempt_at is None
    assert failed.error_detail.startswith("535")
    from ocop_desktop.texts.problem_texts import send_error_text

    assert "mật khẩu" in send_error_text(failed.error_code)  # type: ignore[arg-type]
    # Hours later, still not retried by itself: no endless loop against the server.
    for hours in (1, 5, 48):
        later = T0 + dt.timedelta(hours=hours)
        assert ob.send_due(station, settings=settings, now=later,
                           context_factory=client_context).outcomes == []
    assert server.logins == [False]

    # The user fixes the password: the items go by themselves, once.
    ob.save_mail_settings(station, settings=ob.stored_mail_settings(station), password=PASSWORD)
    fixed = ob.load_mail_settings(station, environ={})
    assert fixed.stamp() != settings.stamp()
    result = ob.send_due(station, settings=fixed, now=T0 + dt.timedelta(days=3),
                         context_factory=client_context)
    assert sorted(result.sent) == [first, second] and len(server.received) == 2

    text = "\n".join(record.getMessage() for record in caplog.records)
    assert PASSWORD not in text and "sai-mat-khau" not in text
    assert "Xin gửi báo cáo" not in text  # no message body in logs


def test_send_now_retries_an_auth_failure_without_settings_change(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server(auth=True)
    item_id = queue(station, report_file)
    wrong = settings_for(server, password="wrong")
    ob.send_due(station, settings=wrong, now=T0)
    assert item(station, item_id).status is OutboxStatus.FAILED
    ob.send_now(station, item_id=item_id, now=T0)
    assert item(station, item_id).status is OutboxStatus.QUEUED
    ob.send_due(station, settings=settings_for(server), now=T0)
    assert item(station, item_id).status is OutboxStatus.SENT


@pytest.mark.parametrize(("case", "code"), [
    ("refused", SendErrorCode.UNREACHABLE),
    ("silent", SendErrorCode.TIMEOUT),
    ("untrusted", SendErrorCode.CERTIFICATE),
    ("wrong_mode", SendErrorCode.TLS_FAILED),
    ("no_name", SendErrorCode.HOST_NOT_FOUND),
    ("no_password", SendErrorCode.NO_PASSWORD),
    ("not_configured", SendErrorCode.NOT_CONFIGURED),
])
def test_connection_failures_are_classified(
        mail_server: Callable[..., MailServer], server_context: ssl.SSLContext,
        case: str, code: SendErrorCode) -> None:
    silent = socket.socket()
    try:
        if case == "refused":
            settings = MailSettings(host="127.0.0.1", port=MailServer().port,
                                    security=Security.NONE, sender="a@example.org", timeout=2)
        elif case == "silent":  # accepts the connection, never greets
            silent.bind(("127.0.0.1", 0))
            silent.listen(1)
            settings = MailSettings(host="127.0.0.1", port=silent.getsockname()[1],
                                    security=Security.NONE, sender="a@example.org", timeout=0.5)
        elif case == "untrusted":  # a certificate the system does not trust
            server = mail_server(tls="ssl", server_context=server_context)
            settings = settings_for(server)
        elif case == "wrong_mode":  # SSL spoken to a plain port
            server = mail_server()
            settings = settings_for(server, security=Security.SSL)
        elif case == "no_name":
            settings = MailSettings(host="khong-co-may-chu.invalid", port=25,
                                    security=Security.NONE, sender="a@example.org", timeout=2)
        elif case == "no_password":
            server = mail_server(auth=True)
            settings = settings_for(server, password=None)
        else:
            settings = MailSettings()
        check = ob.test_connection(settings)
    finally:
        silent.close()
    assert not check.ok
    assert check.code is code, check.detail


def test_connection_check_logs_in_for_real(
        mail_server: Callable[..., MailServer], server_context: ssl.SSLContext,
        client_context: Callable[[], ssl.SSLContext]) -> None:
    server = mail_server(tls="ssl", auth=True, server_context=server_context)
    assert ob.test_connection(settings_for(server), context_factory=client_context).ok
    wrong = ob.test_connection(settings_for(server, password="x"),
                               context_factory=client_context)
    assert wrong.code is SendErrorCode.AUTH_FAILED
    assert server.logins == [True, False] and server.received == []


def test_recipient_refused_is_permanent(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    server.handler.refuse = {"vhtt@example.org", "lanhdao@example.org", "luu@example.org"}
    item_id = queue(station, report_file)
    result = ob.send_due(station, settings=settings_for(server), now=T0)
    assert result.outcomes[0].code is SendErrorCode.RECIPIENT_REFUSED
    failed = item(station, item_id)
    assert failed.status is OutboxStatus.FAILED and "vhtt@example.org" in failed.error_detail
    assert ob.send_due(station, settings=settings_for(server),
                       now=T0 + dt.timedelta(days=1)).outcomes == []


def test_partly_refused_is_sent_with_a_note(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    server.handler.refuse = {"luu@example.org"}
    item_id = queue(station, report_file)
    ob.send_due(station, settings=settings_for(server), now=T0)
    sent = item(station, item_id)
    assert sent.status is OutboxStatus.SENT
    assert sent.error_code is SendErrorCode.RECIPIENT_REFUSED
    [proof] = ob.deliveries(station, outbox_id=item_id)
    assert "luu@example.org" not in proof.recipients


def test_temporary_server_error_waits(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    server.handler.reply = "451 4.3.0 Try again later"
    item_id = queue(station, report_file)
    ob.send_due(station, settings=settings_for(server), now=T0)
    waiting = item(station, item_id)
    assert waiting.status is OutboxStatus.QUEUED
    assert waiting.error_code is SendErrorCode.SERVER_TEMPORARY


def test_interrupted_item_is_retried_with_the_same_message_id(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    item_id = queue(station, report_file)
    store = OutboxStore(station.db)
    with station.db.atomic():  # what a crash after the claim leaves behind
        assert store.claim(item_id, at=T0.isoformat())
    message_id = item(station, item_id).message_id
    result = ob.send_due(station, settings=settings_for(server), now=T0)
    assert result.recovered == [item_id] and result.sent == [item_id]
    assert server.received[0].message["Message-ID"] == message_id
    assert item(station, item_id).attempts == 2


def test_another_sender_holds_the_lock(station: Repository, report_file: Path) -> None:
    queue(station, report_file)
    lock = SendLock(database_file(station.db))
    lock.acquire()
    try:
        result = ob.send_due(station, settings=MailSettings(), now=T0)
        assert result.busy and result.outcomes == []
        assert ob.recover_interrupted(station) == []
    finally:
        lock.release()


def test_cancel(station: Repository, report_file: Path,
                mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    item_id = queue(station, report_file)
    ob.cancel_item(station, item_id=item_id, now=T0)
    assert item(station, item_id).status is OutboxStatus.CANCELLED
    assert ob.send_due(station, settings=settings_for(server), now=T0, force=True).outcomes == []
    with pytest.raises(ValidationError) as info:
        ob.cancel_item(station, item_id=item_id)
    assert info.value.problems[0].code is ProblemCode.NOT_CANCELLABLE
    with pytest.raises(ValidationError) as info:
        ob.cancel_item(station, item_id=999)
    assert info.value.problems[0].code is ProblemCode.NOT_FOUND
    assert server.received == []


def test_bad_input_writes_nothing(station: Repository, report_file: Path,
                                  tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        ob.queue_file(station, file=tmp_path / "nope.xlsx", to="khong-phai-dia-chi",
                      cc="x@example.org", subject="")
    codes = {(p.field, p.code) for p in info.value.problems}
    assert codes == {("file", ProblemCode.FILE_NOT_FOUND), ("to", ProblemCode.BAD_EMAIL),
                     ("subject", ProblemCode.REQUIRED)}
    with pytest.raises(ValidationError) as info:
        ob.queue_file(station, file=report_file, to="")
    assert {p.code for p in info.value.problems} == {ProblemCode.REQUIRED}
    assert ob.outbox_items(station) == []


def test_default_draft_uses_installation(station: Repository, report_file: Path) -> None:
    item_id, _ = ob.queue_file(station, file=report_file, to="vhtt@example.org")
    queued = item(station, item_id)
    assert "Phòng Văn hóa và Thông tin" in queued.body
    assert report_file.name in queued.subject


# -- settings and the password ----------------------------------------------------------

def test_password_lives_in_the_keyring_only(
        station: Repository, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    settings = MailSettings(host="smtp.example.org", port=465, security=Security.SSL,
                            user=USER, sender="dai@example.org")
    ob.save_mail_settings(station, settings=settings, password=PASSWORD)
    assert memory_keyring.passwords == {("OCOP Desktop", f"{USER}@smtp.example.org"): PASSWORD}
    loaded = ob.load_mail_settings(station, environ={})
    assert loaded.password == PASSWORD and loaded.host == "smtp.example.org"
    assert PASSWORD not in repr(loaded)
    station.db.conn.commit()
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes(), file


def test_environment_overrides(station: Repository, memory_keyring: MemoryKeyring) -> None:
    ob.save_mail_settings(station, settings=MailSettings(
        host="smtp.example.org", port=587, user="u", sender="dai@example.org"))
    env = {"OCOP_SMTP_HOST": "mail.tinh.example.org", "OCOP_SMTP_SECURITY": "ssl",
           "OCOP_SMTP_USER": "robot", "OCOP_SMTP_PASSWORD": "p4ss",
           "OCOP_SMTP_FROM": "robot@tinh.example.org"}
    loaded = ob.load_mail_settings(station, environ=env)
    assert (loaded.host, loaded.port, loaded.security, loaded.user, loaded.sender,
            loaded.password) == ("mail.tinh.example.org", 465, Security.SSL, "robot",
                                 "robot@tinh.example.org", "p4ss")
    assert ob.load_mail_settings(station, environ=env | {"OCOP_SMTP_PORT": "2525"}).port == 2525


def test_no_keyring_is_reported_clearly(station: Repository, no_keyring: None) -> None:
    settings = MailSettings(host="smtp.example.org", user=USER, sender="dai@example.org")
    assert not ob.keyring_available()
    with pytest.raises(ValidationError) as info:
        ob.save_mail_settings(station, settings=settings, password=PASSWORD)
    assert [(p.field, p.code) for p in info.value.problems] == [
        ("password", ProblemCode.NO_KEYRING)]
    assert ob.stored_mail_settings(station).host == ""  # nothing written
    ob.save_mail_settings(station, settings=settings)  # without a password it saves
    loaded = ob.load_mail_settings(station, environ={})
    assert loaded.password is None
    assert loaded.password_problem is SendErrorCode.KEYRING_UNAVAILABLE
    check = ob.test_connection(loaded)
    assert check.code is SendErrorCode.KEYRING_UNAVAILABLE


def test_bad_settings(station: Repository) -> None:
    with pytest.raises(ValidationError) as info:
        ob.save_mail_settings(station, settings=MailSettings(host="", port=70000,
                                                             sender="khong hop le"))
    assert {(p.field, p.code) for p in info.value.problems} == {
        ("host", ProblemCode.REQUIRED), ("port", ProblemCode.TOO_LARGE),
        ("sender", ProblemCode.BAD_EMAIL)}


def test_queue_state_survives_reopening(tmp_path: Path, report_file: Path) -> None:
    from ocop_desktop.storage.database import open_database

    path = tmp_path / "reopen.sqlite"
    first = Repository(open_database(path))
    item_id, _ = ob.queue_file(first, file=report_file, to="vhtt@example.org", now=T0)
    message_id = item(first, item_id).message_id
    first.db.close()
    second = Repository(open_database(path))
    try:
        again = item(second, item_id)
        assert again.status is OutboxStatus.QUEUED and again.message_id == message_id
        assert OutboxStore(second.db).attachment(item_id) == report_file.read_bytes()
    finally:
        second.db.close()


# -- the report register ----------------------------------------------------------------

def register_report(repo: Repository, file: Path) -> int:
    from ocop_desktop.domain.reporting import ReportEntry
    from ocop_desktop.storage.reports import ReportStore

    entry = ReportEntry(
        year=2021, number=5, symbol="BC-UBND", issued_on=dt.date(2021, 7, 5),
        sender_code="05986", period_key="2021-06", period_start=dt.date(2021, 6, 1),
        period_end=dt.date(2021, 6, 30), scope=None, file_path=str(file),
        file_hash=hashlib.sha256(file.read_bytes()).hexdigest(), data_hash="x" * 64,
        record_count=3, generated_at="2021-07-05T08:00:00+07:00",
        created_at="2021-07-05T01:00:00+00:00")
    with repo.db.atomic():
        return ReportStore(repo.db).insert_report(entry)


def report_row(repo: Repository, report_id: int) -> dict[str, object]:
    return dict(next(repo.db.query("SELECT status, sent_at, sent_to FROM reports WHERE id = ?",
                                   [report_id])))


def test_report_draft_send_and_proof(
        station: Repository, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    report_id = register_report(station, report_file)
    draft = ob.draft_for_report(station, report_id=report_id)
    assert draft.to == ("vhtt@example.org",)
    assert draft.subject == ("Báo cáo số 05/BC-UBND: kết quả tuyên truyền tháng 6 năm 2021"
                             " — Xã Hoàng Đồng")
    assert draft.body.startswith("Kính gửi: Phòng Văn hóa và Thông tin.")
    assert "từ ngày 01/06/2021 đến ngày 30/06/2021" in draft.body
    assert draft.file == report_file and not ob.report_file_changed(station,
                                                                     report_id=report_id)

    item_id, changes = ob.queue_report(station, report_id=report_id, to=draft.to,
                                       cc="luu@example.org", subject=draft.subject,
                                       body=draft.body, now=T0)
    assert report_row(station, report_id)["status"] == "queued"
    ob.send_due(station, settings=settings_for(server), now=T0)

    row = report_row(station, report_id)
    assert row["status"] == "sent" and row["sent_at"] == item(station, item_id).sent_at
    assert row["sent_to"] == "vhtt@example.org, luu@example.org"
    [proof] = ob.deliveries(station, report_id=report_id)
    assert proof.message_id == server.received[0].message["Message-ID"]
    assert proof.file_sha256 == hashlib.sha256(report_file.read_bytes()).hexdigest()


def test_cancelling_the_only_item_puts_the_report_back(
        station: Repository, report_file: Path) -> None:
    report_id = register_report(station, report_file)
    item_id, _ = ob.queue_report(station, report_id=report_id, to="vhtt@example.org",
                                 subject="Báo cáo", body="")
    ob.cancel_item(station, item_id=item_id)
    assert report_row(station, report_id)["status"] == "exported"


def test_save_copy_to_usb_records_hand_over(
        station: Repository, report_file: Path, tmp_path: Path) -> None:
    report_id = register_report(station, report_file)
    usb = tmp_path / "USB"
    usb.mkdir()
    copy, _ = ob.save_copy(station, report_id=report_id, folder=usb, now=T0)
    assert copy == usb / report_file.name
    assert copy.read_bytes() == report_file.read_bytes()
    assert [p.name for p in usb.iterdir()] == [report_file.name]  # no temporary left
    row = report_row(station, report_id)
    assert row["status"] == "handed_over" and row["sent_to"] == str(copy)
    again, _ = ob.save_copy(station, report_id=report_id, folder=usb)
    assert again == copy and len(list(usb.iterdir())) == 1
    [first, second] = ob.deliveries(station, report_id=report_id)
    assert first.method.value == "copy" and first.destination == str(copy)
    with pytest.raises(ValidationError) as info:
        ob.save_copy(station, report_id=report_id, folder=tmp_path / "khong-co")
    assert info.value.problems[0].code is ProblemCode.FILE_NOT_FOUND


def test_mark_handed_over(station: Repository, report_file: Path) -> None:
    report_id = register_report(station, report_file)
    with pytest.raises(ValidationError):
        ob.mark_handed_over(station, report_id=report_id, to=" ")
    ob.mark_handed_over(station, report_id=report_id, to="Zalo nhóm Phòng VHTT",
                        note="gửi lúc mất mạng", now=T0)
    row = report_row(station, report_id)
    assert row["status"] == "handed_over" and row["sent_to"] == "Zalo nhóm Phòng VHTT"
    [proof] = ob.deliveries(station, report_id=report_id)
    assert proof.method.value == "hand" and proof.note == "gửi lúc mất mạng"
    with pytest.raises(ValidationError) as info:
        ob.mark_handed_over(station, report_id=999, to="x")
    assert info.value.problems[0].code is ProblemCode.NOT_FOUND


def test_a_registered_report_added_as_a_file_is_that_report(
        station: Repository, report_file: Path) -> None:
    """``outbox add FILE`` with a file the app exported: the register line is linked."""
    report_id = register_report(station, report_file)
    item_id, _changes = ob.queue_file(station, file=report_file, to="vhtt@example.org", now=T0)
    queued = item(station, item_id)
    assert queued.report_id == report_id
    assert queued.subject.startswith("Báo cáo số 05/BC-UBND")
    assert report_row(station, report_id)["status"] == "queued"
    other = report_file.with_name("khac.xlsx")
    other.write_bytes(report_file.read_bytes() + b"\0")
    other_id, _changes = ob.queue_file(station, file=other, to="vhtt@example.org", now=T0)
    assert item(station, other_id).report_id is None


@pytest.mark.parametrize("char", ["\u2028", "\x1b", "\n", "\u202e"])
def test_a_subject_with_a_control_character_is_refused_at_queue_time(
        station: Repository, report_file: Path, char: str) -> None:
    # Issue 10: it used to be queued, then fail at send as "lỗi không xác định".
    with pytest.raises(ValidationError) as info:
        ob.queue_file(station, file=report_file, to="vhtt@example.org",
                      subject=f"Báo cáo tháng 6{char}Bcc: x@example.org", body="Kính gửi")
    [problem] = info.value.problems
    assert (problem.field, problem.code) == ("subject", ProblemCode.CONTROL_CHARACTER)
    assert station.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
