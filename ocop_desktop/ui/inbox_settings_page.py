"""Settings → "Hộp thư đến": the mailbox (IMAP) the inbox reads reports and replies from.

The page is a ``ServerSettingsPage`` (ui/server_settings.py, shared with the outbox's SMTP
page) with the folder and "receive automatically". The password lives only in the operating
system's credential store, like the outbox's SMTP password (the same helpers store and read
it). ``OCOP_IMAP_*`` variables override the saved values, which the page says when they are
set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from ocop_desktop.domain.inbox import (
    DEFAULT_FOLDER,
    DEFAULT_IMAP_PORTS,
    FetchErrorCode,
    ImapSettings,
)
from ocop_desktop.domain.validation import Problem
from ocop_desktop.operations import inbox as ib
from ocop_desktop.texts.problem_texts import fetch_error_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.server_settings import ServerPageTexts, ServerSettingsPage, stored_password
from ocop_desktop.ui.widgets import FieldBox


class InboxSettingsPage(ServerSettingsPage[ImapSettings, ib.InboxCheck]):
    """Máy chủ thư đến (IMAP), bảo mật, đăng nhập, thư mục, tự động nhận."""

    NAME = "inbox"
    DEFAULT_PORTS = DEFAULT_IMAP_PORTS
    ENV_VARS = ib.ENV_VARS
    FIELDS = ("imap_host", "imap_port", "imap_user", "imap_password")
    TEST_FIELDS = ("imap_host", "imap_port", "imap_user", "imap_folder")
    RESULT_NAME = "imap_test_result"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.host_edit.setObjectName("imap_host")
        self.user_edit.setObjectName("imap_user")
        self.test_button.setObjectName("imap_test_button")
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)

    def title(self) -> str:
        return self.tr("Hộp thư đến")

    def texts(self) -> ServerPageTexts:
        return ServerPageTexts(
            intro=self.tr(
                "Hộp thư đến đọc báo cáo các đơn vị gửi lên (và thư trả lời của cấp trên) từ "
                "hộp thư cơ quan qua IMAP. Thư không bị xóa, chỉ được đánh dấu. Ví dụ Gmail: "
                "imap.gmail.com, SSL/TLS, cổng 993, dùng “mật khẩu ứng dụng”. Bỏ trống nếu "
                "không nhận thư trên máy này."),
            host_label=self.tr("Máy chủ thư đến (&IMAP):"),
            host_placeholder="imap.example.gov.vn",
            ssl_label=self.tr("SSL/TLS (thường dùng cổng 993)"),
            starttls_label=self.tr("STARTTLS (thường dùng cổng 143)"),
            account_title=self.tr("Tài khoản"),
            user_placeholder=self.tr("thường là địa chỉ thư, ví dụ vhtt@example.gov.vn"),
            test_tooltip=self.tr("Kết nối, đăng nhập thử và mở thư mục thư (không đọc thư nào)"),
            no_keyring=self.tr(
                "Máy này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. "
                "Khi chạy bằng lệnh, đặt mật khẩu vào biến môi trường OCOP_IMAP_PASSWORD."),
            env_note=self.tr(
                "Lưu ý: máy này đang đặt biến môi trường {names}; khi đọc thư, các giá trị đó "
                "được dùng thay cho giá trị trên trang này."),
            success=self.tr("Kết nối và đăng nhập thành công; đọc được thư mục thư."))

    def add_account_fields(self, group: QGroupBox, form: QFormLayout) -> dict[str, FieldBox]:
        self.folder_edit = QLineEdit(group)
        self.folder_edit.setPlaceholderText(DEFAULT_FOLDER)
        self.folder_box = FieldBox(self.folder_edit, group)
        form.addRow(self.tr("&Thư mục thư:"), self.folder_box)
        return {"imap_folder": self.folder_box}

    def add_options(self, layout: QVBoxLayout) -> None:
        self.auto_accept = QCheckBox(self.tr(
            "Tự động nhận báo cáo không có cảnh báo (nhập số liệu và gửi thư báo đã nhận)"),
            self)
        self.auto_accept.setObjectName("auto_accept")
        layout.addWidget(self.auto_accept)

    def blank_settings(self) -> ImapSettings:
        return ImapSettings()

    def stored_settings(self) -> ImapSettings:
        return ib.stored_imap_settings(self.ctx.repo)

    def load_fields(self, stored: ImapSettings) -> None:
        self.folder_edit.setText(stored.folder if stored.folder != DEFAULT_FOLDER else "")
        self.auto_accept.setChecked(stored.auto_accept)

    def settings(self) -> ImapSettings:
        return replace(self._stored, host=self.host_edit.text().strip(),
                       port=self.port_spin.value(), security=self.security(),
                       user=self.user_edit.text().strip(),
                       folder=self.folder_edit.text().strip() or DEFAULT_FOLDER,
                       auto_accept=self.auto_accept.isChecked())

    def check_settings(self, settings: ImapSettings, password: str | None) -> list[Problem]:
        return ib.check_imap_settings(settings, password=password)

    def save_operation(self) -> Callable[..., Any]:
        return ib.save_imap_settings

    @staticmethod
    def with_password(settings: ImapSettings, typed: str) -> ImapSettings:
        if typed:
            return replace(settings, password=typed)
        return stored_password(settings, lambda code: FetchErrorCode(code.value))

    @staticmethod
    def test_settings(settings: ImapSettings) -> ib.InboxCheck:
        return ib.test_connection(settings)

    def error_text(self, answer: ib.InboxCheck) -> str:
        return fetch_error_text(answer.code or FetchErrorCode.UNKNOWN)
