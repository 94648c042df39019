"""The "Lịch phát sóng" page driven from the keyboard, and the dashboard following it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.domain.schedule import AiringState, Slot, TickState
from ocop_desktop.operations import schedule as ops
from ocop_desktop.storage.repository import Repository
from ocop_desktop.storage.schedule import ScheduleStore
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.dashboard_page import DashboardPage
from ocop_desktop.ui.outbox_service import OutboxService
from ocop_desktop.ui.schedule.dialogs import (
    AiredDialog,
    NotAiredDialog,
    SlotDialog,
    TargetsDialog,
)
from ocop_desktop.ui.schedule.page import SchedulePage
from tests.ui.conftest import focused, press, type_text

# The pages read the real clock, so the tests do too: read per test, never at import (a run
# that crosses midnight would otherwise compare with yesterday).
TODAY: dt.date


@pytest.fixture(autouse=True)
def _today() -> None:
    global TODAY
    TODAY = dt.date.today()
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def quiet_outbox(monkeypatch: pytest.MonkeyPatch, ctx: AppContext) -> Iterator[None]:
    """The main window starts the outbox service; keep it from running (and from touching
    the data file after the test closed it) while these tests drive the schedule."""
    monkeypatch.setattr(OutboxService, "use_network_information", False)
    monkeypatch.setattr(OutboxService, "first_run_ms", 3_600_000)
    yield
    service = OutboxService.of(ctx)
    service.stop()
    service.wait()


def add_slot(repo: Repository, *, days_back: int = 2, **fields: object) -> int:
    """A daily slot at 00:00 from ``days_back`` days ago: every airing of it has passed.

    QD861 is the station's topic without an end date (OCOP ends in 2025).
    """
    values: dict[str, object] = {
        "start": dt.time(0, 0), "minutes": 30, "form_code": "radio", "topic_code": "QD861",
        "title": "Bản tin xã Hoàng Đồng", "unit_code": "", "days": tuple(range(7)),
        "valid_from": TODAY - dt.timedelta(days=days_back), "language": "vi",
        "source": "self",
    }
    values.update(fields)
    return ops.save_slot(repo, slot=Slot(**values), today=TODAY).slot_id  # type: ignore[arg-type]


def wait_dialog(qtbot, page: SchedulePage, kind: type) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    # Offscreen there is no window manager to activate a new window, as a desktop would.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_models_pass_qtmodeltester(ctx: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = SchedulePage(ctx)
    qtmodeltester.check(page.week_model)  # empty
    qtmodeltester.check(page.todo_model)
    slot_id = add_slot(ctx.repo, days_back=9)
    add_slot(ctx.repo, start=dt.time(5, 30), days=(0, 3), title="Tiếp sóng VOV",
             form_code="relay", source="vov", days_back=9)
    ops.tick_aired(ctx.repo, day=TODAY - dt.timedelta(days=1), slot_id=slot_id)
    ops.tick_not_aired(ctx.repo, day=TODAY - dt.timedelta(days=2), slot_id=slot_id, reason="power")
    page.refresh()
    assert page.week_model.rowCount() == 2
    assert page.todo_model.rowCount() > 0
    qtmodeltester.check(page.week_model)
    qtmodeltester.check(page.todo_model)
    page.deleteLater()


def test_tick_with_the_keyboard_and_the_dashboard_updates(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    repo = main_window.ctx.repo
    news = add_slot(repo)
    relay = add_slot(repo, start=dt.time(0, 5), minutes=15, form_code="relay", source="vov",
                     title="Tiếp sóng thời sự VOV")
    dashboard: DashboardPage = main_window.show_page("dashboard")
    assert dashboard.airings_card.value.text() == "0"
    assert dashboard.plan_card.value.text().startswith("0/")

    page: SchedulePage = main_window.show_page("schedule")
    qtbot.waitUntil(lambda: focused() is page.todo_view)
    assert page.todo_model.rowCount() == 6  # three days × two slots, nobody ticked them
    assert page.todo_view.currentIndex().row() == 0

    # Enter: "Đã phát" opens with the slot's measures; change the minutes, Enter saves.
    press(Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, page, AiredDialog)
    assert focused() is dialog.minutes_edit
    assert dialog.minutes_edit.text() == "30" and dialog.airings_edit.text() == "1"
    type_text("45")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    [record] = repo.query_records(RecordQuery())
    assert (record.date, record.time, record.title, record.airings, record.minutes,
            record.topic_code, record.form_code) == (
        TODAY - dt.timedelta(days=2), dt.time(0, 0), "Bản tin xã Hoàng Đồng", 1, 45, "QD861",
        "radio")

    # The aired airing leaves the list; the cursor is on the next one, the relay of the
    # same day. Alt+K "Không phát"; ↓ picks "Hỏng thiết bị".
    qtbot.waitUntil(lambda: focused() is page.todo_view)
    current = page.todo_model.row_at(page.todo_view.currentIndex().row())
    assert current is not None and current.airing.key == (relay, TODAY - dt.timedelta(days=2))
    press(Qt.Key.Key_K, ALT)
    dialog = wait_dialog(qtbot, page, NotAiredDialog)
    assert focused() is dialog.reason_combo
    press(Qt.Key.Key_Down)
    assert dialog.reason_combo.currentData() == "equipment"
    dialog.note_edit.setFocus()
    type_text("Máy phát hỏng")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    tick = ScheduleStore(repo.db).tick(relay, TODAY - dt.timedelta(days=2))
    assert tick is not None and tick.state is TickState.NOT_AIRED
    assert (tick.reason, tick.note) == ("equipment", "Máy phát hỏng")

    # The ticked airings stay listed today only if they are today's; the pending ones stay.
    rows = [(a.date, a.slot.id, state) for a, state, _ in
            (page.todo_model.row_at(r) for r in range(page.todo_model.rowCount()))]  # type: ignore[misc]
    assert (TODAY - dt.timedelta(days=2), news, AiringState.AIRED) not in rows
    assert (TODAY - dt.timedelta(days=1), news, AiringState.PENDING) in rows

    # Enter, Enter: the next airing (yesterday's news) is logged as planned.
    qtbot.waitUntil(lambda: focused() is page.todo_view)
    press(Qt.Key.Key_Return)
    wait_dialog(qtbot, page, AiredDialog)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)

    dashboard = main_window.show_page("dashboard")
    data = dashboard.data
    assert data is not None
    # What the dashboard must show, counted from the log (the month may have begun lately).
    aired = [r for r in repo.query_records(RecordQuery()) if r.date >= data.month.start]
    assert len(repo.query_records(RecordQuery())) == 2
    assert dashboard.airings_card.value.text() == str(len(aired))
    assert dashboard.minutes_card.value.text() == str(sum(r.minutes or 0 for r in aired))
    days = [TODAY - dt.timedelta(days=n) for n in range(3)]
    due = 2 * sum(1 for day in days if day >= data.month.start)
    assert dashboard.plan_card.value.text() == f"{len(aired)}/{due}"
    assert data.plan is not None
    missed = 1 if TODAY - dt.timedelta(days=2) >= data.month.start else 0
    assert data.plan.not_aired == missed


def test_ticking_twice_from_the_page_logs_once(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_slot(ctx.repo, days_back=0)
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    dialog = page.mark_aired()
    assert isinstance(dialog, AiredDialog)
    dialog.save()
    assert ctx.repo.record_count() == 1
    assert page.mark_aired() is None  # already aired: the page says so instead
    assert ctx.repo.record_count() == 1
    # Alt+B (untick) takes it back, and the record the tick made is deleted.
    page.todo_view.setFocus()
    page.untick()
    assert ctx.repo.record_count() == 0


def test_add_a_slot_with_the_keyboard(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page: SchedulePage = main_window.show_page("schedule")
    qtbot.waitUntil(lambda: focused() is page.week_view)
    press(Qt.Key.Key_M, ALT)
    dialog = wait_dialog(qtbot, page, SlotDialog)
    # An empty title and no time: the dialog says where, stays open, writes nothing.
    press(Qt.Key.Key_Return)
    assert set(dialog.problems_shown()) >= {"title", "start"}
    assert dialog.isVisible()
    assert main_window.ctx.repo.db.execute("SELECT count(*) FROM schedule_slots").fetchone()[0] == 0
    assert focused() is dialog.title_edit
    type_text("Bản tin trưa")
    press(Qt.Key.Key_Tab)
    type_text("qd861")
    dialog.time_edit.setFocus()
    type_text("1130")
    dialog.minutes_edit.setFocus()
    type_text("25")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    [slot] = ops.slots(main_window.ctx.repo)
    assert (slot.title, slot.topic_code, slot.start, slot.minutes, slot.days, slot.valid_from) == (
        "Bản tin trưa", "QD861", dt.time(11, 30), 25, tuple(range(7)), TODAY)
    assert page.week_model.rowCount() == 1
    assert "11:30 · 25 phút — Bản tin trưa" in page.week_model.index(0, 0).data()


def test_editing_a_slot_from_the_week_keeps_the_past(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    repo = main_window.ctx.repo
    slot_id = add_slot(repo, days_back=8)
    past = TODAY - dt.timedelta(days=8)
    ops.tick_aired(repo, day=past, slot_id=slot_id)
    page: SchedulePage = main_window.show_page("schedule")
    page.week_view.setFocus()
    page.week_view.setCurrentIndex(page.week_model.index(0, 0))
    press(Qt.Key.Key_Return)  # Enter on the slot's name edits it
    dialog = wait_dialog(qtbot, page, SlotDialog)
    dialog.minutes_edit.setFocus()
    type_text("60")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    minutes = {a.date: a.slot.minutes for a, _, _ in ops.airings_between(
        repo, start=past, end=TODAY)}
    assert minutes[past] == 30 and minutes[TODAY - dt.timedelta(days=1)] == 30
    assert minutes[TODAY] == 60
    record = repo.query_records(RecordQuery())[0]
    assert record.minutes == 30  # the airing logged before the edit is untouched


def test_week_navigation_with_the_keyboard(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_slot(ctx.repo, days_back=20)
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.week_view.setFocus()
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    assert page.week_model.start == monday
    press(Qt.Key.Key_PageUp, widget=page.week_view)
    assert page.week_model.start == monday - dt.timedelta(days=7)
    assert page.week_model.index(0, 1).data() == "Chưa đánh dấu"  # unticked past airings
    press(Qt.Key.Key_PageDown, widget=page.week_view)
    press(Qt.Key.Key_PageDown, widget=page.week_view)
    assert page.week_model.start == monday + dt.timedelta(days=7)
    assert page.week_model.index(0, 1).data() == "Theo lịch"
    press(Qt.Key.Key_Home, widget=page.week_view)
    assert page.week_model.start == monday


def test_targets_dialog_and_dashboard_progress(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    slot_id = add_slot(ctx.repo, days_back=0)
    ops.tick_aired(ctx.repo, day=TODAY, slot_id=slot_id)
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    dashboard.resize(1200, 700)
    dashboard.show()
    assert dashboard.targets_empty.isVisible()
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    dialog = page.edit_targets()
    assert isinstance(dialog, TargetsDialog)
    dialog.topic_combo.set_code("QD861")
    dialog.amount_edit.setText("3")
    dialog.save_target()
    assert dialog.table.rowCount() == 1
    # The visible dashboard follows at once: one target, one airing of three this week.
    assert not dashboard.targets_empty.isVisible()
    [row] = [r for r in dashboard._target_rows if r.isVisible()]
    assert row.bar.maximum() == 3 and row.bar.value() == 1
    assert "1/3" in row.bar.format()
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_selected()
    assert ops.targets(ctx.repo) == []
    assert dashboard.targets_empty.isVisible()
    dialog.close()
