"""Benchmarks (not part of the test command or CI): see README, "Hiệu năng".

Run: ``python -m pytest tests/benchmarks/bench_log.py -s`` (every ``bench_*.py`` likewise).
The 1,000,000-record database is built once with the demo generator and kept at
``OCOP_BENCH_DB`` (default ``/tmp/ocop-bench/1m.sqlite``); later runs reuse it.

Figures are printed and appended to ``OCOP_BENCH_RESULTS`` (default
``/tmp/ocop-bench/results.jsonl``), each as seconds and as a ratio to a baseline measured in
the same run, because these machines are shared and noisy.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

BENCH_DIR = Path(os.environ.get("OCOP_BENCH_DIR", "/tmp/ocop-bench"))
MILLION = 1_000_000


def million_db_path() -> Path:
    return Path(os.environ.get("OCOP_BENCH_DB", BENCH_DIR / "1m.sqlite"))


@pytest.fixture(scope="session")
def million_db() -> Path:
    """A database with a million demo records (built on first use: a few minutes)."""
    from ocop_desktop.operations.maintenance import load_demo
    from ocop_desktop.storage.database import open_database
    from ocop_desktop.storage.repository import Repository

    path = million_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        repo = Repository(db)
        missing = MILLION - repo.count_records(__import__(
            "ocop_desktop.domain.records", fromlist=["RecordQuery"]).RecordQuery())
        if missing > 0:
            load_demo(repo, records=missing)
    finally:
        db.close()
    return path


def best_of(fn: Callable[[], object], *, repeat: int = 5) -> float:
    """Median wall time of ``repeat`` runs (the median resists the neighbours' noise)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def record_result(name: str, seconds: float, *, baseline: float | None = None,
                  target: str = "", unit: str = "s", **extra: object) -> dict[str, object]:
    result: dict[str, object] = {"name": name, unit: round(seconds, 4), "target": target}
    if baseline:
        result[f"baseline_{unit}"] = round(baseline, 4)
        result["ratio"] = round(seconds / baseline, 2)
    result.update(extra)
    scale, label = (1000, "ms") if unit == "s" else (1, unit)
    line = f"BENCH {name}: {seconds * scale:.1f} {label}"
    if baseline:
        line += (f" (baseline {baseline * scale:.1f} {label}, "
                 f"ratio {seconds / baseline:.2f})")
    print(line + (f" target {target}" if target else ""))
    out = Path(os.environ.get("OCOP_BENCH_RESULTS", BENCH_DIR / "results.jsonl"))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(result, ensure_ascii=False) + "\n")
    return result
