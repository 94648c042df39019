"""The keyboard-first entry form for one log record.

Reading order is entry order: date, time, topic, form, title, the measures of that form,
language, source, priority, village or loudspeaker cluster, operator, unit (offices only),
notes. Enter or Ctrl+S saves, Ctrl+Enter saves and starts a new record, Ctrl+D duplicates,
Escape starts over. Defaults come from the last entry (``operations.record_defaults``).

A save that finds problems writes nothing and shows each problem's text under its field;
Vietnamese words for problem codes come from ``problem_texts`` only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop import operations
from ocop_desktop.domain.catalogue import (
    DEFAULT_LANGUAGE,
    DEFAULT_PRIORITY,
    DEFAULT_SOURCE,
    LANGUAGES,
    PRIORITIES,
    SOURCES,
    Form,
    Measure,
)
from ocop_desktop.domain.records import Installation, LogRecord, Role
from ocop_desktop.domain.validation import (
    MAX_TEXT,
    MAX_TITLE,
    Problem,
    ProblemCode,
    ValidationError,
)
from ocop_desktop.operations import Area, Changes
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.texts.problem_texts import field_name, problem_line, problem_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.log_undo import SaveRecordCommand
from ocop_desktop.ui.widgets import (
    DateEdit,
    FieldBox,
    NumberEdit,
    SearchCombo,
    TimeEdit,
)

# Fields in the order problems are listed and focus goes to the first one that is wrong.
FIELD_ORDER = (
    "date", "time", "topic_code", "form_code", "title", "items", "airings", "minutes",
    "copies", "participants", "language", "source", "priority", "location", "operator",
    "unit_code", "notes",
)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """What the widgets show, to tell whether the user changed anything."""

    values: tuple[str, ...]


class RecordForm(QFrame):
    """Enter, edit and duplicate one record.

    Signals:
        saved(str): a record was saved (its UUID).
        message(str): a short status line for the window's status bar.
    """

    saved = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.setObjectName("recordForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._editing: LogRecord | None = None  # the stored version of the record being edited
        self._record: LogRecord | None = None  # identity (uuid, created_at) of what is shown
        self._snapshot: _Snapshot | None = None
        self._forms: dict[str, Form] = {}
        self._installation: Installation | None = None
        self._build()
        self.reload_catalogues()
        self.new_record()
        ctx.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.date_edit = DateEdit(self)
        self.time_edit = TimeEdit(self)
        self.topic_combo = SearchCombo(self)
        self.topic_combo.setMinimumContentsLength(12)
        self.topic_combo.lineEdit().setPlaceholderText(  # type: ignore[union-attr]
            self.tr("gõ mã hoặc tên chủ đề để tìm"))
        self.form_combo = SearchCombo(self, editable=False)
        self.form_combo.setMinimumContentsLength(10)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("tên tin, bài, chương trình hoặc hoạt động"))
        self.measure_edits: dict[Measure, NumberEdit] = {m: NumberEdit(self) for m in Measure}
        self.language_combo = SearchCombo(self, editable=False)
        self.source_combo = SearchCombo(self, editable=False)
        self.priority_combo = SearchCombo(self, editable=False)
        self.location_edit = QLineEdit(self)
        self.location_edit.setMaxLength(MAX_TEXT)
        self.location_edit.setPlaceholderText(self.tr("thôn, bản, cụm loa"))
        self.operator_edit = QLineEdit(self)
        self.operator_edit.setMaxLength(MAX_TEXT)
        self.unit_combo = SearchCombo(self)
        self.unit_combo.setMinimumContentsLength(10)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("ghi chú (không bắt buộc)"))
        line_height = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(line_height * 2 + 12)

        self.language_combo.set_entries(
            [(c.code, catalogue_name(c.name)) for c in LANGUAGES] + [(None, "—")])
        self.source_combo.set_entries(
            [(c.code, catalogue_name(c.name)) for c in SOURCES] + [(None, "—")])
        self.priority_combo.set_entries([(c.code, catalogue_name(c.name)) for c in PRIORITIES])

        measure_fields = {m.value: self.measure_edits[m] for m in Measure}
        editors: dict[str, QWidget] = {
            "date": self.date_edit, "time": self.time_edit, "topic_code": self.topic_combo,
            "form_code": self.form_combo, "title": self.title_edit, **measure_fields,
            "language": self.language_combo, "source": self.source_combo,
            "priority": self.priority_combo, "location": self.location_edit,
            "operator": self.operator_edit, "unit_code": self.unit_combo,
            "notes": self.notes_edit,
        }
        self.boxes: dict[str, FieldBox] = {name: FieldBox(w, self) for name, w in editors.items()}
        self.labels: dict[str, QLabel] = {}
        required = {"date", "topic_code", "form_code", "title"}
        for name, box in self.boxes.items():
            text = self._label_text(name)
            label = QLabel(text + (" *" if name in required else ""), self)
            label.setBuddy(box.editor)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
            self.labels[name] = label

        # Header: what the form is doing, and the result of the last save.
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.state_label = QLabel(self)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)

        def place(name: str, row: int, column: int, span: int = 1) -> None:
            grid.addWidget(self.labels[name], row, column * 2)
            grid.addWidget(self.boxes[name], row, column * 2 + 1, 1, span * 2 - 1)

        # Date and time share the first cell: both are short, and they are read together.
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.setSpacing(6)
        when_layout.addWidget(self.boxes["date"], 3, Qt.AlignmentFlag.AlignTop)
        when_layout.addWidget(self.labels["time"], 0, Qt.AlignmentFlag.AlignTop)
        when_layout.addWidget(self.boxes["time"], 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.labels["date"], 0, 0)
        grid.addWidget(when, 0, 1)
        place("topic_code", 0, 1, 3)
        place("form_code", 2, 0)
        place("title", 2, 1, 3)
        # The measures of the chosen form, side by side; the others are hidden.
        strip = QWidget(self)
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        strip_layout.setSpacing(8)
        self.measure_label = QLabel(self.tr("Số liệu"), self)
        self.measure_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.measure_label.setContentsMargins(0, 4, 0, 0)
        for measure in Measure:
            strip_layout.addWidget(self.labels[measure.value], 0, Qt.AlignmentFlag.AlignTop)
            strip_layout.addWidget(self.boxes[measure.value], 0, Qt.AlignmentFlag.AlignTop)
        strip_layout.addStretch(1)
        grid.addWidget(self.measure_label, 3, 0)
        grid.addWidget(strip, 3, 1, 1, 5)
        place("language", 3, 3)
        # Date, time and the measures sit in narrow cells: their problems are written on a
        # line of their own right under their row, where a whole sentence fits.
        self._row_lines: dict[int, QLabel] = {}
        for row in (1, 4):
            line = QLabel(self)
            line.setObjectName("problem")
            line.setWordWrap(True)
            line.setStyleSheet("color: #b71c1c;")
            line.setFont(self.boxes["title"].problem_label.font())
            line.hide()
            grid.addWidget(line, row, 1, 1, 7)
            self._row_lines[row] = line
        self._narrow = {"date": 1, "time": 1, **{m.value: 4 for m in Measure}}
        self._narrow_texts: dict[str, str] = {}
        place("source", 5, 0)
        place("priority", 5, 1)
        place("location", 5, 2)
        place("operator", 5, 3)
        place("unit_code", 6, 0)
        self._notes_row = 6
        grid.addWidget(self.labels["notes"], 6, 2)
        grid.addWidget(self.boxes["notes"], 6, 3, 1, 5)
        self._grid = grid

        self.new_button = QPushButton(self.tr("Ghi mới"), self)
        self.duplicate_button = QPushButton(self.tr("Nhân bản"), self)
        self.save_button = QPushButton(self.tr("Lưu"), self)
        self.save_new_button = QPushButton(self.tr("Ghi và tạo mới"), self)
        self.save_new_button.setDefault(True)
        self.new_button.setToolTip(self.tr("Bắt đầu một bản ghi mới (Ctrl+N, Esc)"))
        self.duplicate_button.setToolTip(self.tr("Tạo bản ghi mới giống bản ghi này (Ctrl+D)"))
        self.save_button.setToolTip(self.tr("Lưu bản ghi (Enter, Ctrl+S)"))
        self.save_new_button.setToolTip(self.tr("Lưu rồi bắt đầu bản ghi mới (Ctrl+Enter)"))
        self.new_button.clicked.connect(lambda: self.new_record(confirm=True))
        self.duplicate_button.clicked.connect(lambda: self.duplicate())
        self.save_button.clicked.connect(lambda: self.save())
        self.save_new_button.clicked.connect(lambda: self.save(and_new=True))

        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.state_label, 1)
        buttons = QHBoxLayout()
        self.required_hint = QLabel(self.tr("* bắt buộc"), self)
        self.required_hint.setEnabled(False)
        buttons.addWidget(self.required_hint)
        buttons.addStretch(1)
        for button in (self.new_button, self.duplicate_button, self.save_button,
                       self.save_new_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.date_edit.date_changed.connect(self._date_changed)
        for name, box in self.boxes.items():
            self._watch_edits(name, box.editor)

        order: list[QWidget] = [
            self.date_edit, self.time_edit, self.topic_combo, self.form_combo,
            self.title_edit, *self.measure_edits.values(), self.language_combo,
            self.source_combo, self.priority_combo, self.location_edit, self.operator_edit,
            self.unit_combo, self.notes_edit, self.new_button, self.duplicate_button,
            self.save_button, self.save_new_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _label_text(self, name: str) -> str:
        labels = {
            "date": self.tr("Ngày"), "time": self.tr("Giờ"), "topic_code": self.tr("Chủ đề"),
            "form_code": self.tr("Hình thức"), "title": self.tr("Tiêu đề"),
            "items": self.tr("Tin, bài"), "airings": self.tr("Lượt phát"),
            "minutes": self.tr("Phút"), "copies": self.tr("Số bản"),
            "participants": self.tr("Người dự"), "language": self.tr("Ngôn ngữ"),
            "source": self.tr("Nguồn"), "priority": self.tr("Mức độ"),
            "location": self.tr("Thôn, cụm loa"), "operator": self.tr("Người thực hiện"),
            "unit_code": self.tr("Đơn vị"), "notes": self.tr("Ghi chú"),
        }
        return labels.get(name, field_name(name))

    def _watch_edits(self, name: str, editor: QWidget) -> None:
        # A problem disappears as soon as the user touches its field.
        def clear() -> None:
            self._clear_problem(name)

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(clear)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(clear)
            if editor.lineEdit() is not None:
                editor.lineEdit().textEdited.connect(clear)  # type: ignore[union-attr]
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(clear)

    # -- catalogues -----------------------------------------------------------------------
    def reload_catalogues(self) -> None:
        """Re-read the installation, topics, forms and units (after they changed)."""
        repo = self.ctx.repo
        self._installation = repo.installation()
        self._forms = repo.forms()
        current_form = self.form_combo.current_code()
        self.form_combo.set_entries(
            [(code, catalogue_name(form.name)) for code, form in self._forms.items()],
            keep_current=False)
        self.form_combo.set_code(current_form if current_form in self._forms else None)
        topics = repo.topics()
        self.topic_combo.set_entries([(t.code, f"{t.code} — {t.name}") for t in topics],
                                     tooltips=[t.name for t in topics])
        self._reload_units()
        office = self._is_office()
        self.labels["unit_code"].setVisible(office)
        self.boxes["unit_code"].setVisible(office)
        # A station's notes take the whole row; an office's share it with the unit.
        self._grid.removeWidget(self.labels["notes"])
        self._grid.removeWidget(self.boxes["notes"])
        if office:
            self._grid.addWidget(self.labels["notes"], self._notes_row, 2)
            self._grid.addWidget(self.boxes["notes"], self._notes_row, 3, 1, 5)
        else:
            self._grid.addWidget(self.labels["notes"], self._notes_row, 0)
            self._grid.addWidget(self.boxes["notes"], self._notes_row, 1, 1, 7)
        self.setEnabled(self._installation is not None)
        if self._installation is None:
            self.heading.setText(self.tr("Chưa khai báo đơn vị"))
            self.state_label.setText(self.tr(
                "Hãy khai báo đơn vị của máy này (Công cụ → Cài đặt) trước khi ghi sổ."))

    def _is_office(self) -> bool:
        return self._installation is not None and self._installation.role is Role.OFFICE

    def _reload_units(self) -> None:
        if not self._is_office():
            return
        assert self._installation is not None
        day = self.date_edit.date() or dt.date.today()
        own = self._installation.unit_code
        codes = self.ctx.repo.descendant_codes(own, day)
        units = [u for u in self.ctx.repo.units(day) if u.code in codes]
        units.sort(key=lambda u: (u.code != own, u.code))
        self.unit_combo.set_entries([(u.code, f"{u.code} — {u.name}") for u in units])

    # -- record <-> widgets ------------------------------------------------------------------
    @property
    def is_editing(self) -> bool:
        """True when the form shows a stored record (saving updates it)."""
        return self._editing is not None

    @property
    def current_uuid(self) -> str | None:
        return self._record.uuid if self._record else None

    def _show(self, record: LogRecord) -> None:
        self._clear_problems()
        self.date_edit.set_date(record.date)
        self.time_edit.set_time(record.time)
        self.topic_combo.set_code(record.topic_code or None)
        if record.form_code and record.form_code not in self._forms:
            # A form retired since: keep it selectable for this record.
            stored = self.ctx.repo.forms(include_inactive=True).get(record.form_code)
            if stored is not None:
                self._forms[record.form_code] = stored
                self.form_combo.set_entries([(c, f.name) for c, f in self._forms.items()])
        self.form_combo.set_code(record.form_code or None)
        self.title_edit.setText(record.title)
        for measure, edit in self.measure_edits.items():
            edit.set_value(record.measure(measure))
        self.language_combo.set_code(record.language)
        self.source_combo.set_code(record.source)
        self.priority_combo.set_code(record.priority)
        self.location_edit.setText(record.location)
        self.operator_edit.setText(record.operator)
        if self._is_office():
            self._reload_units()
            self.unit_combo.set_code(record.unit_code)
        self.notes_edit.setPlainText(record.notes)
        self._record = record
        self._apply_form(user_change=False)
        self._snapshot = self._take_snapshot()

    def _take_snapshot(self) -> _Snapshot:
        return _Snapshot((
            self.date_edit.text(), self.time_edit.text(), self.topic_combo.typed_text(),
            str(self.form_combo.current_code()), self.title_edit.text(),
            *(e.text() for e in self.measure_edits.values()),
            str(self.language_combo.current_code()), str(self.source_combo.current_code()),
            str(self.priority_combo.current_code()), self.location_edit.text(),
            self.operator_edit.text(), self.unit_combo.typed_text(),
            self.notes_edit.toPlainText()))

    def has_unsaved_changes(self) -> bool:
        return self._snapshot is not None and self._take_snapshot() != self._snapshot

    def _form_changed(self) -> None:
        self._apply_form(user_change=True)

    def _apply_form(self, *, user_change: bool) -> None:
        """Show only the measures (and the source) that apply to the chosen form."""
        form = self._forms.get(self.form_combo.current_code() or "")
        applicable = set(form.measures) if form else set(Measure)
        for measure, edit in self.measure_edits.items():
            visible = measure in applicable
            self.labels[measure.value].setVisible(visible)
            self.boxes[measure.value].setVisible(visible)
            edit.setEnabled(visible)
        broadcast = form.broadcast if form else True
        self.source_combo.setEnabled(broadcast)
        self.labels["source"].setEnabled(broadcast)
        if not broadcast:
            self.source_combo.set_code(None)
        elif user_change and self.source_combo.current_code() is None:
            self.source_combo.set_code(DEFAULT_SOURCE)

    def _date_changed(self, day: dt.date | None) -> None:
        if self._is_office() and day is not None:
            self._reload_units()

    def _unit_code(self) -> str:
        assert self._installation is not None
        if self._is_office():
            return self.unit_combo.current_code() or ""
        return self._installation.unit_code

    def _read(self) -> tuple[LogRecord | None, list[Problem]]:
        """The record the widgets describe, and what could not be read from them."""
        problems: list[Problem] = []
        assert self._record is not None and self._installation is not None
        day = self.date_edit.date()
        if not self.date_edit.text().strip():
            problems.append(Problem("date", ProblemCode.REQUIRED))
        elif day is None:
            problems.append(Problem("date", ProblemCode.BAD_DATE, {
                "value": self.date_edit.text().strip(), "format": "dd/mm/yyyy"}))
        time = self.time_edit.time()
        if not self.time_edit.has_valid_text():
            problems.append(Problem("time", ProblemCode.BAD_TIME,
                                    {"value": self.time_edit.text().strip()}))
        topic = self.topic_combo.current_code()
        typed_topic = self.topic_combo.typed_text()
        if topic is None and typed_topic:
            problems.append(Problem("topic_code", ProblemCode.UNKNOWN_TOPIC,
                                    {"code": typed_topic}))
        unit_code = self._unit_code()
        if self._is_office() and not unit_code and self.unit_combo.typed_text():
            problems.append(Problem("unit_code", ProblemCode.UNKNOWN_UNIT,
                                    {"code": self.unit_combo.typed_text()}))
        form = self._forms.get(self.form_combo.current_code() or "")
        measures: dict[str, int | None] = {}
        for measure, edit in self.measure_edits.items():
            if form is not None and measure not in form.measures:
                measures[measure.value] = None  # hidden: does not apply to this form
                continue
            try:
                measures[measure.value] = edit.value()
            except ValueError:
                problems.append(Problem(measure.value, ProblemCode.NOT_A_NUMBER))
                measures[measure.value] = None
        office = self._installation.unit_code
        entered_by = office if self._is_office() and unit_code and unit_code != office else None
        record = self._record.replace(
            date=day or dt.date.today(), time=time, topic_code=topic or "",
            form_code=self.form_combo.current_code() or "", title=self.title_edit.text().strip(),
            unit_code=unit_code, language=self.language_combo.current_code(),
            source=self.source_combo.current_code() if form is None or form.broadcast else None,
            priority=self.priority_combo.current_code() or DEFAULT_PRIORITY,
            location=self.location_edit.text().strip(),
            operator=self.operator_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(), entered_by=entered_by, **measures)
        return record, problems

    # -- problems ------------------------------------------------------------------------
    def _clear_problems(self) -> None:
        for name, box in self.boxes.items():
            box.clear_problem()
            self._mark_label(name, False)
        self._narrow_texts.clear()
        for line in self._row_lines.values():
            line.clear()
            line.hide()

    def _clear_problem(self, name: str) -> None:
        self.boxes[name].clear_problem()
        self._mark_label(name, False)
        if self._narrow_texts.pop(name, None) is not None:
            self._update_row_lines()

    def _update_row_lines(self) -> None:
        for row, line in self._row_lines.items():
            parts = []
            for name, text in self._narrow_texts.items():
                if self._narrow[name] != row:
                    continue
                label = self._label_text(name)
                # "Ngày không hợp lệ…" names its field already; "Phải là một số…" does not.
                parts.append(text if text.startswith(label) else f"{label}: {text}")
            line.setText("   ".join(parts))
            line.setVisible(bool(parts))

    def _mark_label(self, name: str, bad: bool) -> None:
        label = self.labels[name]
        font = label.font()
        font.setBold(bad)
        label.setFont(font)
        label.setStyleSheet("color: #b71c1c;" if bad else "")

    def show_problems(self, problems: list[Problem]) -> None:
        """Put each problem under its field; focus the first wrong field."""
        self._clear_problems()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        elsewhere = [p for p in problems if p.field not in self.boxes
                     or not self.boxes[p.field].isVisibleTo(self)]
        for name, texts in by_field.items():
            box = self.boxes.get(name)
            if box is None or not box.isVisibleTo(self):
                continue
            text = " ".join(dict.fromkeys(texts))
            box.show_problem(text, inline=name not in self._narrow)
            if name in self._narrow:
                self._narrow_texts[name] = text
            self._mark_label(name, True)
        self._update_row_lines()
        if elsewhere:  # e.g. the station's own unit is missing from the catalogue
            self.state_label.setText(" ".join(problem_line(p) for p in elsewhere))
            self.state_label.setStyleSheet("color: #b71c1c;")
        for name in FIELD_ORDER:
            if name in by_field and self.boxes[name].isVisibleTo(self):
                self.boxes[name].editor.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        count = len(problems)
        self.message.emit(self.tr("Chưa lưu: có {count} lỗi cần sửa.").format(count=count))

    def problems_shown(self) -> dict[str, str]:
        """Field → the problem text shown under it (tests and accessibility)."""
        shown = {name: box.problem() for name, box in self.boxes.items() if box.problem()}
        return shown | self._narrow_texts

    # -- actions -------------------------------------------------------------------------
    def _set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def _set_state(self, text: str) -> None:
        self.state_label.setStyleSheet("")
        self.state_label.setText(text)

    def _defaults(self) -> LogRecord:
        assert self._installation is not None
        unit = self._installation.unit_code
        if self._is_office():
            unit = self.unit_combo.current_code() or unit
        record = operations.record_defaults(self.ctx.repo, unit_code=unit)
        if record.language is None:
            record = record.replace(language=DEFAULT_LANGUAGE)
        return record

    def _confirm_discard(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Bỏ thay đổi?"),
            self.tr("Bản ghi đang nhập có thay đổi chưa lưu. Bỏ các thay đổi này?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def new_record(self, *, confirm: bool = False, focus: str = "date") -> None:
        """Start a new record with the defaults from the last entry."""
        if self._installation is None:
            return
        if confirm and not self._confirm_discard():
            return
        self._editing = None
        self._show(self._defaults())
        self._set_heading(self.tr("Bản ghi mới"))
        self._focus(focus)

    def load(self, record: LogRecord, *, confirm: bool = True) -> bool:
        """Show a stored record for editing; ``False`` if the user kept their changes."""
        if self._installation is None:
            return False
        if confirm and self.current_uuid != record.uuid and not self._confirm_discard():
            return False
        self._editing = record
        self._show(record)
        self._set_heading(self.tr("Sửa bản ghi ngày {date}").format(
            date=record.date.strftime("%d/%m/%Y")))
        self._set_state("")
        return True

    def duplicate(self, record: LogRecord | None = None) -> None:
        """A new record with the same content as ``record`` (or as the form), to be saved."""
        if self._installation is None:
            return
        source = record
        if source is None:
            source, _ = self._read()
        assert source is not None
        self._editing = None
        self._show(operations.duplicate_record(source))
        self._set_heading(self.tr("Bản ghi mới (nhân bản)"))
        self._set_state(self.tr("Sửa ngày, giờ hoặc nội dung rồi lưu."))
        self._snapshot = None  # a duplicate is unsaved content by definition
        self._focus("date")

    def _focus(self, name: str) -> None:
        editor = self.boxes[name].editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def save(self, *, and_new: bool = False) -> bool:
        """Validate and save; on problems show them and write nothing."""
        if self._installation is None:
            return False
        record, problems = self._read()
        assert record is not None
        problems += [p for p in operations.check_record(self.ctx.repo, record)
                     if not any(q.field == p.field for q in problems)]
        if problems:
            self.show_problems(problems)
            return False
        before = self._editing
        try:
            changes = self.ctx.apply(operations.save_record, record=record)
        except ValidationError as exc:  # the catalogue changed between check and save
            self.show_problems(exc.problems)
            return False
        self._clear_problems()
        saved = self.ctx.repo.record(record.uuid) or record
        if self.undo_stack is not None and (changes.added or changes.updated):
            self.undo_stack.push(SaveRecordCommand(self.ctx, before=before, after=saved,
                                                   on_error=self._undo_failed))
        now = dt.datetime.now().strftime("%H:%M:%S")
        if changes.unchanged:
            text = self.tr("Không có gì thay đổi.")
        elif before is None:
            text = self.tr("Đã ghi “{title}” lúc {time}.").format(title=saved.title, time=now)
        else:
            text = self.tr("Đã lưu thay đổi lúc {time}.").format(time=now)
        self.message.emit(text)
        self.saved.emit(saved.uuid)
        if and_new:
            self.new_record(focus="title")
        else:
            self.load(saved, confirm=False)
        self._set_state(text)
        return True

    def _undo_failed(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Không hoàn tác được"), text)

    def _on_changed(self, changes: Changes) -> None:
        if {Area.TOPICS, Area.UNITS, Area.SETTINGS} & changes.areas:
            had_installation = self._installation is not None
            self.reload_catalogues()
            if not had_installation and self._installation is not None:
                self.new_record()
        if Area.RECORDS in changes.areas and self._editing is not None:
            # The record being edited was deleted or changed elsewhere (undo, import…).
            stored = self.ctx.repo.record(self._editing.uuid)
            if stored is None or stored.deleted:
                QTimer.singleShot(0, self.new_record)
            elif stored != self._editing and not self.has_unsaved_changes():
                self.load(stored, confirm=False)

    # -- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QFrame.keyPressEvent: Enter saves, Escape starts over.

        Editors pass Enter and Escape on to their parent (the notes box keeps Enter for new
        lines), so these arrive here from whichever field has focus.
        """
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.save()
            elif modifiers == Qt.KeyboardModifier.ControlModifier:
                self.save(and_new=True)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier:
            self.new_record()
            event.accept()
            return
        super().keyPressEvent(event)
