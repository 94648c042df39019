"""Receiving reports from the units below: preview, import, undo, and who is missing.
Over 600 lines on purpose: preview, commit and undo apply the one set of rules below.

The rules (DESIGN.md §5, issue 4):

* Records are keyed by their UUID. A record already here with the same content is
  *unchanged*; so the same file imported twice changes nothing and says so.
* The latest file of a sender for a period is authoritative for that sender's records in
  that period: a corrected resend updates what changed and *removes* what it no longer has;
  a file older (by its generation time) than one already imported for the same sender and
  period is refused as *stale*.
* The same record may arrive by two paths — from a commune directly and inside its
  district's consolidated report. Then the version changed last (the record's own
  ``updated_at``) wins, and the preview lists the case as a *conflict*.
* A record missing from a file is removed only when the file is known to speak for it: its
  current version came from this same sender, or the sender is where the record was made
  (its unit, or the office that entered it on the unit's behalf) and made the file after the
  record's last change. A record that came here by another path — say directly from a
  commune — is not removed because the commune's district did not (yet) have it; the
  commune's own next report decides. Such records are listed as conflicts too.
* The sender must be under this office, and every record's unit under the sender (or the
  sender itself), in the unit tree valid on the record's date; otherwise the file is refused.
* Who sent it (issue 14): a signed file's signature was verified by the reader; here its key
  is compared with the one this office holds for the sender. The first signed file pins
  the sender's key; a file signed with another key, or an unsigned file once a key is
  held, is refused. The preview says which (``signer_state``), so every path that previews
  — the import page, the CLI, the mail inbox — checks the same.
* A sender changes only what is its own: a record stored for a unit outside the sender's
  subtree is refused (named by its row), whatever unit the file puts it under; and no
  record may have changed after the file was made (beyond ``CLOCK_SKEW``), nor the file be
  made in this computer's future (beyond ``FUTURE_SKEW``), or it would win every later
  conflict.
* Everything is checked first (``preview_import`` writes nothing); ``commit_import`` checks
  again and writes one file in one transaction, or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ocop_desktop.domain.exchange import (
    ChildState,
    ChildStatus,
    ExchangeError,
    ImportBatch,
    ImportOutcome,
    ImportProblem,
    ImportProblemCode,
    column_letter,
)
from ocop_desktop.domain.periods import ReportPeriod
from ocop_desktop.domain.records import LogRecord, Topic, now_utc
from ocop_desktop.domain.signing import SenderKey, SignerState
from ocop_desktop.domain.validation import ProblemCode, TopicWindow, validate_record
from ocop_desktop.excel.columns import DATA_HEADERS, DATA_SHEET
from ocop_desktop.excel.reader import ReportFile, read_report
from ocop_desktop.operations import keys as key_ops
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.storage.imports import ChangeAction, ImportChange, ImportStore, StoredRecord
from ocop_desktop.storage.keys import KeyStore
from ocop_desktop.storage.repository import Repository

__all__ = [
    "Conflict", "ImportPreview", "ImportResult", "batch_records", "commit_import", "commit_order",
    "completeness", "import_batches", "preview_import", "record_sources", "report_files",
    "undo_import",
]

P = ImportProblemCode
Epoch = tuple[dt.date, dt.date]

# Validation problems that do not apply to a record received from another unit: its own
# app checked the topic's window against its own catalogue, and "today" differs by a
# clock or a time zone.
_IGNORED_RECORD_PROBLEMS = {ProblemCode.TOPIC_NOT_ACTIVE, ProblemCode.DATE_IN_FUTURE}
# The data column of each record field, to say where a validation problem is.
_FIELD_COLUMN = {"unit_code": "unit", "topic_code": "topic", "form_code": "form"}
_CONTENT_IGNORED = {"created_at", "updated_at", "deleted"}
# A record's change time may pass its file's generation time by this much (both come from
# the sender's clock, but a record saved while the export ran is a few moments later).
CLOCK_SKEW = dt.timedelta(minutes=5)
# A file may be made this far in this computer's future: two offices' clocks and time zones
# differ. Beyond that its times would win every later conflict.
FUTURE_SKEW = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record that reached this office by two paths with different content."""

    uuid: str
    unit_code: str
    date: dt.date
    title: str
    file_updated_at: str | None  # None: the file does not have the record at all
    existing_updated_at: str
    existing_source: str | None  # sender whose file brought the stored version; None: here
    existing_removed: bool  # the stored version is a removal
    winner: str  # "file" or "existing"


@dataclass(slots=True)
class _Plan:
    inserts: list[LogRecord] = field(default_factory=list)
    updates: list[tuple[LogRecord, StoredRecord]] = field(default_factory=list)
    removals: list[StoredRecord] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing one file would do; nothing has been written."""

    path: Path
    file_name: str
    file_hash: str = ""
    sender_code: str = ""
    sender_name: str = ""
    period: ReportPeriod | None = None
    generated_at: str = ""
    report_number: str = ""
    record_count: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    conflicts: tuple[Conflict, ...] = ()
    new_topics: tuple[Topic, ...] = ()
    entered_here: int = 0  # records this office entered for the sender's units in the period
    # Who signed the file (issue 14): new_key | pinned | unsigned | mismatch | invalid; None
    # when the file could not be read that far. ``signer_fingerprint`` is the file's key's,
    # ``held_fingerprint`` the key this office holds for the sender (if any).
    signer_state: SignerState | None = None
    signer_fingerprint: str = ""
    held_fingerprint: str = ""
    signer_public_key: bytes | None = field(default=None, repr=False)
    problems: tuple[ImportProblem, ...] = ()
    outcome: ImportOutcome = ImportOutcome.REFUSED
    report: ReportFile | None = field(default=None, repr=False, compare=False)
    plan: _Plan | None = field(default=None, repr=False, compare=False)

    @property
    def period_key(self) -> str:
        return self.period.key if self.period else ""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one file did."""

    path: Path
    file_name: str
    sender_code: str
    sender_name: str
    period_key: str
    new: int
    changed: int
    unchanged: int
    removed: int
    conflicts: tuple[Conflict, ...]
    outcome: ImportOutcome
    problems: tuple[ImportProblem, ...] = ()
    batch_id: int | None = None
    new_topics: tuple[Topic, ...] = ()
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict[str, Any]:
        """The fields of ``ocop-desktop import --json`` (``error`` is added by the caller)."""
        return {"file": str(self.path), "sender": self.sender_code, "period": self.period_key,
                "new": self.new, "changed": self.changed, "unchanged": self.unchanged,
                "removed": self.removed, "result": self.outcome.value}


# -- preview -----------------------------------------------------------------------------

def preview_import(repo: Repository, *, path: Path | str) -> ImportPreview:
    """Read and check a report file against this office's data; write nothing."""
    return _preview(repo, read_report(path))


@dataclass(frozen=True, slots=True)
class _Signer:
    state: SignerState | None = None
    held: SenderKey | None = None


def _refused(report: ReportFile, problems: Sequence[ImportProblem],
             signer: _Signer | None = None) -> ImportPreview:
    manifest = report.manifest
    state = signer.state if signer else None
    if any(p.code is P.BAD_SIGNATURE for p in problems):
        state = SignerState.INVALID
    held = signer.held if signer else None
    public_key = manifest.public_key if manifest else None
    return ImportPreview(
        signer_state=state,
        signer_fingerprint=manifest.fingerprint if manifest else _problem_fingerprint(problems),
        held_fingerprint=held.fingerprint if held else "",
        signer_public_key=public_key,
        path=report.path, file_name=report.file_name, file_hash=report.file_hash,
        sender_code=manifest.sender_code if manifest else "",
        sender_name=manifest.sender_name if manifest else "",
        period=manifest.period if manifest else None,
        generated_at=manifest.generated_at if manifest else "",
        report_number=manifest.report_number if manifest else "",
        record_count=manifest.record_count if manifest else 0,
        problems=tuple(problems), outcome=ImportOutcome.REFUSED, report=report)


def _problem_fingerprint(problems: Sequence[ImportProblem]) -> str:
    for problem in problems:
        if problem.code is P.BAD_SIGNATURE:
            return str(problem.params.get("fingerprint", ""))
    return ""


def _where(report: ReportFile, code: ImportProblemCode, *, row: int | None = None,
           column: str | None = None, value: object = "", **params: object) -> ImportProblem:
    index = DATA_HEADERS.index(column) if column in DATA_HEADERS else None
    return ImportProblem(code, report.file_name, DATA_SHEET, row, column,
                         column_letter(index) if index is not None else None,
                         "" if value is None else str(value), params)


def _manifest_where(report: ReportFile, code: ImportProblemCode, key: str,
                    **params: object) -> ImportProblem:
    manifest = report.manifest
    assert manifest is not None
    return ImportProblem(code, report.file_name, DATA_SHEET, manifest.key_rows.get(key), key,
                         "B", manifest.values.get(key, ""), params)


def _epoch_of(epochs: Sequence[Epoch], day: dt.date) -> Epoch | None:
    for epoch in epochs:
        if epoch[0] <= day <= epoch[1]:
            return epoch
    return None


def _preview(repo: Repository, report: ReportFile) -> ImportPreview:
    if not report.ok:
        return _refused(report, report.problems)
    manifest = report.manifest
    assert manifest is not None
    installation = repo.installation()
    if installation is None:
        return _refused(report, [ImportProblem(P.NO_INSTALLATION, report.file_name)])
    office = installation.unit_code
    sender = manifest.sender_code
    period = manifest.period
    db = repo.db
    epochs = ImportStore(db).tree_epochs(period.start, period.end)
    if sender == office:
        return _refused(report, [_manifest_where(report, P.OWN_REPORT, "sender_code")])
    sender_trees: dict[Epoch, set[str]] = {}
    outside = False
    for epoch in epochs:
        if repo.unit(sender, epoch[0]) is None:
            continue
        if sender not in repo.descendant_codes(office, epoch[0]):
            outside = True
        sender_trees[epoch] = repo.descendant_codes(sender, epoch[0])
    if not sender_trees:
        return _refused(report, [_manifest_where(
            report, P.SENDER_UNKNOWN, "sender_code", name=manifest.sender_name,
            start=period.start, end=period.end)])
    if outside:
        office_unit = repo.any_unit(office)
        return _refused(report, [_manifest_where(
            report, P.SENDER_OUTSIDE, "sender_code", name=manifest.sender_name,
            office=office_unit.name if office_unit else office)])

    # Who signed it: the key this office holds for the sender decides.
    signer, signer_problem = _check_signer(repo, report)
    if signer_problem is not None:
        return _refused(report, [signer_problem], signer)
    if manifest.generated_utc > dt.datetime.now(dt.UTC) + FUTURE_SKEW:
        return _refused(report, [_manifest_where(report, P.GENERATED_IN_FUTURE, "generated_at")],
                        signer)

    # Every record: in the period, of a unit under the sender, valid by our catalogue.
    problems: list[ImportProblem] = []
    forms = repo.forms(include_inactive=True)
    sources = repo.sources()
    known_topics = {t.code: t for t in repo.topics()}
    new_topics: dict[str, Topic] = {}
    directive = manifest.scope if manifest.scope and repo.directive(manifest.scope) else None
    for row in report.rows:
        code = row.record.topic_code
        if code not in known_topics and code not in new_topics:
            new_topics[code] = Topic(code, row.topic_name.strip() or code, directive)
    windows = {code: TopicWindow(code) for code in (*known_topics, *new_topics)}
    far_future = dt.date.max
    for row in report.rows:
        record = row.record
        found = _epoch_of(epochs, record.date)
        if found is None:
            problems.append(_where(report, P.RECORD_OUTSIDE_PERIOD, row=row.row, column="date",
                                   value=record.date.isoformat(), start=period.start,
                                   end=period.end))
            continue
        if record.unit_code not in sender_trees.get(found, ()):
            problems.append(_where(report, P.RECORD_OUTSIDE_SENDER, row=row.row, column="unit",
                                   value=record.unit_code, sender=sender))
            continue
        for problem in validate_record(record, forms=forms, topics=windows, unit_known=True,
                                       today=far_future, sources=sources):
            if problem.code in _IGNORED_RECORD_PROBLEMS:
                continue
            column = _FIELD_COLUMN.get(problem.field, problem.field)
            problems.append(_where(report, P.INVALID_RECORD, row=row.row, column=column,
                                   value=getattr(record, problem.field, ""), problem=problem))
        if len(problems) >= 200:
            break
    if not problems:
        problems.extend(_check_times(report))
    stored = ImportStore(db).records_by_uuid([row.record.uuid for row in report.rows]) \
        if not problems else {}
    if not problems:
        problems.extend(_check_owners(repo, report, stored))
    if problems:
        return _refused(report, problems, signer)

    latest = ImportStore(db).latest_accepted(sender, period.key)
    if latest is not None and _instant(latest.generated_at) > manifest.generated_utc:
        return _refused(report, [_manifest_where(
            report, P.STALE, "generated_at", latest_file=latest.file_name,
            latest_generated_at=latest.generated_at, imported_at=latest.imported_at)], signer)

    plan = _plan(repo, report, sender_trees, epochs, list(new_topics.values()), stored)
    entered_here = _entered_here(repo, office, sender_trees)
    nothing = not (plan.inserts or plan.updates or plan.removals or plan.topics)
    return ImportPreview(
        path=report.path, file_name=report.file_name, file_hash=report.file_hash,
        sender_code=sender, sender_name=manifest.sender_name, period=period,
        generated_at=manifest.generated_at, report_number=manifest.report_number,
        record_count=manifest.record_count, new=len(plan.inserts), changed=len(plan.updates),
        unchanged=plan.unchanged, removed=len(plan.removals), conflicts=tuple(plan.conflicts),
        new_topics=tuple(plan.topics), entered_here=entered_here,
        signer_state=signer.state, signer_fingerprint=manifest.fingerprint,
        held_fingerprint=signer.held.fingerprint if signer.held else "",
        signer_public_key=manifest.public_key,
        outcome=ImportOutcome.UNCHANGED if nothing else ImportOutcome.IMPORTED, report=report,
        plan=plan)


def _check_signer(repo: Repository, report: ReportFile) -> tuple[_Signer, ImportProblem | None]:
    """Compare the file's key with the key this office holds for the sender."""
    manifest = report.manifest
    assert manifest is not None
    held = KeyStore(repo.db).live_key(manifest.sender_code)
    name = manifest.sender_name or manifest.sender_code
    if manifest.public_key is None:
        if held is not None:
            return _Signer(SignerState.UNSIGNED, held), _manifest_where(
                report, P.UNSIGNED_PINNED, "sender_code", name=name, held=held.fingerprint)
        return _Signer(SignerState.UNSIGNED), None
    if held is None:
        return _Signer(SignerState.NEW_KEY), None
    if held.matches(manifest.public_key):
        return _Signer(SignerState.PINNED, held), None
    return _Signer(SignerState.MISMATCH, held), _manifest_where(
        report, P.KEY_MISMATCH, "key_fingerprint" if "key_fingerprint" in manifest.key_rows
        else "public_key", name=name, held=held.fingerprint, fingerprint=manifest.fingerprint)


def _check_times(report: ReportFile) -> list[ImportProblem]:
    """No record may have changed after its file was made (beyond ``CLOCK_SKEW``)."""
    manifest = report.manifest
    assert manifest is not None
    limit = manifest.generated_utc + CLOCK_SKEW
    problems: list[ImportProblem] = []
    for row in report.rows:
        record = row.record
        for column in ("updated_at", "created_at"):
            value = getattr(record, column)
            if _instant(value) > limit:
                problems.append(_where(report, P.RECORD_CHANGED_LATER, row=row.row,
                                       column=column, value=value,
                                       generated_at=manifest.generated_at))
                break
        if len(problems) >= 200:
            break
    return problems


def _check_owners(repo: Repository, report: ReportFile,
                  stored: dict[str, StoredRecord]) -> list[ImportProblem]:
    """A record already stored may be changed only by its own unit or an ancestor of it
    under this office: the stored unit must be in the sender's subtree (on the stored
    record's date), whatever unit the file now puts the record under."""
    manifest = report.manifest
    assert manifest is not None
    sender = manifest.sender_code
    trees: dict[dt.date, set[str]] = {}
    problems: list[ImportProblem] = []
    for row in report.rows:
        existing = stored.get(row.record.uuid)
        if existing is None:
            continue
        old = existing.record
        if old.unit_code == sender:
            continue
        tree = trees.get(old.date)
        if tree is None:
            tree = trees[old.date] = repo.descendant_codes(sender, old.date)
        if old.unit_code not in tree:
            unit = repo.unit(old.unit_code, old.date) or repo.any_unit(old.unit_code)
            problems.append(_where(report, P.RECORD_NOT_SENDERS, row=row.row, column="uuid",
                                   value=old.uuid, unit=old.unit_code,
                                   unit_name=unit.name if unit else old.unit_code,
                                   sender=sender))
            if len(problems) >= 200:
                break
    return problems


def _instant(text: str) -> dt.datetime:
    """A stored ISO time as an aware datetime (UTC if it carries no offset)."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _same_content(a: LogRecord, b: LogRecord) -> bool:
    return all(getattr(a, name) == getattr(b, name)
               for name in a.__dataclass_fields__ if name not in _CONTENT_IGNORED)


def _plan(repo: Repository, report: ReportFile, sender_trees: dict[Epoch, set[str]],
          epochs: Sequence[Epoch], new_topics: list[Topic],
          stored: dict[str, StoredRecord]) -> _Plan:
    manifest = report.manifest
    assert manifest is not None
    sender = manifest.sender_code
    plan = _Plan(topics=new_topics)
    for row in report.rows:
        incoming = row.record
        existing = stored.get(incoming.uuid)
        if existing is None:
            plan.inserts.append(incoming)
            continue
        old = existing.record
        if not old.deleted and _same_content(old, incoming):
            plan.unchanged += 1
            continue
        newer = _instant(incoming.updated_at) > _instant(old.updated_at)
        other_path = existing.source != sender
        if newer:
            plan.updates.append((incoming, existing))
        else:
            plan.unchanged += 1
        if other_path or not newer:
            plan.conflicts.append(_conflict(incoming, existing, winner="file" if newer
                                            else "existing"))
    # Records of the sender's area in the period that the file no longer has.
    in_file = {row.record.uuid for row in report.rows}
    generated = manifest.generated_utc
    for epoch in epochs:
        units = sender_trees.get(epoch)
        if not units:
            continue
        for existing in ImportStore(repo.db).imported_in_scope(start=epoch[0], end=epoch[1],
                                                               unit_codes=units):
            record = existing.record
            if record.uuid in in_file:
                continue
            origin = record.entered_by or record.unit_code
            if existing.source == sender or (
                    origin == sender and _instant(record.updated_at) <= generated):
                plan.removals.append(existing)
            else:
                plan.conflicts.append(_conflict(None, existing, winner="existing"))
    return plan


def _conflict(incoming: LogRecord | None, existing: StoredRecord, *,
              winner: str) -> Conflict:
    old = existing.record
    return Conflict(uuid=old.uuid, unit_code=old.unit_code, date=old.date, title=old.title,
                    file_updated_at=incoming.updated_at if incoming else None,
                    existing_updated_at=old.updated_at, existing_source=existing.source,
                    existing_removed=old.deleted, winner=winner)


def _entered_here(repo: Repository, office: str, sender_trees: dict[Epoch, set[str]]) -> int:
    """Records this office logged on behalf of the sender's units in the period."""
    total = 0
    for (start, end), units in sender_trees.items():
        counts = ImportStore(repo.db).record_counts_by_unit(start=start, end=end, entered_by=office)
        total += sum(counts[code][1] for code in units if code in counts)
    return total


def report_files(paths: Sequence[Path]) -> list[Path]:
    """The files named, each folder replaced by the ``.xlsx`` files directly in it (Excel's
    ``~$`` lock files left out), without repeats."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir()
                                if p.suffix.lower() == ".xlsx" and p.is_file()
                                and not p.name.startswith("~$")))
        else:
            files.append(path)
    unique: dict[Path, Path] = {}
    for file in files:
        unique.setdefault(file.absolute(), file)
    return list(unique.values())


def commit_order(previews: Sequence[ImportPreview]) -> list[int]:
    """Indexes of the importable previews, oldest file first: a unit's resend in the same
    batch then updates its first version instead of being refused as stale."""
    return sorted((i for i, p in enumerate(previews) if p.outcome is not ImportOutcome.REFUSED),
                  key=lambda i: (_instant(previews[i].generated_at), i))


# -- commit ------------------------------------------------------------------------------

class _AbortError(Exception):
    """Rolls the transaction back when the re-check inside it refuses the file."""

    def __init__(self, preview: ImportPreview):
        super().__init__(preview.file_name)
        self.preview = preview


def commit_import(repo: Repository, *, path: Path | str | None = None,
                  preview: ImportPreview | None = None,
                  now: str | None = None) -> ImportResult:
    """Import one file in one transaction (checked again inside it), or write nothing.

    Give ``path`` to read the file, or a ``preview`` to reuse what was read for it.
    """
    if preview is not None and preview.report is not None:
        report = preview.report
    elif path is not None:
        report = read_report(path)
    else:
        raise TypeError("commit_import needs path or preview")
    if not report.ok:
        return _result(_refused(report, report.problems))
    manifest = report.manifest
    assert manifest is not None
    at = now or now_utc()
    try:
        with repo.db.atomic():
            # The register row first: it takes the write lock, so the data the plan is made
            # from cannot change before the plan is written.
            batch_id = ImportStore(repo.db).insert_batch({
                "file_name": report.file_name, "file_hash": report.file_hash,
                "data_hash": manifest.data_hash, "sender_code": manifest.sender_code,
                "sender_name": manifest.sender_name, "period_key": manifest.period.key,
                "period_start": manifest.period.start.isoformat(),
                "period_end": manifest.period.end.isoformat(),
                "report_number": manifest.report_number,
                "generated_at": manifest.generated_at,
                "generated_utc": manifest.generated_utc.isoformat(timespec="microseconds"),
                "imported_at": at, "record_count": manifest.record_count,
                "new": 0, "changed": 0, "unchanged": 0, "removed": 0,
                "result": ImportOutcome.UNCHANGED.value,
            })
            fresh = _preview(repo, report)
            if fresh.outcome is ImportOutcome.REFUSED:
                raise _AbortError(fresh)
            _write(repo, report, fresh, batch_id)
            _record_signer(repo, report, fresh, at)
            ImportStore(repo.db).update_batch(batch_id, {
                "new": fresh.new, "changed": fresh.changed, "unchanged": fresh.unchanged,
                "removed": fresh.removed, "conflicts": len(fresh.conflicts),
                "topics_created": len(fresh.new_topics), "result": fresh.outcome.value,
                "signer_state": "signed" if manifest.signed else "unsigned",
                "signer_fingerprint": manifest.fingerprint})
            repo.audit("import", str(batch_id), fresh.outcome.value, None, json.dumps({
                "file": report.file_name, "sender": manifest.sender_code,
                "period": manifest.period.key, "new": fresh.new, "changed": fresh.changed,
                "unchanged": fresh.unchanged, "removed": fresh.removed}, ensure_ascii=False))
    except _AbortError as abort:
        return _result(abort.preview)
    areas = {Area.IMPORTS}
    if fresh.new or fresh.changed or fresh.removed:
        areas.add(Area.RECORDS)
    if fresh.new_topics:
        areas.add(Area.TOPICS)
    changes = Changes(frozenset(areas), added=fresh.new, updated=fresh.changed,
                      deleted=fresh.removed, unchanged=fresh.unchanged)
    return _result(fresh, batch_id=batch_id, changes=changes)


def _record_signer(repo: Repository, report: ReportFile, preview: ImportPreview,
                   at: str) -> None:
    """Pin the sender's key on its first signed file, or note that its key was seen."""
    manifest = report.manifest
    assert manifest is not None
    if manifest.public_key is None:
        return
    if preview.signer_state is SignerState.NEW_KEY:
        key_ops.pin_key(repo, unit=manifest.sender_code, public_key=manifest.public_key,
                        file_name=report.file_name, at=at)
    elif preview.signer_state is SignerState.PINNED:
        held = KeyStore(repo.db).live_key(manifest.sender_code)
        assert held is not None
        key_ops.key_seen(repo, held, public_key=manifest.public_key,
                         file_name=report.file_name, at=at)


def _write(repo: Repository, report: ReportFile, preview: ImportPreview, batch_id: int) -> None:
    manifest = report.manifest
    assert manifest is not None
    plan = preview.plan
    assert plan is not None
    store = ImportStore(repo.db)
    log: list[ImportChange] = []
    for topic in plan.topics:
        repo.insert_topic(topic)
        log.append(ImportChange(ChangeAction.TOPIC, topic.code))
    store.insert_records(plan.inserts, batch_id=batch_id)
    if plan.inserts:
        store.insert_added(batch_id, ((r.uuid, r.updated_at) for r in plan.inserts))
    for incoming, _existing in plan.updates:
        old = store.record_row(incoming.uuid)
        store.replace_record(incoming, batch_id=batch_id)
        log.append(ImportChange(ChangeAction.CHANGED, incoming.uuid,
                                json.dumps(old, ensure_ascii=False), incoming.updated_at))
    tombstone = manifest.generated_utc.isoformat(timespec="microseconds")
    for existing in plan.removals:
        uuid = existing.record.uuid
        old = store.record_row(uuid)
        store.mark_removed(uuid, at=tombstone, batch_id=batch_id)
        log.append(ImportChange(ChangeAction.REMOVED, uuid, json.dumps(old, ensure_ascii=False),
                                tombstone))
    store.insert_changes(batch_id, log)


def _result(preview: ImportPreview, *, batch_id: int | None = None,
            changes: Changes | None = None) -> ImportResult:
    return ImportResult(
        path=preview.path, file_name=preview.file_name, sender_code=preview.sender_code,
        sender_name=preview.sender_name, period_key=preview.period_key, new=preview.new,
        changed=preview.changed, unchanged=preview.unchanged, removed=preview.removed,
        conflicts=preview.conflicts, outcome=preview.outcome, problems=preview.problems,
        batch_id=batch_id, new_topics=preview.new_topics, changes=changes or Changes())


# -- the register and undo ----------------------------------------------------------------

def import_batches(repo: Repository, *, limit: int | None = None) -> list[ImportBatch]:
    """The import register, newest first."""
    return ImportStore(repo.db).batches(limit=limit)


def record_sources(repo: Repository, uuids: Sequence[str]) -> dict[str, ImportBatch]:
    """For each record (by UUID) that came by import, the file its current version came
    through — with who signed it (a record entered here has none)."""
    return ImportStore(repo.db).record_batches(uuids)


def batch_records(repo: Repository, *, batch_id: int) -> tuple[ImportBatch, Iterator[
        StoredRecord]]:
    """One import and the records whose current version came through it (streamed)."""
    batch = ImportStore(repo.db).batch(batch_id)
    if batch is None:
        raise ExchangeError([ImportProblem(P.BATCH_NOT_FOUND, "", params={"id": batch_id})])
    return batch, ImportStore(repo.db).records_of_batch(batch_id)


def undo_import(repo: Repository, *, batch_id: int, now: str | None = None) -> Changes:
    """Put back what one import changed: its new records go, changed and removed ones return.

    Refused (``ExchangeError``) when a record it wrote was changed since — by a later import
    or by hand — because putting the old version back would lose that change; undo the later
    import first.
    """
    store = ImportStore(repo.db)
    batch = store.batch(batch_id)
    name = batch.file_name if batch else ""
    if batch is None:
        raise ExchangeError([ImportProblem(P.BATCH_NOT_FOUND, "", params={"id": batch_id})])
    if batch.undone_at is not None:
        raise ExchangeError([ImportProblem(P.ALREADY_UNDONE, name, params={
            "id": batch_id, "at": batch.undone_at})])
    entries = list(store.changes(batch_id))
    record_entries = [e for e in entries if e.action is not ChangeAction.TOPIC]
    current = store.records_by_uuid([e.key for e in record_entries])
    blocked: list[tuple[str, int | None]] = []
    for entry in record_entries:
        stored = current.get(entry.key)
        if (stored is None or stored.import_batch_id != batch_id
                or stored.record.updated_at != entry.new_updated_at
                or stored.record.deleted != (entry.action is ChangeAction.REMOVED)):
            blocked.append((entry.key, stored.import_batch_id if stored else None))
    if blocked:
        later = next((b for _, b in blocked if b not in (None, batch_id)), None)
        later_batch = store.batch(later) if later is not None else None
        raise ExchangeError([ImportProblem(P.UNDO_BLOCKED, name, params={
            "id": batch_id, "count": len(blocked),
            "later_id": later_batch.id if later_batch else None,
            "later_file": later_batch.file_name if later_batch else None})])
    at = now or now_utc()
    added = restored = topics = 0
    with repo.db.atomic():
        for entry in entries:
            if entry.action is ChangeAction.NEW:
                store.delete_record(entry.key)
                added += 1
            elif entry.action in (ChangeAction.CHANGED, ChangeAction.REMOVED):
                store.restore_row(json.loads(entry.old_values or "{}"))
                restored += 1
        for entry in entries:
            if entry.action is ChangeAction.TOPIC and not repo.topic_used(entry.key):
                repo.delete_topic(entry.key)
                topics += 1
        store.set_undone(batch_id, at)
        repo.audit("import", str(batch_id), "undo", None, json.dumps(
            {"file": batch.file_name, "deleted": added, "restored": restored},
            ensure_ascii=False))
    areas = {Area.IMPORTS, Area.RECORDS}
    if topics:
        areas.add(Area.TOPICS)
    return Changes(frozenset(areas), deleted=added, updated=restored)


# -- completeness ------------------------------------------------------------------------

def completeness(repo: Repository, *, period: ReportPeriod) -> list[ChildStatus]:
    """Every child unit of this office in the period: on time, late or missing.

    A child has reported when a file of its own whose period covers this one was imported
    (and not undone). The first such file decides: on time when the child made it (its
    ``generated_at``, in this computer's time zone) no later than the deadline, which is
    ``Installation.report_deadline_days`` after the period ends.
    """
    installation = repo.installation()
    if installation is None:
        return []
    office = installation.unit_code
    deadline = period.end + dt.timedelta(days=installation.report_deadline_days)
    children = ImportStore(repo.db).children_in_period(office, period.start, period.end)
    if not children:
        return []
    received: dict[str, ImportBatch] = {}
    for batch in ImportStore(repo.db).received_batches(senders=[c.code for c in children],
                                                       start=period.start, end=period.end):
        received.setdefault(batch.sender_code, batch)
    counts: dict[str, list[int]] = {c.code: [0, 0] for c in children}
    store = ImportStore(repo.db)
    for start, end in store.tree_epochs(period.start, period.end):
        by_unit = store.record_counts_by_unit(start=start, end=end, entered_by=office)
        if not by_unit:
            continue
        for child in children:
            if not child.valid_on(start) and not child.valid_on(end):
                continue
            for code in repo.descendant_codes(child.code, start):
                if code in by_unit:
                    counts[child.code][0] += by_unit[code][0]
                    counts[child.code][1] += by_unit[code][1]
    statuses: list[ChildStatus] = []
    for child in children:
        first = received.get(child.code)
        if first is None:
            state = ChildState.MISSING
        else:
            made = _instant(first.generated_at).astimezone().date()
            state = ChildState.ON_TIME if made <= deadline else ChildState.LATE
        statuses.append(ChildStatus(
            unit=child, state=state, deadline=deadline,
            received_at=first.imported_at if first else None,
            generated_at=first.generated_at if first else None,
            file_name=first.file_name if first else None,
            records=counts[child.code][0], entered_here=counts[child.code][1]))
    return statuses

