"""Hộp thư đến: reports that arrived by email, checked like an import preview, waiting for
"Nhận và nhập" or "Trả lại…"; everything else listed as ignored with its reason.

A banner says where things stand; "Kiểm tra thư mới" fetches now (in the background, like
the timer of ``InboxService``). The detail under the table shows the message (sender,
subject, date, and its text as PLAIN text: mail is untrusted, nothing is rendered as HTML)
and, for a waiting report, its import preview computed afresh in a worker thread: the same
checks, counts, conflicts and problems as the "Nhập báo cáo" page shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.exchange import ExchangeError, ImportOutcome, ImportProblem
from ocop_desktop.domain.exchange import ImportProblemCode as P
from ocop_desktop.domain.inbox import InboxItem, InboxState
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations import inbox as ib
from ocop_desktop.texts.formats import local_time
from ocop_desktop.texts.problem_texts import (
    conflict_text,
    ignore_reason_text,
    import_problem_line,
    import_problem_text,
    inbox_state_text,
    inbox_warning_text,
    problem_line,
    signer_state_text,
)
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.inbox_service import InboxService
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.tasks import Progress, TaskRunner
from ocop_desktop.ui.widgets import Tone, row_table, set_banner

_COLORS = {
    InboxState.WAITING: QColor("#0d47a1"),
    InboxState.ACCEPTED: QColor("#1b5e20"),
    InboxState.RETURNED: QColor("#b71c1c"),
    InboxState.IGNORED: QColor("#616161"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxPage", text)


def _plain_label(parent: QWidget, name: str) -> QLabel:
    """A label for text that came by mail: never interpreted as rich text."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def item_summary(item: InboxItem) -> str:
    """The last column: what the preview says, the reason it was ignored, or the decision."""
    if item.state is InboxState.IGNORED:
        return ignore_reason_text(item)
    if item.problems:
        try:
            code = P(item.problems[0])
        except ValueError:
            return item.problems[0]
        text = import_problem_text(ImportProblem(code, item.file_name, value=item.sender_code,
                                                 params={"name": item.sender_name}))
        return _tr("Không nhập được: ") + text
    counts = _tr("{new} mới, {changed} thay đổi, {unchanged} không đổi, {removed} xóa").format(
        new=item.new, changed=item.changed, unchanged=item.unchanged, removed=item.removed)
    if item.state is InboxState.RETURNED:
        return _tr("Trả lại lúc {at}: {reason}").format(at=local_time(item.decided_at),
                                                         reason=item.return_reason)
    if item.state is InboxState.ACCEPTED:
        return _tr("Đã nhập lúc {at}: {counts}").format(at=local_time(item.decided_at),
                                                        counts=counts)
    if item.warnings:
        counts += " — " + _tr("cần xem: ") + "; ".join(
            inbox_warning_text(w) for w in item.warnings)
    return counts


class InboxModel(RowsTableModel[InboxItem]):
    """Everything fetched, newest first (a year of a district's mail is a few thousand)."""

    ID, STATE, FROM, SUBJECT, DATE, FILE, SENDER, PERIOD, SUMMARY = range(9)

    def headers(self) -> list[str]:
        return [_tr("Số"), _tr("Trạng thái"), _tr("Người gửi"), _tr("Tiêu đề thư"),
                _tr("Ngày gửi"), _tr("Tệp"), _tr("Đơn vị gửi"), _tr("Kỳ"),
                _tr("Kết quả kiểm tra, lý do")]

    def cell(self, item: InboxItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.ID: item.id, self.STATE: inbox_state_text(item.state),
                self.FROM: item.from_addr, self.SUBJECT: item.subject,
                self.DATE: local_time(item.sent_at), self.FILE: item.file_name,
                self.SENDER: item.sender_name or item.sender_code,
                self.PERIOD: item.period_key, self.SUMMARY: item_summary(item)}
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SUMMARY:
                return item_summary(item)
            if column == self.SUBJECT:
                return item.subject
            if column == self.ID:
                return _tr("Mã thư (Message-ID): {mid}").format(mid=item.message_id)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QBrush(_COLORS[item.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReturnDialog(QDialog):
    """"Trả lại…": the reason the sender will read (pre-filled with the preview's refusal)."""

    def __init__(self, item: InboxItem, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("return_dialog")
        self.setWindowTitle(self.tr("Trả lại báo cáo"))
        layout = QVBoxLayout(self)
        intro = _plain_label(self, "return_intro")
        intro.setText(self.tr(
            "Báo cáo “{file}” của {sender} sẽ không được nhập. Lý do dưới đây được gửi tới "
            "{to} qua hộp thư đi để đơn vị sửa và gửi lại.").format(
                file=item.file_name, sender=item.sender_name or item.from_addr,
                to=item.reply_to or item.from_addr))
        layout.addWidget(intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("return_reason")
        self.reason.setPlainText(suggestion)
        self.reason.setPlaceholderText(self.tr("Ví dụ: Thiếu số liệu buổi phát ngày 21/6."))
        layout.addWidget(self.reason, 1)
        self.problem = _plain_label(self, "return_problem")
        self.problem.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Trả lại"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def text(self) -> str:
        return self.reason.toPlainText()


class InboxPage(QWidget):
    """Hộp thư đến: the list, the detail of the selected item, accept and return."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_page")
        self.ctx = ctx
        self.service = InboxService.of(ctx)
        self.runner = TaskRunner(self)
        self._preview_for: int | None = None
        self.previews: dict[int, Any] = {}
        layout = QVBoxLayout(self)

        banner_row = QHBoxLayout()
        self.banner = _plain_label(self, "inbox_banner")
        banner_row.addWidget(self.banner, 1)
        self.fetch_button = QPushButton(self.tr("&Kiểm tra thư mới"), self)
        self.fetch_button.setObjectName("fetch_button")
        self.fetch_button.setToolTip(self.tr(
            "Đọc thư mới trong hộp thư ngay bây giờ (thư không bị xóa hay đánh dấu đã đọc)"))
        self.fetch_button.clicked.connect(self.fetch_now)
        banner_row.addWidget(self.fetch_button)
        self.settings_button = QPushButton(self.tr("Cài đặt &hộp thư…"), self)
        self.settings_button.clicked.connect(self.open_settings)
        banner_row.addWidget(self.settings_button)
        layout.addLayout(banner_row)

        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("&Xem:"), self))
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("state_filter")
        self.state_combo.addItem(self.tr("Tất cả"), "")
        for state in (InboxState.WAITING, InboxState.IGNORED, InboxState.ACCEPTED,
                      InboxState.RETURNED):
            self.state_combo.addItem(inbox_state_text(state), state.value)
        filter_row.itemAt(0).widget().setBuddy(self.state_combo)  # type: ignore[union-attr]
        self.state_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filter_row.addWidget(self.state_combo)
        filter_row.addStretch(1)
        self.accept_button = QPushButton(self.tr("&Nhận và nhập"), self)
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setToolTip(self.tr(
            "Nhập số liệu của báo cáo và gửi thư báo đã nhận cho đơn vị gửi"))
        self.accept_button.clicked.connect(self.accept_selected)
        filter_row.addWidget(self.accept_button)
        self.return_button = QPushButton(self.tr("&Trả lại…"), self)
        self.return_button.setObjectName("return_button")
        self.return_button.setToolTip(self.tr(
            "Không nhập; gửi lý do cho đơn vị gửi để sửa và gửi lại"))
        self.return_button.clicked.connect(self.return_selected)
        filter_row.addWidget(self.return_button)
        layout.addLayout(filter_row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = InboxModel(self)
        self.table = row_table(self.model, splitter, "inbox_table")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)

        # Under the table: the message and the check on the left, the letter on the right.
        detail = QSplitter(Qt.Orientation.Horizontal, splitter)
        info_area = QScrollArea(detail)
        info_area.setWidgetResizable(True)
        info_area.setFrameShape(QScrollArea.Shape.NoFrame)
        info = QWidget(info_area)
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 4, 8, 0)
        self.message_label = _plain_label(info, "inbox_message")
        info_layout.addWidget(self.message_label)
        self.preview_label = _plain_label(info, "inbox_preview")
        self.preview_label.setStyleSheet("QLabel#inbox_preview { padding-top: 6px; }")
        info_layout.addWidget(self.preview_label)
        info_layout.addStretch(1)
        info_area.setWidget(info)
        detail.addWidget(info_area)
        self.body_view = QPlainTextEdit(detail)  # plain text only: mail is untrusted
        self.body_view.setObjectName("inbox_body")
        self.body_view.setReadOnly(True)
        self.body_view.setPlaceholderText(self.tr("(thư không có nội dung chữ)"))
        detail.addWidget(self.body_view)
        info_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail.setChildrenCollapsible(False)
        detail.setSizes([520, 600])  # proportions; kept as the page grows
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter, 1)
        self.empty_label = QLabel(self.tr(
            "Chưa có thư nào. Báo cáo các đơn vị gửi qua thư điện tử sẽ hiện ở đây sau khi "
            "kiểm tra thư mới."), self)
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        ctx.changed.connect(self._on_changed)
        self.service.state_changed.connect(self.refresh_banner)
        self.refresh()
        self.service.start()

    # -- refreshing -------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.areas & {Area.INBOX, Area.SETTINGS, Area.IMPORTS}:
            self.previews.clear()
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_item()
        value = self.state_combo.currentData()
        states = [InboxState(value)] if value else None
        self.model.set_rows(ib.inbox_items(self.ctx.repo, states=states))
        self.empty_label.setVisible(not self.model.rows)
        self._fit_columns()
        if selected is not None:
            for row, item in enumerate(self.model.rows):
                if item.id == selected.id:
                    self.table.selectRow(row)
                    break
        self._show_detail()
        self.refresh_banner()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        caps = {InboxModel.SUBJECT: 260, InboxModel.FROM: 220, InboxModel.FILE: 220,
                InboxModel.SENDER: 180}
        for column, cap in caps.items():
            if self.table.columnWidth(column) > cap:
                self.table.setColumnWidth(column, cap)

    def refresh_banner(self) -> None:
        service = self.service
        tone = Tone.BUSY if service.fetching else \
            Tone.WAITING if service.waiting_count() else Tone.OK
        set_banner(self.banner, service.status_text(), tone)
        self.fetch_button.setEnabled(not service.fetching)

    # -- the selected item ------------------------------------------------------------------
    def selected_item(self) -> InboxItem | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == item_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        item = self.selected_item()
        waiting = item is not None and item.state is InboxState.WAITING
        self.accept_button.setEnabled(waiting and item is not None and item.importable)
        self.return_button.setEnabled(waiting)
        if item is None:
            self.message_label.setText("")
            self.preview_label.setText("")
            self.body_view.setPlainText("")
            return
        lines = [_tr("Từ: {sender}").format(sender=item.from_addr or _tr("(không rõ)")),
                 _tr("Tiêu đề: {subject}").format(subject=item.subject),
                 _tr("Ngày gửi: {date}").format(date=local_time(item.sent_at) or "—")]
        if item.file_name:
            lines.append(_tr("Tệp: {file} ({size} byte)").format(
                file=item.file_name, size=f"{item.file_size:,}".replace(",", ".")))
        self.message_label.setText("\n".join(lines))
        self.body_view.setPlainText(item.body)
        if waiting:
            preview = self.previews.get(item.id)
            if preview is None:
                self.preview_label.setText(_tr("Đang kiểm tra tệp như khi xem trước lúc "
                                               "nhập…"))
                self._start_preview(item)
            else:
                self.preview_label.setText(self.preview_text(item, preview))
        else:
            self.preview_label.setText(item_summary(item))

    def _start_preview(self, item: InboxItem) -> None:
        db_path = self.ctx.db_path
        if db_path is None:  # in-memory database (tests): read it here
            self.previews[item.id] = ib.item_preview(self.ctx.repo, item_id=item.id)
            self.preview_label.setText(self.preview_text(item, self.previews[item.id]))
            return
        if self._preview_for == item.id:
            return
        self._preview_for = item.id
        item_id = item.id

        def work(_progress: Progress) -> Any:
            with queries.worker_session(Path(db_path)) as repo:
                return ib.item_preview(repo, item_id=item_id)

        def done(preview: Any) -> None:
            self._preview_for = None
            self.previews[item_id] = preview
            current = self.selected_item()
            if current is not None and current.id == item_id:
                self.preview_label.setText(self.preview_text(current, preview))

        def failed(exc: Exception) -> None:
            self._preview_for = None
            self.preview_label.setText(_tr("Không kiểm tra được tệp: {error}").format(error=exc))

        self.runner.run(work, title=self.tr("Kiểm tra báo cáo"), on_done=done,
                        on_error=failed, show_dialog=False)

    @staticmethod
    def preview_text(item: InboxItem, preview: Any) -> str:
        """The import preview of a waiting report, as the "Nhập báo cáo" page words it."""
        if preview is None:
            return item_summary(item)
        lines = [_tr("Báo cáo số {number} của {sender} ({code}), kỳ {period}; lập lúc "
                     "{at}.").format(number=preview.report_number or "—",
                                     sender=preview.sender_name or item.sender_name,
                                     code=preview.sender_code, period=preview.period_key,
                                     at=local_time(preview.generated_at))]
        if preview.signer_state is not None:
            lines.append(_tr("Chữ ký: {signer}").format(signer=signer_state_text(
                preview.signer_state, preview.signer_fingerprint)))
        if preview.outcome is ImportOutcome.REFUSED:
            lines.append(_tr("Không nhập được báo cáo này:"))
            lines.extend("• " + import_problem_line(p) for p in preview.problems[:10])
            if len(preview.problems) > 10:
                lines.append(_tr("… và {n} lỗi khác").format(n=len(preview.problems) - 10))
            return "\n".join(lines)
        lines.append(_tr("Nếu nhận: {new} bản ghi mới, {changed} thay đổi, {unchanged} không "
                         "đổi, {removed} bị xóa.").format(
            new=preview.new, changed=preview.changed, unchanged=preview.unchanged,
            removed=preview.removed))
        if preview.new_topics:
            lines.append(_tr("Chủ đề mới được tạo: {topics}").format(
                topics=", ".join(t.name for t in preview.new_topics)))
        for warning in ib.preview_warnings(preview):
            lines.append("⚠ " + inbox_warning_text(warning))
        lines.extend("• " + conflict_text(c) for c in preview.conflicts[:5])
        return "\n".join(lines)

    # -- actions ----------------------------------------------------------------------------
    def fetch_now(self) -> None:
        self.service.fetch_now()
        self.refresh_banner()

    def accept_selected(self) -> None:
        item = self.selected_item()
        if item is None or not item.importable:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = ib.accept_item(self.ctx.repo, item_id=item.id)
        except ValidationError as exc:
            self._warn(problem_line(exc.problems[0]))
            return
        except ExchangeError as exc:
            self._warn(_tr("Không nhận được báo cáo: ") + "\n" + "\n".join(
                import_problem_line(p) for p in exc.problems[:10]))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.announce(result.changes)
        self.select_item(item.id)

    def return_selected(self, *, reason: str | None = None) -> bool:
        """Ask for the reason (``reason`` given: no dialog, for tests), then return."""
        item = self.selected_item()
        if item is None or item.state is not InboxState.WAITING:
            return False
        if reason is None:
            dialog = ReturnDialog(item, self._suggested_reason(item), self)
            while True:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                try:
                    self.ctx.apply(self._return, item_id=item.id, reason=dialog.text())
                except ValidationError as exc:
                    dialog.problem.setText(problem_line(exc.problems[0]))
                    continue
                return True
        try:
            self.ctx.apply(self._return, item_id=item.id, reason=reason)
        except ValidationError as exc:
            self._warn(problem_line(exc.problems[0]))
            return False
        return True

    @staticmethod
    def _return(repo: queries.Repository, *, item_id: int, reason: str) -> Changes:
        _outbox_id, changes = ib.return_item(repo, item_id=item_id, reason=reason)
        return changes

    def _suggested_reason(self, item: InboxItem) -> str:
        preview = self.previews.get(item.id)
        if preview is not None and preview.problems:
            return "\n".join(import_problem_line(p) for p in preview.problems[:5])
        if item.problems:
            return item_summary(item)
        return ""

    def open_settings(self) -> None:
        from ocop_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.window(), page="inbox")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hộp thư đến"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
