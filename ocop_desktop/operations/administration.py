"""Use cases of today's administration (issue 13): reporting relationships by date, forms
and sources with windows and names by date, loudspeaker clusters, and unit links.

Like every operation: validate, write in one transaction or raise ``ValidationError``
having written nothing, and return ``Changes``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ocop_desktop.domain.administration import (
    TWO_LEVELS,
    Bodies,
    Cluster,
    ClusterKind,
    ClusterStatus,
    ClusterTable,
    ReportingRelation,
    StatusChange,
    UnitLink,
    cluster_table,
    clusters_from_links,
    resolve_bodies,
    validate_cluster,
    validate_relation,
)
from ocop_desktop.domain.catalogue import Choice, Form
from ocop_desktop.domain.records import Installation, Unit, UnitLevel
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.storage.administration import AdministrationStore
from ocop_desktop.storage.repository import Repository

if TYPE_CHECKING:
    from ocop_desktop.domain.heading import HeadingDefaults

__all__ = [
    "TWO_LEVELS", "add_cluster", "bodies_on", "cluster_problems", "cluster_report_table",
    "clusters", "clusters_on", "create_clusters_from_links", "delete_relation", "derive_links",
    "former_units", "forms_for_period", "heading_for_period", "import_merge_map", "name_on",
    "period_addressees", "record_cluster_ids", "RelationSaved", "relations", "report_bodies",
    "save_relation", "set_cluster_status", "set_validity",
    "setup_day", "sources_for_period", "update_cluster", "working_cluster_ids",
]


def _store(repo: Repository) -> AdministrationStore:
    return AdministrationStore(repo.db)


# -- reporting relationships ---------------------------------------------------------------

def relations(repo: Repository) -> list[ReportingRelation]:
    return _store(repo).relations()


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationSaved(Changes):
    """What ``save_relation`` changed, and the id of the relation it added or changed."""

    relation_id: int


def save_relation(repo: Repository, *, relation: ReportingRelation,
                  relation_id: int | None = None) -> RelationSaved:
    problems = validate_relation(relation)
    if relation.unit_code and repo.any_unit(relation.unit_code) is None:
        problems.append(Problem("unit_code", ProblemCode.UNKNOWN_UNIT,
                                {"code": relation.unit_code}))
    store = _store(repo)
    if relation_id is not None and store.relation(relation_id) is None:
        problems.append(Problem("relation", ProblemCode.NOT_FOUND, {"value": relation_id}))
    if problems:
        raise ValidationError(problems)
    created = relation_id is None
    with repo.db.atomic():
        if relation_id is None:
            relation_id = store.insert_relation(relation)
            repo.audit("relation", str(relation_id), "create", None, repr(relation))
        else:
            old = store.relation(relation_id)
            store.update_relation(relation_id, relation)
            repo.audit("relation", str(relation_id), "update", repr(old), repr(relation))
    return RelationSaved(frozenset({Area.RELATIONS}), added=int(created),
                         updated=int(not created), relation_id=relation_id)


def delete_relation(repo: Repository, *, relation_id: int) -> Changes:
    store = _store(repo)
    old = store.relation(relation_id)
    if old is None:
        raise ValidationError([Problem("relation", ProblemCode.NOT_FOUND,
                                       {"value": relation_id})])
    with repo.db.atomic():
        store.delete_relation(relation_id)
        repo.audit("relation", str(relation_id), "delete", repr(old), None)
    return Changes(frozenset({Area.RELATIONS}), deleted=1)


def _lookup(repo: Repository, code: str | None, day: dt.date) -> Unit | None:
    if not code:
        return None
    return repo.unit(code, day) or repo.any_unit(code)


def _parent_and_province(repo: Repository, unit: Unit,
                         day: dt.date) -> tuple[Unit | None, Unit | None]:
    """The unit ``unit`` reports to on ``day``, and the province it lies in."""
    parent = _lookup(repo, unit.parent_code, day) if unit.parent_code != unit.code else None
    province: Unit | None = unit
    for _ in range(4):
        if province is None or province.level is UnitLevel.PROVINCE:
            break
        province = _lookup(repo, province.parent_code, day)
    return parent, province


def bodies_on(repo: Repository, unit: Unit, day: dt.date) -> Bodies:
    """Who ``unit`` reports to on ``day``, and as which body (the names valid that day)."""
    parent, province = _parent_and_province(repo, unit, day)
    return resolve_bodies(_store(repo).relations(), unit, day=day, parent=parent,
                          province=province)


def setup_day(unit: Unit, today: dt.date | None = None) -> dt.date:
    """The day a set-up (wizard, ``init``) suggests bodies for: today, or the last day of a
    unit that no longer exists (a 2021 commune set up to log its past)."""
    today = today or dt.date.today()
    if unit.valid_to is not None and unit.valid_to < today:
        return unit.valid_to
    if unit.valid_from is not None and unit.valid_from > today:
        return unit.valid_from
    return today


def _then_and_now(repo: Repository, installation: Installation, day: dt.date,
                  today: dt.date | None) -> tuple[Unit, Bodies, Bodies] | None:
    """The installation's unit on ``day``, with the bodies of ``day`` and of today (None:
    the unit is not in the catalogue)."""
    today = today or dt.date.today()
    unit = repo.unit(installation.unit_code, day) or repo.any_unit(installation.unit_code)
    if unit is None:
        return None
    now_unit = repo.unit(installation.unit_code, today) or unit
    return (unit, bodies_on(repo, unit, day),
            bodies_on(repo, now_unit, setup_day(now_unit, today)))


def report_bodies(repo: Repository, installation: Installation, *, day: dt.date,
                  today: dt.date | None = None) -> Bodies:
    """The header of a report whose period ends on ``day``.

    When the same relationship applies on ``day`` as today, the installation's own wording
    (what the user typed in the settings) is kept; for a period under another relationship
    (a June 2025 report made in 2026) the relationship's bodies of that day are used.
    """
    eras = _then_and_now(repo, installation, day, today)
    if eras is None:
        return Bodies(day, installation.recipient_name, installation.issuing_body,
                      installation.parent_body, "", installation.signer_title, None)
    _unit, then, now = eras
    same_era = then.relation == now.relation and then.relation is not None
    if same_era or then.relation is None:
        return Bodies(day, installation.recipient_name or then.recipient,
                      installation.issuing_body or then.issuing_body,
                      installation.parent_body, then.drafter,
                      installation.signer_title or then.signer_title, then.relation)
    return then


def heading_for_period(repo: Repository, installation: Installation, *, day: dt.date,
                       today: dt.date | None = None) -> HeadingDefaults | None:
    """The report heading of a period ending on ``day`` when another relationship applied
    then than today (None: today's relationship, so the settings' own wording stands)."""
    from ocop_desktop.domain.heading import report_heading_defaults

    eras = _then_and_now(repo, installation, day, today)
    if eras is None:
        return None
    unit, then, now = eras
    if then.relation is None or then.relation == now.relation:
        return None
    parent, province = _parent_and_province(repo, unit, day)
    return report_heading_defaults(unit, parent, province, installation.role, day, then)


def _body_kind(template: str) -> str:
    """"Phòng Văn hóa và Thông tin {parent}" → the folded kind of body it names."""
    from ocop_desktop.domain.text import fold

    return fold(re.sub(r"\{[^}]*\}", "", template)).strip()


def period_addressees(repo: Repository, installation: Installation, *, day: dt.date,
                      today: dt.date | None = None) -> tuple[str, ...] | None:
    """Who a report whose period ends on ``day`` is addressed to, when that differs from the
    settings (None: keep the settings).

    The settings are written for today. When the period's relationship differs from today's,
    and the settings name today's body ("Sở Văn hóa, Thể thao và Du lịch …") but not the
    period's ("Phòng Văn hóa và Thông tin …" in June 2025), the period's addressee is used;
    an addressee the user typed that names neither is the user's choice and is kept."""
    from ocop_desktop.domain.text import fold

    then = heading_for_period(repo, installation, day=day, today=today)
    if then is None or not then.addressees:
        return None
    eras = _then_and_now(repo, installation, day, today)
    if eras is None:
        return None
    then_relation, now_relation = eras[1].relation, eras[2].relation
    then_kind = _body_kind(then_relation.recipient) if then_relation else ""
    now_kind = _body_kind(now_relation.recipient) if now_relation else ""
    lines = [fold(line) for line in (installation.addressees
                                     or installation.recipient_name).splitlines()
             if line.strip()]
    if then_kind and any(line.lstrip("- ").startswith(then_kind) for line in lines):
        return None  # the settings already name the period's body, in the user's words
    if lines and not (now_kind and any(line.lstrip("- ").startswith(now_kind)
                                       for line in lines)):
        return None  # an addressee of the user's own: kept
    return then.addressees


# -- forms and sources with windows and names by date ----------------------------------------

def name_on(current: str, former: Sequence[tuple[str, dt.date | None, dt.date]],
            day: dt.date) -> str:
    """The name a code had on ``day``: a former name whose window holds it, else today's."""
    for name, valid_from, valid_to in former:
        if (valid_from is None or valid_from <= day) and day <= valid_to:
            return name
    return current


def _names_in(current: str, former: Sequence[tuple[str, dt.date | None, dt.date]],
              start: dt.date, end: dt.date) -> str:
    """The name for a period: the one valid at its end, and an earlier one in brackets
    when the code was renamed within the period."""
    final = name_on(current, former, end)
    earlier = [(name, valid_to) for name, valid_from, valid_to in former
               if valid_to >= start and valid_to < end and name != final
               and (valid_from is None or valid_from <= end)]
    if not earlier:
        return final
    name, until = earlier[0]
    return f"{final} (đến {until:%d/%m/%Y}: {name})"


def forms_for_period(repo: Repository, start: dt.date, end: dt.date) -> dict[str, Form]:
    """Every form (active or not), named as on the period's days."""
    former = repo.former_names("form")
    result: dict[str, Form] = {}
    for code, form in repo.forms(include_inactive=True).items():
        name = _names_in(form.name, former.get(code, []), start, end)
        result[code] = Form(code, name, form.measures, form.broadcast, form.sort_order,
                            form.valid_from, form.valid_to)
    return result


def sources_for_period(repo: Repository, start: dt.date, end: dt.date) -> tuple[Choice, ...]:
    """The sources a report shows: those valid at some day of the period."""
    former = repo.former_names("source")
    chosen: list[Choice] = []
    for source in repo.sources().values():
        if (source.valid_from and source.valid_from > end) or (
                source.valid_to and source.valid_to < start):
            continue
        name = _names_in(source.name, former.get(source.code, []), start, end)
        chosen.append(Choice(source.code, name, source.sort_order, source.valid_from,
                             source.valid_to))
    return tuple(chosen)


def set_validity(repo: Repository, *, kind: str, code: str, valid_from: dt.date | None,
                 valid_to: dt.date | None) -> Changes:
    """Change a form's or a source's window; records already outside it are refused."""
    known = repo.forms(include_inactive=True) if kind == "form" else repo.sources()
    problems: list[Problem] = []
    field = "form_code" if kind == "form" else "source"
    if code not in known:
        problems.append(Problem(field, ProblemCode.UNKNOWN_FORM if kind == "form"
                                else ProblemCode.UNKNOWN_SOURCE, {"code": code}))
    if valid_from and valid_to and valid_to < valid_from:
        problems.append(Problem("valid_to", ProblemCode.RANGE_REVERSED))
    if not problems:
        count, first = repo.records_outside(kind, code, valid_from, valid_to)
        if count:
            problems.append(Problem(field, ProblemCode.RECORDS_OUTSIDE_VALIDITY, {
                "code": code, "name": known[code].name, "from": valid_from, "to": valid_to,
                "date": first, "count": count}))
    if problems:
        raise ValidationError(problems)
    with repo.db.atomic():
        if kind == "form":
            repo.set_form_validity(code, valid_from, valid_to)
        else:
            repo.set_source_validity(code, valid_from, valid_to)
        repo.audit(kind, code, "validity", None, f"{valid_from} – {valid_to}")
    return Changes(frozenset({Area.RELATIONS}), updated=1)


# -- loudspeaker clusters ------------------------------------------------------------------

def clusters(repo: Repository, *, unit_code: str | None = None) -> list[Cluster]:
    """The register (the installation's unit and below, or one unit)."""
    if unit_code is None:
        installation = repo.installation()
        if installation is None:
            return _store(repo).clusters()
        codes = sorted(repo.descendant_codes(installation.unit_code))
        return _store(repo).clusters(codes)
    return _store(repo).clusters([unit_code])


def clusters_on(repo: Repository, day: dt.date, *,
                unit_code: str | None = None) -> list[tuple[Cluster, StatusChange | None]]:
    """Every cluster with its status on ``day`` (None: not yet installed)."""
    return [(c, c.state_on(day)) for c in clusters(repo, unit_code=unit_code)]


def record_cluster_ids(repo: Repository, uuid: str) -> list[int]:
    """The clusters a stored record was aired on."""
    return _store(repo).record_clusters(uuid)


def working_cluster_ids(repo: Repository, unit_code: str, day: dt.date) -> list[int]:
    """What a new record is aired on by default: every cluster working on that day."""
    return [c.id for c in _store(repo).clusters([unit_code])
            if c.id is not None and c.working_on(day)]


def add_cluster(repo: Repository, *, cluster: Cluster, since: dt.date | None = None,
                today: dt.date | None = None) -> int:
    """Register a cluster, working from ``since`` (its install date, or today)."""
    problems = validate_cluster(cluster)
    if not cluster.unit_code:
        problems.append(Problem("unit_code", ProblemCode.REQUIRED))
    if problems:
        raise ValidationError(problems)
    start = since or cluster.installed_on or today or dt.date.today()
    history = cluster.history or (StatusChange(ClusterStatus.WORKING, start),)
    with repo.db.atomic():
        cluster_id = _store(repo).insert_cluster(Cluster(
            cluster.name.strip(), cluster.unit_code, cluster.village.strip(),
            cluster.former_unit or None, cluster.kind, cluster.installed_on, history))
        repo.audit("cluster", str(cluster_id), "create", None, repr(cluster))
    return cluster_id


def update_cluster(repo: Repository, *, cluster_id: int, cluster: Cluster) -> Changes:
    store = _store(repo)
    old = store.cluster(cluster_id)
    problems = validate_cluster(cluster)
    if old is None:
        problems.insert(0, Problem("cluster", ProblemCode.UNKNOWN_CLUSTER, {"value": cluster_id}))
    if problems:
        raise ValidationError(problems)
    with repo.db.atomic():
        store.update_cluster(cluster_id, cluster)
        repo.audit("cluster", str(cluster_id), "update", repr(old), repr(cluster))
    return Changes(frozenset({Area.CLUSTERS}), updated=1)


def set_cluster_status(repo: Repository, *, cluster_id: int, status: ClusterStatus,
                       since: dt.date | None = None, note: str = "",
                       today: dt.date | None = None) -> Changes:
    """From ``since`` (today) on, the cluster is ``status``."""
    today = today or dt.date.today()
    day = since or today
    store = _store(repo)
    cluster = store.cluster(cluster_id)
    problems: list[Problem] = []
    if cluster is None:
        problems.append(Problem("cluster", ProblemCode.UNKNOWN_CLUSTER, {"value": cluster_id}))
    if day > today:
        problems.append(Problem("since", ProblemCode.DATE_IN_FUTURE, {"today": today}))
    elif cluster is not None and cluster.history and day < cluster.history[0].since:
        # Before it was installed (or first recorded): say so, rather than write a history
        # that starts with a break nobody could have seen.
        problems.append(Problem("since", ProblemCode.DATE_TOO_OLD,
                                {"min": cluster.history[0].since}))
    if len(note) > 4000:
        problems.append(Problem("note", ProblemCode.TOO_LONG, {"max": 4000}))
    if problems:
        raise ValidationError(problems)
    with repo.db.atomic():
        store.add_status(cluster_id, StatusChange(status, day, note.strip()))
        repo.audit("cluster", str(cluster_id), "status", None,
                   f"{status.value} {day.isoformat()} {note}")
    return Changes(frozenset({Area.CLUSTERS}), updated=1)


def cluster_problems(repo: Repository, *, unit_code: str, day: dt.date,
                     cluster_ids: Iterable[int]) -> list[Problem]:
    """A record may name only clusters of its unit that were working on its date."""
    known = {c.id: c for c in _store(repo).clusters()}
    problems: list[Problem] = []
    for cluster_id in cluster_ids:
        cluster = known.get(cluster_id)
        if cluster is None or cluster.unit_code != unit_code:
            problems.append(Problem("clusters", ProblemCode.UNKNOWN_CLUSTER,
                                    {"value": cluster_id}))
            continue
        state = cluster.state_on(day)
        if state is None or state.status is not ClusterStatus.WORKING:
            problems.append(Problem("clusters", ProblemCode.CLUSTER_NOT_WORKING, {
                "value": cluster_id, "name": cluster.name, "date": day,
                "status": state.status.value if state else "",
                "since": state.since if state else (
                    cluster.installed_on or (cluster.history[0].since if cluster.history
                                             else None))}))
    return problems


def cluster_report_table(repo: Repository, *, start: dt.date,
                         end: dt.date) -> ClusterTable | None:
    """The report's table of clusters (None when the register is empty for the period)."""
    installation = repo.installation()
    if installation is None:
        return None
    return cluster_table(clusters(repo, unit_code=installation.unit_code), start=start, end=end)


# -- unit links and clusters from a merger ---------------------------------------------------

def import_merge_map(repo: Repository, *, path: Path,
                     on: dt.date = dt.date(2025, 7, 1)) -> tuple[int, int]:
    """Store a merge map (new unit ← former units). Returns (added, already there).

    Raises ``UnitListError`` when the file is not a merge map."""
    from ocop_desktop.excel.unit_lists import read_merge_map

    links = read_merge_map(path, on=on)
    with repo.db.atomic():
        result = _store(repo).insert_links(links)
        repo.audit("units", "links", "import", None, f"added={result[0]} same={result[1]}")
    return result


def derive_links(repo: Repository, *, on: dt.date) -> int:
    """After a list that replaces the old one from ``on``: each unit whose code an older,
    now closed unit had was made (at least) of that unit. Returns how many links were added."""
    links: list[UnitLink] = []
    for unit in repo.units(on):
        if unit.level is not UnitLevel.COMMUNE:
            continue
        before = repo.unit(unit.code, on - dt.timedelta(days=1))
        if before is not None and before.valid_to is not None and before.valid_to < on:
            links.append(UnitLink(unit.code, unit.code, on, unit.name, before.name))
    if not links:
        return 0
    return _store(repo).insert_links(links)[0]


def former_units(repo: Repository, unit_code: str) -> list[tuple[UnitLink, str]]:
    """The former units a unit was made of, with their names as last valid."""
    result = []
    for link in _store(repo).links(new_code=unit_code):
        before = repo.unit(link.old_code, link.on - dt.timedelta(days=1))
        result.append((link, before.name if before else link.old_name or link.old_code))
    return result


def create_clusters_from_links(repo: Repository, *, unit_code: str,
                               kind: ClusterKind | None = None) -> list[int]:
    """One cluster per former commune of ``unit_code`` that has none yet (its old station)."""
    store = _store(repo)
    names: Mapping[str, str] = {link.old_code: name
                                for link, name in former_units(repo, unit_code)}
    new = clusters_from_links(store.links(new_code=unit_code), unit_code=unit_code,
                              names=names, existing=store.clusters([unit_code]), kind=kind)
    ids: list[int] = []
    with repo.db.atomic():
        for cluster in new:
            ids.append(store.insert_cluster(cluster))
        if ids:
            repo.audit("cluster", unit_code, "from_links", None, ",".join(map(str, ids)))
    return ids
