"""Importing other units' reports: problem codes, outcomes and completeness, as plain data.

The reader (``excel/reader.py``) and the exchange operations (``operations/exchange.py``)
describe everything that can go wrong with a report file as an ``ImportProblem``: a code
and where it is (file, sheet, row, column). Only ``texts/problem_texts.py`` turns them into
words, so the GUI and the CLI say the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ocop_desktop.domain.records import Unit


class ImportProblemCode(StrEnum):
    # The file itself.
    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    NOT_XLSX = "not_xlsx"  # not a zip at all: a PDF, a CSV, a renamed file…
    OLD_XLS = "old_xls"  # Excel 97–2003 (.xls): saved in the wrong format
    CORRUPT = "corrupt"  # a damaged or truncated .xlsx
    NO_DATA_SHEET = "no_data_sheet"  # a workbook, but not a report made by this app
    NO_MANIFEST = "no_manifest"
    UNKNOWN_FORMAT = "unknown_format"
    UNKNOWN_VERSION = "unknown_version"
    MANIFEST_MISSING = "manifest_missing"  # a manifest key is absent or empty
    MANIFEST_BAD_VALUE = "manifest_bad_value"
    NO_HEADER = "no_header"
    BAD_HEADER = "bad_header"  # a column of the data table is missing
    BAD_CELL = "bad_cell"  # a cell does not hold its column's type (params: cell code)
    BAD_UUID = "bad_uuid"
    DUPLICATE_UUID = "duplicate_uuid"
    COUNT_MISMATCH = "count_mismatch"
    HASH_MISMATCH = "hash_mismatch"  # the data rows were edited after the report was made
    BAD_SIGNATURE = "bad_signature"  # a signed value or the hash changed after signing
    # The file against this office's data.
    NO_INSTALLATION = "no_installation"
    SENDER_UNKNOWN = "sender_unknown"  # not in the unit catalogue for the period
    SENDER_OUTSIDE = "sender_outside"  # not under this office
    OWN_REPORT = "own_report"  # this office's own report
    RECORD_OUTSIDE_SENDER = "record_outside_sender"
    RECORD_OUTSIDE_PERIOD = "record_outside_period"
    INVALID_RECORD = "invalid_record"  # params: problem (a validation Problem)
    STALE = "stale"  # older than the file already imported for this sender and period
    # Who sent it, and what it may change (issue 14).
    KEY_MISMATCH = "key_mismatch"  # signed with another key than the one pinned for the sender
    UNSIGNED_PINNED = "unsigned_pinned"  # unsigned, but the sender's key is pinned
    RECORD_NOT_SENDERS = "record_not_senders"  # a stored record of a unit outside the sender
    RECORD_CHANGED_LATER = "record_changed_later"  # changed after the file was made
    GENERATED_IN_FUTURE = "generated_in_future"  # made later than this computer's clock
    # The import register.
    BATCH_NOT_FOUND = "batch_not_found"
    ALREADY_UNDONE = "already_undone"
    UNDO_BLOCKED = "undo_blocked"  # records changed since by a later import or by hand


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """What is wrong with a report file, and where: sheet, row (1-based) and column."""

    code: ImportProblemCode
    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None  # column key (data header or manifest key)
    column_letter: str | None = None  # "J", as the spreadsheet shows it
    value: str = ""
    params: Mapping[str, object] = field(default_factory=dict)


class ExchangeError(Exception):
    """Raised by exchange operations when they refuse; nothing has been written."""

    def __init__(self, problems: list[ImportProblem]):
        super().__init__("; ".join(f"{p.file}: {p.code}" for p in problems))
        self.problems = problems


class ImportOutcome(StrEnum):
    """What importing a file did (or would do, in a preview)."""

    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


class ChildState(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class ChildStatus:
    """Whether one child unit of this office has reported for a period."""

    unit: Unit
    state: ChildState
    deadline: dt.date
    received_at: str | None = None  # when its first report for the period was imported here
    generated_at: str | None = None  # when the unit made that report (decides on time/late)
    file_name: str | None = None
    records: int = 0  # live records of the unit and its descendants in the period
    entered_here: int = 0  # of which entered by this office on the unit's behalf


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """One accepted report file in the import register."""

    id: int
    file_name: str
    file_hash: str
    data_hash: str
    sender_code: str
    sender_name: str
    period_key: str
    period_start: dt.date
    period_end: dt.date
    report_number: str
    generated_at: str
    imported_at: str
    record_count: int
    new: int
    changed: int
    unchanged: int
    removed: int
    conflicts: int
    topics_created: int
    result: ImportOutcome
    undone_at: str | None = None
    signer_state: str = "unsigned"  # signed | unsigned (issue 14)
    signer_fingerprint: str = ""  # the fingerprint of the key that signed the file
