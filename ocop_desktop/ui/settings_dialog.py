"""The settings dialog: a list of pages on the left, the chosen page on the right.

Pages follow the ``load`` / ``check`` / ``save`` contract of ``ui/settings_page.py``. To add
a page, append its class to ``PAGES`` below. On "Lưu", every page is checked first (nothing
is saved while a page shows a problem), then every page saves, then the installation is
written once through ``operations.save_installation``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop import operations
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Installation, Role
from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import queries
from ocop_desktop.texts.problem_texts import problem_line
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.form_problems import show_problems
from ocop_desktop.ui.inbox_settings_page import InboxSettingsPage
from ocop_desktop.ui.installation_form import HINT_STYLE, InstallationEditor
from ocop_desktop.ui.keys_page import KeysPage
from ocop_desktop.ui.mail_settings_page import MailSettingsPage
from ocop_desktop.ui.preferences import Preferences
from ocop_desktop.ui.settings_page import SettingsPage, SettingsState
from ocop_desktop.ui.widgets import (
    FieldBox,
    combo_value,
    format_date,
    open_at_size_hint,
    problem_label,
    save_cancel_buttons,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


# -- "Đơn vị & người ký" --------------------------------------------------------------------

class InstallationPage(SettingsPage):
    """Who this installation is and how its reports are headed and addressed."""

    NAME = "installation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = InstallationEditor(ctx.repo, self)
        layout.addWidget(self.editor)

    def title(self) -> str:
        return self.tr("Đơn vị và người ký")

    def load(self, state: SettingsState) -> None:
        self.editor.load(state.installation)

    def check(self) -> list[Problem]:
        return self.editor.check()

    def save(self, state: SettingsState) -> None:
        base = state.installation or Installation(unit_code="", role=Role.STATION)
        state.installation = self.editor.apply_to(base)
        state.new_unit = self.editor.unit_chooser.new_unit()

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        return self.editor.show_problems(problems)


# -- "Kỳ báo cáo" ---------------------------------------------------------------------------

class PeriodPage(SettingsPage):
    """When a reporting month starts, and how many days a report may take to send."""

    NAME = "period"
    EXAMPLE_MONTH = "2021-06"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cutoff_group = QGroupBox(self.tr("Tháng báo cáo tính"), self)
        cutoff_layout = QVBoxLayout(cutoff_group)
        self.calendar_radio = QRadioButton(self.tr(
            "Theo tháng &dương lịch: từ ngày 1 đến ngày cuối tháng"), cutoff_group)
        self.fifteen_radio = QRadioButton(self.tr(
            "Từ ngày &15 tháng trước đến ngày 14 tháng báo cáo (Nghị định 09/2019/NĐ-CP)"),
            cutoff_group)
        other_row = QHBoxLayout()
        self.other_radio = QRadioButton(self.tr("Từ &ngày"), cutoff_group)
        self.other_spin = QSpinBox(cutoff_group)
        self.other_spin.setRange(2, 28)
        self.other_spin.setValue(20)
        other_row.addWidget(self.other_radio)
        other_row.addWidget(self.other_spin)
        self.other_label = QLabel(cutoff_group)
        other_row.addWidget(self.other_label)
        other_row.addStretch(1)
        self._cutoff = QButtonGroup(self)
        for radio in (self.calendar_radio, self.fifteen_radio, self.other_radio):
            self._cutoff.addButton(radio)
        cutoff_layout.addWidget(self.calendar_radio)
        cutoff_layout.addWidget(self.fifteen_radio)
        cutoff_layout.addLayout(other_row)
        self.cutoff_example = QLabel(cutoff_group)
        self.cutoff_example.setObjectName("hint")
        self.cutoff_example.setWordWrap(True)
        cutoff_layout.addWidget(self.cutoff_example)
        layout.addWidget(cutoff_group)

        deadline_group = QGroupBox(self.tr("Hạn gửi báo cáo"), self)
        deadline_layout = QVBoxLayout(deadline_group)
        row = QHBoxLayout()
        self.deadline_spin = QSpinBox(deadline_group)
        self.deadline_spin.setRange(0, 60)
        self.deadline_box = FieldBox(self.deadline_spin, deadline_group)
        row.addWidget(QLabel(self.tr("Báo cáo cần gửi trong vòng"), deadline_group))
        row.addWidget(self.deadline_box)
        row.addWidget(QLabel(self.tr("ngày sau khi hết kỳ báo cáo."), deadline_group))
        row.addStretch(1)
        deadline_layout.addLayout(row)
        self.deadline_example = QLabel(deadline_group)
        self.deadline_example.setObjectName("hint")
        self.deadline_example.setWordWrap(True)
        deadline_layout.addWidget(self.deadline_example)
        layout.addWidget(deadline_group)
        layout.addStretch(1)

        for radio in (self.calendar_radio, self.fifteen_radio, self.other_radio):
            radio.toggled.connect(self._update_examples)
        self.other_spin.valueChanged.connect(self._other_day_changed)
        self.deadline_spin.valueChanged.connect(self._update_examples)
        self.calendar_radio.setChecked(True)
        self._update_examples()

    def title(self) -> str:
        return self.tr("Kỳ báo cáo")

    def cutoff_day(self) -> int:
        if self.calendar_radio.isChecked():
            return 1
        if self.fifteen_radio.isChecked():
            return 15
        return self.other_spin.value()

    def set_cutoff_day(self, day: int) -> None:
        if day <= 1:
            self.calendar_radio.setChecked(True)
        elif day == 15:
            self.fifteen_radio.setChecked(True)
        else:
            self.other_spin.setValue(day)
            self.other_radio.setChecked(True)

    def _other_day_changed(self, _value: int) -> None:
        self.other_radio.setChecked(True)
        self._update_examples()

    def _update_examples(self) -> None:
        self.other_label.setText(self.tr("tháng trước đến ngày {day} tháng báo cáo").format(
            day=self.other_spin.value() - 1))
        cutoff = self.cutoff_day()
        month = parse_period(self.EXAMPLE_MONTH, cutoff_day=cutoff)
        quarter = parse_period("2021-Q2", cutoff_day=cutoff)
        self.cutoff_example.setText(self.tr(
            "Ví dụ: báo cáo tháng 6 năm 2021 tính từ ngày {start} đến ngày {end}; quý II "
            "từ ngày {q_start} đến ngày {q_end}.").format(
                start=format_date(month.start), end=format_date(month.end),
                q_start=format_date(quarter.start), q_end=format_date(quarter.end)))
        due = month.end + dt.timedelta(days=self.deadline_spin.value())
        self.deadline_example.setText(self.tr(
            "Ví dụ: báo cáo tháng 6 năm 2021 cần gửi chậm nhất ngày {due}.").format(
                due=format_date(due)))

    def load(self, state: SettingsState) -> None:
        installation = state.installation or Installation(unit_code="", role=Role.STATION)
        self.set_cutoff_day(installation.period_cutoff_day)
        self.deadline_spin.setValue(installation.report_deadline_days)

    def save(self, state: SettingsState) -> None:
        if state.installation is not None:
            state.installation = dataclasses.replace(
                state.installation, period_cutoff_day=self.cutoff_day(),
                report_deadline_days=self.deadline_spin.value())

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        # Both fields' problems go under the one box of the page, each naming its field.
        boxes = {"period_cutoff_day": self.deadline_box, "report_deadline_days": self.deadline_box}
        mine = [p for p in problems if p.field in boxes]
        return bool(show_problems(boxes, mine, text=problem_line, focus=False))


# -- "Giao diện" ----------------------------------------------------------------------------

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class AppearancePage(SettingsPage):
    """This computer's interface language (kept in the preferences, not in the data)."""

    NAME = "appearance"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("&Ngôn ngữ giao diện:"), self.language_combo)
        layout.addLayout(form)
        note = QLabel(self.tr(
            "Ngôn ngữ mới được dùng từ lần mở phần mềm sau. Báo cáo gửi đi luôn bằng tiếng "
            "Việt; những phần chưa được dịch vẫn hiện tiếng Việt."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        layout.addStretch(1)
        self.language_changed = False

    def title(self) -> str:
        return self.tr("Giao diện")

    def load(self, state: SettingsState) -> None:
        index = self.language_combo.findData(Preferences().language)
        self.language_combo.setCurrentIndex(max(index, 0))

    def save(self, state: SettingsState) -> None:
        prefs = Preferences()
        language = str(combo_value(self.language_combo))
        self.language_changed = language != prefs.language
        prefs.language = language
        prefs.sync()


# Pages in the order they are listed. To add a page: one line here.
PAGES: list[type[SettingsPage]] = [
    InstallationPage,
    PeriodPage,
    AppearancePage,
    MailSettingsPage,
    KeysPage,
    InboxSettingsPage,
]


class SettingsDialog(QDialog):
    """Every setting in one place; "Lưu" saves all pages, or none when one has a problem."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 page: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Cài đặt"))
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.page_list = QListWidget(self)
        self.page_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget(self)
        self.pages: list[SettingsPage] = []
        for page_class in PAGES:
            page_widget = page_class(ctx, self.stack)
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page_widget)
            self.stack.addWidget(scroll)
            self.pages.append(page_widget)
            QListWidgetItem(page_widget.title(), self.page_list)
        self.page_list.setFixedWidth(max(self.page_list.sizeHintForColumn(0) + 32, 160))
        body.addWidget(self.page_list)
        right = QVBoxLayout()
        self.page_title = QLabel(self)
        title_font = self.page_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.page_title.setFont(title_font)
        right.addWidget(self.page_title)
        right.addWidget(self.stack, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        self.problem_label = problem_label(self)
        layout.addWidget(self.problem_label)
        self.buttons = save_cancel_buttons(self, self.save, self.tr("&Lưu"), self.tr("Hủy"))
        layout.addWidget(self.buttons)
        self.page_list.currentRowChanged.connect(self._page_changed)
        self.setStyleSheet(HINT_STYLE)

        self.state = SettingsState(queries.installation(ctx.repo))
        for page_widget in self.pages:
            page_widget.load(self.state)
        self.page_list.setCurrentRow(0)
        if page is not None:
            self.show_page(page)
        open_at_size_hint(self)

    def sizeHint(self) -> QSize:
        """Override QDialog.sizeHint: wide enough for two columns, short enough for 768 px."""
        return QSize(1040, 640)

    def _page_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if 0 <= row < len(self.pages):
            self.page_title.setText(self.pages[row].title())

    def page(self, name: str) -> SettingsPage:
        return next(p for p in self.pages if name == p.NAME)

    def show_page(self, name: str) -> None:
        for row, page_widget in enumerate(self.pages):
            if name == page_widget.NAME:
                self.page_list.setCurrentRow(row)

    def save(self) -> bool:
        """Check every page, save them all, then the installation; False if refused."""
        self.problem_label.hide()
        first_bad: int | None = None
        for row, page_widget in enumerate(self.pages):
            if page_widget.check() and first_bad is None:
                first_bad = row
        if first_bad is not None:
            self.page_list.setCurrentRow(first_bad)
            self._say(self.tr("Chưa lưu: hãy sửa những chỗ được đánh dấu đỏ."))
            return False
        original = queries.installation(self.ctx.repo)
        state = SettingsState(original)
        for page_widget in self.pages:
            page_widget.save(state)
        if state.installation is not None and (state.installation != original
                                               or state.new_unit is not None):
            try:
                self.ctx.apply(operations.save_installation, installation=state.installation,
                               unit=state.new_unit)
            except ValidationError as exc:
                shown = False
                for row, page_widget in enumerate(self.pages):
                    if page_widget.show_problems(exc.problems) and not shown:
                        self.page_list.setCurrentRow(row)
                        shown = True
                self._say(self.tr("Chưa lưu: ") + "; ".join(problem_line(p)
                                                           for p in exc.problems))
                return False
        self.state = state
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.problem_label.show()


def open_settings(ctx: AppContext, parent: QWidget | None, page: str | None = None) -> bool:
    """Show the settings dialog; True if saved."""
    dialog = SettingsDialog(ctx, parent, page=page)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    appearance = next((p for p in dialog.pages if isinstance(p, AppearancePage)), None)
    if saved and appearance is not None and appearance.language_changed:
        QMessageBox.information(parent, _tr("Ngôn ngữ giao diện"), _tr(
            "Ngôn ngữ mới sẽ được dùng từ lần mở phần mềm sau."))
    return saved
