"""The dashboard at a million records (DESIGN.md §7 and issue 7: opens in ≤ 0.3 s).

Run: ``python -m pytest tests/benchmarks/bench_dashboard.py -s``.

"Opens" is what the user waits for: the page is built, its figures computed (one scan of
about three months of the log), its four charts drawn and the page painted once. The clock
stands on the last day of the demo log, so those three months are full (≈125,000 records).
The baseline, measured in the same run, is the obvious SQL for the same figures — a
``GROUP BY`` over the same three months left to SQLite's own choice of index — which is
what the covering index ``records_day_totals`` (migration 0006) saves.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ocop_desktop.operations import dashboard as board
from ocop_desktop.operations import schedule as ops
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from tests.benchmarks.conftest import best_of, record_result

TARGET_SECONDS = 0.3


def _last_day(repo: Repository) -> dt.date:
    row = repo.db.execute("SELECT max(date) FROM records WHERE deleted = 0").fetchone()
    return dt.date.fromisoformat(row[0])


def _naive_query(repo: Repository, start: dt.date, end: dt.date) -> None:
    repo.db.execute(
        "SELECT date, topic_code, count(*), sum(airings), sum(minutes), sum(items) "
        "FROM records WHERE deleted = 0 AND date BETWEEN ? AND ? GROUP BY date, topic_code",
        [start.isoformat(), end.isoformat()]).fetchall()


@pytest.fixture
def repo(million_db: Path):  # type: ignore[no-untyped-def]
    db = open_database(million_db)
    yield Repository(db)
    db.close()


@pytest.mark.parametrize("scope", ["station", "every_unit"])
def test_dashboard_figures(repo: Repository, scope: str,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures alone: a station (its own unit) and an office (every unit of the file)."""
    if scope == "every_unit":
        monkeypatch.setattr(ops, "scope_units", lambda _repo: None)
    today = _last_day(repo)
    start = today - dt.timedelta(days=7 * board.DASHBOARD_WEEKS + 7)
    board.dashboard(repo, today=today)  # warm the file cache for both
    _naive_query(repo, start, today)
    figures = best_of(lambda: board.dashboard(repo, today=today))
    baseline = best_of(lambda: _naive_query(repo, start, today))
    records = repo.db.execute("SELECT count(*) FROM records WHERE deleted = 0 AND date "
                              "BETWEEN ? AND ?", [start.isoformat(), today.isoformat()]
                              ).fetchone()[0]
    record_result(f"dashboard_figures_{scope}_1m", figures, baseline=baseline,
                  target=f"<= {TARGET_SECONDS} s", records_in_window=records)
    assert figures <= TARGET_SECONDS


def test_dashboard_opens(repo: Repository, million_db: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.context import AppContext
    from ocop_desktop.ui.dashboard_page import DashboardPage

    today = _last_day(repo)
    moment = dt.datetime.combine(today, dt.time(18, 0))
    ctx = AppContext(repo, million_db)

    def open_page() -> None:
        page = DashboardPage(ctx, clock=lambda: moment)
        page.resize(1206, 690)  # what the main window gives it at 1366×768
        page.show()
        qapp.processEvents()
        page.grab()  # painted once, charts included
        page.close()
        page.deleteLater()
        qapp.processEvents()

    open_page()  # warm: imports, fonts, the file cache
    start = today - dt.timedelta(days=7 * board.DASHBOARD_WEEKS + 7)
    seconds = best_of(open_page)
    baseline = best_of(lambda: _naive_query(repo, start, today))
    record_result("dashboard_open_1m", seconds, baseline=baseline,
                  target=f"<= {TARGET_SECONDS} s")
    assert seconds <= TARGET_SECONDS
