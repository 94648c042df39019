"""Cells of a re-saved data sheet brought back to the canonical texts that were hashed.

A report opened and saved again in Excel or LibreOffice must still import (DESIGN.md §8): a
number that was text (``1`` or ``05986``) comes back as text, with the leading zeros of unit
codes restored; a date or time that a spreadsheet typed as such comes back in ISO form. If
that canonical form is not what was hashed, the reader's hash check refuses the file (as
edited), so a wrong guess can never import wrong data.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from ocop_desktop.domain.text import ascii_int

EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def number_text(value: float | int) -> str:
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return repr(value)
    return str(value)


def plain(value: object) -> str:
    """Any cell as text; numbers a spreadsheet made of digits come back without ``.0``."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def date_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        # A date whose format was lost is an Excel serial day number.
        return (EXCEL_EPOCH + dt.timedelta(days=int(value))).date().isoformat()
    return plain(value)


def time_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}" if 0 <= minutes < 1440 else str(value)
    if isinstance(value, float) and 0 <= value < 1:
        # A time whose format was lost is a fraction of a day.
        minutes = round(value * 1440)
        return f"{minutes // 60:02d}:{minutes % 60:02d}" if minutes < 1440 else plain(value)
    return plain(value)


def timestamp_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.isoformat(timespec="microseconds")
    return plain(value)


def code_restorer(sender_code: str) -> Callable[[object], str]:
    """Unit codes that a spreadsheet turned into numbers get their leading zeros back.

    GSO codes have 2 (province), 3 (district) or 5 digits (commune). A number equal to the
    sender's code is the sender; 1000 and above can only be a commune; below that the
    commune reading is taken, because a report's records are almost all communes' (the hash
    check catches a wrong guess).
    """
    def restore(value: object) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if isinstance(value, float) and (not math.isfinite(value) or value != int(value)):
                return repr(value)
            number = int(value)
            if ascii_int(sender_code) == number:
                return sender_code
            return f"{number:05d}" if 0 <= number < 100000 else str(number)
        return plain(value)
    return restore


def column_canonicalisers(sender_code: str) -> dict[str, Callable[[object], str]]:
    code = code_restorer(sender_code)
    converters: dict[str, Callable[[object], str]] = {
        "unit": code, "entered_by": code, "date": date_text, "time": time_text,
        "created_at": timestamp_text, "updated_at": timestamp_text,
    }
    return converters
