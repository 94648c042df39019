"""``ocop-desktop schedule``: the broadcast schedule, ticks, plan against what aired, targets.

Option names and JSON field names are a public contract (README.md, "Lịch phát sóng và
Tổng quan"): ``add`` prints the new slot's id only; ``list --json`` and ``status --json``
print the documented fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from ocop_desktop.cli import (
    CLOCK_TIME,
    ISO_DATE,
    WHOLE_NUMBER,
    CliState,
    fail,
    json_option,
    main,
    pass_state,
    print_json,
    print_table,
    reporting_problems,
    tr,
)
from ocop_desktop.cli.log import LANGUAGE, SOURCE
from ocop_desktop.domain.catalogue import DEFAULT_LANGUAGE
from ocop_desktop.domain.periods import PeriodError, ReportPeriod, period_from_key
from ocop_desktop.domain.schedule import (
    REASON_NAMES,
    WEEKDAY_CODES,
    NotAiredReason,
    Reconciliation,
    SavedSlot,
    Slot,
    StatusCounts,
    parse_days,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations import schedule as ops

SLOT_JSON_FIELDS = ("id", "days", "date", "time", "minutes", "form", "topic", "title",
                    "language", "source", "from", "to", "unit")
STATUS_FIELDS = ("planned", "aired", "not_aired", "pending", "upcoming", "unplanned")


class Days(click.ParamType):
    """``mon,tue,…`` → weekday numbers (Monday = 0)."""

    name = "mon,tue,wed,thu,fri,sat,sun"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> tuple[int, ...]:
        if isinstance(value, tuple):
            return value
        try:
            days = parse_days(str(value))
        except ValueError as exc:
            self.fail(tr("“{value}” không phải là ngày trong tuần; dùng: {codes}.").format(
                value=exc.args[0], codes=", ".join(WEEKDAY_CODES)), param, ctx)
        if not days:
            self.fail(tr("Chưa chọn ngày nào trong tuần; dùng: {codes}.").format(
                codes=", ".join(WEEKDAY_CODES)), param, ctx)
        return days


DAYS = Days()


@main.group("schedule")
def schedule_group() -> None:
    """Lịch phát sóng: khung giờ, đánh dấu đã phát/không phát, đối chiếu kế hoạch."""


def _slot_options(required: bool) -> Any:
    """The slot's fields, shared by ``add`` (required) and ``edit`` (optional)."""
    def decorate(func: Any) -> Any:
        options = [
            click.option("--days", type=DAYS, help="Các ngày phát trong tuần, ví dụ mon,wed,fri."),
            click.option("--date", "on_date", type=ISO_DATE,
                         help="Phát một lần vào ngày này (thay cho --days)."),
            click.option("--time", "start", type=CLOCK_TIME, required=required,
                         help="Giờ bắt đầu (HH:MM)."),
            click.option("--minutes", type=WHOLE_NUMBER, required=required,
                         help="Thời lượng (phút)."),
            click.option("--form", required=required, metavar="MÃ",
                         help="Hình thức có lượt phát: radio, relay, tv."),
            click.option("--topic", required=required, metavar="MÃ", help="Mã chủ đề."),
            click.option("--title", required=required,
                         help="Tên chương trình, chuyên mục hoặc nội dung phát."),
            click.option("--language", type=LANGUAGE, help="Ngôn ngữ (mặc định: vi)."),
            click.option("--source", type=SOURCE,
                         help="Nguồn: self (tự sản xuất), vov, province, district."),
            click.option("--from", "valid_from", type=ISO_DATE,
                         help="Áp dụng từ ngày (mặc định: hôm nay)."),
            click.option("--to", "valid_to", type=ISO_DATE, help="Áp dụng đến ngày."),
        ]
        for option in reversed(options):
            func = option(func)
        return func
    return decorate


def _days_problem(days: tuple[int, ...] | None, on_date: dt.date | None,
                  required: bool) -> None:
    if days and on_date:
        fail(tr("Chỉ dùng một trong hai: --days (phát hằng tuần) hoặc --date (phát một lần)."))
    if required and not days and on_date is None:
        fail(tr("Thiếu tùy chọn bắt buộc --days (hoặc --date cho buổi phát một lần)."))


@schedule_group.command("add")
@_slot_options(required=True)
@pass_state
def schedule_add(state: CliState, days: tuple[int, ...] | None, on_date: dt.date | None,
                 start: dt.time, minutes: int, form: str, topic: str, title: str,
                 language: str | None, source: str | None, valid_from: dt.date | None,
                 valid_to: dt.date | None) -> None:
    """Thêm khung giờ phát; in ra số (id) của khung giờ mới."""
    _days_problem(days, on_date, required=True)
    repo, installation = state.installation()
    slot = Slot(start=start, minutes=minutes, form_code=form.strip(),
                topic_code=topic.strip(), title=title.strip(),
                unit_code=installation.unit_code, days=days or (), on_date=on_date,
                language=language or DEFAULT_LANGUAGE, source=source,
                valid_from=valid_from, valid_to=valid_to)
    with reporting_problems():
        saved = ops.save_slot(repo, slot=slot)
    click.echo(saved.slot_id)


@schedule_group.command("edit")
@click.argument("slot_id", type=WHOLE_NUMBER, metavar="ID")
@_slot_options(required=False)
@pass_state
def schedule_edit(state: CliState, slot_id: int, days: tuple[int, ...] | None,
                  on_date: dt.date | None, start: dt.time | None, minutes: int | None,
                  form: str | None, topic: str | None, title: str | None,
                  language: str | None, source: str | None, valid_from: dt.date | None,
                  valid_to: dt.date | None) -> None:
    """Sửa khung giờ từ hôm nay; các buổi đã qua giữ nguyên như đã lập lịch."""
    _days_problem(days, on_date, required=False)
    repo, _ = state.installation()
    current = ops.slot(repo, slot_id=slot_id)
    if current is None:
        with reporting_problems():
            raise ValidationError([Problem("slot", ProblemCode.UNKNOWN_SLOT,
                                           {"value": slot_id})])
    assert current is not None
    changes: dict[str, Any] = {
        "start": start, "minutes": minutes, "form_code": form and form.strip(),
        "topic_code": topic and topic.strip(), "title": title and title.strip(),
        "language": language, "source": source, "valid_from": valid_from,
        "valid_to": valid_to}
    edited = current.replace(**{k: v for k, v in changes.items() if v is not None})
    if days:
        edited = edited.replace(days=days, on_date=None, valid_from=valid_from,
                                valid_to=valid_to if current.one_off else edited.valid_to)
    elif on_date:
        edited = edited.replace(days=(), on_date=on_date)
    with reporting_problems():
        result = ops.save_slot(repo, slot=edited, slot_id=slot_id)
    click.echo(tr("Khung giờ {id}: không có gì thay đổi.").format(id=slot_id)
               if result.unchanged else
               tr("Đã sửa khung giờ {id}; các buổi đã qua giữ nguyên.").format(id=slot_id))


@schedule_group.command("remove")
@click.argument("slot_id", type=WHOLE_NUMBER, metavar="ID")
@pass_state
def schedule_remove(state: CliState, slot_id: int) -> None:
    """Ngừng khung giờ từ hôm nay; các buổi đã qua và việc đánh dấu được giữ lại."""
    repo = state.existing_repo()
    with reporting_problems():
        ops.close_slot(repo, slot_id=slot_id)
    click.echo(tr("Đã ngừng khung giờ {id} từ hôm nay.").format(id=slot_id))


def slot_json(slot: SavedSlot) -> dict[str, Any]:
    """One slot as ``schedule list --json`` prints it (field names are a public contract)."""
    return {
        "id": slot.id, "days": [WEEKDAY_CODES[d] for d in slot.days],
        "date": slot.on_date.isoformat() if slot.on_date else None,
        "time": slot.start.strftime("%H:%M"), "minutes": slot.minutes,
        "form": slot.form_code, "topic": slot.topic_code, "title": slot.title,
        "language": slot.language, "source": slot.source,
        "from": slot.valid_from.isoformat() if slot.valid_from else None,
        "to": slot.valid_to.isoformat() if slot.valid_to else None,
        "unit": slot.unit_code,
    }


@schedule_group.command("list")
@click.option("--all", "include_ended", is_flag=True, help="Kể cả khung giờ đã ngừng.")
@json_option()
@pass_state
def schedule_list(state: CliState, include_ended: bool, as_json: bool) -> None:
    """Liệt kê các khung giờ phát đang áp dụng (hoặc sắp áp dụng)."""
    repo = state.existing_repo()
    slots = ops.slots(repo, include_ended=include_ended)
    if as_json:
        print_json([slot_json(s) for s in slots], indent=1)
        return
    if not slots:
        click.echo(tr("Chưa có khung giờ phát nào."))
        return
    header = (tr("Số"), tr("Giờ"), tr("Phút"), tr("Ngày phát"), tr("Hình thức"),
              tr("Chủ đề"), tr("Từ ngày"), tr("Đến ngày"), tr("Chương trình"))
    widths = (4, 5, 5, 27, 9, 10, 10, 10)
    rows = [(s.id, s.start.strftime("%H:%M"), s.minutes,
             s.on_date.isoformat() if s.on_date else ",".join(WEEKDAY_CODES[d] for d in s.days),
             s.form_code, s.topic_code, s.valid_from.isoformat() if s.valid_from else "",
             s.valid_to.isoformat() if s.valid_to else "", s.title) for s in slots]
    print_table(header, rows, widths)


@schedule_group.command("tick")
@click.option("--date", "day", required=True, type=ISO_DATE, help="Ngày phát.")
@click.option("--slot", "slot_id", type=WHOLE_NUMBER, metavar="ID",
              help="Số khung giờ (mặc định: mọi khung giờ của ngày đó).")
@click.option("--not-aired", "not_aired", metavar="LÝ_DO",
              help="Không phát được, vì: power (mất điện), equipment (hỏng thiết bị), "
                   "weather (thời tiết), other (lý do khác).")
@click.option("--note", default="", help="Ghi chú thêm.")
@pass_state
def schedule_tick(state: CliState, day: dt.date, slot_id: int | None, not_aired: str | None,
                  note: str) -> None:
    """Đánh dấu buổi phát: đã phát (ghi vào sổ) hoặc không phát (kèm lý do)."""
    repo, _ = state.installation()
    with reporting_problems():
        if not_aired is None:
            changes = ops.tick_aired(repo, day=day, slot_id=slot_id, note=note.strip())
        else:
            changes = ops.tick_not_aired(repo, day=day, slot_id=slot_id, reason=not_aired,
                                         note=note.strip())
    what = (tr("đã phát") if not_aired is None else
            tr("không phát ({reason})").format(
                reason=REASON_NAMES[NotAiredReason(not_aired.strip().lower())].lower()))
    click.echo(tr("Ngày {date}: đánh dấu {what} — {added} buổi mới, {updated} buổi sửa, "
                  "{unchanged} buổi không đổi.").format(
        date=day.strftime("%d/%m/%Y"), what=what, added=changes.added,
        updated=changes.updated, unchanged=changes.unchanged))


@schedule_group.command("untick")
@click.option("--date", "day", required=True, type=ISO_DATE, help="Ngày phát.")
@click.option("--slot", "slot_id", required=True, type=WHOLE_NUMBER, metavar="ID",
              help="Số khung giờ.")
@pass_state
def schedule_untick(state: CliState, day: dt.date, slot_id: int) -> None:
    """Bỏ đánh dấu một buổi phát (bản ghi do việc đánh dấu tạo ra sẽ bị xóa)."""
    repo = state.existing_repo()
    with reporting_problems():
        changes = ops.untick(repo, day=day, slot_id=slot_id)
    click.echo(tr("Đã bỏ đánh dấu.") if changes.deleted else tr("Buổi này chưa được đánh dấu."))


def _period(state: CliState, text: str) -> ReportPeriod:
    repo = state.existing_repo()
    installation = repo.installation()
    cutoff = installation.period_cutoff_day if installation else 1
    try:
        return period_from_key(text.strip(), cutoff_day=cutoff)
    except PeriodError:
        with reporting_problems():
            raise ValidationError([Problem("period", ProblemCode.BAD_PERIOD,
                                           {"value": text})]) from None
        raise


def _counts_json(counts: StatusCounts) -> dict[str, Any]:
    return counts.as_dict()


def status_json(status: Reconciliation, period: ReportPeriod,
                names: dict[str, str]) -> dict[str, Any]:
    """``schedule status --json``: the period, the totals and one entry per topic."""
    return {
        "period": period.key, "from": period.start.isoformat(), "to": period.end.isoformat(),
        "total": _counts_json(status.total),
        "topics": [{"topic": code, "name": names.get(code, code), **_counts_json(counts)}
                   for code, counts in status.topics.items()],
    }


@schedule_group.command("status")
@click.option("--period", required=True, metavar="KỲ",
              help="Kỳ: 2021-06, 2021-Q2, 2021-H1, 2021-9M, 2021 hoặc 2021-06-01..2021-06-15.")
@json_option()
@pass_state
def schedule_status(state: CliState, period: str, as_json: bool) -> None:
    """Đối chiếu kế hoạch với thực tế phát: theo chủ đề và tổng cộng."""
    report_period = _period(state, period)
    repo = state.existing_repo()
    status = ops.schedule_status(repo, period=report_period)
    names = {t.code: t.name for t in repo.topics()}
    if as_json:
        print_json(status_json(status, report_period, names), indent=1)
        return
    click.echo(tr("Kế hoạch phát sóng {label} ({range}).").format(
        label=report_period.label, range=report_period.range_text))
    header = (tr("Chủ đề"), tr("Kế hoạch"), tr("Đã phát"), tr("Không phát"),
              tr("Chưa đánh dấu"), tr("Sắp tới"), tr("Ngoài kế hoạch"))
    rows: list[tuple[object, ...]] = [
        (code, *(getattr(c, f) for f in STATUS_FIELDS)) for code, c in status.topics.items()]
    rows.append((tr("Tổng cộng"), *(getattr(status.total, f) for f in STATUS_FIELDS)))
    print_table(header, rows, (12, 9, 8, 11, 14, 8))
    reasons = [f"{REASON_NAMES[r]}: {status.total.not_aired_reasons[r.value]}"
               for r in NotAiredReason if status.total.not_aired_reasons.get(r.value)]
    if reasons:
        click.echo(tr("Lý do không phát: {reasons}.").format(reasons="; ".join(reasons)))


@schedule_group.group("target")
def target_group() -> None:
    """Chỉ tiêu của chủ đề (ví dụ ít nhất 3 lượt phát mỗi tuần)."""


@target_group.command("set")
@click.option("--topic", required=True, metavar="MÃ", help="Mã chủ đề.")
@click.option("--measure", required=True, metavar="CHỈ_TIÊU",
              help="airings (lượt phát), minutes (phút) hoặc items (tin, bài).")
@click.option("--per", required=True, metavar="KỲ", help="week (mỗi tuần) hoặc month (mỗi tháng).")
@click.option("--at-least", "amount", required=True, type=WHOLE_NUMBER, metavar="N",
              help="Mức tối thiểu; 0 để bỏ chỉ tiêu.")
@pass_state
def target_set(state: CliState, topic: str, measure: str, per: str, amount: int) -> None:
    """Đặt (hoặc bỏ, với 0) chỉ tiêu cho một chủ đề."""
    repo = state.existing_repo()
    with reporting_problems():
        ops.save_target(repo, topic_code=topic.strip(), measure=measure.strip().lower(),
                        per=per.strip().lower(), amount=amount)
    click.echo(tr("Đã lưu chỉ tiêu.") if amount else tr("Đã bỏ chỉ tiêu."))


@target_group.command("list")
@json_option()
@pass_state
def target_list(state: CliState, as_json: bool) -> None:
    """Liệt kê chỉ tiêu của các chủ đề."""
    repo = state.existing_repo()
    targets = ops.targets(repo)
    if as_json:
        print_json([{"topic": t.topic_code, "measure": t.measure.value, "per": t.per.value,
                     "at_least": t.amount} for t in targets], indent=1)
        return
    print_table((tr("Chủ đề"), tr("Chỉ tiêu"), tr("Kỳ"), tr("Tối thiểu")),
                [(t.topic_code, t.measure.value, t.per.value, t.amount) for t in targets],
                (12, 9, 6))
