import datetime as dt

import pytest

from ocop_desktop.domain.periods import (
    PeriodError,
    PeriodKind,
    custom_period,
    month_containing,
    parse_period,
    period_from_key,
)

D = dt.date


@pytest.mark.parametrize(("key", "start", "end"), [
    ("2021-06", D(2021, 6, 1), D(2021, 6, 30)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2021-Q2", D(2021, 4, 1), D(2021, 6, 30)),
    ("2021-H2", D(2021, 7, 1), D(2021, 12, 31)),
    ("2021-9M", D(2021, 1, 1), D(2021, 9, 30)),
    ("2021", D(2021, 1, 1), D(2021, 12, 31)),
])
def test_calendar_periods(key: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(key)
    assert (period.start, period.end, period.key) == (start, end, key)


@pytest.mark.parametrize(("key", "start", "end"), [
    ("2021-06", D(2021, 5, 15), D(2021, 6, 14)),
    ("2021-01", D(2020, 12, 15), D(2021, 1, 14)),
    ("2021-Q1", D(2020, 12, 15), D(2021, 3, 14)),
    ("2021", D(2020, 12, 15), D(2021, 12, 14)),
])
def test_cutoff_15_periods(key: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(key, cutoff_day=15)
    assert (period.start, period.end) == (start, end)


def test_month_containing_with_cutoff() -> None:
    assert month_containing(D(2021, 12, 20), cutoff_day=15).key == "2022-01"
    assert month_containing(D(2021, 12, 14), cutoff_day=15).key == "2021-12"


@pytest.mark.parametrize("text", ["2021-13", "2021-Q5", "abc", "1999", "2021-H3", ""])
def test_bad_periods(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


def test_custom_round_trip() -> None:
    period = custom_period(D(2021, 6, 3), D(2021, 7, 2))
    assert period.kind is PeriodKind.CUSTOM
    assert period_from_key(period.key) == period
    with pytest.raises(PeriodError):
        custom_period(D(2021, 7, 2), D(2021, 6, 3))
