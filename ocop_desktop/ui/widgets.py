"""Small input widgets shared by the pages: keyboard-first date and time fields, a combo box
that finds entries regardless of diacritics, a compact list of rows, and a field frame that
shows a problem under its editor.

(Over 600 lines: a toolbox of independent small widgets that every page imports, each
section standing alone; splitting it would only scatter the imports.)

Why not ``QDateEdit``: its section editing mangles common typing — "5/6/2021" skips the
month after the day auto-advances, and "31/12/2021" becomes 30/12 when the previous month
had 30 days. An operator logs dozens of lines a day by keyboard, so the date field is a
line edit that reads what people type (``21/06/2021``, ``21062021``, ``21/6``, ``2021-06-21``),
with Up/Down for ±1 day, PageUp/PageDown for ±1 month and a calendar popup (Alt+↓ or F4).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.text import fold

VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)

# -- dates and times -----------------------------------------------------------------------

_DATE_SEPARATORS = re.compile(r"[/.\-\s]+")


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """Read a date as people type it; ``None`` if it is not a date.

    Accepted: ``21/06/2021``, ``21-6-2021``, ``21.6.21``, ``21062021``, ``210621``,
    ``21/6`` (this year), ``21`` (this month), and ISO ``2021-06-21``.
    """
    today = today or dt.date.today()
    text = text.strip()
    if not text or not text.isascii():  # "２１/６", "٢١": only ASCII digits are digits here
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(p) for p in text.split("-"))
            return dt.date(year, month, day)
        if text.isdigit():
            if len(text) == 8:
                return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
            if len(text) == 6:
                return dt.date(2000 + int(text[4:]), int(text[2:4]), int(text[:2]))
            if len(text) <= 2:
                return dt.date(today.year, today.month, int(text))
            if len(text) == 4:
                return dt.date(today.year, int(text[2:]), int(text[:2]))
            return None
        parts = [p for p in _DATE_SEPARATORS.split(text) if p]
        if not all(p.isdigit() for p in parts) or not 2 <= len(parts) <= 3:
            return None
        day, month = int(parts[0]), int(parts[1])
        year = today.year
        if len(parts) == 3:
            year = int(parts[2])
            if len(parts[2]) <= 2:
                year += 2000
            elif len(parts[2]) != 4:
                return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def parse_time(text: str) -> dt.time | None:
    """Read a time: ``6:30``, ``06:30``, ``0630``, ``630``, ``6h30``, ``6h``, ``18``."""
    text = text.strip().lower().replace(" ", "")
    if not text or not text.isascii():
        return None
    match = re.fullmatch(r"(\d{1,2})(?:[:h.](\d{1,2})?)?", text)
    try:
        if match:
            return dt.time(int(match.group(1)), int(match.group(2) or 0))
        if text.isdigit() and len(text) in (3, 4):
            return dt.time(int(text[:-2]), int(text[-2:]))
    except ValueError:
        return None
    return None


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar glyph drawn in the text colour (no icon theme on Windows)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    color = palette.color(QPalette.ColorRole.Text)
    painter.setPen(QPen(color, 1))
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(1, 3, 14, 3, color)
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, color)
    painter.drawLine(4, 1, 4, 3)
    painter.drawLine(11, 1, 11, 3)
    painter.end()
    return QIcon(pixmap)


def _mark_invalid(edit: QLineEdit, invalid: bool) -> None:
    """Unreadable text shows in red until it is corrected."""
    palette = edit.palette()
    normal = QApplication.palette(edit).color(QPalette.ColorRole.Text)
    palette.setColor(QPalette.ColorRole.Text, PROBLEM_COLOR if invalid else normal)
    edit.setPalette(palette)


class _CalendarPopup(QFrame):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(VIETNAMESE)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, date: QDate) -> None:
        self.picked.emit(date)
        self.close()


class DateEdit(QLineEdit):
    """A date field that accepts free typing; empty is allowed (``date()`` is ``None``).

    Signals:
        date_changed: the parsed date (or ``None``) after the user finished editing it or
            moved it with the keys or the calendar.
    """

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder or self.tr("ngày/tháng/năm"))
        self.setMaxLength(12)
        self._last: dt.date | None = None
        self._popup: _CalendarPopup | None = None
        self.calendar_action = QAction(calendar_icon(self.palette()),
                                       self.tr("Chọn ngày trên lịch"), self)
        self.calendar_action.setToolTip(self.tr("Chọn ngày trên lịch (Alt+↓)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._normalise)
        self.setToolTip(self.tr("Gõ ngày dạng 21/06/2021 hoặc 21062021; ↑/↓ đổi ngày, "
                                "PageUp/PageDown đổi tháng, Alt+↓ mở lịch."))

    def date(self) -> dt.date | None:
        return parse_date(self.text())

    def has_valid_text(self) -> bool:
        """Empty or a date; false when something unreadable was typed."""
        return not self.text().strip() or self.date() is not None

    def set_date(self, day: dt.date | None) -> None:
        self.setText(format_date(day))
        self._last = day

    def sizeHint(self):  # type: ignore[no-untyped-def]
        """Override QLineEdit.sizeHint: room for dd/mm/yyyy or the placeholder ("ngày/tháng/
        năm"), and the calendar button."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        hint.setWidth(max(metrics.horizontalAdvance("00/00/00000"),
                          metrics.horizontalAdvance(self.placeholderText()) + 4) + 40)
        return hint

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        """Override QLineEdit.minimumSizeHint: never narrower than a whole date, however
        long the labels around it are (the English labels squeezed it to "6/11/2026")."""
        return self.sizeHint()

    def _normalise(self) -> None:
        day = self.date()
        if day is not None:
            self.setText(format_date(day))
        _mark_invalid(self, not self.has_valid_text())
        if day != self._last:
            self._last = day
            self.date_changed.emit(day)

    def _step(self, days: int = 0, months: int = 0) -> None:
        day = self.date() or dt.date.today()
        if months:
            month_index = day.month - 1 + months
            year, month = day.year + month_index // 12, month_index % 12 + 1
            day = dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
        day += dt.timedelta(days=days)
        self.setText(format_date(day))
        self._normalise()

    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        day = self.date() or dt.date.today()
        self._popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.setText(format_date(dt.date(date.year(), date.month(), date.day())))
        self._normalise()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QLineEdit.keyPressEvent: arrows step the date, Alt+↓/F4 open the calendar."""
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
        elif key == Qt.Key.Key_Up:
            self._step(days=1)
        elif key == Qt.Key.Key_Down:
            self._step(days=-1)
        elif key == Qt.Key.Key_PageUp:
            self._step(months=1)
        elif key == Qt.Key.Key_PageDown:
            self._step(months=-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QLineEdit.focusInEvent: select all, so typing replaces the date."""
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason):
            self.selectAll()


class TimeEdit(QLineEdit):
    """An optional time of day, typed as ``6:30``, ``0630`` or ``6h30``; shown as ``06:30``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("giờ:phút"))
        self.setMaxLength(8)
        self.setToolTip(self.tr("Giờ phát, ví dụ 6:30 hoặc 0630; để trống nếu không ghi giờ."))
        self.editingFinished.connect(self._normalise)

    def time(self) -> dt.time | None:
        return parse_time(self.text())

    def has_valid_text(self) -> bool:
        return not self.text().strip() or self.time() is not None

    def set_time(self, value: dt.time | None) -> None:
        self.setText(format_time(value))

    def _normalise(self) -> None:
        value = self.time()
        if value is not None:
            self.setText(format_time(value))
        _mark_invalid(self, not self.has_valid_text())

    def sizeHint(self):  # type: ignore[no-untyped-def]
        """Override QLineEdit.sizeHint: a time is short."""
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("00:000") + 16)
        return hint

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        """Override QLineEdit.minimumSizeHint: a whole time, and its hint, always show."""
        hint = self.sizeHint()
        hint.setWidth(max(hint.width(),
                          self.fontMetrics().horizontalAdvance(self.placeholderText()) + 16))
        return hint

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QLineEdit.focusInEvent: select all, so typing replaces the time."""
        super().focusInEvent(event)
        self.selectAll()


class NumberEdit(QLineEdit):
    """A count (items, airings, minutes…): empty or a whole number; parsed on save so that a
    wrong entry gets a message beside the field instead of being silently refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(10)

    def value(self) -> int | None:
        """The number, ``None`` when empty; raises ``ValueError`` when it is not a number."""
        text = self.text().strip().replace(".", "").replace(" ", "")
        if text and not (text.isascii() and text.lstrip("-").isdigit()):
            raise ValueError(text)  # "²", "１２", "٣": not numbers (int() reads two of them)
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def sizeHint(self):  # type: ignore[no-untyped-def]
        """Override QLineEdit.sizeHint: six digits are plenty."""
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("0000000") + 16)
        return hint

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QLineEdit.focusInEvent: select all, so typing replaces the number."""
        super().focusInEvent(event)
        self.selectAll()


# -- reading values back from Qt ------------------------------------------------------------------
#
# PySide6 6.12 turns an invalid QVariant into Python's None WITHOUT taking a reference to it
# (QStandardItem.data, QModelIndex.data, QComboBox.itemData/currentData, QListWidgetItem.data,
# QObject.property, ... of a role that holds nothing). On Python 3.11 every such call lowers
# sys.getrefcount(None) by one, and after a few thousand the process aborts with "Fatal Python
# error: none_dealloc" (Python 3.12+ has an immortal None and does not notice). So the app
# never reads a value that may be empty through those calls: combos and lists keep their
# values in Python beside the widget, and what must be read from a model is read through its
# role map (``itemData``), which carries only the roles that hold a value.
# tests/ui/test_none_refcount.py watches None's count across the whole window.


def model_value(index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
    """``index.data(role)``, or None when the role holds nothing, without the bug above.

    Safe for QStandardItemModel (a combo's own model), proxies of it and models written in
    Python; not for QListWidget/QTableWidget items whose role was set to None."""
    model = index.model()
    if model is None or not index.isValid():
        return None
    return model.itemData(index).get(role)


def combo_value(combo: QComboBox, index: int | None = None) -> Any:
    """The user data of item ``index`` (default: the current one), None if it has none; use
    instead of ``currentData()``/``itemData()`` (see above)."""
    row = combo.currentIndex() if index is None else index
    if not 0 <= row < combo.count():
        return None
    model = combo.model()
    return model_value(model.index(row, combo.modelColumn(), combo.rootModelIndex()),
                       Qt.ItemDataRole.UserRole)


# -- a combo box searched without diacritics -------------------------------------------------

FoldRole = Qt.ItemDataRole.UserRole + 20  # folded "code name", what typing is matched against
CodeRole = Qt.ItemDataRole.UserRole  # the entry's code (None for "any")


class FoldingCompleter(QCompleter):
    """Matches what is typed against the folded text of each entry: "dong dang" and
    "Đồng Đăng" both find "Phường Đồng Đăng"."""

    def splitPath(self, path: str) -> list[str]:
        """Override QCompleter.splitPath: fold the typed text like the entries."""
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """Override QCompleter.pathFromIndex: put the entry's label, not its folded key."""
        return str(model_value(index, Qt.ItemDataRole.DisplayRole) or "")


class SearchCombo(QComboBox):
    """A combo of (code, label) entries; typing filters them regardless of diacritics.

    ``current_code()`` resolves what is shown or typed: an entry's label, its code, or text
    that matches exactly one entry. ``typed_text()`` is the raw text, for messages.
    """

    def __init__(self, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        # The entries' codes, row by row, kept here and never read back from the items
        # (see "reading values back from Qt" above).
        self._codes: list[str | None] = []
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.setMaxVisibleItems(16)
        if editable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = FoldingCompleter(self._model, self)
            completer.setCompletionRole(FoldRole)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setMaxVisibleItems(12)
            self.setCompleter(completer)
            line_edit = self.lineEdit()
            assert line_edit is not None
            line_edit.editingFinished.connect(self._settle)
            line_edit.installEventFilter(self)

    def set_entries(self, entries: Iterable[tuple[str | None, str]], *,
                    keep_current: bool = True, tooltips: Sequence[str] | None = None) -> None:
        """Replace the entries; the current code stays selected when it is still listed."""
        current = self.current_code() if keep_current else None
        self.blockSignals(True)
        self._model.clear()
        self._codes = []
        for position, (code, label) in enumerate(entries):
            item = QStandardItem(label)
            item.setData(code, CodeRole)
            item.setData(fold(f"{code or ''} {label}"), FoldRole)
            if tooltips is not None and position < len(tooltips):
                item.setToolTip(tooltips[position])
            item.setEditable(False)
            self._model.appendRow(item)
            self._codes.append(code)
        self.blockSignals(False)
        self.set_code(current)
        self._fit_popup()

    def _fit_popup(self) -> None:
        # The field is narrow in the form; the list opens wide enough to read whole names.
        view = self.view()
        width = view.sizeHintForColumn(0) + 32 if self._model.rowCount() else 0
        view.setMinimumWidth(min(max(width, self.width()), 640))

    def codes(self) -> list[str | None]:
        return list(self._codes)

    def code_at(self, row: int) -> str | None:
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def set_code(self, code: str | None) -> None:
        """Select the entry with this code (none selected and text cleared if absent)."""
        for row, entry in enumerate(self._codes):
            if entry == code:
                self.setCurrentIndex(row)
                if self.isEditable():
                    self.lineEdit().setCursorPosition(0)  # type: ignore[union-attr]
                return
        self.setCurrentIndex(-1)
        if self.isEditable():
            self.setEditText("")

    def typed_text(self) -> str:
        return self.currentText().strip()

    def current_code(self) -> str | None:
        if not self.isEditable():
            return self.code_at(self.currentIndex())
        text = self.typed_text()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.code_at(index)
        return self._match(text)

    def _match(self, text: str) -> str | None:
        key = fold(text)
        labels = [(code, self.itemText(row)) for row, code in enumerate(self._codes)]
        for code, label in labels:
            if code is not None and (fold(code) == key or fold(label) == key):
                return code  # type: ignore[no-any-return]
        found = [code for code, label in labels
                 if code is not None and key in fold(f"{code} {label}")]
        return found[0] if len(found) == 1 else None

    def _settle(self) -> None:
        """After typing, show the matched entry's full label (or keep the typed text)."""
        text = self.typed_text()
        if not text:
            self.setCurrentIndex(-1)
            return
        code = self.current_code()
        if code is not None:
            self.set_code(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Select the whole text on focus by keyboard, so typing replaces the entry."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            reason = event.reason()  # type: ignore[attr-defined]
            if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                          Qt.FocusReason.ShortcutFocusReason):
                watched.selectAll()
        return super().eventFilter(watched, event)


# -- a list of rows -------------------------------------------------------------------------------

def row_table(model: QAbstractItemModel, parent: QWidget, name: str = "") -> QTableView:
    """A read-only table of whole rows, one selected at a time, without row numbers, with
    the object name ``name``; the caller sizes its columns."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view


def list_table(model: QAbstractItemModel, parent: QWidget, stretch: int) -> QTableView:
    """A ``row_table``, compact; the columns fit their contents and column ``stretch`` (the
    long text) takes the remaining width."""
    view = row_table(model, parent)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def over_register(page: QWidget, work: QWidget, title: str, register: QTableView,
                  buttons: QLayout, stretch: tuple[int, int]) -> None:
    """Lay ``page`` out as its work area over a register (a titled box with the register's
    table and its row of buttons), split so the user can move the border; ``stretch`` shares
    the height between the two."""
    box = QGroupBox(title, page)
    box_layout = QVBoxLayout(box)
    box_layout.addWidget(register)
    box_layout.addLayout(buttons)
    splitter = QSplitter(Qt.Orientation.Vertical, page)
    splitter.addWidget(work)
    splitter.addWidget(box)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    layout = QVBoxLayout(page)
    layout.addWidget(splitter)


# -- a page's status banner ---------------------------------------------------------------------

class Tone(Enum):
    """How a status banner reads (its colours): all is well, something waits, a problem, busy."""

    OK = "background: #e8f5e9; color: #1b5e20;"
    WAITING = "background: #fff8e1; color: #6d4c00;"
    PROBLEM = "background: #ffebee; color: #b71c1c;"
    BUSY = "background: #e3f2fd; color: #0d47a1;"


def set_banner(label: QLabel, text: str, tone: Tone) -> None:
    """Show ``text`` in a page's status banner (a label with an object name) in ``tone``."""
    label.setText(text)
    label.setStyleSheet(f"QLabel#{label.objectName()} {{ {tone.value} padding: 6px; "
                        "border-radius: 3px; }")


# -- a field with its problem underneath ---------------------------------------------------------

PROBLEM_COLOR = QColor(183, 28, 28)


def open_at_size_hint(window: QWidget) -> None:
    """Give a dialog its own size hint, within the screen.

    Left alone, Qt opens a top-level window at most 2/3 of the screen wide and high (910×512
    on a 1366×768 screen), which cramps the settings dialog and the setup wizard.
    """
    window.resize(window.sizeHint().boundedTo(screen_room(window)))


def screen_room(widget: QWidget | None) -> QSize:
    """The room (available geometry) of the screen that shows ``widget``, or of the primary
    screen; very large when there is no screen at all.

    Never ask a widget or window for its screen (``QWidget.screen()``, ``QWindow.screen()``):
    PySide makes the QScreen it returns a child of the widget's Python wrapper. When the
    garbage collector later frees that wrapper in a reference cycle, it may clear the screen's
    wrapper first, which hands the screen to Python, which then deletes Qt's own screen; the
    next window that looks for its screen crashes the program (issue 10). The application's
    static functions used here give a screen that stays Qt's.
    """
    screen = None
    if widget is not None:
        screen = QGuiApplication.screenAt(widget.mapToGlobal(widget.rect().center()))
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16_777_215, 16_777_215)  # Qt's QWIDGETSIZE_MAX
    return screen.availableGeometry().size()


def problem_label(parent: QWidget) -> QLabel:
    """The red line, hidden until needed, for the problems that no field of a form shows."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #b71c1c; }")
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog, save: Callable[[], object], save_text: str,
                        cancel_text: str) -> QDialogButtonBox:
    """Save (runs ``save``) and Cancel (rejects); the caller translates their texts, in its
    own translation context."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FieldBox(QWidget):
    """An editor with a red problem line under it (hidden while there is no problem)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("problem")
        palette = self.problem_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOR)
        self.problem_label.setPalette(palette)
        font = self.problem_label.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
        self.problem_label.setFont(font)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.setFocusProxy(editor)
        self._editor_tooltip: str | None = None

    def show_problem(self, text: str, *, inline: bool = True) -> None:
        """Show ``text`` under the editor (``inline``) or only as its tooltip (when the
        caller writes it somewhere wider)."""
        if self._editor_tooltip is None:
            self._editor_tooltip = self.editor.toolTip()
        if inline:
            self.problem_label.setText(text)
            self.problem_label.show()
        self.editor.setToolTip(text)

    def clear_problem(self) -> None:
        if self._editor_tooltip is not None:
            self.editor.setToolTip(self._editor_tooltip)
            self._editor_tooltip = None
        self.problem_label.clear()
        self.problem_label.hide()

    def problem(self) -> str:
        return self.problem_label.text() if not self.problem_label.isHidden() else ""
