"""The Reports page ("Báo cáo"): choose a period and scope, see the tables, export, register.

The summary is computed in SQL (``operations.reports.build_summary``, well under a second for
a month of a million-row log), so it is recomputed on the GUI thread whenever the period, the
scope or the data change — debounced, and only while the page is visible. The export runs in
a worker thread (``TaskRunner``) with its own database connection and a cancellable progress
bar; the register below lists every exported report with "Mở thư mục".
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ocop_desktop.domain.inbox import ReplyKind, ReportReply
from ocop_desktop.domain.periods import (
    PeriodError,
    PeriodKind,
    ReportPeriod,
    custom_period,
    month_containing,
    parse_period,
)
from ocop_desktop.domain.report_text import (
    PART_TITLES,
    Narrative,
    NarrativePart,
    ReportTable,
    report_tables,
)
from ocop_desktop.domain.reporting import (
    BroadcastTable,
    ReportEntry,
    ReportStatus,
    ReportSummary,
    SummaryTable,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.excel.writer import ExportCancelled, ReportDocument
from ocop_desktop.operations import Area, Changes
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.storage.repository import worker_repository
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP, catalogue_name
from ocop_desktop.texts.problem_texts import problem_line, problem_text, reply_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import save_file_name
from ocop_desktop.ui.installation_form import heading_preview_html
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.tasks import Cancelled, Progress, TaskRunner
from ocop_desktop.ui.widgets import DateEdit, combo_value

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # horizontal header: the form a column belongs to
_REFRESH_AREAS = {Area.RECORDS, Area.TOPICS, Area.DIRECTIVES, Area.SETTINGS, Area.UNITS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPage", text)


def local_time(iso: str) -> str:
    """A stored UTC time as the user's clock shows it: ``05/07/2021 15:02``."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def vietnamese_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


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
            return vietnamese_number(value) if role == Qt.ItemDataRole.DisplayRole else value
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
                name=entry.name, code=entry.code, count=vietnamese_number(entry.records))
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
            return vietnamese_number(value) if role == Qt.ItemDataRole.DisplayRole else value
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
                return vietnamese_number(entry.record_count)
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


# -- the period chooser ---------------------------------------------------------------------

class PeriodChooser(QWidget):
    """Month, quarter, 6 months, 9 months, year or a custom range, with the cut-off day.

    Signals:
        changed: the chosen period changed (``period()`` says which, or None if invalid).
    """

    changed = Signal()

    KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.NINE_MONTHS,
             PeriodKind.YEAR, PeriodKind.CUSTOM)

    def __init__(self, parent: QWidget | None = None, *, cutoff_day: int = 1,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._cutoff = cutoff_day
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for kind, text in zip(self.KINDS, (_tr("Tháng"), _tr("Quý"), _tr("6 tháng"),
                                           _tr("9 tháng"), _tr("Năm"), _tr("Tùy chọn")),
                              strict=True):
            self.kind.addItem(text, kind.value)
        self.part = QComboBox(self)
        self.part.setObjectName("periodPart")
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setPrefix(_tr("năm "))
        self.date_from = DateEdit(self, placeholder=_tr("từ ngày"))
        self.date_to = DateEdit(self, placeholder=_tr("đến ngày"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.part, self.year, self.date_from, self.date_to):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._building = False
        self.set_period(self.default_period(today or dt.date.today()))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(self._emit)
        self.year.valueChanged.connect(self._emit)
        self.date_from.date_changed.connect(self._emit)
        self.date_to.date_changed.connect(self._emit)

    def default_period(self, today: dt.date) -> ReportPeriod:
        """The month most likely being reported: the previous one during the first ten days
        of a reporting month (reports are due then), else the current one."""
        current = month_containing(today, cutoff_day=self._cutoff)
        if (today - current.start).days < 10:
            return month_containing(current.start - dt.timedelta(days=1),
                                    cutoff_day=self._cutoff)
        return current

    def set_cutoff_day(self, day: int) -> None:
        if day != self._cutoff:
            self._cutoff = day
            self._emit()

    def set_period(self, period: ReportPeriod) -> None:
        self._building = True
        try:
            self.kind.setCurrentIndex(self.KINDS.index(period.kind))
            self._fill_parts(period.kind)
            if period.kind is not PeriodKind.CUSTOM:
                self.year.setValue(int(period.key[:4]))
                if period.kind is PeriodKind.MONTH:
                    self.part.setCurrentIndex(int(period.key[5:7]) - 1)
                elif period.kind in (PeriodKind.QUARTER, PeriodKind.HALF):
                    self.part.setCurrentIndex(int(period.key[6]) - 1)
            self.date_from.set_date(period.start)
            self.date_to.set_date(period.end)
        finally:
            self._building = False
        self._emit()

    def _fill_parts(self, kind: PeriodKind) -> None:
        self.part.blockSignals(True)
        self.part.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                self.part.addItem(_tr("tháng {month}").format(month=month), f"{month:02d}")
        elif kind is PeriodKind.QUARTER:
            for quarter, roman in enumerate(("I", "II", "III", "IV"), 1):
                self.part.addItem(_tr("quý {roman}").format(roman=roman), f"Q{quarter}")
        elif kind is PeriodKind.HALF:
            self.part.addItem(_tr("6 tháng đầu năm"), "H1")
            self.part.addItem(_tr("6 tháng cuối năm"), "H2")
        self.part.blockSignals(False)
        custom = kind is PeriodKind.CUSTOM
        self.part.setVisible(self.part.count() > 0)
        self.year.setVisible(not custom)
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def _kind_changed(self) -> None:
        kind = PeriodKind(combo_value(self.kind))
        previous = self.period()
        self._fill_parts(kind)
        if kind is PeriodKind.CUSTOM and previous is not None:
            self.date_from.set_date(previous.start)
            self.date_to.set_date(previous.end)
        self._emit()

    def _emit(self, *_: object) -> None:
        if not self._building:
            self.changed.emit()

    def period(self) -> ReportPeriod | None:
        kind = PeriodKind(combo_value(self.kind))
        try:
            if kind is PeriodKind.CUSTOM:
                start, end = self.date_from.date(), self.date_to.date()
                if start is None or end is None:
                    return None
                return custom_period(start, end)
            year = self.year.value()
            key = {
                PeriodKind.MONTH: f"{year}-{combo_value(self.part)}",
                PeriodKind.QUARTER: f"{year}-{combo_value(self.part)}",
                PeriodKind.HALF: f"{year}-{combo_value(self.part)}",
                PeriodKind.NINE_MONTHS: f"{year}-9M",
                PeriodKind.YEAR: f"{year}",
            }[kind]
            return parse_period(key, cutoff_day=self._cutoff)
        except PeriodError:
            return None


# -- the parts in words ----------------------------------------------------------------------

class NarrativeEditor(QWidget):
    """Parts II–IV of the report as plain paragraphs (one per line), beside a live preview
    of the whole document's words: heading, Kính gửi, parts, Nơi nhận and signature.

    Signals:
        changed: the user edited a part.
    """

    changed = Signal()

    PLACEHOLDERS = {
        NarrativePart.ASSESSMENT: QT_TRANSLATE_NOOP(
            "ReportPage", "Ưu điểm: …\nHạn chế, khó khăn: …\n(mỗi dòng là một đoạn; để trống "
            "thì báo cáo bỏ phần này)"),
        NarrativePart.TASKS: QT_TRANSLATE_NOOP("ReportPage", "Nhiệm vụ trọng tâm kỳ tới…"),
        NarrativePart.PROPOSALS: QT_TRANSLATE_NOOP("ReportPage", "Đề xuất, kiến nghị với cấp "
                                                                 "trên…"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        # The parts scroll when the page is short (1366×768 at 125 %) instead of making the
        # page, and so the window, taller than the screen.
        form_widget = QWidget(self)
        form = QVBoxLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[NarrativePart, QPlainTextEdit] = {}
        for number, part in zip(("II", "III", "IV"), NarrativePart, strict=True):
            label = QLabel(f"<b>{number}. {PART_TITLES[part]}</b>", self)
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"narrative_{part.value}")
            edit.setPlaceholderText(QCoreApplication.translate("ReportPage",
                                                               self.PLACEHOLDERS[part]))
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            form.addWidget(label)
            form.addWidget(edit, 1)
            self.edits[part] = edit
            edit.textChanged.connect(self._edited)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(_tr("Lấy nội dung kỳ trước"), self)
        self.save_button = QPushButton(_tr("Lưu nội dung"), self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("hint")
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        form.addLayout(buttons)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(form_widget)
        form_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        layout.addWidget(form_scroll, 1)
        self.preview = QLabel(self)
        self.preview.setObjectName("documentPreview")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setStyleSheet("QLabel#documentPreview { background: white; padding: 8px; }")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        self._loading = False

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def narrative(self) -> Narrative:
        return Narrative(**{part.value: edit.toPlainText().strip()
                            for part, edit in self.edits.items()})

    def set_narrative(self, narrative: Narrative) -> None:
        self._loading = True
        try:
            for part, edit in self.edits.items():
                edit.setPlainText(narrative.text(part))
        finally:
            self._loading = False

    def set_saved(self, saved: bool) -> None:
        self.saved_label.setText(_tr("Đã lưu.") if saved else _tr(
            "Chưa lưu (sẽ lưu khi xuất báo cáo)."))

    def show_document(self, document: ReportDocument, tables: Sequence[ReportTable]) -> None:
        """The document's words as they will print (the tables as their headings and the
        sentences stating their totals)."""
        from ocop_desktop.domain.report_text import DocumentParts

        esc = html.escape
        body = [f"<p style='text-indent:24px'>{esc(document.intro)}</p>"]
        for heading, part in DocumentParts(tuple(tables), document.narrative).numbered():
            body.append(f"<p><b>{esc(heading)}</b></p>")
            if part is None:
                for number, table in enumerate(tables, 1):
                    body.append(f"<p><b>{number}. {esc(table.title)}</b></p>")
                    if table.sentence:
                        body.append(f"<p style='text-indent:24px'>{esc(table.sentence)}</p>")
                    body.append("<p><i>[" + esc(_tr("bảng số liệu")) + "]</i></p>")
            else:
                body.extend(f"<p style='text-indent:24px'>{esc(p)}</p>"
                            for p in document.narrative.paragraphs(part))
        values = {"issuing_body": document.issuing_body, "parent_body": document.parent_body,
                  "addressees": "\n".join(document.addressees),
                  "signer_name": document.signer_name,
                  "signer_title": "|".join(document.signature)}
        text = heading_preview_html(values, number=document.number_line,
                                    place_date=document.place_date, subject=document.subject,
                                    body="".join(body))
        # Nơi nhận as the document has it (the shared preview knows only the settings).
        receivers = "<b><i>Nơi nhận:</i></b><br>" + "<br>".join(
            esc(line) for line in document.recipients)
        start = text.find("<b><i>Nơi nhận:</i></b>")
        end = text.find("</td>", start)
        if start >= 0 and end > start:
            text = text[:start] + receivers + text[end:]
        self.preview.setText(text)


# -- the page -------------------------------------------------------------------------------

class ReportPage(QWidget):
    """Báo cáo: period and scope, the summary tables, "Xuất Excel…", and the register.

    Other pages extend the register with buttons of their own (the outbox's "Gửi"):
    ``register_buttons`` is the row of buttons under it and ``selected_report()`` the line
    the user picked.

    Signals:
        message: a one-line status text for the window's status bar.
        exported: a report was exported (its ``ReportEntry``).
    """

    message = Signal(str)
    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportPage")
        self.runner = TaskRunner(self)
        self.summary_runner = TaskRunner(self)
        self._generation = 0
        self.summary: ReportSummary | None = None
        self._dirty = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)

        installation = ctx.repo.installation()
        self.period_chooser = PeriodChooser(
            self, cutoff_day=installation.period_cutoff_day if installation else 1)
        self.scope = QComboBox(self)
        self.scope.setObjectName("scope")
        self.scope.setMinimumContentsLength(40)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.number = QSpinBox(self)
        self.number.setObjectName("reportNumber")
        self.number.setRange(1, 99999)
        self.symbol = QLineEdit(self)
        self.symbol.setObjectName("reportSymbol")
        self.symbol.setMaximumWidth(140)
        self.issued_on = DateEdit(self)
        self.issued_on.set_date(dt.date.today())
        self.export_button = QPushButton(_tr("Xuất Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("rangeLabel")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result_label.linkActivated.connect(self._open_link)

        form = QFormLayout()
        form.addRow(_tr("Kỳ báo cáo:"), self.period_chooser)
        form.addRow(_tr("Phạm vi:"), self.scope)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(QLabel("/", self))
        number_row.addWidget(self.symbol)
        number_row.addSpacing(16)
        number_row.addWidget(QLabel(_tr("Ngày ban hành:"), self))
        number_row.addWidget(self.issued_on)
        number_row.addSpacing(16)
        number_row.addWidget(self.export_button)
        number_row.addStretch(1)
        form.addRow(_tr("Số:"), number_row)
        form.addRow("", self.range_label)

        self.topic_model = SummaryModel(_tr("Chủ đề"), self)
        self.unit_model = SummaryModel(_tr("Đơn vị"), self)
        self.broadcast_model = BroadcastModel(self)
        self.topic_view = self._summary_view(self.topic_model, "topicTable")
        self.unit_view = self._summary_view(self.unit_model, "unitTable")
        self.broadcast_view = self._summary_view(self.broadcast_model, "broadcastTable",
                                                 grouped=False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("summaryTabs")
        self.tabs.addTab(self.topic_view, _tr("Theo chủ đề"))
        self.tabs.addTab(self.unit_view, _tr("Theo đơn vị"))
        self.tabs.addTab(self.broadcast_view, _tr("Phát thanh theo ngôn ngữ, nguồn (phút)"))
        self.texts = NarrativeEditor(self)
        self.tabs.addTab(self.texts, _tr("Nội dung báo cáo và xem trước"))
        self.texts.changed.connect(self._texts_edited)
        self.texts.save_button.clicked.connect(self.save_texts)
        self.texts.previous_button.clicked.connect(self.start_from_previous)
        self._texts_key: tuple[str, str | None] | None = None
        self._texts_period: ReportPeriod | None = None
        self._texts_dirty = False

        self.register_model = RegisterModel(self)
        self.register_view = QTableView(self)
        self.register_view.setObjectName("registerTable")
        self.register_view.setModel(self.register_model)
        self.register_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_view.verticalHeader().setVisible(False)
        self.register_view.horizontalHeader().setStretchLastSection(True)
        self.register_view.doubleClicked.connect(lambda _index: self.open_file())
        # At least three rows and a half show, even on a 768-pixel screen (it showed 1.5).
        rows = self.register_view.verticalHeader().defaultSectionSize()
        self.register_view.setMinimumHeight(
            self.register_view.horizontalHeader().sizeHint().height() + rows * 7 // 2 + 4)
        self.open_folder_button = QPushButton(_tr("Mở thư mục"), self)
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_file_button = QPushButton(_tr("Mở tệp"), self)
        self.open_file_button.setObjectName("openFileButton")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button.clicked.connect(self.open_file)
        self.register_buttons = QHBoxLayout()
        self.register_buttons.addWidget(self.open_folder_button)
        self.register_buttons.addWidget(self.open_file_button)
        self.register_buttons.addStretch(1)
        register_box = QGroupBox(_tr("Sổ đăng ký báo cáo đã xuất"), self)
        register_layout = QVBoxLayout(register_box)
        register_layout.addWidget(self.register_view)
        register_layout.addLayout(self.register_buttons)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(form)
        top_layout.addWidget(self.result_label)
        top_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(register_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.period_chooser.changed.connect(self.schedule_refresh)
        self.scope.currentIndexChanged.connect(self.schedule_refresh)
        self.issued_on.date_changed.connect(lambda _day: self._update_number())
        self.issued_on.date_changed.connect(lambda _day: self.update_preview())
        self.number.valueChanged.connect(lambda _n: self.update_preview())
        self.export_button.clicked.connect(self.export)
        self.register_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_register_buttons())
        ctx.changed.connect(self._on_changed)
        self._load_scopes()
        self._load_settings()
        self.reload_register()
        self.refresh()
        from ocop_desktop.ui.send_dialog import add_send_button  # "Gửi…" (issue 5)

        add_send_button(self, ctx)

    @staticmethod
    def _summary_view(model: QAbstractTableModel, name: str, *,
                      grouped: bool = True) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        if grouped:
            view.setHorizontalHeader(GroupedHeader(view))
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setMinimumSectionSize(70)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # -- data ------------------------------------------------------------------------------
    def _load_scopes(self) -> None:
        current = combo_value(self.scope)
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(_tr("Tất cả chủ đề"), None)
        for directive in self.ctx.repo.directives():
            summary = directive.summary if len(directive.summary) <= 70 else (
                directive.summary[:69] + "…")
            self.scope.addItem(f"{directive.number} — {summary}", directive.number)
        index = self.scope.findData(current) if current is not None else 0
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def _load_settings(self) -> None:
        repo = self.ctx.repo
        installation = repo.installation()
        if installation is not None:
            self.period_chooser.set_cutoff_day(installation.period_cutoff_day)
        self.symbol.setText(report_ops.report_symbol(repo))
        self._update_number()

    def _update_number(self) -> None:
        day = self.issued_on.date() or dt.date.today()
        self.number.setValue(report_ops.next_number(self.ctx.repo, year=day.year))

    def reload_register(self) -> None:
        from ocop_desktop.operations.inbox import replies

        self.register_model.set_entries(report_ops.list_reports(self.ctx.repo),
                                        replies(self.ctx.repo))
        self.register_view.resizeColumnsToContents()
        self._update_register_buttons()

    def schedule_refresh(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def page_shown(self) -> None:
        """Called by the main window each time the page is shown."""
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the summary for the chosen period and scope.

        In a worker thread with its own connection: a month takes a fraction of a second
        even for a province, but a province's year (half a million records) takes seconds,
        and the window must not freeze. Only the latest request's result is shown."""
        self._refresh_timer.stop()
        self._dirty = False
        self._generation += 1
        generation = self._generation
        period = self.period_chooser.period()
        self._load_texts(period, self.scope.currentData())
        if period is None:
            self.summary = None
            chooser = self.period_chooser
            typed = [e.text().strip() for e in (chooser.date_from, chooser.date_to)
                     if e.isVisibleTo(chooser) and not e.has_valid_text()]
            self.range_label.setText(problem_text(Problem("date", ProblemCode.BAD_DATE, {
                "value": typed[0], "format": "dd/mm/yyyy"})) if typed else _tr(
                "Chưa chọn đủ kỳ báo cáo (từ ngày, đến ngày)."))
            self._show(None)
            return
        directive = combo_value(self.scope)
        source = self.ctx.db_path or self.ctx.repo

        def work(_progress: Progress) -> ReportSummary:
            with worker_repository(source) as repo:
                return report_ops.build_summary(repo, period=period, directive=directive)

        def done(summary: ReportSummary) -> None:
            if generation != self._generation or not isValid(self):
                return
            self.summary = summary
            self.range_label.setText(_tr("{range} · {count} hoạt động được ghi trong kỳ").format(
                range=period.range_text[:1].upper() + period.range_text[1:],
                count=vietnamese_number(summary.records)))
            self._show(summary)

        def failed(exc: Exception) -> None:
            if generation != self._generation or not isValid(self):
                return
            self.summary = None
            if isinstance(exc, ValidationError):
                self.range_label.setText(" ".join(problem_line(p) for p in exc.problems))
            else:
                log.error("summary failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
                self.range_label.setText(_tr("Không tính được số liệu tổng hợp ({error}).")
                                         .format(error=type(exc).__name__))
            self._show(None)

        self.range_label.setText(_tr("Đang tính số liệu {range}…").format(
            range=period.range_text))
        self.summary_runner.run(work, title="", on_done=done, on_error=failed,
                                show_dialog=False)

    def _show(self, summary: ReportSummary | None) -> None:
        self.topic_model.set_table(summary.by_topic if summary else None)
        self.unit_model.set_table(summary.by_unit if summary else None)
        self.broadcast_model.set_table(summary.broadcast if summary else None)
        self.tabs.setTabVisible(1, summary is not None and summary.by_unit is not None)
        for view in (self.topic_view, self.unit_view, self.broadcast_view):
            view.resizeColumnsToContents()
            if view.model().columnCount() > 0:
                view.setColumnWidth(0, max(view.columnWidth(0), 260))
                view.setColumnWidth(0, min(view.columnWidth(0), 420))
        self.export_button.setEnabled(summary is not None)
        self.update_preview()

    # -- the parts in words -----------------------------------------------------------------
    def _load_texts(self, period: ReportPeriod | None, directive: str | None) -> None:
        """Show the texts kept for this period and scope (after keeping the ones typed for
        the previous choice)."""
        key = (period.key, directive) if period is not None else None
        if key == self._texts_key:
            return
        self._keep_typed_texts()
        self._texts_key = key
        self._texts_period = period
        narrative = (report_ops.narrative_for(self.ctx.repo, period=period,
                                              directive=directive)
                     if period is not None else Narrative())
        self.texts.set_narrative(narrative)
        self._texts_dirty = False
        self.texts.set_saved(True)
        previous = (report_ops.previous_narrative(self.ctx.repo, period=period,
                                                  directive=directive)
                    if period is not None else None)
        self.texts.previous_button.setEnabled(previous is not None)
        self.texts.previous_button.setToolTip(
            _tr("Chép nội dung đã viết cho kỳ {period} để sửa tiếp.").format(
                period=previous[0]) if previous else _tr("Chưa có kỳ nào trước đây có nội dung."))

    def _keep_typed_texts(self) -> None:
        """Texts typed but not saved are kept when the user turns to another period."""
        if self._texts_dirty and self._texts_period is not None and self._texts_key is not None:
            try:
                self.ctx.apply(report_ops.save_narrative, period=self._texts_period,
                               directive=self._texts_key[1], narrative=self.texts.narrative())
            except ValidationError as exc:
                log.warning("texts not kept: %s", exc.problems)
        self._texts_dirty = False

    def _texts_edited(self) -> None:
        self._texts_dirty = True
        self.texts.set_saved(False)
        self.update_preview()

    def save_texts(self) -> None:
        """Keep the texts of this period's report ("Lưu nội dung")."""
        period = self.period_chooser.period()
        if period is None:
            return
        try:
            self.ctx.apply(report_ops.save_narrative, period=period,
                           directive=self.scope.currentData(),
                           narrative=self.texts.narrative())
        except ValidationError as exc:
            self._show_error("\n".join(problem_line(p) for p in exc.problems))
            return
        self._texts_dirty = False
        self.texts.set_saved(True)
        self.message.emit(_tr("Đã lưu nội dung báo cáo {period}.").format(
            period=period.label))

    def start_from_previous(self) -> None:
        """Copy the texts of the last period that has some ("Lấy nội dung kỳ trước")."""
        period = self.period_chooser.period()
        if period is None:
            return
        previous = report_ops.previous_narrative(self.ctx.repo, period=period,
                                                 directive=self.scope.currentData())
        if previous is None:
            return
        self.texts.set_narrative(previous[1])
        self._texts_edited()

    def update_preview(self) -> None:
        """The document's heading, parts and signature as they will print."""
        repo = self.ctx.repo
        installation = repo.installation()
        period = self.period_chooser.period()
        if installation is None or period is None:
            self.texts.preview.setText(_tr("Chưa thiết lập đơn vị hoặc chưa chọn kỳ báo cáo."))
            return
        directive = repo.directive(self.scope.currentData()) if self.scope.currentData() \
            else None
        summary = self.summary
        document = report_ops.document_texts(
            repo, installation, period=period, directive=directive,
            records=summary.records if summary else 0, number=self.number.value(),
            symbol=self.symbol.text().strip() or report_ops.report_symbol(repo),
            issued_on=self.issued_on.date() or dt.date.today(),
            narrative=self.texts.narrative())
        tables = report_tables(summary, options=report_ops.report_options(installation),
                               extra=report_ops.extra_tables(repo, period)) if summary else ()
        self.texts.show_document(document, tables)

    def _on_changed(self, changes: Changes) -> None:
        if Area.DIRECTIVES in changes.areas:
            self._load_scopes()
        if Area.SETTINGS in changes.areas:
            self._load_settings()
        if Area.REPORTS in changes.areas:
            self.reload_register()
            self._update_number()
        if _REFRESH_AREAS & set(changes.areas):
            self.schedule_refresh()

    # -- export ----------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        period = self.period_chooser.period()
        folder = Preferences().folder(FolderKind.EXPORT)
        if period is None:
            return folder
        return folder / report_ops.default_file_name(self.ctx.repo, period)

    def ask_output_path(self) -> Path | None:
        """The file dialog (tests replace this method)."""
        name, _filter = save_file_name(
            self, _tr("Xuất báo cáo ra Excel"), str(self.suggested_path()),
            _tr("Sổ tính Excel (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def export(self) -> None:
        period = self.period_chooser.period()
        if period is None:
            self._show_error(_tr("Chưa chọn đủ kỳ báo cáo."))
            return
        out = self.ask_output_path()
        if out is None:
            return
        Preferences().set_folder(FolderKind.EXPORT, out.parent)
        directive = combo_value(self.scope)
        number = self.number.value()
        issued_on = self.issued_on.date() or dt.date.today()
        narrative = self.texts.narrative()  # kept with the register line
        symbol = self.symbol.text().strip()
        try:
            if symbol != report_ops.report_symbol(self.ctx.repo):
                self.ctx.apply(report_ops.set_report_symbol, symbol=symbol)
        except ValidationError as exc:
            self._show_error("\n".join(problem_line(p) for p in exc.problems))
            return
        source: Any = self.ctx.db_path if self.ctx.db_path is not None else self.ctx.repo
        texts = {"rows": _tr("Đang ghi các bản ghi…"), "pack": _tr("Đang nén tệp…")}

        def work(progress: Progress) -> report_ops.ExportResult:
            def report(done: int, total: int, stage: str) -> None:
                progress.update(done, total, texts.get(stage, ""))

            try:
                return report_ops.export_report(
                    source, period=period, directive=directive, out=out, progress=report,
                    cancelled=lambda: progress.cancelled, issued_on=issued_on, number=number,
                    narrative=narrative)
            except ExportCancelled:
                raise Cancelled() from None

        self.export_button.setEnabled(False)
        self.runner.run(work, title=_tr("Đang xuất báo cáo…"), on_done=self._exported,
                        on_error=self._export_failed, on_cancel=self._export_cancelled)

    def _exported(self, result: report_ops.ExportResult) -> None:
        self.export_button.setEnabled(True)
        self._texts_dirty = False
        self.texts.set_saved(True)
        entry = result.entry
        self.ctx.announce(result.changes)
        folder = QUrl.fromLocalFile(str(result.path.parent)).toString()
        file = QUrl.fromLocalFile(str(result.path)).toString()
        self.result_label.setText(_tr(
            "Đã xuất báo cáo số <b>{number}</b> ({count} bản ghi) vào <a href=\"{file}\">{path}"
            "</a> — <a href=\"{folder}\">Mở thư mục</a>").format(
                number=entry.number_text, count=vietnamese_number(entry.record_count),
                file=file, path=str(result.path), folder=folder))
        self.message.emit(_tr("Đã xuất báo cáo số {number}.").format(number=entry.number_text))
        self.exported.emit(entry)

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error("\n".join(problem_line(p) for p in exc.problems))
            return
        log.error("export failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
        self._show_error(_tr("Không xuất được báo cáo do lỗi không mong đợi ({error}). Tệp cũ "
                             "(nếu có) vẫn giữ nguyên; hãy thử lại hoặc báo cho người hỗ "
                             "trợ.").format(error=type(exc).__name__))

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.result_label.setText(_tr("Đã hủy xuất báo cáo; không có tệp nào được ghi."))

    def _show_error(self, text: str) -> None:
        self.result_label.setText("")
        QMessageBox.warning(self, _tr("Không xuất được báo cáo"), text)

    # -- register --------------------------------------------------------------------------
    def selected_report(self) -> ReportEntry | None:
        rows = self.register_view.selectionModel().selectedRows()
        return self.register_model.entry(rows[0].row()) if rows else None

    def _update_register_buttons(self) -> None:
        entry = self.selected_report()
        self.open_folder_button.setEnabled(entry is not None)
        self.open_file_button.setEnabled(entry is not None and Path(entry.file_path).is_file())

    def open_folder(self) -> None:
        entry = self.selected_report()
        if entry is not None:
            self._open(Path(entry.file_path).parent)

    def open_file(self) -> None:
        entry = self.selected_report()
        if entry is not None and Path(entry.file_path).is_file():
            self._open(Path(entry.file_path))

    def _open_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def _open(self, path: Path) -> None:
        if not path.exists():
            QMessageBox.information(self, _tr("Không còn tệp"), _tr(
                "Không tìm thấy {path}; tệp có thể đã được chuyển đi hoặc xóa.").format(
                    path=path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
