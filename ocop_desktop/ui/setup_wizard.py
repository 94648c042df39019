"""The first-run wizard: who this installation is, in five pages.

1. Welcome, and optionally load the unit catalogue from the statistics office's file.
2. The own unit (picked from the catalogue or typed in) and the role.
3. What the reports print and where they go: signer, issuing and parent body, place,
   receiving body and its email (prefilled from the unit; a preview shows the heading).
4. A starter set of topics valid today (``domain.starter``), editable, so the first airing
   can be logged at once.
5. Demo data, for trying the app out.

"Hoàn tất" saves through ``operations.save_installation`` and ``operations.add_topics`` and
then, if asked, loads the demo data in a worker thread (``operations.maintenance.load_demo``).
Every page checks its own fields; the wizard cannot finish with a problem left.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ocop_desktop import operations
from ocop_desktop.domain.records import Installation, Role, Topic, Unit
from ocop_desktop.domain.starter import starter_topics
from ocop_desktop.domain.validation import Problem, ValidationError
from ocop_desktop.operations import Area, Changes, administration, queries
from ocop_desktop.operations.maintenance import load_demo
from ocop_desktop.operations.queries import StorageError
from ocop_desktop.texts.problem_texts import problem_line, storage_error_text
from ocop_desktop.ui.catalogue.unit_import import (
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
from ocop_desktop.ui.widgets import VIETNAMESE, format_date, open_at_size_hint, parse_date

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
        count = queries.unit_count(self.ctx.repo)
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


class TopicsPage(QWizardPage):
    """A starter set of topics valid today; each row can be changed, unticked or added."""

    CODE, NAME, FROM, TO = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Chủ đề tuyên truyền"))
        self.setSubTitle(self.tr(
            "Mỗi bản ghi trong sổ thuộc một chủ đề. Đây là các chủ đề thường gặp, có hiệu lực "
            "trong năm nay; bỏ dấu chọn chủ đề không dùng, sửa tên hoặc ngày nếu cần."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Tên chủ đề"), self.tr("Từ ngày"), self.tr("Đến ngày")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (self.CODE, self.FROM, self.TO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm &dòng"), self)
        self.add_button.setAutoDefault(False)
        row.addWidget(self.add_button)
        row.addWidget(_hint(self.tr(
            "Sau này: Danh mục → Thêm chủ đề, hoặc gõ tên chủ đề mới ngay ở ô Chủ đề khi "
            "ghi sổ."), self), 1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b71c1c; }")
        self.message.hide()
        layout.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.set_topics(starter_topics(dt.date.today()))
        if queries.topics(ctx.repo):  # run again: the file has its topics; add none unless asked
            for position in range(self.table.rowCount()):
                item = self.table.item(position, self.CODE)
                if item is not None:
                    item.setCheckState(Qt.CheckState.Unchecked)

    def set_topics(self, topics: Sequence[Topic]) -> None:
        self.table.setRowCount(0)
        for topic in topics:
            self.add_row(topic)
        self.table.setCurrentCell(0, self.CODE)

    def add_row(self, topic: Topic | None = None) -> None:
        today = dt.date.today()
        topic = topic or Topic("", "", None, dt.date(today.year, 1, 1),
                               dt.date(today.year, 12, 31))
        row = self.table.rowCount()
        self.table.insertRow(row)
        code = QTableWidgetItem(topic.code)
        code.setFlags(code.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        code.setCheckState(Qt.CheckState.Checked)
        code.setToolTip(self.tr("Bỏ dấu chọn (phím cách) để không dùng chủ đề này"))
        self.table.setItem(row, self.CODE, code)
        self.table.setItem(row, self.NAME, QTableWidgetItem(topic.name))
        self.table.setItem(row, self.FROM, QTableWidgetItem(format_date(topic.valid_from)))
        self.table.setItem(row, self.TO, QTableWidgetItem(format_date(topic.valid_to)))
        if not topic.code:
            self.table.setCurrentCell(row, self.NAME)
            self.table.setFocus()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def topics(self) -> tuple[list[Topic], list[str]]:
        """The ticked rows as topics, and what is wrong (each naming its row)."""
        topics: list[Topic] = []
        problems: list[str] = []
        codes: set[str] = set()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.CODE)
            code, name = self._text(row, self.CODE).upper(), self._text(row, self.NAME)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            if not code and not name:
                continue  # an empty added row
            where = self.tr("Dòng {row}").format(row=row + 1)
            if not name:
                problems.append(self.tr("{where}: chưa có tên chủ đề.").format(where=where))
            if not code:
                code = operations.topic_code_for(self.ctx.repo, name)
            elif not all(ch.isalnum() or ch in "-_." for ch in code):
                problems.append(self.tr("{where}: mã “{code}” chỉ được có chữ không dấu, số, "
                                        "dấu - _ .").format(where=where, code=code))
            if code in codes:
                problems.append(self.tr("{where}: mã “{code}” trùng với dòng trên.").format(
                    where=where, code=code))
            codes.add(code)
            days: list[dt.date | None] = []
            for column, label in ((self.FROM, self.tr("từ ngày")), (self.TO, self.tr("đến ngày"))):
                text = self._text(row, column)
                day = parse_date(text) if text else None
                if text and day is None:
                    problems.append(self.tr("{where}: {label} “{text}” không phải ngày "
                                            "(dạng dd/mm/yyyy).").format(
                                                where=where, label=label, text=text))
                days.append(day)
            if days[0] and days[1] and days[1] < days[0]:
                problems.append(self.tr("{where}: ngày kết thúc trước ngày bắt đầu.").format(
                    where=where))
            topics.append(Topic(code, " ".join(name.split()), None, days[0], days[1]))
        return topics, problems

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: every ticked row must be a valid topic."""
        _topics, problems = self.topics()
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        return not problems


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
            "Dữ liệu mẫu là các bản ghi giả lập của chính đơn vị bạn (cơ quan tổng hợp: cả các "
            "đơn vị cấp dưới) trong 13 tháng gần đây, cùng một kế hoạch tuyên truyền và các "
            "chủ đề mẫu. Tiêu đề bản ghi mẫu bắt đầu bằng “[Mẫu]”. Khi dùng thật, xóa chúng "
            "bằng Danh mục → Xóa dữ liệu mẫu: bản ghi thật không bị ảnh hưởng."), group))
        layout.addWidget(group)
        # After the 2025 merger: the former communes' stations become the new commune's
        # loudspeaker clusters (issue 13), offered when the catalogue knows them.
        self.cluster_group = QGroupBox(self.tr("Cụm loa"), self)
        cluster_layout = QVBoxLayout(self.cluster_group)
        self.cluster_check = QCheckBox(self.cluster_group)
        self.cluster_check.setChecked(True)
        cluster_layout.addWidget(self.cluster_check)
        cluster_layout.addWidget(_hint(self.tr(
            "Sau sáp nhập, mỗi xã mới có một đài truyền thanh; đài của các xã cũ trở thành "
            "cụm loa của đài (Công văn 271/TTCSTTĐN-TTCS). Sổ cụm loa sửa được trong "
            "Danh mục → Cụm loa."), self.cluster_group))
        self.cluster_group.hide()
        layout.addWidget(self.cluster_group)
        self.former_names: list[str] = []
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
        self.former_names = []
        if unit is not None and role is Role.STATION:
            existing = {c.former_unit for c in administration.clusters(
                self.ctx.repo, unit_code=unit.code)}
            self.former_names = [name for link, name in administration.former_units(
                self.ctx.repo, unit.code) if link.old_code not in existing]
        self.cluster_check.setText(self.tr(
            "Tạo {n} cụm loa từ đài truyền thanh của các xã cũ: {names}").format(
            n=len(self.former_names), names=", ".join(self.former_names)))
        self.cluster_group.setVisible(bool(self.former_names))

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
        self.topics_page = TopicsPage(ctx, self)
        self.demo_page = DemoPage(ctx, self)
        for page in (self.welcome_page, self.unit_page, self.header_page, self.topics_page,
                     self.demo_page):
            self.addPage(page)
        existing = queries.installation(ctx.repo)
        if existing is not None:  # run again from the menu: start from what is stored
            self.unit_page.role_chooser.set_role(existing.role)
            self.unit_page.role_chooser.set_runs_station(existing.runs_station)
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
        base = queries.installation(self.ctx.repo) or Installation(unit_code=unit.code,
                                                                  role=Role.STATION)
        installation = dataclasses.replace(
            base, unit_code=unit.code, role=self.unit_page.role_chooser.role(),
            runs_station=self.unit_page.role_chooser.runs_station(),
            minutes_only=self.header_page.fields.minutes_only.isChecked(),
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
        topics, _problems = self.topics_page.topics()  # checked when its page was left
        try:
            self.ctx.apply(operations.add_topics, topics=topics)
        except ValidationError as exc:
            self.demo_page.show_message("; ".join(problem_line(p) for p in exc.problems))
            return
        if self.demo_page.former_names and self.demo_page.cluster_check.isChecked():
            ids = administration.create_clusters_from_links(self.ctx.repo,
                                                            unit_code=installation.unit_code)
            self.ctx.announce(Changes(frozenset({Area.CLUSTERS}), added=len(ids)))
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
            with queries.worker_session(db_path) as repo:  # a connection of its own
                return load_demo(repo, records=records, progress=report)

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
