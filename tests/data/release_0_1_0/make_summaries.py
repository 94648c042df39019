"""``PYTHONPATH=/work/main python make_summaries.py FILE OUT.json``: the report summaries the
release computes for the periods the test compares."""

import json
import sys
from pathlib import Path

from ocop_desktop.operations.reports import build_summary, resolve_period
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository

repo = Repository(open_database(sys.argv[1]))
out = {p: build_summary(repo, period=resolve_period(repo, period=p)).as_json()
       for p in ["2021-06", "2024", "2024-06", "2024-07", "2025", "2026", "2026-01"]}
Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
