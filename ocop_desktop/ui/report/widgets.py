"""The Reports page's editors: the period chooser (also the completeness page's) and the
parts of the report in words beside a live preview of the document."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.periods import (
    PeriodError,
    PeriodKind,
    ReportPeriod,
    custom_period,
    month_containing,
    parse_period,
)
from ocop_desktop.domain.report_text import (
    PART_TITLES,
    DocumentParts,
    Narrative,
    NarrativePart,
    ReportTable,
)
from ocop_desktop.operations.reports import ReportDocument
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP
from ocop_desktop.ui.installation_form import heading_preview_html
from ocop_desktop.ui.report.models import _tr
from ocop_desktop.ui.widgets import DateEdit, combo_value

# -- the period chooser ---------------------------------------------------------------------

class PeriodChooser(QWidget):
    """Month, quarter, 6 months, 9 months, year or a custom range, with the cut-off day.

    Signals:
        changed: the chosen period changed (``period()`` says which, or None if invalid).
    """

    changed = Signal()

    KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.NINE_MONTHS,
             PeriodKind.YEAR, PeriodKind.CUSTOM)

    def __init__(self, parent: QWidget | None = None, *, cutoff_day: int = 1,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._cutoff = cutoff_day
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for kind, text in zip(self.KINDS, (_tr("Tháng"), _tr("Quý"), _tr("6 tháng"),
                                           _tr("9 tháng"), _tr("Năm"), _tr("Tùy chọn")),
                              strict=True):
            self.kind.addItem(text, kind.value)
        self.part = QComboBox(self)
        self.part.setObjectName("periodPart")
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setPrefix(_tr("năm "))
        self.date_from = DateEdit(self, placeholder=_tr("từ ngày"))
        self.date_to = DateEdit(self, placeholder=_tr("đến ngày"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.part, self.year, self.date_from, self.date_to):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._building = False
        self.set_period(self.default_period(today or dt.date.today()))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(self._emit)
        self.year.valueChanged.connect(self._emit)
        self.date_from.date_changed.connect(self._emit)
        self.date_to.date_changed.connect(self._emit)

    def default_period(self, today: dt.date) -> ReportPeriod:
        """The month most likely being reported: the previous one during the first ten days
        of a reporting month (reports are due then), else the current one."""
        current = month_containing(today, cutoff_day=self._cutoff)
        if (today - current.start).days < 10:
            return month_containing(current.start - dt.timedelta(days=1),
                                    cutoff_day=self._cutoff)
        return current

    def set_cutoff_day(self, day: int) -> None:
        if day != self._cutoff:
            self._cutoff = day
            self._emit()

    def set_period(self, period: ReportPeriod) -> None:
        self._building = True
        try:
            self.kind.setCurrentIndex(self.KINDS.index(period.kind))
            self._fill_parts(period.kind)
            if period.kind is not PeriodKind.CUSTOM:
                self.year.setValue(int(period.key[:4]))
                if period.kind is PeriodKind.MONTH:
                    self.part.setCurrentIndex(int(period.key[5:7]) - 1)
                elif period.kind in (PeriodKind.QUARTER, PeriodKind.HALF):
                    self.part.setCurrentIndex(int(period.key[6]) - 1)
            self.date_from.set_date(period.start)
            self.date_to.set_date(period.end)
        finally:
            self._building = False
        self._emit()

    def _fill_parts(self, kind: PeriodKind) -> None:
        self.part.blockSignals(True)
        self.part.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                self.part.addItem(_tr("tháng {month}").format(month=month), f"{month:02d}")
        elif kind is PeriodKind.QUARTER:
            for quarter, roman in enumerate(("I", "II", "III", "IV"), 1):
                self.part.addItem(_tr("quý {roman}").format(roman=roman), f"Q{quarter}")
        elif kind is PeriodKind.HALF:
            self.part.addItem(_tr("6 tháng đầu năm"), "H1")
            self.part.addItem(_tr("6 tháng cuối năm"), "H2")
        self.part.blockSignals(False)
        custom = kind is PeriodKind.CUSTOM
        self.part.setVisible(self.part.count() > 0)
        self.year.setVisible(not custom)
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def _kind_changed(self) -> None:
        kind = PeriodKind(combo_value(self.kind))
        previous = self.period()
        self._fill_parts(kind)
        if kind is PeriodKind.CUSTOM and previous is not None:
            self.date_from.set_date(previous.start)
            self.date_to.set_date(previous.end)
        self._emit()

    def _emit(self, *_: object) -> None:
        if not self._building:
            self.changed.emit()

    def period(self) -> ReportPeriod | None:
        kind = PeriodKind(combo_value(self.kind))
        try:
            if kind is PeriodKind.CUSTOM:
                start, end = self.date_from.date(), self.date_to.date()
                if start is None or end is None:
                    return None
                return custom_period(start, end)
            year = self.year.value()
            key = {
                PeriodKind.MONTH: f"{year}-{combo_value(self.part)}",
                PeriodKind.QUARTER: f"{year}-{combo_value(self.part)}",
                PeriodKind.HALF: f"{year}-{combo_value(self.part)}",
                PeriodKind.NINE_MONTHS: f"{year}-9M",
                PeriodKind.YEAR: f"{year}",
            }[kind]
            return parse_period(key, cutoff_day=self._cutoff)
        except PeriodError:
            return None


# -- the parts in words ----------------------------------------------------------------------

class NarrativeEditor(QWidget):
    """Parts II–IV of the report as plain paragraphs (one per line), beside a live preview
    of the whole document's words: heading, Kính gửi, parts, Nơi nhận and signature.

    Signals:
        changed: the user edited a part.
    """

    changed = Signal()

    PLACEHOLDERS = {
        NarrativePart.ASSESSMENT: QT_TRANSLATE_NOOP(
            "ReportPage", "Ưu điểm: …\nHạn chế, khó khăn: …\n(mỗi dòng là một đoạn; để trống "
            "thì báo cáo bỏ phần này)"),
        NarrativePart.TASKS: QT_TRANSLATE_NOOP("ReportPage", "Nhiệm vụ trọng tâm kỳ tới…"),
        NarrativePart.PROPOSALS: QT_TRANSLATE_NOOP("ReportPage", "Đề xuất, kiến nghị với cấp "
                                                                 "trên…"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        # The parts scroll when the page is short (1366×768 at 125 %) instead of making the
        # page, and so the window, taller than the screen.
        form_widget = QWidget(self)
        form = QVBoxLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[NarrativePart, QPlainTextEdit] = {}
        for number, part in zip(("II", "III", "IV"), NarrativePart, strict=True):
            label = QLabel(f"<b>{number}. {PART_TITLES[part]}</b>", self)
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"narrative_{part.value}")
            edit.setPlaceholderText(QCoreApplication.translate("ReportPage",
                                                               self.PLACEHOLDERS[part]))
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            form.addWidget(label)
            form.addWidget(edit, 1)
            self.edits[part] = edit
            edit.textChanged.connect(self._edited)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(_tr("Lấy nội dung kỳ trước"), self)
        self.save_button = QPushButton(_tr("Lưu nội dung"), self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("hint")
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        form.addLayout(buttons)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(form_widget)
        form_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        layout.addWidget(form_scroll, 1)
        self.preview = QLabel(self)
        self.preview.setObjectName("documentPreview")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setStyleSheet("QLabel#documentPreview { background: white; padding: 8px; }")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        self._loading = False

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def narrative(self) -> Narrative:
        return Narrative(**{part.value: edit.toPlainText().strip()
                            for part, edit in self.edits.items()})

    def set_narrative(self, narrative: Narrative) -> None:
        self._loading = True
        try:
            for part, edit in self.edits.items():
                edit.setPlainText(narrative.text(part))
        finally:
            self._loading = False

    def set_saved(self, saved: bool) -> None:
        self.saved_label.setText(_tr("Đã lưu.") if saved else _tr(
            "Chưa lưu (sẽ lưu khi xuất báo cáo)."))

    def show_document(self, document: ReportDocument, tables: Sequence[ReportTable]) -> None:
        """The document's words as they will print (the tables as their headings and the
        sentences stating their totals)."""
        esc = html.escape
        body = [f"<p style='text-indent:24px'>{esc(document.intro)}</p>"]
        for heading, part in DocumentParts(tuple(tables), document.narrative).numbered():
            body.append(f"<p><b>{esc(heading)}</b></p>")
            if part is None:
                for number, table in enumerate(tables, 1):
                    body.append(f"<p><b>{number}. {esc(table.title)}</b></p>")
                    if table.sentence:
                        body.append(f"<p style='text-indent:24px'>{esc(table.sentence)}</p>")
                    body.append("<p><i>[" + esc(_tr("bảng số liệu")) + "]</i></p>")
            else:
                body.extend(f"<p style='text-indent:24px'>{esc(p)}</p>"
                            for p in document.narrative.paragraphs(part))
        values = {"issuing_body": document.issuing_body, "parent_body": document.parent_body,
                  "addressees": "\n".join(document.addressees),
                  "signer_name": document.signer_name,
                  "signer_title": "|".join(document.signature)}
        text = heading_preview_html(values, number=document.number_line,
                                    place_date=document.place_date, subject=document.subject,
                                    body="".join(body))
        # Nơi nhận as the document has it (the shared preview knows only the settings).
        receivers = "<b><i>Nơi nhận:</i></b><br>" + "<br>".join(
            esc(line) for line in document.recipients)
        start = text.find("<b><i>Nơi nhận:</i></b>")
        end = text.find("</td>", start)
        if start >= 0 and end > start:
            text = text[:start] + receivers + text[end:]
        self.preview.setText(text)

