"""Receiving the units' reports: ``import``, ``status`` and the import register ``imports``.

``import FILE... [--dry-run] [--json]`` checks every file first, then imports them one
transaction per file, oldest first (so a resend in the same batch updates its first
version instead of being refused as stale). A folder stands for the ``.xlsx`` files in it.
Per file (``--json``): ``file``, ``sender``, ``period``, ``new``, ``changed``, ``unchanged``,
``removed``, ``result`` (``imported``, ``unchanged`` or ``refused``) and ``error`` — a public
contract, documented in README.md; ``sender_name``, ``conflicts`` and ``batch`` are extra.
The exit status is 1 when any file was refused.

``status --period P [--json]`` lists every child unit: ``unit``, ``name``, ``state``
(``on_time``, ``late``, ``missing``), ``received_at``, ``records``.
"""

from __future__ import annotations

import sys
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
    tr,
)
from ocop_desktop.domain.exchange import ChildStatus, ExchangeError, ImportBatch, ImportOutcome
from ocop_desktop.operations import exchange
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.texts.formats import local_time

STATUS_JSON_FIELDS = ("unit", "name", "state", "received_at", "records", "generated_at",
                      "file", "deadline", "entered_here")
IMPORTS_JSON_FIELDS = ("id", "file", "file_hash", "sender", "sender_name", "period",
                       "generated_at", "imported_at", "records", "new", "changed", "unchanged",
                       "removed", "conflicts", "result", "undone_at", "signer",
                       "signer_fingerprint")


def _first_error(problems: tuple[Any, ...]) -> str | None:
    if not problems:
        return None
    from ocop_desktop.texts.problem_texts import import_problem_line

    lines = [import_problem_line(p) for p in problems]
    more = tr(" (và {count} lỗi khác)").format(count=len(lines) - 1) if len(lines) > 1 else ""
    return lines[0] + more


def _line(entry: dict[str, Any], dry_run: bool) -> str:
    from ocop_desktop.texts.problem_texts import import_outcome_text

    outcome = ImportOutcome(entry["result"])
    name = Path(entry["file"]).name
    if outcome is ImportOutcome.REFUSED:
        return f"{name}: {import_outcome_text(outcome, preview=dry_run)} — {entry['error']}"
    counts = tr("{new} mới, {changed} thay đổi, {unchanged} không đổi, {removed} bị xóa").format(
        **entry)
    sender = f"{entry['sender_name']} ({entry['sender']})" if entry["sender_name"] else \
        entry["sender"]
    text = f"{name}: {sender}, {tr('kỳ')} {entry['period']} — " \
           f"{import_outcome_text(outcome, preview=dry_run)}: {counts}"
    if entry.get("signer"):
        from ocop_desktop.texts.problem_texts import signer_state_text

        text += f"; {signer_state_text(entry['signer'], entry['signer_fingerprint'])}"
    if entry["conflicts"]:
        text += tr("; {count} bản ghi nhận theo hai đường, giữ bản sửa sau cùng").format(
            count=entry["conflicts"])
    return text


@main.command("import")
@click.argument("files", nargs=-1, required=True, metavar="TỆP...",
                type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Chỉ kiểm tra và cho biết sẽ nhập gì; không ghi.")
@json_option("In kết quả từng tệp dạng JSON.")
@pass_state
def import_command(state: CliState, files: tuple[Path, ...], dry_run: bool,
                   as_json: bool) -> None:
    """Nhập báo cáo (tệp .xlsx do OCOP Desktop xuất) của các đơn vị cấp dưới.

    Mỗi tệp được kiểm tra trước, rồi nhập trọn trong một giao dịch hoặc không ghi gì.
    Có thể đưa một thư mục: nhập mọi tệp .xlsx trong đó.
    """
    repo, _installation = state.installation()
    paths = exchange.report_files(files)
    if not paths:
        fail(tr("Không có tệp .xlsx nào trong {paths}.").format(
            paths=", ".join(str(p) for p in files)))
    previews = [exchange.preview_import(repo, path=path) for path in paths]
    importable = exchange.commit_order(previews)
    order = importable + [i for i in range(len(previews)) if i not in set(importable)]
    entries: dict[int, dict[str, Any]] = {}
    for index in order:
        preview = previews[index]
        if dry_run or preview.outcome is ImportOutcome.REFUSED:
            result = exchange.ImportResult(
                path=preview.path, file_name=preview.file_name, sender_code=preview.sender_code,
                sender_name=preview.sender_name, period_key=preview.period_key,
                new=preview.new, changed=preview.changed, unchanged=preview.unchanged,
                removed=preview.removed, conflicts=preview.conflicts, outcome=preview.outcome,
                problems=preview.problems)
        else:
            result = exchange.commit_import(repo, preview=preview)
        entry = result.as_json()
        entry.update(error=_first_error(result.problems), sender_name=result.sender_name,
                     conflicts=len(result.conflicts), batch=result.batch_id,
                     signer=preview.signer_state.value if preview.signer_state else None,
                     signer_fingerprint=preview.signer_fingerprint)
        entries[index] = entry
        if not as_json:
            line = _line(entry, dry_run)
            click.echo(line, err=result.outcome is ImportOutcome.REFUSED)
    if as_json:
        print_json([entries[i] for i in range(len(paths))])
    if any(e["result"] == ImportOutcome.REFUSED.value for e in entries.values()):
        sys.exit(1)


def status_json(status: ChildStatus) -> dict[str, Any]:
    return {
        "unit": status.unit.code, "name": status.unit.name, "state": status.state.value,
        "received_at": status.received_at, "records": status.records,
        "generated_at": status.generated_at, "file": status.file_name,
        "deadline": status.deadline.isoformat(), "entered_here": status.entered_here,
    }


@main.command("status")
@click.option("--period", "period_key", required=True, metavar="KỲ",
              help="Kỳ báo cáo: 2021-06, 2021-Q2, 2021-H1, 2021-9M hoặc 2021.")
@json_option()
@pass_state
def status_command(state: CliState, period_key: str, as_json: bool) -> None:
    """Đơn vị cấp dưới nào đã báo cáo kỳ này (đúng hạn, muộn) và đơn vị nào chưa."""
    from ocop_desktop.texts.problem_texts import child_state_text, completeness_rate_text

    repo, _installation = state.installation()
    with reporting_problems():
        period = report_ops.resolve_period(repo, period=period_key)
    statuses = exchange.completeness(repo, period=period)
    if as_json:
        print_json([status_json(s) for s in statuses])
        return
    if not statuses:
        click.echo(tr("Đơn vị này không có đơn vị cấp dưới trong kỳ {period}.").format(
            period=period.key))
        return
    click.echo(f"{completeness_rate_text(statuses)} — {tr('hạn nộp')} "
               f"{statuses[0].deadline:%d/%m/%Y}")
    for status in statuses:
        received = local_time(status.received_at) if status.received_at else ""
        click.echo(f"{status.unit.code:<6} {status.unit.name:<32} "
                   f"{child_state_text(status.state):<13} {received:<17} {status.records:>7}")




def batch_json(batch: ImportBatch) -> dict[str, Any]:
    return {
        "id": batch.id, "file": batch.file_name, "file_hash": batch.file_hash,
        "sender": batch.sender_code, "sender_name": batch.sender_name,
        "period": batch.period_key, "generated_at": batch.generated_at,
        "imported_at": batch.imported_at, "records": batch.record_count, "new": batch.new,
        "changed": batch.changed, "unchanged": batch.unchanged, "removed": batch.removed,
        "conflicts": batch.conflicts, "result": batch.result.value,
        "undone_at": batch.undone_at, "signer": batch.signer_state,
        "signer_fingerprint": batch.signer_fingerprint,
    }


@main.group("imports")
def imports_group() -> None:
    """Sổ các lần nhập báo cáo; hoàn tác một lần nhập."""


@imports_group.command("list")
@json_option()
@pass_state
def imports_list(state: CliState, as_json: bool) -> None:
    """Các lần nhập báo cáo, mới nhất trước."""
    batches = exchange.import_batches(state.existing_repo())
    if as_json:
        print_json([batch_json(b) for b in batches])
        return
    if not batches:
        click.echo(tr("Chưa nhập báo cáo nào."))
        return
    for batch in batches:
        undone = tr(" (đã hoàn tác)") if batch.undone_at else ""
        signed = f"  [{batch.signer_fingerprint}]" if batch.signer_state == "signed" else \
            f"  [{tr('chưa ký')}]"
        click.echo(f"{batch.id:>5}  {local_time(batch.imported_at)}  {batch.sender_code:<6} "
                   f"{batch.period_key:<10} +{batch.new} ~{batch.changed} ={batch.unchanged} "
                   f"-{batch.removed}  {batch.file_name}{undone}{signed}")


@imports_group.command("undo")
@click.argument("batch_id", metavar="ID", type=WHOLE_NUMBER)
@pass_state
def imports_undo(state: CliState, batch_id: int) -> None:
    """Hoàn tác lần nhập số ID: bỏ bản ghi mới, trả lại bản ghi đã sửa hoặc đã xóa."""
    from ocop_desktop.texts.problem_texts import import_problem_text

    repo = state.existing_repo()
    try:
        changes = exchange.undo_import(repo, batch_id=batch_id)
    except ExchangeError as exc:
        fail(import_problem_text(exc.problems[0]))
    click.echo(tr("Đã hoàn tác lần nhập số {id}: bỏ {deleted} bản ghi mới, trả lại {updated} "
                  "bản ghi.").format(id=batch_id, deleted=changes.deleted,
                                     updated=changes.updated))


RECORDS_JSON_FIELDS = ("uuid", "unit", "date", "title", "deleted", "batch", "file",
                       "sender", "signer", "signer_fingerprint")


@imports_group.command("records")
@click.argument("batch_id", metavar="ID", type=WHOLE_NUMBER)
@json_option()
@pass_state
def imports_records(state: CliState, batch_id: int, as_json: bool) -> None:
    """Các bản ghi đến qua lần nhập số ID, cùng tệp và chữ ký đã mang chúng đến."""
    from ocop_desktop.texts.problem_texts import import_problem_text, signer_state_text

    try:
        batch, stored = exchange.batch_records(state.existing_repo(), batch_id=batch_id)
    except ExchangeError as exc:
        fail(import_problem_text(exc.problems[0]))
    entries = ({"uuid": s.record.uuid, "unit": s.record.unit_code,
                "date": s.record.date.isoformat(), "title": s.record.title,
                "deleted": s.record.deleted, "batch": batch.id, "file": batch.file_name,
                "sender": batch.sender_code, "signer": batch.signer_state,
                "signer_fingerprint": batch.signer_fingerprint} for s in stored)
    if as_json:
        print_json(list(entries))
        return
    click.echo(tr("Lần nhập số {id}: tệp “{file}” của {sender}, {signer}.").format(
        id=batch.id, file=batch.file_name, sender=batch.sender_code,
        signer=signer_state_text(batch.signer_state, batch.signer_fingerprint)))
    for entry in entries:
        removed = tr(" (đã xóa)") if entry["deleted"] else ""
        click.echo(f"{entry['uuid']}  {entry['unit']:<6} {entry['date']}  "
                   f"{entry['title']}{removed}")

