"""The log page: a filter bar, the lazy table of records and the entry form under it.

Filters and the search box become a ``RecordQuery``; the database does the filtering,
the ordering and the diacritic-free search (``repo`` folds text the same way on both
sides, so "dong dang" finds "Đồng Đăng"). The filter bar is ``log_filter.FilterBar``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop import operations
from ocop_desktop.domain.records import LogRecord, Role
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.texts.problem_texts import problem_line
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.log_filter import FilterBar
from ocop_desktop.ui.log_table import COLUMN_OF_SORT_KEY, Column, RecordTableModel
from ocop_desktop.ui.log_undo import DeleteRecordsCommand
from ocop_desktop.ui.preferences import Preferences
from ocop_desktop.ui.record_form import RecordForm

# Below this table width the first start hides the secondary columns (the user can show them
# again from the header's context menu; the choice is remembered).
COMPACT_BELOW = 1300
COMPACT_HIDDEN = (Column.SOURCE, Column.LOCATION, Column.OPERATOR)




# -- the table view ----------------------------------------------------------------------------

class LogTableView(QTableView):
    """The records table; says so when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        # The title column takes the width the others leave, but never less than this: on a
        # narrow window (an office at 125 %) the table scrolls instead of hiding the titles.
        self.title_minimum = 0
        self.horizontalHeader().sectionResized.connect(self._other_resized)

    def _other_resized(self, column: int, _old: int, _new: int) -> None:
        if column != Column.TITLE:  # a column shown, hidden or widened by hand
            self.fit_title()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_title()

    def fit_title(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != Column.TITLE and not header.isSectionHidden(c))
        stretch = self.viewport().width() - others >= self.title_minimum
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(Column.TITLE) != mode:
            header.setSectionResizeMode(Column.TITLE, mode)
        if not stretch:
            header.resizeSection(Column.TITLE, self.title_minimum)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QTableView.paintEvent: a hint instead of a blank area when empty."""
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()


@dataclass(frozen=True, slots=True)
class LogActions:
    """The page's actions; the main window puts them in its "Sổ ghi" menu."""

    new: QAction
    save: QAction
    save_new: QAction
    duplicate: QAction
    edit: QAction
    delete: QAction
    undo: QAction
    redo: QAction
    find: QAction

    def in_menu_order(self) -> list[QAction | None]:
        """``None`` is a separator."""
        return [self.new, self.save, self.save_new, self.duplicate, None, self.edit,
                self.delete, None, self.undo, self.redo, None, self.find]


class LogPage(QWidget):
    """Filter bar, table and entry form.

    Signals:
        message(str): a status line for the window.
        undo_offered(str): something undoable happened (a delete); offer "Hoàn tác".
        count_changed(int): the number of records the table shows.
    """

    message = Signal(str)
    undo_offered = Signal(str)
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.filter_bar = FilterBar(ctx, self)
        self.model = RecordTableModel(ctx, self)
        self.table = LogTableView(self)
        self.table.setModel(self.model)
        self._configure_table()
        self.form = RecordForm(ctx, self.undo_stack, self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(6)
        top_layout.addWidget(self.filter_bar)
        top_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)

        self.log_actions = self._create_actions()
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.problem.connect(self.message)
        self.form.saved.connect(self._select_uuid)
        self.form.message.connect(self.message)
        self.form.undo_offered.connect(self.undo_offered)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self._selecting = False
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.changed.connect(self._on_changed)
        self._remembered: tuple[list[str], int, int] = ([], 0, 0)
        self._update_count()
        self._update_actions()
        self._restore_layout()

    # -- table set-up ------------------------------------------------------------------------
    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setTabKeyNavigation(False)
        table.setCornerButtonEnabled(False)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        metrics = table.fontMetrics()

        def width(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + 24

        widths = {
            Column.DATE: width("00/00/00000"), Column.TIME: width("00:000"),
            Column.UNIT: width("Phường Đồng Đăng"), Column.TOPIC: width("Quyết định 861/QĐ-TTg"),
            Column.FORM: width("Hội nghị, nói chuyện"), Column.ITEMS: width("Tin/bài"),
            Column.AIRINGS: width("Lượt phát"), Column.MINUTES: width("Phút0"),
            Column.LANGUAGE: width("Tiếng Tày–Nùng"), Column.SOURCE: width("Tự sản xuất"),
            Column.LOCATION: width("Thôn/cụm loa"), Column.OPERATOR: width("Người thực hiện"),
        }
        for column, value in widths.items():
            table.setColumnWidth(column, value)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        table.title_minimum = width("Tuyên truyền sản phẩm OCOP")
        installation = queries.installation(self.ctx.repo)
        if installation is not None and installation.role is Role.STATION:
            # A station logs for itself: the unit column only repeats its own name.
            table.setColumnHidden(Column.UNIT, not queries.children(
                self.ctx.repo, installation.unit_code, dt.date.today()))
        self._update_empty_text()

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column in Column:
            if column == Column.TITLE:
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(
                lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.exec(header.mapToGlobal(position))

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.sort_key_for(column) is None:
            # Only indexed columns sort (a million rows); put the indicator back.
            current = COLUMN_OF_SORT_KEY[self.model.query.sort]
            wanted = (Qt.SortOrder.DescendingOrder if self.model.query.descending
                      else Qt.SortOrder.AscendingOrder)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, wanted)
            header.blockSignals(False)
            self.message.emit(self.tr("Cột này không sắp xếp được; hãy sắp theo ngày, đơn vị, "
                                      "chủ đề, hình thức hoặc tiêu đề."))
            return
        self.model.sort(column, order)

    # -- actions -------------------------------------------------------------------------------
    def _create_actions(self) -> LogActions:
        def action(text: str, slot: object, *keys: QKeySequence | QKeySequence.StandardKey | str,
                   tip: str = "") -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
            act.triggered.connect(slot)
            return act

        new = action(self.tr("Ghi &mới"), lambda: self.form.new_record(confirm=True),
                     QKeySequence.StandardKey.New,
                     tip=self.tr("Bắt đầu một bản ghi mới với các giá trị lần trước"))
        save = action(self.tr("&Lưu bản ghi"), lambda: self.form.save(),
                      QKeySequence.StandardKey.Save,
                      tip=self.tr("Lưu bản ghi đang nhập rồi bắt đầu bản ghi tiếp theo"))
        save_new = action(self.tr("Ghi và &tạo mới"), lambda: self.form.save(),
                          "Ctrl+Return", "Ctrl+Enter",
                          tip=self.tr("Lưu rồi bắt đầu ngay bản ghi tiếp theo, điền sẵn như "
                                      "bản vừa lưu (cả ngày)"))
        duplicate = action(self.tr("&Nhân bản"), self.duplicate, "Ctrl+D",
                           tip=self.tr("Tạo bản ghi mới giống bản ghi đang chọn"))
        edit = action(self.tr("&Sửa"), self.edit_selected, "F2",
                      tip=self.tr("Đưa bản ghi đang chọn lên khung nhập để sửa (F2, Enter "
                                  "hoặc bấm đúp vào dòng)"))
        delete = action(self.tr("&Xóa"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        tip=self.tr("Xóa các bản ghi đang chọn (có thể hoàn tác)"))
        # Delete acts on the table only, so the Delete key keeps its meaning in text fields.
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(delete)
        undo = self.undo_stack.createUndoAction(self, self.tr("Hoàn tác"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Làm lại"))
        # The same keys on every system (Qt's standard Redo is Ctrl+Y on Windows but
        # Ctrl+Shift+Z on Linux); the guide's keyboard table (docs/ban-phim.md) lists both.
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        find = action(self.tr("&Tìm kiếm"), self.focus_search, QKeySequence.StandardKey.Find,
                      tip=self.tr("Tìm trong sổ ghi"))
        return LogActions(new, save, save_new, duplicate, edit, delete, undo, redo, find)

    def _update_actions(self) -> None:
        selected = bool(self.selected_rows())
        self.log_actions.edit.setEnabled(selected)
        self.log_actions.delete.setEnabled(selected)

    # -- selection -----------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        model = self.table.selectionModel()
        return sorted(index.row() for index in model.selectedRows()) if model else []

    def selected_records(self) -> list[LogRecord]:
        return self.model.records(self.selected_rows())

    def _remember_selection(self) -> None:
        current = self.table.currentIndex()
        uuids = [r.uuid for r in self.selected_records()]
        self._remembered = (uuids, current.row() if current.isValid() else 0,
                            self.table.verticalScrollBar().value())

    def _restore_selection(self) -> None:
        uuids, row, scroll = self._remembered
        self.table.verticalScrollBar().setValue(scroll)
        rows = [found for found in (self.model.row_of(uuid, near=row) for uuid in uuids)
                if found is not None]
        self._select_rows(rows, scroll_to=False)
        self._update_count()
        self._update_actions()

    def _select_uuid(self, uuid: str) -> None:
        self.select_uuids([uuid])

    def select_uuids(self, uuids: list[str]) -> None:
        """Select these records in the table (a just-saved or restored record may be anywhere
        in the order: the loaded pages around the current row and the first page are looked
        at; rows further away are not searched, which would read the whole log)."""
        near = self.table.currentIndex().row()
        rows = []
        for uuid in uuids:
            row = self.model.row_of(uuid, near=near)
            if row is None:
                row = self.model.row_of(uuid, near=0)
            if row is not None:
                rows.append(row)
        if rows:
            self._select_rows(rows, scroll_to=True)

    def _select_rows(self, rows: list[int], *, scroll_to: bool) -> None:
        """Select rows without loading them into the form (the program, not the user, moved
        the selection: after a save the form must stay as the save left it)."""
        selection = self.table.selectionModel()
        self._selecting = True
        try:
            selection.clearSelection()
            flags = (QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
            for row in rows:
                selection.select(self.model.index(row, 0), flags)
            if rows:
                index = self.model.index(min(rows), 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                if scroll_to:
                    self.table.scrollTo(index)
        finally:
            self._selecting = False

    def _selection_changed(self) -> None:
        """Picking a row only selects it: editing starts with F2, Enter or a double-click,
        so typing in the form never changes a stored record by accident."""
        self._update_actions()

    # -- commands ------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.model.set_query(self.filter_bar.query(self.model.query))
        self._update_count()

    def focus_search(self) -> None:
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()

    def edit_selected(self) -> None:
        current = self.table.currentIndex()
        rows = self.selected_rows()
        row = current.row() if current.isValid() and current.row() in rows else (
            rows[0] if rows else -1)
        record = self.model.record(row)
        if record is None:
            return
        if self.form.load(record):
            self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form.title_edit.selectAll()

    def duplicate(self) -> None:
        if self.table.hasFocus() and self.selected_records():
            self.form.duplicate(self.selected_records()[0])
        else:
            self.form.duplicate()

    def delete_selected(self) -> None:
        records = self.selected_records()
        if not records:
            return
        try:
            self.ctx.apply(operations.set_records_deleted, uuids=[r.uuid for r in records],
                           deleted=True)
        except ValidationError as exc:
            self.message.emit(" ".join(problem_line(p) for p in exc.problems))
            return
        self.undo_stack.push(DeleteRecordsCommand(self.ctx, records=records,
                                                  on_error=self.message.emit,
                                                  on_restored=self.select_uuids))
        if len(records) == 1:
            text = self.tr("Đã xóa “{title}”.").format(title=records[0].title)
        else:
            text = self.tr("Đã xóa {count} bản ghi.").format(count=len(records))
        self.undo_offered.emit(text)

    def undo(self) -> None:
        self.undo_stack.undo()

    # -- refresh -------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if {Area.TOPICS, Area.UNITS, Area.SETTINGS} & changes.areas:
            self.filter_bar.reload_catalogues()
            self._update_empty_text()

    def _update_count(self) -> None:
        self._update_empty_text()
        self.count_changed.emit(self.model.rowCount())

    def _update_empty_text(self) -> None:
        if self.filter_bar.is_filtering():
            self.table.empty_text = self.tr("Không có bản ghi nào khớp bộ lọc. "
                                            "Bấm “Bỏ lọc” để xem tất cả.")
        elif queries.installation(self.ctx.repo) is None:
            self.table.empty_text = self.tr("Chưa khai báo đơn vị của máy này. "
                                            "Vào Công cụ → Cài đặt để khai báo.")
        elif not queries.topics(self.ctx.repo):
            self.table.empty_text = self.tr(
                "Chưa có bản ghi nào và chưa có chủ đề nào. Gõ tên chủ đề vào ô Chủ đề bên dưới "
                "(chủ đề mới được thêm ngay), gõ tiêu đề rồi bấm Enter để lưu.")
        else:
            self.table.empty_text = self.tr("Chưa có bản ghi nào. Nhập bản ghi đầu tiên ở khung "
                                            "bên dưới rồi bấm Enter để lưu.")
        self.table.viewport().update()

    def can_close(self) -> bool:
        """Asked before the window closes: a typed line is never lost without a question."""
        if not self.form.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Bản ghi chưa lưu"),
            self.tr("Bản ghi đang nhập chưa được lưu. Lưu trước khi đóng?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.form.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- layout memory -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        prefs = Preferences()
        if not prefs.log_splitter.isEmpty():
            self.splitter.restoreState(prefs.log_splitter)
        self._layout_restored = not prefs.log_header.isEmpty()
        self._compact_checked = False
        if self._layout_restored:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.restoreState(prefs.log_header)
            # The order comes from the query, not from the saved header.
            header.setSortIndicator(COLUMN_OF_SORT_KEY[self.model.query.sort],
                                    Qt.SortOrder.DescendingOrder if self.model.query.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: on a small screen, start with the main columns only."""
        super().showEvent(event)
        if self._layout_restored or self._compact_checked:
            return
        self._compact_checked = True
        if self.table.viewport().width() < COMPACT_BELOW:
            for column in COMPACT_HIDDEN:
                self.table.setColumnHidden(column, True)

    def save_layout(self) -> None:
        prefs = Preferences()
        prefs.log_splitter = self.splitter.saveState()
        prefs.log_header = self.table.horizontalHeader().saveState()
