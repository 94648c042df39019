"""Reading administrative-unit lists: the statistics office's file and our own CSV.

Accepted layouts (headers compared after folding, so case, diacritics, spaces and slashes
do not matter):

* GSO (Tổng cục Thống kê) list: ``Tỉnh Thành Phố`` (or ``Tỉnh / Thành Phố``), ``Mã TP``,
  ``Quận Huyện``, ``Mã QH``, ``Phường Xã``, ``Mã PX``, ``Cấp`` — the district pair is absent
  in the two-level list of July 2025.
* The same data with English headers: ``province_code``, ``province_name``,
  ``district_code``, ``district_name``, ``commune_code``, ``commune_name``
  (optionally ``*_type``).
* OCOP Desktop's own CSV: ``code``, ``name``, ``level`` (province|district|commune),
  ``parent_code``, ``valid_from``, ``valid_to`` (ISO dates, may be empty).

CSV files may be UTF-8 (with or without BOM) or Windows-1258/CP1252 as Excel saves them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ocop_desktop.domain.records import Unit, UnitLevel
from ocop_desktop.domain.text import fold


class UnitListError(Exception):
    """The file cannot be read as a unit list; ``where`` names file, row and column."""

    def __init__(self, code: str, *, file: str, row: int | None = None,
                 column: str | None = None, value: str = ""):
        super().__init__(f"{code}: {file} row={row} column={column} value={value!r}")
        self.code = code
        self.file = file
        self.row = row
        self.column = column
        self.value = value


def _key(header: object) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(str(header or "")))


_GSO = {
    "province_name": ("tinhthanhpho",),
    "province_code": ("matp", "matinh"),
    "district_name": ("quanhuyen",),
    "district_code": ("maqh",),
    "commune_name": ("phuongxa",),
    "commune_code": ("mapx",),
}
_ENGLISH = {name: (name.replace("_", ""),) for name in _GSO}
_OWN = ("code", "name", "level", "parentcode", "validfrom", "validto")
_WIDTH = {"province": 2, "district": 3, "commune": 5}


@dataclass(frozen=True, slots=True)
class UnitList:
    units: list[Unit]
    layout: str  # "gso", "own"


def read_unit_list(path: Path) -> UnitList:
    rows = _read_rows(path)
    if not rows:
        raise UnitListError("empty", file=path.name)
    header = [_key(h) for h in rows[0]]
    body = rows[1:]
    if all(name in header for name in ("code", "name", "level")):
        return UnitList(_own_units(path.name, header, body), "own")
    for mapping in (_GSO, _ENGLISH):
        columns = _locate(header, mapping)
        if {"province_code", "commune_code", "commune_name"} <= columns.keys():
            return UnitList(_gso_units(path.name, columns, body), "gso")
    raise UnitListError("unknown_header", file=path.name, row=1,
                        value=", ".join(str(h) for h in rows[0] if h))


def _locate(header: list[str], mapping: dict[str, tuple[str, ...]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for field, names in mapping.items():
        for index, key in enumerate(header):
            if key in names:
                found[field] = index
                break
    return found


def _read_rows(path: Path) -> list[list[str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnitListError("unreadable", file=path.name, value=str(exc)) from exc
    if data[:4] == b"PK\x03\x04":
        return _xlsx_rows(path)
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
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def _xlsx_rows(path: Path) -> list[list[str]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        raw = sheet.to_python(skip_empty_area=True)
    except Exception as exc:  # calamine raises several private error types
        raise UnitListError("unreadable", file=path.name, value=str(exc)) from exc
    rows: list[list[str]] = []
    for row in raw:
        cells = [_cell_text(c) for c in row]
        if any(cells):
            rows.append(cells)
    # The statistics office's file may open with a title line; start at the header row.
    for index, row in enumerate(rows[:10]):
        keys = {_key(c) for c in row}
        if keys & {"mapx", "communecode", "code"}:
            return rows[index:]
    return rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def _code(value: str, level: str, file: str, row: int, column: str) -> str:
    text = value.strip()
    if text.endswith(".0"):
        text = text[:-2]
    if not text.isdigit() or len(text) > _WIDTH[level]:
        raise UnitListError("bad_code", file=file, row=row, column=column, value=value)
    return text.zfill(_WIDTH[level])  # Excel drops leading zeros: 5986 → 05986


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def _gso_units(file: str, columns: dict[str, int], body: Iterable[list[str]]) -> list[Unit]:
    seen: dict[str, Unit] = {}
    order: list[str] = []
    header_names = {"province_code": "Mã TP", "district_code": "Mã QH", "commune_code": "Mã PX",
                    "commune_name": "Phường Xã", "province_name": "Tỉnh Thành Phố",
                    "district_name": "Quận Huyện"}

    def add(unit: Unit, row_number: int) -> None:
        existing = seen.get(unit.code)
        if existing is None:
            seen[unit.code] = unit
            order.append(unit.code)
        elif existing.level != unit.level or (unit.level is UnitLevel.COMMUNE):
            raise UnitListError("duplicate_code", file=file, row=row_number, value=unit.code)

    for number, row in enumerate(body, start=2):
        province_code = _code(_cell(row, columns["province_code"]), "province", file, number,
                              header_names["province_code"])
        province_name = _cell(row, columns.get("province_name")) or province_code
        add(Unit(province_code, province_name, UnitLevel.PROVINCE), number)
        parent = province_code
        district_raw = _cell(row, columns.get("district_code"))
        if district_raw:
            district_code = _code(district_raw, "district", file, number, "Mã QH")
            district_name = _cell(row, columns.get("district_name"))
            if not district_name:
                raise UnitListError("missing_name", file=file, row=number, column="Quận Huyện")
            add(Unit(district_code, district_name, UnitLevel.DISTRICT, province_code), number)
            parent = district_code
        commune_code = _code(_cell(row, columns["commune_code"]), "commune", file, number,
                             header_names["commune_code"])
        commune_name = _cell(row, columns["commune_name"])
        if not commune_name:
            raise UnitListError("missing_name", file=file, row=number, column="Phường Xã")
        add(Unit(commune_code, commune_name, UnitLevel.COMMUNE, parent), number)
    return [seen[code] for code in order]


def _own_units(file: str, header: list[str], body: Iterable[list[str]]) -> list[Unit]:
    index = {name: header.index(name) for name in _OWN if name in header}
    units: list[Unit] = []
    seen: set[tuple[str, str]] = set()
    for number, row in enumerate(body, start=2):
        level_text = _cell(row, index["level"]).lower()
        try:
            level = UnitLevel(level_text)
        except ValueError:
            raise UnitListError("bad_level", file=file, row=number, column="level",
                                value=level_text) from None
        code = _code(_cell(row, index["code"]), level.value, file, number, "code")
        name = _cell(row, index["name"])
        if not name:
            raise UnitListError("missing_name", file=file, row=number, column="name")
        parent = _cell(row, index.get("parentcode")) or None
        dates: list[dt.date | None] = []
        for column in ("validfrom", "validto"):
            text = _cell(row, index.get(column))
            try:
                dates.append(dt.date.fromisoformat(text) if text else None)
            except ValueError:
                raise UnitListError("bad_date", file=file, row=number,
                                    column=column.replace("valid", "valid_"), value=text) from None
        key = (code, str(dates[0]))
        if key in seen:
            raise UnitListError("duplicate_code", file=file, row=number, column="code", value=code)
        seen.add(key)
        units.append(Unit(code, name, level, parent, dates[0], dates[1]))
    return units
