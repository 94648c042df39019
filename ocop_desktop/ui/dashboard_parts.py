"""The parts the "Tổng quan" page is built of: its figure cards, its target rows, and the
helpers of its Qt charts (``ui.dashboard_page`` lays them out and fills them)."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from ocop_desktop.domain.schedule import TargetPer, TargetProgress
from ocop_desktop.ui.schedule.texts import measure_label, per_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def number(value: int) -> str:
    """Vietnamese thousands separator: 12.345."""
    return f"{value:,}".replace(",", ".")


def distinct_labels(labels: list[str]) -> list[str]:
    """The labels, made distinct as a category axis needs ("9" of February and of March, two
    topic names shortened alike) with invisible zero-width spaces."""
    seen: set[str] = set()
    distinct = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        distinct.append(label)
    return distinct


def smaller(font: QFont) -> QFont:
    """A point smaller (7.5 at least): the charts' axis labels and legends, which at 125 %
    would otherwise be elided."""
    small = QFont(font)
    small.setPointSizeF(max(small.pointSizeF() - 1, 7.5))
    return small


class StatCard(QFrame):
    """A figure with its caption, as on a printed summary."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#statCard { background: palette(base); border-radius: 4px; }")
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: palette(dark);")
        self.value = QLabel("0", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setStyleSheet("color: palette(dark);")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


def new_chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)  # line the chart up with the cards
    chart.setBackgroundRoundness(4)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(170)  # three rows fit 768 px at 125 % (issue 11)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return chart, view


def clear_chart(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def nice_max(value: int) -> int:
    """A round axis maximum a little above ``value`` (10, 20, 50, 100, 200…)."""
    if value <= 5:
        return 5
    step = 1
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 5, 10):
        if value <= step * factor or factor == 10:
            return step * factor
    return step * 10


class TargetRow(QWidget):
    """One target: what it asks, a progress bar, and how the window before went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.bar.setMinimumHeight(20)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)

    def show_progress(self, progress: TargetProgress, topic_name: str) -> None:
        target = progress.target
        self.label.setText(_tr("<b>{topic}</b>: ít nhất {amount} {measure} {per}").format(
            topic=topic_name, amount=number(target.amount), measure=measure_label(target.measure),
            per=per_label(target.per)))
        self.bar.setMaximum(max(target.amount, 1))
        self.bar.setValue(min(progress.value, target.amount))
        window = _tr("tuần này") if target.per is TargetPer.WEEK else _tr("tháng này")
        self.bar.setFormat(_tr("{value}/{amount} {window}").format(
            value=number(progress.value), amount=number(target.amount), window=window))
        if progress.met:
            color, state = "#81c784", _tr("đã đạt")
        elif progress.on_track:
            color, state = "#90caf9", _tr("đúng tiến độ")
        else:
            color, state = "#ffb74d", _tr("đang chậm")
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
            " text-align: center; background: palette(base); }"
            f"QProgressBar::chunk {{ background: {color}; }}")
        before = _tr("tuần trước") if target.per is TargetPer.WEEK else _tr("tháng trước")
        self.note.setText(_tr("{state} · đến hết {end} · {before}: {previous}/{amount} {mark}")
                          .format(state=state.capitalize(), end=progress.end.strftime("%d/%m"),
                                  before=before, previous=number(progress.previous_value),
                                  amount=number(target.amount),
                                  mark=_tr("(đạt)") if progress.previous_met
                                  else _tr("(không đạt)")))
