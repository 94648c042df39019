"""Settings → "Thư điện tử": the mail server the outbox sends through.

Server, port, security, user name and sender address are kept in the data file; the
password only in the operating system's credential store (Windows Credential Manager,
macOS Keychain, Secret Service), never in the data file. "Kiểm tra kết nối" logs in for
real in a worker thread and explains a failure in plain Vietnamese. Environment variables
(``OCOP_SMTP_*``) override the saved values, which the page says when they are set.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from ocop_desktop.domain.outbox import DEFAULT_PORTS, MailSettings, Security, SendErrorCode
from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import outbox as ob
from ocop_desktop.texts.problem_texts import send_error_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.form_problems import clear_problems, show_problems
from ocop_desktop.ui.settings_page import SettingsPage, SettingsState
from ocop_desktop.ui.tasks import Progress, TaskRunner
from ocop_desktop.ui.widgets import FieldBox, combo_value


class MailSettingsPage(SettingsPage):
    """Máy chủ thư (SMTP), bảo mật, đăng nhập và địa chỉ người gửi."""

    NAME = "mail"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Báo cáo được gửi qua máy chủ thư (SMTP) của hộp thư cơ quan. Nhập thông tin nhà "
            "cung cấp hộp thư đưa cho (ví dụ Gmail: smtp.gmail.com, SSL/TLS, cổng 465, dùng "
            "“mật khẩu ứng dụng”). Bỏ trống cả trang nếu chưa gửi thư từ máy này."), self)
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        server_group = QGroupBox(self.tr("Máy chủ"), self)
        server_form = QFormLayout(server_group)
        self.host_edit = QLineEdit(server_group)
        self.host_edit.setPlaceholderText("smtp.example.gov.vn")
        self.host_box = FieldBox(self.host_edit, server_group)
        server_form.addRow(self.tr("Máy chủ thư (&SMTP):"), self.host_box)
        self.security_combo = QComboBox(server_group)
        self.security_combo.addItem(self.tr("SSL/TLS (thường dùng cổng 465)"), Security.SSL.value)
        self.security_combo.addItem(self.tr("STARTTLS (thường dùng cổng 587)"),
                                    Security.STARTTLS.value)
        self.security_combo.addItem(self.tr("Không mã hóa (chỉ dùng trong mạng nội bộ)"),
                                    Security.NONE.value)
        server_form.addRow(self.tr("&Bảo mật:"), self.security_combo)
        self.port_spin = QSpinBox(server_group)
        self.port_spin.setRange(1, 65535)
        self.port_box = FieldBox(self.port_spin, server_group)
        server_form.addRow(self.tr("&Cổng:"), self.port_box)
        layout.addWidget(server_group)

        account_group = QGroupBox(self.tr("Tài khoản gửi"), self)
        account_form = QFormLayout(account_group)
        self.user_edit = QLineEdit(account_group)
        self.user_edit.setPlaceholderText(self.tr("thường là địa chỉ thư, ví dụ "
                                                  "vanhoa.xa@example.gov.vn"))
        self.user_box = FieldBox(self.user_edit, account_group)
        account_form.addRow(self.tr("Tên đăng &nhập:"), self.user_box)
        self.password_edit = QLineEdit(account_group)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("để trống nếu không đổi mật khẩu đã lưu"))
        self.password_box = FieldBox(self.password_edit, account_group)
        account_form.addRow(self.tr("&Mật khẩu:"), self.password_box)
        self.sender_edit = QLineEdit(account_group)
        self.sender_edit.setPlaceholderText("vanhoa.xa@example.gov.vn")
        self.sender_box = FieldBox(self.sender_edit, account_group)
        account_form.addRow(self.tr("Địa chỉ người &gửi:"), self.sender_box)
        self.sender_name_edit = QLineEdit(account_group)
        self.sender_name_edit.setPlaceholderText(self.tr("ví dụ: Đài truyền thanh xã Hoàng Đồng"))
        self.sender_name_box = FieldBox(self.sender_name_edit, account_group)
        account_form.addRow(self.tr("Tên người gửi:"), self.sender_name_box)
        self.field_boxes = {"host": self.host_box, "port": self.port_box, "user": self.user_box,
                            "password": self.password_box, "sender": self.sender_box,
                            "sender_name": self.sender_name_box}
        self.password_note = QLabel(self.tr(
            "Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không lưu trong tệp dữ "
            "liệu."), account_group)
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("hint")
        account_form.addRow(self.password_note)
        layout.addWidget(account_group)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Kiểm tra kết nối"), self)
        self.test_button.setToolTip(self.tr(
            "Kết nối và đăng nhập thử vào máy chủ thư (không gửi thư nào)"))
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("mail_test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.test_result)
        self.env_note = QLabel(self)
        self.env_note.setWordWrap(True)
        self.env_note.setObjectName("hint")
        layout.addWidget(self.env_note)
        layout.addStretch(1)

        self.runner = TaskRunner(self)
        self._stored = MailSettings()
        self._last_security = Security.SSL
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.last_check: ob.ConnectionCheck | None = None

    def title(self) -> str:
        return self.tr("Thư điện tử")

    # -- the contract -----------------------------------------------------------------------
    def load(self, state: SettingsState) -> None:
        stored = ob.stored_mail_settings(self.ctx.repo)
        self._stored = stored
        self.host_edit.setText(stored.host)
        security = stored.security if stored.host else Security.SSL
        self._last_security = security
        self.security_combo.setCurrentIndex(self.security_combo.findData(security.value))
        self.port_spin.setValue(stored.port if stored.host else DEFAULT_PORTS[security])
        self.user_edit.setText(stored.user)
        self.sender_edit.setText(stored.sender)
        self.sender_name_edit.setText(stored.sender_name)
        self.password_edit.clear()
        if not ob.keyring_available():
            self.password_note.setText(self.tr(
                "Máy này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. "
                "Trên máy gửi tự động, đặt mật khẩu vào biến môi trường OCOP_SMTP_PASSWORD."))
        overridden = [name for name in ob.ENV_VARS if os.environ.get(name)]
        self.env_note.setVisible(bool(overridden))
        self.env_note.setText(self.tr(
            "Lưu ý: máy này đang đặt biến môi trường {names}; khi gửi, các giá trị đó được "
            "dùng thay cho giá trị trên trang này.").format(names=", ".join(overridden)))

    def settings(self) -> MailSettings:
        """What the fields say (without the password)."""
        return replace(self._stored, host=self.host_edit.text().strip(),
                       port=self.port_spin.value(), security=self.security(),
                       user=self.user_edit.text().strip(), sender=self.sender_edit.text().strip(),
                       sender_name=self.sender_name_edit.text().strip())

    def is_blank(self) -> bool:
        """Nothing typed and nothing stored: the office does not send mail from here."""
        settings = self.settings()
        return not (settings.host or settings.user or settings.sender or
                    self.password_edit.text() or self._stored.host)

    def check(self) -> list[Problem]:
        if self.is_blank():
            clear_problems(self.field_boxes)
            return []
        problems = ob.check_mail_settings(self.settings(),
                                          password=self.password_edit.text() or None)
        self.show_problems(problems)
        return problems

    def changed(self) -> bool:
        settings = self.settings()
        return bool(self.password_edit.text()) or settings.public_dict() != \
            self._stored.public_dict()

    def save(self, state: SettingsState) -> None:
        if self.is_blank() or not self.changed():
            return
        try:
            self.ctx.apply(ob.save_mail_settings, settings=self.settings(),
                           password=self.password_edit.text() or None)
        except ValidationError as exc:  # check() ran first; only the store can still refuse
            self.show_problems(exc.problems)
            return
        self._stored = ob.stored_mail_settings(self.ctx.repo)
        self.password_edit.clear()

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        return bool(show_problems(self.field_boxes, problems, focus=False).fields)

    def security(self) -> Security:
        # Qt hands item data back as a plain str.
        return Security(str(combo_value(self.security_combo) or Security.SSL.value))

    def _security_changed(self, _index: int) -> None:
        security = self.security()
        # Follow the usual port of the mode unless the user typed an unusual one.
        if self.port_spin.value() == DEFAULT_PORTS[self._last_security]:
            self.port_spin.setValue(DEFAULT_PORTS[security])
        self._last_security = security

    # -- "Kiểm tra kết nối" -------------------------------------------------------------------
    def test_connection(self) -> None:
        problems = [p for p in ob.check_mail_settings(self.settings())
                    if p.field in ("host", "port", "sender")]
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

        def work(_progress: Progress) -> ob.ConnectionCheck:
            # The stored password is read here, off the GUI thread (a keyring may be slow).
            if not settings.user:
                candidate = settings
            elif typed:
                candidate = replace(settings, password=typed)
            else:
                password, problem = ob.read_password(settings)
                candidate = replace(settings, password=password, password_problem=problem)
            return ob.test_connection(replace(candidate, timeout=min(candidate.timeout, 20)))

        self.runner.run(work, title=self.tr("Kiểm tra kết nối"), on_done=self._tested,
                        on_error=self._test_crashed, show_dialog=False)

    def _tested(self, check: ob.ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        self.last_check = check
        if check.ok:
            self._show_result(True, self.tr("Kết nối và đăng nhập thành công. Thư sẽ được gửi "
                                            "qua máy chủ này."))
            return
        code = check.code or SendErrorCode.UNKNOWN
        text = send_error_text(code)
        if check.detail:
            text += " " + self.tr("(Chi tiết: {detail})").format(detail=check.detail)
        self._show_result(False, text)

    def _test_crashed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        self._show_result(False, self.tr("Không kiểm tra được: {detail}").format(detail=exc))

    def _show_result(self, ok: bool, text: str) -> None:
        color = "#1b5e20" if ok else "#b71c1c"
        self.test_result.setStyleSheet(f"QLabel#mail_test_result {{ color: {color}; }}")
        self.test_result.setText(text)
