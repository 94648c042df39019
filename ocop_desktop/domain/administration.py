"""Today's administration: who reports to whom on a date, and the station's loudspeakers.

Three things change with the date (DESIGN.md §2–§3):

- **Reporting relationships.** Until 28/02/2025 grassroots information belonged to the
  Ministry of Information and Communications (provincial Sở Thông tin và Truyền thông), from
  01/03/2025 to the Ministry of Culture, Sports and Tourism (Sở Văn hóa, Thể thao và Du lịch,
  Nghị định 43/2025). Until 30/06/2025 a commune reported to its district's culture office;
  from 01/07/2025 there are no districts and a commune or ward reports to the province's Sở
  VHTTDL, as its People's Committee (drafted by its Phòng Văn hóa – Xã hội). The table is
  data (``ReportingRelation``, editable); ``resolve_bodies`` picks the row for a unit on a
  day and fills its templates.
- **Loudspeaker clusters.** After the 2025 merger each new commune has one station; the
  former communes' stations became its clusters (Công văn 271/TTCSTTĐN-TTCS). A cluster has
  a status history (working, broken, removed since a day).
- **Unit links.** A merge map (new unit ← former units) says which communes a new one was
  made of, so clusters can be created from the former stations.

Nothing here reads the database or imports Qt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ocop_desktop.domain.records import Unit, UnitLevel

if TYPE_CHECKING:
    from ocop_desktop.domain.report_text import ReportTable
from ocop_desktop.domain.validation import Problem, ProblemCode

MIC_TO_MCST = dt.date(2025, 3, 1)  # Nghị định 43/2025/NĐ-CP
TWO_LEVELS = dt.date(2025, 7, 1)  # no districts from this day


# -- reporting relationships ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReportingRelation:
    """Who a unit reports to, and as whom, between two dates.

    A row applies to one unit (``unit_code``) or to every unit of a ``level``; a unit's own
    row wins over its level's. The texts are templates: ``{unit}``, ``{parent}`` and
    ``{province}`` become the names valid on the day, first letter lower case
    ("xã Hoàng Đồng", "huyện Tràng Định", "tỉnh Lạng Sơn").
    """

    recipient: str  # the addressee ("Kính gửi"), and first line of "Nơi nhận"
    issuing_body: str  # the body the report is issued as
    level: UnitLevel | None = None
    unit_code: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    parent_body: str = ""  # printed above the issuing body (a People's Committee has none)
    drafter: str = ""  # the section that drafts it ("Phòng Văn hóa – Xã hội")
    signer_title: str = ""  # "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    note: str = ""
    id: int | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)

    def replace(self, **changes: object) -> ReportingRelation:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


_BEFORE_MCST = MIC_TO_MCST - dt.timedelta(days=1)
_BEFORE_TWO_LEVELS = TWO_LEVELS - dt.timedelta(days=1)
_PEOPLES_COMMITTEE = "Ủy ban nhân dân {unit}"
_PARENT_COMMITTEE = "UBND {unit}"  # a parent body may be abbreviated (Decree 30)
_SIGN_FOR_COMMITTEE = "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"

DEFAULT_RELATIONS: tuple[ReportingRelation, ...] = (
    ReportingRelation(
        "Phòng Văn hóa và Thông tin {parent}", _PEOPLES_COMMITTEE, UnitLevel.COMMUNE,
        valid_to=_BEFORE_TWO_LEVELS, drafter="Đài truyền thanh {unit}",
        signer_title=_SIGN_FOR_COMMITTEE,
        note="Xã, phường, thị trấn báo cáo Phòng Văn hóa và Thông tin cấp huyện."),
    ReportingRelation(
        "Sở Văn hóa, Thể thao và Du lịch {province}", _PEOPLES_COMMITTEE, UnitLevel.COMMUNE,
        valid_from=TWO_LEVELS, drafter="Phòng Văn hóa – Xã hội",
        signer_title=_SIGN_FOR_COMMITTEE,
        note="Từ 01/7/2025 không còn cấp huyện; UBND xã, phường báo cáo Sở VHTTDL, "
             "Phòng Văn hóa – Xã hội tham mưu (Thông tư 10/2025/TT-BVHTTDL)."),
    ReportingRelation(
        "Sở Thông tin và Truyền thông {province}", "Phòng Văn hóa và Thông tin",
        UnitLevel.DISTRICT, valid_to=_BEFORE_MCST, parent_body=_PARENT_COMMITTEE,
        signer_title="TRƯỞNG PHÒNG",
        note="Quản lý thông tin cơ sở thuộc Bộ Thông tin và Truyền thông đến 28/02/2025."),
    ReportingRelation(
        "Sở Văn hóa, Thể thao và Du lịch {province}", "Phòng Văn hóa và Thông tin",
        UnitLevel.DISTRICT, valid_from=MIC_TO_MCST, valid_to=_BEFORE_TWO_LEVELS,
        parent_body=_PARENT_COMMITTEE, signer_title="TRƯỞNG PHÒNG",
        note="Từ 01/3/2025 thuộc Bộ Văn hóa, Thể thao và Du lịch (Nghị định 43/2025/NĐ-CP)."),
    ReportingRelation(
        "Bộ Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", UnitLevel.PROVINCE,
        valid_to=_BEFORE_MCST, parent_body=_PARENT_COMMITTEE, signer_title="GIÁM ĐỐC"),
    ReportingRelation(
        "Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
        UnitLevel.PROVINCE, valid_from=MIC_TO_MCST, parent_body=_PARENT_COMMITTEE,
        signer_title="GIÁM ĐỐC"),
)


@dataclass(frozen=True, slots=True)
class Bodies:
    """A unit's report header on a day: the relationship row's templates filled in.

    ``issuing_body`` and ``parent_body`` are in capitals, as a header prints them.
    """

    day: dt.date
    recipient: str
    issuing_body: str
    parent_body: str
    drafter: str
    signer_title: str
    relation: ReportingRelation | None


def lower_first(name: str) -> str:
    """"Huyện Tràng Định" → "huyện Tràng Định" (as a name reads inside a sentence)."""
    return name[:1].lower() + name[1:]


_PLACEHOLDER = re.compile(r"\{(unit|parent|province)\}")


def fill(template: str, names: Mapping[str, str]) -> str:
    """Fill a relationship template; a placeholder without a name is dropped."""
    text = _PLACEHOLDER.sub(lambda m: names.get(m.group(1), ""), template)
    return re.sub(r"\s+", " ", text).strip()


def relation_for(relations: Iterable[ReportingRelation], unit: Unit,
                 day: dt.date) -> ReportingRelation | None:
    """The row that applies to ``unit`` on ``day``: its own first, then its level's; among
    several, the one that started latest."""
    own: list[ReportingRelation] = []
    by_level: list[ReportingRelation] = []
    for relation in relations:
        if not relation.valid_on(day):
            continue
        if relation.unit_code == unit.code:
            own.append(relation)
        elif relation.unit_code is None and relation.level is unit.level:
            by_level.append(relation)
    for options in (own, by_level):
        if options:
            return max(options, key=lambda r: r.valid_from or dt.date.min)
    return None


def resolve_bodies(relations: Iterable[ReportingRelation], unit: Unit, *, day: dt.date,
                   parent: Unit | None, province: Unit | None) -> Bodies:
    """The header of ``unit``'s reports on ``day`` (names valid that day)."""
    relation = relation_for(relations, unit, day)
    names = {"unit": lower_first(unit.name)}
    if parent is not None:
        names["parent"] = lower_first(parent.name)
    if province is not None and province.level is UnitLevel.PROVINCE:
        names["province"] = lower_first(province.name)
    if relation is None:
        return Bodies(day, "", fill(_PEOPLES_COMMITTEE, names).upper(), "", "", "", None)
    return Bodies(
        day=day, recipient=fill(relation.recipient, names),
        issuing_body=fill(relation.issuing_body, names).upper(),
        parent_body=fill(relation.parent_body, names).upper(),
        drafter=fill(relation.drafter, names), signer_title=relation.signer_title,
        relation=relation)


def validate_relation(relation: ReportingRelation) -> list[Problem]:
    problems: list[Problem] = []
    if relation.level is None and not (relation.unit_code or "").strip():
        problems.append(Problem("level", ProblemCode.REQUIRED))
    if relation.unit_code is not None and not relation.unit_code.isdigit():
        problems.append(Problem("unit_code", ProblemCode.BAD_CODE, {"value": relation.unit_code}))
    if not relation.recipient.strip():
        problems.append(Problem("recipient_name", ProblemCode.REQUIRED))
    if not relation.issuing_body.strip():
        problems.append(Problem("issuing_body", ProblemCode.REQUIRED))
    for name in ("recipient", "issuing_body", "parent_body", "drafter"):
        text = getattr(relation, name)
        for match in re.finditer(r"\{([^}]*)\}", text):
            if match.group(1) not in ("unit", "parent", "province"):
                problems.append(Problem(
                    "recipient_name" if name == "recipient" else name,
                    ProblemCode.BAD_CHOICE,
                    {"value": match.group(0), "allowed": "{unit}, {parent}, {province}"}))
    if relation.valid_from and relation.valid_to and relation.valid_to < relation.valid_from:
        problems.append(Problem("valid_to", ProblemCode.RANGE_REVERSED))
    return problems


# -- loudspeaker clusters ----------------------------------------------------------------

class ClusterKind(StrEnum):
    IP = "ip"  # IP-based (loa thông minh, truyền thanh ứng dụng CNTT–VT)
    WIRED = "wired"  # wired (hữu tuyến)
    FM = "fm"  # FM wireless (vô tuyến FM)


class ClusterStatus(StrEnum):
    WORKING = "working"
    BROKEN = "broken"
    REMOVED = "removed"


CLUSTER_KIND_NAMES: dict[ClusterKind, str] = {
    ClusterKind.IP: "Truyền thanh IP",
    ClusterKind.WIRED: "Truyền thanh có dây",
    ClusterKind.FM: "Truyền thanh không dây (FM)",
}
CLUSTER_STATUS_NAMES: dict[ClusterStatus, str] = {
    ClusterStatus.WORKING: "Đang hoạt động",
    ClusterStatus.BROKEN: "Hỏng",
    ClusterStatus.REMOVED: "Đã dỡ bỏ",
}


@dataclass(frozen=True, slots=True)
class StatusChange:
    """From ``since`` on, the cluster is ``status``."""

    status: ClusterStatus
    since: dt.date
    note: str = ""


@dataclass(frozen=True, slots=True)
class Cluster:
    """A loudspeaker cluster (cụm loa) of the station, with its status history."""

    name: str
    unit_code: str  # the station's unit
    village: str = ""  # village(s) or former commune it serves
    former_unit: str | None = None  # code of the former commune whose station it was
    kind: ClusterKind | None = None
    installed_on: dt.date | None = None
    history: tuple[StatusChange, ...] = ()  # oldest first
    id: int | None = None

    def state_on(self, day: dt.date) -> StatusChange | None:
        """The status on ``day``; None before it was installed (or first recorded)."""
        if self.installed_on is not None and day < self.installed_on:
            return None
        current = None
        for change in self.history:
            if change.since <= day:
                current = change
        return current

    def working_on(self, day: dt.date) -> bool:
        state = self.state_on(day)
        return state is not None and state.status is ClusterStatus.WORKING


def validate_cluster(cluster: Cluster) -> list[Problem]:
    problems: list[Problem] = []
    if not cluster.name.strip():
        problems.append(Problem("name", ProblemCode.REQUIRED))
    elif len(cluster.name) > 200:
        problems.append(Problem("name", ProblemCode.TOO_LONG, {"max": 200}))
    if len(cluster.village) > 500:
        problems.append(Problem("village", ProblemCode.TOO_LONG, {"max": 500}))
    if cluster.former_unit is not None and not cluster.former_unit.isdigit():
        problems.append(Problem("former_unit", ProblemCode.BAD_CODE,
                                {"value": cluster.former_unit}))
    return problems


@dataclass(frozen=True, slots=True)
class BrokenCluster:
    name: str
    status: ClusterStatus
    since: dt.date
    note: str


@dataclass(frozen=True, slots=True)
class ClusterLine:
    """One cluster in the report: its state at the end of the period, and what happened."""

    name: str
    kind: ClusterKind | None
    village: str
    status: ClusterStatus
    since: dt.date
    note: str  # the status note, and breaks during the period that were repaired


@dataclass(frozen=True, slots=True)
class ClusterTable:
    """The report's table of the station's clusters at the end of a period."""

    day: dt.date
    total: int  # clusters in place on ``day`` (not removed)
    working: int
    by_kind: tuple[tuple[str, int, int], ...]  # (kind name, total, working)
    out_of_order: tuple[BrokenCluster, ...]  # broken at some time in the period, or removed
    lines: tuple[ClusterLine, ...]
    note: str


def cluster_table(clusters: Sequence[Cluster], *, start: dt.date,
                  end: dt.date) -> ClusterTable | None:
    """How many clusters, how many working on ``end``, which were broken (since when) during
    the period; None when the register has no cluster in place in the period."""
    present = [c for c in clusters
               if (c.state_on(end) is not None or c.state_on(start) is not None
                   or any(start <= change.since <= end for change in c.history))
               and not _removed_before(c, start)]
    if not present:
        return None
    total = working = 0
    kinds: dict[str, list[int]] = {}
    out: list[BrokenCluster] = []
    lines: list[ClusterLine] = []
    for cluster in present:
        state = cluster.state_on(end)
        kind_name = CLUSTER_KIND_NAMES[cluster.kind] if cluster.kind else "Chưa ghi loại"
        if state is not None and state.status is not ClusterStatus.REMOVED:
            total += 1
            counts = kinds.setdefault(kind_name, [0, 0])
            counts[0] += 1
            if state.status is ClusterStatus.WORKING:
                working += 1
                counts[1] += 1
        # Every break that overlapped the period, even one repaired before its end.
        history = list(cluster.history)
        repaired: list[str] = []
        for index, change in enumerate(history):
            until = (history[index + 1].since - dt.timedelta(days=1)
                     if index + 1 < len(history) else dt.date.max)
            if change.status is ClusterStatus.WORKING or until < start or change.since > end:
                continue
            if change.status is ClusterStatus.REMOVED and change.since < start:
                continue  # removed before the period: not part of this period's station
            out.append(BrokenCluster(cluster.name, change.status, change.since, change.note))
            if until < end:
                repaired.append(f"hỏng {change.since:%d/%m}–{until:%d/%m/%Y}"
                                + (f" ({change.note})" if change.note else ""))
        if state is not None:
            note = "; ".join(([state.note] if state.note else []) + repaired)
            lines.append(ClusterLine(cluster.name, cluster.kind, cluster.village,
                                     state.status, state.since, note))
    order = {name: i for i, name in enumerate(CLUSTER_KIND_NAMES.values())}
    by_kind = tuple((name, c[0], c[1]) for name, c in
                    sorted(kinds.items(), key=lambda kv: order.get(kv[0], 99)))
    note = ""
    if total and working < total:
        note = f"Có {total - working}/{total} cụm loa không hoạt động vào ngày {end:%d/%m/%Y}."
    return ClusterTable(end, total, working, by_kind, tuple(out), tuple(lines), note)


def cluster_report_table(table: ClusterTable) -> ReportTable:
    """The clusters as a table of part I of the report (issue 13)."""
    from ocop_desktop.domain.report_text import ReportTable, TableColumn, TableRow, count_text

    rows = tuple(TableRow(line.name, (
        CLUSTER_KIND_NAMES[line.kind] if line.kind else "",
        line.village,
        CLUSTER_STATUS_NAMES[line.status],
        f"{line.since:%d/%m/%Y}",
        line.note or None)) for line in table.lines)
    kinds = ", ".join(f"{count_text(n)} {name[:1].lower()}{name[1:]}"
                      for name, n, _ in table.by_kind)
    broken = [b for b in table.out_of_order if b.status is ClusterStatus.BROKEN]
    sentence = (f"Đến ngày {table.day:%d/%m/%Y}, đài có {count_text(table.total)} cụm loa"
                + (f" ({kinds})" if kinds else "")
                + f", {count_text(table.working)} cụm đang hoạt động")
    if broken:
        sentence += "; trong kỳ có cụm loa bị hỏng: " + "; ".join(
            f"{b.name} từ ngày {b.since:%d/%m/%Y}" + (f" ({b.note})" if b.note else "")
            for b in broken)
    sentence += "."
    return ReportTable(
        key="clusters", title="Hệ thống cụm loa của đài truyền thanh",
        label_title="Cụm loa",
        columns=(TableColumn("Loại"), TableColumn("Thôn, xã cũ"),
                 TableColumn("Tình trạng cuối kỳ"), TableColumn("Từ ngày"),
                 TableColumn("Ghi chú")),
        rows=rows,
        total=TableRow("Tổng cộng", (
            f"{count_text(table.total)} cụm", "",
            f"{count_text(table.working)} hoạt động", "", None)),
        sentence=sentence, note=table.note,
        align=("left", "left", "left", "center", "left"))


def _removed_before(cluster: Cluster, day: dt.date) -> bool:
    state = cluster.state_on(day - dt.timedelta(days=1))
    return (state is not None and state.status is ClusterStatus.REMOVED
            and state.since < day and all(c.since < day for c in cluster.history))


# -- unit links (merge map) --------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class UnitLink:
    """``new_code`` (from ``on``) was made of ``old_code`` (``partial``: part of it)."""

    new_code: str
    old_code: str
    on: dt.date
    new_name: str = ""
    old_name: str = ""
    partial: bool = False


def clusters_from_links(links: Iterable[UnitLink], *, unit_code: str,
                        names: Mapping[str, str], existing: Iterable[Cluster],
                        kind: ClusterKind | None = None) -> list[Cluster]:
    """One cluster per former commune of ``unit_code`` that has none yet: the former
    station, named after the former commune (its name as last valid, from ``names``)."""
    have = {c.former_unit for c in existing if c.former_unit}
    result: list[Cluster] = []
    for link in sorted(links, key=lambda link: link.old_code):
        if link.new_code != unit_code or link.old_code in have:
            continue
        name = names.get(link.old_code) or link.old_name or link.old_code
        result.append(Cluster(
            name=f"Cụm loa {name}", unit_code=unit_code, village=name,
            former_unit=link.old_code, kind=kind, installed_on=None,
            history=(StatusChange(ClusterStatus.WORKING, link.on,
                                  "Đài truyền thanh của đơn vị cũ, chuyển thành cụm loa"),)))
        have.add(link.old_code)
    return result
