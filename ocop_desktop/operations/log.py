"""The log's use cases: installation, unit catalogue, directives, topics and records.

Every function takes the repository first and keyword-only arguments after it. A function
either raises ``ValidationError`` having written nothing, or commits and returns ``Changes``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from ocop_desktop.domain.records import (
    Directive,
    Installation,
    LogRecord,
    Role,
    Topic,
    Unit,
    UnitLevel,
    now_utc,
)
from ocop_desktop.domain.text import fold, nfc, normalize_name
from ocop_desktop.domain.validation import (
    Problem,
    ProblemCode,
    ValidationError,
    field_text_problems,
    nfc_fields,
    normalized_record,
    valid_email,
    validate_record,
)
from ocop_desktop.storage.repository import Repository

__all__ = [
    "Area", "Changes", "TopicAdded", "UnitImport", "add_topic_named", "add_topics", "check_record",
    "topic_code_for",
    "duplicate_record", "import_unit_file",
    "import_units", "installation_role", "record_defaults", "save_directive", "save_installation",
    "save_record", "save_topic", "set_records_deleted",
]


class Area(StrEnum):
    """What a change touched, so views refresh only what they show."""

    RECORDS = "records"
    UNITS = "units"
    DIRECTIVES = "directives"
    TOPICS = "topics"
    SETTINGS = "settings"
    SCHEDULE = "schedule"  # broadcast slots, ticks and topic targets (issue 7)
    OUTBOX = "outbox"  # outbox items and the sent log (issue 5)
    REPORTS = "reports"  # the register of exported reports (issue 3)
    IMPORTS = "imports"  # the import register of received reports (issue 4)
    CLUSTERS = "clusters"  # the register of loudspeaker clusters (issue 13)
    RELATIONS = "relations"  # reporting relationships, forms' and sources' windows (issue 13)
    INBOX = "inbox"  # fetched mail, its decisions and replies to our reports (issue 15)


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed (Anki's OpChanges, in miniature)."""

    areas: frozenset[Area] = frozenset()
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    uuids: tuple[str, ...] = ()


# -- installation ----------------------------------------------------------------------

def save_installation(repo: Repository, *, installation: Installation,
                      unit: Unit | None = None) -> Changes:
    """Store who this installation is; ``unit`` is created when it is not in the catalogue."""
    installation = nfc_fields(installation)
    problems: list[Problem] = field_text_problems(
        installation, frozenset({"addressees"}))  # "Kính gửi" entries, one per line
    if not installation.unit_code:
        problems.append(Problem("unit_code", ProblemCode.REQUIRED))
    if installation.recipient_email and not valid_email(installation.recipient_email.strip()):
        problems.append(Problem("recipient_email", ProblemCode.BAD_EMAIL,
                                {"value": installation.recipient_email}))
    if not 1 <= installation.period_cutoff_day <= 28:
        problems.append(Problem("period_cutoff_day", ProblemCode.TOO_LARGE, {"max": 28}))
    if unit is not None:
        problems.extend(_unit_problems(unit))
    elif installation.unit_code and repo.any_unit(installation.unit_code) is None:
        problems.append(Problem("unit_code", ProblemCode.UNKNOWN_UNIT,
                                {"code": installation.unit_code}))
    if problems:
        raise ValidationError(problems)
    with repo.db.atomic():
        if unit is not None and repo.any_unit(unit.code) is None:
            repo.insert_unit(unit)
        old = repo.installation()
        repo.save_installation(installation)
        from ocop_desktop.storage.keys import KeyStore  # not needed to start the window

        if KeyStore(repo.db).own_key() is None:  # set up: the signing key is made (issue 14)
            KeyStore(repo.db).create_own_key()
        repo.audit("settings", "installation", "update" if old else "create",
                   repr(old) if old else None, repr(installation))
    return Changes(frozenset({Area.SETTINGS, Area.UNITS}), updated=1)


def _unit_problems(unit: Unit) -> list[Problem]:
    problems = []
    if not (unit.code.isascii() and unit.code.isdigit()):
        problems.append(Problem("code", ProblemCode.BAD_CODE, {"value": unit.code}))
    if not unit.name.strip():
        problems.append(Problem("name", ProblemCode.REQUIRED))
    if unit.valid_from and unit.valid_to and unit.valid_to < unit.valid_from:
        problems.append(Problem("valid_to", ProblemCode.RANGE_REVERSED))
    return problems


# -- unit catalogue --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class UnitImport:
    """What a catalogue import did, counted in units (versions)."""

    added: int
    changed: int
    unchanged: int
    closed: int
    links: int = 0  # former-unit links stored (a merge map, or codes a new list reuses)
    merge_map: bool = False  # the file was a merge map (links only, no units)

    @property
    def changes(self) -> Changes:
        """The same, as the ``Changes`` the UI's change signal carries."""
        return Changes(frozenset({Area.UNITS}), added=self.added, updated=self.changed,
                       deleted=self.closed, unchanged=self.unchanged)


def _same_unit(a: Unit, b: Unit) -> bool:
    """Same name (after normalising tone-mark placement), level and parent."""
    return (normalize_name(a.name) == normalize_name(b.name) and a.level == b.level
            and a.parent_code == b.parent_code)


def _overlaps(a: Unit, b: Unit) -> bool:
    earliest, latest = dt.date.min, dt.date.max
    return ((a.valid_from or earliest) <= (b.valid_to or latest)
            and (b.valid_from or earliest) <= (a.valid_to or latest))


def import_units(repo: Repository, *, units: Sequence[Unit],
                 valid_from: dt.date | None = None,
                 rows: Sequence[int] | None = None) -> UnitImport:
    """Merge a unit list into the catalogue, in one transaction, or write nothing.

    A unit that the catalogue already has (same name after normalisation, level and parent;
    its current version, or any version when the list carries no date) is unchanged, so
    re-importing a list — even an older one — changes nothing. A different one closes the
    current version the day before its ``valid_from`` (``valid_from`` of the list when the
    unit has none) and opens a new one; without a date that is refused (``UNIT_CHANGED``),
    because nobody could tell which version old records belong to. With ``valid_from`` (a
    list that replaces the previous one from a date, as in July 2025), units of the same
    provinces that the list no longer names are closed the day before. ``rows`` gives the
    file row of each unit, so problems can say where they are.
    """
    def where(index: int) -> dict[str, object]:
        return {"row": rows[index] if rows is not None else index + 1}

    problems: list[Problem] = []
    listed = {u.code for u in units}
    for index, unit in enumerate(units):
        for problem in _unit_problems(unit):
            problems.append(Problem(problem.field, problem.code,
                                    {**problem.params, **where(index)}))
        if (unit.parent_code and unit.parent_code not in listed
                and repo.any_unit(unit.parent_code) is None):
            problems.append(Problem("parent_code", ProblemCode.UNKNOWN_UNIT,
                                    {"code": unit.parent_code, **where(index)}))
    if problems:
        raise ValidationError(problems)
    added = changed = unchanged = closed = 0
    day = valid_from
    with repo.db.atomic():
        for index, unit in enumerate(units):
            if unit.valid_from is None and day is not None:
                unit = Unit(unit.code, unit.name, unit.level, unit.parent_code, day,
                            unit.valid_to)
            versions = repo.unit_versions(unit.code)
            open_versions = [(uid, u) for uid, u in versions if u.valid_to is None]
            current = open_versions[-1] if open_versions else None
            if any(_same_unit(u, unit) and u.valid_from == unit.valid_from
                   and u.valid_to == unit.valid_to for _, u in versions):
                unchanged += 1  # this very version is in the catalogue
                continue
            if current is not None and _same_unit(current[1], unit):
                if unit.valid_to is None:
                    unchanged += 1  # still the same unit; a later list restates it
                elif unit.valid_to >= (current[1].valid_from or dt.date.min):
                    repo.close_unit_version(current[0], unit.valid_to)
                    closed += 1  # our own list records that it ended
                else:
                    problems.append(_unit_changed(unit, current[1], where(index)))
                continue
            if unit.valid_from is None and any(_same_unit(u, unit) for _, u in versions):
                unchanged += 1  # an older list re-imported: the unit is there, since closed
                continue
            clashes = [u for _, u in versions if _overlaps(u, unit)]
            if not clashes:
                added += 1  # a new unit, or a version before or after those we have
            elif current is not None and clashes == [current[1]]:
                since = current[1].valid_from
                if unit.valid_from is None or (since is not None and unit.valid_from <= since):
                    problems.append(_unit_changed(unit, current[1], where(index)))
                    continue
                repo.close_unit_version(current[0], unit.valid_from - dt.timedelta(days=1))
                changed += 1
            else:
                problems.append(_unit_changed(unit, clashes[0], where(index)))
                continue
            repo.insert_unit(unit)
        if problems:
            # Leaving the block by an exception rolls the whole import back.
            raise ValidationError(problems)
        if day is not None:
            provinces = {u.code for u in units if u.level is UnitLevel.PROVINCE} | {
                u.parent_code for u in units if u.parent_code and len(u.parent_code) == 2}
            for province in provinces:
                for code in repo.descendant_codes(province, day - dt.timedelta(days=1)):
                    if code in listed or code == province:
                        continue
                    for uid, version in repo.unit_versions(code):
                        if version.valid_to is None and (version.valid_from is None
                                                         or version.valid_from < day):
                            repo.close_unit_version(uid, day - dt.timedelta(days=1))
                            closed += 1
        repo.audit("units", "catalogue", "import", None,
                   f"added={added} changed={changed} unchanged={unchanged} closed={closed}")
    return UnitImport(added, changed, unchanged, closed)


def _unit_changed(unit: Unit, existing: Unit, where: dict[str, object]) -> Problem:
    return Problem("code", ProblemCode.UNIT_CHANGED, {
        "value": unit.code, "name": unit.name, "existing": existing.name,
        "since": existing.valid_from, **where})


def import_unit_file(repo: Repository, *, path: Path,
                     valid_from: dt.date | None = None) -> UnitImport:
    """Read a unit list (GSO or our own CSV) and merge it; nothing is written on error.

    Raises ``UnitListError`` when the file cannot be read (it names file, row and column)
    and ``ValidationError`` when the units conflict with the catalogue (rows are file rows).
    """
    # Imported here: the catalogue modules are not needed to start the window.
    from ocop_desktop.excel.unit_lists import is_merge_map, read_unit_list
    from ocop_desktop.operations import administration

    if is_merge_map(path):
        # A merge map (new unit ← former units, issue 13): links, not units.
        added, same = administration.import_merge_map(
            repo, path=path, on=valid_from or administration.TWO_LEVELS)
        return UnitImport(0, 0, same, 0, links=added, merge_map=True)
    unit_list = read_unit_list(path)
    result = import_units(repo, units=unit_list.units, valid_from=valid_from,
                          rows=unit_list.rows or None)
    if valid_from is not None:
        with repo.db.atomic():
            links = administration.derive_links(repo, on=valid_from)
        if links:
            result = dataclasses.replace(result, links=links)
    return result


# -- directives and topics ---------------------------------------------------------------

_Entry = TypeVar("_Entry")


def _write_entry(repo: Repository, kind: str, key: str, entry: _Entry, old_key: str | None, *,
                 insert: Callable[[_Entry], object], update: Callable[[str, _Entry], object],
                 read: Callable[[str], object]) -> None:
    """Store a catalogue entry (a directive, a topic) checked by its caller: new when it has
    no ``old_key``, else in place of the one stored under ``old_key``; with its audit line."""
    with repo.db.atomic():
        if old_key is None:
            insert(entry)
            repo.audit(kind, key, "create", None, repr(entry))
        else:
            old = read(old_key)
            update(old_key, entry)
            repo.audit(kind, key, "update", repr(old), repr(entry))


def save_directive(repo: Repository, *, directive: Directive,
                   old_number: str | None = None) -> Changes:
    directive = nfc_fields(directive)
    problems: list[Problem] = field_text_problems(directive)
    if not directive.number.strip():
        problems.append(Problem("number", ProblemCode.REQUIRED))
    if not directive.issuer.strip():
        problems.append(Problem("issuer", ProblemCode.REQUIRED))
    if not directive.summary.strip():
        problems.append(Problem("summary", ProblemCode.REQUIRED))
    if directive.deadline and directive.deadline < directive.date:
        problems.append(Problem("deadline", ProblemCode.RANGE_REVERSED))
    if directive.number != old_number and repo.directive(directive.number) is not None:
        problems.append(Problem("number", ProblemCode.DUPLICATE, {"value": directive.number}))
    if problems:
        raise ValidationError(problems)
    _write_entry(repo, "directive", directive.number, directive, old_number,
                 insert=repo.insert_directive, update=repo.update_directive, read=repo.directive)
    return Changes(frozenset({Area.DIRECTIVES, Area.TOPICS}),
                   added=int(old_number is None), updated=int(old_number is not None))


def save_topic(repo: Repository, *, topic: Topic, old_code: str | None = None) -> Changes:
    # NFC first: a code typed or imported with combining marks is the same topic.
    topic = nfc_fields(topic)
    old_code = nfc(old_code) if old_code is not None else None
    problems: list[Problem] = field_text_problems(topic)
    if not topic.code.strip():
        problems.append(Problem("code", ProblemCode.REQUIRED))
    elif not all(ch.isalnum() or ch in "-_." for ch in topic.code):
        problems.append(Problem("code", ProblemCode.BAD_CODE, {"value": topic.code}))
    if not topic.name.strip():
        problems.append(Problem("name", ProblemCode.REQUIRED))
    if topic.directive and repo.directive(topic.directive) is None:
        problems.append(Problem("directive", ProblemCode.UNKNOWN_DIRECTIVE,
                                {"value": topic.directive}))
    if topic.valid_from and topic.valid_to and topic.valid_to < topic.valid_from:
        problems.append(Problem("valid_to", ProblemCode.RANGE_REVERSED))
    if topic.code != old_code and repo.topic(topic.code) is not None:
        problems.append(Problem("code", ProblemCode.DUPLICATE, {"value": topic.code}))
    # Records refer to topics by code; renaming a used code would orphan them.
    if old_code is not None and topic.code != old_code and repo.topic_used(old_code):
        problems.append(Problem("code", ProblemCode.BAD_CODE, {"value": old_code}))
    if problems:
        raise ValidationError(problems)
    _write_entry(repo, "topic", topic.code, topic, old_code,
                 insert=repo.insert_topic, update=repo.update_topic, read=repo.topic)
    return Changes(frozenset({Area.TOPICS}), added=int(old_code is None),
                   updated=int(old_code is not None))


def topic_code_for(repo: Repository, name: str) -> str:
    """A short unused code for a topic named ``name``: the initials of its words, folded
    ("Phòng, chống thiên tai" → "PCTT"), with "-2", "-3"… when that code is taken."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    base = "".join(w if w.isdigit() else w[0] for w in words).upper()[:12] or "CD"
    if len(base) < 2:
        base = (words[0][:6].upper() if words else "CD") or "CD"
    code, n = base, 1
    while repo.topic(code) is not None:
        n += 1
        code = f"{base}-{n}"
    return code


@dataclass(frozen=True, slots=True, kw_only=True)
class TopicAdded(Changes):
    """What ``add_topic_named`` changed, and the code of the topic with that name."""

    code: str


def add_topic_named(repo: Repository, *, name: str) -> TopicAdded:
    """A topic typed by name in the entry form: a code is made for it, no validity limits
    (an existing topic of the same name is reused: nothing changes, its code is given)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError([Problem("name", ProblemCode.REQUIRED)])
    existing = {normalize_name(t.name): t.code for t in repo.topics()}
    if normalize_name(name) in existing:
        return TopicAdded(frozenset(), unchanged=1, code=existing[normalize_name(name)])
    code = topic_code_for(repo, name)
    changes = save_topic(repo, topic=Topic(code, name))
    return TopicAdded(changes.areas, added=changes.added, updated=changes.updated, code=code)


def add_topics(repo: Repository, *, topics: Sequence[Topic]) -> Changes:
    """Several topics at once (the set-up wizard's starter set), all or none; a code that
    exists already is left as it is."""
    added = 0
    with repo.db.atomic():
        for topic in topics:
            if repo.topic(topic.code) is None:
                save_topic(repo, topic=topic)
                added += 1
    return Changes(frozenset({Area.TOPICS}) if added else frozenset(), added=added,
                   unchanged=len(topics) - added)


# -- the log ---------------------------------------------------------------------------

def check_record(repo: Repository, record: LogRecord, *,
                 today: dt.date | None = None) -> list[Problem]:
    """Problems of a record, without writing (the entry form shows them as the user types).

    The record's unit must be the installation's own unit or one under it on the record's
    date (window, command line and schedule alike; imports check the sender's tree).
    """
    record = normalized_record(record)
    return validate_record(record, forms=repo.forms(), topics=repo.topic_windows(),
                           unit_known=repo.unit(record.unit_code, record.date) is not None,
                           today=today, unit_in_scope=unit_in_scope(repo, record),
                           sources=repo.sources())


def unit_in_scope(repo: Repository, record: LogRecord) -> bool:
    """The record's unit is the installation's, or under it on the record's date."""
    installation = repo.installation()
    if installation is None or record.unit_code == installation.unit_code:
        return True
    return record.unit_code in repo.descendant_codes(installation.unit_code, record.date)


def save_record(repo: Repository, *, record: LogRecord, today: dt.date | None = None,
                clusters: Sequence[int] | None = None) -> Changes:
    """Insert a new record or update an existing one (same UUID); audit either way.

    Texts are stored in NFC whatever the keyboard, terminal or file sent. ``clusters``: the
    loudspeaker clusters it was aired on (issue 13); None keeps what an existing record has
    (a new one gets none)."""
    from ocop_desktop.operations.administration import cluster_problems
    from ocop_desktop.storage.administration import AdministrationStore

    record = normalized_record(record)
    problems = check_record(repo, record, today=today)
    if clusters:
        problems += cluster_problems(repo, unit_code=record.unit_code, day=record.date,
                                     cluster_ids=clusters)
    if problems:
        raise ValidationError(problems)
    store = AdministrationStore(repo.db)
    with repo.db.atomic():
        old = repo.record(record.uuid)
        old_clusters = store.record_clusters(record.uuid) if old is not None else []
        if clusters is not None and sorted(set(clusters)) != old_clusters:
            store.set_record_clusters(record.uuid, sorted(set(clusters)))
            repo.audit("record_clusters", record.uuid, "set",
                       ",".join(map(str, old_clusters)), ",".join(map(str, sorted(clusters))))
        if old is None:
            repo.insert_record(record)
            repo.audit_record("create", None, record)
            return Changes(frozenset({Area.RECORDS}), added=1, uuids=(record.uuid,))
        updated = record.replace(created_at=old.created_at, updated_at=now_utc(),
                                 deleted=old.deleted)
        if _same_content(old, updated):
            changed_clusters = clusters is not None and sorted(set(clusters)) != old_clusters
            return Changes(frozenset({Area.RECORDS}), unchanged=int(not changed_clusters),
                           updated=int(changed_clusters), uuids=(record.uuid,))
        repo.update_record(updated)
        repo.audit_record("update", old, updated)
    return Changes(frozenset({Area.RECORDS}), updated=1, uuids=(record.uuid,))


def _same_content(a: LogRecord, b: LogRecord) -> bool:
    ignore = {"created_at", "updated_at"}
    return all(getattr(a, f) == getattr(b, f) for f in a.__dataclass_fields__ if f not in ignore)


def set_records_deleted(repo: Repository, *, uuids: Iterable[str], deleted: bool) -> Changes:
    """Delete (kept as deleted, never erased) or undelete records; one transaction."""
    uuids = list(uuids)
    missing = [u for u in uuids if repo.record(u) is None]
    if missing:
        raise ValidationError([Problem("uuid", ProblemCode.REQUIRED, {"value": missing[0]})])
    changed: list[str] = []
    at = now_utc()
    with repo.db.atomic():
        for uuid in uuids:
            old = repo.record(uuid)
            assert old is not None
            if old.deleted == deleted:
                continue
            repo.set_deleted(uuid, deleted, at)
            repo.audit_record("delete" if deleted else "undelete", old,
                              old.replace(deleted=deleted, updated_at=at))
            changed.append(uuid)
    count = len(changed)
    return Changes(frozenset({Area.RECORDS}), deleted=count if deleted else 0,
                   updated=0 if deleted else count, uuids=tuple(changed))


def record_defaults(repo: Repository, *, unit_code: str, today: dt.date | None = None) -> LogRecord:
    """A new record pre-filled from the last entry (topic, form, language…), dated today."""
    today = today or dt.date.today()
    last = repo.last_record(unit_code)
    if last is None:
        return LogRecord(date=today, topic_code="", form_code="radio", title="",
                         unit_code=unit_code, language="vi", source="self")
    return LogRecord(
        date=today, time=last.time, topic_code=last.topic_code, form_code=last.form_code,
        title="", unit_code=unit_code, items=last.items, airings=last.airings,
        minutes=last.minutes, copies=last.copies, participants=last.participants,
        language=last.language, source=last.source, priority=last.priority,
        location=last.location, operator=last.operator, entered_by=last.entered_by)


def duplicate_record(record: LogRecord) -> LogRecord:
    """A copy with a fresh identity, to log the same item again (another day, another slot)."""
    fresh = LogRecord(date=record.date, topic_code="", form_code="", title="", unit_code="")
    return record.replace(uuid=fresh.uuid, created_at=fresh.created_at,
                          updated_at=fresh.updated_at, deleted=False)


def installation_role(repo: Repository) -> Role | None:
    installation = repo.installation()
    return installation.role if installation else None
