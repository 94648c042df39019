"""The keyboard-first entry form for one log record.

Reading order is entry order: date, time, topic, form, title, the measures of that form,
language, source, priority, village or loudspeaker cluster, operator, unit (offices only),
notes. Enter, Ctrl+Enter and Ctrl+S save and start the NEXT record, prefilled from the one
just saved (its date too), with the cursor in *Tiêu đề*: typing never edits a stored record by
accident. A stored record is edited only after it is chosen in the table (F2, Enter,
double-click); a banner then says which one, and Esc stops. Ctrl+D duplicates; Esc on typed
text asks before discarding it. Defaults come from the last entry
(``operations.record_defaults``).

Unsaved typing is kept as a draft in the data file (``operations.drafts``) two seconds after
the last keystroke, so a power cut loses nothing; the draft is offered back at the next start.

A save that finds problems writes nothing and shows each problem's text under its field;
Vietnamese words for problem codes come from ``problem_texts`` only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
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
from ocop_desktop.operations import Area, Changes, drafts
from ocop_desktop.storage.database import StorageError
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.texts.problem_texts import (
    field_name,
    problem_line,
    problem_text,
    storage_error_text,
)
from ocop_desktop.ui.cluster_picker import ClusterPicker
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.log_table import form_label
from ocop_desktop.ui.log_undo import SaveRecordCommand, short_title
from ocop_desktop.ui.widgets import (
    DateEdit,
    FieldBox,
    NumberEdit,
    SearchCombo,
    TimeEdit,
)

# Fields in the order problems are listed and focus goes to the first one that is wrong.
DRAFT_DELAY_MS = 2000  # a draft is written this long after the last keystroke (issue: ≤ 5 s)

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
    undo_offered = Signal(str)

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
        self._asking_topic = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        # A draft left by a crash or power cut, until the window has offered it back.
        self.pending_draft: drafts.Draft | None = drafts.load_draft(ctx.repo)
        self._build()
        self.reload_catalogues()
        self.new_record()
        ctx.changed.connect(self._on_changed)
        ctx.destroyed.connect(self._draft_timer.stop)

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

        # The loudspeaker clusters it was aired on (issue 13); shown when the register has any.
        self.cluster_picker = ClusterPicker(self)
        measure_fields = {m.value: self.measure_edits[m] for m in Measure}
        editors: dict[str, QWidget] = {
            "date": self.date_edit, "time": self.time_edit, "topic_code": self.topic_combo,
            "form_code": self.form_combo, "title": self.title_edit, **measure_fields,
            "language": self.language_combo, "source": self.source_combo,
            "priority": self.priority_combo, "location": self.location_edit,
            "operator": self.operator_edit, "unit_code": self.unit_combo,
            "notes": self.notes_edit, "clusters": self.cluster_picker,
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
        place("clusters", 7, 0, 4)
        self._grid = grid

        self.new_button = QPushButton(self.tr("Ghi mới"), self)
        self.duplicate_button = QPushButton(self.tr("Nhân bản"), self)
        self.save_button = QPushButton(self.tr("Lưu (Enter)"), self)
        self.save_button.setDefault(True)
        self.new_button.setToolTip(self.tr("Bắt đầu một bản ghi mới (Ctrl+N, Esc)"))
        self.duplicate_button.setToolTip(self.tr("Tạo bản ghi mới giống bản ghi này (Ctrl+D)"))
        self.save_button.setToolTip(self.tr(
            "Lưu rồi bắt đầu bản ghi tiếp theo, điền sẵn như bản vừa lưu "
            "(Enter, Ctrl+Enter, Ctrl+S)"))
        self.new_button.clicked.connect(lambda: self.new_record(confirm=True))
        self.duplicate_button.clicked.connect(lambda: self.duplicate())
        self.save_button.clicked.connect(lambda: self.save())

        # While a stored record is being edited, this says which one and how to stop.
        self.edit_banner = QLabel(self)
        self.edit_banner.setObjectName("editBanner")
        self.edit_banner.setWordWrap(True)
        self.edit_banner.setStyleSheet(
            "QLabel#editBanner { background: #fff3cd; color: #5d4200; border: 1px solid #e0c060;"
            " border-radius: 3px; padding: 4px 8px; font-weight: bold; }")
        self.edit_banner.hide()

        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.edit_banner, 10)  # in the heading's place while editing
        header.addWidget(self.state_label, 1)
        buttons = QHBoxLayout()
        self.required_hint = QLabel(self.tr("* bắt buộc"), self)
        self.required_hint.setEnabled(False)
        buttons.addWidget(self.required_hint)
        buttons.addStretch(1)
        for button in (self.new_button, self.duplicate_button, self.save_button):
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
            self.save_button,
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
        # A problem disappears as soon as the user touches its field, and the typing is
        # kept as a draft shortly after the last keystroke.
        def clear() -> None:
            self._clear_problem(name)
            self._draft_timer.start()

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(clear)
            editor.installEventFilter(self)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(clear)
            if editor.lineEdit() is not None:
                editor.lineEdit().textEdited.connect(clear)  # type: ignore[union-attr]
                editor.lineEdit().installEventFilter(self)  # type: ignore[union-attr]
            else:
                editor.currentIndexChanged.connect(lambda _i: self._clear_problem(name))
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(clear)
            editor.installEventFilter(self)
        if name == "topic_code" and isinstance(editor, QComboBox) and editor.lineEdit():
            editor.lineEdit().editingFinished.connect(  # type: ignore[union-attr]
                self._topic_left)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field with nothing of its own to undo undoes the last save instead.

        A text field claims Ctrl+Z for its own typing; right after a save the fields are
        fresh, so the operator's Ctrl+Z means "undo that save" (the window's undo action).
        """
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) and not self._field_can_undo(watched):
                event.ignore()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) and not self._field_can_redo(watched):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _field_can_undo(widget: QObject) -> bool:
        if isinstance(widget, QLineEdit):
            return widget.isUndoAvailable()
        if isinstance(widget, QPlainTextEdit):
            return widget.document().isUndoAvailable()
        return False

    @staticmethod
    def _field_can_redo(widget: QObject) -> bool:
        if isinstance(widget, QLineEdit):
            return widget.isRedoAvailable()
        if isinstance(widget, QPlainTextEdit):
            return widget.document().isRedoAvailable()
        return False

    # -- catalogues -----------------------------------------------------------------------
    def reload_catalogues(self) -> None:
        """Re-read the installation, topics, forms and units (after they changed)."""
        repo = self.ctx.repo
        self._installation = repo.installation()
        self._forms = repo.forms()
        current_form = self.form_combo.current_code()
        # Short labels ("Ấn phẩm"), the full name as the tooltip: the field is narrow and the
        # full names ("Bản tin, tờ rơi, sách mỏng, ấn phẩm") were cut off.
        self.form_combo.set_entries(
            [(code, form_label(code, catalogue_name(form.name)))
             for code, form in self._forms.items()],
            keep_current=False,
            tooltips=[catalogue_name(form.name) for form in self._forms.values()])
        self.form_combo.set_code(current_form if current_form in self._forms else None)
        current_source = self.source_combo.current_code()
        self.source_combo.set_entries(  # the sources table, with its windows (issue 13)
            [(c.code, catalogue_name(c.name)) for c in repo.sources().values()] + [(None, "—")])
        self.source_combo.set_code(current_source)
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
        for line in (self.title_edit, self.location_edit, self.operator_edit):
            line.setCursorPosition(0)  # show a long text from its start
        if self._is_office():
            self._reload_units()
            self.unit_combo.set_code(record.unit_code)
        self.notes_edit.setPlainText(record.notes)
        self._record = record
        self._show_clusters(record)
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
        if day is not None and self._record is not None and not self.cluster_picker.touched:
            self._show_clusters(self._record.replace(date=day))

    def _show_clusters(self, record: LogRecord) -> None:
        """The register of the record's unit on its date; a stored record's own clusters,
        a new one every working cluster."""
        from ocop_desktop.operations import administration

        clusters = administration.clusters(self.ctx.repo, unit_code=record.unit_code)
        stored = (administration.record_cluster_ids(self.ctx.repo, record.uuid)
                  if self.ctx.repo.record(record.uuid) is not None else None)
        self.cluster_picker.set_clusters(clusters, record.date, stored)
        shown = self.cluster_picker.has_clusters()
        self.labels["clusters"].setVisible(shown)
        self.boxes["clusters"].setVisible(shown)

    def _chosen_clusters(self) -> list[int] | None:
        return (self.cluster_picker.selected_ids()
                if self.cluster_picker.has_clusters() else None)

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

    def new_record(self, *, confirm: bool = False, focus: str = "date",
                   like: LogRecord | None = None) -> bool:
        """Start a new record: prefilled from ``like`` (the record just saved: its date,
        topic, form, measures… but not its title or notes), else from the last entry.

        ``False`` if the user chose to keep their unsaved typing."""
        if self._installation is None:
            return False
        if confirm and not self._confirm_discard():
            return False
        self._editing = None
        if like is not None:
            start = operations.duplicate_record(like).replace(title="", notes="")
        else:
            start = self._defaults()
        self._show(start)
        self._set_heading(self.tr("Bản ghi mới"))
        self._update_banner()
        self._draft_timer.stop()
        self._clear_draft()
        self._focus(focus)
        return True

    def stop_editing(self) -> bool:
        """Esc: leave the record (asking first if something was typed) for a new one."""
        if not self.new_record(confirm=True):
            return False
        self._set_state("")
        self.message.emit("")
        return True

    def _update_banner(self) -> None:
        record = self._editing
        # The banner takes the heading's place (both said which record is shown).
        self.heading.setVisible(record is None)
        if record is None:
            self.edit_banner.hide()
            return
        self.edit_banner.setText(self.tr(
            "Đang sửa bản ghi ngày {date}: “{title}” — Enter lưu, Esc thôi sửa."
        ).format(date=record.date.strftime("%d/%m/%Y"), title=short_title(record.title, 32)))
        self.edit_banner.show()

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
        self._update_banner()
        self._clear_draft()
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
        self._update_banner()
        self._set_heading(self.tr("Bản ghi mới (nhân bản)"))
        self._set_state(self.tr("Sửa ngày, giờ hoặc nội dung rồi lưu."))
        self._snapshot = None  # a duplicate is unsaved content by definition
        self._focus("date")

    def _focus(self, name: str) -> None:
        editor = self.boxes[name].editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def save(self, *, and_new: bool = True) -> bool:
        """Validate and save; on problems show them and write nothing.

        After a save the form starts the next record, prefilled from this one (``and_new``
        is kept for callers; both Enter and Ctrl+Enter start a new record)."""
        if self._installation is None:
            return False
        record, problems = self._read()
        assert record is not None
        problems += [p for p in operations.check_record(self.ctx.repo, record)
                     if not any(q.field == p.field for q in problems)]
        clusters = self._chosen_clusters()
        if clusters:
            from ocop_desktop.operations.administration import cluster_problems

            problems += cluster_problems(self.ctx.repo, unit_code=record.unit_code,
                                         day=record.date, cluster_ids=clusters)
        if problems:
            self.show_problems(problems)
            return False
        before = self._editing
        try:
            changes = self.ctx.apply(operations.save_record, record=record, clusters=clusters)
        except ValidationError as exc:  # the catalogue changed between check and save
            self.show_problems(exc.problems)
            return False
        except StorageError as exc:
            # The file stayed busy past the timeout (another process writing), read-only
            # media, a full disk: one line; the typed record stays for another try.
            self.state_label.setStyleSheet("color: #b00020;")
            self.state_label.setText(storage_error_text(exc))
            self.message.emit(storage_error_text(exc))
            return False
        self._clear_problems()
        saved = self.ctx.repo.record(record.uuid) or record
        pushed = False
        if self.undo_stack is not None and (changes.added or changes.updated):
            self.undo_stack.push(SaveRecordCommand(self.ctx, before=before, after=saved,
                                                   on_error=self._undo_failed))
            pushed = True
        now = dt.datetime.now().strftime("%H:%M:%S")
        if changes.unchanged:
            text = self.tr("Không có gì thay đổi.")
        elif before is None:
            text = self.tr("Đã ghi “{title}” lúc {time}.").format(title=saved.title, time=now)
        else:
            text = self.tr("Đã lưu thay đổi lúc {time}.").format(time=now)
        self.saved.emit(saved.uuid)
        self.new_record(focus="title", like=saved)
        self._set_state(text)
        if pushed:
            self.undo_offered.emit(text)
        else:
            self.message.emit(text)
        return True

    # -- drafts ------------------------------------------------------------------------------
    def _clear_draft(self) -> None:
        if self.pending_draft is None:  # never before the crash draft was offered back
            drafts.clear_draft(self.ctx.repo)

    def _draft_fields(self) -> dict[str, str]:
        fields = {
            "date": self.date_edit.text(), "time": self.time_edit.text(),
            "topic_code": self.topic_combo.typed_text(),
            "form_code": self.form_combo.current_code() or "",
            "title": self.title_edit.text(),
            "language": self.language_combo.current_code() or "",
            "source": self.source_combo.current_code() or "",
            "priority": self.priority_combo.current_code() or "",
            "location": self.location_edit.text(), "operator": self.operator_edit.text(),
            "unit_code": self.unit_combo.typed_text(), "notes": self.notes_edit.toPlainText(),
        }
        fields.update({m.value: e.text() for m, e in self.measure_edits.items()})
        return fields

    def write_draft(self) -> None:
        """Keep the unsaved typing in the data file (or remove the draft: nothing unsaved)."""
        self._draft_timer.stop()
        if self.pending_draft is not None or self._installation is None:
            return
        if not self.has_unsaved_changes():
            drafts.clear_draft(self.ctx.repo)
            return
        drafts.save_draft(self.ctx.repo, draft=drafts.Draft(
            fields=self._draft_fields(), written_at=dt.datetime.now(),
            editing=self._editing.uuid if self._editing is not None else None))

    def offer_draft(self) -> bool:
        """At start: "Có một bản ghi đang nhập dở lúc … — Khôi phục?"; True if restored."""
        draft = self.pending_draft
        if draft is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Khôi phục bản ghi đang nhập dở?"),
            self.tr("Có một bản ghi đang nhập dở lúc {time} — Khôi phục?\n\n"
                    "(Lần trước chương trình bị tắt đột ngột, ví dụ do mất điện, khi bản ghi "
                    "này chưa được lưu.)").format(
                time=draft.written_at.strftime("%H:%M ngày %d/%m/%Y")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        self.pending_draft = None
        self.window().activateWindow()
        if answer != QMessageBox.StandardButton.Yes:
            drafts.clear_draft(self.ctx.repo)
            return False
        self.restore_draft(draft)
        return True

    def restore_draft(self, draft: drafts.Draft) -> None:
        """Put a draft's texts back into the fields (as the user typed them)."""
        editing = self.ctx.repo.record(draft.editing) if draft.editing else None
        if editing is not None and not editing.deleted:
            self.load(editing, confirm=False)
        else:
            self.new_record()
        fields = draft.fields
        self.date_edit.setText(fields.get("date", ""))
        self.time_edit.setText(fields.get("time", ""))
        self.form_combo.set_code(fields.get("form_code") or None)
        self.topic_combo.set_code(None)
        self.topic_combo.setEditText(fields.get("topic_code", ""))
        self.topic_combo.set_code(self.topic_combo.current_code()) if (
            self.topic_combo.current_code()) else None
        self.title_edit.setText(fields.get("title", ""))
        for measure, edit in self.measure_edits.items():
            edit.setText(fields.get(measure.value, ""))
        for combo, name in ((self.language_combo, "language"), (self.source_combo, "source"),
                            (self.priority_combo, "priority")):
            combo.set_code(fields.get(name) or None)
        self.location_edit.setText(fields.get("location", ""))
        self.operator_edit.setText(fields.get("operator", ""))
        if self._is_office():
            self.unit_combo.setEditText(fields.get("unit_code", ""))
        self.notes_edit.setPlainText(fields.get("notes", ""))
        self._set_state(self.tr("Đã khôi phục bản ghi đang nhập dở; kiểm tra rồi bấm Enter "
                                "để lưu."))
        self._focus("title")
        self.write_draft()  # the draft stays until this typing is saved or discarded

    # -- a topic typed by name ---------------------------------------------------------------
    def _topic_left(self) -> None:
        """Leaving the topic field with a name that matches no topic offers to add it."""
        name = self.topic_combo.typed_text()
        if not name or self.topic_combo.current_code() is not None or self._asking_topic:
            return
        self._asking_topic = True
        going_to = QApplication.focusWidget()  # where Tab or a click was taking the cursor
        try:
            answer = QMessageBox.question(
                self, self.tr("Thêm chủ đề mới?"),
                self.tr("Thêm chủ đề mới “{name}”?").format(name=name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
        finally:
            self._asking_topic = False
            # The box took the focus; give it back where the user was going.
            self.window().activateWindow()
            if going_to is not None and going_to is not self.topic_combo:
                going_to.setFocus(Qt.FocusReason.OtherFocusReason)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.ctx.apply(operations.add_topic_named, name=name)
        except ValidationError as exc:
            self.show_problems([Problem("topic_code", p.code, p.params)
                                for p in exc.problems])
            return
        code = changes.notes[0] if changes.notes else None
        self.topic_combo.set_code(code)
        self._clear_problem("topic_code")
        self.message.emit(self.tr("Đã thêm chủ đề “{name}” (mã {code}).").format(
            name=name, code=code))

    def _undo_failed(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Không hoàn tác được"), text)

    def _on_changed(self, changes: Changes) -> None:
        if (Area.CLUSTERS in changes.areas and self._record is not None
                and not self.cluster_picker.touched):
            self._show_clusters(self._record)
        if {Area.TOPICS, Area.UNITS, Area.SETTINGS} & changes.areas:
            had_installation = self._installation is not None
            self.reload_catalogues()
            if not had_installation and self._installation is not None:
                self.new_record()
        if Area.RECORDS in changes.areas and self._editing is not None:
            # The record being edited was deleted or changed elsewhere (undo, import…).
            stored = self.ctx.repo.record(self._editing.uuid)
            if stored is None or stored.deleted:
                QTimer.singleShot(0, lambda: self.new_record())
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
            self.stop_editing()
            event.accept()
            return
        super().keyPressEvent(event)
