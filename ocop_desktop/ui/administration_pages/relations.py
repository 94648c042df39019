"""The reporting relationships (Danh mục → Quan hệ báo cáo): who reports to whom, with the
bodies a report is addressed from and to, and a preview of them for this installation."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.administration import ReportingRelation
from ocop_desktop.domain.records import UNIT_LEVEL_NAMES, UnitLevel
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations import administration as ops
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.ui.administration_pages.common import _EditDialog, _tr
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import DateEdit, format_date, list_table


class RelationTableModel(RowsTableModel[ReportingRelation]):
    COLUMNS = ("applies", "from", "to", "recipient", "issuing", "signer")

    def headers(self) -> list[str]:
        return [_tr("Áp dụng cho"), _tr("Từ ngày"), _tr("Đến ngày"), _tr("Báo cáo gửi"),
                _tr("Cơ quan ban hành"), _tr("Người ký")]

    def cell(self, relation: ReportingRelation, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = self.COLUMNS[column]
        if key == "applies":
            if relation.unit_code:
                return _tr("Đơn vị {code}").format(code=relation.unit_code)
            return catalogue_name(UNIT_LEVEL_NAMES[relation.level]) if relation.level else ""
        if key == "from":
            return format_date(relation.valid_from) if relation.valid_from else "…"
        if key == "to":
            return format_date(relation.valid_to) if relation.valid_to else "…"
        if key == "recipient":
            return relation.recipient if role == Qt.ItemDataRole.DisplayRole else (
                relation.note or relation.recipient)
        if key == "issuing":
            return relation.issuing_body
        return relation.signer_title


class RelationDialog(_EditDialog):
    """Add or edit a reporting relationship (templates with {unit}, {parent}, {province})."""

    def __init__(self, ctx: AppContext, relation: ReportingRelation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.original = relation
        self.setWindowTitle(self.tr("Sửa quan hệ báo cáo") if relation else
                            self.tr("Thêm quan hệ báo cáo"))
        self.level_combo = QComboBox(self)
        self.level_combo.addItem(self.tr("(một đơn vị, nhập mã bên dưới)"), "")
        for level in UnitLevel:
            self.level_combo.addItem(catalogue_name(UNIT_LEVEL_NAMES[level]), level.value)
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setMaxLength(5)
        self.unit_edit.setPlaceholderText(self.tr("để trống: mọi đơn vị của cấp đã chọn"))
        self.from_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.to_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setPlaceholderText(
            self.tr("ví dụ: Sở Văn hóa, Thể thao và Du lịch {province}"))
        self.issuing_edit = QLineEdit(self)
        self.issuing_edit.setPlaceholderText(self.tr("ví dụ: Ủy ban nhân dân {unit}"))
        self.parent_edit = QLineEdit(self)
        self.parent_edit.setPlaceholderText(self.tr("để trống nếu không có"))
        self.drafter_edit = QLineEdit(self)
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setPlaceholderText(self.tr("ví dụ: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field("level", self.tr("Áp dụng cho cấp:"), self.level_combo)
        self.add_field("unit_code", self.tr("Hoặc đơn vị (mã):"), self.unit_edit)
        self.add_field("valid_from", self.tr("Từ ngày:"), self.from_edit)
        self.add_field("valid_to", self.tr("Đến ngày:"), self.to_edit)
        self.add_field("recipient_name", self.tr("Báo cáo gửi (Kính gửi):"), self.recipient_edit)
        self.add_field("issuing_body", self.tr("Cơ quan ban hành:"), self.issuing_edit)
        self.add_field("parent_body", self.tr("Cơ quan chủ quản:"), self.parent_edit)
        self.add_field("drafter", self.tr("Bộ phận tham mưu:"), self.drafter_edit)
        self.add_field("signer_title", self.tr("Người ký:"), self.signer_edit)
        self.add_field("note", self.tr("Căn cứ, ghi chú:"), self.note_edit)
        hint = QLabel(self.tr(
            "Trong các ô tên có thể dùng {unit} (tên đơn vị), {parent} (đơn vị cấp trên), "
            "{province} (tỉnh) — phần mềm điền tên có hiệu lực vào ngày của kỳ báo cáo."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        if relation is not None:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(
                relation.level.value if relation.level else "")))
            self.unit_edit.setText(relation.unit_code or "")
            self.from_edit.set_date(relation.valid_from)
            self.to_edit.set_date(relation.valid_to)
            self.recipient_edit.setText(relation.recipient)
            self.issuing_edit.setText(relation.issuing_body)
            self.parent_edit.setText(relation.parent_body)
            self.drafter_edit.setText(relation.drafter)
            self.signer_edit.setText(relation.signer_title)
            self.note_edit.setPlainText(relation.note)
        else:
            self.level_combo.setCurrentIndex(self.level_combo.findData(UnitLevel.COMMUNE.value))
        self.resize(680, 0)

    def save(self) -> None:
        problems = (self.date_problems("valid_from", self.from_edit, required=False)
                    + self.date_problems("valid_to", self.to_edit, required=False))
        if problems:
            self.show_problems(problems)
            return
        level = self.level_combo.currentData()
        relation = ReportingRelation(
            recipient=" ".join(self.recipient_edit.text().split()),
            issuing_body=" ".join(self.issuing_edit.text().split()),
            level=UnitLevel(level) if level else None,
            unit_code=self.unit_edit.text().strip() or None,
            valid_from=self.from_edit.date(), valid_to=self.to_edit.date(),
            parent_body=" ".join(self.parent_edit.text().split()),
            drafter=" ".join(self.drafter_edit.text().split()),
            signer_title=" ".join(self.signer_edit.text().split()),
            note=" ".join(self.note_edit.toPlainText().split()))
        try:
            self.ctx.apply(ops.save_relation, relation=relation,
                           relation_id=self.original.id if self.original else None)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


class RelationsPage(QWidget):
    """Who reports to whom, by date; the own unit's bodies on a chosen day below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Quan hệ báo cáo theo thời gian</b>"), self))
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("&Thêm…"), self)
        self.edit_button = QPushButton(self.tr("&Sửa…"), self)
        self.delete_button = QPushButton(self.tr("&Xóa"), self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model = RelationTableModel(self)
        self.view = list_table(self.model, self, stretch=3)
        # "Áp dụng cho" shares the room with "Báo cáo gửi" (1366×768 at 125 %).
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        check = QHBoxLayout()
        check.addWidget(QLabel(self.tr("Đơn vị của máy này vào ngày:"), self))
        self.day_edit = DateEdit(self)
        self.day_edit.set_date(dt.date.today())
        check.addWidget(self.day_edit)
        check.addStretch(1)
        layout.addLayout(check)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.preview)
        self.add_button.clicked.connect(self.add_relation)
        self.edit_button.clicked.connect(self.edit_relation)
        self.delete_button.clicked.connect(self.delete_relation)
        self.view.doubleClicked.connect(lambda _index: self.edit_relation())
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons())
        self.day_edit.date_changed.connect(lambda _day: self._show_preview())
        ctx.changed.connect(self._changed)
        self.reload()

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint: the templates are long."""
        return QSize(1000, 520)

    def _changed(self, changes: Changes) -> None:
        if changes.areas & {Area.RELATIONS, Area.UNITS, Area.SETTINGS}:
            self.reload()

    def reload(self) -> None:
        self.model.set_rows(ops.relations(self.ctx.repo))
        self._update_buttons()
        self._show_preview()

    def selected(self) -> ReportingRelation | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _show_preview(self) -> None:
        installation = queries.installation(self.ctx.repo)
        day = self.day_edit.date() or dt.date.today()
        unit = None
        if installation is not None:
            unit = (queries.unit(self.ctx.repo, installation.unit_code, day)
                    or queries.any_unit(self.ctx.repo, installation.unit_code))
        if unit is None:
            self.preview.setText("")
            return
        bodies = ops.bodies_on(self.ctx.repo, unit, day)
        rows = [(self.tr("Đơn vị"), unit.name), (self.tr("Kính gửi"), bodies.recipient),
                (self.tr("Cơ quan chủ quản"), bodies.parent_body),
                (self.tr("Cơ quan ban hành"), bodies.issuing_body),
                (self.tr("Bộ phận tham mưu"), bodies.drafter),
                (self.tr("Người ký"), bodies.signer_title)]
        self.preview.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td>{html.escape(k)}:</td><td><b>{html.escape(v or '—')}</b></td></tr>"
            for k, v in rows) + "</table>")

    def add_relation(self) -> None:
        RelationDialog(self.ctx, parent=self).exec()

    def edit_relation(self) -> None:
        relation = self.selected()
        if relation is not None:
            RelationDialog(self.ctx, relation, parent=self).exec()

    def delete_relation(self) -> None:
        relation = self.selected()
        if relation is None or relation.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa quan hệ báo cáo"), self.tr(
            "Xóa dòng “{recipient}”?").format(recipient=relation.recipient))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.apply(ops.delete_relation, relation_id=relation.id)


