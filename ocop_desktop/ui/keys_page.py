"""Cài đặt → Khóa ký báo cáo: this installation's key, and the keys held for the senders.

The fingerprint is shown large and selectable, to be read over the phone to the office that
receives the reports. Below, the keys this office holds for the units that send it reports
(pinned on first use, or accepted after a phone check), and a button to accept a key by its
fingerprint — in advance, or after a unit reinstalled its computer (issue 14).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.signing import SenderKey
from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import keys as key_ops
from ocop_desktop.operations import queries
from ocop_desktop.texts.formats import local_time
from ocop_desktop.texts.problem_texts import key_state_text, problem_line
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.settings_page import SettingsPage, SettingsState
from ocop_desktop.ui.table_models import RowsTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeysPage", text)


def _local(value: str | None) -> str:
    return local_time(value) or "—"


class SenderKeyModel(RowsTableModel[SenderKey]):
    UNIT, NAME, FINGERPRINT, STATE, FIRST, LAST = range(6)

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def headers(self) -> tuple[str, ...]:
        return (_tr("Mã đơn vị"), _tr("Tên đơn vị"), _tr("Mã khóa"), _tr("Trạng thái"),
                _tr("Nhận lần đầu"), _tr("Nhận gần nhất"))

    def cell(self, key: SenderKey, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.UNIT: key.unit_code, self.NAME: self.names.get(key.unit_code, ""),
                    self.FINGERPRINT: key.fingerprint, self.STATE: key_state_text(key.state),
                    self.FIRST: _local(key.first_seen), self.LAST: _local(key.last_seen)}[column]
        return None


class TrustKeyDialog(QDialog):
    """Unit code and fingerprint, as read over the phone."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Chấp nhận khóa của đơn vị"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Gọi điện cho đơn vị gửi báo cáo, nhờ họ mở Cài đặt → Khóa ký báo cáo và đọc mã "
            "khóa (20 chữ số). Khóa này thay khóa đã ghi nhận trước đó của đơn vị."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setObjectName("trustUnit")
        self.unit_edit.setPlaceholderText("05986")
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setObjectName("trustFingerprint")
        self.fingerprint_edit.setPlaceholderText("0000-0000-0000-0000-0000")
        self.fingerprint_edit.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("0000-0000-0000-0000-0000") + 24)
        form.addRow(self.tr("Mã đơn vị:"), self.unit_edit)
        form.addRow(self.tr("Mã khóa:"), self.fingerprint_edit)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b71c1c")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Chấp nhận khóa"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.ctx.apply(key_ops.trust_key, unit=self.unit_edit.text(),
                           fingerprint_text=self.fingerprint_edit.text())
        except ValidationError as exc:
            self.problem.setText("\n".join(problem_line(p) for p in exc.problems))
            return
        super().accept()


class KeysPage(SettingsPage):
    NAME = "keys"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        own = QGroupBox(self.tr("Khóa của máy này"), self)
        own_layout = QVBoxLayout(own)
        self.fingerprint_label = QLabel(own)
        self.fingerprint_label.setObjectName("ownFingerprint")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        own_layout.addWidget(self.fingerprint_label)
        note = QLabel(self.tr(
            "Mọi báo cáo xuất ra đều được ký bằng khóa này; đơn vị nhận dùng mã khóa trên để "
            "biết báo cáo đúng là của đơn vị mình. Khi đơn vị nhận gọi điện đối chiếu, hãy đọc "
            "mã này. Khóa nằm trong tệp dữ liệu nên bản sao lưu giữ cả khóa: khôi phục bản "
            "sao lưu trên máy mới thì vẫn ký bằng khóa cũ. Không gửi tệp dữ liệu hay bản sao "
            "lưu cho người khác."), own)
        note.setWordWrap(True)
        note.setObjectName("hint")
        own_layout.addWidget(note)
        layout.addWidget(own)

        senders = QGroupBox(self.tr("Khóa của các đơn vị gửi báo cáo"), self)
        senders_layout = QVBoxLayout(senders)
        self.model = SenderKeyModel({}, self)
        self.view = QTableView(senders)
        self.view.setObjectName("senderKeys")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        senders_layout.addWidget(self.view)
        row = QHBoxLayout()
        row.addStretch(1)
        self.trust_button = QPushButton(self.tr("Chấp nhận khóa đã đối chiếu…"), senders)
        self.trust_button.setObjectName("trustKeyButton")
        self.trust_button.clicked.connect(self.trust)
        row.addWidget(self.trust_button)
        senders_layout.addLayout(row)
        layout.addWidget(senders, 1)

    def title(self) -> str:
        return self.tr("Khóa ký báo cáo")

    def load(self, state: SettingsState) -> None:
        self.fingerprint_label.setText(key_ops.key_info(self.ctx.repo).fingerprint)
        self.reload()

    def reload(self) -> None:
        keys = key_ops.sender_keys(self.ctx.repo)
        names = {}
        for key in keys:
            unit = queries.any_unit(self.ctx.repo, key.unit_code)
            names[key.unit_code] = unit.name if unit else ""
        self.model.names = names
        self.model.set_rows(keys)
        self.view.resizeColumnsToContents()

    def trust(self) -> None:
        dialog = TrustKeyDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def check(self) -> list[Problem]:
        return []

    def save(self, state: SettingsState) -> None:
        """Nothing to save: the key is made once, and trusting a key is written at once."""
