"""Settings → "Thư điện tử": the mail server the outbox sends through.

The page is a ``ServerSettingsPage`` (ui/server_settings.py, shared with the inbox's IMAP
page) with the sender's address and name. The password lives only in the operating system's
credential store (Windows Credential Manager, macOS Keychain, Secret Service), never in the
data file. Environment variables (``OCOP_SMTP_*``) override the saved values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from ocop_desktop.domain.outbox import DEFAULT_PORTS, MailSettings, Security, SendErrorCode
from ocop_desktop.domain.validation import Problem
from ocop_desktop.operations import outbox as ob
from ocop_desktop.texts.problem_texts import send_error_text
from ocop_desktop.ui.server_settings import ServerPageTexts, ServerSettingsPage, stored_password
from ocop_desktop.ui.widgets import FieldBox


class MailSettingsPage(ServerSettingsPage[MailSettings, ob.ConnectionCheck]):
    """Máy chủ thư (SMTP), bảo mật, đăng nhập và địa chỉ người gửi."""

    NAME = "mail"
    DEFAULT_PORTS = DEFAULT_PORTS
    ENV_VARS = ob.ENV_VARS
    TEST_FIELDS = ("host", "port", "sender")
    RESULT_NAME = "mail_test_result"

    def title(self) -> str:
        return self.tr("Thư điện tử")

    def texts(self) -> ServerPageTexts:
        return ServerPageTexts(
            intro=self.tr(
                "Báo cáo được gửi qua máy chủ thư (SMTP) của hộp thư cơ quan. Nhập thông tin "
                "nhà cung cấp hộp thư đưa cho (ví dụ Gmail: smtp.gmail.com, SSL/TLS, cổng 465, "
                "dùng “mật khẩu ứng dụng”). Bỏ trống cả trang nếu chưa gửi thư từ máy này."),
            host_label=self.tr("Máy chủ thư (&SMTP):"),
            host_placeholder="smtp.example.gov.vn",
            ssl_label=self.tr("SSL/TLS (thường dùng cổng 465)"),
            starttls_label=self.tr("STARTTLS (thường dùng cổng 587)"),
            account_title=self.tr("Tài khoản gửi"),
            user_placeholder=self.tr("thường là địa chỉ thư, ví dụ "
                                     "vanhoa.xa@example.gov.vn"),
            test_tooltip=self.tr("Kết nối và đăng nhập thử vào máy chủ thư (không gửi thư nào)"),
            no_keyring=self.tr(
                "Máy này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. "
                "Trên máy gửi tự động, đặt mật khẩu vào biến môi trường OCOP_SMTP_PASSWORD."),
            env_note=self.tr(
                "Lưu ý: máy này đang đặt biến môi trường {names}; khi gửi, các giá trị đó được "
                "dùng thay cho giá trị trên trang này."),
            success=self.tr("Kết nối và đăng nhập thành công. Thư sẽ được gửi qua máy chủ "
                            "này."))

    def add_account_fields(self, group: QGroupBox, form: QFormLayout) -> dict[str, FieldBox]:
        self.sender_edit = QLineEdit(group)
        self.sender_edit.setPlaceholderText("vanhoa.xa@example.gov.vn")
        self.sender_box = FieldBox(self.sender_edit, group)
        form.addRow(self.tr("Địa chỉ người &gửi:"), self.sender_box)
        self.sender_name_edit = QLineEdit(group)
        self.sender_name_edit.setPlaceholderText(self.tr("ví dụ: Đài truyền thanh xã Hoàng Đồng"))
        self.sender_name_box = FieldBox(self.sender_name_edit, group)
        form.addRow(self.tr("Tên người gửi:"), self.sender_name_box)
        return {"sender": self.sender_box, "sender_name": self.sender_name_box}

    def blank_settings(self) -> MailSettings:
        return MailSettings()

    def stored_settings(self) -> MailSettings:
        return ob.stored_mail_settings(self.ctx.repo)

    def initial_security_port(self, stored: MailSettings) -> tuple[Security, int]:
        if not stored.host:  # nothing saved yet: the usual mode and its port
            return Security.SSL, DEFAULT_PORTS[Security.SSL]
        return stored.security, stored.port

    def load_fields(self, stored: MailSettings) -> None:
        self.sender_edit.setText(stored.sender)
        self.sender_name_edit.setText(stored.sender_name)

    def settings(self) -> MailSettings:
        return replace(self._stored, host=self.host_edit.text().strip(),
                       port=self.port_spin.value(), security=self.security(),
                       user=self.user_edit.text().strip(), sender=self.sender_edit.text().strip(),
                       sender_name=self.sender_name_edit.text().strip())

    def filled(self, settings: MailSettings) -> bool:
        return bool(settings.sender)

    def check_settings(self, settings: MailSettings, password: str | None) -> list[Problem]:
        return ob.check_mail_settings(settings, password=password)

    def save_operation(self) -> Callable[..., Any]:
        return ob.save_mail_settings

    @staticmethod
    def with_password(settings: MailSettings, typed: str) -> MailSettings:
        if not settings.user:
            return settings
        if typed:
            return replace(settings, password=typed)
        return stored_password(settings)

    @staticmethod
    def test_settings(settings: MailSettings) -> ob.ConnectionCheck:
        return ob.test_connection(settings)

    def error_text(self, answer: ob.ConnectionCheck) -> str:
        return send_error_text(answer.code or SendErrorCode.UNKNOWN)
