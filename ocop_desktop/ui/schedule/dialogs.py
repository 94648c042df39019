"""The schedule page's dialogs: a slot (add, or change from today on), an airing that aired
(the log record pre-filled from the slot) or did not (the reason), and the topics' targets.

Each dialog shows the problems of what it saves under their fields and stays open until
the save is valid.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
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
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.catalogue import LANGUAGES, SOURCES, Measure
from ocop_desktop.domain.records import LogRecord
from ocop_desktop.domain.schedule import (
    NotAiredReason,
    PlannedAiring,
    SavedSlot,
    Slot,
    TargetPer,
    Tick,
    TickState,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations import queries
from ocop_desktop.operations import schedule as ops
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.form_problems import show_problems
from ocop_desktop.ui.schedule.texts import (
    measure_label,
    per_label,
    reason_text,
    weekday_name,
    weekday_short,
)
from ocop_desktop.ui.widgets import (
    DateEdit,
    FieldBox,
    NumberEdit,
    SearchCombo,
    TimeEdit,
    combo_value,
    save_cancel_buttons,
)


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
        show_problems(self.boxes, problems, summary=self.general)

    def problems_shown(self) -> dict[str, str]:
        shown = {name: box.problem() for name, box in self.boxes.items() if box.problem()}
        if not self.general.isHidden():
            shown[""] = self.general.text()
        return shown


class SlotDialog(_ProblemDialog):
    """Add a slot, or change one from today on (the past keeps its plan)."""

    def __init__(self, ctx: AppContext, slot: SavedSlot | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.slot = slot
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Sửa khung giờ phát") if slot else
                            self.tr("Thêm khung giờ phát"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("ví dụ: Bản tin thời sự của xã"))
        self.topic_combo = SearchCombo(self)
        self.topic_combo.set_entries(
            [(t.code, f"{t.code} — {t.name}") for t in queries.topics(ctx.repo)],
            keep_current=False)
        self.form_combo = QComboBox(self)
        for form_def in queries.forms(ctx.repo).values():
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
            form_code=combo_value(self.form_combo) or "",
            topic_code=topic or "", title=self.title_edit.text().strip(),
            unit_code=self.slot.unit_code if self.slot else "",
            days=tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked())
            if weekly else (),
            on_date=on_date, language=combo_value(self.language_combo),
            source=combo_value(self.source_combo),
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
        self.record: LogRecord = ops.planned_record(ctx.repo, slot_id=airing.slot.id,
                                                    day=airing.date)
        self.setWindowTitle(self.tr("Đã phát — ghi vào sổ"))
        heading = self.airing_heading(self.tr("<b>{day} {date}, {time}</b> — {title}"))
        form_def = queries.forms(ctx.repo, include_inactive=True).get(self.record.form_code)
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
            self.ctx.apply(ops.tick_aired, day=self.airing.date, slot_id=self.airing.slot.id,
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
            self.ctx.apply(ops.tick_not_aired, day=self.airing.date,
                           slot_id=self.airing.slot.id,
                           reason=NotAiredReason(self.reason_combo.currentData()),
                           note=self.note_edit.text().strip(), today=self.today)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


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
                                      for t in queries.topics(ctx.repo)],
                                     keep_current=False)
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
        names = {t.code: t.name for t in queries.topics(self.ctx.repo)}
        targets = ops.targets(self.ctx.repo)
        self._targets = targets  # row by row; never read back from the items (widgets.py)
        self.table.setRowCount(len(targets))
        for row, target in enumerate(targets):
            cells = (f"{target.topic_code} — {names.get(target.topic_code, '')}",
                     self.tr("ít nhất {amount} {measure}").format(
                         amount=target.amount, measure=measure_label(target.measure)),
                     per_label(target.per))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(targets))

    def _pick(self, row: int, *_: int) -> None:
        """Selecting a target puts it in the editor, to change its amount."""
        if not 0 <= row < len(self._targets):
            return
        target = self._targets[row]
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
                           measure=combo_value(self.measure_combo),
                           per=combo_value(self.per_combo), amount=amount)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.show_problems([])
        self.amount_edit.clear()
        self.reload()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._targets):
            return
        target = self._targets[row]
        self.ctx.apply(ops.save_target, topic_code=target.topic_code,
                       measure=target.measure.value, per=target.per.value, amount=0)
        self.reload()
