"""Every page and dialog fits a 1366×768 screen at 100 % and 125 % (issue 11), checked by
``tests/ui/screens.py`` on the real main window of a station and of an office."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.ui import screens
from tests.ui.layout_check import layout_problems

TEXT = "Mọi hình thức tuyên truyền"


def _window(qtbot, narrow: bool) -> QWidget:  # type: ignore[no-untyped-def]
    """A window with one widget of each kind the check reads, too narrow for its text or not."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel(TEXT, window)
    button = QPushButton(TEXT, window)
    check = QCheckBox(TEXT, window)
    edit = QLineEdit(window)
    edit.setPlaceholderText(TEXT)
    village = QLineEdit("Toàn bộ hệ thống loa", window)  # free text, as the record form's
    village.setMaxLength(200)
    combo = QComboBox(window)
    combo.addItem(TEXT)
    box = QGroupBox(TEXT, window)
    QVBoxLayout(box).addWidget(QLabel("—", box))
    tabs = QTabWidget(window)
    tabs.addTab(QWidget(), TEXT)
    tabs.addTab(QWidget(), "Hai")
    table = QTableView(window)
    model = QStandardItemModel(2, 2, table)
    model.setHorizontalHeaderLabels(["Hình thức", "Tiêu đề"])
    model.setData(model.index(0, 0), "Hội nghị, nói chuyện")
    table.setModel(model)
    for widget in (label, button, check, edit, village, combo, box, tabs, table):
        layout.addWidget(widget)
    width = 60 if narrow else 420
    for widget in (label, button, check, edit, village, combo, box):
        widget.setFixedWidth(width)
    tabs.setFixedWidth(width * 2)
    village.setFixedWidth(width // 2)
    table.setColumnWidth(0, width)
    table.setFixedWidth(width * 2)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_check_finds_text_too_wide_for_its_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    found = "\n".join(layout_problems(_window(qtbot, narrow=True)))
    for kind in ("QLabel", "QPushButton", "QCheckBox", "placeholder", "a text field 30 px",
                 "current text",
                 "QGroupBox", "tab “Mọi", "header “Hình thức”", "cell “Hội nghị, nói chuyện”"):
        assert kind in found, (kind, found)


def test_the_check_passes_text_that_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert layout_problems(_window(qtbot, narrow=False)) == []


def test_the_check_finds_a_widget_outside_its_window_and_a_window_too_big(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    button = QPushButton("OK", window)
    button.move(280, 10)
    window.show()
    qtbot.waitExposed(window)
    found = layout_problems(window, limit=(200, 200))
    assert any("outside its window" in line and "QPushButton" in line for line in found), found
    assert any(line.startswith("window is 300×200") for line in found), found


def test_a_wrapped_label_too_short_for_its_lines_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(TEXT * 6, window)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 200, label.fontMetrics().height())
    window.resize(220, 200)
    window.show()
    qtbot.waitExposed(window)
    assert any("wraps to" in line for line in layout_problems(window))
    label.resize(200, label.heightForWidth(200))
    assert layout_problems(window) == []


def test_a_page_that_scrolls_sideways_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    area = QScrollArea(window)
    area.setWidgetResizable(True)
    page = QWidget()
    page.setMinimumWidth(600)
    area.setWidget(page)
    window.resize(720, 220)
    area.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    assert any("scrolls sideways" in line for line in layout_problems(window))
    area.resize(700, 200)
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())
    assert layout_problems(window) == []


def test_a_chart_whose_title_or_axis_labels_qtcharts_elides_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = QChart()
    chart.setTitle("Đơn vị cấp dưới đã gửi báo cáo, 6 tháng gần nhất")
    bars = QBarSet("Đúng hạn (%)")
    bars.append([50, 60, 70])
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(["Bảo đảm trật tự, an toàn giao thông", "Xây dựng nông thôn mới", "Khác"])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    window = QWidget()
    qtbot.addWidget(window)
    view = QChartView(chart, window)
    view.resize(220, 200)
    window.resize(1300, 300)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(layout_problems(window))
    assert "chart title “Đơn vị cấp dưới" in found
    assert "chart axis labels elided (Bảo đảm trật tự" in found
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: not axis.labelsTruncated())
    assert layout_problems(window) == []


@pytest.mark.skipif(sys.platform == "win32",
                    reason="the offscreen screen's config path would hold a drive colon")
def test_every_page_and_dialog_fits_1366x768_at_100_and_125_percent() -> None:
    """The real window of a station and of an office, with demo data, each page, tab and
    dialog (wizard and settings page by page, Qt's file dialogs): nothing elided, clipped or
    outside its window, no window larger than the screen leaves. ``python -m
    tests.ui.screens`` shows the same list and writes the PNGs."""
    problems = screens.run(None, scales=screens.SCALES)
    assert problems == {}, "\n".join(
        f"{screen}\n    " + "\n    ".join(lines) for screen, lines in problems.items())


def test_qts_file_dialog_opens_wide_enough_for_its_columns(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTreeView

    from ocop_desktop.ui.file_dialogs import file_dialog
    from ocop_desktop.ui.widgets import screen_room

    dialog = file_dialog(None, "Chọn tệp", ".", "Sổ tính Excel (*.xlsx)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = screen_room(dialog)
    assert dialog.width() >= min(960, available.width() * 9 // 10) - 1  # Qt's own: ~520
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    assert view.header().sectionSize(0) >= 200
    assert [line for line in layout_problems(dialog) if "header" in line] == []
    assert dialog.testOption(dialog.Option.DontUseNativeDialog)
