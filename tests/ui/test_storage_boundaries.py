"""Issue 10 (storage side) seen from the window: a busy file, read-only media."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.ui.context import AppContext
from tests.exchange_helpers import Installations
from tests.locking import write_lock_held
from tests.ui.conftest import press, settle, tab, type_text


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


def _problem_of(form, field: str) -> str:  # type: ignore[no-untyped-def]
    # Narrow fields (the measures) show their message in a line under the row.
    return form.boxes[field].problem_label.text() or form._narrow_texts.get(field, "")


@pytest.mark.parametrize("digits", ["１２", "²", "٣"])
def test_digits_that_are_not_ascii_get_a_message_beside_the_field(
        main_window, digits: str) -> None:  # type: ignore[no-untyped-def]
    form = _type_record(main_window, "Tin OCOP")
    form.boxes["airings"].editor.setText(digits)
    press(Qt.Key.Key_Return)
    assert "số nguyên" in _problem_of(form, "airings")
    assert main_window.ctx.repo.record_count() == 0


@pytest.mark.parametrize("char", ["\u2028", "\x1b", "\x00"])
def test_a_pasted_control_character_is_refused_naming_the_field(
        main_window, char: str) -> None:  # type: ignore[no-untyped-def]
    form = _type_record(main_window, "Tin OCOP")
    form.title_edit.setText(f"Tin OCOP{char}na Chi Lăng")  # as a paste would
    press(Qt.Key.Key_Return)
    assert "ký tự điều khiển" in _problem_of(form, "title")
    assert main_window.ctx.repo.record_count() == 0


def test_decomposed_text_from_the_keyboard_is_stored_composed(main_window) -> None:  # type: ignore[no-untyped-def]
    title = unicodedata.normalize("NFD", "Phát thanh tiếng Tày ở Đồng Đăng")
    _type_record(main_window, title)
    press(Qt.Key.Key_Return)
    [record] = main_window.ctx.repo.query_records(RecordQuery())
    assert record.title == unicodedata.normalize("NFC", title)


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def test_import_page_batch_with_hostile_files_imports_the_good_ones(
        places: Installations, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.import_models import PreviewModel
    from ocop_desktop.ui.import_page import ImportPage
    from tests.operations.test_import_boundaries import _hostile_batch

    good, bad = _hostile_batch(places)
    repo = places.make("178")
    ctx = AppContext(repo, places.folder / "178.sqlite")
    try:
        page = ImportPage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.add_paths([*good, *bad])
        settle(qtbot)  # the files are checked in a worker thread
        assert page.model.rowCount() == 6
        page.import_button.click()
        settle(qtbot)
        results = {str(page.model.index(r, PreviewModel.FILE).data()):
                   str(page.model.index(r, PreviewModel.RESULT).data()) for r in range(6)}
        assert results == {**{p.name: "Đã nhập" for p in good},
                           **{p.name: "Không nhập được" for p in bad}}, results
        assert repo.record_count() == 5
        assert not message_boxes.shown
    finally:
        shiboken6.delete(ctx)


def test_a_data_file_on_read_only_media_shows_the_log_and_says_it_cannot_save(
        tmp_path: Path, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.app import acquire_lock, open_repository
    from ocop_desktop.ui.main_window import MainWindow
    from tests.mounts import remount, tmpfs
    from tests.storage.test_failure_paths import _station

    with tmpfs(tmp_path / "cd", "8m") as media:
        db = media / "ocop.sqlite"
        _station(db, tmp_path, records=2)
        remount(media, "ro")
        try:
            lock = acquire_lock(db)
            assert lock is not None  # no lock file on read-only media, yet it opens
            repo = open_repository(db)
            assert repo is not None and repo.db.read_only
            ctx = AppContext(repo, db)
            window = MainWindow(ctx)  # deleted below, before the file system is remounted
            window.show()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            assert window.log_page.model.rowCount() == 2  # the log reads as usual
            form = _type_record(window, "Tin trên đĩa chỉ đọc")
            press(Qt.Key.Key_Return)
            assert "chỉ đọc" in form.state_label.text()
            assert form.title_edit.text() == "Tin trên đĩa chỉ đọc"
            assert repo.record_count() == 2
            assert not message_boxes.shown
            window.close()
            shiboken6.delete(window)
            shiboken6.delete(ctx)
            repo.db.close()
        finally:
            remount(media, "rw")
