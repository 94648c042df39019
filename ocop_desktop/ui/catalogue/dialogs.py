"""The catalogue's edit dialogs: a directive, a topic, and the form they share.

``EditDialog`` is a form whose problems show under its fields (``ui.form_problems``) and
whose Save runs an operation; the administration pages' dialogs build on it too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop import operations
from ocop_desktop.domain.records import Directive, Topic
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations import queries
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.form_problems import date_problems, show_problems
from ocop_desktop.ui.widgets import (
    DateEdit,
    FieldBox,
    combo_value,
    problem_label,
    save_cancel_buttons,
)


class EditDialog(QDialog):
    """A form whose problems show under its fields; OK saves through an operation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.general_problem = problem_label(self)
        layout.addWidget(self.general_problem)
        self.buttons = save_cancel_buttons(self, self.save, self.tr("&Lưu"), self.tr("Hủy"))
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, editor: QWidget) -> None:
        box = FieldBox(editor, self)
        self.boxes[name] = box
        self.form.addRow(label, box)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        show_problems(self.boxes, problems, summary=self.general_problem)

    def date_problems(self, name: str, edit: DateEdit, *, required: bool) -> list[Problem]:
        return date_problems(name, edit, required=required)

    def required_problems(self, values: dict[str, str]) -> list[Problem]:
        return [Problem(name, ProblemCode.REQUIRED) for name, value in values.items()
                if not value.strip()]

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class DirectiveDialog(EditDialog):
    """Add or edit an incoming directive."""

    def __init__(self, ctx: AppContext, directive: Directive | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.original = directive
        self.setWindowTitle(self.tr("Sửa văn bản chỉ đạo") if directive else
                            self.tr("Thêm văn bản chỉ đạo"))
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("ví dụ: 1234/STTTT-TTBCXB"))
        self.number_edit.setMaxLength(100)
        self.date_edit = DateEdit(self)
        self.issuer_edit = QLineEdit(self)
        self.issuer_edit.setPlaceholderText(self.tr("ví dụ: Sở Thông tin và Truyền thông"))
        self.issuer_edit.setMaxLength(300)
        issuers = sorted({d.issuer for d in queries.directives(ctx.repo)})
        if issuers:
            completer = QCompleter(issuers, self.issuer_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.issuer_edit.setCompleter(completer)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr(
            "ví dụ: V/v tuyên truyền thực hiện Quyết định số 861/QĐ-TTg…"))
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.deadline_edit = DateEdit(self, placeholder=self.tr("để trống: khi có yêu cầu"))
        self.add_field("number", self.tr("Số, ký hiệu:"), self.number_edit)
        self.add_field("date", self.tr("Ngày ban hành:"), self.date_edit)
        self.add_field("issuer", self.tr("Cơ quan ban hành:"), self.issuer_edit)
        self.add_field("summary", self.tr("Trích yếu:"), self.summary_edit)
        self.add_field("deadline", self.tr("Hạn báo cáo:"), self.deadline_edit)
        if directive is not None:
            self.number_edit.setText(directive.number)
            self.date_edit.set_date(directive.date)
            self.issuer_edit.setText(directive.issuer)
            self.summary_edit.setPlainText(directive.summary)
            self.deadline_edit.set_date(directive.deadline)
        self.saved: Directive | None = None
        self.resize(640, 0)

    def save(self) -> None:
        problems = (self.required_problems({"number": self.number_edit.text()})
                    + self.date_problems("date", self.date_edit, required=True)
                    + self.required_problems({"issuer": self.issuer_edit.text(),
                                              "summary": self.summary_edit.toPlainText()})
                    + self.date_problems("deadline", self.deadline_edit, required=False))
        if problems:
            self.show_problems(problems)
            return
        date = self.date_edit.date()
        assert date is not None
        directive = Directive(
            number=" ".join(self.number_edit.text().split()), date=date,
            issuer=" ".join(self.issuer_edit.text().split()),
            summary=" ".join(self.summary_edit.toPlainText().split()),
            deadline=self.deadline_edit.date())
        try:
            self.ctx.apply(operations.save_directive, directive=directive,
                           old_number=self.original.number if self.original else None)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.saved = directive
        self.accept()


NO_DIRECTIVE = ""


class TopicDialog(EditDialog):
    """Add or edit a propaganda topic."""

    def __init__(self, ctx: AppContext, topic: Topic | None = None, *,
                 directive: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.original = topic
        self.setWindowTitle(self.tr("Sửa chủ đề") if topic else self.tr("Thêm chủ đề"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr(
            "ngắn, không dấu, ví dụ: OCOP (để trống: tự tạo từ tên)"))
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr(
            "ví dụ: Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021–2025"))
        self.name_edit.setMaxLength(300)
        self.directive_combo = QComboBox(self)
        self.directive_combo.addItem(self.tr("(không gắn văn bản)"), NO_DIRECTIVE)
        for item in queries.directives(ctx.repo):
            summary = item.summary if len(item.summary) <= 60 else item.summary[:59] + "…"
            self.directive_combo.addItem(f"{item.number} — {summary}", item.number)
        self.directive_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.directive_combo.setMinimumContentsLength(30)
        self.from_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.to_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.add_field("code", self.tr("Mã chủ đề:"), self.code_edit)
        self.add_field("name", self.tr("Tên chủ đề:"), self.name_edit)
        self.add_field("directive", self.tr("Theo văn bản:"), self.directive_combo)
        self.add_field("valid_from", self.tr("Tuyên truyền từ ngày:"), self.from_edit)
        self.add_field("valid_to", self.tr("Đến ngày:"), self.to_edit)
        chosen = topic.directive if topic is not None else directive
        self.directive_combo.setCurrentIndex(max(self.directive_combo.findData(
            chosen or NO_DIRECTIVE), 0))
        if topic is not None:
            self.code_edit.setText(topic.code)
            self.name_edit.setText(topic.name)
            self.from_edit.set_date(topic.valid_from)
            self.to_edit.set_date(topic.valid_to)
        self.saved: Topic | None = None
        self.resize(640, 0)

    def save(self) -> None:
        if not self.code_edit.text().strip() and self.name_edit.text().strip():
            # A code is made from the name ("Phòng, chống thiên tai" → "PCTT").
            self.code_edit.setText(operations.topic_code_for(self.ctx.repo,
                                                             self.name_edit.text()))
        problems = (self.required_problems({"code": self.code_edit.text(),
                                            "name": self.name_edit.text()})
                    + self.date_problems("valid_from", self.from_edit, required=False)
                    + self.date_problems("valid_to", self.to_edit, required=False))
        if problems:
            self.show_problems(problems)
            return
        topic = Topic(code=self.code_edit.text().strip(),
                      name=" ".join(self.name_edit.text().split()),
                      directive=combo_value(self.directive_combo) or None,
                      valid_from=self.from_edit.date(), valid_to=self.to_edit.date())
        try:
            self.ctx.apply(operations.save_topic, topic=topic,
                           old_code=self.original.code if self.original else None)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.saved = topic
        self.accept()
