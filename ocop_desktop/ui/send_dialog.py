""""Gửi…" for a report of the register: recipients, CC, subject and body filled from the
report and the settings (all editable), and the other ways out when mail cannot go.

The report page calls ``open_send_dialog(ctx, report_id, parent)``. "Đưa vào hộp thư đi"
queues the report and lets the background service send it when the line is up; "Lưu bản
sao…" copies the file to a folder or USB drive; "Mở thư mục" shows the file to attach by
hand (webmail, Zalo), and "Đã gửi cách khác…" records that hand-over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import outbox as ob
from ocop_desktop.texts.problem_texts import problem_line
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import existing_directory
from ocop_desktop.ui.form_problems import show_problems
from ocop_desktop.ui.outbox_service import OutboxService
from ocop_desktop.ui.widgets import FieldBox


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} KB"


class SendDialog(QDialog):
    """Send one report: by mail through the outbox, or another way, with proof either way."""

    def __init__(self, ctx: AppContext, report_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report_id = report_id
        self.queued_item: int | None = None
        self.draft = ob.draft_for_report(ctx.repo, report_id=report_id)
        self.setWindowTitle(self.tr("Gửi báo cáo"))
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.to_edit = QLineEdit(", ".join(self.draft.to), self)
        self.to_edit.setPlaceholderText(self.tr("địa chỉ thư; nhiều địa chỉ cách nhau bằng dấu "
                                                "phẩy"))
        self.to_box = FieldBox(self.to_edit, self)
        form.addRow(self.tr("&Gửi tới:"), self.to_box)
        self.cc_edit = QLineEdit(", ".join(self.draft.cc), self)
        self.cc_edit.setPlaceholderText(self.tr("không bắt buộc"))
        self.cc_box = FieldBox(self.cc_edit, self)
        form.addRow(self.tr("Đồng gửi (&CC):"), self.cc_box)
        self.subject_edit = QLineEdit(self.draft.subject, self)
        self.subject_box = FieldBox(self.subject_edit, self)
        form.addRow(self.tr("&Tiêu đề:"), self.subject_box)
        self.body_edit = QPlainTextEdit(self.draft.body, self)
        self.body_edit.setTabChangesFocus(True)
        self.body_box = FieldBox(self.body_edit, self)
        form.addRow(self.tr("&Nội dung:"), self.body_box)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_box = FieldBox(self.file_label, self)
        form.addRow(self.tr("Tệp đính kèm:"), self.file_box)
        layout.addLayout(form)
        self.field_boxes = {"to": self.to_box, "cc": self.cc_box, "subject": self.subject_box,
                            "body": self.body_box, "file": self.file_box}
        self._describe_file()

        other = QHBoxLayout()
        other.addWidget(QLabel(self.tr("Không gửi được thư?"), self))
        self.copy_button = QPushButton(self.tr("&Lưu bản sao…"), self)
        self.copy_button.setToolTip(self.tr("Chép tệp báo cáo ra thư mục khác hoặc ổ USB"))
        self.copy_button.clicked.connect(self.save_copy)
        other.addWidget(self.copy_button)
        self.folder_button = QPushButton(self.tr("&Mở thư mục"), self)
        self.folder_button.setToolTip(self.tr(
            "Mở thư mục chứa tệp để đính kèm bằng tay (webmail, Zalo…)"))
        self.folder_button.clicked.connect(self.open_folder)
        other.addWidget(self.folder_button)
        self.handed_button = QPushButton(self.tr("Đã gửi cách &khác…"), self)
        self.handed_button.setToolTip(self.tr("Ghi nhận báo cáo đã được gửi bằng cách khác"))
        self.handed_button.clicked.connect(self.mark_handed_over)
        other.addWidget(self.handed_button)
        other.addStretch(1)
        layout.addLayout(other)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(self)
        self.queue_button = self.buttons.addButton(self.tr("Đưa vào &hộp thư đi"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.queue_button.setToolTip(self.tr(
            "Thư được gửi ngay khi có mạng; nếu mất mạng, thư chờ và tự gửi sau"))
        self.queue_button.setDefault(True)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        self.buttons.accepted.connect(self.queue)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 520)  # within 1366×768 at 125 % (1093×552 left by the task bar)

    def _describe_file(self) -> None:
        file = self.draft.file
        if not file.is_file():
            self.file_box.show_problem(self.tr(
                "Không tìm thấy tệp {path}: tệp đã bị xóa hoặc chuyển chỗ. Hãy xuất lại báo "
                "cáo.").format(path=file))
            self.file_label.setText(file.name)
            return
        self.file_label.setText(f"{file.name} ({_size_text(file.stat().st_size)})")
        self.file_label.setToolTip(str(file))
        if ob.report_file_changed(self.ctx.repo, report_id=self.report_id):
            self.file_box.show_problem(self.tr(
                "Tệp đã bị sửa sau khi xuất báo cáo; bản gửi đi là tệp như hiện nay."))

    # -- ways out -----------------------------------------------------------------------------
    def queue(self) -> None:
        try:
            item_id, _changes = self.ctx.apply(
                ob.queue_report, report_id=self.report_id, to=self.to_edit.text(),
                cc=self.cc_edit.text(), subject=self.subject_edit.text(),
                body=self.body_edit.toPlainText())
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        self.queued_item = item_id
        OutboxService.of(self.ctx).run()
        self.accept()

    def _show_problems(self, problems: list[Problem]) -> None:
        if "file" not in show_problems(self.field_boxes, problems).fields:
            self._describe_file()  # the file's own notice, cleared with the other problems
        self._say(self.tr("Chưa gửi: ") + problem_line(problems[0]), error=True)

    def save_copy(self, folder: str | None = None) -> Path | None:
        if folder is None:
            folder = existing_directory(
                self, self.tr("Chọn thư mục hoặc ổ USB để lưu bản sao"))
            if not folder:
                return None
        try:
            target, _changes = self.ctx.apply(ob.save_copy, report_id=self.report_id,
                                              folder=Path(folder))
        except ValidationError as exc:
            self._say(problem_line(exc.problems[0]), error=True)
            return None
        self._say(self.tr("Đã lưu bản sao: {path}. Báo cáo được ghi là đã bàn giao.").format(
            path=target))
        return target

    def open_folder(self) -> None:
        folder = self.draft.file.parent
        if not folder.is_dir():
            self._say(self.tr("Không tìm thấy thư mục {path}.").format(path=folder), error=True)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self._say(self.tr("Sau khi gửi tệp bằng cách khác, bấm “Đã gửi cách khác…” để ghi "
                          "nhận."))

    def mark_handed_over(self, to: str | None = None) -> bool:
        if to is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Đã gửi cách khác"),
                self.tr("Đã gửi cho ai, bằng cách nào? (ví dụ: Zalo nhóm Phòng Văn hóa)"),
                QLineEdit.EchoMode.Normal, self.to_edit.text())
            if not ok:
                return False
            to = text
        try:
            self.ctx.apply(ob.mark_handed_over, report_id=self.report_id, to=to)
        except ValidationError as exc:
            self._say(problem_line(exc.problems[0]), error=True)
            return False
        self._say(self.tr("Đã ghi nhận: báo cáo đã gửi cho {to}.").format(to=to.strip()))
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("QLabel { color: %s; }" %
                                         ("#b71c1c" if error else "#1b5e20"))
        self.message_label.setText(text)
        self.message_label.show()


def open_send_dialog(ctx: AppContext, report_id: int,
                     parent: QWidget | None = None) -> SendDialog | None:
    """Open "Gửi…" for a report (non-modal); None with a message if it is not in the register."""
    try:
        dialog = SendDialog(ctx, report_id, parent)
    except ValidationError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("SendDialog", "Gửi báo cáo"),
                            problem_line(exc.problems[0]))
        return None
    dialog.open()
    return dialog


def add_send_button(page: QWidget, ctx: AppContext) -> QPushButton:
    """Put "Gửi…" first in the report register's row of buttons (``ReportPage``'s
    ``register_buttons``), enabled while a report is selected."""
    button = QPushButton(QCoreApplication.translate("SendDialog", "&Gửi…"), page)
    button.setObjectName("sendReportButton")
    button.setToolTip(QCoreApplication.translate(
        "SendDialog", "Gửi báo cáo đã chọn lên cấp trên qua thư điện tử (tự gửi khi có "
        "mạng), hoặc lưu bản sao ra USB"))
    selected = page.selected_report  # type: ignore[attr-defined]

    def update() -> None:
        button.setEnabled(selected() is not None)

    def send() -> None:
        entry = selected()
        if entry is not None and entry.id is not None:
            open_send_dialog(ctx, entry.id, page)

    button.clicked.connect(send)
    page.register_buttons.insertWidget(0, button)  # type: ignore[attr-defined]
    page.register_view.selectionModel().selectionChanged.connect(  # type: ignore[attr-defined]
        lambda *_: update())
    page.register_view.model().modelReset.connect(update)  # type: ignore[attr-defined]
    update()
    return button
