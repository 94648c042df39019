"""``ocop-desktop outbox``: add, send, list, cancel — against aiosmtpd on 127.0.0.1, including
a sending process killed with SIGKILL in the middle of the DATA exchange."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ocop_desktop.cli import main
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.outbox import OutboxStore
from tests.mailserver import PASSWORD, USER, MailServer, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "Báo cáo quý II-2021.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(50_000))
    return path


def smtp_env(server: MailServer | None, *, port: int | None = None) -> dict[str, str]:
    env = {"OCOP_SMTP_HOST": "127.0.0.1",
           "OCOP_SMTP_PORT": str(server.port if server else port),
           "OCOP_SMTP_SECURITY": "none", "OCOP_SMTP_FROM": "dai@hoangdong.example.org"}
    if server is not None and server.auth:
        env |= {"OCOP_SMTP_USER": USER, "OCOP_SMTP_PASSWORD": PASSWORD}
    return env


def run(db: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), "outbox", *args], env=env)


def listing(db: Path) -> list[dict[str, object]]:
    result = run(db, "list", "--json")
    assert result.exit_code == 0, result.output
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_add_send_list(tmp_path: Path, report_file: Path,
                       mail_server: Callable[..., MailServer]) -> None:
    db = tmp_path / "cli.sqlite"
    server = mail_server(auth=True)
    added = run(db, "add", str(report_file), "--to", "vhtt@example.org, ld@example.org",
                "--to", "so@example.org", "--cc", "luu@example.org")
    assert added.exit_code == 0, added.output
    assert "mục số 1" in added.stdout
    [item] = listing(db)
    assert {"id", "status", "to", "file", "attempts", "error", "message_id"} <= set(item)
    assert item["status"] == "queued" and item["attempts"] == 0 and item["error"] is None
    assert item["to"] == ["vhtt@example.org", "ld@example.org", "so@example.org"]
    assert item["file"] == str(report_file.resolve())

    sent = run(db, "send", env=smtp_env(server))
    assert sent.exit_code == 0, sent.output
    assert "đã gửi" in sent.stdout
    [item] = listing(db)
    assert item["status"] == "sent" and item["attempts"] == 1
    assert server.received[0].message["Message-ID"] == item["message_id"]
    assert sorted(server.received[0].rcpt_tos) == sorted(
        ["vhtt@example.org", "ld@example.org", "so@example.org", "luu@example.org"])
    assert PASSWORD not in sent.output
    text = run(db, "list")
    assert "Đã gửi" in text.stdout and report_file.name in text.stdout
    again = run(db, "send", env=smtp_env(server))
    assert again.exit_code == 0 and len(server.received) == 1


def test_send_exits_non_zero_while_something_is_left(
        tmp_path: Path, report_file: Path, mail_server: Callable[..., MailServer]) -> None:
    db = tmp_path / "cli.sqlite"
    run(db, "add", str(report_file), "--to", "vhtt@example.org")
    port = free_port()
    down = run(db, "send", env=smtp_env(None, port=port))
    assert down.exit_code == 1
    assert "Không kết nối được với máy chủ thư" in down.stderr
    assert "Còn 1 thư chưa gửi" in down.stderr
    [item] = listing(db)
    assert item["status"] == "queued" and item["error"] == "unreachable"
    assert item["attempts"] == 1
    # "send" ignores the back-off: the server is back, the item goes at once.
    server = MailServer(port=port).start()
    try:
        up = run(db, "send", env=smtp_env(server))
        assert up.exit_code == 0, up.output
        assert len(server.received) == 1
    finally:
        server.stop()


def test_auth_failure_message_and_cancel(tmp_path: Path, report_file: Path,
                                         mail_server: Callable[..., MailServer]) -> None:
    db = tmp_path / "cli.sqlite"
    server = mail_server(auth=True)
    run(db, "add", str(report_file), "--to", "vhtt@example.org")
    env = smtp_env(server) | {"OCOP_SMTP_PASSWORD": "sai"}
    result = run(db, "send", env=env)
    assert result.exit_code == 1
    assert "Sai tên đăng nhập hoặc mật khẩu" in result.stderr
    [item] = listing(db)
    assert item["status"] == "failed" and item["error"] == "auth_failed"
    cancelled = run(db, "cancel", "1")
    assert cancelled.exit_code == 0
    assert listing(db)[0]["status"] == "cancelled"
    assert run(db, "send", env=env).exit_code == 0  # nothing left unsent
    refused = run(db, "cancel", "1")
    assert refused.exit_code == 1 and "không thay đổi được" in refused.stderr


def test_bad_input(tmp_path: Path, report_file: Path) -> None:
    db = tmp_path / "cli.sqlite"
    missing = run(db, "add", str(tmp_path / "khong-co.xlsx"), "--to", "a@example.org")
    assert missing.exit_code == 1 and "Không tìm thấy" in missing.stderr
    no_to = run(db, "add", str(report_file))
    assert no_to.exit_code == 1 and "Người nhận" in no_to.stderr
    bad = run(db, "add", str(report_file), "--to", "khong-phai-dia-chi")
    assert bad.exit_code == 1 and "khong-phai-dia-chi" in bad.stderr
    assert listing(db) == []
    assert run(db, "cancel", "7").exit_code == 1


def test_killed_mid_send_loses_nothing(tmp_path: Path, report_file: Path,
                                       mail_server: Callable[..., MailServer]) -> None:
    """SIGKILL while the server holds back its reply to DATA: the item stays in "sending";
    the next run sends it again with the same Message-ID."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL")
    db = tmp_path / "cli.sqlite"
    assert run(db, "add", str(report_file), "--to", "vhtt@example.org").exit_code == 0
    [queued] = listing(db)
    server = mail_server(auth=True)
    server.handler.delay = 60  # the reply to DATA never comes in time
    env = os.environ | smtp_env(server) | {"OCOP_DB": str(db)}
    process = subprocess.Popen([sys.executable, "-m", "ocop_desktop", "outbox", "send"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        assert server.handler.data_started.wait(30), "the message never reached DATA"
    finally:
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert PASSWORD.encode() not in out + err

    check = open_database(db)
    try:
        [stuck] = OutboxStore(check).items()
        assert stuck.status.value == "sending" and stuck.attempts == 1
        assert OutboxStore(check).attachment(stuck.id) == report_file.read_bytes()
    finally:
        check.close()

    server.handler.delay = 0
    result = run(db, "send", env=smtp_env(server))
    assert result.exit_code == 0, result.output
    [item] = listing(db)
    assert item["status"] == "sent" and item["attempts"] == 2
    assert item["message_id"] == queued["message_id"]
    ids = [r.message["Message-ID"] for r in server.received]
    assert ids == [queued["message_id"], queued["message_id"]]  # a recognisable duplicate
