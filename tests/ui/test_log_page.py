"""Finding things in the log (filters, diacritic-free search) and deleting with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ocop_desktop import operations
from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.ui.log_filter import SEARCH_DELAY_MS, period_range
from ocop_desktop.ui.log_table import Column
from tests.conftest import make_record
from tests.ui.conftest import focused, press, type_text


@pytest.fixture
def logged(main_window):  # type: ignore[no-untyped-def]
    """A few records to find: places with and without diacritics, two topics, two forms."""
    apply = main_window.ctx.apply
    apply(operations.save_record, record=make_record(
        title="Tuyên truyền tại Đồng Đăng", date=dt.date(2021, 6, 21)))
    apply(operations.save_record, record=make_record(
        title="Na Chi Lăng đạt 4 sao", date=dt.date(2021, 7, 2), language="tay"))
    apply(operations.save_record, record=make_record(
        title="Họp dân thôn Nà Lải", date=dt.date(2021, 7, 5), form_code="meeting",
        airings=None, minutes=None, participants=40, topic_code="QD861"))
    apply(operations.save_record, record=make_record(
        title="Bản tin tối", date=dt.date(2021, 8, 1), location="Cụm loa Đồng Đăng",
        operator="Lý Thị Hằng"))
    return main_window.log_page


def _titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.model
    return [model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())]


def _search(page, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    page.focus_search()
    page.filter_bar.search_edit.clear()
    type_text(text)
    with qtbot.waitSignal(page.filter_bar.changed, timeout=SEARCH_DELAY_MS * 8):
        pass


@pytest.mark.parametrize("typed", ["dong dang", "Đồng Đăng", "ĐỒNG đăng", "dong dan"])
def test_search_ignores_diacritics(logged, qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    _search(logged, qtbot, typed)
    # The title of one record, the loudspeaker cluster of another.
    assert sorted(_titles(logged)) == ["Bản tin tối", "Tuyên truyền tại Đồng Đăng"]


def test_search_waits_for_a_pause_in_typing(logged, qtbot) -> None:  # type: ignore[no-untyped-def]
    logged.focus_search()
    type_text("tuyen truyen")
    assert logged.model.rowCount() == 4  # not yet: typing is still going on
    qtbot.waitUntil(lambda: logged.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 8)
    assert _titles(logged) == ["Tuyên truyền tại Đồng Đăng"]


def test_search_by_operator_and_enter_searches_at_once(logged) -> None:  # type: ignore[no-untyped-def]
    logged.focus_search()
    type_text("ly thi hang")
    press(Qt.Key.Key_Return)
    assert _titles(logged) == ["Bản tin tối"]


def test_filters_narrow_the_table(logged, main_window) -> None:  # type: ignore[no-untyped-def]
    bar = logged.filter_bar
    bar.topic_combo.set_code("QD861")
    bar.topic_combo.activated.emit(bar.topic_combo.currentIndex())
    assert _titles(logged) == ["Họp dân thôn Nà Lải"]
    assert main_window.count_label.text() == "Khớp bộ lọc: 1 / 4 bản ghi"

    bar.clear()
    assert len(_titles(logged)) == 4
    assert main_window.count_label.text() == "Tổng số: 4 bản ghi"

    bar.form_combo.set_code("meeting")
    assert _titles(logged) == ["Họp dân thôn Nà Lải"]
    bar.form_combo.set_code(None)

    bar.language_combo.set_code("tay")
    assert _titles(logged) == ["Na Chi Lăng đạt 4 sao"]
    bar.language_combo.set_code(None)

    bar.from_edit.setFocus()
    type_text("01/07/2021")
    bar.to_edit.setFocus()  # leaving the field applies it
    type_text("31/7/2021")
    bar.search_edit.setFocus()
    assert bar.period_combo.current_code() == "custom"
    assert sorted(_titles(logged)) == ["Họp dân thôn Nà Lải", "Na Chi Lăng đạt 4 sao"]
    assert logged.model.query.date_from == dt.date(2021, 7, 1)
    assert logged.model.query.date_to == dt.date(2021, 7, 31)

    bar.clear()
    bar.period_combo.set_code("month")  # this month: nothing logged yet
    assert logged.model.rowCount() == 0
    assert "Không có bản ghi nào khớp bộ lọc" in logged.table.empty_text


def test_unit_filter_includes_units_below(main_window) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ctx
    ctx.apply(operations.save_record, record=make_record(title="Của xã Hoàng Đồng"))
    with ctx.repo.db.atomic():  # another commune's record, as an import brings it
        ctx.repo.insert_record(make_record(title="Của Đồng Đăng", unit_code="05983"))
    page = main_window.log_page
    bar = page.filter_bar
    assert bar.unit_combo.codes()[0] is None
    page.model.set_query(bar.query(page.model.query).__class__(unit_code="178"))
    assert page.model.rowCount() == 2  # the district and every commune under it
    page.model.set_query(RecordQuery(unit_code="05983"))
    assert _titles(page) == ["Của Đồng Đăng"]


def test_period_presets() -> None:
    today = dt.date(2021, 8, 15)
    assert period_range("month", today) == (dt.date(2021, 8, 1), dt.date(2021, 8, 31))
    assert period_range("last_month", today) == (dt.date(2021, 7, 1), dt.date(2021, 7, 31))
    assert period_range("quarter", today) == (dt.date(2021, 7, 1), dt.date(2021, 9, 30))
    assert period_range("year", today) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert period_range("week", today) == (dt.date(2021, 8, 9), today)
    assert period_range("all", today) == (None, None)
    assert period_range("last_month", dt.date(2021, 1, 10)) == (
        dt.date(2020, 12, 1), dt.date(2020, 12, 31))


def test_delete_key_and_undo(logged, main_window) -> None:  # type: ignore[no-untyped-def]
    repo = main_window.ctx.repo
    table = logged.table
    table.setFocus()
    table.selectRow(0)
    table.selectionModel().select(logged.model.index(1, 0),
                                  table.selectionModel().SelectionFlag.Select
                                  | table.selectionModel().SelectionFlag.Rows)
    doomed = logged.selected_records()
    assert len(doomed) == 2
    press(Qt.Key.Key_Delete)
    assert logged.model.rowCount() == 2
    assert repo.record_count() == 2
    for record in doomed:  # kept, marked deleted, and audited
        stored = repo.record(record.uuid)
        assert stored is not None and stored.deleted
        assert repo.audit_entries("record", record.uuid)[-1]["action"] == "delete"
    assert main_window.undo_button.isVisible()
    assert "Đã xóa 2 bản ghi" in main_window.statusBar().currentMessage()

    main_window.undo_button.click()  # the status bar's "Hoàn tác"
    assert logged.model.rowCount() == 4 and repo.record_count() == 4
    assert all(not repo.record(r.uuid).deleted for r in doomed)  # type: ignore[union-attr]
    assert {r.uuid for r in logged.selected_records()} == {r.uuid for r in doomed}
    assert not main_window.undo_button.isVisible()


def test_delete_key_in_a_text_field_deletes_text_not_records(logged, main_window) -> None:  # type: ignore[no-untyped-def]
    logged.table.selectRow(0)
    form = logged.form
    form.title_edit.setFocus()
    form.title_edit.clear()
    type_text("abc")
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Delete)
    assert form.title_edit.text() == "bc"
    assert main_window.ctx.repo.record_count() == 4


def test_picking_a_row_only_selects_it_enter_edits_it(logged) -> None:  # type: ignore[no-untyped-def]
    form = logged.form
    logged.table.setFocus()
    logged.table.selectRow(1)
    record = logged.model.record(1)
    # Choosing a row does not put it in the form: typing there would change it by accident.
    assert not form.is_editing and form.current_uuid != record.uuid  # type: ignore[union-attr]
    assert not form.edit_banner.isVisibleTo(form)
    press(Qt.Key.Key_Return)  # Enter on the table edits the chosen row
    assert form.is_editing and form.current_uuid == record.uuid  # type: ignore[union-attr]
    assert form.title_edit.text() == record.title  # type: ignore[union-attr]
    assert focused() is form.title_edit
    assert form.edit_banner.isVisibleTo(form)
    assert record.title[:20] in form.edit_banner.text()  # type: ignore[union-attr]
    assert "Esc" in form.edit_banner.text()
    press(Qt.Key.Key_Escape)  # nothing typed: stops editing without a question
    assert not form.is_editing and not form.edit_banner.isVisibleTo(form)

    # Typing that is not saved is never replaced by choosing a row.
    form.title_edit.setText("Đang gõ dở")
    logged.table.setFocus()
    logged.table.selectRow(3)
    assert form.title_edit.text() == "Đang gõ dở" and not form.is_editing


def test_undo_from_the_menu_action(logged) -> None:  # type: ignore[no-untyped-def]
    logged.table.selectRow(0)
    logged.log_actions.delete.trigger()
    assert logged.model.rowCount() == 3
    assert logged.log_actions.undo.isEnabled()
    assert logged.log_actions.undo.text().startswith("Hoàn tác xóa “")
    logged.log_actions.undo.trigger()
    assert logged.model.rowCount() == 4
    logged.log_actions.redo.trigger()
    assert logged.model.rowCount() == 3


def test_unsortable_column_keeps_the_order(logged) -> None:  # type: ignore[no-untyped-def]
    header = logged.table.horizontalHeader()
    header.setSortIndicator(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(logged)[0] == "Bản tin tối"
    header.setSortIndicator(Column.MINUTES, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.TITLE
    assert _titles(logged)[0] == "Bản tin tối"


def test_an_unreadable_filter_date_is_reported(logged, main_window) -> None:  # type: ignore[no-untyped-def]
    bar = logged.filter_bar
    bar.from_edit.setFocus()
    type_text("abc")
    bar.search_edit.setFocus()
    assert main_window.statusBar().currentMessage() == (
        "Từ ngày: Ngày không hợp lệ: “abc” (cần dạng dd/mm/yyyy).")
    assert logged.model.rowCount() == 4
