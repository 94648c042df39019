"""The record form's fields: the editors, their labels and layout, and the problems shown.

``RecordFields`` builds the widgets in entry order and shows problems under them (through
``ui.form_problems``); ``RecordForm`` (``form.py``) adds what the fields do with a record.
The layout: date and time share the first cell with the topic beside them; form and title;
the measures of the chosen form and the priority side by side with the language; source,
village, operator; unit (offices only) and notes; the loudspeaker clusters.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.catalogue import LANGUAGES, PRIORITIES, SOURCES, Measure
from ocop_desktop.domain.validation import MAX_TEXT, MAX_TITLE, Problem
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.texts.problem_texts import field_name, problem_line
from ocop_desktop.ui.cluster_picker import ClusterPicker
from ocop_desktop.ui.form_problems import show_problems
from ocop_desktop.ui.widgets import DateEdit, FieldBox, NumberEdit, SearchCombo, TimeEdit

# Fields in the order problems are listed and focus goes to the first one that is wrong.
FIELD_ORDER = (
    "date", "time", "topic_code", "form_code", "title", "items", "airings", "minutes",
    "copies", "participants", "language", "source", "priority", "location", "operator",
    "unit_code", "notes",
)
REQUIRED = {"date", "topic_code", "form_code", "title"}
PROBLEM_STYLE = "color: #b71c1c;"
# Narrow fields write their problems on a line of their own under their grid row.
DATE_ROW_LINE, MEASURE_ROW_LINE = 1, 4
NOTES_ROW = 6


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the widgets show, to tell whether the user changed anything."""

    values: tuple[str, ...]


class RecordFields(QFrame):
    """The editors of one record, laid out in entry order, with their problems.

    Signals:
        typed: the user typed or chose something (the form keeps a draft shortly after).
    """

    typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build_editors()
        self._build_boxes_and_labels()
        self._build_header()
        self._grid = self._build_grid()
        self._build_buttons()
        self._assemble()
        for name, box in self.boxes.items():
            self._watch_edits(name, box.editor)
        self._set_tab_order()

    # -- building -------------------------------------------------------------------------
    def _build_editors(self) -> None:
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

    def _build_boxes_and_labels(self) -> None:
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
        for name, box in self.boxes.items():
            text = self._label_text(name)
            label = QLabel(text + (" *" if name in REQUIRED else ""), self)
            label.setBuddy(box.editor)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
            self.labels[name] = label

    def _build_header(self) -> None:
        """What the form is doing, and the result of the last save."""
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.state_label = QLabel(self)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # While a stored record is being edited, this says which one and how to stop.
        self.edit_banner = QLabel(self)
        self.edit_banner.setObjectName("editBanner")
        self.edit_banner.setWordWrap(True)
        self.edit_banner.setStyleSheet(
            "QLabel#editBanner { background: #fff3cd; color: #5d4200; border: 1px solid #e0c060;"
            " border-radius: 3px; padding: 4px 8px; font-weight: bold; }")
        self.edit_banner.hide()

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)

        def place(name: str, row: int, column: int, span: int = 1) -> None:
            grid.addWidget(self.labels[name], row, column * 2)
            grid.addWidget(self.boxes[name], row, column * 2 + 1, 1, span * 2 - 1)

        grid.addWidget(self.labels["date"], 0, 0)
        grid.addWidget(self._when_cell(), 0, 1)
        place("topic_code", 0, 1, 3)
        place("form_code", 2, 0)
        place("title", 2, 1, 3)
        strip = self._measure_strip()
        grid.addWidget(self.measure_label, 3, 0)
        grid.addWidget(strip, 3, 1, 1, 5)
        place("language", 3, 3)
        self._add_row_lines(grid)
        place("source", 5, 0)
        place("location", 5, 1, 2)  # priority sits in the measures' row (see _measure_strip)
        place("operator", 5, 3)
        place("unit_code", NOTES_ROW, 0)
        grid.addWidget(self.labels["notes"], NOTES_ROW, 2)
        grid.addWidget(self.boxes["notes"], NOTES_ROW, 3, 1, 5)
        place("clusters", 7, 0, 4)
        return grid

    def _when_cell(self) -> QWidget:
        """Date and time share the first cell: both are short, and they are read together."""
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.setSpacing(6)
        when_layout.addWidget(self.boxes["date"], 3, Qt.AlignmentFlag.AlignTop)
        when_layout.addWidget(self.labels["time"], 0, Qt.AlignmentFlag.AlignTop)
        when_layout.addWidget(self.boxes["time"], 2, Qt.AlignmentFlag.AlignTop)
        return when

    def _measure_strip(self) -> QWidget:
        """The measures of the chosen form, side by side; the others are hidden."""
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
        # The priority takes the room the measures leave, so that the village or cluster
        # gets a whole cell below (at 125 % on 1366×768 it had 35 px beside the priority).
        strip_layout.addWidget(self.labels["priority"], 0, Qt.AlignmentFlag.AlignTop)
        strip_layout.addWidget(self.boxes["priority"], 0, Qt.AlignmentFlag.AlignTop)
        return strip

    def _add_row_lines(self, grid: QGridLayout) -> None:
        """Date, time and the measures sit in narrow cells: their problems are written on a
        line of their own right under their row, where a whole sentence fits."""
        self._row_lines: dict[int, QLabel] = {}
        for row in (DATE_ROW_LINE, MEASURE_ROW_LINE):
            line = QLabel(self)
            line.setObjectName("problem")
            line.setWordWrap(True)
            line.setStyleSheet(PROBLEM_STYLE)
            line.setFont(self.boxes["title"].problem_label.font())
            line.hide()
            grid.addWidget(line, row, 1, 1, 7)
            self._row_lines[row] = line
        self._narrow = {"date": DATE_ROW_LINE, "time": DATE_ROW_LINE,
                        **{m.value: MEASURE_ROW_LINE for m in Measure}}
        self._narrow_texts: dict[str, str] = {}

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("Ghi mới"), self)
        self.duplicate_button = QPushButton(self.tr("Nhân bản"), self)
        self.save_button = QPushButton(self.tr("Lưu (Enter)"), self)
        self.save_button.setDefault(True)
        self.new_button.setToolTip(self.tr("Bắt đầu một bản ghi mới (Ctrl+N, Esc)"))
        self.duplicate_button.setToolTip(self.tr("Tạo bản ghi mới giống bản ghi này (Ctrl+D)"))
        self.save_button.setToolTip(self.tr(
            "Lưu rồi bắt đầu bản ghi tiếp theo, điền sẵn như bản vừa lưu "
            "(Enter, Ctrl+Enter, Ctrl+S)"))
        self.required_hint = QLabel(self.tr("* bắt buộc"), self)
        self.required_hint.setEnabled(False)

    def _assemble(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.edit_banner, 10)  # in the heading's place while editing
        header.addWidget(self.state_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.required_hint)
        buttons.addStretch(1)
        for button in (self.new_button, self.duplicate_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.date_edit, self.time_edit, self.topic_combo, self.form_combo,
            self.title_edit, *self.measure_edits.values(), self.priority_combo,
            self.language_combo, self.source_combo, self.location_edit, self.operator_edit,
            self.unit_combo, self.notes_edit, self.new_button, self.duplicate_button,
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _place_notes(self, *, beside_unit: bool) -> None:
        """A station's notes take the whole row; an office's share it with the unit."""
        self._grid.removeWidget(self.labels["notes"])
        self._grid.removeWidget(self.boxes["notes"])
        if beside_unit:
            self._grid.addWidget(self.labels["notes"], NOTES_ROW, 2)
            self._grid.addWidget(self.boxes["notes"], NOTES_ROW, 3, 1, 5)
        else:
            self._grid.addWidget(self.labels["notes"], NOTES_ROW, 0)
            self._grid.addWidget(self.boxes["notes"], NOTES_ROW, 1, 1, 7)

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

    # -- typing -------------------------------------------------------------------------------
    def _watch_edits(self, name: str, editor: QWidget) -> None:
        # A problem disappears as soon as the user touches its field, and the typing is
        # kept as a draft shortly after the last keystroke.
        def clear() -> None:
            self._clear_problem(name)
            self.typed.emit()

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

    def _focus(self, name: str) -> None:
        editor = self.boxes[name].editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    # -- what the fields hold -----------------------------------------------------------------
    def _take_snapshot(self) -> Snapshot:
        return Snapshot((
            self.date_edit.text(), self.time_edit.text(), self.topic_combo.typed_text(),
            str(self.form_combo.current_code()), self.title_edit.text(),
            *(e.text() for e in self.measure_edits.values()),
            str(self.language_combo.current_code()), str(self.source_combo.current_code()),
            str(self.priority_combo.current_code()), self.location_edit.text(),
            self.operator_edit.text(), self.unit_combo.typed_text(),
            self.notes_edit.toPlainText()))

    def _draft_fields(self) -> dict[str, str]:
        """The fields as typed, to keep as a draft."""
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

    def _type_draft_fields(self, fields: dict[str, str], *, with_unit: bool) -> None:
        """Put a draft's texts back into the fields, as the user typed them."""
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
        if with_unit:
            self.unit_combo.setEditText(fields.get("unit_code", ""))
        self.notes_edit.setPlainText(fields.get("notes", ""))

    # -- problems ----------------------------------------------------------------------------
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
        label.setStyleSheet(PROBLEM_STYLE if bad else "")

    def show_problems(self, problems: list[Problem]) -> None:
        """Put each problem under its field; focus the first wrong field."""
        self._clear_problems()
        # Narrow fields write their problem on the line under their row, not under them.
        shown = show_problems(self.boxes, problems, order=FIELD_ORDER,
                              inline=lambda name: name not in self._narrow)
        for name, text in shown.fields.items():
            if name in self._narrow:
                self._narrow_texts[name] = text
            self._mark_label(name, True)
        self._update_row_lines()
        if shown.elsewhere:  # e.g. the station's own unit is missing from the catalogue
            self.state_label.setText(" ".join(problem_line(p) for p in shown.elsewhere))
            self.state_label.setStyleSheet(PROBLEM_STYLE)

    def problems_shown(self) -> dict[str, str]:
        """Field → the problem text shown under it (tests and accessibility)."""
        shown = {name: box.problem() for name, box in self.boxes.items() if box.problem()}
        return shown | self._narrow_texts
