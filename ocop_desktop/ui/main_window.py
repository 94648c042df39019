"""The main window: navigation between pages, the menus, and the status bar.

Pages are listed once, in ``_page_factories``; each is built the first time it is opened.
At start-up the window shows its frame (menus, navigation, status bar) and builds the page it
opens on, usually the log, in the event loop's next turn after that first paint (start-up
time, DESIGN.md §7); asking for a page (``page``, ``log_page``) builds it at once.

Menus are built in named steps; the methods ``_add_file_actions``,
``_add_catalogue_actions`` and ``_add_tools_actions`` are where the backup/restore,
catalogue and settings dialogs plug in; each action shows its shortcut in its menu.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # ``QtCore.Qt`` when used: see ui/first_paint.py
from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from ocop_desktop.domain.records import Installation, Role
from ocop_desktop.domain.text import count_text
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.first_paint import after_first_paint
from ocop_desktop.ui.preferences import Preferences
from ocop_desktop.ui.report_drops import accept_report_drops

if TYPE_CHECKING:
    from ocop_desktop.ui.backup_actions import BackupActions
    from ocop_desktop.ui.log_page import LogPage

PageFactory = Callable[[AppContext, QWidget], QWidget]
UNDO_OFFER_MS = 15_000
OUTBOX_START_MS = 500

# Who sees which page: page key → the kinds of work that need it. An installation does
# "station" work (logging airings, a schedule) if it is a station or an office that also runs
# one (``Installation.runs_station``), and "office" work (importing and following the reports
# of units below) if it is an office. A page is shown when the installation does any of its
# kinds of work. Add a page here with one line (e.g. ``"inbox": OFFICE_WORK``).
STATION_WORK = frozenset({"station"})
OFFICE_WORK = frozenset({"office"})
ALL_WORK = STATION_WORK | OFFICE_WORK
PAGE_AUDIENCE: dict[str, frozenset[str]] = {
    "dashboard": ALL_WORK,
    "log": ALL_WORK,
    "schedule": STATION_WORK,
    "reports": ALL_WORK,
    "imports": OFFICE_WORK,
    "completeness": OFFICE_WORK,
    "outbox": ALL_WORK,
    "inbox": ALL_WORK,  # replies to a station, reports to an office (issue 15)
    "catalogue": ALL_WORK,
}


def work_of(installation: Installation | None) -> frozenset[str]:
    """The kinds of work of ``PAGE_AUDIENCE`` this installation does."""
    if installation is None or installation.role is Role.STATION:
        return STATION_WORK
    return ALL_WORK if installation.runs_station else OFFICE_WORK


def pages_for(installation: Installation | None, keys: list[str]) -> list[str]:
    """The page keys (in ``keys`` order) this installation's navigation shows."""
    work = work_of(installation)
    return [key for key in keys if PAGE_AUDIENCE.get(key, ALL_WORK) & work]


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page of the navigation.

    ``factory`` is ``"package.module:Callable"``, imported the first time the page is
    opened (which keeps start-up fast), called as ``Callable(ctx, parent)``; it returns the
    page widget. A page may define
    ``page_shown()`` (called each time it is shown), ``save_layout()`` (called when the
    window closes) and ``can_close() -> bool`` (asked before the window closes).
    """

    key: str
    title: str
    factory: str
    tooltip: str = ""


def _resolve(factory: str) -> PageFactory:
    module_name, _, attribute = factory.partition(":")
    return getattr(importlib.import_module(module_name), attribute)  # type: ignore[no-any-return]


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right, menus and status bar."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self._pages: dict[str, QWidget] = {}
        self._backup_actions: BackupActions | None = None
        self._specs = self._page_factories()
        self._start = "new"  # "waiting" for the frame's first paint, then "started"
        self._build_navigation()
        self._update_visible_pages()
        self._build_menus()
        self._build_status_bar()
        self._update_demo_indicator()
        accept_report_drops(self)  # report files dropped on the window go to "imports" (issue 4)
        # Background sending and its status-bar line (issue 5), once the window has been
        # shown and painted: the mail modules are not needed for that (start-up time).
        self._outbox_timer = QTimer(self)
        self._outbox_timer.setSingleShot(True)
        self._outbox_timer.timeout.connect(self._attach_outbox)
        ctx.destroyed.connect(self._outbox_timer.stop)  # the data file closed first (tests)
        self._outbox_timer.start(OUTBOX_START_MS)
        ctx.changed.connect(self._on_changed)
        self._update_title()
        self._restore_geometry()

    @property
    def log_page(self) -> LogPage:  # built if it was not yet
        return self.page("log")  # type: ignore[return-value]

    def showEvent(self, event: QShowEvent) -> None:
        """Override QMainWindow.showEvent: the first time, the rest of the start waits for the
        frame's first paint (after what the start itself asked for before showing)."""
        super().showEvent(event)
        if self._start == "new":
            self._start = "waiting"
            page = self._specs[max(self.navigation.currentRow(), 0)].title  # while it is built
            self.statusBar().showMessage(self.tr("Đang mở {page}…").format(page=page))
            after_first_paint(self, self._finish_start)

    @property
    def started(self) -> bool:
        """Whether the frame has been painted and the page it opens on built and shown."""
        return self._start == "started"

    def _finish_start(self) -> None:
        """After the frame's first paint: what it sets with the ``Qt`` namespace's enums (see
        ``ui/first_paint.py``), then its page. Building a page in a shown window takes the
        keyboard focus away (the record form focuses a field of its own): it stays put."""
        qt = QtCore.Qt
        self.navigation.setHorizontalScrollBarPolicy(qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        path = str(self.ctx.db_path) if self.ctx.db_path else self.tr("(trong bộ nhớ)")
        self.file_label.setTextInteractionFlags(qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setText(self.tr("Tệp dữ liệu: {path}").format(
            path=self.fontMetrics().elidedText(path, qt.TextElideMode.ElideMiddle, 360)))
        self.file_label.setToolTip(path)
        focus = QApplication.focusWidget()
        self._start = "started"
        self._show_row(self.navigation.currentRow())
        self.statusBar().clearMessage()
        if "log" not in self._pages:  # the log says its count once built; until then, the total
            self._show_total(queries.record_count(self.ctx.repo))
        if focus is not None and QApplication.focusWidget() is None:
            focus.setFocus(qt.FocusReason.OtherFocusReason)

    def offer_draft(self) -> None:
        """After a crash or power cut: offer back the record that was being typed."""
        if self.log_page.form.pending_draft is not None:
            self.show_page("log")
            self.log_page.form.offer_draft()

    # -- pages -------------------------------------------------------------------------------
    def _attach_outbox(self) -> None:
        from ocop_desktop.ui.outbox_service import attach_to_window

        attach_to_window(self, self.ctx)
        from ocop_desktop.ui.inbox_service import attach_inbox

        attach_inbox(self, self.ctx)  # fetching every few minutes (issue 15)

    def _page_factories(self) -> list[PageSpec]:
        """The pages of the navigation, in order. Add a page with ONE line, e.g.

            PageSpec("reports", self.tr("Báo cáo"), "ocop_desktop.ui.report.page:ReportPage"),

        The factory is called as ``Factory(ctx, parent)``; see ``PageSpec``.
        """
        return [
            PageSpec("dashboard", self.tr("Tổng quan"),
                     "ocop_desktop.ui.dashboard_page:DashboardPage",
                     self.tr("Tháng này theo chủ đề, từng tuần, tiến độ chỉ tiêu")),
            PageSpec("log", self.tr("Sổ ghi"), "ocop_desktop.ui.log_page:LogPage",
                     self.tr("Ghi, tìm, sửa các buổi phát và hoạt động tuyên truyền")),
            PageSpec("schedule", self.tr("Lịch phát sóng"),
                     "ocop_desktop.ui.schedule.page:SchedulePage",
                     self.tr("Khung giờ phát, đánh dấu đã phát hoặc không phát")),
            PageSpec("reports", self.tr("Báo cáo"), "ocop_desktop.ui.report.page:ReportPage",
                     self.tr("Tổng hợp kết quả theo kỳ, xuất báo cáo Excel, sổ đăng ký")),
            PageSpec("imports", self.tr("Nhập báo cáo"), "ocop_desktop.ui.import_page:ImportPage",
                     self.tr("Nhập báo cáo của các đơn vị cấp dưới, sổ các lần nhập")),
            PageSpec("completeness", self.tr("Tình hình báo cáo"),
                     "ocop_desktop.ui.completeness_page:CompletenessPage",
                     self.tr("Đơn vị nào đã báo cáo đúng hạn, muộn, chưa báo cáo")),
            PageSpec("outbox", self.tr("Hộp thư đi"), "ocop_desktop.ui.outbox_page:OutboxPage",
                     self.tr("Báo cáo đang chờ gửi, đã gửi; tự gửi khi có mạng")),
            PageSpec("inbox", self.tr("Hộp thư đến"), "ocop_desktop.ui.inbox_page:InboxPage",
                     self.tr("Báo cáo nhận qua thư điện tử: nhận và nhập, hoặc trả lại; thư "
                             "trả lời của cấp trên")),
            PageSpec("catalogue", self.tr("Danh mục"),
                     "ocop_desktop.ui.catalogue.page:CataloguePage",
                     self.tr("Đơn vị hành chính, văn bản chỉ đạo và chủ đề tuyên truyền")),
        ]

    def _build_navigation(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(self)
        for spec in self._specs:
            item = QListWidgetItem(spec.title, self.navigation)
            item.setToolTip(spec.tooltip or spec.title)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        metrics = self.fontMetrics()
        width = max((metrics.horizontalAdvance(s.title) for s in self._specs), default=80) + 48
        self.navigation.setFixedWidth(max(width, 150))
        self.navigation.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding-top: 6px; }"
            "QListWidget#navigation::item { padding-left: 12px; border-radius: 3px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        rule = QFrame(central)
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_row)

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def visible_page_keys(self) -> list[str]:
        """The pages the navigation shows for this installation's role (``PAGE_AUDIENCE``)."""
        return [spec.key for row, spec in enumerate(self._specs)
                if not self.navigation.item(row).isHidden()]

    def _update_visible_pages(self) -> None:
        shown = set(pages_for(queries.installation(self.ctx.repo), self.page_keys()))
        current = self.current_page_key() if self.navigation.currentRow() >= 0 else None
        for row, spec in enumerate(self._specs):
            self.navigation.item(row).setHidden(spec.key not in shown)
        if current is not None and current not in shown:
            self.show_page("log")

    def page(self, key: str) -> QWidget:
        """The page with this key, built on first use."""
        if key in self._pages:
            return self._pages[key]
        position = self.page_keys().index(key)
        spec = self._specs[position]
        widget = _resolve(spec.factory)(self.ctx, self.stack)
        placeholder = self.stack.widget(position)
        shown = placeholder is not None and self.stack.currentWidget() is placeholder
        self.stack.insertWidget(position, widget)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if shown:
            self.stack.setCurrentWidget(widget)
        self._pages[key] = widget
        if key == "log":
            self._connect_log_page(widget)  # type: ignore[arg-type]
        return widget

    def show_page(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def current_page_key(self) -> str:
        row = self.navigation.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else "log"

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        if not self.started:  # the frame paints first; the page comes next
            self.stack.setCurrentIndex(row)
            return
        widget = self.page(self._specs[row].key)
        self.stack.setCurrentWidget(widget)
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Tệp"))
        self._add_file_actions(self.file_menu)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.tr("T&hoát"), self.close, QKeySequence("Ctrl+Q"),
                                        tip=self.tr("Đóng chương trình (dữ liệu đã được lưu)"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.quit_action)

        # Filled with the log page's actions when the page is built (_connect_log_page).
        self.log_menu = bar.addMenu(self.tr("&Sổ ghi"))

        self.catalogue_menu = bar.addMenu(self.tr("&Danh mục"))
        self._add_catalogue_actions(self.catalogue_menu)
        self.tools_menu = bar.addMenu(self.tr("&Công cụ"))
        self._add_tools_actions(self.tools_menu)
        self.help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self.help_action = self._action(
            QCoreApplication.translate("HelpDialog", "&Hướng dẫn sử dụng"), self.show_help,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            tip=QCoreApplication.translate(
                "HelpDialog", "Cách ghi sổ, lập và gửi báo cáo, tổng hợp báo cáo"))
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.about_action = self._action(self.tr("&Giới thiệu"), self.show_about,
                                         tip=self.tr("Phiên bản, nơi lưu dữ liệu"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | None = None,
                *, tip: str = "") -> QAction:
        """An action owned by the window (so its shortcut works from every page)."""
        action = QAction(text, self)
        if shortcut is not None:
            # As setShortcut, whose overloads would build the ``Qt`` namespace's enums before
            # the first paint (ui/first_paint.py).
            action.setShortcuts([shortcut])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _add_file_actions(self, menu: QMenu) -> None:
        """HOOK (Tệp): "Sao lưu ngay" and "Khôi phục…" go here, above "Thoát".

        Create actions with ``self._action(text, slot, shortcut, tip=…)`` and
        ``menu.addAction(...)``; after a restore call
        ``self.ctx.announce(Changes(frozenset(Area)))`` so every page re-reads the data.
        """
        # The commands' module (its dialogs, files and tasks) is imported when one is used.
        self.backup_action = self._action(
            QCoreApplication.translate("BackupActions", "&Sao lưu ngay…"),
            lambda: self.backup_actions.backup_now(), QKeySequence("Ctrl+Shift+B"),
            tip=QCoreApplication.translate(
                "BackupActions", "Chép toàn bộ dữ liệu ra một tệp, ví dụ vào USB"))
        self.restore_action = self._action(
            QCoreApplication.translate("BackupActions", "&Khôi phục từ bản sao lưu…"),
            lambda: self.backup_actions.restore(),
            tip=QCoreApplication.translate(
                "BackupActions", "Thay dữ liệu đang dùng bằng một bản sao lưu"))
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    @property
    def backup_actions(self) -> BackupActions:
        """Tệp → "Sao lưu ngay…", "Khôi phục từ bản sao lưu…" (built on first use)."""
        if self._backup_actions is None:
            from ocop_desktop.ui.backup_actions import BackupActions

            self._backup_actions = BackupActions(self.ctx, self)
        return self._backup_actions

    def show_help(self) -> QDialog:
        from ocop_desktop.ui.help_dialog import show_help

        return show_help(self)

    def _add_catalogue_actions(self, menu: QMenu) -> None:
        """HOOK (Danh mục): the catalogue page on a tab, or a unit list to import.

        The page module is imported when the page first opens (start-up time).
        """
        def page() -> Any:
            return self.show_page("catalogue")

        menu.addAction(self._action(self.tr("Đơn vị &hành chính"), lambda: page().show_units(),
                                    tip=self.tr("Xem danh mục đơn vị hành chính theo ngày")))
        menu.addAction(self._action(
            self.tr("&Nhập danh mục đơn vị…"), lambda: page().show_units().choose_and_import(),
            tip=self.tr("Nhập tệp danh mục của Tổng cục Thống kê (Excel, CSV)")))
        menu.addSeparator()
        menu.addAction(self._action(
            self.tr("&Văn bản chỉ đạo và chủ đề"), lambda: page().show_directives(),
            tip=self.tr("Đăng ký văn bản chỉ đạo và các chủ đề tuyên truyền")))
        menu.addAction(self._action(
            self.tr("&Thêm văn bản chỉ đạo…"), lambda: page().show_directives().add_directive(),
            tip=self.tr("Đăng ký một văn bản chỉ đạo mới nhận")))
        self.add_topic_action = self._action(
            self.tr("Thêm &chủ đề…"), lambda: page().show_directives().add_topic(),
            tip=self.tr("Thêm một chủ đề tuyên truyền (có thể không gắn văn bản nào)"))
        menu.addAction(self.add_topic_action)
        menu.addSeparator()
        self.remove_demo_action = self._action(
            self.tr("&Xóa dữ liệu mẫu…"), self.remove_demo,
            tip=self.tr("Xóa mọi bản ghi mẫu và các chủ đề, văn bản mẫu không còn dùng; sổ thật "
                        "giữ nguyên"))
        menu.addAction(self.remove_demo_action)

    def _add_tools_actions(self, menu: QMenu) -> None:
        """HOOK (Công cụ): "Cài đặt…" goes here (and later tools, one action each)."""
        self.settings_action = self._action(
            self.tr("&Cài đặt…"), self.open_settings, QKeySequence("Ctrl+,"),
            tip=self.tr("Đơn vị, người ký, nơi nhận, kỳ báo cáo, giao diện"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.addAction(self.settings_action)

    def open_settings(self) -> bool:
        # Imported on first use: the settings pages pull in the mail code (start-up time).
        from ocop_desktop.ui.settings_dialog import open_settings

        return open_settings(self.ctx, self)

    def remove_demo(self) -> bool:
        """Danh mục → Xóa dữ liệu mẫu: after a question, remove every demo record, topic and
        directive in one step; real records are never touched."""
        from ocop_desktop.operations.maintenance import demo_record_count, remove_demo

        count = demo_record_count(self.ctx.repo)
        from PySide6.QtWidgets import QMessageBox  # when asked (start-up time)

        answer = QMessageBox.question(
            self, self.tr("Xóa dữ liệu mẫu"),
            self.tr("Xóa {count} bản ghi mẫu cùng các chủ đề và văn bản mẫu không còn dùng?\n"
                    "Các bản ghi thật giữ nguyên.").format(count=count_text(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        changes = self.ctx.apply(remove_demo)
        self._update_demo_indicator()
        self.statusBar().showMessage(self.tr(
            "Đã xóa {count} bản ghi mẫu; bản ghi thật giữ nguyên.").format(
                count=count_text(changes.deleted)), 10_000)
        return True

    def _update_demo_indicator(self) -> None:
        has_demo = queries.has_demo_data(self.ctx.repo)
        self.demo_button.setVisible(has_demo)
        self.remove_demo_action.setEnabled(has_demo)

    def _bring_log_forward(self) -> None:
        if self.current_page_key() != "log":
            self.show_page("log")

    def show_about(self) -> QDialog:
        from ocop_desktop.ui.help_dialog import AboutDialog

        dialog = AboutDialog(self.ctx, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- status bar --------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.undo_button = QToolButton(self)
        self.undo_button.setText(self.tr("Hoàn tác"))
        self.undo_button.setToolTip(self.tr("Hoàn tác thao tác vừa rồi (Ctrl+Z)"))
        self.undo_button.setAutoRaise(True)
        self.undo_button.setStyleSheet("QToolButton { color: palette(link); font-weight: bold; }")
        self.undo_button.clicked.connect(self._undo_from_status_bar)
        self.undo_button.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        self.file_label = QLabel(self)
        self.count_label = QLabel(self)
        # While the file holds demo data, say so, with the way to remove it.
        self.demo_button = QToolButton(self)
        self.demo_button.setText(self.tr("Đang có dữ liệu mẫu — Xóa dữ liệu mẫu"))
        self.demo_button.setToolTip(self.tr(
            "Các bản ghi có tiêu đề bắt đầu bằng “[Mẫu]” là dữ liệu mẫu để tập dùng. Bấm để "
            "xóa chúng; bản ghi thật giữ nguyên."))
        self.demo_button.setAutoRaise(True)
        self.demo_button.setStyleSheet("QToolButton { color: #8a5a00; font-weight: bold; }")
        self.demo_button.clicked.connect(self.remove_demo)
        status.addPermanentWidget(self.demo_button)
        status.addPermanentWidget(self.undo_button)
        status.addPermanentWidget(self.file_label)
        status.addPermanentWidget(self.count_label)
        self._total: int | None = None

    def _connect_log_page(self, page: LogPage) -> None:
        for action in page.log_actions.in_menu_order():
            if action is None:
                self.log_menu.addSeparator()
            else:
                self.log_menu.addAction(action)
                # Shortcuts of the log work from any page: they bring the log forward.
                action.triggered.connect(self._bring_log_forward)
        page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        page.undo_offered.connect(self._offer_undo)
        page.count_changed.connect(self._log_count_changed)
        self._log_count_changed(page.model.rowCount())

    def _offer_undo(self, text: str) -> None:
        self.statusBar().showMessage(text, UNDO_OFFER_MS)
        self.undo_button.show()
        self._undo_timer.start(UNDO_OFFER_MS)

    def _undo_from_status_bar(self) -> None:
        self.log_page.undo_stack.undo()
        self.undo_button.hide()
        self.statusBar().showMessage(self.tr("Đã hoàn tác."), 5000)

    def _log_count_changed(self, count: int) -> None:
        # Unfiltered, the table's count is the total: no second count over a million rows.
        if not self.log_page.filter_bar.is_filtering():
            self._show_total(count)
            return
        if self._total is None:
            self._total = queries.record_count(self.ctx.repo)
        self.count_label.setText(self.tr("Khớp bộ lọc: {count} / {total} bản ghi").format(
            count=count_text(count), total=count_text(self._total)))

    def _show_total(self, count: int) -> None:
        self._total = count
        self.count_label.setText(self.tr("Tổng số: {count} bản ghi").format(
            count=count_text(count)))

    def _on_changed(self, changes: Changes) -> None:
        log_page: LogPage | None = self._pages.get("log")  # type: ignore[assignment]
        if Area.RECORDS in changes.areas:
            self._update_demo_indicator()
            if log_page is None and self.started:  # no log yet to say its count
                self._show_total(queries.record_count(self.ctx.repo))
            elif log_page is not None and log_page.filter_bar.is_filtering():
                self._total = None  # re-counted when the log reports its new count
        if Area.SETTINGS in changes.areas or Area.UNITS in changes.areas:
            self._update_title()
        if Area.SETTINGS in changes.areas:
            self._update_visible_pages()

    def _update_title(self) -> None:
        installation = queries.installation(self.ctx.repo)
        name = installation.issuing_body if installation is not None else ""
        if installation is not None and not name:
            unit = queries.any_unit(self.ctx.repo, installation.unit_code)
            name = unit.name if unit else installation.unit_code
        # Qt adds " — OCOP Desktop" (the application's display name) to a window title by
        # itself on Linux and Windows; adding it here too showed it twice.
        self.setWindowTitle(name or QCoreApplication.applicationName() or "OCOP Desktop")

    # -- geometry and closing ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        prefs = Preferences()
        if prefs.geometry.isEmpty() or not self.restoreGeometry(prefs.geometry):
            self.resize(1280, 760)
        if not prefs.window_state.isEmpty():
            self.restoreState(prefs.window_state)
        key = prefs.current_page
        self.navigation.setCurrentRow(self.page_keys().index(
            key if key in self.visible_page_keys() else "log"))

    def save_layout(self) -> None:
        prefs = Preferences()
        prefs.geometry = self.saveGeometry()
        prefs.window_state = self.saveState()
        prefs.current_page = self.current_page_key()
        for widget in self._pages.values():
            save = getattr(widget, "save_layout", None)
            if callable(save):
                save()
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QMainWindow.closeEvent: ask pages, then remember the layout."""
        for widget in self._pages.values():
            can_close = getattr(widget, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        self.save_layout()
        event.accept()
