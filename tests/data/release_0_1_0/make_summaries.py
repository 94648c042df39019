import json, sys
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from ocop_desktop.operations.reports import build_summary, resolve_period
repo = Repository(open_database("/tmp/i13fix/release.sqlite"))
out = {}
for p in ["2021-06", "2024", "2024-06", "2024-07", "2025", "2026", "2026-01"]:
    out[p] = build_summary(repo, period=resolve_period(repo, period=p)).as_json()
json.dump(out, open("/tmp/i13fix/release-summaries.json", "w"), ensure_ascii=False, indent=1)
print(out["2024"]["totals"], [f["name"] for f in out["2024"]["forms"]][:4], out["2026"]["broadcast_minutes"])
