"""Report workbooks for import tests.

``write_data_sheet`` writes only the data sheet, straight from ``excel/columns.py`` (to
build broken or hand-edited files); the import tests use real exporter output wherever the
exporter can produce the case (see ``export_report`` in the tests that need it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook

from ocop_desktop import operations
from ocop_desktop.domain.periods import ReportPeriod, parse_period
from ocop_desktop.domain.records import Installation, LogRecord, Role, Topic
from ocop_desktop.excel.columns import (
    DATA_HEADERS,
    DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_KEYS,
    data_hash,
    record_to_cells,
)
from ocop_desktop.storage.repository import Repository
from tests.conftest import migrated_database


def manifest_values(rows: Sequence[Sequence[str]], *, sender: str, level: str = "commune",
                    period: ReportPeriod | str = "2021-06", generated_at: str | None = None,
                    sender_name: str = "", parent: str = "") -> dict[str, str]:
    if isinstance(period, str):
        period = parse_period(period)
    generated = generated_at or dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    values = dict.fromkeys(MANIFEST_KEYS, "")
    values.update({
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "sender_code": sender,
        "sender_name": sender_name or f"Đơn vị {sender}", "sender_level": level,
        "parent_code": parent, "period": period.key, "period_start": period.start.isoformat(),
        "period_end": period.end.isoformat(), "generated_at": generated,
        "app_version": "test", "record_count": str(len(rows)), "data_hash": data_hash(rows),
    })
    return values


def write_data_sheet(path: Path, records: Iterable[LogRecord], *, sender: str,
                     level: str = "commune", period: ReportPeriod | str = "2021-06",
                     generated_at: str | None = None,
                     topic_names: Mapping[str, str] | None = None,
                     rows: list[list[str]] | None = None,
                     manifest: Mapping[str, str] | None = None,
                     other_sheets: Sequence[str] = ("Báo cáo", "Chi tiết")) -> Path:
    """A workbook whose ``Dữ liệu`` sheet is as the exporter writes it (all cells text).

    ``rows`` replaces the records' canonical rows (to write bad cells); ``manifest``
    overrides manifest values after the hash was computed (to fake edits).
    """
    if rows is None:
        rows = [record_to_cells(r, topic_names) for r in records]
    values = manifest_values(rows, sender=sender, level=level, period=period,
                             generated_at=generated_at)
    values.update(manifest or {})
    workbook = Workbook()
    workbook.active.title = other_sheets[0] if other_sheets else DATA_SHEET
    for name in other_sheets[1:]:
        workbook.create_sheet(name)
    sheet = workbook[DATA_SHEET] if DATA_SHEET in workbook.sheetnames else \
        workbook.create_sheet(DATA_SHEET)
    for key, value in values.items():
        sheet.append([key, value])
    sheet.append([])
    sheet.append(list(DATA_HEADERS))
    for row in rows:
        sheet.append(row)
    # Every cell is text, as the exporter writes it (DESIGN.md §8).
    for line in sheet.iter_rows():
        for cell in line:
            if cell.value is not None:
                cell.data_type = "s"
    workbook.save(path)
    return path


# -- installations and the real exporter -----------------------------------------------------

class Installations:
    """Separate data files for a commune, a district, a province… each with its catalogue."""

    def __init__(self, folder: Path, unit_files: Sequence[tuple[Path, dt.date | None]]):
        self.folder = folder
        self.unit_files = list(unit_files)
        self.opened: list[Repository] = []
        self.exports = 0

    def make(self, code: str, role: Role = Role.OFFICE, *, name: str | None = None,
             deadline_days: int = 5) -> Repository:
        repo = Repository(migrated_database(self.folder / f"{name or code}.sqlite"))
        self.opened.append(repo)
        for path, valid_from in self.unit_files:
            operations.import_unit_file(repo, path=path, valid_from=valid_from)
        operations.save_installation(repo, installation=Installation(
            unit_code=code, role=role, issuing_body=f"ĐƠN VỊ {code}", place="Lạng Sơn",
            signer_name="Nguyễn Văn A", signer_title="Trưởng phòng",
            report_deadline_days=deadline_days))
        if role is Role.STATION:
            operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP 2021–2025"))
            operations.save_topic(repo, topic=Topic("QD861", "Quyết định 861/QĐ-TTg"))
        return repo

    def export(self, repo: Repository, period: str, name: str | None = None) -> Path:
        """The report of ``period`` as the exporter (issue 3) writes it."""
        from ocop_desktop.operations.reports import export_report

        self.exports += 1
        out = self.folder / (name or f"export-{self.exports}.xlsx")
        export_report(repo, period=parse_period(period), out=out)
        return out

    def close(self) -> None:
        for repo in self.opened:
            repo.db.close()


def log(repo: Repository, count: int = 1, **fields: object) -> list[LogRecord]:
    """Save ``count`` records (numbered titles) through the log's own operation."""
    from tests.conftest import make_record

    saved = []
    for index in range(count):
        values = {"title": f"Tin tuyên truyền số {index + 1}", **fields}
        record = make_record(**values)
        operations.save_record(repo, record=record)
        saved.append(record)
    return saved


def live_uuids(repo: Repository) -> set[str]:
    return {row[0] for row in repo.db.execute("SELECT uuid FROM records WHERE deleted = 0")}
