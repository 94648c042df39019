"""The entry form, used by keyboard as an operator does: type, Tab, Enter; see the row."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ocop_desktop import operations
from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.ui.log_table import Column
from tests.conftest import COMMUNE, make_record
from tests.ui.conftest import focused, press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _start(window) -> object:  # type: ignore[no-untyped-def]
    page = window.log_page
    form = page.form
    form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is form.date_edit
    return form


def test_type_a_record_and_press_enter(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = _start(main_window)
    table_model = main_window.log_page.model
    type_text("21/06/2021")
    tab()
    type_text("0630")
    tab()
    type_text("ocop")  # the topic, found by its code
    tab()
    assert focused() is form.form_combo
    tab()
    assert focused() is form.title_edit
    type_text("Giới thiệu sản phẩm na Chi Lăng đạt 4 sao")
    tab()
    type_text("1")
    tab()
    type_text("2")
    tab()
    type_text("15")
    press(Qt.Key.Key_Return)

    assert table_model.rowCount() == 1
    saved = table_model.record(0)
    assert saved is not None
    assert (saved.date, saved.time, saved.topic_code, saved.form_code) == (
        dt.date(2021, 6, 21), dt.time(6, 30), "OCOP", "radio")
    assert saved.title == "Giới thiệu sản phẩm na Chi Lăng đạt 4 sao"
    assert (saved.items, saved.airings, saved.minutes) == (1, 2, 15)
    assert saved.unit_code == COMMUNE and saved.entered_by is None
    assert table_model.data(table_model.index(0, Column.TITLE)) == saved.title
    # The form starts the NEXT record at once, prefilled from this one (its date too), with
    # the cursor in the title: typing the next airing never overwrites this one.
    assert not form.is_editing and form.current_uuid != saved.uuid
    assert form.date_edit.text() == "21/06/2021" and form.time_edit.text() == "06:30"
    assert form.topic_combo.current_code() == "OCOP" and form.title_edit.text() == ""
    assert focused() is form.title_edit
    assert not form.has_unsaved_changes()
    # Selected in the table, and audited.
    assert main_window.log_page.selected_records() == [saved]
    assert main_window.ctx.repo.audit_entries("record", saved.uuid)[0]["action"] == "create"


def test_save_shortcuts_are_in_the_menu(main_window) -> None:  # type: ignore[no-untyped-def]
    texts = {a.text(): a.shortcut().toString() for a in main_window.log_menu.actions()
             if not a.isSeparator()}
    assert texts["&Lưu bản ghi"] == "Ctrl+S"
    assert texts["Ghi và &tạo mới"] == "Ctrl+Return"
    assert texts["&Nhân bản"] == "Ctrl+D"
    assert texts["Ghi &mới"] == "Ctrl+N"
    assert texts["&Xóa"] == "Del"
    assert texts["&Sửa"] == "F2"


def test_ctrl_s_saves_and_ctrl_enter_saves_and_starts_a_new_one(main_window) -> None:  # type: ignore[no-untyped-def]
    form = _start(main_window)
    model = main_window.log_page.model
    type_text("21/06/2021")
    tab(2)
    type_text("OCOP")
    form.title_edit.setFocus()
    type_text("Bản tin thứ nhất")
    press(Qt.Key.Key_S, CTRL)
    assert form.problems_shown() == {}
    assert model.rowCount() == 1 and not form.is_editing
    assert form.date_edit.text() == "21/06/2021"

    press(Qt.Key.Key_N, CTRL)
    assert not form.is_editing and form.title_edit.text() == ""
    # The defaults come from the last entry: same topic, form, time; the date is today.
    assert form.topic_combo.current_code() == "OCOP"
    assert focused() is form.date_edit
    type_text("22/06/2021")
    form.title_edit.setFocus()
    type_text("Bản tin thứ hai")
    press(Qt.Key.Key_Return, CTRL)
    assert model.rowCount() == 2
    # Save and new: an empty title, ready for the next line, focus on the title; the date
    # stays the one just saved (logging yesterday's airings keeps yesterday).
    assert not form.is_editing
    assert form.title_edit.text() == "" and focused() is form.title_edit
    assert form.date_edit.text() == "22/06/2021"
    titles = {r.title for r in main_window.ctx.repo.query_records(RecordQuery())}
    assert titles == {"Bản tin thứ nhất", "Bản tin thứ hai"}


def test_invalid_input_shows_messages_beside_fields_and_saves_nothing(main_window) -> None:  # type: ignore[no-untyped-def]
    form = _start(main_window)
    type_text("31/02/2021")  # no such day
    tab()
    type_text("25:99")
    tab()
    type_text("khong co chu de nay")
    form.title_edit.setFocus()
    form.title_edit.clear()
    form.measure_edits[next(iter(form.measure_edits))].setFocus()
    type_text("mot")
    press(Qt.Key.Key_Return)

    shown = form.problems_shown()
    assert shown["date"] == "Ngày không có thật: “31/02/2021” — tháng 2 năm 2021 chỉ có 28 ngày."
    assert shown["time"] == "Giờ không hợp lệ: “25:99” (cần dạng HH:MM)."
    assert shown["topic_code"] == "Không có chủ đề mã “khong co chu de nay”."
    assert shown["title"] == "Chưa nhập, đây là thông tin bắt buộc."
    assert shown["items"] == "Phải là một số nguyên."
    assert form.boxes["title"].problem_label.isVisible()
    assert main_window.ctx.repo.record_count() == 0
    assert main_window.log_page.model.rowCount() == 0
    assert focused() is form.date_edit  # the first wrong field

    # Fixing a field clears its message as soon as it is touched.
    form.title_edit.setFocus()
    type_text("Có tiêu đề")
    assert "title" not in form.problems_shown()


def test_domain_problems_show_next_to_their_field(main_window) -> None:  # type: ignore[no-untyped-def]
    form = _start(main_window)
    type_text("21/06/2019")  # before the OCOP topic's period
    form.topic_combo.setFocus()
    type_text("OCOP")
    form.title_edit.setFocus()
    type_text("Tin cũ")
    press(Qt.Key.Key_S, CTRL)
    assert form.problems_shown() == {
        "topic_code": "Chủ đề “OCOP” không còn hiệu lực vào ngày này "
                      "(hiệu lực 01/01/2021 – 31/12/2025)."}
    assert main_window.ctx.repo.record_count() == 0


def test_measures_follow_the_form(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = main_window.log_page.form
    form.form_combo.set_code("meeting")
    visible = {m.value for m, e in form.measure_edits.items() if e.isVisibleTo(form)}
    assert visible == {"items", "participants"}
    assert not form.source_combo.isEnabled()
    form.form_combo.set_code("relay")
    visible = {m.value for m, e in form.measure_edits.items() if e.isVisibleTo(form)}
    assert visible == {"airings", "minutes"}
    assert form.source_combo.isEnabled()


def test_duplicate_makes_a_new_record_with_the_same_content(main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.log_page
    original = make_record(title="Tiếp sóng thời sự VOV", form_code="relay", items=None,
                           airings=1, minutes=30, source="vov")
    main_window.ctx.apply(operations.save_record, record=original)
    page.table.setFocus()
    page.table.selectRow(0)
    press(Qt.Key.Key_D, CTRL)
    form = page.form
    assert not form.is_editing and form.current_uuid != original.uuid
    assert form.title_edit.text() == original.title
    assert focused() is form.date_edit
    type_text("22/06/2021")
    press(Qt.Key.Key_Return)
    records = main_window.ctx.repo.query_records(RecordQuery())
    assert len(records) == 2
    copy = next(r for r in records if r.uuid != original.uuid)
    assert copy.date == dt.date(2021, 6, 22)
    assert (copy.title, copy.form_code, copy.minutes, copy.source) == (
        original.title, "relay", 30, "vov")


def test_edit_a_row_from_the_table(main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.log_page
    record = make_record(title="Tin cần sửa")
    main_window.ctx.apply(operations.save_record, record=record)
    page.table.setFocus()
    page.table.selectRow(0)
    press(Qt.Key.Key_F2)
    form = page.form
    assert form.is_editing and form.title_edit.text() == "Tin cần sửa"
    assert focused() is form.title_edit
    type_text("Tin đã sửa")
    press(Qt.Key.Key_Return)
    stored = main_window.ctx.repo.record(record.uuid)
    assert stored is not None and stored.title == "Tin đã sửa"
    assert main_window.ctx.repo.record_count() == 1
    actions = [e["action"] for e in main_window.ctx.repo.audit_entries("record", record.uuid)]
    assert actions == ["create", "update"]


def test_escape_starts_over(main_window) -> None:  # type: ignore[no-untyped-def]
    form = _start(main_window)
    form.title_edit.setFocus()
    type_text("Gõ dở")
    press(Qt.Key.Key_Escape)
    assert form.title_edit.text() == "" and not form.has_unsaved_changes()
    assert main_window.ctx.repo.record_count() == 0


def test_undo_a_save(main_window) -> None:  # type: ignore[no-untyped-def]
    form = _start(main_window)
    type_text("21/06/2021")
    form.topic_combo.setFocus()
    type_text("ocop")
    form.title_edit.setFocus()
    type_text("Lỡ tay ghi")
    press(Qt.Key.Key_Return)
    assert main_window.ctx.repo.record_count() == 1
    main_window.log_page.table.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    assert main_window.ctx.repo.record_count() == 0  # kept as deleted, not erased
    assert main_window.log_page.model.rowCount() == 0
    press(Qt.Key.Key_Y, CTRL)
    assert main_window.ctx.repo.record_count() == 1


def test_an_office_logs_for_a_child_unit(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.domain.records import Installation, Role
    from ocop_desktop.ui.record_form import RecordForm

    ctx.apply(operations.save_installation, installation=Installation(
        unit_code="178", role=Role.OFFICE, signer_name="Lê Thị B"))
    form = RecordForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert form.unit_combo.isVisible()
    form.date_edit.set_date(dt.date(2021, 6, 21))
    form.unit_combo.set_code("05983")
    form.topic_combo.set_code("OCOP")
    form.title_edit.setText("Phường Đồng Đăng tuyên truyền OCOP")
    assert form.save()
    record = ctx.repo.query_records(RecordQuery())[0]
    assert record.unit_code == "05983" and record.entered_by == "178"


@pytest.mark.parametrize("field", ["topic_combo", "form_combo", "language_combo", "operator_edit"])
def test_enter_saves_from_any_field(main_window, field: str) -> None:  # type: ignore[no-untyped-def]
    form = _start(main_window)
    type_text("21/06/2021")
    form.topic_combo.setFocus()
    type_text("QD861")
    form.title_edit.setFocus()
    type_text("Bản tin")
    getattr(form, field).setFocus()
    press(Qt.Key.Key_Return)
    assert main_window.ctx.repo.record_count() == 1
