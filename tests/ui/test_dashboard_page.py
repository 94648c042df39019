"""The "Tổng quan" page: real Qt charts, figures that follow ``ctx.changed``, and a look at
1366×768."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import (
    QBarSeries,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolTip

from ocop_desktop import operations
from ocop_desktop.domain.records import Role, Topic
from ocop_desktop.domain.schedule import Slot
from ocop_desktop.operations import schedule as ops
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.dashboard_page import DashboardPage
from ocop_desktop.ui.outbox_service import OutboxService
from tests.conftest import make_record

# The pages read the real clock, so the tests do too: read per test, never at import (a run
# that crosses midnight would otherwise compare with yesterday).
TODAY: dt.date


@pytest.fixture(autouse=True)
def _today() -> None:
    global TODAY
    TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def quiet_outbox(monkeypatch: pytest.MonkeyPatch, ctx: AppContext) -> Iterator[None]:
    monkeypatch.setattr(OutboxService, "use_network_information", False)
    monkeypatch.setattr(OutboxService, "first_run_ms", 3_600_000)
    yield
    service = OutboxService.of(ctx)
    service.stop()
    service.wait()


@pytest.fixture
def page(ctx: AppContext, qtbot) -> DashboardPage:  # type: ignore[no-untyped-def]
    widget = DashboardPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 690)
    widget.show()
    return widget


def record_today(**fields: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {"date": TODAY, "topic_code": "QD861", "airings": 2,
                                 "minutes": 10, "title": "Tuyên truyền Quyết định 861"}
    values.update(fields)
    return make_record(**values)


def test_an_empty_dashboard_says_so(page: DashboardPage) -> None:
    assert page.records_card.value.text() == "0"
    assert page.topic_stack.currentWidget() is page.topic_empty
    assert page.targets_empty.isVisible()
    assert page.side_stack.currentWidget() is page.side_note
    assert "chưa có lịch phát sóng" in page.side_note.text()
    # The week chart is drawn even with nothing in it: 13 weeks, zero everywhere.
    [bars] = [s for s in page.week_chart.series() if isinstance(s, QBarSeries)]
    assert bars.barSets()[0].count() == 13


def test_the_visible_dashboard_follows_every_change(page: DashboardPage, ctx: AppContext) -> None:
    ctx.apply(operations.save_record, record=record_today())
    assert page.records_card.value.text() == "1"
    assert page.airings_card.value.text() == "2"
    assert page.minutes_card.value.text() == "10"
    [bars] = [s for s in page.week_chart.series() if isinstance(s, QBarSeries)]
    [line] = [s for s in page.week_chart.series() if isinstance(s, QLineSeries)]
    assert bars.barSets()[0].at(12) == 2  # this week is the last bar
    assert line.at(12).y() == 10
    [topics] = [s for s in page.topic_chart.series() if isinstance(s, QHorizontalBarSeries)]
    assert page.topic_stack.currentWidget() is page.topic_view
    by_label = {bar_set.label(): bar_set.at(0) for bar_set in topics.barSets()}
    assert by_label == {"Hoạt động": 1, "Lượt phát": 2, "Số phút": 10}
    assert page.topic_chart.axes()[0].categories() == ["Quyết định 861/QĐ-TTg"]
    # A second record, a deletion: the figures move each time.
    second = record_today(minutes=20, airings=1)
    ctx.apply(operations.save_record, record=second)
    assert page.minutes_card.value.text() == "30"
    ctx.apply(operations.set_records_deleted, uuids=[second.uuid], deleted=True)
    assert page.minutes_card.value.text() == "10"


def test_a_hidden_dashboard_catches_up_when_shown(page: DashboardPage, ctx: AppContext) -> None:
    page.hide()
    ctx.apply(operations.save_record, record=record_today())
    assert page.records_card.value.text() == "0"  # nothing computed while hidden
    page.show()
    assert page.records_card.value.text() == "1"


def test_plan_and_targets(page: DashboardPage, ctx: AppContext) -> None:
    slot = Slot(start=dt.time(0, 0), minutes=30, form_code="radio", topic_code="QD861",
                title="Bản tin xã", unit_code="", days=tuple(range(7)), valid_from=TODAY)
    slot_id = ctx.apply(ops.save_slot, slot=slot).slot_id
    ctx.apply(ops.save_target, topic_code="QD861", measure="minutes", per="month", amount=120)
    ctx.apply(ops.tick_aired, day=TODAY, slot_id=slot_id)
    assert page.plan_card.value.text() == "1/1"
    [pie] = [s for s in page.side_chart.series() if isinstance(s, QPieSeries)]
    assert [piece.label() for piece in pie.slices()][0] == "Đã phát: 1"
    assert page.side_stack.currentWidget() is page.side_view
    [row] = [r for r in page._target_rows if not r.isHidden()]
    assert (row.bar.value(), row.bar.maximum()) == (30, 120)
    assert row.bar.format() == "30/120 tháng này"


def test_an_office_sees_the_reporting_rate(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    installation = ctx.repo.installation()
    assert installation is not None
    operations.save_installation(ctx.repo, installation=dataclasses.replace(
        installation, unit_code="178", role=Role.OFFICE))
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.plan_card.caption.text() == "Đơn vị cấp dưới đã báo cáo"
    assert page.plan_card.value.text() == "0/2"  # two communes under 178, none reported
    assert page.side_stack.currentWidget() is page.side_view
    assert page.side_chart.title().startswith("Đơn vị cấp dưới đã gửi báo cáo")
    assert len(page.side_chart.axes()[0].categories()) == 6
    # At 125 % on a 1366×768 screen "11/2026" does not fit under its bar: "T11", the month in
    # full on hover; the card's month on one line.
    assert page.side_chart.axes()[0].categories()[-1].startswith("T")
    assert "tháng " in page.plan_card.detail.text() and "/" in page.plan_card.detail.text()
    [rates] = [s for s in page.side_chart.series() if isinstance(s, QStackedBarSeries)]
    rates.hovered.emit(True, 5, rates.barSets()[0])
    assert QToolTip.text().startswith("Tháng ")
    assert QToolTip.text().endswith(": 0/2 đơn vị đã gửi báo cáo, 0 đúng hạn")


def test_topic_names_fit_the_chart_at_any_width_whole_on_hover(
        page: DashboardPage, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    name = "Bảo đảm trật tự, an toàn giao thông đường bộ trên địa bàn xã"
    operations.save_topic(ctx.repo, topic=Topic("ATGT", name))
    ctx.apply(operations.save_record, record=record_today(topic_code="ATGT", minutes=45))
    axis = page.topic_axis
    assert axis is not None
    for width in (1200, 900, 700):  # QtCharts itself would show "Bảo đảm trật tự, an…" or "..."
        page.resize(width, 690)
        qtbot.waitUntil(lambda: not axis.labelsTruncated())
        [shown] = axis.categories()
        assert shown.endswith("…") and name.startswith(shown[:-1]) and len(shown) > 8
    [topics] = [s for s in page.topic_chart.series() if isinstance(s, QHorizontalBarSeries)]
    topics.hovered.emit(True, 0, topics.barSets()[0])
    assert QToolTip.text() == f"{name}\n1 hoạt động · 2 lượt phát · 45 phút"
    topics.hovered.emit(False, 0, topics.barSets()[0])
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_dashboard_is_the_first_page_and_readable_at_1366x768(
        main_window, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for day in range(20):
        operations.save_record(ctx.repo, record=record_today(
            date=TODAY - dt.timedelta(days=3 * day), minutes=5 + day))
    assert main_window.page_keys()[0] == "dashboard"
    page = main_window.show_page("dashboard")
    main_window.resize(1366, 768)
    image: QImage = main_window.grab().toImage()
    assert (image.width(), image.height()) == (1366, 768)
    # Every chart got a sensible share of the screen.
    for view in (page.week_view, page.topic_view, page.side_stack):
        assert view.width() >= 380 and view.height() >= 220
    colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
    assert len(colours) > 30  # drawn charts, not an empty page
