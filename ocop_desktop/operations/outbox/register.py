"""The report register's side of sending (issue 3's ``reports`` table), in one place: what
the outbox needs to know about a report, and the status it gives the report as it goes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ocop_desktop.domain.outbox import UNSENT_STATUSES
from ocop_desktop.domain.periods import PeriodError, ReportPeriod, custom_period, period_from_key
from ocop_desktop.domain.reporting import ReportStatus
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.storage.outbox import OutboxStore, set_report_delivery
from ocop_desktop.storage.reports import ReportStore
from ocop_desktop.storage.repository import Repository


@dataclass(frozen=True, slots=True)
class ReportRef:
    """What the outbox needs to know about a report in the register."""

    id: int
    file: Path
    sha256: str  # the file's hash when it was exported
    number: str  # "05/BC-UBND"
    issued_on: dt.date
    period: ReportPeriod
    scope: str | None
    sender_name: str
    status: ReportStatus


def get(repo: Repository, report_id: int) -> ReportRef:
    entry = ReportStore(repo.db).report_entry(report_id)
    if entry is None:
        raise ValidationError([Problem("report", ProblemCode.NOT_FOUND,
                                       {"value": report_id})])
    inst = repo.installation()
    try:
        period = period_from_key(entry.period_key,
                                 cutoff_day=inst.period_cutoff_day if inst else 1)
        period = replace(period, start=entry.period_start, end=entry.period_end)
    except PeriodError:
        period = custom_period(entry.period_start, entry.period_end)
    unit = repo.any_unit(entry.sender_code) if entry.sender_code else None
    try:
        status = ReportStatus(entry.status)
    except ValueError:
        status = ReportStatus.EXPORTED
    return ReportRef(id=report_id, file=Path(entry.file_path), sha256=entry.file_hash,
                     number=entry.number_text, issued_on=entry.issued_on, period=period,
                     scope=entry.scope, sender_name=unit.name if unit else "",
                     status=status)


def queued(repo: Repository, report_id: int) -> None:
    ref = get(repo, report_id)
    if ref.status is ReportStatus.EXPORTED:
        ReportStore(repo.db).set_report_status(report_id, status=ReportStatus.QUEUED.value)


def unqueued(repo: Repository, report_id: int) -> None:
    """An item was cancelled: back to "exported" if nothing else is on its way."""
    ref = get(repo, report_id)
    waiting = OutboxStore(repo.db).items(statuses=UNSENT_STATUSES, report_id=report_id)
    if ref.status is ReportStatus.QUEUED and not waiting:
        ReportStore(repo.db).set_report_status(report_id, status=ReportStatus.EXPORTED.value)


def sent(repo: Repository, report_id: int, recipients: Sequence[str], at: str) -> None:
    # sent_at/sent_to describe the latest e-mail; earlier ones stay in the sent log.
    set_report_delivery(repo.db, report_id, status=ReportStatus.SENT.value, at=at,
                        to=", ".join(recipients))


def handed_over(repo: Repository, report_id: int, to: str, at: str) -> None:
    ref = get(repo, report_id)
    if ref.status is ReportStatus.SENT:
        return  # an e-mail already reached the recipient: that stays the status shown
    set_report_delivery(repo.db, report_id, status=ReportStatus.HANDED_OVER.value, at=at,
                        to=to)
