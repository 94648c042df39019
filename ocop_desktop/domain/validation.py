"""Validation returns problems as codes; only the UI turns codes into words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ocop_desktop.domain.catalogue import (
    LANGUAGE_CODES,
    PRIORITY_CODES,
    SOURCE_CODES,
    Form,
    Measure,
)
from ocop_desktop.domain.records import LogRecord

MAX_MEASURE = 1_000_000
MAX_TITLE = 500
MAX_TEXT = 4000
EARLIEST_DATE = dt.date(2000, 1, 1)

# The one e-mail address check of the app (settings, recipients, the send queue). Pragmatic:
# the server has the last word. One address, no display name ("Phòng VH-TT <a@b.vn>" is not
# what the send queue expects), one @, no spaces, a dot in the domain, nothing that would
# break a header.
_EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]{2,}")


def valid_email(address: str) -> bool:
    """Whether ``address`` (already stripped by the caller) is one plain e-mail address."""
    return _EMAIL.fullmatch(address) is not None


class ProblemCode(StrEnum):
    REQUIRED = "required"
    UNKNOWN_TOPIC = "unknown_topic"
    UNKNOWN_FORM = "unknown_form"
    UNKNOWN_UNIT = "unknown_unit"
    UNKNOWN_LANGUAGE = "unknown_language"
    UNKNOWN_SOURCE = "unknown_source"
    UNKNOWN_PRIORITY = "unknown_priority"
    UNKNOWN_DIRECTIVE = "unknown_directive"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    MEASURE_NOT_APPLICABLE = "measure_not_applicable"
    TOO_LONG = "too_long"
    BAD_DATE = "bad_date"
    BAD_TIME = "bad_time"
    DATE_IN_FUTURE = "date_in_future"
    DATE_TOO_OLD = "date_too_old"
    TOPIC_NOT_ACTIVE = "topic_not_active"
    RANGE_REVERSED = "range_reversed"
    DUPLICATE = "duplicate"
    BAD_CODE = "bad_code"
    BAD_EMAIL = "bad_email"
    BAD_PERIOD = "bad_period"
    # Outbox and mail settings (issue 5).
    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    NOT_FOUND = "not_found"
    NOT_CANCELLABLE = "not_cancellable"
    NO_KEYRING = "no_keyring"
    # Broadcast schedule (issue 7).
    NOT_POSITIVE = "not_positive"
    BAD_CHOICE = "bad_choice"
    NOT_BROADCAST_FORM = "not_broadcast_form"
    UNKNOWN_SLOT = "unknown_slot"
    NOT_SCHEDULED = "not_scheduled"
    NO_SLOTS_ON_DAY = "no_slots_on_day"
    SLOT_IN_PAST = "slot_in_past"
    UNIT_CHANGED = "unit_changed"  # catalogue and file differ; no date says since when
    # Reports (issue 3).
    NO_INSTALLATION = "no_installation"
    NUMBER_TAKEN = "number_taken"
    NOT_XLSX = "not_xlsx"
    DISK_FULL = "disk_full"
    NO_PERMISSION = "no_permission"
    WRITE_FAILED = "write_failed"


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong (``code``), where (``field``), and the values the message needs."""

    field: str
    code: ProblemCode
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


class ValidationError(Exception):
    """Raised by operations when input is invalid; nothing has been written."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class TopicWindow:
    """What validation needs to know about a topic."""

    code: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


def validate_record(
    record: LogRecord,
    *,
    forms: Mapping[str, Form],
    topics: Mapping[str, TopicWindow],
    unit_known: bool,
    today: dt.date | None = None,
) -> list[Problem]:
    """All problems of a record, in the order of the entry form's fields."""
    problems: list[Problem] = []
    today = today or dt.date.today()
    if record.date < EARLIEST_DATE:
        problems.append(Problem("date", ProblemCode.DATE_TOO_OLD, {"min": EARLIEST_DATE}))
    elif record.date > today:
        problems.append(Problem("date", ProblemCode.DATE_IN_FUTURE, {"today": today}))
    if not record.topic_code:
        problems.append(Problem("topic_code", ProblemCode.REQUIRED))
    elif record.topic_code not in topics:
        problems.append(Problem("topic_code", ProblemCode.UNKNOWN_TOPIC,
                                {"code": record.topic_code}))
    else:
        window = topics[record.topic_code]
        if (window.valid_from and record.date < window.valid_from) or (
            window.valid_to and record.date > window.valid_to
        ):
            problems.append(Problem("topic_code", ProblemCode.TOPIC_NOT_ACTIVE, {
                "code": record.topic_code, "from": window.valid_from, "to": window.valid_to}))
    form = forms.get(record.form_code)
    if not record.form_code:
        problems.append(Problem("form_code", ProblemCode.REQUIRED))
    elif form is None:
        problems.append(Problem("form_code", ProblemCode.UNKNOWN_FORM, {"code": record.form_code}))
    if not record.title.strip():
        problems.append(Problem("title", ProblemCode.REQUIRED))
    elif len(record.title) > MAX_TITLE:
        problems.append(Problem("title", ProblemCode.TOO_LONG, {"max": MAX_TITLE}))
    if not record.unit_code:
        problems.append(Problem("unit_code", ProblemCode.REQUIRED))
    elif not unit_known:
        problems.append(Problem("unit_code", ProblemCode.UNKNOWN_UNIT, {"code": record.unit_code}))
    problems.extend(_measure_problems(record, form))
    for name, allowed, unknown, optional in (
        ("language", LANGUAGE_CODES, ProblemCode.UNKNOWN_LANGUAGE, True),
        ("source", SOURCE_CODES, ProblemCode.UNKNOWN_SOURCE, True),
        ("priority", PRIORITY_CODES, ProblemCode.UNKNOWN_PRIORITY, False),
    ):
        value = getattr(record, name)
        if not (optional and value is None) and value not in allowed:
            problems.append(Problem(name, unknown, {"code": value}))
    for name in ("location", "operator", "notes"):
        if len(getattr(record, name)) > MAX_TEXT:
            problems.append(Problem(name, ProblemCode.TOO_LONG, {"max": MAX_TEXT}))
    return problems


def _measure_problems(record: LogRecord, form: Form | None) -> list[Problem]:
    problems: list[Problem] = []
    for measure in Measure:
        value = record.measure(measure)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(Problem(measure.value, ProblemCode.NOT_A_NUMBER))
        elif value < 0:
            problems.append(Problem(measure.value, ProblemCode.NEGATIVE))
        elif value > MAX_MEASURE:
            problems.append(Problem(measure.value, ProblemCode.TOO_LARGE, {"max": MAX_MEASURE}))
        elif form is not None and measure not in form.measures and value != 0:
            problems.append(Problem(measure.value, ProblemCode.MEASURE_NOT_APPLICABLE,
                                    {"form": form.code}))
    return problems
