"""Reading administrative-unit lists: the statistics office's file and our own CSV.

Accepted layouts (headers compared after folding, so case, diacritics, spaces and slashes
do not matter):

* GSO (Tổng cục Thống kê) list: ``Tỉnh Thành Phố`` (or ``Tỉnh / Thành Phố``), ``Mã TP``,
  ``Quận Huyện``, ``Mã QH``, ``Phường Xã``, ``Mã PX``, ``Cấp`` — the district pair is absent
  in the two-level list of July 2025.
* The same data with English headers: ``province_code``, ``province_name``,
  ``district_code``, ``district_name``, ``commune_code``, ``commune_name``
  (optionally ``*_type``).
* OCOP Desktop's own CSV (``docs/units-csv.md``): ``code``, ``name``, ``level``
  (province|district|commune), ``parent_code``, ``valid_from``, ``valid_to``.

CSV files may be UTF-8 (with or without BOM) or Windows-1258/CP1252 as Excel saves them.
A title line or two above the header (as in the statistics office's download) is skipped.
Row numbers in errors are the row numbers a spreadsheet program shows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ocop_desktop.atomic_files import write_atomically
from ocop_desktop.domain.administration import UnitLink
from ocop_desktop.domain.records import Unit, UnitLevel
from ocop_desktop.domain.text import fold


class UnitListError(Exception):
    """The file cannot be read as a unit list.

    ``code`` says what is wrong (``empty``, ``unknown_header``, ``unreadable``, ``encoding``,
    ``not_a_list``, ``bad_code``, ``missing_name``, ``duplicate_code``, ``bad_level``,
    ``bad_date``, ``range_reversed``); ``file``, ``sheet``, ``row`` and ``column`` say where.
    """

    def __init__(self, code: str, *, file: str, row: int | None = None,
                 column: str | None = None, value: str = "", sheet: str | None = None):
        super().__init__(f"{code}: {file} sheet={sheet} row={row} column={column} "
                         f"value={value!r}")
        self.code = code
        self.file = file
        self.row = row
        self.column = column
        self.value = value
        self.sheet = sheet


def _key(header: object) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(str(header or "")))


_GSO: dict[str, tuple[str, ...]] = {
    "province_name": ("tinhthanhpho", "tentinh", "tinh"),
    "province_code": ("matp", "matinh"),
    "district_name": ("quanhuyen", "tenhuyen", "huyen"),
    "district_code": ("maqh", "mahuyen"),
    "commune_name": ("phuongxa", "tenxa", "xa"),
    "commune_code": ("mapx", "maxa"),
}
_ENGLISH: dict[str, tuple[str, ...]] = {name: (name.replace("_", ""),) for name in _GSO}
_OWN = ("code", "name", "level", "parentcode", "validfrom", "validto")
_OWN_LABELS = {"code": "code", "name": "name", "level": "level", "parentcode": "parent_code",
               "validfrom": "valid_from", "validto": "valid_to"}
_WIDTH = {"province": 2, "district": 3, "commune": 5}
# Header keys that can only appear on a header row; used to skip title lines above it.
_HEADER_MARKERS = {"mapx", "maxa", "communecode", "code"}

OWN_CSV_HEADER = ("code", "name", "level", "parent_code", "valid_from", "valid_to")


@dataclass(frozen=True, slots=True)
class UnitList:
    """Units read from a file, in file order; ``rows[i]`` is the row that named ``units[i]``."""

    units: list[Unit]
    layout: str  # "gso", "own"
    rows: list[int] = field(default_factory=list)
    sheet: str | None = None


Row = tuple[int, list[str]]  # (row number as a spreadsheet shows it, cells)


def read_unit_list(path: Path) -> UnitList:
    """Read a unit list; raises ``UnitListError`` naming file, row and column."""
    sheets = _read_sheets(path)
    first_problem: UnitListError | None = None
    for sheet, rows in sheets:
        if not rows:
            continue
        try:
            return _parse(path.name, sheet, rows)
        except UnitListError as exc:
            # A workbook may carry a cover sheet first: try the next sheet, but report the
            # first sheet's problem when none of them is a unit list.
            if exc.code != "unknown_header":
                raise
            first_problem = first_problem or exc
    if first_problem is not None:
        raise first_problem
    raise UnitListError("empty", file=path.name)


def _parse(file: str, sheet: str | None, rows: list[Row]) -> UnitList:
    start = _header_index(rows)
    header_number, header_cells = rows[start]
    header = [_key(h) for h in header_cells]
    body = rows[start + 1:]
    if all(name in header for name in ("code", "name", "level")):
        units, numbers = _own_units(file, sheet, header, body)
        return UnitList(units, "own", numbers, sheet)
    for mapping in (_GSO, _ENGLISH):
        columns = _locate(header, mapping)
        if {"province_code", "commune_code", "commune_name"} <= columns.keys():
            labels = {name: header_cells[index].strip() for name, index in columns.items()}
            units, numbers = _gso_units(file, sheet, columns, labels, body)
            if not units:
                raise UnitListError("empty", file=file, sheet=sheet, row=header_number)
            return UnitList(units, "gso", numbers, sheet)
    raise UnitListError("unknown_header", file=file, sheet=sheet, row=header_number,
                        value=", ".join(str(h) for h in header_cells if h))


def _header_index(rows: list[Row]) -> int:
    for index, (_, cells) in enumerate(rows[:10]):
        if {_key(c) for c in cells} & _HEADER_MARKERS:
            return index
    return 0


def _locate(header: list[str], mapping: dict[str, tuple[str, ...]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for name, keys in mapping.items():
        for key in keys:  # the first alias is the most specific: prefer it
            if key in header:
                found[name] = header.index(key)
                break
    return found


def _read_sheets(path: Path) -> list[tuple[str | None, list[Row]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnitListError("unreadable", file=path.name, value=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise UnitListError("empty", file=path.name)
    if data[:4] == b"PK\x03\x04":
        return _xlsx_sheets(path)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # old .xls (OLE2); calamine reads it
        return _xlsx_sheets(path)
    for encoding in ("utf-8-sig", "cp1258", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise UnitListError("encoding", file=path.name)
    if "\x00" in text:
        raise UnitListError("not_a_list", file=path.name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096],
                                                                       delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as exc:
        raise UnitListError("not_a_list", file=path.name, row=reader.line_num,
                            value=str(exc)) from exc
    return [(None, rows)]


def _xlsx_sheets(path: Path) -> list[tuple[str | None, list[Row]]]:
    from python_calamine import CalamineWorkbook

    sheets: list[tuple[str | None, list[Row]]] = []
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            # Keep empty leading rows so numbers match what a spreadsheet shows.
            raw = sheet.to_python(skip_empty_area=False)
            rows: list[Row] = []
            for number, row in enumerate(raw, start=1):
                cells = [_cell_text(c) for c in row]
                if any(cells):
                    rows.append((number, cells))
            sheets.append((name, rows))
    except Exception as exc:  # calamine raises several private error types
        raise UnitListError("unreadable", file=path.name, value=str(exc)) from exc
    return sheets


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _code(value: str, level: str, file: str, sheet: str | None, row: int, column: str) -> str:
    text = value.strip()
    if text.endswith(".0"):
        text = text[:-2]
    if not (text.isascii() and text.isdigit()) or len(text) > _WIDTH[level]:
        raise UnitListError("bad_code", file=file, sheet=sheet, row=row, column=column,
                            value=value)
    return text.zfill(_WIDTH[level])  # Excel drops leading zeros: 5986 → 05986


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    # NFC: Windows-1258 files carry tone marks as combining characters; upstream lists
    # carry doubled spaces.
    return " ".join(unicodedata.normalize("NFC", row[index]).split())


def _gso_units(file: str, sheet: str | None, columns: dict[str, int], labels: dict[str, str],
               body: Iterable[Row]) -> tuple[list[Unit], list[int]]:
    seen: dict[str, Unit] = {}
    numbers: dict[str, int] = {}

    def add(unit: Unit, row_number: int, column: str) -> None:
        existing = seen.get(unit.code)
        if existing is None:
            seen[unit.code] = unit
            numbers[unit.code] = row_number
        elif (existing.level != unit.level or unit.level is UnitLevel.COMMUNE
              or existing.parent_code != unit.parent_code):
            # Provinces and districts repeat on every commune row; a commune must not.
            raise UnitListError("duplicate_code", file=file, sheet=sheet, row=row_number,
                                column=column, value=unit.code)

    for number, row in body:
        province_code = _code(_cell(row, columns["province_code"]), "province", file, sheet,
                              number, labels["province_code"])
        province_name = _cell(row, columns.get("province_name")) or province_code
        add(Unit(province_code, province_name, UnitLevel.PROVINCE), number,
            labels["province_code"])
        parent = province_code
        district_raw = _cell(row, columns.get("district_code"))
        if district_raw:
            district_code = _code(district_raw, "district", file, sheet, number,
                                  labels["district_code"])
            district_name = _cell(row, columns.get("district_name"))
            if not district_name:
                raise UnitListError("missing_name", file=file, sheet=sheet, row=number,
                                    column=labels.get("district_name", "Quận Huyện"))
            add(Unit(district_code, district_name, UnitLevel.DISTRICT, province_code), number,
                labels["district_code"])
            parent = district_code
        commune_code = _code(_cell(row, columns["commune_code"]), "commune", file, sheet,
                             number, labels["commune_code"])
        commune_name = _cell(row, columns["commune_name"])
        if not commune_name:
            raise UnitListError("missing_name", file=file, sheet=sheet, row=number,
                                column=labels["commune_name"])
        add(Unit(commune_code, commune_name, UnitLevel.COMMUNE, parent), number,
            labels["commune_code"])
    return list(seen.values()), [numbers[code] for code in seen]


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_list_date(text: str) -> dt.date:
    """ISO ``2025-07-01``, or ``01/07/2025`` as Excel shows dates in Vietnam."""
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text[:10] if len(text) > 10 and text[10] in " T" else text)


def _own_units(file: str, sheet: str | None, header: list[str],
               body: Iterable[Row]) -> tuple[list[Unit], list[int]]:
    index = {name: header.index(name) for name in _OWN if name in header}
    units: list[Unit] = []
    numbers: list[int] = []
    seen: set[tuple[str, str]] = set()
    for number, row in body:
        level_text = _cell(row, index["level"]).lower()
        try:
            level = UnitLevel(level_text)
        except ValueError:
            raise UnitListError("bad_level", file=file, sheet=sheet, row=number, column="level",
                                value=level_text) from None
        code = _code(_cell(row, index["code"]), level.value, file, sheet, number, "code")
        name = _cell(row, index["name"])
        if not name:
            raise UnitListError("missing_name", file=file, sheet=sheet, row=number,
                                column="name")
        parent = _cell(row, index.get("parentcode")) or None
        if parent is not None:
            if parent.endswith(".0"):
                parent = parent[:-2]
            if level is UnitLevel.PROVINCE or not (parent.isascii() and parent.isdigit()) \
                    or len(parent) > 3:
                raise UnitListError("bad_code", file=file, sheet=sheet, row=number,
                                    column="parent_code", value=parent)
        dates: list[dt.date | None] = []
        for column in ("validfrom", "validto"):
            text = _cell(row, index.get(column))
            try:
                dates.append(parse_list_date(text) if text else None)
            except ValueError:
                raise UnitListError("bad_date", file=file, sheet=sheet, row=number,
                                    column=_OWN_LABELS[column], value=text) from None
        if dates[0] and dates[1] and dates[1] < dates[0]:
            raise UnitListError("range_reversed", file=file, sheet=sheet, row=number,
                                column="valid_to", value=_cell(row, index.get("validto")))
        key = (code, str(dates[0]))
        if key in seen:
            raise UnitListError("duplicate_code", file=file, sheet=sheet, row=number,
                                column="code", value=code)
        seen.add(key)
        units.append(Unit(code, name, level, parent, dates[0], dates[1]))
        numbers.append(number)
    return _restore_parent_zeros(units), numbers


def _restore_parent_zeros(units: list[Unit]) -> list[Unit]:
    """Give parent codes back the leading zeros a spreadsheet dropped ("1" → "001" or "01").

    A district's parent is a province (2 digits); a commune's is a district (3 digits) or,
    since July 2025, a province: a district of the file with that code wins.
    """
    codes = {unit.code for unit in units}
    fixed: list[Unit] = []
    for unit in units:
        parent = unit.parent_code
        if parent is not None:
            if unit.level is UnitLevel.DISTRICT:
                parent = parent.zfill(2)
            elif len(parent) < 3:
                as_district, as_province = parent.zfill(3), parent.zfill(2)
                parent = as_district if as_district in codes else as_province
        fixed.append(Unit(unit.code, unit.name, unit.level, parent, unit.valid_from,
                          unit.valid_to))
    return fixed


def write_unit_list(path: Path, units: Iterable[Unit]) -> int:
    """Write units in OCOP Desktop's own CSV (UTF-8 with BOM, so Excel shows the accents).

    Codes stay text with their leading zeros; ``read_unit_list`` reads the file back to
    the same units. Returns the number of units written.
    """
    count = 0

    def write(temporary: Path) -> None:
        nonlocal count
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(OWN_CSV_HEADER)
            for unit in units:
                writer.writerow([
                    unit.code, unit.name, unit.level.value, unit.parent_code or "",
                    unit.valid_from.isoformat() if unit.valid_from else "",
                    unit.valid_to.isoformat() if unit.valid_to else "",
                ])
                count += 1

    write_atomically(Path(path), write)  # a failure leaves the old file, not half a list
    return count


# -- merge maps (new unit ← former units) ---------------------------------------------------

_MERGE: dict[str, tuple[str, ...]] = {
    "new_code": ("newcommunecode", "newcode", "maxamoi", "mamoi"),
    "new_name": ("newcommunename", "newname", "tenxamoi", "tenmoi"),
    "old_code": ("oldcommunecode", "oldcode", "maxacu", "macu"),
    "old_name": ("oldcommunename202503", "oldcommunename", "oldname", "tenxacu", "tencu"),
    "merge_type": ("mergetype", "kieusapnhap"),
}


def is_merge_map(path: Path) -> bool:
    """Whether the file's header is that of a merge map (new ← old commune codes)."""
    try:
        sheets = _read_sheets(path)
    except UnitListError:
        return False
    for _, rows in sheets:
        for _, cells in rows[:3]:
            keys = {_key(c) for c in cells}
            if any(k in keys for k in _MERGE["new_code"]) and any(
                    k in keys for k in _MERGE["old_code"]):
                return True
    return False


def read_merge_map(path: Path, *, on: dt.date) -> list[UnitLink]:
    """Read a merge map: ``new_commune_code``, ``new_commune_name``, ``old_commune_code``,
    ``old_commune_name…``, ``merge_type`` (``full``/``partial``), as in the 2025 map of
    Nghị quyết 1672/NQ-UBTVQH15; raises ``UnitListError`` naming file, row and column."""
    for sheet, rows in _read_sheets(path):
        if not rows:
            continue
        for index, (_, cells) in enumerate(rows[:3]):
            header = [_key(c) for c in cells]
            columns = {name: next((header.index(k) for k in keys if k in header), None)
                       for name, keys in _MERGE.items()}
            if columns["new_code"] is None or columns["old_code"] is None:
                continue
            links: list[UnitLink] = []
            for number, row in rows[index + 1:]:
                if not any(cell.strip() for cell in row):
                    continue
                new = _code(_cell(row, columns["new_code"]), "commune", path.name, sheet,
                            number, cells[columns["new_code"]])
                old = _code(_cell(row, columns["old_code"]), "commune", path.name, sheet,
                            number, cells[columns["old_code"]])
                kind = fold(_cell(row, columns["merge_type"]))
                links.append(UnitLink(new, old, on, _cell(row, columns["new_name"]),
                                      _cell(row, columns["old_name"]), kind == "partial"))
            if not links:
                raise UnitListError("empty", file=path.name, sheet=sheet)
            return links
    raise UnitListError("unknown_header", file=path.name)
