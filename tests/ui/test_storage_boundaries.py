"""Issue 10 (storage side) seen from the window: a busy file, read-only media."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.locking import write_lock_held
from tests.ui.conftest import press, tab, type_text


def _type_record(window, title: str) -> object:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    type_text("21/06/2021")
    tab()
    type_text("0630")
    tab()
    type_text("ocop")
    tab()
    tab()
    type_text(title)
    tab()
    type_text("1")
    tab()
    type_text("2")
    tab()
    type_text("15")
    return form


def test_a_save_while_another_process_holds_the_file_keeps_the_record_to_save_again(
        main_window, message_boxes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo = main_window.ctx.repo
    repo.db.execute("PRAGMA busy_timeout = 300")  # the 5 s of the app, shortened for the test
    title = "Tin OCOP gõ trong lúc tệp bận"
    form = _type_record(main_window, title)
    with write_lock_held(tmp_path / "test.sqlite"):
        press(Qt.Key.Key_Return)
        assert repo.record_count() == 0
        text = form.state_label.text()
        assert "đang bận" in text and "\n" not in text
        assert form.title_edit.text() == title  # the typed record is still in the form
        assert not message_boxes.shown  # one line in the form, no dialog, no traceback
    press(Qt.Key.Key_Return)  # the other process is done: save again
    assert repo.record_count() == 1
    assert main_window.log_page.model.record(0).title == title
