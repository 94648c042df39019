"""The "Lịch phát sóng" page: the week's plan, and ticking what was aired.

Top: the plan of one week (a row per slot, a column per day, each planned airing showing its
state). Bottom: "Cần đánh dấu" — today's airings and the earlier ones nobody ticked, which
stay listed until someone does. The whole page works from the keyboard:

* in either table, Enter on an airing opens "Đã phát" (the log record pre-filled from the
  slot, editable; Enter again saves it); Alt+K "Không phát" asks for the reason; Alt+B undoes
  a tick; Enter on a slot's name (first column of the week) edits the slot;
* Alt+M adds a slot, Alt+A edits the selected one, Alt+N stops it;
* PageUp/PageDown in the week table move a week back/forward, Home returns to this week.

Every change goes through ``ctx.apply``; the page refreshes itself from ``ctx.changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.schedule import AiringRow, AiringState, SavedSlot, week_start
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations import schedule as ops
from ocop_desktop.texts.problem_texts import problem_line
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.schedule.dialogs import (
    AiredDialog,
    NotAiredDialog,
    SlotDialog,
    TargetsDialog,
)
from ocop_desktop.ui.schedule.models import TodoModel, WeekPlanModel
from ocop_desktop.ui.schedule.texts import weekday_name

WATCHED = frozenset({Area.SCHEDULE, Area.RECORDS, Area.TOPICS, Area.SETTINGS})


class _EnterFilter(QObject):
    """Enter on a table runs ``on_enter`` (tables otherwise ignore it)."""

    def __init__(self, on_enter: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.on_enter = on_enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            self.on_enter()
            return True
        return False


class SchedulePage(QWidget):
    """Lịch phát sóng: the week's plan, the airings to tick, and the slot dialogs.

    Signals:
        message(str): a status line for the window.
    """

    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The page's clock; tests and benchmarks stand it on a chosen day.
        self.clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self._dirty = True
        self._week = week_start(self.clock().date())
        self._last_view: QTableView | None = None
        self._build()
        ctx.changed.connect(self._on_changed)
        self._timer = QTimer(self)
        # Airings turn from "Theo lịch" to "Chưa đánh dấu" as their time passes.
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self._tick_clock)
        self._timer.start()
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = QPushButton(self.tr("◀ Tuần trước"), self)
        self.prev_button.setToolTip(self.tr("Xem tuần trước (PageUp trong bảng lịch)"))
        self.this_week_button = QPushButton(self.tr("Tuần này"), self)
        self.this_week_button.setToolTip(self.tr("Về tuần hiện tại (Home trong bảng lịch)"))
        self.next_button = QPushButton(self.tr("Tuần sau ▶"), self)
        self.next_button.setToolTip(self.tr("Xem tuần sau (PageDown trong bảng lịch)"))
        self.prev_button.clicked.connect(lambda: self.move_week(-1))
        self.next_button.clicked.connect(lambda: self.move_week(1))
        self.this_week_button.clicked.connect(self.this_week)
        self.week_label = QLabel(self)
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.week_label.setFont(font)
        self.week_label.setWordWrap(True)  # two lines rather than a page too wide at 125 %
        self.week_summary = QLabel(self)
        self.week_summary.setStyleSheet("color: palette(dark);")
        self.add_button = QPushButton(self.tr("Thê&m khung giờ…"), self)
        self.add_button.setToolTip(self.tr("Thêm một khung giờ phát (Alt+M)"))
        self.edit_button = QPushButton(self.tr("Sử&a khung giờ…"), self)
        self.edit_button.setToolTip(self.tr("Sửa khung giờ đang chọn từ hôm nay (Alt+A)"))
        self.close_button = QPushButton(self.tr("&Ngừng phát"), self)
        self.close_button.setToolTip(self.tr("Ngừng khung giờ đang chọn từ hôm nay; các buổi "
                                             "đã qua được giữ lại (Alt+N)"))
        self.targets_button = QPushButton(self.tr("Chỉ t&iêu…"), self)
        self.targets_button.setToolTip(self.tr("Chỉ tiêu của các chủ đề (Alt+I)"))
        self.add_button.clicked.connect(self.add_slot)
        self.edit_button.clicked.connect(self.edit_slot)
        self.close_button.clicked.connect(self.close_slot)
        self.targets_button.clicked.connect(self.edit_targets)

        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.week_label, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.close_button)
        top.addWidget(self.targets_button)

        self.week_model = WeekPlanModel(self)
        self.week_view = QTableView(self)
        self.week_view.setObjectName("weekView")
        self.week_view.setModel(self.week_model)
        self._configure(self.week_view)
        self.week_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.week_view.horizontalHeader()
        # The slot column fits "17:00 · 30 phút — Bản tin xã Hoàng Đồng"; days share the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance(
            "17:00 · 30 phút — Bản tin thời sự xã Hoàng") + 16)
        for column in range(1, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.week_view.setWordWrap(True)
        rows = self.week_view.verticalHeader()
        rows.setMinimumSectionSize(self.fontMetrics().height() + 14)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr(
            "Chưa có khung giờ phát nào trong tuần này. Bấm “Thêm khung giờ” (Alt+M) để lập "
            "lịch, ví dụ bản tin của xã lúc 17:00 hằng ngày."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(dark); padding: 6px;")

        self.todo_label = QLabel(self)
        self.todo_label.setFont(font)
        self.todo_hint = QLabel(self.tr(
            "Enter: Đã phát (ghi vào sổ) · Alt+K: Không phát · Alt+B: Bỏ đánh dấu"), self)
        self.todo_hint.setStyleSheet("color: palette(dark);")
        self.todo_hint.setWordWrap(True)
        self.todo_model = TodoModel(self)
        self.todo_view = QTableView(self)
        self.todo_view.setObjectName("todoView")
        self.todo_view.setModel(self.todo_model)
        self._configure(self.todo_view)
        self.todo_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        todo_header = self.todo_view.horizontalHeader()
        todo_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, sample in ((0, "Hôm nay00"), (1, "00:000"), (3, "Chương trình OCOP 2021"),
                               (4, "Phút00"), (5, "Không phát: hỏng thiết bị")):
            todo_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            todo_header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 16)
        self.aired_button = QPushButton(self.tr("Đã &phát…"), self)
        self.aired_button.setToolTip(self.tr("Ghi buổi phát đang chọn vào sổ (Enter)"))
        self.not_aired_button = QPushButton(self.tr("&Không phát…"), self)
        self.not_aired_button.setToolTip(self.tr("Buổi phát đang chọn không phát được (Alt+K)"))
        self.untick_button = QPushButton(self.tr("&Bỏ đánh dấu"), self)
        self.untick_button.setToolTip(self.tr("Bỏ đánh dấu buổi phát đang chọn (Alt+B)"))
        self.aired_button.clicked.connect(self.mark_aired)
        self.not_aired_button.clicked.connect(self.mark_not_aired)
        self.untick_button.clicked.connect(self.untick)

        week_box = QWidget(self)
        week_layout = QVBoxLayout(week_box)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addLayout(top)
        week_layout.addWidget(self.week_summary)
        week_layout.addWidget(self.empty_label)
        week_layout.addWidget(self.week_view, 1)

        todo_box = QWidget(self)
        todo_layout = QVBoxLayout(todo_box)
        todo_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.todo_label, 1)
        heading.addWidget(self.todo_hint)
        todo_layout.addLayout(heading)
        todo_layout.addWidget(self.todo_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.aired_button)
        buttons.addWidget(self.not_aired_button)
        buttons.addWidget(self.untick_button)
        buttons.addStretch(1)
        todo_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(week_box)
        self.splitter.addWidget(todo_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.splitter)

        self.week_view.installEventFilter(_EnterFilter(self._week_enter, self))
        self.todo_view.installEventFilter(_EnterFilter(self.mark_aired, self))
        self.week_view.installEventFilter(self)
        self.todo_view.installEventFilter(self)
        self.week_view.doubleClicked.connect(lambda _index: self._week_enter())
        self.todo_view.doubleClicked.connect(lambda _index: self.mark_aired())
        self.week_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.todo_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.setTabOrder(self.week_view, self.todo_view)

    @staticmethod
    def _configure(view: QTableView) -> None:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(False)
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)
        view.horizontalHeader().setHighlightSections(False)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- data -------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.clock().date()

    def refresh(self) -> None:
        """Re-read the week and the to-do list (a few hundred airings at most)."""
        self._dirty = False
        now = self.clock()
        names = {t.code: t.name for t in queries.topics(self.ctx.repo)}
        week_key = self._current_key(self.week_view)
        todo_key = self._current_key(self.todo_view)
        rows = ops.airings_between(self.ctx.repo, start=self._week,
                                   end=self._week + dt.timedelta(days=6), now=now)
        self.week_model.set_week(self._week, rows, names, now.date())
        todo = ops.todo_airings(self.ctx.repo, now=now)
        self.todo_model.set_todo(todo, names, now.date())
        end = self._week + dt.timedelta(days=6)
        self.week_label.setText(self.tr("Tuần từ {start} đến {end}").format(
            start=self._week.strftime("%d/%m"), end=end.strftime("%d/%m/%Y")))
        states = [row.state for row in rows]
        self.week_summary.setText(self.tr(
            "{planned} buổi theo lịch: đã phát {aired}, không phát {missed}, chưa đánh dấu "
            "{pending}, chưa tới giờ {upcoming}.").format(
                planned=len(states), aired=states.count(AiringState.AIRED),
                missed=states.count(AiringState.NOT_AIRED),
                pending=states.count(AiringState.PENDING),
                upcoming=states.count(AiringState.UPCOMING)))
        self.week_summary.setVisible(bool(states))
        self.empty_label.setVisible(self.week_model.rowCount() == 0)
        pending = sum(1 for row in todo
                      if row.state is AiringState.PENDING and row.airing.date != now.date())
        today_count = sum(1 for row in todo if row.airing.date == now.date())
        text = self.tr("Hôm nay, {day} {date}: {count} buổi theo lịch").format(
            day=weekday_name(now.weekday()).lower(), date=now.strftime("%d/%m/%Y"),
            count=today_count)
        if pending:
            text += self.tr(" · {count} buổi trước chưa đánh dấu").format(count=pending)
        self.todo_label.setText(text)
        self._restore_current(self.week_view, week_key)
        self._restore_current(self.todo_view, todo_key)
        self._update_buttons()

    def _current_key(self, view: QTableView) -> tuple[int, int] | None:
        index = view.currentIndex()
        return (index.row(), index.column()) if index.isValid() else None

    def _restore_current(self, view: QTableView, key: tuple[int, int] | None) -> None:
        model = view.model()
        if model.rowCount() == 0:
            return
        row, column = key if key is not None else (0, 0)
        if view is self.todo_view and key is None:
            row = self._first_open_row()
        row = min(row, model.rowCount() - 1)
        view.setCurrentIndex(model.index(row, column))

    def _first_open_row(self) -> int:
        for row in range(self.todo_model.rowCount()):
            entry = self.todo_model.row_at(row)
            if entry is not None and entry.state in (AiringState.PENDING, AiringState.UPCOMING):
                return row
        return 0

    def _on_changed(self, changes: Changes) -> None:
        if not WATCHED & changes.areas:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _tick_clock(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: catch up with changes made while hidden."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def page_shown(self) -> None:
        if self._dirty or self.todo_model.today != self.today():
            self.refresh()
        if self.todo_model.rowCount():
            self.todo_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.week_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- week navigation ----------------------------------------------------------------------
    def move_week(self, weeks: int) -> None:
        self._week += dt.timedelta(weeks=weeks)
        self.refresh()

    def this_week(self) -> None:
        self._week = week_start(self.today())
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """PageUp/PageDown/Home move the week; remember which table the user works in."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableView):
            self._last_view = watched
            self._update_buttons()
        if (watched is self.week_view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() == Qt.Key.Key_PageUp:
                self.move_week(-1)
                return True
            if event.key() == Qt.Key.Key_PageDown:
                self.move_week(1)
                return True
            if (event.key() == Qt.Key.Key_Home
                    and event.modifiers() == Qt.KeyboardModifier.NoModifier):
                self.this_week()
                return True
        return super().eventFilter(watched, event)

    # -- what the buttons act on -----------------------------------------------------------------
    def _active_view(self) -> QTableView:
        if self.week_view.hasFocus():
            return self.week_view
        if self.todo_view.hasFocus():
            return self.todo_view
        return self._last_view or self.todo_view

    def current_row(self) -> AiringRow | None:
        """The airing the user is on: the to-do row, or the week cell."""
        view = self._active_view()
        index = view.currentIndex()
        if view is self.todo_view:
            return self.todo_model.row_at(index.row()) if index.isValid() else None
        return self.week_model.cell(index)

    def current_slot(self) -> SavedSlot | None:
        view = self._active_view()
        index = view.currentIndex()
        if not index.isValid():
            return None
        if view is self.todo_view:
            entry = self.todo_model.row_at(index.row())
            slot = entry.airing.slot if entry else None
        else:
            slot = self.week_model.slot_at(index.row())
        if slot is None:
            return None
        # Edit what the slot plans now (or next), not the version of an old airing.
        return ops.slot(self.ctx.repo, slot_id=slot.id, on=self.today()) or slot

    def _update_buttons(self) -> None:
        row = self.current_row()
        can_tick = row is not None and row.airing.date <= self.today()
        self.aired_button.setEnabled(can_tick and row is not None
                                     and row.state is not AiringState.AIRED)
        self.not_aired_button.setEnabled(can_tick)
        self.untick_button.setEnabled(row is not None and row.tick is not None)
        has_slot = self.current_slot() is not None
        self.edit_button.setEnabled(has_slot)
        self.close_button.setEnabled(has_slot)

    def _week_enter(self) -> None:
        if self.week_view.currentIndex().column() == 0:
            self.edit_slot()
        else:
            self.mark_aired()

    # -- actions ------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        """A status line: on the main window's status bar, and as ``message`` for others."""
        self.message.emit(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def _open(self, dialog: QDialog) -> QDialog:
        """Open a dialog window-modal; the page keeps it in ``self.dialog`` while it is open."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        # Back to the table the user came from, in the window the dialog belonged to, so
        # the next Enter or Alt+K works without reaching for the mouse.
        self.window().activateWindow()
        view = self._last_view or self.todo_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_slot(self) -> QDialog:
        return self._open(SlotDialog(self.ctx, None, self, today=self.today()))

    def edit_slot(self) -> QDialog | None:
        slot = self.current_slot()
        if slot is None:
            return None
        return self._open(SlotDialog(self.ctx, slot, self, today=self.today()))

    def close_slot(self) -> None:
        slot = self.current_slot()
        if slot is None:
            return
        try:
            self.ctx.apply(ops.close_slot, slot_id=slot.id, today=self.today())
        except ValidationError as exc:
            self._say(problem_line(exc.problems[0]))
            return
        self._say(self.tr("Đã ngừng khung giờ “{title}” từ hôm nay; các buổi đã qua "
                                  "được giữ lại.").format(title=slot.title))

    def edit_targets(self) -> QDialog:
        return self._open(TargetsDialog(self.ctx, self))

    def mark_aired(self) -> QDialog | None:
        row = self.current_row()
        if row is None:
            return None
        airing, state, _ = row
        if airing.date > self.today():
            self._say(self.tr("Buổi phát này chưa tới ngày."))
            return None
        if state is AiringState.AIRED:
            self._say(self.tr("Buổi phát này đã được ghi vào sổ."))
            return None
        return self._open(AiredDialog(self.ctx, airing, self, today=self.today()))

    def mark_not_aired(self) -> QDialog | None:
        row = self.current_row()
        if row is None:
            return None
        airing, _, tick = row
        if airing.date > self.today():
            self._say(self.tr("Buổi phát này chưa tới ngày."))
            return None
        return self._open(NotAiredDialog(self.ctx, airing, self, today=self.today(), tick=tick))

    def untick(self) -> None:
        row = self.current_row()
        if row is None or row.tick is None:
            return
        airing = row.airing
        self.ctx.apply(ops.untick, day=airing.date, slot_id=airing.slot.id)
        self._say(self.tr("Đã bỏ đánh dấu buổi phát {time} ngày {date}.").format(
            time=airing.slot.start.strftime("%H:%M"), date=airing.date.strftime("%d/%m/%Y")))
