"""The Reports page's tables: the summary (per topic, per unit), the broadcast minutes, the
register of exported reports, and the two-level header the summary tables print with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from ocop_desktop.domain.inbox import ReplyKind, ReportReply
from ocop_desktop.domain.report_text import count_text
from ocop_desktop.domain.reporting import (
    BroadcastTable,
    ReportEntry,
    ReportStatus,
    SummaryTable,
)
from ocop_desktop.texts.formats import local_time
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP, catalogue_name
from ocop_desktop.texts.problem_texts import reply_text
from ocop_desktop.ui.table_models import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # horizontal header: the form a column belongs to


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPage", text)


# -- models ---------------------------------------------------------------------------------

class SummaryModel(QAbstractTableModel):
    """One summary table (per topic or per unit) with its totals row, read-only."""

    def __init__(self, label_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label_title = label_title
        self._table: SummaryTable | None = None

    def set_table(self, table: SummaryTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> SummaryTable | None:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override: the rows, plus the totals row."""
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override: the label, then one column per measure of each form."""
        if parent.isValid():
            return 0
        return 1 + (len(self._table.columns) if self._table else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: names, numbers with Vietnamese digit grouping, a bold totals row."""
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        totals = row == len(table.rows)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return _tr("Tổng cộng") if totals else table.rows[row].name
            value = table.totals[column - 1] if totals else table.rows[row].values[column - 1]
            return count_text(value) if role == Qt.ItemDataRole.DisplayRole else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and totals:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and not totals:
            entry = table.rows[row]
            return _tr("{name} (mã {code}): {count} hoạt động").format(
                name=entry.name, code=entry.code, count=count_text(entry.records))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: the measure below, the form above (``GROUP_ROLE``, for GroupedHeader)."""
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and self._table is not None:
                return "" if section == len(self._table.rows) else str(section + 1)
            return None
        if section == 0:
            return self._label_title if role == Qt.ItemDataRole.DisplayRole else None
        if self._table is None or section > len(self._table.columns):
            return None
        column = self._table.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return catalogue_name(column.measure_name)
        if role == GROUP_ROLE:
            return catalogue_name(column.form_name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{catalogue_name(column.form_name)}: {catalogue_name(column.measure_name)}"
        return None


class BroadcastModel(QAbstractTableModel):
    """Broadcast minutes: a row per language, a column per source, totals both ways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: BroadcastTable | None = None

    def set_table(self, table: BroadcastTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override: languages, then the totals row."""
        if parent.isValid() or self._table is None or not self._table.languages:
            return 0
        return len(self._table.languages) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override: language, the sources, the total."""
        if parent.isValid():
            return 0
        return 2 + (len(self._table.sources) if self._table else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: minutes with Vietnamese digit grouping."""
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        totals = row == len(table.languages)
        last = len(table.sources) + 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return _tr("Tổng cộng") if totals else table.languages[row].name
            if totals:
                value = table.total if column == last else table.source_totals[column - 1]
            else:
                value = (table.language_totals[row] if column == last
                         else table.cells[row][column - 1])
            return count_text(value) if role == Qt.ItemDataRole.DisplayRole else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (totals or column == last):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override: source names."""
        if role != Qt.ItemDataRole.DisplayRole or orientation == Qt.Orientation.Vertical:
            return None
        if section == 0:
            return _tr("Ngôn ngữ")
        if self._table is None:
            return None
        if section <= len(self._table.sources):
            return self._table.sources[section - 1].name
        if section == len(self._table.sources) + 1:
            return _tr("Tổng cộng (phút)")
        return None


def status_text(status: str) -> str:
    texts = {
        ReportStatus.EXPORTED.value: _tr("Đã xuất"),
        ReportStatus.QUEUED.value: _tr("Chờ gửi"),
        ReportStatus.SENT.value: _tr("Đã gửi"),
        ReportStatus.HANDED_OVER.value: _tr("Đã bàn giao"),
    }
    return texts.get(status, status)


class RegisterModel(RowsTableModel[ReportEntry]):
    """The register of exported reports, newest first (tens or hundreds of lines a year)."""

    NUMBER, ISSUED, PERIOD, SCOPE, RECORDS, FILE, HASH, STATUS, REPLY = range(9)
    # Marked for the translation extractor; translated in headerData.
    HEADERS = (
        QT_TRANSLATE_NOOP("ReportPage", "Số"),
        QT_TRANSLATE_NOOP("ReportPage", "Ngày ban hành"),
        QT_TRANSLATE_NOOP("ReportPage", "Kỳ báo cáo"),
        QT_TRANSLATE_NOOP("ReportPage", "Phạm vi"),
        QT_TRANSLATE_NOOP("ReportPage", "Số bản ghi"),
        QT_TRANSLATE_NOOP("ReportPage", "Tệp"),
        QT_TRANSLATE_NOOP("ReportPage", "Mã băm"),
        QT_TRANSLATE_NOOP("ReportPage", "Trạng thái"),
        QT_TRANSLATE_NOOP("ReportPage", "Nơi nhận trả lời"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._missing: set[str] = set()  # paths of the files no longer on disk
        self.replies: dict[int, ReportReply] = {}  # what the office answered (issue 15)

    def headers(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("ReportPage", text) for text in self.HEADERS)

    def set_entries(self, entries: list[ReportEntry],
                    replies: dict[int, ReportReply] | None = None) -> None:
        # Looked up once here, not at every repaint.
        self._missing = {e.file_path for e in entries if not Path(e.file_path).is_file()}
        self.replies = replies or {}
        self.set_rows(entries)

    def entry(self, row: int) -> ReportEntry | None:
        return self.row_at(row)

    def cell(self, entry: ReportEntry, column: int, role: int) -> Any:
        """One register line; a file no longer on disk is greyed out."""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return entry.number_text
            if column == self.ISSUED:
                return entry.issued_on.strftime("%d/%m/%Y")
            if column == self.PERIOD:
                return (f"{entry.period_start:%d/%m/%Y} – {entry.period_end:%d/%m/%Y}")
            if column == self.SCOPE:
                return entry.scope or _tr("Tất cả chủ đề")
            if column == self.RECORDS:
                return count_text(entry.record_count)
            if column == self.FILE:
                return Path(entry.file_path).name
            if column == self.HASH:
                return entry.file_hash[:12]
            if column == self.STATUS:
                text = status_text(entry.status)
                if entry.sent_at:
                    text += " " + entry.sent_at[:10]
                return text
            if column == self.REPLY:
                return reply_text(self.replies.get(entry.id or 0))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                if entry.file_path in self._missing:
                    return _tr("{path} (không còn tệp ở vị trí này)").format(path=entry.file_path)
                return entry.file_path
            if column == self.HASH:
                return _tr("SHA-256 của tệp: {file}\nMã băm dữ liệu: {data}").format(
                    file=entry.file_hash, data=entry.data_hash)
            if column == self.PERIOD:
                return entry.period_key
            if column == self.STATUS and entry.sent_to:
                return _tr("Gửi cho: {to}").format(to=entry.sent_to)
            reply = self.replies.get(entry.id or 0)
            if column == self.REPLY and reply is not None:
                return _tr("Thư trả lời của {sender} lúc {at}").format(
                    sender=reply.from_addr, at=local_time(reply.at))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.REPLY \
                and entry.id in self.replies:
            kind = self.replies[entry.id].kind
            return QBrush(QColor("#1b5e20" if kind is ReplyKind.RECEIVED else "#b71c1c"))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FILE \
                and entry.file_path in self._missing:
            return QBrush(QColor("#757575"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.RECORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# -- the two-level header -------------------------------------------------------------------

class GroupedHeader(QHeaderView):
    """A horizontal header in two bands: the form (``GROUP_ROLE``) spanning its measures
    above, the measure below — the same two-level header as the printed table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSectionsClickable(False)

    def _group(self, logical: int) -> str | None:
        model = self.model()
        if model is None or not 0 <= logical < model.columnCount():
            return None
        value = model.headerData(logical, Qt.Orientation.Horizontal, GROUP_ROLE)
        return str(value) if value else None

    def sizeHint(self):  # type: ignore[no-untyped-def]  # noqa: ANN201
        """Override: two lines for the form's name, one for the measure."""
        size = super().sizeHint()
        size.setHeight(3 * self.fontMetrics().lineSpacing() + 18)
        return size

    def _draw(self, painter: QPainter, rect: QRect, logical: int, text: str) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        inner = rect.adjusted(4, 2, -4, -2)
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        # Text that needs more lines than fit is elided, with the full text in the tooltip.
        metrics = self.fontMetrics()
        lines = max(1, inner.height() // max(metrics.height(), 1))
        if metrics.boundingRect(inner, flags, text).height() > inner.height():
            whole, budget = text, inner.width() * lines  # shorter until the lines fit
            while budget > 0 and metrics.boundingRect(inner, flags, text).height() > (
                    inner.height()):
                budget -= metrics.averageCharWidth() * 2
                text = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, budget)
        painter.drawText(inner, flags, text)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        """Override: paint the form band across the whole group, clipped to this section."""
        model = self.model()
        text = str(model.headerData(logical, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole) or "") if model else ""
        group = self._group(logical)
        painter.save()
        painter.setClipRect(rect)
        if group is None:
            self._draw(painter, rect, logical, text)
        else:
            first = last = logical
            while self._group(first - 1) == group:
                first -= 1
            while self._group(last + 1) == group:
                last += 1
            left = self.sectionViewportPosition(first)
            right = self.sectionViewportPosition(last) + self.sectionSize(last)
            band_height = rect.height() - self.fontMetrics().lineSpacing() - 8
            self._draw(painter, QRect(left, rect.top(), right - left, band_height), logical,
                       group)
            self._draw(painter, QRect(rect.left(), rect.top() + band_height, rect.width(),
                                      rect.height() - band_height), logical, text)
        painter.restore()

