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
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ocop_desktop import __version__
from ocop_desktop.domain.catalogue import Form
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
from ocop_desktop.excel.writer import (
    AtomicOutput,
    DetailNames,
    ReportDocument,
    WrittenWorkbook,
    write_workbook,
)
from ocop_desktop.operations.keys import installation_key
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.operations.schedule import plan_table
from ocop_desktop.storage import reports as report_store
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository

__all__ = [
    "ExportError", "ExportResult", "Progress", "SYMBOL_SETTING", "RECIPIENTS_SETTING",
    "build_summary", "default_file_name", "export_report", "list_reports", "next_number",
    "resolve_period", "report_symbol", "set_report_status", "set_report_symbol",
    "signer_title_lines", "unit_rollup",
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
    tallies = report_store.report_tallies(
        repo.db, start=period.start, end=period.end, unit_codes=units,
        topic_codes=scope_topic_codes(topics, directive))
    if by_unit is None:
        by_unit = installation is not None and installation.role is Role.OFFICE
    rollup = unit_rollup(repo, sender_code, on=period.end) if by_unit and sender_code else None
    forms: dict[str, Form] = repo.forms(include_inactive=True)
    return summarize(tallies, period=period, forms=forms, topics=topics, scope=directive,
                     sender_code=sender_code, sender_name=sender.name if sender else "",
                     rollup=rollup, directive=directive_obj)


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
    return report_store.next_report_number(repo.db, year)


def list_reports(repo: Repository) -> list[ReportEntry]:
    return report_store.report_entries(repo.db)


def set_report_status(repo: Repository, *, report_id: int, status: str,
                      sent_at: str | None = None, sent_to: str | None = None) -> Changes:
    """Where a report is now (issue 5: queued, sent, handed over); one transaction."""
    if report_store.report_entry(repo.db, report_id) is None:
        raise ValidationError([Problem("report", ProblemCode.NOT_FOUND, {"value": report_id})])
    with repo.db.atomic():
        report_store.set_report_status(repo.db, report_id, status=status, sent_at=sent_at,
                                       sent_to=sent_to)
    return Changes(frozenset({Area.REPORTS}), updated=1)


def default_file_name(repo: Repository, period: ReportPeriod) -> str:
    """``BC-05986-2021-06.xlsx``: unit code and period, so files sort and never clash."""
    installation = repo.installation()
    unit = installation.unit_code if installation else "000"
    key = period.key.replace("..", "_")
    return f"BC-{unit}-{key}.xlsx"


# -- the export ---------------------------------------------------------------------------

def _document(repo: Repository, installation: Installation, sender: Unit | None,
              summary: ReportSummary, directive: Directive | None, number: int,
              symbol: str, issued_on: dt.date) -> ReportDocument:
    recipients_setting = (repo.setting(RECIPIENTS_SETTING) or "").strip()
    if recipients_setting:
        lines = [line.strip() for line in recipients_setting.splitlines() if line.strip()]
    else:
        lines = [installation.recipient_name] if installation.recipient_name.strip() else []
    recipients = [line if line.startswith("-") else f"- {line.rstrip(';.')};" for line in lines]
    archive = (repo.setting(ARCHIVE_SETTING) or "").strip()
    recipients.append(f"- Lưu: VT{', ' + archive if archive else ''}.")
    issuing = installation.issuing_body.strip() or (sender.name if sender else "")
    return ReportDocument(
        parent_body=installation.parent_body,
        issuing_body=issuing,
        number_line=number_text(number, symbol),
        place_date=place_date_text(installation.place.strip(), issued_on),
        subject=subject_text(summary.period, directive),
        intro=intro_text(summary.period, directive, summary.records),
        recipients=tuple(recipients),
        signer_title=signer_title_lines(installation.signer_title),
        signer_name=installation.signer_name,
        # The broadcast schedule's table, when this station planned airings (issue 7).
        plan=plan_table(repo, period=summary.period,
                        directive=directive.number if directive else None),
    )


def signer_title_lines(title: str) -> tuple[str, ...]:
    """The signer's title as printed, one line each: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (or with
    a line break, or "|") gives two lines, as Nghị định 30/2020 lays out signing on behalf."""
    parts = re.split(r"\n|\||\s/\s", title)
    return tuple(part.strip() for part in parts if part.strip())


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
                  by_unit: bool | None = None) -> ExportResult:
    """Export the report of ``period`` (and ``directive``) to ``out`` and register it.

    ``source`` is the repository, or the data file's path (a worker thread opens its own
    connection, DESIGN.md §8). ``number`` defaults to the next free number of the issue
    year. Raises ``ValidationError`` before writing anything, ``ExportError`` when the file
    could not be written, ``writer.ExportCancelled`` (or whatever ``progress`` raises) when
    cancelled; in every such case the real name and the register are untouched."""
    if isinstance(source, Repository):
        return _export(source, period=period, directive=directive, out=out, progress=progress,
                       cancelled=cancelled, issued_on=issued_on, number=number,
                       by_unit=by_unit)
    db = open_database(source)
    try:
        return _export(Repository(db), period=period, directive=directive, out=out,
                       progress=progress, cancelled=cancelled, issued_on=issued_on,
                       number=number, by_unit=by_unit)
    finally:
        db.close()


def _export(repo: Repository, *, period: ReportPeriod, directive: str | None, out: Path,
            progress: Progress | None, cancelled: Callable[[], bool] | None,
            issued_on: dt.date | None, number: int | None,
            by_unit: bool | None) -> ExportResult:
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
        elif report_store.report_number_taken(repo.db, year, number):
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
                with repo.db.atomic():  # one read snapshot for the tables and the data sheet
                    summary = build_summary(repo, period=period, directive=directive,
                                            by_unit=by_unit)
                    sender = _sender(repo, installation, period)
                    directive_obj = summary.directive
                    document = _document(repo, installation, sender, summary, directive_obj,
                                         chosen, symbol, issued_on)
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
                try:
                    with repo.db.atomic():
                        report_id = report_store.insert_report(repo.db, entry)
                        # The rename is the last step inside the transaction: if it fails,
                        # the register line and the number go with it.
                        output.commit()
                except sqlite3.IntegrityError:
                    if number is not None:
                        raise ValidationError([Problem("report_number",
                                                       ProblemCode.NUMBER_TAKEN,
                                                       {"value": number, "year": year})]) from None
                    continue
        except OSError as exc:
            raise _write_problem(exc, out) from exc
        final = dataclasses.replace(entry, id=report_id)
        return ExportResult(final, summary, out, written.size,
                            Changes(frozenset({Area.REPORTS}), added=1))
    raise ValidationError([Problem("report_number", ProblemCode.NUMBER_TAKEN,
                                   {"value": chosen, "year": year})])
