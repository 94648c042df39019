"""Commands for the log, catalogue, directives, topics, demo data and backups.

Every command calls the same operations as the GUI. Output for scripts: ``log add`` prints
the new UUID only; ``--json`` prints a list of objects with the field names documented in
README.md (a public contract: never rename them); anything else prints one short line.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from ocop_desktop.cli import (
    CLOCK_TIME,
    ISO_DATE,
    WHOLE_NUMBER,
    CliState,
    Code,
    fail,
    json_option,
    main,
    pass_state,
    print_table,
    reporting_problems,
    tr,
)
from ocop_desktop.domain.catalogue import (
    DEFAULT_LANGUAGE,
    DEFAULT_PRIORITY,
    DEFAULT_SOURCE,
    LANGUAGES,
    PRIORITIES,
    SOURCES,
)
from ocop_desktop.domain.records import (
    Directive,
    Installation,
    LogRecord,
    RecordQuery,
    Role,
    Topic,
    Unit,
    UnitLevel,
)
from ocop_desktop.domain.text import normalize_name
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations.maintenance import suggest_installation
from ocop_desktop.storage.database import StorageError

# The JSON fields of ``log list --json``, in output order (README.md documents them).
RECORD_JSON_FIELDS = (
    "uuid", "date", "time", "unit", "topic", "form", "title", "items", "airings", "minutes",
    "copies", "participants", "language", "source", "priority", "location", "operator",
    "notes", "entered_by", "created_at", "updated_at",
)
UNIT_JSON_FIELDS = ("code", "name", "level", "parent_code", "valid_from", "valid_to")
DIRECTIVE_JSON_FIELDS = ("number", "date", "issuer", "summary", "deadline", "topics")
TOPIC_JSON_FIELDS = ("code", "name", "directive", "valid_from", "valid_to")

ROLE = Code([r.value for r in Role], "station|office")
LEVEL = Code([level.value for level in UnitLevel], "province|district|commune")
LANGUAGE = Code([c.code for c in LANGUAGES], "|".join(c.code for c in LANGUAGES))
SOURCE = Code([c.code for c in SOURCES], "|".join(c.code for c in SOURCES))
PRIORITY = Code([c.code for c in PRIORITIES], "|".join(c.code for c in PRIORITIES))
_WIDTH = {UnitLevel.PROVINCE: 2, UnitLevel.DISTRICT: 3, UnitLevel.COMMUNE: 5}


def _problem(field: str, problem: ProblemCode, /, **params: object) -> ValidationError:
    return ValidationError([Problem(field, problem, params)])


def _text(value: str) -> str:
    """Typed text as stored: NFC (a macOS terminal sends decomposed letters), trimmed."""
    return unicodedata.normalize("NFC", value).strip()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _print_json_list(objects: Iterable[dict[str, Any]]) -> None:
    """A JSON list, streamed one object per line (a million records never sit in memory)."""
    click.echo("[", nl=False)
    first = True
    for obj in objects:
        click.echo(("\n" if first else ",\n") + json.dumps(obj, ensure_ascii=False), nl=False)
        first = False
    click.echo("\n]" if not first else "]")


# -- init ------------------------------------------------------------------------------

@main.command("init")
@click.option("--unit", "unit_code", required=True, metavar="MÃ",
              help="Mã đơn vị (mã Tổng cục Thống kê, ví dụ 05986).")
@click.option("--role", required=True, type=ROLE,
              help="station: đài truyền thanh cấp xã; office: cơ quan tổng hợp.")
@click.option("--name", help="Tên đơn vị, khi đơn vị chưa có trong danh mục.")
@click.option("--level", type=LEVEL, help="Cấp của đơn vị mới (mặc định: theo độ dài mã).")
@click.option("--parent", "parent_code", metavar="MÃ", help="Mã đơn vị cấp trên của đơn vị mới.")
@click.option("--signer-name", help="Họ tên người ký báo cáo.")
@click.option("--signer-title",
              help="Chức vụ người ký (ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; mặc định theo quan "
                   "hệ báo cáo của đơn vị).")
@click.option("--recipient-name", help="Nơi nhận báo cáo.")
@click.option("--recipient-email", help="Thư điện tử nơi nhận báo cáo.")
@click.option("--place", help="Địa danh ở dòng ngày tháng (ví dụ: Lạng Sơn).")
@click.option("--issuing-body",
              help="Cơ quan ban hành báo cáo (in hoa, ví dụ: UBND XÃ HOÀNG ĐỒNG).")
@click.option("--parent-body", help="Cơ quan chủ quản (ví dụ: UBND THÀNH PHỐ LẠNG SƠN).")
@pass_state
def init_command(state: CliState, unit_code: str, role: str, name: str | None,
                 level: str | None, parent_code: str | None, **bodies: str | None) -> None:
    """Thiết lập đơn vị sử dụng phần mềm (chạy lại để sửa)."""
    repo = state.repo
    unit_code = unit_code.strip()
    existing = repo.any_unit(unit_code)
    new_unit: Unit | None = None
    if existing is None:
        if not name:
            fail(tr("Đơn vị mã “{code}” chưa có trong danh mục. Hãy nhập danh mục (ocop-desktop "
                    "units import TỆP) hoặc cho biết tên đơn vị bằng --name.").format(
                code=unit_code))
        unit_level = UnitLevel(level) if level else _level_of(unit_code)
        if parent_code and repo.any_unit(parent_code) is None:
            with reporting_problems():
                raise _problem("parent_code", ProblemCode.UNKNOWN_UNIT, code=parent_code)
        new_unit = Unit(unit_code, _text(name), unit_level, parent_code or None)
        unit = new_unit
    else:
        mismatch = ((name and normalize_name(name) != normalize_name(existing.name))
                    or (level and level != existing.level.value)
                    or (parent_code and parent_code != existing.parent_code))
        if mismatch:
            fail(tr("Đơn vị mã “{code}” đã có trong danh mục là “{name}” ({level}, cấp trên: "
                    "{parent}); bỏ các tùy chọn --name, --level, --parent hoặc sửa cho "
                    "khớp.").format(code=unit_code, name=existing.name,
                                    level=existing.level.value,
                                    parent=existing.parent_code or "—"))
        unit = existing
    old = repo.installation()
    suggested = suggest_installation(repo, unit, Role(role))
    values = _fields(suggested if old is None else old)
    if old is not None and (old.unit_code != unit.code or old.role.value != role):
        # Another unit or role: the report header follows it; the people stay.
        for key in ("issuing_body", "parent_body", "place", "recipient_name", "addressees",
                    "drafting_office", "signer_authority", "authority_of"):
            values[key] = getattr(suggested, key)
    values["role"] = Role(role)
    values["unit_code"] = unit.code
    for key, value in bodies.items():
        if value is not None:
            values[key] = _text(value)
    with reporting_problems():
        from ocop_desktop.operations import save_installation

        save_installation(repo, installation=Installation(**values), unit=new_unit)
    role_text = (tr("đài truyền thanh cấp xã") if role == Role.STATION.value
                 else tr("cơ quan tổng hợp"))
    click.echo(tr("Đã thiết lập: {name} ({code}), {role}. Tệp dữ liệu: {path}").format(
        name=unit.name, code=unit.code, role=role_text, path=state.db_path))


def _fields(installation: Installation) -> dict[str, Any]:
    return {name: getattr(installation, name) for name in installation.__dataclass_fields__}


def _level_of(code: str) -> UnitLevel:
    for level, width in _WIDTH.items():
        if len(code) == width:
            return level
    return UnitLevel.COMMUNE


# -- units -----------------------------------------------------------------------------

@main.group("units")
def units_group() -> None:
    """Danh mục đơn vị hành chính."""


@units_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--valid-from", type=ISO_DATE,
              help="Ngày danh mục có hiệu lực (danh mục mới thay danh mục cũ, ví dụ 2025-07-01).")
@pass_state
def units_import(state: CliState, file: Path, valid_from: dt.date | None) -> None:
    """Nhập danh mục đơn vị (tệp của Tổng cục Thống kê, CSV hoặc XLSX)."""
    from ocop_desktop.excel.unit_lists import UnitListError
    from ocop_desktop.operations import import_unit_file
    from ocop_desktop.texts.problem_texts import unit_list_error_text

    if not file.is_file():
        fail(tr("Không tìm thấy tệp {file}.").format(file=file))
    repo = state.repo
    try:
        with reporting_problems():
            result = import_unit_file(repo, path=file, valid_from=valid_from)
    except UnitListError as exc:
        fail(unit_list_error_text(exc))
    if result.merge_map:
        click.echo(tr("Đã nhập bảng sáp nhập từ {file}: {links} liên kết đơn vị mới – đơn vị "
                      "cũ được thêm, {same} đã có.").format(
            file=file.name, links=result.links, same=result.unchanged))
        return
    click.echo(tr("Đã nhập danh mục từ {file}: {added} mới, {changed} thay đổi, {unchanged} "
                  "không đổi, {closed} hết hiệu lực.").format(
        file=file.name, added=result.added, changed=result.changed,
        unchanged=result.unchanged, closed=result.closed))


@units_group.command("list")
@click.option("--on", "on", type=ISO_DATE, help="Chỉ các đơn vị có hiệu lực vào ngày này.")
@json_option()
@pass_state
def units_list(state: CliState, on: dt.date | None, as_json: bool) -> None:
    """Liệt kê danh mục đơn vị (mọi phiên bản, hoặc các đơn vị có hiệu lực vào --on)."""
    units = state.existing_repo().units(on)
    units.sort(key=lambda u: (len(u.code), u.code, u.valid_from or dt.date.min))
    if as_json:
        _print_json_list({"code": u.code, "name": u.name, "level": u.level.value,
                          "parent_code": u.parent_code, "valid_from": _iso(u.valid_from),
                          "valid_to": _iso(u.valid_to)} for u in units)
        return
    print_table(
        (tr("Mã"), tr("Cấp"), tr("Cấp trên"), tr("Từ ngày"), tr("Đến ngày"), tr("Tên")),
        ((u.code, u.level.value, u.parent_code or "", _iso(u.valid_from) or "",
          _iso(u.valid_to) or "", u.name) for u in units),
        (5, 8, 8, 10, 10))


# -- directives and topics ---------------------------------------------------------------

@main.group("directive")
def directive_group() -> None:
    """Văn bản chỉ đạo (công văn, kế hoạch…)."""


@directive_group.command("add")
@click.option("--number", required=True, help="Số, ký hiệu (ví dụ: 1234/STTTT-TTBCXB).")
@click.option("--date", "date", required=True, type=ISO_DATE, help="Ngày ban hành.")
@click.option("--issuer", required=True, help="Cơ quan ban hành.")
@click.option("--summary", required=True, help="Trích yếu.")
@click.option("--deadline", type=ISO_DATE, help="Hạn báo cáo.")
@pass_state
def directive_add(state: CliState, number: str, date: dt.date, issuer: str, summary: str,
                  deadline: dt.date | None) -> None:
    """Đăng ký một văn bản chỉ đạo."""
    from ocop_desktop.operations import save_directive

    directive = Directive(_text(number), date, _text(issuer), _text(summary), deadline)
    with reporting_problems():
        save_directive(state.repo, directive=directive)
    click.echo(tr("Đã thêm văn bản chỉ đạo số {number}.").format(number=directive.number))


@directive_group.command("list")
@json_option()
@pass_state
def directive_list(state: CliState, as_json: bool) -> None:
    """Liệt kê các văn bản chỉ đạo."""
    repo = state.existing_repo()
    directives = repo.directives()
    topics = {d.number: [t.code for t in repo.topics(directive=d.number)] for d in directives}
    if as_json:
        _print_json_list({"number": d.number, "date": d.date.isoformat(), "issuer": d.issuer,
                          "summary": d.summary, "deadline": _iso(d.deadline),
                          "topics": topics[d.number]} for d in directives)
        return
    print_table((tr("Số, ký hiệu"), tr("Ngày"), tr("Hạn báo cáo"), tr("Chủ đề"), tr("Trích yếu")),
                 ((d.number, d.date.isoformat(), _iso(d.deadline) or "",
                   ",".join(topics[d.number]), d.summary) for d in directives),
                 (22, 10, 11, 16))


@main.group("topic")
def topic_group() -> None:
    """Chủ đề tuyên truyền."""


@topic_group.command("add")
@click.option("--code", required=True, help="Mã chủ đề (chữ, số, - _ .), ví dụ OCOP.")
@click.option("--name", required=True, help="Tên chủ đề.")
@click.option("--directive", metavar="SỐ", help="Số, ký hiệu văn bản chỉ đạo yêu cầu chủ đề này.")
@click.option("--from", "valid_from", type=ISO_DATE, help="Bắt đầu hiệu lực.")
@click.option("--to", "valid_to", type=ISO_DATE, help="Hết hiệu lực.")
@pass_state
def topic_add(state: CliState, code: str, name: str, directive: str | None,
              valid_from: dt.date | None, valid_to: dt.date | None) -> None:
    """Thêm một chủ đề tuyên truyền."""
    from ocop_desktop.operations import save_topic

    topic = Topic(code.strip(), _text(name), _text(directive) if directive else None,
                  valid_from, valid_to)
    with reporting_problems():
        save_topic(state.repo, topic=topic)
    click.echo(tr("Đã thêm chủ đề {code}.").format(code=topic.code))


@topic_group.command("list")
@json_option()
@pass_state
def topic_list(state: CliState, as_json: bool) -> None:
    """Liệt kê các chủ đề tuyên truyền."""
    topics = state.existing_repo().topics()
    if as_json:
        _print_json_list({"code": t.code, "name": t.name, "directive": t.directive,
                          "valid_from": _iso(t.valid_from), "valid_to": _iso(t.valid_to)}
                         for t in topics)
        return
    print_table((tr("Mã"), tr("Từ ngày"), tr("Đến ngày"), tr("Văn bản"), tr("Tên")),
                 ((t.code, _iso(t.valid_from) or "", _iso(t.valid_to) or "",
                   t.directive or "", t.name) for t in topics),
                 (10, 10, 10, 22))


# -- the log ---------------------------------------------------------------------------

@main.group("log")
def log_group() -> None:
    """Sổ ghi hoạt động tuyên truyền."""


@log_group.command("add")
@click.option("--date", "date", required=True, type=ISO_DATE, help="Ngày thực hiện.")
@click.option("--time", "time_", type=CLOCK_TIME, help="Giờ phát (HH:MM).")
@click.option("--topic", required=True, metavar="MÃ", help="Mã chủ đề.")
@click.option("--form", required=True, metavar="MÃ",
              help="Hình thức: radio, relay, feedback, board, print, document, propagandist, "
                   "web, social, sms, banner, meeting, tv, press (xem: ocop-desktop form "
                   "list).")
@click.option("--title", required=True, help="Tiêu đề, nội dung.")
@click.option("--items", type=WHOLE_NUMBER, help="Số tin, bài (số buổi với hội nghị).")
@click.option("--airings", type=WHOLE_NUMBER, help="Số lượt phát.")
@click.option("--minutes", type=WHOLE_NUMBER, help="Số phút.")
@click.option("--copies", type=WHOLE_NUMBER, help="Số bản (ấn phẩm).")
@click.option("--participants", type=WHOLE_NUMBER, help="Số người dự (hội nghị).")
@click.option("--language", type=LANGUAGE, help="Ngôn ngữ (mặc định: vi).")
@click.option("--source", type=SOURCE,
              help="Nguồn: self (tự sản xuất, mặc định với radio, tv), vov, province, "
                   "district (đến 31/12/2025), central-system, province-system (hệ thống "
                   "thông tin nguồn trung ương, tỉnh; từ 01/7/2024).")
@click.option("--priority", type=PRIORITY, default=DEFAULT_PRIORITY, show_default=True,
              help="Mức độ ưu tiên: normal, priority (ưu tiên), urgent (khẩn cấp).")
@click.option("--location", default="", help="Thôn, cụm loa, địa điểm.")
@click.option("--operator", default="", help="Người thực hiện.")
@click.option("--notes", default="", help="Ghi chú.")
@click.option("--unit", "unit_code", metavar="MÃ",
              help="Đơn vị thực hiện (mặc định: đơn vị của phần mềm).")
@click.option("--cluster", "cluster_ids", type=WHOLE_NUMBER, multiple=True, metavar="ID",
              help="Cụm loa đã phát (số trong sổ cụm loa; lặp lại cho nhiều cụm).")
@pass_state
def log_add(state: CliState, date: dt.date, time_: dt.time | None, topic: str, form: str,
            title: str, items: int | None, airings: int | None, minutes: int | None,
            copies: int | None, participants: int | None, language: str | None,
            source: str | None, priority: str, location: str, operator: str, notes: str,
            unit_code: str | None, cluster_ids: tuple[int, ...]) -> None:
    """Ghi một hoạt động tuyên truyền; in ra mã (UUID) của bản ghi mới."""
    from ocop_desktop.operations import save_record

    repo, installation = state.installation()
    unit = (unit_code or installation.unit_code).strip()
    forms = repo.forms()
    if source is None and form in forms and forms[form].broadcast and form != "relay":
        source = DEFAULT_SOURCE  # a station's own broadcast; relays must say whose
    record = LogRecord(
        date=date, time=time_, topic_code=topic.strip(), form_code=form.strip(),
        title=_text(title), unit_code=unit, items=items, airings=airings, minutes=minutes,
        copies=copies, participants=participants, language=language or DEFAULT_LANGUAGE,
        source=source, priority=priority, location=_text(location),
        operator=_text(operator), notes=_text(notes),
        # Logged here for another unit (an office for one of its communes): say who typed it.
        entered_by=installation.unit_code if unit != installation.unit_code else None)
    with reporting_problems():
        save_record(repo, record=record, clusters=list(cluster_ids) or None)
    click.echo(record.uuid)


def record_json(record: LogRecord) -> dict[str, Any]:
    """One record as ``log list --json`` prints it (field names are a public contract)."""
    return {
        "uuid": record.uuid, "date": record.date.isoformat(),
        "time": record.time.strftime("%H:%M") if record.time else None,
        "unit": record.unit_code, "topic": record.topic_code, "form": record.form_code,
        "title": record.title, "items": record.items, "airings": record.airings,
        "minutes": record.minutes, "copies": record.copies,
        "participants": record.participants, "language": record.language,
        "source": record.source, "priority": record.priority, "location": record.location,
        "operator": record.operator, "notes": record.notes, "entered_by": record.entered_by,
        "created_at": record.created_at, "updated_at": record.updated_at,
    }


@log_group.command("list")
@click.option("--from", "date_from", type=ISO_DATE, help="Từ ngày.")
@click.option("--to", "date_to", type=ISO_DATE, help="Đến ngày.")
@click.option("--topic", metavar="MÃ", help="Chỉ chủ đề này.")
@click.option("--form", metavar="MÃ", help="Chỉ hình thức này.")
@click.option("--unit", "unit_code", metavar="MÃ", help="Chỉ đơn vị này và các đơn vị trực thuộc.")
@click.option("--search", default="", help="Tìm trong tiêu đề, địa điểm, người thực hiện, "
                                           "ghi chú (không cần gõ dấu).")
@json_option()
@pass_state
def log_list(state: CliState, date_from: dt.date | None, date_to: dt.date | None,
             topic: str | None, form: str | None, unit_code: str | None, search: str,
             as_json: bool) -> None:
    """Liệt kê các bản ghi (chưa xóa), theo thứ tự ngày giờ."""
    repo = state.existing_repo()
    with reporting_problems():
        if date_from and date_to and date_to < date_from:
            raise _problem("valid_to", ProblemCode.RANGE_REVERSED)
        if topic and repo.topic(topic) is None:
            raise _problem("topic_code", ProblemCode.UNKNOWN_TOPIC, code=topic)
        if form and form not in repo.forms(include_inactive=True):
            raise _problem("form_code", ProblemCode.UNKNOWN_FORM, code=form)
        if unit_code and repo.any_unit(unit_code) is None:
            raise _problem("unit_code", ProblemCode.UNKNOWN_UNIT, code=unit_code)
    query = RecordQuery(date_from=date_from, date_to=date_to, topic_code=topic or None,
                        form_code=form or None, unit_code=unit_code or None, search=search)
    records = repo.iter_records(query)
    if as_json:
        _print_json_list(record_json(r) for r in records)
        return
    print_table(
        (tr("Ngày"), tr("Giờ"), tr("Đơn vị"), tr("Chủ đề"), tr("Hình thức"), tr("Tin"),
         tr("Lượt"), tr("Phút"), tr("Bản"), tr("Người"), tr("Tiếng"), tr("Mã bản ghi"),
         tr("Tiêu đề")),
        _table_rows(records),
        (10, 5, 6, 10, 9, 4, 4, 5, 5, 6, 8, 36))


def _table_rows(records: Iterator[LogRecord]) -> Iterator[tuple[object, ...]]:
    for r in records:
        yield (r.date.isoformat(), r.time.strftime("%H:%M") if r.time else "", r.unit_code,
               r.topic_code, r.form_code, r.items, r.airings, r.minutes, r.copies,
               r.participants, r.language or "", r.uuid, r.title)


def _set_deleted(state: CliState, uuid: str, deleted: bool) -> None:
    from ocop_desktop.operations import set_records_deleted

    repo = state.existing_repo()
    uuid = uuid.strip()
    record = repo.record(uuid)
    if record is None:
        fail(tr("Không có bản ghi mã “{uuid}”.").format(uuid=uuid))
    if record.deleted == deleted:
        click.echo((tr("Bản ghi {uuid} đã bị xóa từ trước.") if deleted
                    else tr("Bản ghi {uuid} chưa bị xóa.")).format(uuid=uuid))
        return
    with reporting_problems():
        set_records_deleted(repo, uuids=[uuid], deleted=deleted)
    if deleted:
        click.echo(tr("Đã xóa bản ghi {uuid} (hoàn tác: ocop-desktop log undelete {uuid}).")
                   .format(uuid=uuid))
    else:
        click.echo(tr("Đã khôi phục bản ghi {uuid}.").format(uuid=uuid))


@log_group.command("delete")
@click.argument("uuid")
@pass_state
def log_delete(state: CliState, uuid: str) -> None:
    """Xóa một bản ghi (được giữ lại ở trạng thái đã xóa, có thể hoàn tác)."""
    _set_deleted(state, uuid, True)


@log_group.command("undelete")
@click.argument("uuid")
@pass_state
def log_undelete(state: CliState, uuid: str) -> None:
    """Hoàn tác việc xóa một bản ghi."""
    _set_deleted(state, uuid, False)


# -- demo data, backup, restore ------------------------------------------------------------

@main.command("demo")
@click.option("--records", "count", type=WHOLE_NUMBER, default=2000, show_default=True,
              help="Số bản ghi mẫu cần tạo.")
@click.option("--remove", is_flag=True,
              help="Xóa dữ liệu mẫu (bản ghi, chủ đề, văn bản mẫu); bản ghi thật giữ nguyên.")
@pass_state
def demo_command(state: CliState, count: int, remove: bool) -> None:
    """Tạo dữ liệu mẫu của đơn vị mình trong 13 tháng gần nhất (hoặc xóa với --remove)."""
    from ocop_desktop.operations.maintenance import load_demo, remove_demo

    if remove:
        repo = state.existing_repo()
        with reporting_problems():
            changes = remove_demo(repo)
        click.echo(tr("Đã xóa {count} bản ghi mẫu; bản ghi thật giữ nguyên.").format(
            count=f"{changes.deleted:,}".replace(",", ".")))
        return
    repo = state.repo
    started = time.monotonic()
    show = sys.stderr.isatty()
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if show and percent != shown[0]:
            shown[0] = percent
            click.echo(f"\r{tr('Đang tạo dữ liệu mẫu')}: {done:,}/{total:,} ({percent}%)",
                       nl=False, err=True)

    with reporting_problems():
        changes = load_demo(repo, records=count, progress=progress)
    if show:
        click.echo(err=True)
    click.echo(tr("Đã tạo {count} bản ghi mẫu trong {seconds:.1f} giây ({path}).").format(
        count=f"{changes.added:,}".replace(",", "."), seconds=time.monotonic() - started,
        path=state.db_path))


@main.command("backup")
@click.option("--to", "dest", type=click.Path(path_type=Path),
              help="Tệp hoặc thư mục đích (mặc định: thư mục backups cạnh tệp dữ liệu).")
@pass_state
def backup_command(state: CliState, dest: Path | None) -> None:
    """Sao lưu dữ liệu; in ra đường dẫn tệp sao lưu."""
    from ocop_desktop.operations.maintenance import backup_now
    from ocop_desktop.texts.problem_texts import backup_error_text

    repo = state.existing_repo()
    if dest is not None and not dest.is_dir() and not dest.parent.is_dir():
        fail(tr("Không có thư mục {folder}.").format(folder=dest.parent))
    try:
        path = backup_now(repo, state.db_path, dest)
    except StorageError as exc:
        fail(backup_error_text(exc))
    click.echo(str(path))


@main.command("restore")
@click.argument("file", type=click.Path(path_type=Path))
@pass_state
def restore_command(state: CliState, file: Path) -> None:
    """Khôi phục dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)."""
    from ocop_desktop.operations.maintenance import restore_backup
    from ocop_desktop.texts.problem_texts import restore_error_text

    if not file.is_file():
        fail(tr("Không tìm thấy tệp {file}.").format(file=file))
    state.close()  # restore works through its own connection
    try:
        safety = restore_backup(state.db_path, file)
    except StorageError as exc:
        fail(restore_error_text(exc))
    click.echo(tr("Đã khôi phục dữ liệu từ {file}. Dữ liệu trước khi khôi phục được lưu "
                  "tại {safety}").format(file=file, safety=safety))
