"""Settings → "Hộp thư đến": the mailbox (IMAP) the inbox reads reports and replies from.

Server, port, security, user name and folder are kept in the data file; the password only
in the operating system's credential store, like the outbox's SMTP password (the same
helpers store and read it). "Kiểm tra kết nối" logs in for real in a worker thread and
explains a failure in plain Vietnamese. ``OCOP_IMAP_*`` variables override the saved values,
which the page says when they are set.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.inbox import (
    DEFAULT_FOLDER,
    DEFAULT_IMAP_PORTS,
    FetchErrorCode,
    ImapSettings,
)
from ocop_desktop.domain.outbox import Security
from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import inbox as ib
from ocop_desktop.operations import outbox as ob
from ocop_desktop.texts.problem_texts import fetch_error_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.form_problems import clear_problems, show_problems
from ocop_desktop.ui.settings_page import SettingsPage, SettingsState
from ocop_desktop.ui.tasks import Progress, TaskRunner
from ocop_desktop.ui.widgets import FieldBox


class InboxSettingsPage(SettingsPage):
    """Máy chủ thư đến (IMAP), bảo mật, đăng nhập, thư mục, tự động nhận."""

    NAME = "inbox"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Hộp thư đến đọc báo cáo các đơn vị gửi lên (và thư trả lời của cấp trên) từ hộp "
            "thư cơ quan qua IMAP. Thư không bị xóa, chỉ được đánh dấu. Ví dụ Gmail: "
            "imap.gmail.com, SSL/TLS, cổng 993, dùng “mật khẩu ứng dụng”. Bỏ trống nếu không "
            "nhận thư trên máy này."), self)
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        server_group = QGroupBox(self.tr("Máy chủ"), self)
        server_form = QFormLayout(server_group)
        self.host_edit = QLineEdit(server_group)
        self.host_edit.setObjectName("imap_host")
        self.host_edit.setPlaceholderText("imap.example.gov.vn")
        self.host_box = FieldBox(self.host_edit, server_group)
        server_form.addRow(self.tr("Máy chủ thư đến (&IMAP):"), self.host_box)
        self.security_combo = QComboBox(server_group)
        self.security_combo.addItem(self.tr("SSL/TLS (thường dùng cổng 993)"), Security.SSL.value)
        self.security_combo.addItem(self.tr("STARTTLS (thường dùng cổng 143)"),
                                    Security.STARTTLS.value)
        self.security_combo.addItem(self.tr("Không mã hóa (chỉ dùng trong mạng nội bộ)"),
                                    Security.NONE.value)
        server_form.addRow(self.tr("&Bảo mật:"), self.security_combo)
        self.port_spin = QSpinBox(server_group)
        self.port_spin.setRange(1, 65535)
        self.port_box = FieldBox(self.port_spin, server_group)
        server_form.addRow(self.tr("&Cổng:"), self.port_box)
        layout.addWidget(server_group)

        account_group = QGroupBox(self.tr("Tài khoản"), self)
        account_form = QFormLayout(account_group)
        self.user_edit = QLineEdit(account_group)
        self.user_edit.setObjectName("imap_user")
        self.user_edit.setPlaceholderText(self.tr("thường là địa chỉ thư, ví dụ "
                                                  "vhtt@example.gov.vn"))
        self.user_box = FieldBox(self.user_edit, account_group)
        account_form.addRow(self.tr("Tên đăng &nhập:"), self.user_box)
        self.password_edit = QLineEdit(account_group)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("để trống nếu không đổi mật khẩu đã lưu"))
        self.password_box = FieldBox(self.password_edit, account_group)
        account_form.addRow(self.tr("&Mật khẩu:"), self.password_box)
        self.folder_edit = QLineEdit(account_group)
        self.folder_edit.setPlaceholderText(DEFAULT_FOLDER)
        self.folder_box = FieldBox(self.folder_edit, account_group)
        account_form.addRow(self.tr("&Thư mục thư:"), self.folder_box)
        self.field_boxes = {"imap_host": self.host_box, "imap_port": self.port_box,
                            "imap_user": self.user_box, "imap_password": self.password_box,
                            "imap_folder": self.folder_box}
        self.password_note = QLabel(self.tr(
            "Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không lưu trong tệp dữ "
            "liệu."), account_group)
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("hint")
        account_form.addRow(self.password_note)
        layout.addWidget(account_group)

        self.auto_accept = QCheckBox(self.tr(
            "Tự động nhận báo cáo không có cảnh báo (nhập số liệu và gửi thư báo đã nhận)"),
            self)
        self.auto_accept.setObjectName("auto_accept")
        layout.addWidget(self.auto_accept)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Kiểm tra kết nối"), self)
        self.test_button.setObjectName("imap_test_button")
        self.test_button.setToolTip(self.tr(
            "Kết nối, đăng nhập thử và mở thư mục thư (không đọc thư nào)"))
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("imap_test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.test_result)
        self.env_note = QLabel(self)
        self.env_note.setWordWrap(True)
        self.env_note.setObjectName("hint")
        layout.addWidget(self.env_note)
        layout.addStretch(1)

        self.runner = TaskRunner(self)
        self._stored = ImapSettings()
        self._last_security = Security.SSL
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.last_check: ib.InboxCheck | None = None

    def title(self) -> str:
        return self.tr("Hộp thư đến")

    # -- the contract -----------------------------------------------------------------------
    def load(self, state: SettingsState) -> None:
        stored = ib.stored_imap_settings(self.ctx.repo)
        self._stored = stored
        self.host_edit.setText(stored.host)
        security = stored.security
        self._last_security = security
        self.security_combo.setCurrentIndex(self.security_combo.findData(security.value))
        self.port_spin.setValue(stored.port)
        self.user_edit.setText(stored.user)
        self.folder_edit.setText(stored.folder if stored.folder != DEFAULT_FOLDER else "")
        self.auto_accept.setChecked(stored.auto_accept)
        self.password_edit.clear()
        if not ob.keyring_available():
            self.password_note.setText(self.tr(
                "Máy này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. "
                "Khi chạy bằng lệnh, đặt mật khẩu vào biến môi trường OCOP_IMAP_PASSWORD."))
        overridden = [name for name in ib.ENV_VARS if os.environ.get(name)]
        self.env_note.setVisible(bool(overridden))
        self.env_note.setText(self.tr(
            "Lưu ý: máy này đang đặt biến môi trường {names}; khi đọc thư, các giá trị đó được "
            "dùng thay cho giá trị trên trang này.").format(names=", ".join(overridden)))

    def settings(self) -> ImapSettings:
        return replace(self._stored, host=self.host_edit.text().strip(),
                       port=self.port_spin.value(), security=self.security(),
                       user=self.user_edit.text().strip(),
                       folder=self.folder_edit.text().strip() or DEFAULT_FOLDER,
                       auto_accept=self.auto_accept.isChecked())

    def is_blank(self) -> bool:
        settings = self.settings()
        return not (settings.host or settings.user or self.password_edit.text() or
                    self._stored.host)

    def check(self) -> list[Problem]:
        if self.is_blank():
            clear_problems(self.field_boxes)
            return []
        problems = ib.check_imap_settings(self.settings(),
                                          password=self.password_edit.text() or None)
        self.show_problems(problems)
        return problems

    def changed(self) -> bool:
        return bool(self.password_edit.text()) or \
            self.settings().public_dict() != self._stored.public_dict()

    def save(self, state: SettingsState) -> None:
        if self.is_blank() or not self.changed():
            return
        try:
            self.ctx.apply(ib.save_imap_settings, settings=self.settings(),
                           password=self.password_edit.text() or None)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self._stored = ib.stored_imap_settings(self.ctx.repo)
        self.password_edit.clear()

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        return bool(show_problems(self.field_boxes, problems, focus=False).fields)

    def security(self) -> Security:
        return Security(str(self.security_combo.currentData() or Security.SSL.value))

    def _security_changed(self, _index: int) -> None:
        security = self.security()
        if self.port_spin.value() == DEFAULT_IMAP_PORTS[self._last_security]:
            self.port_spin.setValue(DEFAULT_IMAP_PORTS[security])
        self._last_security = security

    # -- "Kiểm tra kết nối" -------------------------------------------------------------------
    def test_connection(self) -> None:
        problems = [p for p in ib.check_imap_settings(self.settings())
                    if p.field in ("imap_host", "imap_port", "imap_user", "imap_folder")]
        self.show_problems(problems)
        if problems:
            self._show_result(False, self.tr("Chưa kiểm tra được: hãy sửa những chỗ được "
                                             "đánh dấu đỏ."))
            return
        settings = self.settings()
        typed = self.password_edit.text()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Đang kết nối tới {host}…").format(host=settings.host))

        def work(_progress: Progress) -> ib.InboxCheck:
            if typed:
                candidate = replace(settings, password=typed)
            else:
                password, problem = ob.read_password(settings)
                candidate = replace(settings, password=password, password_problem=(
                    FetchErrorCode(problem.value) if problem else None))
            return ib.test_connection(replace(candidate, timeout=min(candidate.timeout, 20)))

        self.runner.run(work, title=self.tr("Kiểm tra kết nối"), on_done=self._tested,
                        on_error=self._test_crashed, show_dialog=False)

    def _tested(self, check: ib.InboxCheck) -> None:
        self.test_button.setEnabled(True)
        self.last_check = check
        if check.ok:
            self._show_result(True, self.tr("Kết nối và đăng nhập thành công; đọc được thư mục "
                                            "thư."))
            return
        text = fetch_error_text(check.code or FetchErrorCode.UNKNOWN)
        if check.detail:
            text += " " + self.tr("(Chi tiết: {detail})").format(detail=check.detail)
        self._show_result(False, text)

    def _test_crashed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        self._show_result(False, self.tr("Không kiểm tra được: {detail}").format(detail=exc))

    def _show_result(self, ok: bool, text: str) -> None:
        color = "#1b5e20" if ok else "#b71c1c"
        self.test_result.setStyleSheet(f"QLabel#imap_test_result {{ color: {color}; }}")
        self.test_result.setText(text)
