"""The Reports page ("Báo cáo"): choose a period and scope, see the tables, export, register.

The summary is computed in SQL (``operations.reports.build_summary``, well under a second for
a month of a million-row log) in a worker thread with its own connection, whenever the
period, the scope or the data change — debounced, and only while the page is visible. The
export runs in a worker thread (``TaskRunner``) with its own database connection and a
cancellable progress bar; the register below lists every exported report with "Mở thư mục".
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ocop_desktop.domain.periods import ReportPeriod
from ocop_desktop.domain.report_text import Narrative, count_text, report_tables
from ocop_desktop.domain.reporting import ReportEntry, ReportSummary
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.texts.problem_texts import problem_line, problem_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import save_file_name
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.report.models import (
    BroadcastModel,
    GroupedHeader,
    RegisterModel,
    SummaryModel,
    _tr,
)
from ocop_desktop.ui.report.widgets import NarrativeEditor, PeriodChooser
from ocop_desktop.ui.tasks import Cancelled, Progress, TaskRunner
from ocop_desktop.ui.widgets import DateEdit, combo_value, over_register, row_table

log = logging.getLogger(__name__)
_REFRESH_AREAS = {Area.RECORDS, Area.TOPICS, Area.DIRECTIVES, Area.SETTINGS, Area.UNITS}


class ReportPage(QWidget):
    """Báo cáo: period and scope, the summary tables, "Xuất Excel…", and the register.

    Other pages extend the register with buttons of their own (the outbox's "Gửi"):
    ``register_buttons`` is the row of buttons under it and ``selected_report()`` the line
    the user picked.

    Signals:
        message: a one-line status text for the window's status bar.
        exported: a report was exported (its ``ReportEntry``).
    """

    message = Signal(str)
    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportPage")
        self.runner = TaskRunner(self)
        self.summary_runner = TaskRunner(self)
        self._generation = 0
        self.summary: ReportSummary | None = None
        self._dirty = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)

        installation = queries.installation(ctx.repo)
        self.period_chooser = PeriodChooser(
            self, cutoff_day=installation.period_cutoff_day if installation else 1)
        self.scope = QComboBox(self)
        self.scope.setObjectName("scope")
        self.scope.setMinimumContentsLength(40)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.number = QSpinBox(self)
        self.number.setObjectName("reportNumber")
        self.number.setRange(1, 99999)
        self.symbol = QLineEdit(self)
        self.symbol.setObjectName("reportSymbol")
        self.symbol.setMaximumWidth(140)
        self.issued_on = DateEdit(self)
        self.issued_on.set_date(dt.date.today())
        self.export_button = QPushButton(_tr("Xuất Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("rangeLabel")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result_label.linkActivated.connect(self._open_link)

        form = QFormLayout()
        form.addRow(_tr("Kỳ báo cáo:"), self.period_chooser)
        form.addRow(_tr("Phạm vi:"), self.scope)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(QLabel("/", self))
        number_row.addWidget(self.symbol)
        number_row.addSpacing(16)
        number_row.addWidget(QLabel(_tr("Ngày ban hành:"), self))
        number_row.addWidget(self.issued_on)
        number_row.addSpacing(16)
        number_row.addWidget(self.export_button)
        number_row.addStretch(1)
        form.addRow(_tr("Số:"), number_row)
        form.addRow("", self.range_label)

        self.topic_model = SummaryModel(_tr("Chủ đề"), self)
        self.unit_model = SummaryModel(_tr("Đơn vị"), self)
        self.broadcast_model = BroadcastModel(self)
        self.topic_view = self._summary_view(self.topic_model, "topicTable")
        self.unit_view = self._summary_view(self.unit_model, "unitTable")
        self.broadcast_view = self._summary_view(self.broadcast_model, "broadcastTable",
                                                 grouped=False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("summaryTabs")
        self.tabs.addTab(self.topic_view, _tr("Theo chủ đề"))
        self.tabs.addTab(self.unit_view, _tr("Theo đơn vị"))
        self.tabs.addTab(self.broadcast_view, _tr("Phát thanh theo ngôn ngữ, nguồn (phút)"))
        self.texts = NarrativeEditor(self)
        self.tabs.addTab(self.texts, _tr("Nội dung báo cáo và xem trước"))
        self.texts.changed.connect(self._texts_edited)
        self.texts.save_button.clicked.connect(self.save_texts)
        self.texts.previous_button.clicked.connect(self.start_from_previous)
        self._texts_key: tuple[str, str | None] | None = None
        self._texts_period: ReportPeriod | None = None
        self._texts_dirty = False

        self.register_model = RegisterModel(self)
        self.register_view = row_table(self.register_model, self, "registerTable")
        self.register_view.horizontalHeader().setStretchLastSection(True)
        self.register_view.doubleClicked.connect(lambda _index: self.open_file())
        # At least three rows and a half show, even on a 768-pixel screen (it showed 1.5).
        rows = self.register_view.verticalHeader().defaultSectionSize()
        self.register_view.setMinimumHeight(
            self.register_view.horizontalHeader().sizeHint().height() + rows * 7 // 2 + 4)
        self.open_folder_button = QPushButton(_tr("Mở thư mục"), self)
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_file_button = QPushButton(_tr("Mở tệp"), self)
        self.open_file_button.setObjectName("openFileButton")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button.clicked.connect(self.open_file)
        self.register_buttons = QHBoxLayout()
        self.register_buttons.addWidget(self.open_folder_button)
        self.register_buttons.addWidget(self.open_file_button)
        self.register_buttons.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(form)
        top_layout.addWidget(self.result_label)
        top_layout.addWidget(self.tabs, 1)
        over_register(self, top, _tr("Sổ đăng ký báo cáo đã xuất"), self.register_view,
                      self.register_buttons, (3, 1))

        self.period_chooser.changed.connect(self.schedule_refresh)
        self.scope.currentIndexChanged.connect(self.schedule_refresh)
        self.issued_on.date_changed.connect(lambda _day: self._update_number())
        self.issued_on.date_changed.connect(lambda _day: self.update_preview())
        self.number.valueChanged.connect(lambda _n: self.update_preview())
        self.export_button.clicked.connect(self.export)
        self.register_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_register_buttons())
        ctx.changed.connect(self._on_changed)
        self._load_scopes()
        self._load_settings()
        self.reload_register()
        self.refresh()
        from ocop_desktop.ui.send_dialog import add_send_button  # "Gửi…" (issue 5)

        add_send_button(self, ctx)

    @staticmethod
    def _summary_view(model: QAbstractTableModel, name: str, *,
                      grouped: bool = True) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        if grouped:
            view.setHorizontalHeader(GroupedHeader(view))
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setMinimumSectionSize(70)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # -- data ------------------------------------------------------------------------------
    def _load_scopes(self) -> None:
        current = combo_value(self.scope)
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(_tr("Tất cả chủ đề"), None)
        for directive in queries.directives(self.ctx.repo):
            summary = directive.summary if len(directive.summary) <= 70 else (
                directive.summary[:69] + "…")
            self.scope.addItem(f"{directive.number} — {summary}", directive.number)
        index = self.scope.findData(current) if current is not None else 0
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def _load_settings(self) -> None:
        repo = self.ctx.repo
        installation = queries.installation(repo)
        if installation is not None:
            self.period_chooser.set_cutoff_day(installation.period_cutoff_day)
        self.symbol.setText(report_ops.report_symbol(repo))
        self._update_number()

    def _update_number(self) -> None:
        day = self.issued_on.date() or dt.date.today()
        self.number.setValue(report_ops.next_number(self.ctx.repo, year=day.year))

    def reload_register(self) -> None:
        from ocop_desktop.operations.inbox import replies

        self.register_model.set_entries(report_ops.list_reports(self.ctx.repo),
                                        replies(self.ctx.repo))
        self.register_view.resizeColumnsToContents()
        self._update_register_buttons()

    def schedule_refresh(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def page_shown(self) -> None:
        """Called by the main window each time the page is shown."""
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the summary for the chosen period and scope.

        In a worker thread with its own connection: a month takes a fraction of a second
        even for a province, but a province's year (half a million records) takes seconds,
        and the window must not freeze. Only the latest request's result is shown."""
        self._refresh_timer.stop()
        self._dirty = False
        self._generation += 1
        generation = self._generation
        period = self.period_chooser.period()
        self._load_texts(period, self.scope.currentData())
        if period is None:
            self.summary = None
            chooser = self.period_chooser
            typed = [e.text().strip() for e in (chooser.date_from, chooser.date_to)
                     if e.isVisibleTo(chooser) and not e.has_valid_text()]
            self.range_label.setText(problem_text(Problem("date", ProblemCode.BAD_DATE, {
                "value": typed[0], "format": "dd/mm/yyyy"})) if typed else _tr(
                "Chưa chọn đủ kỳ báo cáo (từ ngày, đến ngày)."))
            self._show(None)
            return
        directive = combo_value(self.scope)
        source = self.ctx.db_path or self.ctx.repo

        def work(_progress: Progress) -> ReportSummary:
            with queries.worker_session(source) as repo:
                return report_ops.build_summary(repo, period=period, directive=directive)

        def done(summary: ReportSummary) -> None:
            if generation != self._generation or not isValid(self):
                return
            self.summary = summary
            self.range_label.setText(_tr("{range} · {count} hoạt động được ghi trong kỳ").format(
                range=period.range_text[:1].upper() + period.range_text[1:],
                count=count_text(summary.records)))
            self._show(summary)

        def failed(exc: Exception) -> None:
            if generation != self._generation or not isValid(self):
                return
            self.summary = None
            if isinstance(exc, ValidationError):
                self.range_label.setText(" ".join(problem_line(p) for p in exc.problems))
            else:
                log.error("summary failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
                self.range_label.setText(_tr("Không tính được số liệu tổng hợp ({error}).")
                                         .format(error=type(exc).__name__))
            self._show(None)

        self.range_label.setText(_tr("Đang tính số liệu {range}…").format(
            range=period.range_text))
        self.summary_runner.run(work, title="", on_done=done, on_error=failed,
                                show_dialog=False)

    def _show(self, summary: ReportSummary | None) -> None:
        self.topic_model.set_table(summary.by_topic if summary else None)
        self.unit_model.set_table(summary.by_unit if summary else None)
        self.broadcast_model.set_table(summary.broadcast if summary else None)
        self.tabs.setTabVisible(1, summary is not None and summary.by_unit is not None)
        for view in (self.topic_view, self.unit_view, self.broadcast_view):
            view.resizeColumnsToContents()
            if view.model().columnCount() > 0:
                view.setColumnWidth(0, max(view.columnWidth(0), 260))
                view.setColumnWidth(0, min(view.columnWidth(0), 420))
        self.export_button.setEnabled(summary is not None)
        self.update_preview()

    # -- the parts in words -----------------------------------------------------------------
    def _load_texts(self, period: ReportPeriod | None, directive: str | None) -> None:
        """Show the texts kept for this period and scope (after keeping the ones typed for
        the previous choice)."""
        key = (period.key, directive) if period is not None else None
        if key == self._texts_key:
            return
        self._keep_typed_texts()
        self._texts_key = key
        self._texts_period = period
        narrative = (report_ops.narrative_for(self.ctx.repo, period=period,
                                              directive=directive)
                     if period is not None else Narrative())
        self.texts.set_narrative(narrative)
        self._texts_dirty = False
        self.texts.set_saved(True)
        previous = (report_ops.previous_narrative(self.ctx.repo, period=period,
                                                  directive=directive)
                    if period is not None else None)
        self.texts.previous_button.setEnabled(previous is not None)
        self.texts.previous_button.setToolTip(
            _tr("Chép nội dung đã viết cho kỳ {period} để sửa tiếp.").format(
                period=previous[0]) if previous else _tr("Chưa có kỳ nào trước đây có nội dung."))

    def _keep_typed_texts(self) -> None:
        """Texts typed but not saved are kept when the user turns to another period."""
        if self._texts_dirty and self._texts_period is not None and self._texts_key is not None:
            try:
                self.ctx.apply(report_ops.save_narrative, period=self._texts_period,
                               directive=self._texts_key[1], narrative=self.texts.narrative())
            except ValidationError as exc:
                log.warning("texts not kept: %s", exc.problems)
        self._texts_dirty = False

    def _texts_edited(self) -> None:
        self._texts_dirty = True
        self.texts.set_saved(False)
        self.update_preview()

    def save_texts(self) -> None:
        """Keep the texts of this period's report ("Lưu nội dung")."""
        period = self.period_chooser.period()
        if period is None:
            return
        try:
            self.ctx.apply(report_ops.save_narrative, period=period,
                           directive=self.scope.currentData(),
                           narrative=self.texts.narrative())
        except ValidationError as exc:
            self._show_error("\n".join(problem_line(p) for p in exc.problems))
            return
        self._texts_dirty = False
        self.texts.set_saved(True)
        self.message.emit(_tr("Đã lưu nội dung báo cáo {period}.").format(
            period=period.label))

    def start_from_previous(self) -> None:
        """Copy the texts of the last period that has some ("Lấy nội dung kỳ trước")."""
        period = self.period_chooser.period()
        if period is None:
            return
        previous = report_ops.previous_narrative(self.ctx.repo, period=period,
                                                 directive=self.scope.currentData())
        if previous is None:
            return
        self.texts.set_narrative(previous[1])
        self._texts_edited()

    def update_preview(self) -> None:
        """The document's heading, parts and signature as they will print."""
        repo = self.ctx.repo
        installation = queries.installation(repo)
        period = self.period_chooser.period()
        if installation is None or period is None:
            self.texts.preview.setText(_tr("Chưa thiết lập đơn vị hoặc chưa chọn kỳ báo cáo."))
            return
        number = self.scope.currentData()
        directive = queries.directive(repo, number) if number else None
        summary = self.summary
        document = report_ops.document_texts(
            repo, installation, period=period, directive=directive,
            records=summary.records if summary else 0, number=self.number.value(),
            symbol=self.symbol.text().strip() or report_ops.report_symbol(repo),
            issued_on=self.issued_on.date() or dt.date.today(),
            narrative=self.texts.narrative())
        tables = report_tables(summary, options=report_ops.report_options(installation),
                               extra=report_ops.extra_tables(repo, period)) if summary else ()
        self.texts.show_document(document, tables)

    def _on_changed(self, changes: Changes) -> None:
        if Area.DIRECTIVES in changes.areas:
            self._load_scopes()
        if Area.SETTINGS in changes.areas:
            self._load_settings()
        if Area.REPORTS in changes.areas:
            self.reload_register()
            self._update_number()
        if _REFRESH_AREAS & set(changes.areas):
            self.schedule_refresh()

    # -- export ----------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        period = self.period_chooser.period()
        folder = Preferences().folder(FolderKind.EXPORT)
        if period is None:
            return folder
        return folder / report_ops.default_file_name(self.ctx.repo, period)

    def ask_output_path(self) -> Path | None:
        """The file dialog (tests replace this method)."""
        name, _filter = save_file_name(
            self, _tr("Xuất báo cáo ra Excel"), str(self.suggested_path()),
            _tr("Sổ tính Excel (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def export(self) -> None:
        period = self.period_chooser.period()
        if period is None:
            self._show_error(_tr("Chưa chọn đủ kỳ báo cáo."))
            return
        out = self.ask_output_path()
        if out is None:
            return
        Preferences().set_folder(FolderKind.EXPORT, out.parent)
        directive = combo_value(self.scope)
        number = self.number.value()
        issued_on = self.issued_on.date() or dt.date.today()
        narrative = self.texts.narrative()  # kept with the register line
        symbol = self.symbol.text().strip()
        try:
            if symbol != report_ops.report_symbol(self.ctx.repo):
                self.ctx.apply(report_ops.set_report_symbol, symbol=symbol)
        except ValidationError as exc:
            self._show_error("\n".join(problem_line(p) for p in exc.problems))
            return
        source = self.ctx.db_path or self.ctx.repo
        texts = {"rows": _tr("Đang ghi các bản ghi…"), "pack": _tr("Đang nén tệp…")}

        def work(progress: Progress) -> report_ops.ExportResult:
            def report(done: int, total: int, stage: str) -> None:
                progress.update(done, total, texts.get(stage, ""))

            try:
                with queries.worker_session(source) as repo:
                    return report_ops.export_report(
                        repo, period=period, directive=directive, out=out, progress=report,
                        cancelled=lambda: progress.cancelled, issued_on=issued_on,
                        number=number, narrative=narrative)
            except report_ops.ExportCancelled:
                raise Cancelled() from None

        self.export_button.setEnabled(False)
        self.runner.run(work, title=_tr("Đang xuất báo cáo…"), on_done=self._exported,
                        on_error=self._export_failed, on_cancel=self._export_cancelled)

    def _exported(self, result: report_ops.ExportResult) -> None:
        self.export_button.setEnabled(True)
        self._texts_dirty = False
        self.texts.set_saved(True)
        entry = result.entry
        self.ctx.announce(result.changes)
        folder = QUrl.fromLocalFile(str(result.path.parent)).toString()
        file = QUrl.fromLocalFile(str(result.path)).toString()
        self.result_label.setText(_tr(
            "Đã xuất báo cáo số <b>{number}</b> ({count} bản ghi) vào <a href=\"{file}\">{path}"
            "</a> — <a href=\"{folder}\">Mở thư mục</a>").format(
                number=entry.number_text, count=count_text(entry.record_count),
                file=file, path=str(result.path), folder=folder))
        self.message.emit(_tr("Đã xuất báo cáo số {number}.").format(number=entry.number_text))
        self.exported.emit(entry)

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error("\n".join(problem_line(p) for p in exc.problems))
            return
        log.error("export failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
        self._show_error(_tr("Không xuất được báo cáo do lỗi không mong đợi ({error}). Tệp cũ "
                             "(nếu có) vẫn giữ nguyên; hãy thử lại hoặc báo cho người hỗ "
                             "trợ.").format(error=type(exc).__name__))

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.result_label.setText(_tr("Đã hủy xuất báo cáo; không có tệp nào được ghi."))

    def _show_error(self, text: str) -> None:
        self.result_label.setText("")
        QMessageBox.warning(self, _tr("Không xuất được báo cáo"), text)

    # -- register --------------------------------------------------------------------------
    def selected_report(self) -> ReportEntry | None:
        rows = self.register_view.selectionModel().selectedRows()
        return self.register_model.entry(rows[0].row()) if rows else None

    def _update_register_buttons(self) -> None:
        entry = self.selected_report()
        self.open_folder_button.setEnabled(entry is not None)
        self.open_file_button.setEnabled(entry is not None and Path(entry.file_path).is_file())

    def open_folder(self) -> None:
        entry = self.selected_report()
        if entry is not None:
            self._open(Path(entry.file_path).parent)

    def open_file(self) -> None:
        entry = self.selected_report()
        if entry is not None and Path(entry.file_path).is_file():
            self._open(Path(entry.file_path))

    def _open_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def _open(self, path: Path) -> None:
        if not path.exists():
            QMessageBox.information(self, _tr("Không còn tệp"), _tr(
                "Không tìm thấy {path}; tệp có thể đã được chuyển đi hoặc xóa.").format(
                    path=path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
