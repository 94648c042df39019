"""The log page's filter bar: period, dates, topic, form, language, unit and a search box,
read as a ``RecordQuery`` (the database filters, orders and searches; see ``log_page``).

Typing in the search box waits ``SEARCH_DELAY_MS`` for a pause before querying, so a million
rows are not searched on every key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ocop_desktop.domain.catalogue import LANGUAGES
from ocop_desktop.domain.records import RecordQuery, Role
from ocop_desktop.domain.validation import Problem, ProblemCode
from ocop_desktop.operations import queries
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.texts.problem_texts import problem_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.log_table import form_label
from ocop_desktop.ui.widgets import DateEdit, SearchCombo

SEARCH_DELAY_MS = 250


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def period_range(code: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The dates of a period preset of the filter bar."""
    if code == "today":
        return today, today
    if code == "week":
        return today - dt.timedelta(days=6), today
    if code == "month":
        return _month_bounds(today.year, today.month)
    if code == "last_month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return _month_bounds(last.year, last.month)
    if code == "quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        return (dt.date(today.year, first_month, 1),
                _month_bounds(today.year, first_month + 2)[1])
    if code == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return None, None


class FilterBar(QWidget):
    """Period, date range, topic, form, language, unit and a search box.

    Signals:
        changed: the filter changed (the search box only after a pause in typing).
        problem(str): something typed cannot be used (an unreadable date), in words.
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Tìm… (Ctrl+F)"))
        self.search_edit.setToolTip(self.tr(
            "Tìm theo tiêu đề, thôn/cụm loa, người thực hiện, ghi chú. Gõ có dấu hoặc không "
            "dấu đều được: “dong dang” tìm thấy “Đồng Đăng”."))
        self.search_edit.setMinimumWidth(100)
        self.period_combo = SearchCombo(self, editable=False)
        self.period_combo.setMinimumContentsLength(6)
        self.period_combo.set_entries([
            ("all", self.tr("Mọi lúc")), ("today", self.tr("Hôm nay")),
            ("week", self.tr("7 ngày qua")), ("month", self.tr("Tháng này")),
            ("last_month", self.tr("Tháng trước")), ("quarter", self.tr("Quý này")),
            ("year", self.tr("Năm nay")), ("custom", self.tr("Khoảng ngày")),
        ])
        self.period_combo.setToolTip(self.tr("Thời gian"))
        self.from_edit = DateEdit(self, placeholder=self.tr("từ ngày"))
        self.to_edit = DateEdit(self, placeholder=self.tr("đến ngày"))
        self.from_edit.setToolTip(self.tr("Từ ngày (để trống: không giới hạn)"))
        self.to_edit.setToolTip(self.tr("Đến ngày (để trống: không giới hạn)"))
        self.topic_combo = SearchCombo(self)
        self.topic_combo.setMinimumContentsLength(7)
        self.topic_combo.setToolTip(self.tr("Chủ đề"))
        self.form_combo = SearchCombo(self, editable=False)
        self.form_combo.setMinimumContentsLength(6)
        self.form_combo.setToolTip(self.tr("Hình thức"))
        self.language_combo = SearchCombo(self, editable=False)
        self.language_combo.setMinimumContentsLength(6)
        self.language_combo.setToolTip(self.tr("Ngôn ngữ"))
        self.unit_combo = SearchCombo(self)
        self.unit_combo.setMinimumContentsLength(7)
        self.unit_combo.setToolTip(self.tr("Đơn vị (gồm cả các đơn vị trực thuộc)"))
        self.clear_button = QPushButton(self.tr("Bỏ lọc"), self)
        self.clear_button.setToolTip(self.tr("Hiện mọi bản ghi"))

        # One row; two rows when the window is too narrow for one (an office's bar at 125 %
        # on a 1366-pixel screen): the search and dates first, the catalogue filters next.
        self._first: list[tuple[QWidget, int]] = [
            (self.search_edit, 3), (self.period_combo, 0), (self.from_edit, 0),
            (QLabel("–", self), 0), (self.to_edit, 0)]
        self._second: list[tuple[QWidget, int]] = [
            (self.topic_combo, 2), (self.form_combo, 1), (self.language_combo, 1),
            (self.unit_combo, 2), (self.clear_button, 0)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            row.setSpacing(6)
            layout.addLayout(row)
        self._wrapped: bool | None = None
        self._arrange(wrapped=False)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.from_edit.date_changed.connect(self._dates_typed)
        self.to_edit.date_changed.connect(self._dates_typed)
        self.from_edit.editingFinished.connect(lambda: self._check_date(self.from_edit))
        self.to_edit.editingFinished.connect(lambda: self._check_date(self.to_edit))
        for combo in (self.topic_combo, self.unit_combo):
            combo.activated.connect(lambda _i: self.changed.emit())
            combo.lineEdit().editingFinished.connect(self._combo_typed)  # type: ignore[union-attr]
        for combo in (self.form_combo, self.language_combo):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.clear_button.clicked.connect(self.clear)
        self._last_combo_codes: tuple[str | None, str | None] = (None, None)
        self.reload_catalogues()
        self.period_combo.set_code("all")

    def _group_width(self, group: list[tuple[QWidget, int]]) -> int:
        widgets = [w for w, _ in group if not w.isHidden()]
        return sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in widgets) + (
            6 * max(len(widgets) - 1, 0))

    def _arrange(self, *, wrapped: bool) -> None:
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        for widget, _stretch in self._first + self._second:
            for row in self._rows:
                row.removeWidget(widget)
        for widget, stretch in self._first:
            self._rows[0].addWidget(widget, stretch)
        target = self._rows[1] if wrapped else self._rows[0]
        for widget, stretch in self._second:
            target.addWidget(widget, stretch)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """Override QWidget.minimumSizeHint: as narrow as the wider of the two rows."""
        hint = super().minimumSizeHint()
        return QSize(max(self._group_width(self._first), self._group_width(self._second)),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget.resizeEvent: wrap into two rows when one does not fit."""
        super().resizeEvent(event)
        one_row = self._group_width(self._first) + 6 + self._group_width(self._second)
        self._arrange(wrapped=event.size().width() < one_row)

    def reload_catalogues(self) -> None:
        repo = self.ctx.repo
        topics = queries.topics(repo)
        self.topic_combo.set_entries([(None, self.tr("Mọi chủ đề"))] + [
            (t.code, f"{t.code} — {t.name}") for t in topics],
            tooltips=[""] + [t.name for t in topics])
        forms = queries.forms(repo, include_inactive=True)
        self.form_combo.set_entries([(None, self.tr("Mọi hình thức"))] + [
            (code, form_label(code, form.name)) for code, form in forms.items()],
            tooltips=[""] + [catalogue_name(form.name) for form in forms.values()])
        self.language_combo.set_entries([(None, self.tr("Mọi ngôn ngữ"))] + [
            (c.code, catalogue_name(c.name)) for c in LANGUAGES])
        installation = queries.installation(repo)
        if installation is None:
            units = queries.units(repo, dt.date.today())
        else:
            codes = queries.descendant_codes(repo, installation.unit_code)
            units = [u for u in queries.units(repo, dt.date.today()) if u.code in codes]
            units.sort(key=lambda u: (u.code != installation.unit_code, u.code))
        self.unit_combo.set_entries([(None, self.tr("Mọi đơn vị"))] + [
            (u.code, f"{u.code} — {u.name}") for u in units])
        # A station without units under it has nothing to choose here.
        self.unit_combo.setVisible(installation is None or installation.role is Role.OFFICE
                                   or len(units) > 1)
        for combo in (self.topic_combo, self.form_combo, self.language_combo, self.unit_combo):
            if combo.currentIndex() < 0 and not combo.typed_text():
                combo.set_code(None)
            # "Mọi hình thức", "Mọi ngôn ngữ"… are read whole (they were cut at 1366×768).
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 30)
        self._last_combo_codes = (self.topic_combo.current_code(), self.unit_combo.current_code())

    def _combo_typed(self) -> None:
        codes = (self.topic_combo.current_code(), self.unit_combo.current_code())
        for combo in (self.topic_combo, self.unit_combo):
            if not combo.typed_text():
                combo.set_code(None)
        if codes != self._last_combo_codes:
            self._last_combo_codes = codes
            self.changed.emit()

    def _check_date(self, edit: DateEdit) -> None:
        """An unreadable date is not silently taken as "no limit": say so."""
        if edit.has_valid_text():
            return
        field = self.tr("Từ ngày") if edit is self.from_edit else self.tr("Đến ngày")
        text = problem_text(Problem("date", ProblemCode.BAD_DATE, {
            "value": edit.text().strip(), "format": "dd/mm/yyyy"}))
        self.problem.emit(f"{field}: {text}")

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.changed.emit()

    def _period_chosen(self) -> None:
        code = self.period_combo.current_code() or "all"
        if code != "custom":
            start, end = period_range(code, dt.date.today())
            self.from_edit.set_date(start)
            self.to_edit.set_date(end)
        self.changed.emit()

    def _dates_typed(self, _day: object) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.set_code("custom")
        self.period_combo.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        """Show everything again."""
        for widget in (self.period_combo, self.topic_combo, self.form_combo,
                       self.language_combo, self.unit_combo):
            widget.blockSignals(True)
        self.period_combo.set_code("all")
        self.from_edit.set_date(None)
        self.to_edit.set_date(None)
        for combo in (self.topic_combo, self.form_combo, self.language_combo, self.unit_combo):
            combo.set_code(None)
        for widget in (self.period_combo, self.topic_combo, self.form_combo,
                       self.language_combo, self.unit_combo):
            widget.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self._last_combo_codes = (None, None)
        self.changed.emit()

    def query(self, base: RecordQuery) -> RecordQuery:
        """``base`` (its order) narrowed by what the bar shows."""
        return replace(
            base, date_from=self.from_edit.date(), date_to=self.to_edit.date(),
            topic_code=self.topic_combo.current_code(), form_code=self.form_combo.current_code(),
            language=self.language_combo.current_code(), unit_code=self.unit_combo.current_code(),
            search=self.search_edit.text().strip())

    def is_filtering(self) -> bool:
        return self.query(RecordQuery()) != RecordQuery()
