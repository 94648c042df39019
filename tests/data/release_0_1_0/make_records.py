"""Made with the release's own code (PYTHONPATH=/work/main, ocop-desktop 0.1.0)."""
import datetime as dt, json, uuid, subprocess, sys
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from ocop_desktop.operations import save_record, save_topic
from ocop_desktop.domain.records import LogRecord, Topic
db = open_database("/tmp/i13fix/release.sqlite")
repo = Repository(db)
save_topic(repo, topic=Topic("OCOP", "Chương trình mỗi xã một sản phẩm (OCOP)"))
forms = repo.forms()
dates = ["2021-06-10", "2024-06-20", "2024-07-10", "2025-06-15", "2025-08-15", "2026-01-15"]
sources = ["self", "vov", "province", "district"]
n = 0
for di, day in enumerate(dates):
    for fi, (code, form) in enumerate(forms.items()):
        srcs = sources if form.broadcast else [None]
        for si, src in enumerate(srcs):
            n += 1
            values = {m.value: (n % 7) + 1 + (10 if m.value in ("minutes", "participants", "copies") else 0)
                      for m in form.measures}
            rec = LogRecord(
                date=dt.date.fromisoformat(day), topic_code="OCOP", form_code=code,
                title=f"Bản ghi {n}: {form.name}", unit_code="05986",
                language=["vi", "tay", "nung"][n % 3] if form.broadcast else None,
                source=src, uuid=str(uuid.UUID(int=n)), **values)
            save_record(repo, record=rec, today=dt.date(2026, 12, 1))
print(n, "records")
db.close()
