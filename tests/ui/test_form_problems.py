"""The one form-problem helper: problems under their fields, the rest on the summary line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

from ocop_desktop.domain.validation import Problem, ProblemCode
from ocop_desktop.ui.form_problems import clear_problems, date_problems, show_problems
from ocop_desktop.ui.widgets import DateEdit, FieldBox

REQUIRED = "Chưa nhập, đây là thông tin bắt buộc."


def _form(qtbot, names: tuple[str, ...]) -> tuple[QDialog, dict[str, FieldBox], QLabel]:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    boxes = {name: FieldBox(QLineEdit(dialog), dialog) for name in names}
    for box in boxes.values():
        layout.addWidget(box)
    summary = QLabel(dialog)
    layout.addWidget(summary)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, boxes, summary


def test_problems_go_under_their_fields_and_the_rest_to_the_summary(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, boxes, summary = _form(qtbot, ("name", "code", "note"))
    boxes["note"].hide()  # a field that does not apply now is no place for a problem
    shown = show_problems(boxes, [
        Problem("code", ProblemCode.REQUIRED),
        Problem("name", ProblemCode.REQUIRED),
        Problem("name", ProblemCode.REQUIRED),  # the same text once
        Problem("note", ProblemCode.REQUIRED),
        Problem("place", ProblemCode.REQUIRED),
    ], summary=summary)
    assert shown
    assert shown.fields == {"code": REQUIRED, "name": REQUIRED}
    assert [p.field for p in shown.elsewhere] == ["note", "place"]
    assert boxes["name"].problem() == REQUIRED and boxes["note"].problem() == ""
    assert summary.isVisible() and summary.text().count("\n") == 1
    assert dialog.focusWidget() is boxes["name"].editor  # the first wrong one, in form order

    # A second check replaces what the first one showed.
    shown = show_problems(boxes, [Problem("code", ProblemCode.TOO_LONG, {"max": 5})],
                          summary=summary, order=("note", "code", "name"))
    assert list(shown.fields) == ["code"] and not shown.elsewhere
    assert boxes["name"].problem() == "" and boxes["code"].problem()
    assert summary.isHidden()
    assert dialog.focusWidget() is boxes["code"].editor

    assert not show_problems(boxes, [], summary=summary)
    assert all(not box.problem() for box in boxes.values())


def test_a_narrow_field_keeps_its_text_as_a_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    _dialog, boxes, _summary = _form(qtbot, ("time",))
    shown = show_problems(boxes, [Problem("time", ProblemCode.REQUIRED)],
                          inline=lambda name: name != "time", focus=False)
    assert shown.fields == {"time": REQUIRED}
    assert boxes["time"].problem() == "" and boxes["time"].editor.toolTip() == REQUIRED
    clear_problems(boxes)
    assert boxes["time"].editor.toolTip() == ""


def test_date_problems(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert date_problems("day", edit, required=False) == []
    assert [p.code for p in date_problems("day", edit, required=True)] == [ProblemCode.REQUIRED]
    edit.setText("31/02/2021")
    (problem,) = date_problems("day", edit, required=False)
    assert problem.code is ProblemCode.BAD_DATE and problem.params["value"] == "31/02/2021"
    edit.setText("21/06/2021")
    assert date_problems("day", edit, required=True) == []
