"""The outbox page: what waits, what went, and why something did not.

A banner says in one line where things stand ("đang chờ kết nối" while the line is down);
the table lists every item with its state, attempts and the reason in plain Vietnamese, and
"Gửi ngay" / "Hủy" on each waiting item; the second tab is the sent log (the proof: who
received which file when, its Message-ID and hash). Sending itself is done by
``OutboxService`` in the background; this page only shows and asks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.outbox import Delivery, DeliveryMethod, OutboxItem, OutboxStatus
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes
from ocop_desktop.operations import outbox as ob
from ocop_desktop.texts.formats import local_time
from ocop_desktop.texts.problem_texts import outbox_status_text, problem_line, send_error_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.outbox_service import OutboxService
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import Tone, row_table, set_banner

_COLORS = {
    OutboxStatus.SENT: QColor("#1b5e20"),
    OutboxStatus.FAILED: QColor("#b71c1c"),
    OutboxStatus.SENDING: QColor("#0d47a1"),
    OutboxStatus.CANCELLED: QColor("#616161"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxPage", text)


def status_label(item: OutboxItem) -> str:
    """The state as the operator reads it; a queued item with an error is "waiting to retry"."""
    if item.status is OutboxStatus.QUEUED and item.error_code is not None:
        return _tr("Chờ gửi lại")
    return outbox_status_text(item.status)


def time_label(item: OutboxItem, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    if item.status is OutboxStatus.SENT and item.sent_at:
        return _tr("Đã gửi lúc {at}").format(at=local_time(item.sent_at))
    if item.status is OutboxStatus.QUEUED and item.next_attempt_at and item.attempts and \
            dt.datetime.fromisoformat(item.next_attempt_at) > now:
        return _tr("Thử lại lúc {at}").format(at=local_time(item.next_attempt_at))
    return _tr("Đưa vào lúc {at}").format(at=local_time(item.created_at))


class OutboxModel(RowsTableModel[OutboxItem]):
    """Every outbox item, oldest first (an outbox holds tens of items, not millions)."""

    ID, STATUS, TO, FILE, ATTEMPTS, REASON, TIME, ACTIONS = range(8)

    def headers(self) -> list[str]:
        return [_tr("Số"), _tr("Trạng thái"), _tr("Gửi tới"), _tr("Tệp"),
                _tr("Lần thử"), _tr("Lý do, ghi chú"), _tr("Thời gian"), ""]

    @property
    def items(self) -> list[OutboxItem]:
        return self.rows

    def set_items(self, items: list[OutboxItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> OutboxItem:
        return self.rows[row]

    def cell(self, item: OutboxItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                return item.file_path
            if column == self.REASON and item.error_code is not None:
                text = send_error_text(item.error_code)
                if item.error_detail:
                    text += "\n\n" + _tr("Chi tiết kỹ thuật: {detail}").format(
                        detail=item.error_detail)
                return text
            if column == self.TO:
                return "\n".join(item.recipients) + "\n\n" + item.subject
            if column == self.ID:
                return _tr("Mã thư (Message-ID): {mid}").format(mid=item.message_id)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            color = _COLORS.get(item.status)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ID, self.ATTEMPTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: OutboxItem, column: int) -> str | int | None:
        if column == self.ID:
            return item.id
        if column == self.STATUS:
            return status_label(item)
        if column == self.TO:
            text = ", ".join(item.to)
            return text + (_tr(" (CC: {cc})").format(cc=", ".join(item.cc)) if item.cc else "")
        if column == self.FILE:
            return item.file_name
        if column == self.ATTEMPTS:
            return item.attempts
        if column == self.REASON:
            return send_error_text(item.error_code) if item.error_code else ""
        if column == self.TIME:
            return time_label(item)
        return None


class OutboxPage(QWidget):
    """Hộp thư đi: the queue, the banner, and the sent log."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_page")
        self.ctx = ctx
        self.service = OutboxService.of(ctx)
        layout = QVBoxLayout(self)

        banner_row = QHBoxLayout()
        self.banner = QLabel(self)
        self.banner.setObjectName("outbox_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_row.addWidget(self.banner, 1)
        self.send_all_button = QPushButton(self.tr("&Gửi tất cả ngay"), self)
        self.send_all_button.setToolTip(self.tr(
            "Thử gửi ngay mọi thư đang chờ hoặc chưa gửi được, không đợi đến lượt"))
        self.send_all_button.clicked.connect(self.send_all_now)
        banner_row.addWidget(self.send_all_button)
        self.settings_button = QPushButton(self.tr("Cài đặt &thư…"), self)
        self.settings_button.setToolTip(self.tr("Máy chủ thư, tên đăng nhập, mật khẩu"))
        self.settings_button.clicked.connect(self.open_mail_settings)
        banner_row.addWidget(self.settings_button)
        layout.addLayout(banner_row)

        self.tabs = QTabWidget(self)
        self.model = OutboxModel(self)
        self.table = row_table(self.model, self, "outbox_table")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutboxModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr(
            "Hộp thư đi trống. Để gửi một báo cáo, mở trang Báo cáo, chọn báo cáo và bấm "
            "“Gửi…”."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("hint")
        queue_tab = QWidget(self)
        queue_layout = QVBoxLayout(queue_tab)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.table, 1)
        queue_layout.addWidget(self.empty_label)
        self.tabs.addTab(queue_tab, self.tr("Hộp thư đi"))

        self.log_table = QTableWidget(0, 6, self)
        self.log_table.setObjectName("sent_log_table")
        self.log_table.setHorizontalHeaderLabels([
            self.tr("Thời gian"), self.tr("Cách gửi"), self.tr("Người nhận, nơi lưu"),
            self.tr("Tệp"), self.tr("Mã thư (Message-ID)"), self.tr("Mã kiểm tra tệp (SHA-256)")])
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.verticalHeader().hide()
        self.log_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.log_table, self.tr("Nhật ký đã gửi"))
        layout.addWidget(self.tabs, 1)

        ctx.changed.connect(self._on_changed)
        self.service.state_changed.connect(self.refresh_banner)
        self.refresh()
        self.service.start()

    # -- refreshing -------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if Area.OUTBOX in changes.areas or Area.SETTINGS in changes.areas:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_item()
        self.model.set_items(ob.outbox_items(self.ctx.repo))
        self._add_row_buttons()
        self.empty_label.setVisible(not self.model.items)
        if selected is not None:
            for row, item in enumerate(self.model.items):
                if item.id == selected.id:
                    self.table.selectRow(row)
        self._fill_log(ob.deliveries(self.ctx.repo))
        self.refresh_banner()

    def refresh_banner(self) -> None:
        service = self.service
        text = service.status_text()
        blocking = service.blocking_error()
        tone = Tone.OK
        if service.offline and service.unsent_count():
            text = self.tr("Đang chờ kết nối: chưa có mạng hoặc chưa tới được máy chủ thư. "
                           "Thư sẽ tự gửi khi có mạng.")
            tone = Tone.WAITING
        elif blocking is not None:
            text = send_error_text(blocking)
            tone = Tone.PROBLEM
        elif service.sending:
            tone = Tone.BUSY
        elif service.unsent_count():
            tone = Tone.WAITING
        set_banner(self.banner, text, tone)
        self.send_all_button.setEnabled(not service.sending and service.unsent_count() > 0)

    def _add_row_buttons(self) -> None:
        for row, item in enumerate(self.model.items):
            if item.status not in (OutboxStatus.QUEUED, OutboxStatus.FAILED):
                continue
            cell = QWidget(self.table)
            row_layout = QHBoxLayout(cell)
            row_layout.setContentsMargins(2, 0, 2, 0)
            row_layout.setSpacing(4)
            send = QPushButton(self.tr("Gửi ngay"), cell)
            send.setObjectName(f"send_now_{item.id}")
            send.clicked.connect(lambda _checked=False, i=item.id: self.send_now(i))
            cancel = QPushButton(self.tr("Hủy"), cell)
            cancel.setObjectName(f"cancel_{item.id}")
            cancel.clicked.connect(lambda _checked=False, i=item.id: self.cancel(i))
            row_layout.addWidget(send)
            row_layout.addWidget(cancel)
            self.table.setIndexWidget(self.model.index(row, OutboxModel.ACTIONS), cell)

    def _fill_log(self, deliveries: list[Delivery]) -> None:
        methods = {DeliveryMethod.EMAIL: self.tr("Thư điện tử"),
                   DeliveryMethod.COPY: self.tr("Lưu bản sao"),
                   DeliveryMethod.HAND: self.tr("Gửi cách khác")}
        rows = list(reversed(deliveries))  # newest first
        self.log_table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            where = entry.recipients if entry.method is not DeliveryMethod.COPY else \
                entry.destination or ""
            if entry.note:
                where += f" — {entry.note}"
            values = [local_time(entry.at), methods[entry.method], where, entry.file_name,
                      entry.message_id or "", entry.file_sha256]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.log_table.setItem(row, column, cell)

    # -- actions ----------------------------------------------------------------------------
    def selected_item(self) -> OutboxItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        return self.model.item(rows[0].row()) if rows else None

    def send_all_now(self) -> None:
        self.service.send_all_now()
        self.refresh_banner()

    def send_now(self, item_id: int) -> None:
        try:
            self.ctx.apply(ob.send_now, item_id=item_id)
        except ValidationError as exc:
            self._warn(problem_line(exc.problems[0]))
            return
        self.service.send_item_now(item_id)
        self.refresh_banner()

    def cancel(self, item_id: int, *, confirm: bool = True) -> bool:
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Hủy thư"),
                self.tr("Hủy thư số {id}? Thư sẽ không được gửi; báo cáo vẫn còn nguyên trong "
                        "sổ báo cáo để gửi lại sau.").format(id=item_id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.ctx.apply(ob.cancel_item, item_id=item_id)
        except ValidationError as exc:
            self._warn(problem_line(exc.problems[0]))
            return False
        return True

    def open_mail_settings(self) -> None:
        try:
            from ocop_desktop.ui.settings_dialog import SettingsDialog
        except ModuleNotFoundError:  # pragma: no cover - the dialog ships with the app
            return
        dialog = SettingsDialog(self.ctx, self.window(), page="mail")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Hộp thư đi"), text)
