"""The "Nhập báo cáo" page's lists: the files being imported (with what the check found and
what the import did) and the import register; and the details of one file in words."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ocop_desktop.domain.exchange import ImportBatch, ImportOutcome
from ocop_desktop.domain.periods import PeriodError, period_from_key
from ocop_desktop.domain.report_text import count_text
from ocop_desktop.domain.signing import SignerState
from ocop_desktop.operations import exchange
from ocop_desktop.texts.formats import local_time
from ocop_desktop.texts.problem_texts import (
    conflict_text,
    import_outcome_text,
    import_problem_line,
    import_problem_text,
    signer_state_text,
)
from ocop_desktop.ui.table_models import RowsTableModel

GREEN = QColor("#1b5e20")
RED = QColor("#b71c1c")
GREY = QColor("#616161")
BLUE = QColor("#0d47a1")
ORANGE = QColor("#e65100")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPage", text)


def _period_label(key: str) -> str:
    try:
        return period_from_key(key).label
    except PeriodError:
        return key


@dataclass(slots=True)
class FileEntry:
    """A file in the list: what the check found, and what the import did once it ran."""

    preview: exchange.ImportPreview
    result: exchange.ImportResult | None = None
    error: str = ""  # an unexpected failure while importing (disk, database)

    @property
    def outcome(self) -> ImportOutcome:
        if self.error:
            return ImportOutcome.REFUSED
        return self.result.outcome if self.result is not None else self.preview.outcome

    @property
    def done(self) -> bool:
        return self.result is not None or bool(self.error)


class PreviewModel(RowsTableModel[FileEntry]):
    """The files being imported, one row each (tens or hundreds, never millions)."""

    FILE, SENDER, PERIOD, NEW, CHANGED, UNCHANGED, REMOVED, RESULT, SIGNER = range(9)

    def headers(self) -> tuple[str, ...]:
        return (_tr("Tệp"), _tr("Đơn vị gửi"), _tr("Kỳ báo cáo"), _tr("Mới"),
                _tr("Thay đổi"), _tr("Không đổi"), _tr("Bị xóa"), _tr("Kết quả"),
                _tr("Chữ ký"))

    @property
    def entries(self) -> list[FileEntry]:
        return self.rows

    def set_entries(self, entries: list[FileEntry]) -> None:
        self.set_rows(entries)

    def entries_changed(self) -> None:
        if self.entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.entries) - 1, self.SIGNER))

    def cell(self, entry: FileEntry, column: int, role: int) -> Any:
        preview = entry.preview
        counts = entry.result if entry.result is not None else preview
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return preview.file_name
            if column == self.SENDER:
                if not preview.sender_code:
                    return ""
                return f"{preview.sender_name} ({preview.sender_code})" if \
                    preview.sender_name else preview.sender_code
            if column == self.PERIOD:
                return preview.period.label if preview.period else ""
            if column == self.SIGNER:
                return signer_state_text(preview.signer_state, preview.signer_fingerprint)
            if entry.outcome is ImportOutcome.REFUSED and column != self.RESULT:
                return ""
            if column == self.NEW:
                return count_text(counts.new)
            if column == self.CHANGED:
                return count_text(counts.changed)
            if column == self.UNCHANGED:
                return count_text(counts.unchanged)
            if column == self.REMOVED:
                return count_text(counts.removed)
            if column == self.RESULT:
                return self.result_text(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.NEW <= column <= self.REMOVED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SIGNER:
            state = preview.signer_state
            if state in (SignerState.MISMATCH, SignerState.INVALID):
                return RED
            return ORANGE if state in (SignerState.NEW_KEY, SignerState.UNSIGNED) else GREEN
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT:
            if entry.outcome is ImportOutcome.REFUSED:
                return RED
            if entry.done:
                return GREEN if entry.outcome is ImportOutcome.IMPORTED else GREY
            return BLUE if entry.outcome is ImportOutcome.IMPORTED else GREY
        if role == Qt.ItemDataRole.FontRole and column == self.RESULT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.error:
                return entry.error
            problems = entry.result.problems if entry.result else preview.problems
            if problems:
                return import_problem_text(problems[0])
            return str(preview.path)
        return None

    @staticmethod
    def result_text(entry: FileEntry) -> str:
        if entry.error:
            return _tr("Lỗi khi nhập")
        if entry.result is not None:
            return import_outcome_text(entry.result.outcome)
        return import_outcome_text(entry.preview.outcome, preview=True)


class ImportRegisterModel(RowsTableModel[ImportBatch]):
    """The import register, newest first."""

    (ID, IMPORTED_AT, SENDER, PERIOD, FILE, NEW, CHANGED, UNCHANGED, REMOVED, STATE,
     SIGNER) = range(11)

    def headers(self) -> tuple[str, ...]:
        return (_tr("Số"), _tr("Nhập lúc"), _tr("Đơn vị gửi"), _tr("Kỳ"), _tr("Tệp"),
                _tr("Mới"), _tr("Thay đổi"), _tr("Không đổi"), _tr("Bị xóa"), _tr("Kết quả"),
                _tr("Chữ ký"))

    @property
    def batches(self) -> list[ImportBatch]:
        return self.rows

    def set_batches(self, batches: list[ImportBatch]) -> None:
        self.set_rows(batches)

    def cell(self, batch: ImportBatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.ID: str(batch.id), self.IMPORTED_AT: local_time(batch.imported_at),
                self.SENDER: f"{batch.sender_name} ({batch.sender_code})",
                self.PERIOD: _period_label(batch.period_key), self.FILE: batch.file_name,
                self.NEW: count_text(batch.new), self.CHANGED: count_text(batch.changed),
                self.UNCHANGED: count_text(batch.unchanged),
                self.REMOVED: count_text(batch.removed),
                self.STATE: (_tr("Đã hoàn tác lúc {at}").format(at=local_time(batch.undone_at))
                             if batch.undone_at else import_outcome_text(batch.result)),
                self.SIGNER: signer_state_text(batch.signer_state, batch.signer_fingerprint),
            }
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                column == self.ID or self.NEW <= column <= self.REMOVED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and batch.undone_at:
            return GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Tệp {file}, lập lúc {generated}, mã kiểm tra {hash}").format(
                file=batch.file_name, generated=local_time(batch.generated_at),
                hash=batch.file_hash[:16])
        return None


def details_html(entry: FileEntry) -> str:
    """What the user reads about one file: where it is from, and every problem or note."""
    preview = entry.preview
    lines = [f"<b>{escape(preview.file_name)}</b>"]
    if preview.sender_code:
        lines.append(escape(_tr("Đơn vị gửi: {name} ({code}); kỳ báo cáo: {period}; lập lúc "
                                "{at}; {count} bản ghi.").format(
            name=preview.sender_name, code=preview.sender_code,
            period=preview.period.label if preview.period else "",
            at=local_time(preview.generated_at), count=count_text(preview.record_count))))
    if preview.signer_state is not None:
        lines.append(escape(_tr("Chữ ký: {signer}.").format(
            signer=signer_state_text(preview.signer_state, preview.signer_fingerprint))))
    problems = entry.result.problems if entry.result is not None else preview.problems
    if entry.error:
        lines.append(f"<span style='color:#b71c1c'>{escape(entry.error)}</span>")
    if problems:
        lines.append("<span style='color:#b71c1c'><b>" + escape(_tr(
            "Không nhập được tệp này:")) + "</b></span>")
        lines.append("<ul>" + "".join(f"<li>{escape(import_problem_line(p))}</li>"
                                      for p in problems[:50]) + "</ul>")
        if len(problems) > 50:
            lines.append(escape(_tr("… và {count} lỗi khác.").format(count=len(problems) - 50)))
        return "".join(f"<p>{line}</p>" if not line.startswith("<ul>") else line
                       for line in lines)
    result = entry.result
    if result is not None:
        lines.append(escape(_tr("{outcome}: {new} mới, {changed} thay đổi, {unchanged} không "
                                "đổi, {removed} bị xóa.").format(
            outcome=import_outcome_text(result.outcome), new=count_text(result.new),
            changed=count_text(result.changed), unchanged=count_text(result.unchanged),
            removed=count_text(result.removed))))
    elif preview.outcome is ImportOutcome.UNCHANGED:
        lines.append(escape(_tr("Tệp này đã được nhập, không có gì mới ({count} bản ghi không "
                                "đổi).").format(count=count_text(preview.unchanged))))
    topics = result.new_topics if result is not None else preview.new_topics
    if topics:
        lines.append(escape(_tr("Chủ đề mới, sẽ được thêm vào danh mục: {topics}.").format(
            topics="; ".join(f"{t.code} – {t.name}" for t in topics))))
    if preview.entered_here:
        lines.append("<span style='color:#e65100'>" + escape(_tr(
            "Đơn vị mình đã nhập thay {count} bản ghi cho đơn vị này trong kỳ; nay đơn vị đã "
            "gửi báo cáo, hãy xem lại để khỏi tính trùng.").format(
            count=count_text(preview.entered_here))) + "</span>")
    conflicts = result.conflicts if result is not None else preview.conflicts
    if conflicts:
        lines.append(escape(_tr("{count} bản ghi nhận theo hai đường với nội dung khác nhau; "
                                "giữ bản được sửa sau cùng:").format(count=len(conflicts))))
        lines.append("<ul>" + "".join(f"<li>{escape(conflict_text(c))}</li>"
                                      for c in conflicts[:50]) + "</ul>")
    return "".join(f"<p>{line}</p>" if not line.startswith("<ul>") else line for line in lines)
