"""``ocop-desktop outbox``: queue files, send what waits, list and cancel items.

For unattended use the mail settings may come from ``OCOP_SMTP_HOST``, ``OCOP_SMTP_PORT``,
``OCOP_SMTP_SECURITY`` (none, ssl, starttls), ``OCOP_SMTP_USER``, ``OCOP_SMTP_PASSWORD`` and
``OCOP_SMTP_FROM``; they override the settings saved in the data file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ocop_desktop.cli import (
    WHOLE_NUMBER,
    CliState,
    fail,
    json_option,
    main,
    pass_state,
    print_json,
    reporting_problems,
)
from ocop_desktop.domain.outbox import OutboxItem, OutboxStatus, SendErrorCode
from ocop_desktop.operations import outbox as ob
from ocop_desktop.texts.formats import local_time

# How long ``outbox send`` waits for another sender (the open window) to finish its run.
LOCK_WAIT_SECONDS = 60.0


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CliOutbox", text)


def _error_text(item: OutboxItem) -> str:
    from ocop_desktop.texts.problem_texts import send_error_text

    if item.error_code is None:
        return ""
    text = send_error_text(item.error_code)
    return f"{text} ({item.error_detail})" if item.error_detail else text


def item_json(item: OutboxItem) -> dict[str, Any]:
    """One item for ``outbox list --json`` (``id``, ``status``, ``to``, ``file``,
    ``attempts``, ``error``, ``message_id`` are the public contract; the rest is extra)."""
    return {
        "id": item.id,
        "status": item.status.value,
        "to": list(item.to),
        "cc": list(item.cc),
        "file": item.file_path,
        "file_sha256": item.file_sha256,
        "subject": item.subject,
        "attempts": item.attempts,
        "error": item.error_code.value if item.error_code else None,
        "error_text": _error_text(item) or None,
        "next_attempt_at": item.next_attempt_at,
        "message_id": item.message_id,
        "report_id": item.report_id,
        "created_at": item.created_at,
        "sent_at": item.sent_at,
    }


@main.group("outbox")
def outbox() -> None:
    """Hộp thư đi: gửi báo cáo lên cấp trên khi có mạng."""


@outbox.command("add")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--to", "to", multiple=True, metavar="ADDR",
              help="Người nhận (lặp lại, hoặc nhiều địa chỉ cách nhau bằng dấu phẩy).")
@click.option("--cc", "cc", multiple=True, metavar="ADDR", help="Đồng gửi (CC).")
@click.option("--subject", help="Tiêu đề thư (mặc định: “Gửi tệp …”).")
@click.option("--body", help="Nội dung thư (mặc định: thư ngắn theo cài đặt đơn vị).")
@pass_state
def add(state: CliState, file: Path, to: tuple[str, ...], cc: tuple[str, ...],
        subject: str | None, body: str | None) -> None:
    """Đưa tệp FILE vào hộp thư đi (tệp được chụp lại ngay lúc này)."""
    repo = state.repo
    with reporting_problems():
        item_id, _changes = ob.queue_file(repo, file=file, to=list(to), cc=list(cc),
                                          subject=subject, body=body)
    item = ob.outbox_item(repo, item_id)
    assert item is not None
    click.echo(_tr("Đã đưa vào hộp thư đi: mục số {id}, gửi {to}. Gửi bằng: "
                   "ocop-desktop outbox send").format(id=item_id, to=", ".join(item.to)))


@outbox.command("send")
@pass_state
def send(state: CliState) -> None:
    """Gửi ngay mọi thư đang chờ (bỏ qua thời gian chờ giữa các lần thử).

    Mỗi thư được thử một lần; thoát với mã 0 chỉ khi không còn thư nào chưa gửi.
    """
    from ocop_desktop.texts.problem_texts import send_error_text

    repo = state.repo
    settings = ob.load_mail_settings(repo)
    report = ob.send_due(repo, settings=settings, force=True, lock_timeout=LOCK_WAIT_SECONDS)
    if report.busy:
        fail(_tr("Một cửa sổ OCOP Desktop khác đang gửi thư từ tệp dữ liệu này; hãy thử lại "
                 "sau ít phút."))
    for outcome in report.outcomes:
        if outcome.status is OutboxStatus.SENT:
            item = ob.outbox_item(repo, outcome.item_id)
            assert item is not None
            click.echo(_tr("Mục {id}: đã gửi tới {to} (Message-ID {mid}).").format(
                id=outcome.item_id, to=", ".join(item.recipients), mid=item.message_id))
        else:
            detail = f" ({outcome.detail})" if outcome.detail else ""
            why = send_error_text(outcome.code or SendErrorCode.UNKNOWN)
            click.echo(_tr("Mục {id}: chưa gửi được. {why}").format(
                id=outcome.item_id, why=why) + detail, err=True)
    left = ob.unsent_count(repo)
    if left:
        fail(_tr("Còn {n} thư chưa gửi; xem: ocop-desktop outbox list").format(n=left))
    if not report.outcomes:
        click.echo(_tr("Không có thư nào đang chờ gửi."))


@outbox.command("list")
@json_option()
@pass_state
def list_items(state: CliState, as_json: bool) -> None:
    """Liệt kê các thư trong hộp thư đi (cũ trước, mới sau)."""
    from ocop_desktop.texts.problem_texts import outbox_status_text

    items = ob.outbox_items(state.repo)
    if as_json:
        print_json([item_json(item) for item in items])
        return
    if not items:
        click.echo(_tr("Hộp thư đi trống."))
        return
    for item in items:
        line = (f"{item.id:>4}  {outbox_status_text(item.status):<15} "
                f"{_tr('lần thử')} {item.attempts:<3} {', '.join(item.to)}  "
                f"{Path(item.file_path).name}")
        if item.sent_at:
            line += "  " + _tr("gửi lúc {at}").format(at=local_time(item.sent_at))
        click.echo(line)
        error = _error_text(item)
        if error:
            click.echo("      " + error)


@outbox.command("cancel")
@click.argument("item_id", metavar="ID", type=WHOLE_NUMBER)
@pass_state
def cancel(state: CliState, item_id: int) -> None:
    """Hủy thư số ID (chỉ khi chưa gửi)."""
    with reporting_problems():
        ob.cancel_item(state.repo, item_id=item_id)
    click.echo(_tr("Đã hủy mục số {id}.").format(id=item_id))
