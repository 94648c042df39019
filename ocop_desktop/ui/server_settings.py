"""The settings page of a mail server account: the one the outbox sends through (SMTP) and the
one the inbox reads from (IMAP) are the same page with other fields.

Server, port, security and user name are kept in the data file; the password only in the
operating system's credential store (the outbox's keyring helpers store and read it for both).
"Kiểm tra kết nối" logs in for real in a worker thread and explains a failure in plain
Vietnamese. Environment variables override the saved values, which the page says when they
are set. A subclass names its texts (``texts``), adds its own fields (``add_account_fields``,
``add_options``) and says which operations read, check, save and test its settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

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

from ocop_desktop.domain.outbox import Security
from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import outbox as ob
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.form_problems import clear_problems, show_problems
from ocop_desktop.ui.settings_page import SettingsPage, SettingsState
from ocop_desktop.ui.tasks import Progress, TaskRunner
from ocop_desktop.ui.widgets import FieldBox, combo_value


class ServerSettings(Protocol):
    """What the page reads of MailSettings and ImapSettings."""

    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def security(self) -> Security: ...
    @property
    def user(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def keyring_user(self) -> str: ...
    def public_dict(self) -> dict[str, Any]: ...


class ConnectionAnswer(Protocol):
    """What the page reads of the answer of "Kiểm tra kết nối"."""

    @property
    def ok(self) -> bool: ...
    @property
    def detail(self) -> str: ...


S = TypeVar("S", bound=ServerSettings)
C = TypeVar("C", bound=ConnectionAnswer)


@dataclass(frozen=True)
class ServerPageTexts:
    """The texts that differ between the two pages (translated by the subclass)."""

    intro: str
    host_label: str
    host_placeholder: str
    ssl_label: str
    starttls_label: str
    account_title: str
    user_placeholder: str
    test_tooltip: str
    no_keyring: str  # the credential store is missing
    env_note: str  # with ``{names}``
    success: str


class ServerSettingsPage(SettingsPage, Generic[S, C]):
    """Máy chủ, bảo mật, cổng, tên đăng nhập và mật khẩu, nút "Kiểm tra kết nối"."""

    DEFAULT_PORTS: Mapping[Security, int] = {}
    ENV_VARS: Sequence[str] = ()
    # the field names of Problem for host, port, user and password, in that order
    FIELDS: tuple[str, str, str, str] = ("host", "port", "user", "password")
    TEST_FIELDS: tuple[str, ...] = ()  # the problems that stop "Kiểm tra kết nối"
    RESULT_NAME = ""  # object name of the test result label (its colour rule uses it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        texts = self.texts()
        self._texts = texts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(texts.intro, self)
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        server_group = QGroupBox(self.tr("Máy chủ"), self)
        server_form = QFormLayout(server_group)
        self.host_edit = QLineEdit(server_group)
        self.host_edit.setPlaceholderText(texts.host_placeholder)
        self.host_box = FieldBox(self.host_edit, server_group)
        server_form.addRow(texts.host_label, self.host_box)
        self.security_combo = QComboBox(server_group)
        self.security_combo.addItem(texts.ssl_label, Security.SSL.value)
        self.security_combo.addItem(texts.starttls_label, Security.STARTTLS.value)
        self.security_combo.addItem(self.tr("Không mã hóa (chỉ dùng trong mạng nội bộ)"),
                                    Security.NONE.value)
        server_form.addRow(self.tr("&Bảo mật:"), self.security_combo)
        self.port_spin = QSpinBox(server_group)
        self.port_spin.setRange(1, 65535)
        self.port_box = FieldBox(self.port_spin, server_group)
        server_form.addRow(self.tr("&Cổng:"), self.port_box)
        layout.addWidget(server_group)

        account_group = QGroupBox(texts.account_title, self)
        account_form = QFormLayout(account_group)
        self.user_edit = QLineEdit(account_group)
        self.user_edit.setPlaceholderText(texts.user_placeholder)
        self.user_box = FieldBox(self.user_edit, account_group)
        account_form.addRow(self.tr("Tên đăng &nhập:"), self.user_box)
        self.password_edit = QLineEdit(account_group)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("để trống nếu không đổi mật khẩu đã lưu"))
        self.password_box = FieldBox(self.password_edit, account_group)
        account_form.addRow(self.tr("&Mật khẩu:"), self.password_box)
        host, port, user, password = self.FIELDS
        self.field_boxes: dict[str, FieldBox] = {
            host: self.host_box, port: self.port_box, user: self.user_box,
            password: self.password_box}
        self.field_boxes.update(self.add_account_fields(account_group, account_form))
        self.password_note = QLabel(self.tr(
            "Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không lưu trong tệp dữ "
            "liệu."), account_group)
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("hint")
        account_form.addRow(self.password_note)
        layout.addWidget(account_group)
        self.add_options(layout)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Kiểm tra kết nối"), self)
        self.test_button.setToolTip(texts.test_tooltip)
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.test_result = QLabel(self)
        self.test_result.setObjectName(self.RESULT_NAME)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.test_result)
        self.env_note = QLabel(self)
        self.env_note.setWordWrap(True)
        self.env_note.setObjectName("hint")
        layout.addWidget(self.env_note)
        layout.addStretch(1)

        self.runner = TaskRunner(self)
        self._stored: S = self.blank_settings()
        self._last_security = Security.SSL
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.last_check: C | None = None

    # -- what a subclass says -----------------------------------------------------------------
    def texts(self) -> ServerPageTexts:
        raise NotImplementedError

    def add_account_fields(self, group: QGroupBox, form: QFormLayout) -> dict[str, FieldBox]:
        """Add the fields after the password; return their boxes by problem field name."""
        return {}

    def add_options(self, layout: QVBoxLayout) -> None:
        """Add what stands between the account and "Kiểm tra kết nối"."""

    def blank_settings(self) -> S:
        raise NotImplementedError

    def stored_settings(self) -> S:
        raise NotImplementedError

    def load_fields(self, stored: S) -> None:
        """Put the subclass's own stored values into its fields."""

    def settings(self) -> S:
        """What the fields say (without the password)."""
        raise NotImplementedError

    def filled(self, settings: S) -> bool:
        """Whether anything is typed in the fields of the subclass that make a page not blank."""
        return False

    def check_settings(self, settings: S, password: str | None) -> list[Problem]:
        raise NotImplementedError

    def save_operation(self) -> Callable[..., Any]:
        """The operation ``ctx.apply`` runs with ``settings=`` and ``password=``."""
        raise NotImplementedError

    @staticmethod
    def with_password(settings: S, typed: str) -> S:
        """The settings to test with: the typed password, else the stored one (runs in the
        worker: a keyring may be slow)."""
        raise NotImplementedError

    @staticmethod
    def test_settings(settings: S) -> C:
        raise NotImplementedError

    def error_text(self, answer: C) -> str:
        raise NotImplementedError

    # -- the contract -------------------------------------------------------------------------
    def load(self, state: SettingsState) -> None:
        stored = self.stored_settings()
        self._stored = stored
        self.host_edit.setText(stored.host)
        security, port = self.initial_security_port(stored)
        self._last_security = security
        self.security_combo.setCurrentIndex(self.security_combo.findData(security.value))
        self.port_spin.setValue(port)
        self.user_edit.setText(stored.user)
        self.load_fields(stored)
        self.password_edit.clear()
        if not ob.keyring_available():
            self.password_note.setText(self._texts.no_keyring)
        overridden = [name for name in self.ENV_VARS if os.environ.get(name)]
        self.env_note.setVisible(bool(overridden))
        self.env_note.setText(self._texts.env_note.format(names=", ".join(overridden)))

    def initial_security_port(self, stored: S) -> tuple[Security, int]:
        return stored.security, stored.port

    def is_blank(self) -> bool:
        """Nothing typed and nothing stored: this computer does not use the server."""
        settings = self.settings()
        return not (settings.host or settings.user or self.filled(settings) or
                    self.password_edit.text() or self._stored.host)

    def check(self) -> list[Problem]:
        if self.is_blank():
            clear_problems(self.field_boxes)
            return []
        problems = self.check_settings(self.settings(), self.password_edit.text() or None)
        self.show_problems(problems)
        return problems

    def changed(self) -> bool:
        return bool(self.password_edit.text()) or \
            self.settings().public_dict() != self._stored.public_dict()

    def save(self, state: SettingsState) -> None:
        if self.is_blank() or not self.changed():
            return
        try:
            self.ctx.apply(self.save_operation(), settings=self.settings(),
                           password=self.password_edit.text() or None)
        except ValidationError as exc:  # check() ran first; only the store can still refuse
            self.show_problems(exc.problems)
            return
        self._stored = self.stored_settings()
        self.password_edit.clear()

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        return bool(show_problems(self.field_boxes, problems, focus=False).fields)

    def security(self) -> Security:
        # Qt hands item data back as a plain str.
        return Security(str(combo_value(self.security_combo) or Security.SSL.value))

    def _security_changed(self, _index: int) -> None:
        security = self.security()
        # Follow the usual port of the mode unless the user typed an unusual one.
        if self.port_spin.value() == self.DEFAULT_PORTS[self._last_security]:
            self.port_spin.setValue(self.DEFAULT_PORTS[security])
        self._last_security = security

    # -- "Kiểm tra kết nối" -------------------------------------------------------------------
    def test_connection(self) -> None:
        problems = [p for p in self.check_settings(self.settings(), None)
                    if p.field in self.TEST_FIELDS]
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
        with_password, test = self.with_password, self.test_settings

        def work(_progress: Progress) -> C:
            candidate = with_password(settings, typed)
            return test(replace(candidate, timeout=min(candidate.timeout, 20)))  # type: ignore[type-var]

        self.runner.run(work, title=self.tr("Kiểm tra kết nối"), on_done=self._tested,
                        on_error=self._test_crashed, show_dialog=False)

    def _tested(self, check: C) -> None:
        self.test_button.setEnabled(True)
        self.last_check = check
        if check.ok:
            self._show_result(True, self._texts.success)
            return
        text = self.error_text(check)
        if check.detail:
            text += " " + self.tr("(Chi tiết: {detail})").format(detail=check.detail)
        self._show_result(False, text)

    def _test_crashed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        self._show_result(False, self.tr("Không kiểm tra được: {detail}").format(detail=exc))

    def _show_result(self, ok: bool, text: str) -> None:
        color = "#1b5e20" if ok else "#b71c1c"
        self.test_result.setStyleSheet(f"QLabel#{self.RESULT_NAME} {{ color: {color}; }}")
        self.test_result.setText(text)


def stored_password(settings: S, to_code: Callable[[Enum], Any] = lambda code: code) -> S:
    """``settings`` with the password read from the credential store, or why there is none
    (``to_code`` turns the keyring's SendErrorCode into the settings' own code)."""
    password, problem = ob.read_password(settings)
    return replace(settings, password=password,  # type: ignore[type-var]
                   password_problem=to_code(problem) if problem else None)
