"""Reading a report workbook's data sheet back (the other half of ``excel/columns.py``).

``read_report(path)`` never raises for a bad file: it returns a ``ReportFile`` whose
``problems`` say what is wrong and where (file, sheet, row, column), so a whole folder of
e-mailed files can be checked and listed before anything is written.

The reader is python-calamine, not openpyxl: reading 100,000 rows takes about 1.5 s with
calamine against about 25 s with openpyxl's read-only mode on these machines
(``tests/benchmarks/bench_import.py`` measures both).

A report that was opened and saved again in Excel or LibreOffice must still import
(DESIGN.md §8): cells are brought back to their canonical text (``excel.canonical``) before
they are checked and hashed. The zip is checked against size and extent limits
(``excel.archive_limits``) before calamine opens it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import math
import unicodedata
import uuid as uuid_module
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ocop_desktop.domain import signing
from ocop_desktop.domain.exchange import ImportProblem, ImportProblemCode, column_letter
from ocop_desktop.domain.periods import PeriodError, PeriodKind, ReportPeriod, period_from_key
from ocop_desktop.domain.records import LogRecord, UnitLevel
from ocop_desktop.domain.text import ascii_int, strict_date
from ocop_desktop.domain.validation import normalized_record
from ocop_desktop.excel.archive_limits import TooLarge, check_archive
from ocop_desktop.excel.canonical import (
    column_canonicalisers,
    date_text,
    plain,
    timestamp_text,
)
from ocop_desktop.excel.columns import (
    DATA_COLUMNS,
    DATA_HEADERS,
    DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    CellError,
    DataHasher,
    RowError,
    cells_to_record,
    signed_message,
)

P = ImportProblemCode
log = logging.getLogger(__name__)

# Manifest keys that must hold a value (the rest may be empty).
REQUIRED_MANIFEST = ("sender_code", "sender_level", "period", "period_start", "period_end",
                     "generated_at", "record_count", "data_hash")
# Guard against a workbook whose sheet claims a huge extent (a cell typed at XFD1048576
# would make a 17-billion-cell grid): far beyond any real report.
MAX_ROWS = 2_000_000
MAX_COLUMNS = 500
MAX_PROBLEMS = 200  # enough to show; a file with more is clearly not importable anyway

_CODE_WIDTH = {UnitLevel.PROVINCE.value: 2, UnitLevel.DISTRICT.value: 3,
               UnitLevel.COMMUNE.value: 5}


@dataclass(frozen=True, slots=True)
class Manifest:
    """The manifest of a report, parsed. ``values`` keeps every key as read (canonical text)."""

    values: dict[str, str]
    key_rows: dict[str, int]  # the sheet row of each key
    format_version: str
    sender_code: str
    sender_name: str
    sender_level: str
    parent_code: str
    period: ReportPeriod
    scope: str
    report_number: str
    generated_at: str  # as written, ISO 8601 with its UTC offset
    generated_utc: dt.datetime  # the same instant, aware, in UTC (for comparisons)
    app_version: str
    record_count: int
    data_hash: str
    # The sender installation's raw Ed25519 public key when the file is signed (the
    # signature has then been verified); None for a file made before signatures.
    public_key: bytes | None = None
    fingerprint: str = ""

    @property
    def signed(self) -> bool:
        return self.public_key is not None


@dataclass(frozen=True, slots=True)
class DataRow:
    row: int  # 1-based row in the sheet
    record: LogRecord
    topic_name: str = ""


@dataclass(slots=True)
class ReportFile:
    """What ``read_report`` found. Importable only when ``problems`` is empty."""

    path: Path
    file_hash: str = ""  # SHA-256 of the file's bytes
    manifest: Manifest | None = None
    rows: list[DataRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    computed_hash: str = ""  # SHA-256 of the data rows' canonical texts, as read

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return not self.problems


class _RefusedError(Exception):
    """Stops reading: the file cannot be read further (the problem is already recorded)."""


# -- reading -----------------------------------------------------------------------------

def read_report(path: Path | str) -> ReportFile:
    """Read and check a report workbook's data sheet (structure, types, hash, UUIDs)."""
    report = ReportFile(Path(path))
    with contextlib.suppress(_RefusedError):
        try:
            _read(report)
        except (ValueError, OverflowError, MemoryError, RecursionError, zipfile.BadZipFile,
                EOFError) as exc:
            # A value no check foresaw in a file from outside: this file is refused, the
            # other files of the batch go on (one bad file never stops a batch).
            log.warning("report %s refused: %r", report.path, exc)
            report.rows = []
            _problem(report, P.CORRUPT, sheet=None, detail=_detail(exc))
    return report


def _problem(report: ReportFile, code: ImportProblemCode, *, sheet: str | None = DATA_SHEET,
             row: int | None = None, column: str | None = None, index: int | None = None,
             value: object = "", **params: object) -> ImportProblem:
    problem = ImportProblem(
        code, report.file_name, sheet, row, column,
        column_letter(index) if index is not None else None,
        plain(value)[:200], params)
    if len(report.problems) < MAX_PROBLEMS:
        report.problems.append(problem)
    return problem


def _refuse(report: ReportFile, code: ImportProblemCode, **where: object) -> _RefusedError:
    _problem(report, code, **where)  # type: ignore[arg-type]
    return _RefusedError()


def _read(report: ReportFile) -> None:
    path = report.path
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(report, P.FILE_NOT_FOUND, sheet=None) from None
    except OSError as exc:
        raise _refuse(report, P.FILE_UNREADABLE, sheet=None, detail=exc.strerror or str(exc)) \
            from None
    report.file_hash = hashlib.sha256(data).hexdigest()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(report, P.OLD_XLS, sheet=None)
    if not data.startswith(b"PK"):
        raise _refuse(report, P.NOT_XLSX, sheet=None)
    sheet = _open_data_sheet(report, data)
    try:
        manifest_end = _read_manifest(report, sheet.head)
        _read_rows(report, sheet, manifest_end)
    finally:
        sheet.close()


class _SheetRows:
    """The data sheet's rows from A1: the first ``HEAD_ROWS`` at once (manifest and header),
    the rest streamed one by one, so a 100,000-row sheet never sits in Python twice."""

    HEAD_ROWS = 200

    def __init__(self, report: ReportFile, workbook: Any, sheet: Any) -> None:
        self.report = report
        self.workbook = workbook
        self.sheet = sheet
        self.head: list[list[Any]] = sheet.to_python(skip_empty_area=False,
                                                     nrows=self.HEAD_ROWS)
        start = sheet.start or (0, 0)
        self._pad = [""] * start[1]  # iter_rows starts at the first used column

    def rows_from(self, first: int) -> Iterator[tuple[int, list[Any]]]:
        """(0-based index, values from column A) of every row from ``first`` on."""
        for index in range(first, len(self.head)):
            yield index, self.head[index]
        if len(self.head) < self.HEAD_ROWS:
            return
        rows = self.sheet.iter_rows()
        index = 0
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
                    raise
                raise _refuse(self.report, P.CORRUPT, sheet=None, detail=_detail(exc)) \
                    from None
            if index >= max(first, self.HEAD_ROWS):
                yield index, (self._pad + row) if self._pad else row
            index += 1

    def close(self) -> None:
        self.workbook.close()


def _open_data_sheet(report: ReportFile, data: bytes) -> _SheetRows:
    """The data sheet, or refuse (corrupt, not ours)."""
    import io

    import python_calamine

    workbook = None
    try:
        # The zip directory is checked first: calamine reports a truncated file less clearly.
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                raise _refuse(report, P.NOT_XLSX, sheet=None)
            try:
                check_archive(archive)
            except TooLarge as too_large:
                raise _refuse(report, P.TOO_LARGE, sheet=None, what=too_large.what,
                              value=too_large.value, limit=too_large.limit) from None
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        wanted = unicodedata.normalize("NFC", DATA_SHEET)
        names_by_form = {unicodedata.normalize("NFC", n): n for n in workbook.sheet_names}
        if wanted not in names_by_form:
            raise _refuse(report, P.NO_DATA_SHEET, sheet=DATA_SHEET,
                          sheets=", ".join(workbook.sheet_names))
        sheet = workbook.get_sheet_by_name(names_by_form[wanted])
        end_row, end_column = sheet.end or (0, 0)
        if end_row >= MAX_ROWS or end_column >= MAX_COLUMNS:
            raise _refuse(report, P.CORRUPT, detail=f"{end_row + 1}×{end_column + 1}")
        return _SheetRows(report, workbook, sheet)
    except _RefusedError:
        if workbook is not None:
            workbook.close()
        raise
    except BaseException as exc:
        # zipfile's and calamine's errors (CalamineError, XmlError, ZipError…) all mean a
        # damaged file; so does a panic inside the Rust reader on a mangled file, which
        # surfaces as pyo3's PanicException, a BaseException — never a crash of the app.
        if workbook is not None:
            workbook.close()
        if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        raise _refuse(report, P.CORRUPT, sheet=None, detail=_detail(exc)) from None


def _detail(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def _read_manifest(report: ReportFile, grid: list[list[object]]) -> int:
    """Parse the key | value rows at the top; return the index of the first row after them."""
    raw: dict[str, object] = {}
    rows: dict[str, int] = {}
    index = 0
    while index < len(grid):
        row = grid[index]
        key = plain(row[0]).strip() if row else ""
        if not key:
            break
        if key not in raw:
            raw[key] = row[1] if len(row) > 1 else ""
            rows[key] = index + 1
        index += 1
    values: dict[str, str] = {}
    for key, value in raw.items():
        if key == "sender_code":
            value = _level_code(value, plain(raw.get("sender_level", "")).strip())
        elif key == "parent_code":
            value = _level_code(value, "")
        elif key == "generated_at":
            value = timestamp_text(value)
        elif key in ("period_start", "period_end"):
            value = date_text(value)
        elif key == "period" and isinstance(value, dt.date | dt.datetime):
            value = value.strftime("%Y-%m")  # "2021-06" typed over as a date
        values[key] = plain(value).strip()
    if "format" not in values:
        raise _refuse(report, P.NO_MANIFEST, row=1, column="format", index=0)
    if values["format"] != FORMAT_NAME:
        raise _refuse(report, P.UNKNOWN_FORMAT, row=rows["format"], column="format", index=1,
                      value=values["format"])
    version = values.get("format_version", "")
    if not version:
        raise _refuse(report, P.MANIFEST_MISSING, row=rows.get("format_version"),
                      column="format_version", index=1)
    if version != FORMAT_VERSION:
        raise _refuse(report, P.UNKNOWN_VERSION, row=rows["format_version"],
                      column="format_version", index=1, value=version,
                      supported=FORMAT_VERSION)
    for key in REQUIRED_MANIFEST:
        if not values.get(key):
            _problem(report, P.MANIFEST_MISSING, row=rows.get(key), column=key,
                     index=1 if key in rows else None)
    if report.problems:
        raise _RefusedError()

    def bad(key: str) -> _RefusedError:
        return _refuse(report, P.MANIFEST_BAD_VALUE, row=rows.get(key), column=key, index=1,
                       value=values.get(key, ""))

    sender_code = values["sender_code"]
    if ascii_int(sender_code) is None:
        raise bad("sender_code")
    if values["sender_level"] not in _CODE_WIDTH:
        raise bad("sender_level")
    start = strict_date(values["period_start"])
    if start is None:
        raise bad("period_start")
    end = strict_date(values["period_end"])
    if end is None:
        raise bad("period_end")
    if end < start:
        raise bad("period_end")
    try:
        kind = period_from_key(values["period"]).kind
    except PeriodError:
        raise bad("period") from None
    if kind is PeriodKind.CUSTOM and values["period"] != f"{start}..{end}":
        raise bad("period")
    try:
        generated = dt.datetime.fromisoformat(values["generated_at"])
    except ValueError:
        raise bad("generated_at") from None
    if generated.tzinfo is None:
        raise bad("generated_at")
    count_text = values["record_count"]
    if ascii_int(count_text) is None:
        raise bad("record_count")
    digest = values["data_hash"].lower()
    if len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
        raise bad("data_hash")
    public_key = _check_signature(report, values, rows)
    report.manifest = Manifest(
        values=values, key_rows=rows, format_version=version, sender_code=sender_code,
        sender_name=values.get("sender_name", ""), sender_level=values["sender_level"],
        parent_code=values.get("parent_code", ""),
        period=ReportPeriod(kind, start, end, values["period"]), scope=values.get("scope", ""),
        report_number=values.get("report_number", ""), generated_at=values["generated_at"],
        generated_utc=generated.astimezone(dt.UTC), app_version=values.get("app_version", ""),
        record_count=int(count_text), data_hash=digest, public_key=public_key,
        fingerprint=signing.fingerprint(public_key) if public_key else "")
    return index


def _check_signature(report: ReportFile, values: dict[str, str],
                     rows: dict[str, int]) -> bytes | None:
    """The verified public key of a signed manifest, None for an unsigned one; refuses a
    signature that does not match (anything signed was changed, or the key was swapped).

    The data rows are covered through ``data_hash``, which the row check compares after."""
    key_text = values.get("public_key", "")
    signature_text = values.get("signature", "")
    if not key_text and not signature_text:
        return None
    for key in ("public_key", "signature"):
        if not values.get(key):
            raise _refuse(report, P.MANIFEST_MISSING, row=rows.get(key), column=key,
                          index=1 if key in rows else None)
    try:
        public_key = signing.decode(key_text, signing.PUBLIC_KEY_BYTES)
    except signing.SignatureFormatError:
        raise _refuse(report, P.MANIFEST_BAD_VALUE, row=rows.get("public_key"),
                      column="public_key", index=1, value=key_text) from None
    try:
        signature = signing.decode(signature_text, signing.SIGNATURE_BYTES)
    except signing.SignatureFormatError:
        raise _refuse(report, P.MANIFEST_BAD_VALUE, row=rows.get("signature"),
                      column="signature", index=1, value=signature_text) from None
    if not signing.verify(public_key, signature, signed_message(values)):
        raise _refuse(report, P.BAD_SIGNATURE, row=rows.get("signature"), column="signature",
                      index=1, fingerprint=signing.fingerprint(public_key))
    shown = values.get("key_fingerprint", "")
    if shown and signing.normalise_fingerprint(shown) != signing.fingerprint(public_key):
        # The line people read must be the key's: a wrong one would mislead a phone check.
        raise _refuse(report, P.MANIFEST_BAD_VALUE, row=rows.get("key_fingerprint"),
                      column="key_fingerprint", index=1, value=shown)
    return public_key


def _level_code(value: object, level: str) -> object:
    """A sender or parent code that came back as a number gets its width from its level."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and (not math.isfinite(value) or value != int(value)):
            return value
        width = _CODE_WIDTH.get(level, 0)
        number = int(value)
        if not width:  # the parent: one level up, unknown here; districts are 3 digits
            width = 2 if number < 100 else 3
        return f"{number:0{width}d}"
    return value


_UNIQUE_COLUMNS = {"uuid", "created_at", "updated_at"}  # not worth remembering
_MISSING = object()


class _RowParser:
    """``cells_to_record`` that remembers what it parsed: a data sheet repeats the same
    dates, units, topics, forms, measures and titles thousands of times. A bad cell is
    handed to ``cells_to_record`` itself, so the error is exactly the one it raises."""

    def __init__(self) -> None:
        self._columns: list[tuple[int, str, Callable[[str], object], dict[str, object] | None]]
        self._columns = [(index, column.field, column.parse,
                          None if column.key in _UNIQUE_COLUMNS else {})
                         for index, column in enumerate(DATA_COLUMNS) if column.field]

    def __call__(self, cells: Sequence[str]) -> LogRecord:
        values: dict[str, object] = {}
        try:
            for index, name, parse, memo in self._columns:
                text = cells[index]
                if memo is None:
                    values[name] = parse(text)
                    continue
                value = memo.get(text, _MISSING)
                if value is _MISSING:
                    value = memo[text] = parse(text)
                values[name] = value
        except CellError:
            return cells_to_record(cells)  # raises the RowError naming the column
        return LogRecord(**values)  # type: ignore[arg-type]


def _read_rows(report: ReportFile, sheet: _SheetRows, start: int) -> None:
    manifest = report.manifest
    assert manifest is not None
    grid = sheet.head
    index = start
    while index < len(grid) and not any(plain(v).strip() for v in grid[index]):
        index += 1
    if index >= len(grid):
        raise _refuse(report, P.NO_HEADER, row=start + 1)
    header_row = index + 1
    header = [plain(v).strip() for v in grid[index]]
    while header and not header[-1]:
        header.pop()
    positions = {name: i for i, name in enumerate(header) if name}
    missing = [c for c in DATA_COLUMNS if c.field and c.key not in positions]
    if missing:
        raise _refuse(report, P.BAD_HEADER, row=header_row, column=missing[0].key,
                      value=", ".join(c.key for c in missing))
    width = len(header)
    # Where each of our columns sits in the file (the writer's order, unless a newer app
    # added columns; unknown columns are hashed but otherwise ignored).
    order = [positions.get(key) for key in DATA_HEADERS]
    in_order = order == list(range(len(DATA_HEADERS))) and width == len(DATA_HEADERS)
    converters = column_canonicalisers(manifest.sender_code)
    converter_at = [converters.get(header[i], plain) for i in range(width)]
    hasher = DataHasher()
    rows: list[DataRow] = []
    seen: dict[str, int] = {}
    parse = _RowParser()
    uuid_index = positions["uuid"]
    topic_name_index = positions.get("topic_name")
    for offset, raw in sheet.rows_from(index + 1):
        cells = raw[:width]
        if len(cells) < width:
            cells = [*cells, *([""] * (width - len(cells)))]
        if not all(type(value) is str for value in cells):
            cells = [converter_at[i](value) for i, value in enumerate(cells)]
        if not any(cells):
            continue  # an empty line (LibreOffice may keep formatted empty rows)
        row_number = offset + 1
        hasher.add(cells)  # type: ignore[arg-type]
        ours = cells if in_order else [cells[i] if i is not None else "" for i in order]
        try:
            record = parse(ours)  # type: ignore[arg-type]
        except RowError as exc:
            position = positions.get(exc.column)
            _problem(report, P.BAD_CELL, row=row_number, column=exc.column, index=position,
                     value=exc.value, cell=exc.code)
            continue
        record = normalized_record(record)  # NFC, after hashing the cells as they were
        uid = record.uuid.strip()
        try:
            uuid_module.UUID(uid)
        except ValueError:
            _problem(report, P.BAD_UUID, row=row_number, column="uuid", index=uuid_index,
                     value=uid)
            continue
        first = seen.setdefault(uid, row_number)
        if first != row_number:
            _problem(report, P.DUPLICATE_UUID, row=row_number, column="uuid", index=uuid_index,
                     value=uid, first_row=first)
            continue
        topic_name = cells[topic_name_index] if topic_name_index is not None else ""
        rows.append(DataRow(row_number, record, unicodedata.normalize("NFC", str(topic_name))))
    report.computed_hash = hasher.hexdigest()
    if hasher.rows != manifest.record_count:
        _problem(report, P.COUNT_MISMATCH, row=manifest.key_rows.get("record_count"),
                 column="record_count", index=1,
                 value=str(hasher.rows), expected=manifest.record_count)
    if report.computed_hash != manifest.data_hash:
        _problem(report, P.HASH_MISMATCH, row=manifest.key_rows.get("data_hash"),
                 column="data_hash", index=1)
    if not report.problems:
        report.rows = rows
