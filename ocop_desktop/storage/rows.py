"""What every storage module shares: dates in and out of TEXT columns, and the validity window.

Dates are stored as ISO text (``YYYY-MM-DD``), a missing date as NULL. Rows with
``valid_from``/``valid_to`` (units, topics, forms, sources, schedule slot versions) are in
force from the first day to the last, both included; NULL leaves that side open.
"""

from __future__ import annotations

import datetime as dt


def opt_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def opt_iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def valid_between(first: dt.date, last: dt.date, alias: str = "") -> tuple[str, list[str]]:
    """The SQL condition "the row's validity window meets the days ``first..last``" and its
    two parameters (one day: ``first == last``). ``alias`` names the table, e.g. ``"u"``."""
    column = f"{alias}." if alias else ""
    return (f"coalesce({column}valid_from, '') <= ? "
            f"AND ({column}valid_to IS NULL OR {column}valid_to >= ?)",
            [last.isoformat(), first.isoformat()])
