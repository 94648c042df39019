"""Report periods: month, quarter, half year, nine months, year, or a custom range.

With a cut-off day of 15, a "month" runs from the 15th of the previous month to the 14th of
the month itself (Nghị định 09/2019/NĐ-CP); quarters and years follow the same rule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"
    CUSTOM = "custom"


class PeriodError(ValueError):
    """The text does not name a period."""


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    kind: PeriodKind
    start: dt.date
    end: dt.date  # inclusive
    key: str  # "2021-06", "2021-Q2", "2021-H1", "2021-9M", "2021" or "2021-06-01..2021-06-30"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        """Vietnamese name of the period, as printed in reports."""
        year = self.key[:4]
        if self.kind is PeriodKind.MONTH:
            return f"tháng {int(self.key[5:7])} năm {year}"  # "tháng 6", as usage writes it
        if self.kind is PeriodKind.QUARTER:
            return f"quý {_ROMAN[int(self.key[6])]} năm {year}"
        if self.kind is PeriodKind.HALF:
            return f"6 tháng {'đầu' if self.key.endswith('H1') else 'cuối'} năm {year}"
        if self.kind is PeriodKind.NINE_MONTHS:
            return f"9 tháng năm {year}"
        if self.kind is PeriodKind.YEAR:
            return f"năm {year}"
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def range_text(self) -> str:
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{2})$"), PeriodKind.MONTH),
    (re.compile(r"^(\d{4})-Q([1-4])$", re.I), PeriodKind.QUARTER),
    (re.compile(r"^(\d{4})-H([12])$", re.I), PeriodKind.HALF),
    (re.compile(r"^(\d{4})-9M$", re.I), PeriodKind.NINE_MONTHS),
    (re.compile(r"^(\d{4})$"), PeriodKind.YEAR),
]


def _month_start(year: int, month: int, cutoff_day: int) -> dt.date:
    """First day of reporting month ``month``: the 1st, or the cut-off day of the month before."""
    if cutoff_day <= 1:
        return dt.date(year, month, 1)
    if month == 1:
        return dt.date(year - 1, 12, cutoff_day)
    return dt.date(year, month - 1, cutoff_day)


def _months(year: int, first: int, last: int, cutoff_day: int) -> tuple[dt.date, dt.date]:
    start = _month_start(year, first, cutoff_day)
    after = _month_start(year + 1, 1, cutoff_day) if last == 12 else _month_start(
        year, last + 1, cutoff_day)
    return start, after - dt.timedelta(days=1)


def parse_period(text: str, *, cutoff_day: int = 1) -> ReportPeriod:
    """Parse ``2021-06``, ``2021-Q2``, ``2021-H1``, ``2021-9M`` or ``2021``."""
    if not 1 <= cutoff_day <= 28:
        raise PeriodError(f"cut-off day {cutoff_day} is not between 1 and 28")
    value = text.strip()
    for pattern, kind in _PATTERNS:
        match = pattern.match(value)
        if not match:
            continue
        year = int(match.group(1))
        if not 2000 <= year <= 2100:
            raise PeriodError(value)
        if kind is PeriodKind.MONTH:
            month = int(match.group(2))
            if not 1 <= month <= 12:
                raise PeriodError(value)
            first = last = month
            key = f"{year}-{month:02d}"
        elif kind is PeriodKind.QUARTER:
            quarter = int(match.group(2))
            first, last, key = 3 * quarter - 2, 3 * quarter, f"{year}-Q{quarter}"
        elif kind is PeriodKind.HALF:
            half = int(match.group(2))
            first, last, key = 6 * half - 5, 6 * half, f"{year}-H{half}"
        elif kind is PeriodKind.NINE_MONTHS:
            first, last, key = 1, 9, f"{year}-9M"
        else:
            first, last, key = 1, 12, f"{year}"
        start, end = _months(year, first, last, cutoff_day)
        return ReportPeriod(kind, start, end, key)
    raise PeriodError(value)


def custom_period(start: dt.date, end: dt.date) -> ReportPeriod:
    if end < start:
        raise PeriodError(f"{start} > {end}")
    return ReportPeriod(PeriodKind.CUSTOM, start, end, f"{start.isoformat()}..{end.isoformat()}")


def period_from_key(key: str, *, cutoff_day: int = 1) -> ReportPeriod:
    """Inverse of ``ReportPeriod.key`` (custom ranges included)."""
    if ".." in key:
        first, _, last = key.partition("..")
        try:
            return custom_period(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        except ValueError as exc:
            raise PeriodError(key) from exc
    return parse_period(key, cutoff_day=cutoff_day)


def month_containing(day: dt.date, *, cutoff_day: int = 1) -> ReportPeriod:
    """The reporting month that a day belongs to."""
    year, month = day.year, day.month
    if cutoff_day > 1 and day.day >= cutoff_day:
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return parse_period(f"{year}-{month:02d}", cutoff_day=cutoff_day)
