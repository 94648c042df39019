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
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.catalogue import LANGUAGES, SOURCES, Measure
from ocop_desktop.domain.records import LogRecord
from ocop_desktop.domain.schedule import (
    AiringState,
    NotAiredReason,
    PlannedAiring,
    Slot,
    TargetPer,
    Tick,
    TickState,
    week_start,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations import Area, Changes
from ocop_desktop.operations import schedule as ops
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP, catalogue_name
from ocop_desktop.texts.problem_texts import problem_line, problem_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import (
    DateEdit,
    FieldBox,
    NumberEdit,
    SearchCombo,
    TimeEdit,
    save_cancel_buttons,
)

Index = QModelIndex | QPersistentModelIndex
Row = tuple[PlannedAiring, AiringState, Tick | None]
AiringRole = Qt.ItemDataRole.UserRole + 1  # the PlannedAiring of a cell or row
SlotRole = Qt.ItemDataRole.UserRole + 2  # the Slot of a row

WATCHED = frozenset({Area.SCHEDULE, Area.RECORDS, Area.TOPICS, Area.SETTINGS})


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchedulePage", text)


def weekday_short(day: int) -> str:
    return (_tr("T2"), _tr("T3"), _tr("T4"), _tr("T5"), _tr("T6"), _tr("T7"), _tr("CN"))[day]


def weekday_name(day: int) -> str:
    return (_tr("Thứ Hai"), _tr("Thứ Ba"), _tr("Thứ Tư"), _tr("Thứ Năm"), _tr("Thứ Sáu"),
            _tr("Thứ Bảy"), _tr("Chủ nhật"))[day]


def reason_text(reason: NotAiredReason | None) -> str:
    return {
        NotAiredReason.POWER: _tr("Mất điện"),
        NotAiredReason.EQUIPMENT: _tr("Hỏng thiết bị"),
        NotAiredReason.WEATHER: _tr("Thời tiết"),
        NotAiredReason.OTHER: _tr("Lý do khác"),
    }.get(reason or NotAiredReason.OTHER, _tr("Lý do khác"))


def state_text(state: AiringState, tick: Tick | None) -> str:
    if state is AiringState.AIRED:
        return _tr("Đã phát")
    if state is AiringState.NOT_AIRED:
        return _tr("Không phát: {reason}").format(
            reason=reason_text(tick.reason if tick else None).lower())
    if state is AiringState.PENDING:
        return _tr("Chưa đánh dấu")
    return _tr("Theo lịch")


# Text and background per state; the hues stay readable for colour-blind users because the
# cell text says the state too.
STATE_COLORS: dict[AiringState, tuple[QColor, QColor]] = {
    AiringState.AIRED: (QColor("#1b5e20"), QColor("#e3f1e4")),
    AiringState.NOT_AIRED: (QColor("#b71c1c"), QColor("#fbe3e3")),
    AiringState.PENDING: (QColor("#8a4b00"), QColor("#fff0d6")),
    AiringState.UPCOMING: (QColor("#37474f"), QColor("#eef2f6")),
}


def slot_summary(slot: Slot) -> str:
    """``17:00 · 30 phút — Bản tin xã`` as the week table's first column shows it."""
    return _tr("{time} · {minutes} phút — {title}").format(
        time=slot.start.strftime("%H:%M"), minutes=slot.minutes, title=slot.title)


def slot_days_text(slot: Slot) -> str:
    if slot.on_date is not None:
        return _tr("một lần, ngày {date}").format(date=slot.on_date.strftime("%d/%m/%Y"))
    if len(slot.days) == 7:
        return _tr("hằng ngày")
    return ", ".join(weekday_short(d) for d in slot.days)


# -- models --------------------------------------------------------------------------------

class WeekPlanModel(QAbstractTableModel):
    """One week of the plan: a row per slot, column 0 the slot, columns 1–7 Monday–Sunday."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.start = week_start(dt.date.today())
        self._slots: list[Slot] = []
        self._cells: dict[tuple[int, dt.date], Row] = {}
        self._topic_names: dict[str, str] = {}
        self.today = dt.date.today()

    def set_week(self, start: dt.date, rows: list[Row], topic_names: dict[str, str],
                 today: dt.date) -> None:
        self.beginResetModel()
        self.start = start
        self.today = today
        self._topic_names = topic_names
        self._cells = {(a.slot.id or 0, a.date): (a, s, t) for a, s, t in rows}
        latest: dict[int, Slot] = {}
        for airing, _, _ in rows:
            latest[airing.slot.id or 0] = airing.slot  # rows are in date order: the last wins
        self._slots = sorted(latest.values(), key=lambda s: (s.start, s.title, s.id or 0))
        self.endResetModel()

    def day(self, column: int) -> dt.date:
        return self.start + dt.timedelta(days=column - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def slot_at(self, row: int) -> Slot | None:
        return self._slots[row] if 0 <= row < len(self._slots) else None

    def cell(self, index: Index) -> Row | None:
        if not index.isValid() or index.column() == 0:
            return None
        slot = self.slot_at(index.row())
        if slot is None:
            return None
        return self._cells.get((slot.id or 0, self.day(index.column())))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._slots):
            return None
        slot = self._slots[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return slot_summary(slot)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("{title}\nChủ đề: {topic}\nNgày phát: {days}\nSố {id}").format(
                    title=slot.title, topic=self._topic_names.get(slot.topic_code,
                                                                  slot.topic_code),
                    days=slot_days_text(slot), id=slot.id)
            if role == SlotRole:
                return slot
            return None
        cell = self.cell(index)
        if role == SlotRole:
            return slot
        if cell is None:
            return None
        airing, state, tick = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return state_text(state, tick)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(STATE_COLORS[state][0])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATE_COLORS[state][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("{day} {date}, {time}: {state}").format(
                day=weekday_name(airing.date.weekday()),
                date=airing.date.strftime("%d/%m/%Y"), time=airing.slot.start.strftime("%H:%M"),
                state=state_text(state, tick))
        if role == AiringRole:
            return airing
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 8:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return _tr("Khung giờ")
            day = self.day(section)
            return f"{weekday_short(day.weekday())} {day.strftime('%d/%m')}"
        if role == Qt.ItemDataRole.FontRole and section > 0 and self.day(section) == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            day = self.day(section)
            return f"{weekday_name(day.weekday())} {day.strftime('%d/%m/%Y')}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TodoModel(RowsTableModel[Row]):
    """Today's airings and the earlier ones nobody ticked, oldest first."""

    # Marked for the translation extractor; translated in headerData.
    HEADERS = (
        QT_TRANSLATE_NOOP("SchedulePage", "Ngày"),
        QT_TRANSLATE_NOOP("SchedulePage", "Giờ"),
        QT_TRANSLATE_NOOP("SchedulePage", "Chương trình"),
        QT_TRANSLATE_NOOP("SchedulePage", "Chủ đề"),
        QT_TRANSLATE_NOOP("SchedulePage", "Phút"),
        QT_TRANSLATE_NOOP("SchedulePage", "Trạng thái"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._topic_names: dict[str, str] = {}
        self.today = dt.date.today()

    def headers(self) -> tuple[str, ...]:
        return tuple(_tr(text) for text in self.HEADERS)

    def set_todo(self, rows: list[Row], topic_names: dict[str, str], today: dt.date) -> None:
        # Set before the reset: the rows are shown with these names and this day.
        self._topic_names = topic_names
        self.today = today
        self.set_rows(rows)

    def find(self, key: tuple[int, dt.date]) -> int:
        for position, (airing, _, _) in enumerate(self.rows):
            if airing.key == key:
                return position
        return -1

    def cell(self, row: Row, column: int, role: int) -> Any:
        airing, state, tick = row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if airing.date == self.today:
                    return _tr("Hôm nay")
                return f"{weekday_short(airing.date.weekday())} {airing.date.strftime('%d/%m')}"
            if column == 1:
                return airing.slot.start.strftime("%H:%M")
            if column == 2:
                return airing.slot.title
            if column == 3:
                return self._topic_names.get(airing.slot.topic_code, airing.slot.topic_code)
            if column == 4:
                return str(airing.slot.minutes)
            return state_text(state, tick)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return QBrush(STATE_COLORS[state][0])
        if role == Qt.ItemDataRole.BackgroundRole and column == 5:
            return QBrush(STATE_COLORS[state][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("{day} {date}").format(day=weekday_name(airing.date.weekday()),
                                              date=airing.date.strftime("%d/%m/%Y"))
        if role == AiringRole:
            return airing
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# -- dialogs -------------------------------------------------------------------------------

class _ProblemDialog(QDialog):
    """A dialog whose fields show problems under them; unplaced problems go to one label."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, FieldBox] = {}
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setObjectName("problem")
        self.general.setStyleSheet("QLabel#problem { color: #b71c1c; }")
        self.general.hide()

    def box(self, name: str, editor: QWidget) -> FieldBox:
        box = FieldBox(editor, self)
        self.boxes[name] = box
        return box

    def show_problems(self, problems: list[Problem]) -> None:
        for each in self.boxes.values():
            each.clear_problem()
        lines: list[str] = []
        first: FieldBox | None = None
        for problem in problems:
            box = self.boxes.get(problem.field)
            if box is not None and not box.problem():
                box.show_problem(problem_text(problem))
                if first is None:
                    first = box
            elif box is None:
                lines.append(problem_line(problem))
        self.general.setText("\n".join(lines))
        self.general.setVisible(bool(lines))
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems_shown(self) -> dict[str, str]:
        shown = {name: box.problem() for name, box in self.boxes.items() if box.problem()}
        if not self.general.isHidden():
            shown[""] = self.general.text()
        return shown


class SlotDialog(_ProblemDialog):
    """Add a slot, or change one from today on (the past keeps its plan)."""

    def __init__(self, ctx: AppContext, slot: Slot | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.slot = slot
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Sửa khung giờ phát") if slot else
                            self.tr("Thêm khung giờ phát"))
        repo = ctx.repo
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("ví dụ: Bản tin thời sự của xã"))
        self.topic_combo = SearchCombo(self)
        self.topic_combo.set_entries([(t.code, f"{t.code} — {t.name}") for t in repo.topics()],
                                     keep_current=False)
        self.form_combo = QComboBox(self)
        for form_def in repo.forms().values():
            if Measure.AIRINGS in form_def.measures:
                self.form_combo.addItem(form_def.name, form_def.code)
        self.weekly = QRadioButton(self.tr("Hằng tuần vào:"), self)
        self.once = QRadioButton(self.tr("Một lần vào ngày:"), self)
        self.repeat_group = QButtonGroup(self)
        self.repeat_group.addButton(self.weekly)
        self.repeat_group.addButton(self.once)
        self.day_boxes = [QCheckBox(weekday_short(d), self) for d in range(7)]
        for day, box in enumerate(self.day_boxes):
            box.setToolTip(weekday_name(day))
        days_row = QWidget(self)
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(self.weekly)
        for box in self.day_boxes:
            days_layout.addWidget(box)
        days_layout.addStretch(1)
        self.on_date_edit = DateEdit(self)
        once_row = QWidget(self)
        once_layout = QHBoxLayout(once_row)
        once_layout.setContentsMargins(0, 0, 0, 0)
        once_layout.addWidget(self.once)
        once_layout.addWidget(self.on_date_edit)
        once_layout.addStretch(1)
        self.time_edit = TimeEdit(self)
        self.minutes_edit = NumberEdit(self)
        self.language_combo = QComboBox(self)
        for choice in LANGUAGES:
            self.language_combo.addItem(catalogue_name(choice.name), choice.code)
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(self.tr("—"), None)
        for choice in SOURCES:
            self.source_combo.addItem(catalogue_name(choice.name), choice.code)
        self.from_edit = DateEdit(self)
        self.to_edit = DateEdit(self, placeholder=self.tr("không thời hạn"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Chương trình *"), self.box("title", self.title_edit))
        form.addRow(self.tr("Chủ đề *"), self.box("topic_code", self.topic_combo))
        form.addRow(self.tr("Hình thức *"), self.box("form_code", self.form_combo))
        repeat = QWidget(self)
        repeat_layout = QVBoxLayout(repeat)
        repeat_layout.setContentsMargins(0, 0, 0, 0)
        repeat_layout.addWidget(days_row)
        repeat_layout.addWidget(once_row)
        form.addRow(self.tr("Lịch phát *"), self.box("days", repeat))
        self.boxes["on_date"] = self.boxes["days"]
        timing = QWidget(self)
        timing_layout = QHBoxLayout(timing)
        timing_layout.setContentsMargins(0, 0, 0, 0)
        timing_layout.addWidget(self.box("start", self.time_edit))
        timing_layout.addWidget(QLabel(self.tr("Thời lượng (phút) *"), self))
        timing_layout.addWidget(self.box("minutes", self.minutes_edit))
        timing_layout.addStretch(1)
        form.addRow(self.tr("Giờ bắt đầu *"), timing)
        form.addRow(self.tr("Ngôn ngữ"), self.box("language", self.language_combo))
        form.addRow(self.tr("Nguồn"), self.box("source", self.source_combo))
        validity = QWidget(self)
        validity_layout = QHBoxLayout(validity)
        validity_layout.setContentsMargins(0, 0, 0, 0)
        validity_layout.addWidget(self.box("valid_from", self.from_edit))
        validity_layout.addWidget(QLabel(self.tr("đến ngày"), self))
        validity_layout.addWidget(self.box("valid_to", self.to_edit))
        validity_layout.addStretch(1)
        form.addRow(self.tr("Áp dụng từ ngày"), validity)

        note = QLabel(self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        if slot is not None:
            note.setText(self.tr("Thay đổi có hiệu lực từ hôm nay (từ ngày mai nếu buổi phát "
                                 "hôm nay đã được đánh dấu); các buổi đã qua giữ nguyên như "
                                 "đã lập lịch."))
        else:
            note.hide()
        self.buttons = save_cancel_buttons(self, self.save, self.tr("Lưu"), self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.weekly.toggled.connect(self._repeat_changed)
        self._load(slot)
        self.setMinimumWidth(640)

    def _load(self, slot: Slot | None) -> None:
        if slot is None:
            self.weekly.setChecked(True)
            for box in self.day_boxes:
                box.setChecked(True)
            self.minutes_edit.set_value(15)
            self.language_combo.setCurrentIndex(max(self.language_combo.findData("vi"), 0))
            self.source_combo.setCurrentIndex(max(self.source_combo.findData("self"), 0))
            self.from_edit.set_date(self.today)
            self._repeat_changed()
            return
        self.title_edit.setText(slot.title)
        self.topic_combo.set_code(slot.topic_code)
        self.form_combo.setCurrentIndex(max(self.form_combo.findData(slot.form_code), 0))
        if slot.on_date is not None:
            self.once.setChecked(True)
            self.on_date_edit.set_date(slot.on_date)
        else:
            self.weekly.setChecked(True)
            for day, box in enumerate(self.day_boxes):
                box.setChecked(day in slot.days)
        self.time_edit.set_time(slot.start)
        self.minutes_edit.set_value(slot.minutes)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(slot.language), 0))
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(slot.source), 0))
        self.from_edit.set_date(slot.valid_from if slot.on_date is None else None)
        self.to_edit.set_date(slot.valid_to if slot.on_date is None else None)
        self._repeat_changed()

    def _repeat_changed(self) -> None:
        weekly = self.weekly.isChecked()
        for box in self.day_boxes:
            box.setEnabled(weekly)
        self.on_date_edit.setEnabled(not weekly)
        self.from_edit.setEnabled(weekly)
        self.to_edit.setEnabled(weekly)

    def read(self) -> tuple[Slot | None, list[Problem]]:
        """The slot the fields describe, or the problems of what cannot be read."""
        problems: list[Problem] = []
        start = self.time_edit.time()
        if start is None:
            code = ProblemCode.BAD_TIME if self.time_edit.text().strip() else ProblemCode.REQUIRED
            problems.append(Problem("start", code, {"value": self.time_edit.text()}))
        try:
            minutes = self.minutes_edit.value()
        except ValueError:
            problems.append(Problem("minutes", ProblemCode.NOT_A_NUMBER))
            minutes = None
        if minutes is None and not any(p.field == "minutes" for p in problems):
            problems.append(Problem("minutes", ProblemCode.REQUIRED))
        weekly = self.weekly.isChecked()
        on_date = None if weekly else self.on_date_edit.date()
        if not weekly and on_date is None:
            code = (ProblemCode.BAD_DATE if self.on_date_edit.text().strip()
                    else ProblemCode.REQUIRED)
            problems.append(Problem("on_date", code, {"value": self.on_date_edit.text(),
                                                      "format": "dd/mm/yyyy"}))
        for name, edit in (("valid_from", self.from_edit), ("valid_to", self.to_edit)):
            if weekly and not edit.has_valid_text():
                problems.append(Problem(name, ProblemCode.BAD_DATE, {
                    "value": edit.text(), "format": "dd/mm/yyyy"}))
        topic = self.topic_combo.current_code()
        if topic is None and self.topic_combo.typed_text():
            problems.append(Problem("topic_code", ProblemCode.UNKNOWN_TOPIC,
                                    {"code": self.topic_combo.typed_text()}))
        slot = Slot(
            start=start or dt.time(0, 0), minutes=minutes if minutes is not None else 1,
            form_code=self.form_combo.currentData() or "",
            topic_code=topic or "", title=self.title_edit.text().strip(),
            unit_code=self.slot.unit_code if self.slot else "",
            days=tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked())
            if weekly else (),
            on_date=on_date, language=self.language_combo.currentData(),
            source=self.source_combo.currentData(),
            valid_from=self.from_edit.date() if weekly else None,
            valid_to=self.to_edit.date() if weekly else None)
        if problems:
            # Say everything at once: what could not be read, and what is wrong with the rest.
            unread = {p.field for p in problems}
            problems += [p for p in ops.check_slot(self.ctx.repo, slot) if p.field not in unread]
            order = list(self.boxes)
            problems.sort(key=lambda p: order.index(p.field) if p.field in order else len(order))
            return None, problems
        return slot, []

    def save(self) -> None:
        slot, problems = self.read()
        if slot is None:
            self.show_problems(problems)
            return
        try:
            self.ctx.apply(ops.save_slot, slot=slot,
                           slot_id=self.slot.id if self.slot else None, today=self.today)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


class _AiringDialog(_ProblemDialog):
    """A dialog about one planned airing: its day, time and title, a form, then OK/Cancel.

    The subclasses translate the texts (their own translation context) and pass them in.
    """

    def __init__(self, ctx: AppContext, airing: PlannedAiring, parent: QWidget | None,
                 today: dt.date | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.airing = airing
        self.today = today

    def airing_heading(self, text: str) -> QLabel:
        """A label of ``text`` filled in with the airing's {day}, {date}, {time} and {title}."""
        airing = self.airing
        heading = QLabel(text.format(
            day=weekday_name(airing.date.weekday()), date=airing.date.strftime("%d/%m/%Y"),
            time=airing.slot.start.strftime("%H:%M"), title=_escape(airing.slot.title)), self)
        heading.setWordWrap(True)
        return heading

    def lay_out(self, heading: QLabel, form: QFormLayout, ok_text: str,
                cancel_text: str) -> None:
        """The heading, the form, the problems, then OK (the default button) and Cancel."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError


class AiredDialog(_AiringDialog):
    """"Đã phát": the log record pre-filled from the slot; Enter saves it as it stands."""

    def __init__(self, ctx: AppContext, airing: PlannedAiring, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(ctx, airing, parent, today)
        self.record: LogRecord = ops.planned_record(ctx.repo, slot_id=airing.slot.id or 0,
                                                    day=airing.date)
        self.setWindowTitle(self.tr("Đã phát — ghi vào sổ"))
        heading = self.airing_heading(self.tr("<b>{day} {date}, {time}</b> — {title}"))
        form_def = ctx.repo.forms(include_inactive=True).get(self.record.form_code)
        measures = form_def.measures if form_def else (Measure.AIRINGS, Measure.MINUTES)
        self.title_edit = QLineEdit(self.record.title, self)
        self.airings_edit = NumberEdit(self)
        self.airings_edit.set_value(self.record.airings)
        self.minutes_edit = NumberEdit(self)
        self.minutes_edit.set_value(self.record.minutes)
        self.items_edit = NumberEdit(self)
        self.items_edit.set_value(self.record.items)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("không bắt buộc"))
        form = QFormLayout()
        form.addRow(self.tr("Tiêu đề"), self.box("title", self.title_edit))
        form.addRow(self.tr("Số lượt phát"), self.box("airings", self.airings_edit))
        form.addRow(self.tr("Số phút"), self.box("minutes", self.minutes_edit))
        if Measure.ITEMS in measures:
            form.addRow(self.tr("Số tin, bài"), self.box("items", self.items_edit))
        else:
            self.items_edit.hide()
        form.addRow(self.tr("Ghi chú"), self.box("notes", self.notes_edit))
        self.lay_out(heading, form, self.tr("Ghi vào sổ"), self.tr("Hủy"))
        self.setMinimumWidth(460)
        self.minutes_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        problems: list[Problem] = []
        values: dict[str, int | None] = {}
        for name, edit in (("airings", self.airings_edit), ("minutes", self.minutes_edit),
                           ("items", self.items_edit)):
            try:
                values[name] = edit.value()
            except ValueError:
                problems.append(Problem(name, ProblemCode.NOT_A_NUMBER))
        if problems:
            self.show_problems(problems)
            return
        record = self.record.replace(title=self.title_edit.text().strip(),
                                     notes=self.notes_edit.text().strip(), **values)
        try:
            self.ctx.apply(ops.tick, day=self.airing.date, slot_id=self.airing.slot.id,
                           record=record, today=self.today)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NotAiredDialog(_AiringDialog):
    """"Không phát": why the airing did not go out."""

    def __init__(self, ctx: AppContext, airing: PlannedAiring, parent: QWidget | None = None,
                 today: dt.date | None = None, tick: Tick | None = None) -> None:
        super().__init__(ctx, airing, parent, today)
        self.setWindowTitle(self.tr("Không phát được"))
        heading = self.airing_heading(self.tr("<b>{day} {date}, {time}</b> — {title}"))
        self.reason_combo = QComboBox(self)
        for reason in NotAiredReason:
            self.reason_combo.addItem(reason_text(reason), reason.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("ví dụ: mất điện cả buổi chiều"))
        if tick is not None and tick.state is TickState.NOT_AIRED and tick.reason:
            self.reason_combo.setCurrentIndex(self.reason_combo.findData(tick.reason.value))
            self.note_edit.setText(tick.note)
        form = QFormLayout()
        form.addRow(self.tr("Lý do"), self.box("reason", self.reason_combo))
        form.addRow(self.tr("Ghi chú"), self.box("note", self.note_edit))
        self.lay_out(heading, form, self.tr("Lưu"), self.tr("Hủy"))
        self.setMinimumWidth(420)
        self.reason_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        try:
            self.ctx.apply(ops.tick, day=self.airing.date, slot_id=self.airing.slot.id,
                           not_aired=self.reason_combo.currentData(),
                           note=self.note_edit.text().strip(), today=self.today)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


def measure_label(measure: Measure) -> str:
    return {Measure.AIRINGS: _tr("lượt phát"), Measure.MINUTES: _tr("phút"),
            Measure.ITEMS: _tr("tin, bài")}.get(measure, measure.value)


def per_label(per: TargetPer) -> str:
    return _tr("mỗi tuần") if per is TargetPer.WEEK else _tr("mỗi tháng")


class TargetsDialog(_ProblemDialog):
    """Directive targets per topic: "at least N airings a week", "M minutes a month"…"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Chỉ tiêu của chủ đề"))
        intro = QLabel(self.tr("Văn bản chỉ đạo có thể giao chỉ tiêu, ví dụ “phát ít nhất "
                               "3 lượt mỗi tuần”. Trang Tổng quan cho thấy tiến độ."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Chủ đề"), self.tr("Chỉ tiêu"),
                                              self.tr("Tính theo")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(self._pick)
        self.remove_button = QPushButton(self.tr("&Bỏ chỉ tiêu đang chọn"), self)
        self.remove_button.clicked.connect(self.remove_selected)

        self.topic_combo = SearchCombo(self)
        self.topic_combo.set_entries([(t.code, f"{t.code} — {t.name}")
                                      for t in ctx.repo.topics()], keep_current=False)
        self.amount_edit = NumberEdit(self)
        self.measure_combo = QComboBox(self)
        for measure in (Measure.AIRINGS, Measure.MINUTES, Measure.ITEMS):
            self.measure_combo.addItem(measure_label(measure), measure.value)
        self.per_combo = QComboBox(self)
        for per in TargetPer:
            self.per_combo.addItem(per_label(per), per.value)
        self.add_button = QPushButton(self.tr("&Lưu chỉ tiêu"), self)
        self.add_button.clicked.connect(self.save_target)
        editor = QGroupBox(self.tr("Thêm hoặc sửa chỉ tiêu"), self)
        grid = QGridLayout(editor)
        grid.addWidget(QLabel(self.tr("Chủ đề"), editor), 0, 0)
        grid.addWidget(self.box("topic_code", self.topic_combo), 0, 1, 1, 4)
        grid.addWidget(QLabel(self.tr("Ít nhất"), editor), 1, 0)
        grid.addWidget(self.box("amount", self.amount_edit), 1, 1)
        grid.addWidget(self.box("measure", self.measure_combo), 1, 2)
        grid.addWidget(self.box("per", self.per_combo), 1, 3)
        grid.addWidget(self.add_button, 1, 4)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(editor)
        layout.addWidget(self.general)
        layout.addWidget(close)
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        names = {t.code: t.name for t in self.ctx.repo.topics()}
        targets = ops.targets(self.ctx.repo)
        self.table.setRowCount(len(targets))
        for row, target in enumerate(targets):
            cells = (f"{target.topic_code} — {names.get(target.topic_code, '')}",
                     self.tr("ít nhất {amount} {measure}").format(
                         amount=target.amount, measure=measure_label(target.measure)),
                     per_label(target.per))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, target)
                self.table.setItem(row, column, item)
        self.remove_button.setEnabled(bool(targets))

    def _pick(self, row: int, *_: int) -> None:
        """Selecting a target puts it in the editor, to change its amount."""
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        target = item.data(Qt.ItemDataRole.UserRole)
        self.topic_combo.set_code(target.topic_code)
        self.amount_edit.set_value(target.amount)
        self.measure_combo.setCurrentIndex(self.measure_combo.findData(target.measure.value))
        self.per_combo.setCurrentIndex(self.per_combo.findData(target.per.value))

    def save_target(self) -> None:
        topic = self.topic_combo.current_code()
        try:
            amount = self.amount_edit.value()
        except ValueError:
            self.show_problems([Problem("amount", ProblemCode.NOT_A_NUMBER)])
            return
        if amount is None:
            self.show_problems([Problem("amount", ProblemCode.REQUIRED)])
            return
        try:
            self.ctx.apply(ops.save_target, topic_code=topic or "",
                           measure=self.measure_combo.currentData(),
                           per=self.per_combo.currentData(), amount=amount)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.show_problems([])
        self.amount_edit.clear()
        self.reload()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        target = item.data(Qt.ItemDataRole.UserRole)
        self.ctx.apply(ops.save_target, topic_code=target.topic_code,
                       measure=target.measure.value, per=target.per.value, amount=0)
        self.reload()


# -- the page ------------------------------------------------------------------------------

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
        names = {t.code: t.name for t in self.ctx.repo.topics()}
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
        states = [state for _, state, _ in rows]
        self.week_summary.setText(self.tr(
            "{planned} buổi theo lịch: đã phát {aired}, không phát {missed}, chưa đánh dấu "
            "{pending}, chưa tới giờ {upcoming}.").format(
                planned=len(states), aired=states.count(AiringState.AIRED),
                missed=states.count(AiringState.NOT_AIRED),
                pending=states.count(AiringState.PENDING),
                upcoming=states.count(AiringState.UPCOMING)))
        self.week_summary.setVisible(bool(states))
        self.empty_label.setVisible(self.week_model.rowCount() == 0)
        pending = sum(1 for airing, state, _ in todo
                      if state is AiringState.PENDING and airing.date != now.date())
        today_count = sum(1 for airing, _, _ in todo if airing.date == now.date())
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
            if entry is not None and entry[1] in (AiringState.PENDING, AiringState.UPCOMING):
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

    def current_row(self) -> Row | None:
        """The airing the user is on: the to-do row, or the week cell."""
        view = self._active_view()
        index = view.currentIndex()
        if view is self.todo_view:
            return self.todo_model.row_at(index.row()) if index.isValid() else None
        return self.week_model.cell(index)

    def current_slot(self) -> Slot | None:
        view = self._active_view()
        index = view.currentIndex()
        if not index.isValid():
            return None
        if view is self.todo_view:
            entry = self.todo_model.row_at(index.row())
            slot = entry[0].slot if entry else None
        else:
            slot = self.week_model.slot_at(index.row())
        if slot is None or slot.id is None:
            return None
        # Edit what the slot plans now (or next), not the version of an old airing.
        return ops.slot(self.ctx.repo, slot_id=slot.id, on=self.today()) or slot

    def _update_buttons(self) -> None:
        row = self.current_row()
        can_tick = row is not None and row[0].date <= self.today()
        self.aired_button.setEnabled(can_tick and row is not None
                                     and row[1] is not AiringState.AIRED)
        self.not_aired_button.setEnabled(can_tick)
        self.untick_button.setEnabled(row is not None and row[2] is not None)
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
        if slot is None or slot.id is None:
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
        if row is None or row[2] is None:
            return
        airing = row[0]
        self.ctx.apply(ops.untick, day=airing.date, slot_id=airing.slot.id or 0)
        self._say(self.tr("Đã bỏ đánh dấu buổi phát {time} ngày {date}.").format(
            time=airing.slot.start.strftime("%H:%M"), date=airing.date.strftime("%d/%m/%Y")))


__all__ = ["AiredDialog", "NotAiredDialog", "SchedulePage", "SlotDialog", "TargetsDialog",
           "TodoModel", "WeekPlanModel"]
