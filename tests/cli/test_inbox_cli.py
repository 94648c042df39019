"""``ocop-desktop inbox``: fetch, list, accept, return — against Dovecot and aiosmtpd on
127.0.0.1, with the mailboxes given by environment variables as a script would."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ocop_desktop.domain.records import Role
from tests.cli.runner import run
from tests.exchange_helpers import Installations, log
from tests.imapserver import OFFICE_PASSWORD, OFFICE_USER, Dovecot
from tests.mailserver import MailServer

JUNE = dt.date(2021, 6, 21)
STATION_MAIL = "xa.hoangdong@example.org"
USERS = {OFFICE_USER: OFFICE_PASSWORD, STATION_MAIL: "Mật-khẩu-xã"}
FIELDS = {"id", "message_id", "from", "file", "sender", "period", "state", "new", "changed",
          "removed", "error"}


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def env(mailbox: Dovecot, relay: MailServer, user: str) -> dict[str, str]:
    return {"OCOP_IMAP_HOST": "127.0.0.1", "OCOP_IMAP_PORT": str(mailbox.port),
            "OCOP_IMAP_SECURITY": "none", "OCOP_IMAP_USER": user,
            "OCOP_IMAP_PASSWORD": mailbox.users[user], "OCOP_SMTP_HOST": "127.0.0.1",
            "OCOP_SMTP_PORT": str(relay.port), "OCOP_SMTP_SECURITY": "none",
            "OCOP_SMTP_FROM": user}


def ok(db: Path, *args: str, env: dict[str, str]) -> str:
    result = run(db, *args, env=env)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def refused(db: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = run(db, *args, env=env)
    assert result.exit_code != 0, (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def deliver(relay: MailServer, mailbox: Dovecot, start: int) -> int:
    for received in relay.received[start:]:
        for rcpt in received.rcpt_tos:
            mailbox.append(rcpt, received.raw)
    return len(relay.received)


def test_fetch_list_return_accept_and_the_station_hears_back(
        places: Installations, dovecot: Callable[..., Dovecot],
        mail_server: Callable[..., MailServer]) -> None:
    mailbox = dovecot(users=USERS)
    relay = mail_server()
    station = places.make("05986", Role.STATION)
    office = places.make("178")
    station_db, office_db = places.folder / "05986.sqlite", places.folder / "178.sqlite"
    station_env = env(mailbox, relay, STATION_MAIL)
    office_env = env(mailbox, relay, OFFICE_USER)
    log(station, 2, date=JUNE)
    first = places.export(station, "2021-06")
    ok(station_db, "outbox", "add", str(first), "--to", OFFICE_USER, env=station_env)
    ok(station_db, "outbox", "send", env=station_env)
    seen = deliver(relay, mailbox, 0)

    entries = json.loads(ok(office_db, "inbox", "fetch", "--json", env=office_env))
    [entry] = entries
    assert set(entry) >= FIELDS
    assert (entry["state"], entry["from"], entry["file"], entry["sender"], entry["period"],
            entry["new"], entry["changed"], entry["removed"], entry["error"]) == (
        "waiting", STATION_MAIL, first.name, "05986", "2021-06", 2, 0, 0, None)
    assert json.loads(ok(office_db, "inbox", "fetch", "--json", env=office_env)) == []
    waiting = json.loads(ok(office_db, "inbox", "list", "--state", "waiting", "--json",
                            env=office_env))
    assert [w["id"] for w in waiting] == [entry["id"]]
    assert "chờ" in ok(office_db, "inbox", "list", env=office_env).lower()

    out = ok(office_db, "inbox", "return", str(entry["id"]), "--reason",
             "Thiếu buổi phát ngày 22/6", env=office_env)
    assert "Đã trả lại" in out
    assert office.record_count() == 0
    line = refused(office_db, "inbox", "accept", str(entry["id"]), env=office_env)
    assert "không còn chờ xử lý" in line
    ok(office_db, "outbox", "send", env=office_env)
    seen = deliver(relay, mailbox, seen)

    out = ok(station_db, "inbox", "fetch", env=station_env)
    assert "Bị trả lại: Thiếu buổi phát ngày 22/6" in out
    [report] = json.loads(ok(station_db, "report", "list", "--json", env=station_env))
    assert (report["reply"], report["reply_reason"]) == ("returned", "Thiếu buổi phát ngày 22/6")
    assert report["reply_at"]

    # Corrected and sent again: the office accepts; the station hears "received".
    log(station, 1, date=dt.date(2021, 6, 22), title="Buổi phát ngày 22/6")
    second = places.export(station, "2021-06")
    ok(station_db, "outbox", "add", str(second), "--to", OFFICE_USER, env=station_env)
    ok(station_db, "outbox", "send", env=station_env)
    seen = deliver(relay, mailbox, seen)
    [resent] = json.loads(ok(office_db, "inbox", "fetch", "--json", env=office_env))
    assert (resent["state"], resent["new"]) == ("waiting", 3)
    out = ok(office_db, "inbox", "accept", str(resent["id"]), env=office_env)
    assert "3 bản ghi mới" in out and office.record_count() == 3
    ok(office_db, "outbox", "send", env=office_env)
    deliver(relay, mailbox, seen)
    ok(station_db, "inbox", "fetch", env=station_env)
    reports = json.loads(ok(station_db, "report", "list", "--json", env=station_env))
    assert [(r["reply"], r["reply_reason"]) for r in reports] == [
        ("received", None), ("returned", "Thiếu buổi phát ngày 22/6")]
    accepted = json.loads(ok(office_db, "inbox", "list", "--state", "accepted", "--json",
                             env=office_env))
    assert [a["id"] for a in accepted] == [resent["id"]]


def test_bad_commands_say_what_is_wrong(places: Installations,
                                        dovecot: Callable[..., Dovecot]) -> None:
    places.make("178")
    db = places.folder / "178.sqlite"
    assert "Chưa cài đặt hộp thư đến" in refused(db, "inbox", "fetch")
    assert "waiting" in refused(db, "inbox", "list", "--state", "sai")
    assert "Không có mục số 99" in refused(db, "inbox", "accept", "99")
    assert "--reason" in refused(db, "inbox", "return", "1")
    mailbox = dovecot(users=USERS)
    wrong = {"OCOP_IMAP_HOST": "127.0.0.1", "OCOP_IMAP_PORT": str(mailbox.port),
             "OCOP_IMAP_SECURITY": "none", "OCOP_IMAP_USER": OFFICE_USER,
             "OCOP_IMAP_PASSWORD": "sai-mat-khau"}
    line = refused(db, "inbox", "fetch", env=wrong)
    assert "Sai tên đăng nhập hoặc mật khẩu" in line and "sai-mat-khau" not in line
