"""The first-run wizard: who this installation is, in four pages.

1. Welcome, and optionally load the unit catalogue from the statistics office's file.
2. The own unit (picked from the catalogue or typed in) and the role.
3. What the reports print and where they go: signer, issuing and parent body, place,
   receiving body and its email (prefilled from the unit; a preview shows the heading).
4. Demo data, for trying the app out.

"Hoàn tất" saves through ``operations.save_installation`` and then, if asked, loads the demo
data in a worker thread (``operations.maintenance.load_demo``). Every page checks its own
fields; the wizard cannot finish with a problem left.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ocop_desktop import operations
from ocop_desktop.domain.records import Installation, Role, Unit
from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import Changes
from ocop_desktop.operations.maintenance import load_demo
from ocop_desktop.storage.database import StorageError, open_database
from ocop_desktop.storage.repository import Repository
from ocop_desktop.texts.problem_texts import problem_line, storage_error_text
from ocop_desktop.ui.catalogue_pages import (
    ImportOutcome,
    ValidFromField,
    choose_unit_file,
    import_unit_list,
    show_outcome,
)
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.installation_form import (
    HEADER_FIELDS,
    HINT_STYLE,
    HeaderFields,
    RoleChooser,
    UnitChooser,
    suggestion_for,
)
from ocop_desktop.ui.tasks import Progress, TaskRunner
from ocop_desktop.ui.widgets import VIETNAMESE, open_at_size_hint

DEMO_RECORDS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupWizard", text)


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


class WelcomePage(QWizardPage):
    """What the app is for; loading the unit catalogue is offered here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Chào mừng đến với OCOP Desktop"))
        self.setSubTitle(self.tr(
            "Sổ ghi và báo cáo kết quả tuyên truyền của đài truyền thanh cấp xã."))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Phần mềm giúp ghi lại từng buổi phát thanh, từng hoạt động tuyên truyền, lập "
            "báo cáo theo mẫu văn bản hành chính và gửi báo cáo lên cấp trên qua thư điện "
            "tử. Mọi số liệu được lưu ngay trên máy này, không cần mạng.<br><br>"
            "Vài bước sau đây cho phần mềm biết đơn vị của bạn và người ký báo cáo. Mọi "
            "thông tin đều sửa lại được trong <b>Công cụ → Cài đặt</b>."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        group = QGroupBox(self.tr("Danh mục đơn vị hành chính (không bắt buộc)"), self)
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(_hint(self.tr(
            "Nếu có tệp danh mục đơn vị hành chính của Tổng cục Thống kê (Excel hoặc CSV, "
            "tải tại danhmuchanhchinh.gso.gov.vn), hãy nhập vào đây để chọn đơn vị của bạn "
            "trong danh sách. Không có tệp thì có thể nhập tay đơn vị ở bước sau."), group))
        self.status_label = QLabel(group)
        group_layout.addWidget(self.status_label)
        self.valid_from = ValidFromField(group)
        group_layout.addWidget(self.valid_from)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Nhập danh mục từ tệp…"), group)
        row.addWidget(self.import_button)
        row.addStretch(1)
        group_layout.addLayout(row)
        self.result_label = QLabel(group)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        group_layout.addWidget(self.result_label)
        layout.addWidget(group)
        layout.addStretch(1)
        self.import_button.clicked.connect(self._choose_file)
        self._update_status()

    def _update_status(self) -> None:
        count = self.ctx.repo.unit_count()
        if count:
            self.status_label.setText(self.tr("Danh mục hiện có {n} đơn vị.").format(n=count))
        else:
            self.status_label.setText(self.tr("Danh mục hiện đang trống."))

    def _choose_file(self) -> None:
        path = choose_unit_file(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> ImportOutcome | None:
        """Import a unit list with the chosen validity; the result shows under the button."""
        try:
            valid_from = self.valid_from.valid_from()
        except ValueError:
            return None
        outcome = import_unit_list(self.ctx, path, valid_from)
        show_outcome(self.result_label, outcome)
        self._update_status()
        return outcome


class UnitPage(QWizardPage):
    """The own unit and the role."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Đơn vị của bạn"))
        self.setSubTitle(self.tr(
            "Chọn đơn vị mà máy này ghi sổ và báo cáo, và vai trò của đơn vị."))
        layout = QHBoxLayout(self)
        self.chooser = UnitChooser(ctx.repo, self)
        layout.addWidget(self.chooser, 3)
        right = QVBoxLayout()
        role_group = QGroupBox(self.tr("Vai trò"), self)
        role_layout = QVBoxLayout(role_group)
        self.role_chooser = RoleChooser(role_group)
        role_layout.addWidget(self.role_chooser)
        right.addWidget(role_group)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.chooser.changed.connect(self.completeChanged)
        self.role_chooser.changed.connect(
            lambda: self.chooser.set_role(self.role_chooser.role()))

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: the catalogue may just have been imported."""
        self.chooser.reload()

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete: "Tiếp theo" needs a unit."""
        return self.chooser.is_complete()

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: problems show next to the fields."""
        return not self.chooser.check()


class HeaderPage(QWizardPage):
    """Signer, issuing and parent body, place, receiving body and email."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Người ký và nơi nhận báo cáo"))
        self.setSubTitle(self.tr(
            "Những thông tin này được in ở đầu và cuối mỗi báo cáo. Phần mềm đã điền sẵn "
            "theo đơn vị; hãy kiểm tra và sửa cho đúng."))
        layout = QVBoxLayout(self)
        self.fields = HeaderFields(self)
        layout.addWidget(self.fields)

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: suggest from the unit and role."""
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        unit = wizard.unit_page.chooser.unit()
        if unit is not None:
            self.fields.suggest(suggestion_for(self.ctx.repo, unit,
                                               wizard.unit_page.role_chooser.role()))

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: problems show next to the fields."""
        return not self.fields.check()


class DemoPage(QWizardPage):
    """Demo data, and a summary of what will be saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Sẵn sàng"))
        self.setSubTitle(self.tr("Kiểm tra lại rồi bấm “Hoàn tất”."))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        group = QGroupBox(self.tr("Dữ liệu mẫu"), self)
        group_layout = QVBoxLayout(group)
        row = QHBoxLayout()
        self.demo_check = QCheckBox(self.tr("&Thêm dữ liệu mẫu để dùng thử:"), group)
        self.records_spin = QSpinBox(group)
        self.records_spin.setRange(100, 1_000_000)
        self.records_spin.setSingleStep(1000)
        self.records_spin.setValue(DEMO_RECORDS)
        self.records_spin.setGroupSeparatorShown(True)
        self.records_spin.setLocale(VIETNAMESE)  # 2.000, not 2,000
        self.records_spin.setEnabled(False)
        row.addWidget(self.demo_check)
        row.addWidget(self.records_spin)
        row.addWidget(QLabel(self.tr("bản ghi"), group))
        row.addStretch(1)
        group_layout.addLayout(row)
        group_layout.addWidget(_hint(self.tr(
            "Dữ liệu mẫu gồm Công văn của Sở Thông tin và Truyền thông Lạng Sơn (tháng 6/2021) "
            "về tuyên truyền Quyết định 861/QĐ-TTg và Chương trình OCOP, các chủ đề tuyên "
            "truyền, và các bản ghi giả lập năm 2021–2022. Chỉ nên dùng trên máy tập huấn: "
            "dữ liệu mẫu nằm chung với sổ thật."), group))
        layout.addWidget(group)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.demo_check.toggled.connect(self.records_spin.setEnabled)

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: say what will be saved."""
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        self.message.hide()
        unit = wizard.unit_page.chooser.unit()
        values = wizard.header_page.fields.values()
        role = wizard.unit_page.role_chooser.role()
        role_text = (self.tr("Đài truyền thanh xã") if role is Role.STATION
                     else self.tr("Cơ quan tổng hợp"))
        rows = [
            (self.tr("Đơn vị"), f"{unit.name} ({unit.code})" if unit else ""),
            (self.tr("Vai trò"), role_text),
            (self.tr("Cơ quan ban hành"), values["issuing_body"]),
            (self.tr("Người ký"), ", ".join(v for v in (values["signer_name"],
                                                        values["signer_title"]) if v)),
            (self.tr("Nơi nhận"), " — ".join(v for v in (values["recipient_name"],
                                                         values["recipient_email"]) if v)),
        ]
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td>{html.escape(k)}:</td><td><b>{html.escape(v or '—')}</b></td></tr>"
            for k, v in rows) + "</table>")

    def show_message(self, text: str, *, ok: bool = False) -> None:
        self.message.setStyleSheet(f"QLabel {{ color: {'#1b5e20' if ok else '#b71c1c'}; }}")
        self.message.setText(text)
        self.message.show()


class SetupWizard(QWizard):
    """The first-run wizard; ``exec()`` returns Accepted once the installation is saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.demo_changes: Changes | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Thiết lập OCOP Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setStyleSheet(HINT_STYLE)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.welcome_page = WelcomePage(ctx, self)
        self.unit_page = UnitPage(ctx, self)
        self.header_page = HeaderPage(ctx, self)
        self.demo_page = DemoPage(ctx, self)
        for page in (self.welcome_page, self.unit_page, self.header_page, self.demo_page):
            self.addPage(page)
        existing = ctx.repo.installation()
        if existing is not None:  # run again from the menu: start from what is stored
            self.unit_page.role_chooser.set_role(existing.role)
            self.unit_page.chooser.set_role(existing.role)
            self.unit_page.chooser.set_unit_code(existing.unit_code)
            self.header_page.fields.load(existing)
        open_at_size_hint(self)

    def sizeHint(self) -> QSize:
        """Override QWizard.sizeHint: fits a 1366×768 screen with room to spare."""
        return QSize(900, 640)

    def installation(self) -> tuple[Installation, Unit | None]:
        """What the pages say: the installation and, if typed in, the unit to add."""
        chooser = self.unit_page.chooser
        unit = chooser.unit()
        assert unit is not None
        values = self.header_page.fields.values()
        base = self.ctx.repo.installation() or Installation(unit_code=unit.code,
                                                            role=Role.STATION)
        installation = dataclasses.replace(
            base, unit_code=unit.code, role=self.unit_page.role_chooser.role(),
            **values)  # type: ignore[arg-type]  # the header fields are all text
        return installation, chooser.new_unit()

    def accept(self) -> None:
        """Override QWizard.accept: save, then load demo data if asked, then close."""
        if self._busy:
            return
        installation, unit = self.installation()
        try:
            self.ctx.apply(operations.save_installation, installation=installation, unit=unit)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        if self.demo_page.demo_check.isChecked():
            self._load_demo(self.demo_page.records_spin.value())
        else:
            super().accept()

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        header = [p for p in problems if p.field in HEADER_FIELDS]
        self.header_page.fields.show_problems(header)
        target = self.header_page if header else self.unit_page
        if not header:
            self.unit_page.chooser.list_box.show_problem(problem_line(problems[0]))
        while self.currentPage() is not target and self.currentId() > 0:
            self.back()
        self.demo_page.show_message("; ".join(problem_line(p) for p in problems))

    def _load_demo(self, records: int) -> None:
        db_path = self.ctx.db_path
        if db_path is None:  # an in-memory database: only this thread's connection sees it
            try:
                changes = load_demo(self.ctx.repo, records=records)
            except (ValidationError, StorageError) as exc:
                self._demo_failed(exc)
            else:
                self._demo_done(changes)
            return

        def work(progress: Progress) -> Changes:
            def report(done: int, total: int) -> None:
                progress.update(done, total, _tr("Đang tạo dữ liệu mẫu: {done} / {total} bản "
                                                 "ghi…").format(done=done, total=total))
            db = open_database(db_path)  # a worker thread needs its own connection
            try:
                return load_demo(Repository(db), records=records, progress=report)
            finally:
                db.close()

        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.runner.run(work, title=self.tr("Dữ liệu mẫu"), on_done=self._demo_done,
                        on_error=self._demo_failed, on_cancel=self._demo_cancelled)

    def _finish_task(self) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def _demo_done(self, changes: Changes) -> None:
        self._finish_task()
        self.demo_changes = changes
        self.ctx.announce(changes)
        super().accept()

    def _demo_failed(self, exc: Exception) -> None:
        self._finish_task()
        if isinstance(exc, StorageError):
            text = storage_error_text(exc)
        elif isinstance(exc, ValidationError):
            text = "; ".join(problem_line(p) for p in exc.problems)
        else:
            text = str(exc)
        self.demo_page.show_message(self.tr(
            "Không tạo được dữ liệu mẫu: {reason}. Thông tin đơn vị đã được lưu; bấm “Hoàn "
            "tất” để tiếp tục không có dữ liệu mẫu.").format(reason=text))
        self.demo_page.demo_check.setChecked(False)

    def _demo_cancelled(self) -> None:
        self._finish_task()
        self.demo_page.show_message(self.tr(
            "Đã hủy tạo dữ liệu mẫu, không bản ghi mẫu nào được thêm. Thông tin đơn vị đã được "
            "lưu; bấm “Hoàn tất” để tiếp tục."))
        self.demo_page.demo_check.setChecked(False)
