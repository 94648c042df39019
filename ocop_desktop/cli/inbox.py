"""``ocop-desktop inbox``: fetch reports that arrived by email, list them, accept or return.

The mailbox comes from the settings saved in the data file (Cài đặt → Hộp thư đến), which
``OCOP_IMAP_HOST``, ``OCOP_IMAP_PORT``, ``OCOP_IMAP_SECURITY`` (ssl, starttls, none),
``OCOP_IMAP_USER``, ``OCOP_IMAP_PASSWORD`` and ``OCOP_IMAP_FOLDER`` (default INBOX) override.
"""

from __future__ import annotations

from typing import Any

import click

from ocop_desktop.cli import (
    WHOLE_NUMBER,
    CliState,
    Code,
    fail,
    json_option,
    main,
    pass_state,
    print_json,
    reporting_problems,
)
from ocop_desktop.domain.exchange import ExchangeError
from ocop_desktop.domain.inbox import InboxItem, InboxState
from ocop_desktop.operations import inbox as ib


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CliInbox", text)


def _error(item: InboxItem) -> str | None:
    """The item's reason or refusal as one Vietnamese line (None when it is importable)."""
    from ocop_desktop.texts.problem_texts import ignore_reason_text, inbox_problem_text

    if item.state is InboxState.IGNORED:
        return ignore_reason_text(item)
    text = inbox_problem_text(item)
    if text is not None:
        more = len(item.problems) - 1
        return text + (_tr(" (và {count} lỗi khác)").format(count=more) if more else "")
    if item.state is InboxState.RETURNED:
        return item.return_reason
    return None


def item_json(item: InboxItem, state: str | None = None) -> dict[str, Any]:
    """One attachment as ``inbox fetch --json`` and ``inbox list --json`` print it (``id``,
    ``message_id``, ``from``, ``file``, ``sender``, ``period``, ``state``, ``new``,
    ``changed``, ``removed``, ``error`` are the public contract; the rest is extra)."""
    return {
        "id": item.id,
        "message_id": item.message_id,
        "from": item.from_addr,
        "file": item.file_name or None,
        "sender": item.sender_code or None,
        "period": item.period_key or None,
        "state": state or item.state.value,
        "new": item.new,
        "changed": item.changed,
        "removed": item.removed,
        "error": _error(item),
        "subject": item.subject,
        "date": item.sent_at or None,
        "sender_name": item.sender_name or None,
        "report_number": item.report_number or None,
        "unchanged": item.unchanged,
        "conflicts": item.conflicts,
        "signer": item.signer_state or None,
        "signer_fingerprint": item.signer_fingerprint or None,
        "warnings": list(item.warnings),
        "reason": item.reason_code or None,
        "file_sha256": item.attachment_sha256 or None,
        "fetched_at": item.fetched_at,
        "decided_at": item.decided_at,
        "return_reason": item.return_reason or None,
        "import_batch": item.batch_id,
        "reply_outbox_id": item.outbox_id,
    }


def _line(item: InboxItem, state: str | None = None) -> str:
    from ocop_desktop.texts.problem_texts import inbox_state_text

    what = item.file_name or item.subject or item.message_id
    line = f"{item.id:>4}  {inbox_state_text(state or item.state):<15} {item.from_addr:<28} {what}"
    if item.sender_code and item.state is not InboxState.IGNORED:
        line += "  " + _tr("{sender}, kỳ {period}: {new} mới, {changed} thay đổi, {removed} "
                           "xóa").format(sender=item.sender_name or item.sender_code,
                                         period=item.period_key, new=item.new,
                                         changed=item.changed, removed=item.removed)
    error = _error(item)
    if error:
        line += "\n      " + error
    return line


@main.group("inbox")
def inbox() -> None:
    """Hộp thư đến: nhận báo cáo gửi qua thư điện tử, nhận hoặc trả lại."""


@inbox.command("fetch")
@json_option("In dạng JSON (mỗi tệp đính kèm một mục).")
@pass_state
def fetch(state: CliState, as_json: bool) -> None:
    """Đọc thư mới trong hộp thư: kiểm tra từng báo cáo đính kèm như khi xem trước lúc nhập.

    Thư không bị xóa hay đánh dấu đã đọc. Trên máy đài xã, lệnh này đọc thư trả lời của
    cấp trên (đã nhận / bị trả lại) về các báo cáo đã gửi.
    """
    from ocop_desktop.texts.problem_texts import fetch_error_text, reply_text

    repo, _installation = state.installation()
    settings = ib.load_imap_settings(repo)
    report = ib.fetch_mail(repo, settings=settings)
    if as_json:
        print_json([item_json(e.item, e.state) for e in report.entries])
    else:
        for entry in report.entries:
            click.echo(_line(entry.item, entry.state))
        for reply in report.replies:
            click.echo(_tr("Báo cáo số {id} trong sổ: {answer}").format(
                id=reply.report_id, answer=reply_text(reply)))
        if report.auto_accepted:
            click.echo(_tr("Đã tự động nhận {n} báo cáo không có cảnh báo.").format(
                n=len(report.auto_accepted)))
        if not report.entries and not report.replies and report.error is None:
            click.echo(_tr("Không có thư mới."))
    if report.error is not None:
        detail = f" ({report.error_detail})" if report.error_detail else ""
        fail(fetch_error_text(report.error) + detail)


STATES = tuple(s.value for s in InboxState)


@inbox.command("list")
@click.option("--state", "state_filter", type=Code(STATES, "TRẠNG_THÁI"),
              help="Chỉ liệt kê: waiting, ignored, accepted hoặc returned.")
@json_option()
@pass_state
def list_items(state: CliState, state_filter: str | None, as_json: bool) -> None:
    """Liệt kê các thư và tệp đã đọc từ hộp thư đến, mới nhất trước."""
    repo = state.existing_repo()
    states = [InboxState(state_filter)] if state_filter else None
    items = ib.inbox_items(repo, states=states)
    if as_json:
        print_json([item_json(item) for item in items])
        return
    if not items:
        click.echo(_tr("Hộp thư đến trống."))
        return
    for item in items:
        click.echo(_line(item))


def _exchange_failure(exc: ExchangeError) -> None:
    from ocop_desktop.texts.problem_texts import import_problem_line

    lines = [import_problem_line(p) for p in exc.problems]
    more = _tr(" (và {count} lỗi khác)").format(count=len(lines) - 1) if len(lines) > 1 else ""
    fail(_tr("Không nhận được báo cáo: ") + (lines[0] if lines else "") + more)


@inbox.command("accept")
@click.argument("item_id", metavar="ID", type=WHOLE_NUMBER)
@pass_state
def accept(state: CliState, item_id: int) -> None:
    """Nhận báo cáo số ID: nhập số liệu và gửi thư báo đã nhận qua hộp thư đi."""
    repo, _installation = state.installation()
    with reporting_problems():
        try:
            result = ib.accept_item(repo, item_id=item_id)
        except ExchangeError as exc:
            _exchange_failure(exc)
            return
    imported = result.result
    click.echo(_tr("Đã nhận mục số {id}: {new} bản ghi mới, {changed} thay đổi, {unchanged} "
                   "không đổi, {removed} bị xóa.").format(
        id=item_id, new=imported.new, changed=imported.changed,
        unchanged=imported.unchanged, removed=imported.removed))
    if result.outbox_id is not None:
        click.echo(_tr("Thư báo đã nhận nằm trong hộp thư đi (mục số {id}); gửi bằng: "
                       "ocop-desktop outbox send").format(id=result.outbox_id))
    else:
        click.echo(_tr("Thư gửi đến không có địa chỉ trả lời hợp lệ nên không gửi được thư "
                       "báo đã nhận."))


@inbox.command("return")
@click.argument("item_id", metavar="ID", type=WHOLE_NUMBER)
@click.option("--reason", required=True, metavar="LÝ_DO",
              help="Lý do trả lại, gửi cho đơn vị để sửa.")
@pass_state
def return_(state: CliState, item_id: int, reason: str) -> None:
    """Trả lại báo cáo số ID để đơn vị sửa: không nhập gì, gửi lý do qua hộp thư đi."""
    repo, _installation = state.installation()
    with reporting_problems():
        outbox_id, _changes = ib.return_item(repo, item_id=item_id, reason=reason)
    click.echo(_tr("Đã trả lại mục số {id}; không nhập số liệu nào.").format(id=item_id))
    if outbox_id is not None:
        click.echo(_tr("Thư báo lý do nằm trong hộp thư đi (mục số {id}); gửi bằng: "
                       "ocop-desktop outbox send").format(id=outbox_id))
