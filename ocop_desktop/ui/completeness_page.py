"""Tình hình báo cáo: for a period, which units below have reported — on time, late — and
which have not.

The rate comes first, in large type ("17/20 xã đã báo cáo, 2 muộn"), with the deadline;
then one row per child unit, coloured by state. The missing units can be copied to the
clipboard (to paste into a reminder e-mail or a Zalo message) and the whole list exported
to Excel or CSV.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.exchange import ChildState, ChildStatus
from ocop_desktop.domain.periods import ReportPeriod
from ocop_desktop.operations import Area, Changes, exchange, queries
from ocop_desktop.operations.reports import write_table
from ocop_desktop.texts.formats import local_time
from ocop_desktop.texts.problem_texts import child_state_text, completeness_rate_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import save_file_name
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.report.widgets import PeriodChooser
from ocop_desktop.ui.table_models import RowsTableModel

# Text and background of each state: green, amber, red, readable on white.
STATE_COLORS = {
    ChildState.ON_TIME: (QColor("#1b5e20"), QColor("#e8f5e9")),
    ChildState.LATE: (QColor("#8a4b00"), QColor("#fff3e0")),
    ChildState.MISSING: (QColor("#b71c1c"), QColor("#ffebee")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompletenessPage", text)


class CompletenessModel(RowsTableModel[ChildStatus]):
    """One row per child unit of this office (tens or a few hundred)."""

    CODE, NAME, STATE, GENERATED, RECEIVED, RECORDS, ENTERED = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.returned: set[str] = set()  # units whose report was returned, not yet resent

    @property
    def statuses(self) -> list[ChildStatus]:
        return self.rows

    def set_statuses(self, statuses: list[ChildStatus],
                     returned: set[str] | None = None) -> None:
        self.returned = returned or set()
        self.set_rows(statuses)

    @classmethod
    def headers(cls) -> tuple[str, ...]:
        return (_tr("Mã"), _tr("Đơn vị"), _tr("Tình hình"), _tr("Lập báo cáo lúc"),
                _tr("Nhận lúc"), _tr("Số bản ghi"), _tr("Trong đó nhập thay"))

    @staticmethod
    def cells(status: ChildStatus, returned: bool = False) -> tuple[str, ...]:
        state = child_state_text(status.state)
        if returned:  # the inbox returned its report for correction (issue 15)
            state += " — " + _tr("đã trả lại, chờ gửi lại")
        return (status.unit.code, status.unit.name, state,
                local_time(status.generated_at), local_time(status.received_at),
                str(status.records), str(status.entered_here) if status.entered_here else "")

    def cell(self, status: ChildStatus, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(status, status.unit.code in self.returned)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return STATE_COLORS[status.state][0]
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_COLORS[status.state][1]
        if role == Qt.ItemDataRole.FontRole and column == self.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RECORDS,
                                                                      self.ENTERED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and status.file_name:
            return _tr("Tệp {file}").format(file=status.file_name)
        if role == Qt.ItemDataRole.UserRole:
            return status.state.value
        return None


class CompletenessPage(QWidget):
    """Tình hình báo cáo: the rate, the list by unit, copy and export of the missing ones."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("completenessPage")
        installation = queries.installation(ctx.repo)
        self.period_chooser = PeriodChooser(
            self, cutoff_day=installation.period_cutoff_day if installation else 1)
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("rateLabel")
        font = self.rate_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.rate_label.setFont(font)
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("deadlineLabel")
        self.model = CompletenessModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("completenessTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.copy_button = QPushButton(_tr("Chép danh sách chưa báo cáo"), self)
        self.copy_button.setObjectName("copyMissingButton")
        self.export_button = QPushButton(_tr("Xuất danh sách…"), self)
        self.export_button.setObjectName("exportListButton")
        self.note = QLabel(_tr(
            "Đơn vị nào không gửi được báo cáo, văn phòng có thể ghi thay trong Sổ ghi (chọn "
            "đơn vị đó); bản ghi được đánh dấu là do văn phòng nhập thay."), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("enterForChildNote")

        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Kỳ báo cáo:"), self))
        top.addWidget(self.period_chooser, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.period_chooser.changed.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_missing)
        self.export_button.clicked.connect(self.export_list)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def page_shown(self) -> None:
        self.refresh()

    def period(self) -> ReportPeriod | None:
        return self.period_chooser.period()

    def refresh(self) -> None:
        period = self.period()
        statuses = exchange.completeness(self.ctx.repo, period=period) if period else []
        returned: set[str] = set()
        if period is not None and statuses:
            from ocop_desktop.operations.inbox import returned_waiting_resend

            returned = returned_waiting_resend(
                self.ctx.repo, sender_codes=[s.unit.code for s in statuses],
                period_key=period.key)
        self.model.set_statuses(statuses, returned)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(CompletenessModel.NAME,
                                 max(self.view.columnWidth(CompletenessModel.NAME), 220))
        if period is None:
            self.rate_label.setText(_tr("Chưa chọn đủ kỳ báo cáo."))
            self.deadline_label.setText("")
        elif not statuses:
            self.rate_label.setText(_tr("Không có đơn vị cấp dưới trong kỳ này."))
            self.deadline_label.setText(_tr(
                "Danh sách đơn vị cấp dưới lấy từ danh mục đơn vị hành chính và đơn vị đang "
                "dùng phần mềm (Cài đặt)."))
        else:
            self.rate_label.setText(completeness_rate_text(statuses))
            deadline = statuses[0].deadline
            overdue = dt.date.today() > deadline
            self.deadline_label.setText(
                _tr("Kỳ {period}; hạn nộp {deadline} ({when}).").format(
                    period=period.range_text, deadline=f"{deadline:%d/%m/%Y}",
                    when=_tr("đã qua hạn") if overdue else _tr("chưa đến hạn")))
        missing = [s for s in statuses if s.state is ChildState.MISSING]
        self.copy_button.setEnabled(bool(missing))
        self.export_button.setEnabled(bool(statuses))

    def missing_text(self) -> str:
        """The missing units, one per line: what "Chép" puts on the clipboard."""
        period = self.period()
        missing = [s for s in self.model.statuses if s.state is ChildState.MISSING]
        if period is None or not missing:
            return ""
        lines = [_tr("Các đơn vị chưa gửi báo cáo {period} ({count}):").format(
            period=period.label, count=len(missing))]
        lines += [f"{number}. {s.unit.name} ({s.unit.code})"
                  for number, s in enumerate(missing, start=1)]
        return "\n".join(lines)

    def copy_missing(self) -> None:
        text = self.missing_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def ask_export_path(self) -> Path | None:
        """The save dialog (tests replace this method)."""
        period = self.period()
        key = period.key.replace("..", "_") if period else "ky"
        suggested = Preferences().folder(FolderKind.EXPORT) / f"Tinh-hinh-bao-cao-{key}.xlsx"
        name, chosen = save_file_name(
            self, _tr("Xuất danh sách"), str(suggested),
            _tr("Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

    def export_list(self) -> None:
        period = self.period()
        if period is None or not self.model.statuses:
            return
        path = self.ask_export_path()
        if path is None:
            return
        Preferences().set_folder(FolderKind.EXPORT, path.parent)
        title = _tr("Tình hình gửi báo cáo {period}: {rate}").format(
            period=period.label, rate=completeness_rate_text(self.model.statuses))
        try:
            write_table(path, title=title, headers=CompletenessModel.headers(),
                        rows=[CompletenessModel.cells(s, s.unit.code in self.model.returned)
                              for s in self.model.statuses])
        except OSError as exc:
            QMessageBox.warning(self, _tr("Không xuất được danh sách"), _tr(
                "Không ghi được tệp {path}: {error}").format(path=path,
                                                            error=exc.strerror or exc))

    def _on_changed(self, changes: Changes) -> None:
        if changes.areas & {Area.IMPORTS, Area.RECORDS, Area.UNITS, Area.SETTINGS, Area.INBOX}:
            if Area.SETTINGS in changes.areas:
                installation = queries.installation(self.ctx.repo)
                if installation is not None:
                    self.period_chooser.set_cutoff_day(installation.period_cutoff_day)
            self.refresh()
