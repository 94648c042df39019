"""Made with the release's own code: ``PYTHONPATH=/work/main python make_records.py FILE``
(ocop-desktop 0.1.0, after ``units import`` of the 2021 list and ``init --unit 05986``).

120 records: every form of the release × every source for broadcast forms, on six dates
around Decree 49/2024 (01/07/2024), the merger (01/07/2025) and the end of district relays.
"""

import datetime as dt
import sys
import uuid

from ocop_desktop.domain.records import LogRecord, Topic
from ocop_desktop.operations import save_record, save_topic
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository

db = open_database(sys.argv[1])
repo = Repository(db)
save_topic(repo, topic=Topic("OCOP", "Chương trình mỗi xã một sản phẩm (OCOP)"))
forms = repo.forms()
dates = ["2021-06-10", "2024-06-20", "2024-07-10", "2025-06-15", "2025-08-15", "2026-01-15"]
sources = ["self", "vov", "province", "district"]
LARGE = ("minutes", "participants", "copies")
n = 0
for day in dates:
    for code, form in forms.items():
        for src in sources if form.broadcast else [None]:
            n += 1
            values = {m.value: (n % 7) + 1 + (10 if m.value in LARGE else 0)
                      for m in form.measures}
            record = LogRecord(
                date=dt.date.fromisoformat(day), topic_code="OCOP", form_code=code,
                title=f"Bản ghi {n}: {form.name}", unit_code="05986",
                language=["vi", "tay", "nung"][n % 3] if form.broadcast else None,
                source=src, uuid=str(uuid.UUID(int=n)), **values)
            save_record(repo, record=record, today=dt.date(2026, 12, 1))
print(n, "records")
db.close()
