"""The machine-readable data sheet: one table of columns shared by writer and reader.

Layout of the sheet ``Dữ liệu`` (documented in docs/data-sheet.md):

* rows 1..N: the manifest, one ``key | value`` pair per row, keys as in ``MANIFEST_KEYS``;
* one empty row;
* a header row with the column keys of ``DATA_COLUMNS`` (in this order);
* one row per record.

Every cell is text in a canonical form (ISO dates, integers as digits, codes with their
leading zeros), so a re-save in Excel or LibreOffice does not change what is hashed
(DESIGN.md §8). ``data_hash`` is SHA-256 over the canonical texts of the data rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ocop_desktop.domain.records import LogRecord

FORMAT_NAME = "ocop-desktop-report"
FORMAT_VERSION = "1"
DATA_SHEET = "Dữ liệu"
DETAIL_SHEET = "Chi tiết"
REPORT_SHEET = "Báo cáo"

# Manifest keys, in the order they are written.
MANIFEST_KEYS: tuple[str, ...] = (
    "format",          # always FORMAT_NAME
    "format_version",  # FORMAT_VERSION
    "sender_code",     # GSO code of the unit that made the report
    "sender_name",
    "sender_level",    # province | district | commune
    "parent_code",     # the receiving unit's code (the sender's parent), may be empty
    "period",          # ReportPeriod.key: 2021-06, 2021-Q2, 2021-H1, 2021-9M, 2021, a..b
    "period_start",    # ISO date
    "period_end",      # ISO date
    "scope",           # directive number, or empty for all topics
    "report_number",   # "12/BC-UBND"
    "generated_at",    # ISO 8601 with microseconds and UTC offset
    "app_version",
    "record_count",
    "data_hash",       # sha256 hex of the data rows' canonical texts
    # Issue 14: who made the file. Files of older versions have none of these (unsigned).
    "public_key",      # base64 of the sender installation's raw Ed25519 public key
    "signature",       # base64 Ed25519 signature of ``signed_message`` (all keys above)
    "key_fingerprint",  # the public key's fingerprint, for people (last line, on purpose)
)
# The keys the signature covers: every manifest key before ``signature``, in this order.
SIGNED_KEYS: tuple[str, ...] = MANIFEST_KEYS[:MANIFEST_KEYS.index("signature")]
SIGNATURE_CONTEXT = "ocop-desktop-report-signature/1"


def signed_message(values: Mapping[str, str]) -> bytes:
    """The bytes a report's signature is made over: the canonical texts of ``SIGNED_KEYS``.

    Each value is cleaned and stripped exactly as the reader gets it back from a cell, so a
    re-save by Excel or LibreOffice that keeps the texts keeps the message. JSON makes the
    encoding unambiguous (a value may hold any character, a newline included); the data rows
    enter through ``data_hash``, which is among the keys.
    """
    pairs = [[key, clean_text(str(values.get(key, "") or "")).strip()] for key in SIGNED_KEYS]
    return json.dumps([SIGNATURE_CONTEXT, pairs], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


class CellError(ValueError):
    """A data cell does not hold a value of its column's type; ``code`` says which problem."""

    def __init__(self, code: str, value: str):
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


# XML 1.0 cannot carry these characters, so no spreadsheet cell can hold them; and XML
# parsers turn CR LF and a lone CR into LF. Canonical texts are therefore cleaned the same
# way before they are written and hashed, so what a reader gets back hashes the same.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """``value`` as a spreadsheet cell can hold it (see ``_NOT_IN_XML``)."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_IN_XML.sub("", value)


def _text(value: object) -> str:
    return "" if value is None else clean_text(str(value))


def _int_text(value: int | None) -> str:
    return "" if value is None else str(int(value))


def _parse_int(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if text.endswith(".0"):  # a spreadsheet that turned the text into a number
        text = text[:-2]
    # ASCII digits only: "²", "１２" and "٣" pass str.isdigit() (and int() reads two).
    if not _INTEGER.fullmatch(text):
        raise CellError("not_a_number", text)
    return int(text)


_INTEGER = re.compile(r"-?[0-9]+", re.ASCII)
# A date, strictly; a spreadsheet may have added a midnight time to it.
_DATE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?", re.ASCII)
_TIME = re.compile(r"([0-9]{2}):([0-9]{2})(?::00)?", re.ASCII)


def _parse_date(text: str) -> dt.date:
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        raise CellError("bad_date", text) from None


def _parse_time(text: str) -> dt.time | None:
    if not text.strip():
        return None
    match = _TIME.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        return dt.time(int(match.group(1)), int(match.group(2)))
    except ValueError:
        raise CellError("bad_time", text) from None


def _parse_required(text: str) -> str:
    if not text.strip():
        raise CellError("required", text)
    return text


def _parse_optional(text: str) -> str | None:
    return text or None


def _parse_bool(text: str) -> bool:
    if text.strip() not in ("0", "1", ""):
        raise CellError("not_a_number", text)
    return text.strip() == "1"


def _parse_timestamp(text: str) -> str:
    try:
        dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise CellError("bad_timestamp", text) from None
    return text.strip()


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # header in the data sheet, and the JSON/record field name
    title: str  # Vietnamese title for the human "Chi tiết" sheet
    to_text: Callable[[LogRecord], str]
    parse: Callable[[str], object]
    field: str | None = None  # LogRecord field filled by ``parse`` (None: informational)


def _attr(name: str) -> Callable[[LogRecord], str]:
    return lambda record: _text(getattr(record, name))


def _int_attr(name: str) -> Callable[[LogRecord], str]:
    return lambda record: _int_text(getattr(record, name))


DATA_COLUMNS: tuple[Column, ...] = (
    Column("uuid", "Mã bản ghi", _attr("uuid"), _parse_required, "uuid"),
    Column("unit", "Mã đơn vị", _attr("unit_code"), _parse_required, "unit_code"),
    Column("date", "Ngày", lambda r: r.date.isoformat(), _parse_date, "date"),
    Column("time", "Giờ", lambda r: r.time.strftime("%H:%M") if r.time else "", _parse_time,
           "time"),
    Column("topic", "Mã chủ đề", _attr("topic_code"), _parse_required, "topic_code"),
    Column("form", "Hình thức", _attr("form_code"), _parse_required, "form_code"),
    Column("title", "Tiêu đề", _attr("title"), _parse_required, "title"),
    Column("items", "Số tin, bài", _int_attr("items"), _parse_int, "items"),
    Column("airings", "Số lượt phát", _int_attr("airings"), _parse_int, "airings"),
    Column("minutes", "Số phút", _int_attr("minutes"), _parse_int, "minutes"),
    Column("copies", "Số bản", _int_attr("copies"), _parse_int, "copies"),
    Column("participants", "Số người dự", _int_attr("participants"), _parse_int, "participants"),
    Column("language", "Ngôn ngữ", _attr("language"), _parse_optional, "language"),
    Column("source", "Nguồn", _attr("source"), _parse_optional, "source"),
    Column("priority", "Mức độ", _attr("priority"), _parse_required, "priority"),
    Column("location", "Thôn, cụm loa", _attr("location"), str, "location"),
    Column("operator", "Người thực hiện", _attr("operator"), str, "operator"),
    Column("notes", "Ghi chú", _attr("notes"), str, "notes"),
    Column("entered_by", "Nhập thay bởi", _attr("entered_by"), _parse_optional, "entered_by"),
    Column("created_at", "Tạo lúc", _attr("created_at"), _parse_timestamp, "created_at"),
    Column("updated_at", "Sửa lúc", _attr("updated_at"), _parse_timestamp, "updated_at"),
    # Informational: the topic's name, so an office that does not know a commune's own topic
    # can create it from the file (issue 4). Filled by ``record_to_cells(topic_names=…)``.
    Column("topic_name", "Tên chủ đề", lambda r: "", str),
)
DATA_HEADERS: tuple[str, ...] = tuple(c.key for c in DATA_COLUMNS)
TOPIC_NAME_INDEX = DATA_HEADERS.index("topic_name")


def record_to_cells(record: LogRecord,
                    topic_names: Mapping[str, str] | None = None) -> list[str]:
    """The canonical texts of one record's data row (``topic_names``: topic code → name)."""
    cells = [column.to_text(record) for column in DATA_COLUMNS]
    if topic_names:
        cells[TOPIC_NAME_INDEX] = clean_text(topic_names.get(record.topic_code, ""))
    return cells


def cells_to_record(cells: Sequence[str]) -> LogRecord:
    """Parse one data row. Raises ``RowError`` naming the column of the first bad cell."""
    values: dict[str, object] = {}
    for index, column in enumerate(DATA_COLUMNS):
        text = cells[index] if index < len(cells) else ""
        try:
            value = column.parse(text)
        except CellError as exc:
            raise RowError(column.key, index, exc.code, exc.value) from None
        if column.field:
            values[column.field] = value
    return LogRecord(**values)  # type: ignore[arg-type]


class RowError(ValueError):
    """A bad cell in a data row: ``column`` (key), ``index`` (0-based), ``code``, ``value``."""

    def __init__(self, column: str, index: int, code: str, value: str):
        super().__init__(f"{column}: {code}: {value!r}")
        self.column = column
        self.index = index
        self.code = code
        self.value = value


class DataHasher:
    """``data_hash`` fed one row at a time, for writers and readers that stream."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self.rows = 0

    def add(self, row: Sequence[str]) -> None:
        self._digest.update("\x1f".join(row).encode("utf-8"))
        self._digest.update(b"\n")
        self.rows += 1

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def data_hash(rows: Iterable[Sequence[str]]) -> str:
    """SHA-256 over the canonical texts: cells joined by U+001F, rows ended by a newline."""
    hasher = DataHasher()
    for row in rows:
        hasher.add(row)
    return hasher.hexdigest()


FORMULA_PREFIXES = ("=", "+", "-", "@")


def is_formula_like(text: str) -> bool:
    """Text that a spreadsheet would take for a formula; it must be written as text."""
    return text.startswith(FORMULA_PREFIXES)
