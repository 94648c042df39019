"""Input widgets: dates and times as people type them, combos found without diacritics."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ocop_desktop.ui.widgets import DateEdit, SearchCombo, parse_date, parse_time
from tests.ui.conftest import press, type_text

TODAY = dt.date(2021, 8, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("21/06/2021", dt.date(2021, 6, 21)), ("21-6-2021", dt.date(2021, 6, 21)),
    ("21.6.21", dt.date(2021, 6, 21)), ("21062021", dt.date(2021, 6, 21)),
    ("210621", dt.date(2021, 6, 21)), ("5/6", dt.date(2021, 6, 5)), ("0506", dt.date(2021, 6, 5)),
    ("7", dt.date(2021, 8, 7)), ("2021-06-21", dt.date(2021, 6, 21)),
    ("31/12/2021", dt.date(2021, 12, 31)), (" 1 / 2 / 2022 ", dt.date(2022, 2, 1)),
    ("31/02/2021", None), ("", None), ("hôm qua", None), ("1/2/21021", None), ("123", None),
])
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("6:30", dt.time(6, 30)), ("06:30", dt.time(6, 30)), ("0630", dt.time(6, 30)),
    ("630", dt.time(6, 30)), ("6h30", dt.time(6, 30)), ("6h", dt.time(6, 0)),
    ("18", dt.time(18, 0)), ("17.15", dt.time(17, 15)), ("25:00", None), ("6:75", None),
    ("sáng", None), ("", None),
])
def test_parse_time(text: str, expected: dt.time | None) -> None:
    assert parse_time(text) == expected


def test_date_edit_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_date(dt.date(2021, 1, 31))
    edit.setFocus()
    with qtbot.waitSignal(edit.date_changed):
        press(Qt.Key.Key_Up, widget=edit)
    assert edit.date() == dt.date(2021, 2, 1) and edit.text() == "01/02/2021"
    press(Qt.Key.Key_PageDown, widget=edit)
    assert edit.date() == dt.date(2021, 1, 1)
    edit.selectAll()
    type_text("5/6/2021", edit)
    edit.editingFinished.emit()
    assert edit.text() == "05/06/2021"
    edit.setText("ngày mai")
    assert not edit.has_valid_text() and edit.date() is None


def test_search_combo_finds_without_diacritics(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = SearchCombo()
    qtbot.addWidget(combo)
    combo.set_entries([("05983", "05983 — Phường Đồng Đăng"), ("05986", "05986 — Xã Hoàng Đồng"),
                       ("178", "178 — Thành phố Lạng Sơn")])
    combo.setEditText("dong dang")
    assert combo.current_code() == "05983"
    combo.setEditText("ĐỒNG")  # two entries: not decided yet
    assert combo.current_code() is None
    combo.setEditText("178")
    assert combo.current_code() == "178"
    combo.set_code("05986")
    assert combo.currentText() == "05986 — Xã Hoàng Đồng" and combo.current_code() == "05986"
    combo.set_code("99999")
    assert combo.current_code() is None and combo.currentText() == ""
