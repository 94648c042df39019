"""Every page and dialog of the main window on a 1366×768 screen, at 100 % and 125 %.

    python -m tests.ui.screens                    # → screens/<scale>/<role>-<screen>.png
    python -m tests.ui.screens --out /tmp/shots --scale 1.25 --role station

Builds a commune station's and a district office's demo data files (``ocop-desktop demo``,
one report exported into the register), then, once per scale in its own process (Qt reads
``QT_SCALE_FACTOR`` at start-up), opens the real main window offscreen on a 1366×768 screen
at the size a maximised window has there (the task bar and title bar take ~78 pixels),
shows every page of the navigation (and every tab of a page), then every dialog (the setup
wizard page by page, settings page by page, the catalogue's, schedule's and administration's
dialogs, Qt's own file dialog and message boxes), saves a PNG of each, and checks each with
``layout_problems``: text that does not fit its widget (Qt would elide or clip it) and
widgets outside their window. Prints the problems; exit status 1 if there are any.

``tests/ui/test_screens.py`` runs it at both scales; ``layout_problems`` is the check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
# A maximised window on a 1366×768 Windows screen: the task bar (40 px at 100 %) and the
# title bar (~31 px) leave about 1366×690 physical pixels; at 125 % that is 1093×552. The
# offscreen screen is given that size, so dialogs that fit themselves to the screen
# (``widgets.open_at_size_hint``) fit what a real screen leaves them.
USABLE = (1366, 690)
SCALES = ("1", "1.25")
ROLES = ("station", "office")
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

def _plain(text: str) -> str:
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
        shown = _plain(text) if label.buddy() is not None else text
        needed = _advance(label.fontMetrics(), shown)
    if needed > available + 1:
        return f"needs {needed} px, has {available}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
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


def _line_edit_problem(edit: QLineEdit) -> str | None:
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
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = _advance(bar.fontMetrics(), text) + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        if needed > rect.width() + 1:
            yield f"tab “{text}” needs {needed} px, has {rect.width()}"
        elif rect.right() > bar.width():
            yield f"tab “{text}” is past the end of its bar"


def _group_box_problem(box: QGroupBox) -> str | None:
    title = _plain(box.title())
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
    header sections, table cells) and per widget outside the window; with ``limit``
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


# -- going through the window ------------------------------------------------------------------

def wait(ms: int = 250) -> None:
    """Run the event loop a moment (layouts, debounced refreshes, deferred deletions)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(ms: int = 250) -> None:
    from ocop_desktop.ui import tasks

    wait(ms)
    for _ in range(200):
        if not tasks.pending():
            break
        wait(50)
    wait(50)


def _file_name(text: str) -> str:
    folded = re.sub(r"[^a-z0-9]+", "-", text.lower().translate(_ASCII)).strip("-")
    return folded[:60] or "screen"


_ASCII = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
    "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")


class Survey:
    """Shows screens one by one, saves a PNG of each and collects their problems."""

    def __init__(self, out: Path | None, prefix: str, limit: tuple[int, int]) -> None:
        self.out, self.prefix, self.limit = out, prefix, limit
        self.problems: dict[str, list[str]] = {}
        self.shots: list[Path] = []

    def take(self, name: str, top: QWidget, *, limit: tuple[int, int] | None = None) -> None:
        settle()
        key = f"{self.prefix}-{_file_name(name)}"
        found = layout_problems(top, limit or self.limit)
        if found:
            self.problems[key] = sorted(set(found))
        if self.out is not None:
            path = self.out / f"{key}.png"
            top.grab().save(str(path))
            self.shots.append(path)

    def take_variants(self, name: str, top: QWidget, skip: QWidget | None = None) -> None:
        """The window, then each other tab or stacked page inside it (settings' pages…)."""
        self.take(name, top)
        for container in top.findChildren(QTabWidget) + top.findChildren(QStackedWidget):
            if container is skip or not container.isVisible() or container.count() < 2 or (
                    isinstance(container.parentWidget(), QTabWidget)):
                continue
            start = container.currentIndex()
            for index in range(container.count()):
                if index == start:
                    continue
                container.setCurrentIndex(index)
                label = (container.tabText(index) if isinstance(container, QTabWidget)
                         else str(index))
                self.take(f"{name} {_plain(label)}", top)
            container.setCurrentIndex(start)

    def dialog(self, name: str, opener: Callable[[], object]) -> None:
        """Open a dialog (by ``opener``, which may run it modally with ``exec``), survey it
        and every tab or page inside it, then close it."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        done: list[QWidget] = []

        def new_windows() -> list[QWidget]:
            return [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w not in before and not isinstance(w, QMenu)
                    and w not in done]

        def handle() -> None:
            windows = new_windows()
            if not windows:
                QTimer.singleShot(50, handle) if not finished else None
                return
            window = windows[0]
            done.append(window)
            if isinstance(window, QWizard):
                self.wizard(name, window)
            else:
                self.take_variants(name, window)
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()

        finished = False
        QTimer.singleShot(50, handle)
        opener()
        wait(100)
        finished = True
        if not done:
            handle()

    def wizard(self, name: str, wizard: QWizard) -> None:
        seen = set()
        while wizard.currentId() not in seen:
            seen.add(wizard.currentId())
            self.take(f"{name} {len(seen)}", wizard)
            wizard.next()
            settle()


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def survey_window(db: Path, role: str, out: Path | None, scale: float) -> dict[str, list[str]]:
    """In this process: open the main window on ``db`` and survey every page and dialog."""
    from ocop_desktop.app import create_application, install_translators
    from ocop_desktop.operations import queries
    from ocop_desktop.ui.context import AppContext
    from ocop_desktop.ui.main_window import MainWindow

    application = create_application([sys.argv[0]])
    install_translators(application, "vi")
    limit = (round(USABLE[0] / scale), round(USABLE[1] / scale))
    repo = queries.open_session(db)
    ctx = AppContext(repo, db)
    window = MainWindow(ctx)
    window.resize(*limit)
    window.show()
    survey = Survey(out, role, limit)
    for key in window.visible_page_keys():
        page = window.show_page(key)
        title = window.navigation.item(window.page_keys().index(key)).text()
        survey.take_variants(title, window, skip=window.stack)
        needed = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = (window.stack.width() - max(0, window.width() - limit[0]),
                window.stack.height() - max(0, window.height() - limit[1]))
        if needed.width() > room[0] or needed.height() > room[1]:
            survey.problems.setdefault(f"{role}-{_file_name(title)}", []).append(
                f"the page needs at least {needed.width()}×{needed.height()}, the window "
                f"leaves it {room[0]}×{room[1]}")
    _log_states(window, survey)
    for name, opener in _dialogs(window, ctx, role):
        try:
            survey.dialog(name, opener)
        except Exception as exc:  # one dialog that cannot open must not hide the others
            survey.problems.setdefault(f"{role}-{_file_name(name)}", []).append(
                f"could not open: {type(exc).__name__}: {exc}")
    window.close()
    settle()
    queries.close_session(repo)
    return survey.problems


def _log_states(window, survey: Survey) -> None:  # type: ignore[no-untyped-def]
    """The log page while editing a stored record, and after a refused save (a date that
    does not exist: the red lines under the fields)."""
    log = window.show_page("log")
    log.table.setFocus()
    log.table.selectRow(0)
    log.edit_selected()
    survey.take("Sổ ghi đang sửa", window)
    log.form.new_record(confirm=False)
    log.form.date_edit.setText("31/11/2026")
    log.form.title_edit.clear()
    log.form.save()
    survey.take("Sổ ghi lỗi", window)
    log.form.new_record(confirm=False)


def _dialogs(window, ctx, role: str) -> list[tuple[str, Callable[[], object]]]:  # type: ignore[no-untyped-def]
    """Every dialog a user can open, each opened as the window opens it."""
    from ocop_desktop.operations import queries
    from ocop_desktop.ui import file_dialogs
    from ocop_desktop.ui.administration_pages import ClusterDialog, RelationDialog
    from ocop_desktop.ui.backup_actions import RestoreDialog
    from ocop_desktop.ui.catalogue_pages import DirectiveDialog, TopicDialog, UnitImportDialog
    from ocop_desktop.ui.keys_page import TrustKeyDialog
    from ocop_desktop.ui.setup_wizard import SetupWizard

    installation = queries.installation(ctx.repo)
    assert installation is not None
    directive = next(iter(queries.directives(ctx.repo)), None)
    topic = next(iter(queries.topics(ctx.repo)), None)
    units_file = Path(ctx.db_path).with_name("danh-muc-2025.csv")
    def first_run() -> QDialog:
        """The wizard as a new install shows it: over an empty data file."""
        from ocop_desktop.ui.context import AppContext

        path = Path(ctx.db_path).with_name("moi.sqlite")
        fresh = AppContext(queries.open_session(path), path, window)
        return _open(SetupWizard(fresh, window))

    dialogs: list[tuple[str, Callable[[], object]]] = [
        ("Thiết lập", lambda: _open(SetupWizard(ctx, window))),
        ("Thiết lập lần đầu", first_run),
        ("Cài đặt", window.open_settings),
        ("Giới thiệu", window.show_about),
        ("Xóa dữ liệu mẫu", window.remove_demo),
        ("Khôi phục", lambda: _open(RestoreDialog(ctx.db_path, window))),
        ("Văn bản mới", lambda: _open(DirectiveDialog(ctx, parent=window))),
        ("Sửa văn bản", lambda: _open(DirectiveDialog(ctx, directive, parent=window))),
        ("Chủ đề mới", lambda: _open(TopicDialog(ctx, parent=window))),
        ("Sửa chủ đề", lambda: _open(TopicDialog(ctx, topic, parent=window))),
        ("Nhập danh mục", lambda: _open(UnitImportDialog(ctx, units_file, window))),
        ("Quan hệ báo cáo", lambda: _open(RelationDialog(ctx, parent=window))),
        ("Đối chiếu khóa", lambda: _open(TrustKeyDialog(ctx, window))),
        ("Mở tệp", lambda: file_dialogs.open_file_name(
            window, "Chọn tệp danh mục đơn vị hành chính", str(ROOT / "tests" / "data"),
            "Danh mục đơn vị (*.xlsx *.xls *.csv *.txt);;Tất cả các tệp (*)")),
        ("Lưu tệp", lambda: file_dialogs.save_file_name(
            window, "Xuất báo cáo ra Excel", str(ROOT / "tests" / "data" / "bao-cao.xlsx"),
            "Sổ tính Excel (*.xlsx)")),
        ("Chọn thư mục", lambda: file_dialogs.existing_directory(
            window, "Chọn thư mục hoặc ổ USB để lưu bản sao", str(ROOT))),
    ]
    from ocop_desktop.operations import administration
    from ocop_desktop.ui.administration_pages import ClusterStatusDialog
    from ocop_desktop.ui.help_dialog import HelpDialog

    dialogs.append(("Hướng dẫn", lambda: _open(HelpDialog(window))))
    cluster = next(iter(administration.clusters(ctx.repo)), None)
    if cluster is not None:
        dialogs.append(("Tình trạng cụm loa", lambda: _open(
            ClusterStatusDialog(ctx, cluster, parent=window))))
    if role == "station":
        schedule = window.page("schedule")
        dialogs += [
            ("Khung giờ mới", schedule.add_slot),
            ("Chỉ tiêu", schedule.edit_targets),
            ("Cụm loa mới", lambda: _open(ClusterDialog(ctx, installation.unit_code,
                                                         parent=window))),
        ]
        if schedule.todo_model.rowCount() > 0:
            def first_airing(action: Callable[[], object]) -> Callable[[], object]:
                def open_it() -> object:
                    window.show_page("schedule")
                    schedule.todo_view.setFocus()
                    schedule.todo_view.setCurrentIndex(schedule.todo_model.index(0, 0))
                    return action()
                return open_it
            dialogs += [("Đã phát", first_airing(schedule.mark_aired)),
                        ("Không phát", first_airing(schedule.mark_not_aired))]
        register = window.page("reports")
        report_id = _first_report_id(register)
        if report_id is not None:
            from ocop_desktop.ui.send_dialog import SendDialog

            dialogs.append(("Gửi báo cáo", lambda: _open(SendDialog(ctx, report_id, window))))
    return dialogs


def _first_report_id(page: QWidget) -> int | None:
    settle()
    model = getattr(page, "register_model", None)
    rows = getattr(model, "rows", None)
    return getattr(rows[0], "id", None) if rows else None


def guide_images(folder: Path) -> list[Path]:
    """In this process: the user guide's first-run picture (docs/bat-dau.md), the wizard's
    unit page on a new install with the unit typed in."""
    from ocop_desktop.app import create_application, install_translators
    from ocop_desktop.operations import queries
    from ocop_desktop.ui.context import AppContext
    from ocop_desktop.ui.setup_wizard import SetupWizard
    from ocop_desktop.ui.widgets import open_at_size_hint

    application = create_application([sys.argv[0]])
    install_translators(application, "vi")
    path = Path(tempfile.mkdtemp(prefix="ocop-guide-")) / "moi.sqlite"
    ctx = AppContext(queries.open_session(path), path)
    wizard = SetupWizard(ctx)
    open_at_size_hint(wizard)
    wizard.show()
    settle()
    wizard.next()
    chooser = wizard.unit_page.chooser
    chooser.type_radio.setChecked(True)
    chooser.code_edit.setText("05986")
    chooser.name_edit.setText("Xã Hoàng Đồng")
    settle()
    target = folder / "bat-dau-2-don-vi.png"
    wizard.grab().save(str(target))
    wizard.close()
    queries.close_session(ctx.repo)
    return [target]


# -- the data and the processes ----------------------------------------------------------------

def prepare(work: Path, env: dict[str, str]) -> dict[str, Path]:
    """A commune station's and a district office's demo data files."""
    files = {"station": work / "xa-hoang-dong.sqlite", "office": work / "phong-vhtt.sqlite"}

    def cli(db: Path, *args: str) -> None:
        subprocess.run([sys.executable, "-m", "ocop_desktop", "--db", str(db), *args],
                       env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    cli(files["station"], "demo", "--records", "600")
    for db in files.values():  # a statistics office's list, for the unit import dialog
        db.with_name("danh-muc-2025.csv").write_text(
            "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp\n"
            "Tỉnh Lạng Sơn,20,Phường Tam Thanh,05977,Phường\n"
            "Tỉnh Lạng Sơn,20,Phường Lương Văn Tri,05974,Phường\n"
            "Tỉnh Lạng Sơn,20,Xã Hoàng Văn Thụ,06001,Xã\n", encoding="utf-8")
    today = dt.date.today()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    cli(files["station"], "report", "--period", last_month, "--out",
        str(work / f"bao-cao-{last_month}.xlsx"))
    # A broadcast plan from four weeks back, and targets (the schedule page, its airing
    # dialogs and the dashboard's plan card and targets are not empty).
    start = (today - dt.timedelta(days=28)).isoformat()
    for days, time, minutes, topic, title in (
            ("mon,wed,fri", "06:30", 15, "OCOP", "Bản tin sáng: Chương trình OCOP của xã"),
            ("tue,thu,sat", "17:00", 20, "NTM", "Chuyên mục Nông thôn mới"),
            ("sun", "18:30", 30, "ATGT", "Tiếp sóng: An toàn giao thông")):
        cli(files["station"], "schedule", "add", "--days", days, "--time", time, "--minutes",
            str(minutes), "--form", "radio", "--topic", topic, "--title", title, "--from", start)
    for topic, measure, per, least in (("OCOP", "airings", "week", "3"),
                                       ("NTM", "minutes", "month", "120")):
        cli(files["station"], "schedule", "target", "set", "--topic", topic, "--measure",
            measure, "--per", per, "--at-least", least)
    cli(files["office"], "demo", "--records", "0")
    cli(files["office"], "init", "--unit", "178", "--role", "office",
        "--issuing-body", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "--parent-body", "UBND THÀNH PHỐ LẠNG SƠN")
    cli(files["office"], "demo", "--records", "600")
    return files


def screen_environment(work: Path, scale: str, role: str = "") -> dict[str, str]:
    """The environment of a process that sees one 1366×768 screen at ``scale``, with its own
    settings folder (a window saves its layout there when it closes)."""
    config = work / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "1366x768", "x": 0, "y": 0, "width": USABLE[0], "height": USABLE[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, OCOP_HOME=str(work / f"home-{role}-{scale}"))
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env.pop("QT_ENABLE_HIGHDPI_SCALING", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run(out: Path | None, scales: tuple[str, ...] = SCALES,
        roles: tuple[str, ...] = ROLES) -> dict[str, list[str]]:
    """Survey both roles at every scale, each in its own process; the problems by screen."""
    problems: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="ocop-screens-") as temp:
        work = Path(temp)
        files = prepare(work, screen_environment(work, "1"))
        for scale in scales:
            folder = None
            if out is not None:
                folder = out / f"{round(float(scale) * 100)}"
                folder.mkdir(parents=True, exist_ok=True)
            for role in roles:
                result = subprocess.run(
                    [sys.executable, "-m", "tests.ui.screens", "--survey", str(files[role]),
                     role, scale, *(["--out", str(folder)] if folder else [])],
                    env=screen_environment(work, scale, role), cwd=ROOT, capture_output=True,
                    text=True, check=False)
                if result.returncode != 0:
                    problems[f"{scale} {role}"] = [result.stderr[-4000:]]
                    continue
                for screen, lines in json.loads(result.stdout.splitlines()[-1]).items():
                    problems[f"{round(float(scale) * 100)} % {screen}"] = lines
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the PNGs (default: screens/ in the project)")
    parser.add_argument("--scale", nargs="*", default=list(SCALES))
    parser.add_argument("--role", nargs="*", default=list(ROLES), choices=ROLES)
    parser.add_argument("--no-images", action="store_true")
    parser.add_argument("--guide", action="store_true",
                        help="write the user guide's first-run picture into docs/images")
    parser.add_argument("--survey", nargs=3, metavar=("DB", "ROLE", "SCALE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.guide:
        if os.environ.get("QT_SCALE_FACTOR") is None:  # a 1366×768 screen at 100 %
            with tempfile.TemporaryDirectory(prefix="ocop-screens-") as temp:
                return subprocess.run([sys.executable, "-m", "tests.ui.screens", "--guide"],
                                      env=screen_environment(Path(temp), "1", "guide"),
                                      cwd=ROOT, check=False).returncode
        for path in guide_images(ROOT / "docs" / "images"):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if args.survey:
        db, role, scale = args.survey
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
        found = survey_window(Path(db), role, args.out, float(scale))
        print(json.dumps(found, ensure_ascii=False))
        return 0
    out = None if args.no_images else (args.out or ROOT / "screens")
    problems = run(out, tuple(args.scale), tuple(args.role))
    for screen, lines in sorted(problems.items()):
        print(screen)
        for line in lines:
            print("   ", line)
    if out is not None:
        print(f"PNGs in {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
