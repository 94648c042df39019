"""The one way a form shows its problems: each under its field, the rest on a summary line.

Every form of the window (the record form, the catalogue and settings dialogs, the send
dialog, the setup pieces) keeps its fields in ``FieldBox`` frames keyed by the name that
``Problem.field`` uses, and hands the problems of a check or of a refused save to
``show_problems``. It clears what an earlier check showed, writes each problem's text under
its field (all texts of one field, once each), puts the problems that belong to no field on
the form's summary line ("Field: what is wrong", since no label stands beside it), focuses
the first wrong field, and says what it did.

Words come from ``texts.problem_texts`` only: ``problem_text`` under a field (the label next
to it names the field), ``problem_line`` on the summary line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ocop_desktop.domain.validation import Problem, ProblemCode
from ocop_desktop.texts.problem_texts import problem_line, problem_text
from ocop_desktop.ui.widgets import DateEdit, FieldBox

DATE_FORMAT = "dd/mm/yyyy"  # how a date field reads, said in a problem's text


@dataclass(frozen=True, slots=True)
class ShownProblems:
    """What ``show_problems`` showed: the text under each field, and what had no field."""

    fields: dict[str, str] = field(default_factory=dict)
    elsewhere: list[Problem] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.fields or self.elsewhere)


def clear_problems(boxes: Mapping[str, FieldBox], summary: QLabel | None = None) -> None:
    """Remove every problem a form shows."""
    for box in boxes.values():
        box.clear_problem()
    if summary is not None:
        summary.clear()
        summary.hide()


def show_problems(boxes: Mapping[str, FieldBox], problems: Iterable[Problem], *,
                  summary: QLabel | None = None,
                  text: Callable[[Problem], str] = problem_text,
                  order: Sequence[str] | None = None,
                  inline: Callable[[str], bool] | None = None,
                  focus: bool = True) -> ShownProblems:
    """Show ``problems`` on the form whose fields are ``boxes``; replaces what was shown.

    A problem goes under the box of its field unless that box is hidden (a measure the
    chosen form does not have); the others go to ``summary`` (shown only while it has a
    line; without a summary label the caller says them in its own place). ``text`` words a
    problem under its field; ``inline(name)`` False writes it only as the editor's tooltip
    (the caller shows it on a wider line). The first wrong field in ``order`` (by default
    the order of ``boxes``) takes the focus. The result is true when anything was shown.
    """
    clear_problems(boxes, summary)
    texts: dict[str, list[str]] = {}
    elsewhere: list[Problem] = []
    for problem in problems:
        box = boxes.get(problem.field)
        if box is None or box.isHidden():
            elsewhere.append(problem)
        else:
            texts.setdefault(problem.field, []).append(text(problem))
    shown: dict[str, str] = {}
    for name, lines in texts.items():
        shown[name] = " ".join(dict.fromkeys(lines))
        boxes[name].show_problem(shown[name], inline=inline is None or inline(name))
    if summary is not None and elsewhere:
        summary.setText("\n".join(problem_line(p) for p in elsewhere))
        summary.show()
    if focus:
        first = next((name for name in (order or boxes) if name in shown), None)
        if first is not None:
            boxes[first].editor.setFocus(Qt.FocusReason.OtherFocusReason)
    return ShownProblems(shown, elsewhere)


def date_problems(name: str, edit: DateEdit, *, required: bool) -> list[Problem]:
    """What is wrong with a date field: unreadable text, or nothing typed where required."""
    if not edit.has_valid_text():
        return [Problem(name, ProblemCode.BAD_DATE, {"value": edit.text().strip(),
                                                     "format": DATE_FORMAT})]
    if required and edit.date() is None:
        return [Problem(name, ProblemCode.REQUIRED)]
    return []
