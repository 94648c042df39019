"""The "Tổng quan" page: the month at a glance.

Four figures on top (this month's activities, airings, minutes, and the broadcast plan),
then Qt charts: airings and minutes week by week for the last three months, this month's
airings and minutes by topic, progress against the directives' targets, and — for a
consolidating office — the share of child units that reported in each of the last months
(for a station: this month's plan against what aired).

All figures come from ``operations.dashboard.dashboard`` (one index-only scan of about three
months of the log). The page re-reads them when ``ctx.changed`` fires while it is visible,
or the next time it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPen, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.records import Role
from ocop_desktop.domain.schedule import TargetProgress
from ocop_desktop.operations import Changes
from ocop_desktop.operations import dashboard as ops
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.dashboard_parts import (
    StatCard,
    TargetRow,
    clear_chart,
    distinct_labels,
    new_chart,
    nice_max,
    number,
    smaller,
)

AIRINGS_COLOR = QColor("#1565c0")
RECORDS_COLOR = QColor("#78909c")
MINUTES_COLOR = QColor("#ef6c00")
PLAN_COLORS = {
    "aired": QColor("#2e7d32"), "not_aired": QColor("#c62828"),
    "pending": QColor("#f9a825"), "upcoming": QColor("#b0bec5"),
}
MAX_TOPIC_BARS = 8  # more topics than this are summed into "Khác" to stay readable
# QtCharts gives the axes on one side of a chart at most 40 % of its width and elides longer
# labels itself, down to "..." alone; the topic names are shortened to fit a little less.
TOPIC_NAMES_SHARE = 0.4
TOPIC_NAMES_PADDING = 28  # px: the labels' own margins, the ticks, the plot's edge


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def _month(rate: ops.ReportingRate, *, short: bool = False) -> str:
    """"11/2026" for a month's reporting period ("T11" short, as on a chart's axis, where
    "11/2026" does not fit at 125 %), its key for any other."""
    key = rate.period_key
    if len(key) != 7:
        return key
    return _tr("T{month}").format(month=int(key[5:])) if short else f"{int(key[5:])}/{key[:4]}"


class DashboardPage(QWidget):
    """Tổng quan: figures and charts of this month and the last three months."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The page's clock; tests and benchmarks stand it on a chosen day.
        self.clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self.data: ops.Dashboard | None = None
        self._dirty = True
        self._build()
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color: palette(dark);")

        self.records_card = StatCard(_tr("Hoạt động tuyên truyền tháng này"), self)
        self.airings_card = StatCard(_tr("Lượt phát thanh, truyền hình"), self)
        self.minutes_card = StatCard(_tr("Số phút phát sóng"), self)
        self.plan_card = StatCard(_tr("Lịch phát sóng tháng này"), self)
        cards = QHBoxLayout()
        cards.setSpacing(8)
        for card in (self.records_card, self.airings_card, self.minutes_card, self.plan_card):
            cards.addWidget(card)

        self.week_chart, self.week_view = new_chart(_tr("Từng tuần, 13 tuần gần nhất"))
        self.topic_chart, self.topic_view = new_chart(_tr("Tháng này theo chủ đề"))
        self.topic_chart.legend().setReverseMarkers(True)
        self.topic_axis: QBarCategoryAxis | None = None
        self._topics_shown: list[tuple[str, int, int, int]] = []  # bottom-up
        self.topic_view.installEventFilter(self)
        self.topic_empty = QLabel(_tr("Tháng này chưa có hoạt động nào được ghi."), self)
        self.topic_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.topic_stack = QStackedWidget(self)
        self.topic_stack.addWidget(self.topic_view)
        self.topic_stack.addWidget(self.topic_empty)

        self.targets_box = QFrame(self)
        self.targets_box.setObjectName("targetsBox")
        self.targets_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.targets_box.setStyleSheet(
            "QFrame#targetsBox { background: palette(base); border-radius: 4px; }")
        targets_title = QLabel(_tr("Tiến độ chỉ tiêu"), self.targets_box)
        title_font = targets_title.font()
        title_font.setBold(True)
        targets_title.setFont(title_font)
        self.targets_list = QWidget(self.targets_box)
        self.targets_layout = QVBoxLayout(self.targets_list)
        self.targets_layout.setContentsMargins(0, 0, 0, 0)
        self.targets_layout.setSpacing(0)
        self.targets_layout.addStretch(1)
        self.targets_empty = QLabel(_tr(
            "Chưa có chỉ tiêu. Văn bản chỉ đạo giao chỉ tiêu (ví dụ “ít nhất 3 lượt phát mỗi "
            "tuần”) thì nhập ở trang Lịch phát sóng → Chỉ tiêu."), self.targets_box)
        self.targets_empty.setWordWrap(True)
        self.targets_empty.setStyleSheet("color: palette(dark);")
        scroll = QScrollArea(self.targets_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.targets_list)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        self.targets_list.setStyleSheet("background: transparent;")
        box_layout = QVBoxLayout(self.targets_box)
        box_layout.setContentsMargins(12, 8, 12, 8)
        box_layout.addWidget(targets_title)
        box_layout.addWidget(self.targets_empty)
        box_layout.addWidget(scroll, 1)
        self._target_rows: list[TargetRow] = []

        self.side_chart, self.side_view = new_chart("")
        self.side_note = QLabel(self)
        self.side_note.setWordWrap(True)
        self.side_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_note.setStyleSheet("color: palette(dark); padding: 12px;")
        self.side_stack = QStackedWidget(self)
        self.side_stack.addWidget(self.side_view)
        self.side_stack.addWidget(self.side_note)

        grid = QGridLayout()
        grid.setSpacing(8)
        grid.addWidget(self.week_view, 0, 0)
        grid.addWidget(self.topic_stack, 0, 1)
        grid.addWidget(self.targets_box, 1, 0)
        grid.addWidget(self.side_stack, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        titles = QHBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(titles)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        now = self.clock()
        data = ops.dashboard(self.ctx.repo, today=now.date(), now=now)
        self.data = data
        self.heading.setText(_tr("Tổng quan"))
        self.subheading.setText(_tr("{month} ({range}) · số liệu đến hết ngày {today}").format(
            month=data.month.label.capitalize(), range=data.month.range_text,
            today=data.today.strftime("%d/%m/%Y")))
        self._show_cards(data)
        self._show_weeks(data)
        self._show_topics(data)
        self._show_targets(data)
        self._show_side(data)

    def _show_cards(self, data: ops.Dashboard) -> None:
        self.records_card.set(number(data.month_records),
                              _tr("{topics} chủ đề").format(topics=len(data.topics)))
        last_week = data.weeks[-1] if data.weeks else None
        self.airings_card.set(number(data.month_airings), _tr(
            "tuần này: {count}").format(count=number(last_week.airings if last_week else 0)))
        hours = data.month_minutes / 60
        self.minutes_card.set(number(data.month_minutes), _tr("≈ {hours} giờ").format(
            hours=f"{hours:.1f}".replace(".", ",")))
        if data.role is Role.OFFICE:
            self.plan_card.caption.setText(_tr("Đơn vị cấp dưới đã báo cáo"))
            last = data.reporting[-1] if data.reporting else None
            if last is None:
                self.plan_card.set("—", _tr("chưa có đơn vị trực thuộc"))
            else:
                # "tháng 11/2026": on one line at 125 %, which leaves the charts their height.
                self.plan_card.set(_tr("{reported}/{expected}").format(
                    reported=last.reported, expected=last.expected),
                    _tr("tháng {month} · đúng hạn {on_time}").format(month=_month(last),
                                                                      on_time=last.on_time))
            return
        self.plan_card.caption.setText(_tr("Lịch phát sóng tháng này"))
        plan = data.plan
        if plan is None or plan.planned == 0:
            self.plan_card.set("—", _tr("chưa lập lịch phát sóng"))
        else:
            due = plan.planned - plan.upcoming
            self.plan_card.set(_tr("{aired}/{due}").format(aired=number(plan.aired),
                                                           due=number(due)),
                               _tr("không phát {missed} · chưa đánh dấu {pending}").format(
                                   pending=plan.pending, missed=plan.not_aired))

    def _show_weeks(self, data: ops.Dashboard) -> None:
        chart = self.week_chart
        clear_chart(chart)
        airings = QBarSet(_tr("Lượt phát"))
        airings.setColor(AIRINGS_COLOR)
        categories = []
        minutes = QLineSeries()
        minutes.setName(_tr("Số phút (trục phải)"))
        pen = QPen(MINUTES_COLOR)
        pen.setWidth(3)
        minutes.setPen(pen)
        minutes.setPointsVisible(True)
        for position, week in enumerate(data.weeks):
            airings.append(week.airings)
            minutes.append(position, week.minutes)
            # "d/m" where a month starts, the day alone elsewhere: five characters are
            # elided ("12/…") in a 1366×768 window at 125 %.
            new_month = position == 0 or week.start.month != data.weeks[position - 1].start.month
            categories.append(
                f"{week.start.day}/{week.start.month}" if new_month else str(week.start.day))
        bars = QBarSeries()
        bars.append(airings)
        bars.setBarWidth(0.6)
        chart.addSeries(bars)
        chart.addSeries(minutes)
        axis_x = QBarCategoryAxis()
        axis_x.append(distinct_labels(categories))
        axis_x.setTitleText(_tr("Tuần bắt đầu từ thứ Hai"))
        small = smaller(axis_x.labelsFont())
        axis_x.setLabelsFont(small)
        axis_left = QValueAxis()
        axis_left.setRange(0, nice_max(max((w.airings for w in data.weeks), default=0)))
        axis_left.setLabelFormat("%d")
        axis_left.setTitleText(_tr("Lượt phát"))
        axis_left.setLabelsColor(AIRINGS_COLOR)
        axis_right = QValueAxis()
        axis_right.setRange(0, nice_max(max((w.minutes for w in data.weeks), default=0)))
        axis_right.setLabelFormat("%d")
        axis_right.setTitleText(_tr("Phút"))
        axis_right.setLabelsColor(MINUTES_COLOR)
        for axis in (axis_left, axis_right):
            axis.setLabelsFont(small)
            axis.setTickCount(6)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_left, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_right, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_left)
        minutes.attachAxis(axis_x)
        minutes.attachAxis(axis_right)

    def _topic_rows(self, data: ops.Dashboard) -> list[tuple[str, int, int, int]]:
        rows = [(t.name, t.records, t.airings, t.minutes) for t in data.topics]
        if len(rows) > MAX_TOPIC_BARS:
            rest = rows[MAX_TOPIC_BARS - 1:]
            rows = rows[:MAX_TOPIC_BARS - 1] + [
                (_tr("Chủ đề khác"), sum(r[1] for r in rest), sum(r[2] for r in rest),
                 sum(r[3] for r in rest))]
        return rows

    def _show_topics(self, data: ops.Dashboard) -> None:
        chart = self.topic_chart
        clear_chart(chart)
        rows = self._topic_rows(data)
        self.topic_stack.setCurrentWidget(self.topic_view if rows else self.topic_empty)
        if not rows:
            self.topic_axis = None
            return
        rows.reverse()  # a horizontal bar chart draws its first category at the bottom
        records = QBarSet(_tr("Hoạt động"))
        records.setColor(RECORDS_COLOR)
        records.setLabelColor(RECORDS_COLOR.darker(140))
        airings = QBarSet(_tr("Lượt phát"))
        airings.setColor(AIRINGS_COLOR)
        airings.setLabelColor(AIRINGS_COLOR.darker(130))
        minutes = QBarSet(_tr("Số phút"))
        minutes.setColor(MINUTES_COLOR)
        minutes.setLabelColor(MINUTES_COLOR.darker(130))
        for _, activities, count, length in rows:
            records.append(activities)
            airings.append(count)
            minutes.append(length)
        series = QHorizontalBarSeries()
        # Listed bottom-up within a category, so minutes come first to read top-down.
        series.append(minutes)
        series.append(airings)
        series.append(records)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.8)
        chart.addSeries(series)
        series.hovered.connect(self._topic_hovered)
        self._topics_shown = rows
        axis_y = self.topic_axis = QBarCategoryAxis()
        axis_x = QValueAxis()
        top = max(max(row[1:]) for row in rows)
        axis_x.setRange(0, nice_max(int(top * 1.15) + 1))
        axis_x.setLabelFormat("%d")
        small = smaller(axis_x.labelsFont())
        axis_x.setLabelsFont(small)
        axis_y.setLabelsFont(small)  # in the normal size the names become "…" at 125 %
        axis_x.setTickCount(6)
        self._fit_topic_names()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)

    def _fit_topic_names(self) -> None:
        """The topic names on the chart, shortened to the room the chart leaves them at its
        present width (the whole name is in the tooltip of its bars)."""
        if self.topic_axis is None:
            return
        room = int(TOPIC_NAMES_SHARE * self.topic_view.width()) - TOPIC_NAMES_PADDING
        metrics = QFontMetrics(self.topic_axis.labelsFont())
        self.topic_axis.setCategories(distinct_labels([
            metrics.elidedText(row[0], Qt.TextElideMode.ElideRight, max(room, 0))
            for row in self._topics_shown]))

    def _topic_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        """The whole topic name and its three figures beside the pointer."""
        if not status:
            QToolTip.hideText()
            return
        name, activities, count, length = self._topics_shown[index]
        QToolTip.showText(QCursor.pos(), _tr(
            "{topic}\n{activities} hoạt động · {airings} lượt phát · {minutes} phút").format(
                topic=name, activities=number(activities), airings=number(count),
                minutes=number(length)), self.topic_view)

    def _reporting_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        """The month in full and its counts beside the pointer."""
        rates = self.data.reporting if self.data is not None else None
        if not status or not rates:
            QToolTip.hideText()
            return
        rate = rates[index]
        QToolTip.showText(QCursor.pos(), _tr(
            "{month}: {reported}/{expected} đơn vị đã gửi báo cáo, {on_time} đúng hạn").format(
                month=rate.label.capitalize(), reported=rate.reported, expected=rate.expected,
                on_time=rate.on_time), self.side_view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: the topic names follow the chart's width."""
        if watched is self.topic_view and event.type() == QEvent.Type.Resize:
            self._fit_topic_names()
        return False

    def _show_targets(self, data: ops.Dashboard) -> None:
        targets: Sequence[TargetProgress] = data.targets
        while len(self._target_rows) < len(targets):
            row = TargetRow(self.targets_list)
            # Before the closing stretch, which keeps the rows at the top.
            self.targets_layout.insertWidget(len(self._target_rows), row)
            self._target_rows.append(row)
        for position, row in enumerate(self._target_rows):
            if position < len(targets):
                progress = targets[position]
                row.show_progress(progress, data.topic_names.get(progress.target.topic_code,
                                                                 progress.target.topic_code))
                row.show()
            else:
                row.hide()
        self.targets_empty.setVisible(not targets)

    def _show_side(self, data: ops.Dashboard) -> None:
        chart = self.side_chart
        clear_chart(chart)
        if data.role is Role.OFFICE:
            self._show_reporting(data)
            return
        plan = data.plan
        if plan is None or plan.planned == 0:
            self.side_note.setText(_tr(
                "Tháng này chưa có lịch phát sóng. Lập lịch ở trang “Lịch phát sóng” để thấy "
                "kế hoạch so với thực tế phát."))
            self.side_stack.setCurrentWidget(self.side_note)
            return
        chart.setTitle(_tr("Kế hoạch phát sóng {month}").format(month=data.month.label))
        series = QPieSeries()
        series.setHoleSize(0.45)
        parts = (("aired", _tr("Đã phát"), plan.aired),
                 ("not_aired", _tr("Không phát"), plan.not_aired),
                 ("pending", _tr("Chưa đánh dấu"), plan.pending),
                 ("upcoming", _tr("Chưa tới giờ"), plan.upcoming))
        for key, label, value in parts:
            if value <= 0:
                continue
            piece = series.append(f"{label}: {number(value)}", value)
            piece.setColor(PLAN_COLORS[key])
            piece.setBorderColor(QColor("white"))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        # "Chưa đánh dấu: 2" whole at 125 %, not "Chưa đánh dấu…"
        chart.legend().setFont(smaller(self.font()))
        self.side_stack.setCurrentWidget(self.side_view)

    def _show_reporting(self, data: ops.Dashboard) -> None:
        chart = self.side_chart
        rates = data.reporting
        if rates is None:
            self.side_note.setText(_tr(
                "Tỷ lệ đơn vị cấp dưới đã gửi báo cáo sẽ hiện ở đây khi danh mục có các đơn "
                "vị trực thuộc đơn vị mình (trang Danh mục)."))
            self.side_stack.setCurrentWidget(self.side_note)
            return
        chart.setTitle(_tr("Đơn vị cấp dưới đã gửi báo cáo, 6 tháng qua"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        on_time = QBarSet(_tr("Đúng hạn (%)"))
        on_time.setColor(QColor("#00838f"))
        on_time.setLabelColor(QColor("white"))
        late = QBarSet(_tr("Muộn (%)"))
        late.setColor(QColor("#80cbc4"))
        late.setLabelColor(QColor("#004d54"))
        for rate in rates:
            share_on_time = round(100 * rate.on_time / rate.expected) if rate.expected else 0
            share = round(100 * rate.rate)
            on_time.append(share_on_time)
            late.append(max(share - share_on_time, 0))
        series = QStackedBarSeries()
        series.append(on_time)
        series.append(late)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.hovered.connect(self._reporting_hovered)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([_month(rate, short=True) for rate in rates])
        small = smaller(axis_x.labelsFont())
        axis_x.setLabelsFont(small)
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        # 0 %, 50 %, 100 %: six labels do not fit the chart's height at 125 % (QtCharts then
        # shows each as "...").
        axis_y.setTickCount(3)
        axis_y.setLabelFormat("%d%%")
        axis_y.setLabelsFont(small)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.side_stack.setCurrentWidget(self.side_view)

    # -- staying current --------------------------------------------------------------------
    def _on_changed(self, _changes: Changes) -> None:
        # Every area can move a figure here (records, topics, settings, imports, schedule).
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: catch up with changes made while hidden."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def page_shown(self) -> None:
        if self._dirty or (self.data is not None and self.data.today != self.clock().date()):
            self.refresh()
