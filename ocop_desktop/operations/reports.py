"""Report use cases: the summary for a period and scope, the export, and the register.

``export_report`` reads the summary and every record in ONE read transaction (the document's
totals and the data sheet cannot disagree), writes the workbook to a temporary file beside
the target, and then — in one write transaction — takes the report's number, adds the
register line and renames the file into place. A failure at any point leaves the real name
untouched and the number free.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ocop_desktop import __version__
from ocop_desktop.atomic_files import AtomicOutput
from ocop_desktop.domain.catalogue import Form
from ocop_desktop.domain.heading import (
    addressee_lines,
    is_peoples_committee,
    recipient_lines,
    signature_lines,
)
from ocop_desktop.domain.periods import (
    PeriodError,
    ReportPeriod,
    custom_period,
    parse_period,
)
from ocop_desktop.domain.records import (
    Directive,
    Installation,
    RecordQuery,
    Role,
    Unit,
    now_utc,
)
from ocop_desktop.domain.report_text import (
    Narrative,
    NarrativePart,
    ReportTable,
    TableOptions,
    report_tables,
)
from ocop_desktop.domain.reporting import (
    ReportEntry,
    ReportStatus,
    ReportSummary,
    UnitRollup,
    default_symbol,
    intro_text,
    number_text,
    place_date_text,
    report_number,
    scope_topic_codes,
    subject_text,
    summarize,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.excel.columns import FORMAT_NAME, FORMAT_VERSION
from ocop_desktop.excel.table_export import write_table
from ocop_desktop.excel.writer import (
    DetailNames,
    ExportCancelled,
    ReportDocument,
    WrittenWorkbook,
    write_workbook,
)
from ocop_desktop.operations.keys import installation_key
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.operations.queries import worker_session
from ocop_desktop.operations.schedule import plan_table
from ocop_desktop.storage.database import snapshot
from ocop_desktop.storage.reports import ReportStore
from ocop_desktop.storage.repository import Repository

__all__ = [
    "ExportError", "ExportResult", "Progress", "SYMBOL_SETTING", "RECIPIENTS_SETTING",
    "build_summary", "default_file_name", "export_report", "list_reports", "next_number",
    "resolve_period", "report_symbol", "set_report_status", "set_report_symbol",
    "signer_title_lines", "unit_rollup", "extra_tables", "document_texts", "narrative_for",
    "previous_narrative", "save_narrative", "report_options",
    # What the window needs of the writers, so that it never imports ``excel``: the
    # cancellation an export raises, the document's words (the preview) and the writer of
    # a small list (the completeness page's "Xuất danh sách…").
    "ExportCancelled", "ReportDocument", "write_table",
]

SYMBOL_SETTING = "report_symbol"  # "BC-UBND"; derived from the issuing body when unset
RECIPIENTS_SETTING = "report_recipients"  # "Nơi nhận" lines, one per line; optional
ARCHIVE_SETTING = "report_archive"  # what follows "Lưu: VT, …" (the drafting section)

# (done, total, stage) with stage "rows" (records written) or "pack" (bytes compressed).
Progress = Callable[[int, int, str], None]


class ExportError(ValidationError):
    """Writing the file failed (disk full, no permission, file open elsewhere); nothing was
    written under the real name and no number was taken."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    entry: ReportEntry
    summary: ReportSummary
    path: Path
    size: int
    changes: Changes


# -- period and scope ---------------------------------------------------------------------

def _cutoff(repo: Repository) -> int:
    installation = repo.installation()
    return installation.period_cutoff_day if installation else 1


def resolve_period(repo: Repository, *, period: str | None = None,
                   date_from: dt.date | None = None,
                   date_to: dt.date | None = None) -> ReportPeriod:
    """A named period (``2021-06``, ``2021-Q2``, ``2021-H1``, ``2021-9M``, ``2021``) with the
    installation's cut-off day, or a custom range; raises ``ValidationError``."""
    if period is not None and (date_from is not None or date_to is not None):
        raise ValidationError([Problem("period", ProblemCode.BAD_PERIOD,
                                       {"value": f"{period} + từ ngày/đến ngày"})])
    if period is not None:
        try:
            return parse_period(period, cutoff_day=_cutoff(repo))
        except PeriodError:
            raise ValidationError([Problem("period", ProblemCode.BAD_PERIOD,
                                           {"value": period})]) from None
    problems = [Problem(name, ProblemCode.REQUIRED)
                for name, value in (("date_from", date_from), ("date_to", date_to))
                if value is None]
    if problems:
        raise ValidationError(problems)
    assert date_from is not None and date_to is not None
    if date_to < date_from:
        raise ValidationError([Problem("date_to", ProblemCode.RANGE_REVERSED)])
    return custom_period(date_from, date_to)


def _directive(repo: Repository, number: str | None) -> Directive | None:
    if number is None:
        return None
    directive = repo.directive(number)
    if directive is None:
        raise ValidationError([Problem("directive", ProblemCode.UNKNOWN_DIRECTIVE,
                                       {"value": number})])
    return directive


def _sender(repo: Repository, installation: Installation | None,
            period: ReportPeriod) -> Unit | None:
    if installation is None:
        return None
    return repo.unit(installation.unit_code, period.end) or repo.any_unit(installation.unit_code)


# -- the summary --------------------------------------------------------------------------

def unit_rollup(repo: Repository, sender_code: str, *, on: dt.date) -> UnitRollup:
    """The consolidated form's rows: the children of ``sender_code`` valid on ``on``, and for
    every unit ever under it (any version of the tree) the child it rolls up to.

    A unit whose version on ``on`` no longer hangs under the sender (merged away in the 2025
    reform) is followed through its older versions, so its records stay with the child that
    held them."""
    sender = repo.unit(sender_code, on) or repo.any_unit(sender_code)
    children = repo.children(sender_code, on)
    names = {sender_code: f"{sender.name if sender else sender_code} (trực tiếp thực hiện)"}
    parents: dict[str, list[tuple[Unit, str]]] = {}
    for unit in repo.units():
        if unit.parent_code and unit.parent_code != unit.code:
            parents.setdefault(unit.code, []).append((unit, unit.parent_code))
    descendants = repo.descendant_codes(sender_code)
    row_of: dict[str, str] = {sender_code: sender_code}
    for code in descendants - {sender_code}:
        row = _child_on_path(code, sender_code, parents, on)
        row_of[code] = row or code
        if row is None or row not in names:
            found = repo.unit(row or code, on) or repo.any_unit(row or code)
            names.setdefault(row or code, found.name if found else row or code)
    return UnitRollup(sender_code, tuple((c.code, c.name) for c in children), row_of, names)


def _child_on_path(code: str, sender: str, parents: dict[str, list[tuple[Unit, str]]],
                   on: dt.date) -> str | None:
    """The unit just under ``sender`` on the way up from ``code``."""
    current, seen = code, set()
    while current not in seen:
        seen.add(current)
        options = parents.get(current, [])
        if not options:
            return None
        valid = [parent for unit, parent in options if unit.valid_on(on)]
        ordered = valid + [parent for _, parent in sorted(
            options, key=lambda o: o[0].valid_from or dt.date.min, reverse=True)]
        if sender in ordered:
            return current
        current = ordered[0]
    return None


def build_summary(repo: Repository, *, period: ReportPeriod, directive: str | None = None,
                  by_unit: bool | None = None) -> ReportSummary:
    """The report's tables for a period, over the installation's unit and every unit under
    it; ``directive`` limits it to that directive's topics; ``by_unit`` (default: when this
    installation is a consolidating office) adds the table of child units."""
    directive_obj = _directive(repo, directive)
    installation = repo.installation()
    sender = _sender(repo, installation, period)
    topics = repo.topics()
    sender_code = installation.unit_code if installation else None
    units = repo.descendant_codes(sender_code) if sender_code else None
    tallies = ReportStore(repo.db).report_tallies(
        start=period.start, end=period.end, unit_codes=units,
        topic_codes=scope_topic_codes(topics, directive))
    if by_unit is None:
        by_unit = installation is not None and installation.role is Role.OFFICE
    rollup = unit_rollup(repo, sender_code, on=period.end) if by_unit and sender_code else None
    # Forms and sources under the names valid on the period's days (issue 13).
    from ocop_desktop.operations.administration import forms_for_period, sources_for_period

    forms: dict[str, Form] = forms_for_period(repo, period.start, period.end)
    return summarize(tallies, period=period, forms=forms, topics=topics, scope=directive,
                     sender_code=sender_code, sender_name=sender.name if sender else "",
                     rollup=rollup, directive=directive_obj,
                     sources=sources_for_period(repo, period.start, period.end))


# -- the register -------------------------------------------------------------------------

def report_symbol(repo: Repository) -> str:
    symbol = (repo.setting(SYMBOL_SETTING) or "").strip()
    if symbol:
        return symbol
    installation = repo.installation()
    return default_symbol(installation.issuing_body if installation else "")


def set_report_symbol(repo: Repository, *, symbol: str) -> Changes:
    """Store the symbol printed after the number (``BC-UBND``); empty means derive it."""
    value = symbol.strip()
    if "/" in value or len(value) > 40:
        raise ValidationError([Problem("symbol", ProblemCode.BAD_CODE, {"value": value})])
    with repo.db.atomic():
        repo.set_setting(SYMBOL_SETTING, value)
    return Changes(frozenset({Area.SETTINGS}), updated=1)


def next_number(repo: Repository, *, year: int) -> int:
    return ReportStore(repo.db).next_report_number(year)


def list_reports(repo: Repository) -> list[ReportEntry]:
    return ReportStore(repo.db).report_entries()


def set_report_status(repo: Repository, *, report_id: int, status: str,
                      sent_at: str | None = None, sent_to: str | None = None) -> Changes:
    """Where a report is now (issue 5: queued, sent, handed over); one transaction."""
    if ReportStore(repo.db).report_entry(report_id) is None:
        raise ValidationError([Problem("report", ProblemCode.NOT_FOUND, {"value": report_id})])
    with repo.db.atomic():
        ReportStore(repo.db).set_report_status(report_id, status=status, sent_at=sent_at,
                                               sent_to=sent_to)
    return Changes(frozenset({Area.REPORTS}), updated=1)


def default_file_name(repo: Repository, period: ReportPeriod) -> str:
    """``BC-05986-2021-06.xlsx``: unit code and period, so files sort and never clash."""
    installation = repo.installation()
    unit = installation.unit_code if installation else "000"
    key = period.key.replace("..", "_")
    return f"BC-{unit}-{key}.xlsx"


# -- the export ---------------------------------------------------------------------------

def report_options(installation: Installation | None) -> TableOptions:
    return TableOptions(minutes_only=bool(installation and installation.minutes_only))


def document_texts(repo: Repository, installation: Installation, *, period: ReportPeriod,
                   directive: Directive | None, records: int, number: int | None,
                   symbol: str, issued_on: dt.date,
                   narrative: Narrative | None = None) -> ReportDocument:
    """The document's words from the settings (no tables): what the export prints and the
    report page's preview shows."""
    others_setting = (repo.setting(RECIPIENTS_SETTING) or "").strip()
    others = tuple(line for line in others_setting.splitlines() if line.strip())
    # A period under another reporting relationship than today's (a June 2025 report made
    # in 2026) is addressed as then (issue 13); otherwise the settings' wording.
    from ocop_desktop.operations.administration import period_addressees

    then = period_addressees(repo, installation, day=period.end)
    if then is not None:
        installation = dataclasses.replace(
            installation, addressees="\n".join(then), recipient_name=then[0] if then else "")
    addressees = addressee_lines(installation.addressees or installation.recipient_name)
    drafting = installation.drafting_office or (repo.setting(ARCHIVE_SETTING) or "")
    sender = _sender(repo, installation, period)
    issuing = installation.issuing_body.strip() or (sender.name if sender else "")
    # A People's Committee is a body of local government: no parent body above its name
    # (Nghị định 30/2020, Appendix I, II.2), whatever older settings say.
    parent = "" if is_peoples_committee(issuing) else installation.parent_body
    if narrative is None:
        narrative = ReportStore(repo.db).report_texts(
            period.key, directive.number if directive else None) or Narrative()
    return ReportDocument(
        parent_body=parent,
        issuing_body=issuing,
        number_line=number_text(number, symbol),
        place_date=place_date_text(installation.place.strip(), issued_on),
        subject=subject_text(period, directive),
        intro=intro_text(period, directive, records),
        addressees=addressees,
        recipients=recipient_lines(addressees, others, drafting),
        signature=signature_lines(installation.signer_authority, installation.authority_of,
                                  installation.signer_title),
        signer_name=installation.signer_name,
        narrative=narrative,
    )


def _document(repo: Repository, installation: Installation, summary: ReportSummary,
              directive: Directive | None, number: int, symbol: str,
              issued_on: dt.date, narrative: Narrative | None) -> ReportDocument:
    texts = document_texts(repo, installation, period=summary.period, directive=directive,
                           records=summary.records, number=number, symbol=symbol,
                           issued_on=issued_on, narrative=narrative)
    # Part I's tables in their fixed order (domain.report_text.report_tables); the
    # broadcast schedule's table when this station planned airings (issue 7).
    plan = plan_table(repo, period=summary.period,
                      directive=directive.number if directive else None)
    tables = report_tables(summary, plan=plan, options=report_options(installation),
                           extra=extra_tables(repo, summary.period))
    return dataclasses.replace(texts, tables=tables)


def extra_tables(repo: Repository, period: ReportPeriod) -> tuple[ReportTable, ...]:
    """Tables after the schedule's: the station's loudspeaker clusters (issue 13), when the
    register has clusters in the period."""
    from ocop_desktop.domain.administration import cluster_report_table
    from ocop_desktop.operations.administration import cluster_report_table as clusters_of

    table = clusters_of(repo, start=period.start, end=period.end)
    return (cluster_report_table(table),) if table is not None else ()


def signer_title_lines(title: str) -> tuple[str, ...]:
    """The signer's title as printed, one line each: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (or with
    a line break, or "|") gives two lines, as Nghị định 30/2020 lays out signing on behalf."""
    return signature_lines("", "", title)


# -- the parts in words -------------------------------------------------------------------

def narrative_for(repo: Repository, *, period: ReportPeriod,
                  directive: str | None) -> Narrative:
    """The texts kept for this period and scope (empty when none were written)."""
    return ReportStore(repo.db).report_texts(period.key, directive) or Narrative()


def previous_narrative(repo: Repository, *, period: ReportPeriod,
                       directive: str | None) -> tuple[str, Narrative] | None:
    """The latest texts of an earlier period, to start this one from: (period key, texts)."""
    return ReportStore(repo.db).latest_report_texts(before=period.start, scope=directive)


def save_narrative(repo: Repository, *, period: ReportPeriod, directive: str | None,
                   narrative: Narrative) -> Changes:
    """Keep the texts of this period's report (one transaction)."""
    problems = [Problem(part.value, ProblemCode.TOO_LARGE, {"max": NARRATIVE_LIMIT})
                for part in NarrativePart if len(narrative.text(part)) > NARRATIVE_LIMIT]
    if problems:
        raise ValidationError(problems)
    with repo.db.atomic():
        ReportStore(repo.db).save_report_texts(period_key=period.key,
                                               period_start=period.start, scope=directive,
                                               narrative=narrative, at=now_utc())
    return Changes(frozenset({Area.REPORTS}), updated=1)


NARRATIVE_LIMIT = 20_000  # characters per part: pages of text, not a pasted file


def _detail_names(repo: Repository) -> DetailNames:
    versions: dict[str, list[Unit]] = {}
    for unit in repo.units():
        versions.setdefault(unit.code, []).append(unit)

    def unit_name(code: str, day: dt.date) -> str:
        options = versions.get(code)
        if not options:
            return code
        for unit in options:
            if unit.valid_on(day):
                return unit.name
        return options[-1].name

    return DetailNames(
        topics={topic.code: topic.name for topic in repo.topics()},
        forms={code: form.name for code, form in repo.forms(include_inactive=True).items()},
        unit_name=unit_name)


def _check_output(out: Path) -> list[Problem]:
    if out.suffix.lower() != ".xlsx":
        return [Problem("out", ProblemCode.NOT_XLSX, {"value": str(out)})]
    if out.is_dir():
        return [Problem("out", ProblemCode.NOT_XLSX, {"value": str(out)})]
    if not out.parent.is_dir():
        return [Problem("out", ProblemCode.FILE_NOT_FOUND, {"value": str(out.parent)})]
    return []


def _write_problem(exc: OSError, out: Path) -> ExportError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        code = ProblemCode.DISK_FULL
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM,
                                                            errno.EROFS, errno.EBUSY):
        code = ProblemCode.NO_PERMISSION
    elif isinstance(exc, FileNotFoundError):
        code = ProblemCode.FILE_NOT_FOUND
    else:
        code = ProblemCode.WRITE_FAILED
    value = str(out.parent) if code is ProblemCode.FILE_NOT_FOUND else str(out)
    return ExportError([Problem("out", code, {"value": value,
                                              "detail": exc.strerror or str(exc)})])


def export_report(source: Repository | Path, *, period: ReportPeriod,
                  directive: str | None = None, out: Path,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  issued_on: dt.date | None = None, number: int | None = None,
                  by_unit: bool | None = None,
                  narrative: Narrative | None = None) -> ExportResult:
    """Export the report of ``period`` (and ``directive``) to ``out`` and register it.

    ``source`` is the repository (a worker thread's own, ``queries.worker_session``,
    DESIGN.md §8), or the data file's path, for which a session is opened and closed here.
    ``number`` defaults to the next free number of the issue year. Raises
    ``ValidationError`` before writing anything, ``ExportError`` when the file could not be
    written, ``ExportCancelled`` (or whatever ``progress`` raises) when cancelled; in every
    such case the real name and the register are untouched.

    ``narrative`` (the parts in words) is kept for the period and scope with the register
    line; without it, the texts kept from the last export or the report page are used."""
    with worker_session(source) as repo:
        return _export(repo, period=period, directive=directive, out=out,
                       progress=progress, cancelled=cancelled, issued_on=issued_on,
                       number=number, by_unit=by_unit, narrative=narrative)


def _export(repo: Repository, *, period: ReportPeriod, directive: str | None, out: Path,
            progress: Progress | None, cancelled: Callable[[], bool] | None,
            issued_on: dt.date | None, number: int | None,
            by_unit: bool | None, narrative: Narrative | None = None) -> ExportResult:
    out = Path(out).expanduser().absolute()
    issued_on = issued_on or dt.date.today()
    year = issued_on.year
    installation = repo.installation()
    problems = _check_output(out)
    if installation is None:
        problems.insert(0, Problem("installation", ProblemCode.NO_INSTALLATION))
    if directive is not None and repo.directive(directive) is None:
        problems.append(Problem("directive", ProblemCode.UNKNOWN_DIRECTIVE, {"value": directive}))
    if number is not None:
        if number < 1:
            problems.append(Problem("report_number", ProblemCode.NOT_POSITIVE))
        elif ReportStore(repo.db).report_number_taken(year, number):
            problems.append(Problem("report_number", ProblemCode.NUMBER_TAKEN,
                                    {"value": number, "year": year}))
    if problems:
        raise ValidationError(problems)
    assert installation is not None
    symbol = report_symbol(repo)
    signer = installation_key(repo)  # every report is signed with this installation's key

    # Another export (the CLI beside the window) may take the number while this one writes:
    # then the file, which prints its number, is written again with the next one.
    for _attempt in range(5):
        chosen = number or next_number(repo, year=year)
        try:
            with AtomicOutput(out) as output:
                assert output.file is not None
                with snapshot(repo.db):  # one read snapshot for the tables and the data sheet
                    summary = build_summary(repo, period=period, directive=directive,
                                            by_unit=by_unit)
                    sender = _sender(repo, installation, period)
                    document = _document(repo, installation, summary, summary.directive,
                                         chosen, symbol, issued_on, narrative)
                    generated_at = dt.datetime.now().astimezone().isoformat(
                        timespec="microseconds")
                    manifest = {
                        "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                        "sender_code": installation.unit_code,
                        "sender_name": sender.name if sender else "",
                        "sender_level": sender.level.value if sender else "",
                        "parent_code": (sender.parent_code or "") if sender else "",
                        "period": period.key, "period_start": period.start.isoformat(),
                        "period_end": period.end.isoformat(), "scope": directive or "",
                        "report_number": report_number(chosen, symbol),
                        "generated_at": generated_at, "app_version": __version__,
                    }
                    records = repo.iter_records(RecordQuery(
                        date_from=period.start, date_to=period.end,
                        unit_code=installation.unit_code, directive=directive))
                    written: WrittenWorkbook = write_workbook(
                        output.file, summary=summary, document=document, records=records,
                        record_total=summary.records, names=_detail_names(repo),
                        manifest=manifest, progress=progress,
                        cancelled=cancelled, signer=signer)
                entry = ReportEntry(
                    year=year, number=chosen, symbol=symbol, issued_on=issued_on,
                    sender_code=installation.unit_code, period_key=period.key,
                    period_start=period.start, period_end=period.end, scope=directive,
                    file_path=str(out), file_hash=written.file_hash,
                    data_hash=written.data_hash, record_count=written.record_count,
                    generated_at=generated_at, created_at=now_utc(),
                    status=ReportStatus.EXPORTED.value)
                if getattr(repo.db, "read_only", False):
                    # A data file on read-only media: the report is written (to another
                    # folder) but cannot be registered; its number is not reserved.
                    output.commit()
                    report_id = None
                else:
                    try:
                        with repo.db.atomic():
                            report_id = ReportStore(repo.db).insert_report(entry)
                            # Kept with the register line (not in the read snapshot above,
                            # which is rolled back): a re-export prints the same parts.
                            if narrative is not None:
                                ReportStore(repo.db).save_report_texts(
                                    period_key=period.key, period_start=period.start,
                                    scope=directive, narrative=narrative, at=now_utc())
                            # The rename is the last step inside the transaction: if it
                            # fails, the register line and the number go with it.
                            output.commit()
                    except sqlite3.IntegrityError:
                        if number is not None:
                            raise ValidationError([Problem(
                                "report_number", ProblemCode.NUMBER_TAKEN,
                                {"value": number, "year": year})]) from None
                        continue
        except OSError as exc:
            raise _write_problem(exc, out) from exc
        final = dataclasses.replace(entry, id=report_id)
        return ExportResult(final, summary, out, written.size,
                            Changes(frozenset({Area.REPORTS}), added=1))
    raise ValidationError([Problem("report_number", ProblemCode.NUMBER_TAKEN,
                                   {"value": chosen, "year": year})])
