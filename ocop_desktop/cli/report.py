"""``ocop-desktop report``: export a period's report, and list the register of reports.

``report --period P --out FILE [--narrative TEXT] [--json]`` writes the workbook (sheets
``Báo cáo``, ``Chi tiết``, ``Dữ liệu``) and registers it under the next number; ``--json``
prints the summary figures (README.md documents the fields — a public contract). ``report
list`` shows the register. Bad input: one Vietnamese line on stderr, non-zero exit, nothing written.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from ocop_desktop.cli import (
    ISO_DATE,
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
from ocop_desktop.domain.inbox import ReportReply
from ocop_desktop.domain.report_text import (
    PART_TITLES,
    Narrative,
    NarrativeError,
    parse_narrative,
)
from ocop_desktop.domain.reporting import ReportEntry
from ocop_desktop.operations import reports as report_ops

# ``report list --json`` fields, in output order (README.md documents them).
REPORT_JSON_FIELDS = (
    "id", "number", "year", "issued_on", "period", "period_start", "period_end", "scope",
    "sender", "file", "file_hash", "data_hash", "records", "status", "sent_at", "sent_to",
    "created_at", "reply", "reply_reason", "reply_at",
)


def entry_json(entry: ReportEntry, reply: ReportReply | None = None) -> dict[str, Any]:
    """One register line as ``report list --json`` prints it; ``reply``: what the office
    answered about it (issue 15: ``received`` or ``returned``, with the reason)."""
    return {
        "id": entry.id, "number": entry.number_text, "year": entry.year,
        "issued_on": entry.issued_on.isoformat(), "period": entry.period_key,
        "period_start": entry.period_start.isoformat(),
        "period_end": entry.period_end.isoformat(), "scope": entry.scope,
        "sender": entry.sender_code, "file": entry.file_path, "file_hash": entry.file_hash,
        "data_hash": entry.data_hash, "records": entry.record_count, "status": entry.status,
        "sent_at": entry.sent_at, "sent_to": entry.sent_to, "created_at": entry.created_at,
        "reply": reply.kind.value if reply else None,
        "reply_reason": reply.reason if reply and reply.reason else None,
        "reply_at": reply.at if reply else None,
    }


@main.group("report", invoke_without_command=True)
@click.option("--period", "period_key", metavar="KỲ",
              help="Kỳ báo cáo: 2021-06 (tháng), 2021-Q2 (quý), 2021-H1 (6 tháng), "
                   "2021-9M (9 tháng) hoặc 2021 (năm).")
@click.option("--from", "date_from", type=ISO_DATE, help="Từ ngày (kỳ tùy chọn).")
@click.option("--to", "date_to", type=ISO_DATE, help="Đến ngày (kỳ tùy chọn).")
@click.option("--directive", metavar="SỐ",
              help="Chỉ báo cáo các chủ đề của văn bản chỉ đạo này (số, ký hiệu).")
@click.option("--out", type=click.Path(path_type=Path), metavar="TỆP",
              help="Tệp Excel (.xlsx) cần ghi.")
@click.option("--number", type=WHOLE_NUMBER, default=None,
              help="Số báo cáo (mặc định: số tiếp theo trong năm).")
@click.option("--date", "issued_on", type=ISO_DATE, default=None,
              help="Ngày ban hành (mặc định: hôm nay).")
@click.option("--narrative", "narrative_file", type=click.Path(path_type=Path), metavar="TỆP",
              help="Tệp văn bản UTF-8 chứa các phần viết của báo cáo: dòng “## Đánh giá”, "
                   "“## Phương hướng, nhiệm vụ kỳ tới” hoặc “## Đề xuất, kiến nghị” mở một "
                   "phần, các dòng khác là đoạn văn.")
@json_option("In số liệu tổng hợp dạng JSON.")
@click.pass_context
def report_group(ctx: click.Context, period_key: str | None, date_from: dt.date | None,
                 date_to: dt.date | None, directive: str | None, out: Path | None,
                 number: int | None, issued_on: dt.date | None, narrative_file: Path | None,
                 as_json: bool) -> None:
    """Xuất báo cáo của một kỳ ra tệp Excel và vào sổ đăng ký; "report list": xem sổ."""
    if ctx.invoked_subcommand is not None:
        return
    state = ctx.find_object(CliState)
    assert state is not None
    if period_key is None and date_from is None and date_to is None:
        fail(tr("Thiếu kỳ báo cáo: dùng --period (ví dụ 2021-06) hoặc --from và --to."))
    if out is None:
        fail(tr("Thiếu tùy chọn bắt buộc {option}.").format(option="--out"))
    narrative = read_narrative(narrative_file) if narrative_file is not None else None
    repo, _installation = state.installation()
    show = sys.stderr.isatty() and not as_json
    shown = [-1]

    def progress(done: int, total: int, stage: str) -> None:
        percent = done * 100 // total if total else 100
        if show and percent != shown[0]:
            shown[0] = percent
            label = tr("Đang ghi bản ghi") if stage == "rows" else tr("Đang nén tệp")
            click.echo(f"\r{label}: {percent}%   ", nl=False, err=True)

    with reporting_problems():
        period = report_ops.resolve_period(repo, period=period_key, date_from=date_from,
                                           date_to=date_to)
        result = report_ops.export_report(repo, period=period, directive=directive,
                                          out=out, progress=progress, issued_on=issued_on,
                                          number=number, narrative=narrative)
    if show:
        click.echo(err=True)
    if as_json:
        figures = result.summary.as_json()
        figures["report"] = entry_json(result.entry)
        print_json(figures)
        return
    click.echo(tr("Đã xuất báo cáo số {number} ({records} bản ghi, {period}) vào {path}.").format(
        number=result.entry.number_text,
        records=f"{result.entry.record_count:,}".replace(",", "."),
        period=period.range_text, path=result.path))


def read_narrative(path: Path) -> Narrative:
    """The ``--narrative`` file, or one Vietnamese line naming what is wrong and where."""
    if not path.is_file():
        fail(tr("Không tìm thấy tệp {file}.").format(file=path))
    try:
        if path.stat().st_size > 1_000_000:
            fail(tr("Tệp {file} quá lớn cho phần viết của báo cáo (tối đa 1 MB).").format(
                file=path))
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        fail(tr("Tệp {file} không phải văn bản UTF-8: hãy lưu lại với bảng mã UTF-8.").format(
            file=path))
    except OSError as exc:
        fail(tr("Không đọc được tệp {file} ({error}).").format(
            file=path, error=exc.strerror or exc))
    try:
        return parse_narrative(text)
    except NarrativeError as exc:
        titles = "; ".join(f"“## {title}”" for title in PART_TITLES.values())
        if exc.reason == "before":
            fail(tr("{file}, dòng {line}: có nội dung trước tiêu đề phần đầu tiên; hãy mở "
                    "phần bằng một trong các tiêu đề: {titles}.").format(
                file=path, line=exc.line, titles=titles))
        fail(tr("{file}, dòng {line}: không có phần “{title}”; các phần được viết là: "
                "{titles}.").format(file=path, line=exc.line, title=exc.title, titles=titles))


@report_group.command("list")
@json_option()
@pass_state
def report_list(state: CliState, as_json: bool) -> None:
    """Sổ đăng ký các báo cáo đã xuất, mới nhất trước."""
    repo = state.existing_repo()
    entries = report_ops.list_reports(repo)
    from ocop_desktop.operations.inbox import replies as report_replies

    answers = report_replies(repo)
    if as_json:
        print_json([entry_json(e, answers.get(e.id or 0)) for e in entries])
        return
    if not entries:
        click.echo(tr("Chưa có báo cáo nào được xuất."))
        return
    for entry in entries:
        scope = entry.scope or tr("tất cả chủ đề")
        click.echo(f"{entry.number_text:<14} {entry.issued_on:%d/%m/%Y}  {entry.period_key:<12} "
                   f"{entry.record_count:>8}  {entry.status:<11} {scope}  {entry.file_path}")
        if entry.id in answers:
            from ocop_desktop.texts.problem_texts import reply_text

            click.echo("               " + reply_text(answers[entry.id]))
