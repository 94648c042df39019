"""The check of a shown window: text that does not fit its widget, widgets outside it.

``layout_problems(window)`` lists what Qt would elide or clip — labels, buttons, check and
radio boxes, placeholders, a combo box's current text, tabs, group-box titles, header
sections, table cells, chart titles and axis labels — and widgets outside the window, form
pages that scroll sideways, a window larger than the screen leaves. ``tests/ui/screens.py``
runs it on every page and dialog; ``tests/ui/test_screens.py`` shows that it finds each
kind of problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

# Table columns of free text (titles, notes, file names): they take what the window has left
# and elide the rest, with the whole text in the tooltip and the detail pane.
FREE_TEXT_COLUMNS = frozenset({
    "Tiêu đề", "Ghi chú", "Nội dung", "Tên", "Tên chủ đề", "Trích yếu", "Tệp", "Lý do",
    "Tên đơn vị", "Đơn vị", "Chủ đề", "Địa điểm", "Thông báo", "Nơi nhận", "Tên tệp",
    "Đường dẫn", "Tiêu đề chương trình", "Kết quả", "Văn bản", "Cụm loa", "Ý kiến",
    "Tên trước đây", "Áp dụng cho", "Báo cáo gửi", "Cơ quan ban hành",
})
FREE_TEXT_MINIMUM = 120  # … but a free-text column narrower than this shows next to nothing


# -- the check ---------------------------------------------------------------------------------

def plain_text(text: str) -> str:
    """A widget's text as shown: the mnemonic '&' dropped, '&&' kept as '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget, top: QWidget) -> str:
    """Where a widget is: its class, object name and the chain of named parents."""
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        if current.objectName() and not current.objectName().startswith("qt_"):
            parts.append(current.objectName())
        current = current.parentWidget()
    where = "/".join(reversed(parts[:3]))
    return f"{type(widget).__name__}{'(' + where + ')' if where else ''}"


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + 1:
            return (f"wraps to {label.heightForWidth(label.width())} px high in "
                    f"{label.height()} px")
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    available = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth() + 0.99)
    else:
        shown = plain_text(text) if label.buddy() is not None else text
        needed = _advance(label.fontMetrics(), shown)
    if needed > available + 1:
        return f"needs {needed} px, has {available}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = plain_text(button.text())
    if not text:
        return None
    style, metrics = button.style(), button.fontMetrics()
    needed = _advance(metrics, text)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    if isinstance(button, QCheckBox):
        needed += (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
                   + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button))
    elif isinstance(button, QRadioButton):
        needed += (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
                   + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None,
                                       button))
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        if button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonTextOnly:
            needed += icon
        if button.menu() is not None or (
                button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup):
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        needed += 4
    elif isinstance(button, QPushButton):
        # The label is drawn inside the frame (SE_PushButtonContents); 2 px of air each side.
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        needed += icon + 2 * frame + 4
        if button.menu() is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    if needed > button.width() + 1:
        return f"needs {needed} px, has {button.width()}"
    return None


FREE_TEXT_CHARS = 10  # a field for a name or a place shows at least this many characters


def _line_edit_problem(edit: QLineEdit) -> str | None:
    if edit.maxLength() >= 40 and edit.validator() is None and edit.isEnabled():
        # Free text (a village, a name): a sliver that shows three letters is a cut-off field.
        least = edit.fontMetrics().averageCharWidth() * FREE_TEXT_CHARS
        if edit.width() < least:
            return f"a text field {edit.width()} px wide shows under {FREE_TEXT_CHARS} letters"
    placeholder = edit.placeholderText()
    if not placeholder or edit.text():
        return None
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    available = edit.width() - 2 * frame - 4 - margins.left() - margins.right()
    for button in edit.findChildren(QToolButton):  # the clear button, actions
        if button.isVisible() and button.parentWidget() is edit:
            available -= button.width()
    needed = edit.fontMetrics().horizontalAdvance(placeholder)
    if needed > available + 1:
        return f"placeholder “{placeholder}” needs {needed} px, has {available}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    if combo.isEditable():
        edit = combo.lineEdit()
        if edit is not None and not edit.text() and edit.placeholderText():
            return _line_edit_problem(edit)
        return None
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.frame = combo.hasFrame()
    option.rect = combo.rect()
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.itemIcon(combo.currentIndex())
    available = field.width() - (0 if icon.isNull() else combo.iconSize().width() + 4)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > available + 1:
        return f"current text needs {needed} px, has {available}"
    return None


def _tab_bar_problems(bar: QTabBar) -> Iterator[str]:
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = plain_text(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = _advance(bar.fontMetrics(), text) + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        if needed > rect.width() + 1:
            yield f"tab “{text}” needs {needed} px, has {rect.width()}"
        elif rect.right() > bar.width():
            yield f"tab “{text}” is past the end of its bar"


def _group_box_problem(box: QGroupBox) -> str | None:
    title = plain_text(box.title())
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title) + 16
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 4
    if needed > box.width() + 1:
        return f"title “{title}” needs {needed} px, has {box.width()}"
    return None


def _header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    sort = (style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
            if header.isSortIndicatorShown() else 0)
    length = header.width() if header.orientation() == Qt.Orientation.Horizontal else (
        header.height())
    metrics = QFontMetrics(header.font())
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        position = header.sectionViewportPosition(logical)
        size = header.sectionSize(logical)
        if size <= 0 or position < 0 or position + size > length + 1:
            continue  # scrolled out of sight
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text is None or header.orientation() == Qt.Orientation.Vertical:
            continue
        needed = _advance(metrics, str(text)) + 2 * margin + sort
        if needed > size + 1:
            yield f"header “{text}” needs {needed} px, has {size}"


def _cell_problems(view: QAbstractItemView) -> Iterator[str]:
    """Cells of the rows in sight whose text does not fit (free-text columns excepted)."""
    model = view.model()
    if model is None or not isinstance(view, QAbstractScrollArea):
        return
    viewport = view.viewport().rect()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            view) + 1)
    seen: set[int] = set()
    root = view.rootIndex()  # a file dialog's folder, say
    for row in range(min(model.rowCount(root), 60)):
        for column in range(model.columnCount(root)):
            if column in seen:
                continue
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isEmpty() or not viewport.contains(rect.topLeft()) or \
                    rect.right() > viewport.right() + 1:
                continue
            header = model.headerData(column, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.DisplayRole)
            if str(header or "").replace("\n", " ") in FREE_TEXT_COLUMNS and (
                    rect.width() >= FREE_TEXT_MINIMUM):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or isinstance(text, bool):
                continue
            text = str(text)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
            needed = margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() + 4 if view.iconSize().isValid() else 20
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                needed += 20
            lines = max(1, rect.height() // max(metrics.lineSpacing(), 1))
            if lines > 1 or "\n" in text:
                bound = metrics.boundingRect(QRect(0, 0, rect.width() - needed, 10_000),
                                             int(Qt.TextFlag.TextWordWrap), text)
                if bound.height() <= rect.height() and bound.width() <= rect.width() - needed:
                    continue
                shown = f"{bound.height()} px high in {rect.height()}"
            else:
                needed += metrics.horizontalAdvance(text)
                if needed <= rect.width() + 1:
                    continue
                shown = f"needs {needed} px, has {rect.width()}"
            seen.add(column)
            yield f"column “{header}”: cell “{text}” {shown}"


def _chart_problems(view: QChartView) -> Iterator[str]:
    """A chart's title wider than the chart, or axis labels QtCharts elided ("Bảo đảm…", or
    "…" alone where a label is taller than the room it has)."""
    chart = view.chart()
    title = plain_text(chart.title())
    if title:
        room = int(chart.size().width() - chart.margins().left() - chart.margins().right())
        needed = QFontMetrics(chart.titleFont()).horizontalAdvance(title)
        if needed > room + 1:
            yield f"chart title “{title}” needs {needed} px, has {room}"
    for axis in chart.axes():
        if axis.isVisible() and axis.labelsVisible() and axis.labelsTruncated():
            if isinstance(axis, QBarCategoryAxis):
                labels = ", ".join(axis.categories()[:3])
            else:
                labels = f"{axis.min():g}–{axis.max():g}"  # type: ignore[attr-defined]
            yield f"chart axis labels elided ({labels})"


def _outside(widget: QWidget, top: QWidget) -> bool:
    """Whether a widget reaches past its window (contents of scroll areas excepted)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
                parent is parent.parentWidget().viewport()):  # type: ignore[attr-defined]
            return False
        parent = parent.parentWidget()
    corner = widget.mapTo(top, QPoint(0, 0))
    return not top.rect().contains(QRect(corner, widget.size()).adjusted(1, 1, -1, -1))


def layout_problems(top: QWidget, limit: tuple[int, int] | None = None) -> list[str]:
    """What does not fit in a shown window: a line per elided or clipped text (labels,
    buttons, check and radio boxes, placeholders, combo boxes, tabs, group box titles,
    header sections, table cells, charts) and per widget outside the window; with ``limit``
    (logical pixels), the window itself larger than that."""
    found: list[str] = []
    if limit is not None and (top.width() > limit[0] or top.height() > limit[1]):
        found.append(f"window is {top.width()}×{top.height()}, the screen leaves "
                     f"{limit[0]}×{limit[1]}")
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top or widget.width() <= 0:
            continue
        if isinstance(widget, QMenu):
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problems.append(_label_problem(widget) or "")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(),
                                                                    QTabBar):
            problems.append(_button_problem(widget) or "")
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            problems.append(_line_edit_problem(widget) or "")
        elif isinstance(widget, QComboBox):
            problems.append(_combo_problem(widget) or "")
        elif isinstance(widget, QTabBar):
            problems.extend(_tab_bar_problems(widget))
        elif isinstance(widget, QGroupBox):
            problems.append(_group_box_problem(widget) or "")
        elif isinstance(widget, QHeaderView):
            problems.extend(_header_problems(widget))
        if isinstance(widget, QTableView | QTreeView):
            problems.extend(_cell_problems(widget))
        if isinstance(widget, QChartView):
            problems.extend(_chart_problems(widget))
        if isinstance(widget, QScrollArea) and widget.widget() is not None and (
                widget.horizontalScrollBar().isVisible()):
            problems.append(f"its page is {widget.widget().width()} px wide in "
                            f"{widget.viewport().width()} (scrolls sideways)")
        if _outside(widget, top):
            problems.append("lies outside its window")
        found.extend(f"{_name(widget, top)} “{_short(widget)}”: {p}" for p in problems if p)
    return found


def _short(widget: QWidget) -> str:
    for attribute in ("text", "title", "placeholderText", "currentText"):
        value = getattr(widget, attribute, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                text = re.sub(r"<[^>]+>", "", text).replace("\n", " ")
                return text if len(text) <= 60 else text[:57] + "…"
    return ""
