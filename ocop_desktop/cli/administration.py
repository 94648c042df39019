"""``cluster``, ``relation``, ``form`` and ``source``: today's administration (issue 13).

Public contract (issue 13): ``cluster add --name NAME [--village TEXT] [--former-unit CODE]
[--kind ip|wired|fm]`` prints the new cluster's id only; ``cluster status ID
--working|--broken|--removed [--since YYYY-MM-DD] [--note TEXT]``; ``cluster list [--date D]
[--json]`` prints the fields ``id``, ``name``, ``village``, ``former_unit``, ``kind``,
``status`` (``working``, ``broken``, ``removed``) and ``since``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from ocop_desktop.cli import (
    ISO_DATE,
    WHOLE_NUMBER,
    CliState,
    Code,
    fail,
    json_option,
    main,
    pass_state,
    print_json,
    print_table,
    reporting_problems,
    tr,
)
from ocop_desktop.cli.log import LEVEL, _text
from ocop_desktop.domain.administration import (
    Cluster,
    ClusterKind,
    ClusterStatus,
    ReportingRelation,
)
from ocop_desktop.domain.records import UnitLevel
from ocop_desktop.operations import administration as ops

CLUSTER_JSON_FIELDS = ("id", "name", "village", "former_unit", "kind", "status", "since")
RELATION_JSON_FIELDS = ("id", "level", "unit", "from", "to", "recipient", "issuing_body",
                        "parent_body", "drafter", "signer_title", "note")
KIND = Code([k.value for k in ClusterKind], "ip|wired|fm")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# -- clusters ----------------------------------------------------------------------------

@main.group("cluster")
def cluster_group() -> None:
    """Sổ cụm loa của đài truyền thanh (tình trạng theo ngày)."""


@cluster_group.command("add")
@click.option("--name", required=True, help="Tên cụm loa.")
@click.option("--village", default="", help="Thôn, bản hoặc xã cũ mà cụm loa phục vụ.")
@click.option("--former-unit", metavar="MÃ",
              help="Mã xã cũ, khi cụm loa là đài truyền thanh của xã cũ đó.")
@click.option("--kind", type=KIND, help="Loại: ip, wired (có dây), fm (không dây FM).")
@click.option("--installed", type=ISO_DATE,
              help="Ngày lắp đặt (mặc định: hôm nay; cụm loa hoạt động từ ngày này).")
@click.option("--unit", "unit_code", metavar="MÃ",
              help="Đơn vị của đài (mặc định: đơn vị của phần mềm).")
@pass_state
def cluster_add(state: CliState, name: str, village: str, former_unit: str | None,
                kind: str | None, installed: dt.date | None, unit_code: str | None) -> None:
    """Thêm một cụm loa vào sổ; in ra số (id) của cụm loa mới."""
    repo, installation = state.installation()
    cluster = Cluster(
        name=_text(name), unit_code=(unit_code or installation.unit_code).strip(),
        village=_text(village), former_unit=former_unit.strip() if former_unit else None,
        kind=ClusterKind(kind) if kind else None, installed_on=installed)
    with reporting_problems():
        cluster_id = ops.add_cluster(repo, cluster=cluster)
    click.echo(cluster_id)


@cluster_group.command("status")
@click.argument("cluster_id", type=WHOLE_NUMBER, metavar="ID")
@click.option("--working", "status", flag_value=ClusterStatus.WORKING.value,
              help="Hoạt động bình thường (đã sửa xong).")
@click.option("--broken", "status", flag_value=ClusterStatus.BROKEN.value, help="Bị hỏng.")
@click.option("--removed", "status", flag_value=ClusterStatus.REMOVED.value,
              help="Đã dỡ bỏ, không dùng nữa.")
@click.option("--since", type=ISO_DATE, help="Từ ngày (mặc định: hôm nay).")
@click.option("--note", default="", help="Ghi chú (ví dụ: hỏng do sét).")
@pass_state
def cluster_status(state: CliState, cluster_id: int, status: str | None,
                   since: dt.date | None, note: str) -> None:
    """Ghi tình trạng của một cụm loa từ một ngày."""
    if status is None:
        fail(tr("Cần cho biết tình trạng: --working, --broken hoặc --removed."))
    repo = state.existing_repo()
    with reporting_problems():
        ops.set_cluster_status(repo, cluster_id=cluster_id, status=ClusterStatus(status),
                               since=since, note=_text(note))
    click.echo(tr("Đã ghi: cụm loa số {id} {status} từ ngày {since}.").format(
        id=cluster_id, status=_status_text(ClusterStatus(status)),
        since=(since or dt.date.today()).strftime("%d/%m/%Y")))


def _status_text(status: ClusterStatus) -> str:
    return {ClusterStatus.WORKING: tr("hoạt động"), ClusterStatus.BROKEN: tr("hỏng"),
            ClusterStatus.REMOVED: tr("đã dỡ bỏ")}[status]


@cluster_group.command("list")
@click.option("--date", "day", type=ISO_DATE, help="Tình trạng vào ngày này (mặc định: hôm nay).")
@json_option()
@pass_state
def cluster_list(state: CliState, day: dt.date | None, as_json: bool) -> None:
    """Liệt kê các cụm loa và tình trạng vào một ngày."""
    repo = state.existing_repo()
    on = day or dt.date.today()
    rows = [(c, s) for c, s in ops.clusters_on(repo, on) if s is not None]
    if as_json:
        print_json([{"id": c.id, "name": c.name, "village": c.village,
                "former_unit": c.former_unit, "kind": c.kind.value if c.kind else None,
                "status": s.status.value if s else None,
                "since": s.since.isoformat() if s else None} for c, s in rows], indent=1)
        return
    print_table(
        (tr("Số"), tr("Loại"), tr("Tình trạng"), tr("Từ ngày"), tr("Xã cũ"), tr("Tên"),),
        ((c.id, c.kind.value if c.kind else "", s.status.value if s else "",
          s.since.isoformat() if s else "", c.former_unit or "", c.name) for c, s in rows),
        (4, 6, 10, 10, 6))


@cluster_group.command("from-former-units")
@click.option("--kind", type=KIND, help="Loại của các cụm loa mới: ip, wired, fm.")
@pass_state
def cluster_from_former(state: CliState, kind: str | None) -> None:
    """Tạo cụm loa từ đài truyền thanh của các xã cũ đã hợp nhất vào đơn vị (mỗi xã cũ một
    cụm; cần danh mục 2025 hoặc bảng sáp nhập đã nhập)."""
    repo, installation = state.installation()
    formers = ops.former_units(repo, installation.unit_code)
    if not formers:
        fail(tr("Danh mục chưa cho biết đơn vị {code} được hợp nhất từ những xã nào. Hãy nhập "
                "bảng sáp nhập: ocop-desktop units import TỆP.").format(
            code=installation.unit_code))
    ids = ops.create_clusters_from_links(repo, unit_code=installation.unit_code,
                                         kind=ClusterKind(kind) if kind else None)
    click.echo(tr("Đã tạo {n} cụm loa từ {m} xã cũ.").format(n=len(ids), m=len(formers)))


# -- reporting relationships ---------------------------------------------------------------

@main.group("relation")
def relation_group() -> None:
    """Quan hệ báo cáo theo thời gian: đơn vị báo cáo cho ai, với tư cách cơ quan nào."""


def _relation_json(r: ReportingRelation) -> dict[str, Any]:
    return {"id": r.id, "level": r.level.value if r.level else None, "unit": r.unit_code,
            "from": _iso(r.valid_from), "to": _iso(r.valid_to), "recipient": r.recipient,
            "issuing_body": r.issuing_body, "parent_body": r.parent_body,
            "drafter": r.drafter, "signer_title": r.signer_title, "note": r.note}


@relation_group.command("list")
@json_option()
@pass_state
def relation_list(state: CliState, as_json: bool) -> None:
    """Liệt kê bảng quan hệ báo cáo."""
    relations = ops.relations(state.existing_repo())
    if as_json:
        print_json([_relation_json(r) for r in relations], indent=1)
        return
    print_table(
        (tr("Số"), tr("Áp dụng cho"), tr("Từ ngày"), tr("Đến ngày"), tr("Báo cáo gửi")),
        ((r.id, r.unit_code or (r.level.value if r.level else ""), _iso(r.valid_from) or "",
          _iso(r.valid_to) or "", r.recipient) for r in relations),
        (4, 9, 10, 10))


@relation_group.command("show")
@click.option("--unit", "unit_code", metavar="MÃ", help="Đơn vị (mặc định: của phần mềm).")
@click.option("--date", "day", type=ISO_DATE, help="Vào ngày (mặc định: hôm nay).")
@json_option()
@pass_state
def relation_show(state: CliState, unit_code: str | None, day: dt.date | None,
                  as_json: bool) -> None:
    """Đơn vị báo cáo cho ai, với tư cách cơ quan nào, vào một ngày."""
    repo = state.existing_repo()
    if unit_code is None:
        installation = repo.installation()
        if installation is None:
            fail(tr("Chưa thiết lập đơn vị; dùng --unit MÃ."))
        unit_code = installation.unit_code
    on = day or dt.date.today()
    unit = repo.unit(unit_code, on)
    if unit is None:
        fail(tr("Không có đơn vị mã “{code}” có hiệu lực vào ngày {day}.").format(
            code=unit_code, day=on.strftime("%d/%m/%Y")))
    bodies = ops.bodies_on(repo, unit, on)
    values = {"unit": unit.code, "unit_name": unit.name, "date": on.isoformat(),
              "recipient": bodies.recipient, "issuing_body": bodies.issuing_body,
              "parent_body": bodies.parent_body, "drafter": bodies.drafter,
              "signer_title": bodies.signer_title,
              "relation": bodies.relation.id if bodies.relation else None}
    if as_json:
        print_json(values, indent=1)
        return
    click.echo(tr("{name} ({code}), ngày {day}:").format(
        name=unit.name, code=unit.code, day=on.strftime("%d/%m/%Y")))
    for label, key in ((tr("Kính gửi"), "recipient"), (tr("Cơ quan chủ quản"), "parent_body"),
                       (tr("Cơ quan ban hành"), "issuing_body"),
                       (tr("Bộ phận tham mưu"), "drafter"),
                       (tr("Chức vụ người ký"), "signer_title")):
        click.echo(f"  {label}: {values[key] or '—'}")


def _relation_options(function: Any) -> Any:
    for option in reversed((
        click.option("--level", type=LEVEL, help="Áp dụng cho mọi đơn vị của cấp này."),
        click.option("--unit", "unit_code", metavar="MÃ",
                     help="Chỉ áp dụng cho đơn vị này (ưu tiên hơn quy định theo cấp)."),
        click.option("--from", "valid_from", type=ISO_DATE, help="Từ ngày."),
        click.option("--to", "valid_to", type=ISO_DATE, help="Đến ngày."),
        click.option("--recipient", help="Nơi nhận báo cáo; có thể dùng {unit}, {parent}, "
                                         "{province} (tên đơn vị, cấp trên, tỉnh)."),
        click.option("--issuing-body", help="Cơ quan ban hành (ví dụ: Ủy ban nhân dân {unit})."),
        click.option("--parent-body", help="Cơ quan chủ quản (để trống nếu không có)."),
        click.option("--drafter", help="Bộ phận tham mưu soạn báo cáo."),
        click.option("--signer-title", help="Chức vụ người ký (ví dụ: KT. CHỦ TỊCH / PHÓ "
                                            "CHỦ TỊCH)."),
        click.option("--note", help="Ghi chú, căn cứ."),
    )):
        function = option(function)
    return function


def _relation_from(base: ReportingRelation | None, values: dict[str, Any]) -> ReportingRelation:
    fields: dict[str, Any] = {}
    if values.get("level") is not None:
        fields["level"] = UnitLevel(values["level"])
    if values.get("unit_code") is not None:
        fields["unit_code"] = values["unit_code"].strip() or None
    for key in ("valid_from", "valid_to"):
        if values.get(key) is not None:
            fields[key] = values[key]
    for key in ("recipient", "issuing_body", "parent_body", "drafter", "signer_title", "note"):
        if values.get(key) is not None:
            fields[key] = _text(values[key])
    if base is None:
        return ReportingRelation(**{"recipient": "", "issuing_body": "", **fields})
    return base.replace(**fields)


@relation_group.command("add")
@_relation_options
@pass_state
def relation_add(state: CliState, **values: Any) -> None:
    """Thêm một quan hệ báo cáo; in ra số (id) của dòng mới."""
    repo = state.existing_repo()
    with reporting_problems():
        changes = ops.save_relation(repo, relation=_relation_from(None, values))
    click.echo(changes.relation_id)


@relation_group.command("set")
@click.argument("relation_id", type=WHOLE_NUMBER, metavar="ID")
@_relation_options
@pass_state
def relation_set(state: CliState, relation_id: int, **values: Any) -> None:
    """Sửa một quan hệ báo cáo (chỉ các tùy chọn được nêu)."""
    repo = state.existing_repo()
    base = next((r for r in ops.relations(repo) if r.id == relation_id), None)
    if base is None:
        fail(tr("Không có quan hệ báo cáo số {id}.").format(id=relation_id))
    with reporting_problems():
        ops.save_relation(repo, relation=_relation_from(base, values), relation_id=relation_id)
    click.echo(tr("Đã sửa quan hệ báo cáo số {id}.").format(id=relation_id))


@relation_group.command("delete")
@click.argument("relation_id", type=WHOLE_NUMBER, metavar="ID")
@pass_state
def relation_delete(state: CliState, relation_id: int) -> None:
    """Xóa một quan hệ báo cáo."""
    with reporting_problems():
        ops.delete_relation(state.existing_repo(), relation_id=relation_id)
    click.echo(tr("Đã xóa quan hệ báo cáo số {id}.").format(id=relation_id))


# -- forms and sources --------------------------------------------------------------------

def _validity_command(kind: str) -> Any:
    @click.argument("code", metavar="MÃ")
    @click.option("--from", "valid_from", type=ISO_DATE, help="Từ ngày (bỏ trống: không giới hạn).")
    @click.option("--to", "valid_to", type=ISO_DATE, help="Đến ngày (bỏ trống: không giới hạn).")
    @pass_state
    def command(state: CliState, code: str, valid_from: dt.date | None,
                valid_to: dt.date | None) -> None:
        with reporting_problems():
            ops.set_validity(state.existing_repo(), kind=kind, code=code.strip(),
                             valid_from=valid_from, valid_to=valid_to)
        click.echo(tr("Đã đặt hiệu lực của “{code}”: {start} – {end}.").format(
            code=code, start=valid_from.strftime("%d/%m/%Y") if valid_from else "…",
            end=valid_to.strftime("%d/%m/%Y") if valid_to else "…"))
    return command


@main.group("form")
def form_group() -> None:
    """Hình thức tuyên truyền (tên và hiệu lực theo ngày)."""


@form_group.command("list")
@click.option("--date", "day", type=ISO_DATE, help="Tên gọi vào ngày này (mặc định: hôm nay).")
@json_option()
@pass_state
def form_list(state: CliState, day: dt.date | None, as_json: bool) -> None:
    """Liệt kê các hình thức, tên gọi vào một ngày và thời gian hiệu lực."""
    repo = state.existing_repo()
    on = day or dt.date.today()
    forms = ops.forms_for_period(repo, on, on)
    rows = [{"code": f.code, "name": f.name, "measures": [m.value for m in f.measures],
             "from": _iso(f.valid_from), "to": _iso(f.valid_to), "valid": f.valid_on(on)}
            for f in forms.values()]
    if as_json:
        print_json(rows, indent=1)
        return
    print_table((tr("Mã"), tr("Từ ngày"), tr("Đến ngày"), tr("Tên")),
                ((r["code"], r["from"] or "", r["to"] or "", r["name"]) for r in rows),
                (12, 10, 10))


form_group.command("validity", help="Đặt thời gian hiệu lực của một hình thức.")(
    _validity_command("form"))


@main.group("source")
def source_group() -> None:
    """Nguồn chương trình phát sóng (hiệu lực theo ngày)."""


@source_group.command("list")
@json_option()
@pass_state
def source_list(state: CliState, as_json: bool) -> None:
    """Liệt kê các nguồn và thời gian hiệu lực."""
    sources = state.existing_repo().sources()
    rows = [{"code": s.code, "name": s.name, "from": _iso(s.valid_from), "to": _iso(s.valid_to)}
            for s in sources.values()]
    if as_json:
        print_json(rows, indent=1)
        return
    print_table((tr("Mã"), tr("Từ ngày"), tr("Đến ngày"), tr("Tên")),
                ((r["code"], r["from"] or "", r["to"] or "", r["name"]) for r in rows),
                (15, 10, 10))


source_group.command("validity", help="Đặt thời gian hiệu lực của một nguồn.")(
    _validity_command("source"))
