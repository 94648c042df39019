"""Validation returns problems as codes; only the UI turns codes into words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from ocop_desktop.domain.catalogue import (
    LANGUAGE_CODES,
    PRIORITY_CODES,
    SOURCES,
    Choice,
    Form,
    Measure,
)
from ocop_desktop.domain.records import LogRecord
from ocop_desktop.domain.text import forbidden_character, nfc

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
    FORM_NOT_VALID = "form_not_valid"  # the record's date is outside the form's window
    SOURCE_NOT_VALID = "source_not_valid"
    RECORDS_OUTSIDE_VALIDITY = "records_outside_validity"  # a new window would strand records
    # Loudspeaker clusters (issue 13).
    UNKNOWN_CLUSTER = "unknown_cluster"
    CLUSTER_NOT_WORKING = "cluster_not_working"
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
    # Text and scope at the boundaries (issue 10).
    CONTROL_CHARACTER = "control_character"  # params: char ("U+0000")
    UNIT_OUTSIDE = "unit_outside"  # not the installation's unit nor one under it on the day
    # The inbox (issue 15).
    NOT_WAITING = "not_waiting"  # an inbox item already accepted, returned or ignored
    NO_KEYRING_IMAP = "no_keyring_imap"
    # Signing keys (issue 14).
    BAD_FINGERPRINT = "bad_fingerprint"
    FINGERPRINT_NOT_KEY = "fingerprint_not_key"  # the key given does not have the fingerprint
    OWN_UNIT = "own_unit"  # this office's own unit: its key is the installation's


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


# The record's texts, and whether they may hold line feeds.
RECORD_TEXT_FIELDS: tuple[tuple[str, bool], ...] = (
    ("topic_code", False), ("form_code", False), ("title", False), ("unit_code", False),
    ("language", False), ("source", False), ("priority", False), ("location", False),
    ("operator", False), ("notes", True), ("entered_by", False),
)


def normalized_record(record: LogRecord) -> LogRecord:
    """The record with every text in NFC (what is stored, compared and searched)."""
    changes: dict[str, Any] = {}
    for name, _multiline in RECORD_TEXT_FIELDS:
        value = getattr(record, name)
        if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
            changes[name] = nfc(value)
    return dataclasses.replace(record, **changes) if changes else record


T = TypeVar("T")


def nfc_fields(obj: T) -> T:
    """A dataclass (topic, directive, installation…) with every text field in NFC."""
    changes = {}
    for item in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, item.name)
        if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
            changes[item.name] = nfc(value)
    return dataclasses.replace(obj, **changes) if changes else obj  # type: ignore[type-var]


def field_text_problems(obj: object, multiline: frozenset[str] = frozenset()) -> list[Problem]:
    """CONTROL_CHARACTER problems of every text field of a dataclass."""
    return text_problems({item.name: getattr(obj, item.name)
                          for item in dataclasses.fields(obj)},  # type: ignore[arg-type]
                         multiline)


def text_problems(values: Mapping[str, object], multiline: frozenset[str] = frozenset()
                  ) -> list[Problem]:
    """CONTROL_CHARACTER for each text of ``values`` holding one (NUL, ESC, U+2028…)."""
    problems = []
    for name, value in values.items():
        if isinstance(value, str):
            char = forbidden_character(value, multiline=name in multiline)
            if char is not None:
                problems.append(Problem(name, ProblemCode.CONTROL_CHARACTER, {"char": char}))
    return problems


def title_problems(title: str) -> list[Problem]:
    """The rule of the title of a record and of a broadcast slot: given, and not too long."""
    if not title.strip():
        return [Problem("title", ProblemCode.REQUIRED)]
    if len(title) > MAX_TITLE:
        return [Problem("title", ProblemCode.TOO_LONG, {"max": MAX_TITLE})]
    return []


def validate_record(
    record: LogRecord,
    *,
    forms: Mapping[str, Form],
    topics: Mapping[str, TopicWindow],
    unit_known: bool,
    today: dt.date | None = None,
    unit_in_scope: bool = True,
    sources: Mapping[str, Choice] | None = None,
) -> list[Problem]:
    """All problems of a record, in the order of the entry form's fields.

    ``unit_in_scope``: the unit is the installation's own or one under it on the record's
    date (the caller knows the installation and the catalogue). ``sources`` is the
    catalogue's table of sources with their windows (the built-in list when omitted). A
    form or source the record's date is outside of is refused.
    """
    problems: list[Problem] = text_problems(
        {name: getattr(record, name) for name, _ in RECORD_TEXT_FIELDS},
        frozenset(name for name, multiline in RECORD_TEXT_FIELDS if multiline))
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
    elif not form.valid_on(record.date):
        problems.append(Problem("form_code", ProblemCode.FORM_NOT_VALID, {
            "code": form.code, "name": form.name, "from": form.valid_from,
            "to": form.valid_to, "date": record.date}))
    problems.extend(title_problems(record.title))
    if not record.unit_code:
        problems.append(Problem("unit_code", ProblemCode.REQUIRED))
    elif not unit_known:
        problems.append(Problem("unit_code", ProblemCode.UNKNOWN_UNIT, {"code": record.unit_code}))
    elif not unit_in_scope:
        problems.append(Problem("unit_code", ProblemCode.UNIT_OUTSIDE, {
            "code": record.unit_code, "date": record.date}))
    problems.extend(_measure_problems(record, form))
    if sources is None:
        sources = {choice.code: choice for choice in SOURCES}
    source_codes = frozenset(sources)
    for name, allowed, unknown, optional in (
        ("language", LANGUAGE_CODES, ProblemCode.UNKNOWN_LANGUAGE, True),
        ("source", source_codes, ProblemCode.UNKNOWN_SOURCE, True),
        ("priority", PRIORITY_CODES, ProblemCode.UNKNOWN_PRIORITY, False),
    ):
        value = getattr(record, name)
        if not (optional and value is None) and value not in allowed:
            problems.append(Problem(name, unknown, {"code": value}))
    source = sources.get(record.source) if record.source else None
    if source is not None and not source.valid_on(record.date):
        problems.append(Problem("source", ProblemCode.SOURCE_NOT_VALID, {
            "code": source.code, "name": source.name, "from": source.valid_from,
            "to": source.valid_to, "date": record.date}))
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
