"""Issue 11, "the first month in an operator's hands", driven by keyboard with the real event
loop: a fresh install to a first airing with a new topic; Enter/Ctrl+Enter start the next
record with the same date; editing only after choosing a row; undo; Esc asks; drafts survive a
crash; each role sees its own pages; demo data for the own unit, removable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ocop_desktop import operations
from ocop_desktop.domain.records import Installation, RecordQuery, Role
from ocop_desktop.operations import drafts, maintenance
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.context import AppContext
from tests.conftest import COMMUNE, make_record
from tests.ui.conftest import focused, press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
# The window and the commands read the real clock, so the tests do too: read per test, never
# at import (a run that crosses midnight would otherwise compare with yesterday).
TODAY: dt.date


@pytest.fixture(autouse=True)
def _today() -> None:
    global TODAY
    TODAY = dt.date.today()


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard delivers it: to an open popup (a completer's list grabs the
    keyboard on a real screen; offscreen it cannot, so the key is sent to it here)."""
    press(k, modifiers, widget=QApplication.activePopupWidget() or focused())


def tab_to(widget: QWidget, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the focus (a person tabbing through a dialog)."""
    for _ in range(limit):
        if focused() is widget:
            return
        tab()
    raise AssertionError(f"Tab never reached {widget!r}; focus is on {focused()!r}")


class ModalAnswers:
    """Answers the real modal message boxes as they open: checks the text, presses a key.

    ``expect(text_part, key)`` queues one answer; a timer watches for the next modal box."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.queue: list[tuple[str, Qt.Key]] = []
        self.seen: list[str] = []
        self.wrong: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        qtbot.addWidget  # noqa: B018 - the timer is stopped by ``stop``

    def expect(self, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
        self.queue.append((text, key))

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        text, key = self.queue.pop(0) if self.queue else ("(none expected)", Qt.Key.Key_Escape)
        self.seen.append(box.text())
        if text not in box.text():  # not the box expected: leave it without a choice
            self.wrong.append((text, box.text()))
            key = Qt.Key.Key_Escape
        press(key, widget=box.focusWidget() or box)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def answers(qtbot):  # type: ignore[no-untyped-def]
    modal = ModalAnswers(qtbot)
    yield modal
    modal.stop()
    assert not modal.wrong, f"unexpected message boxes: {modal.wrong}"
    assert not modal.queue, f"message boxes that never opened: {modal.queue}"


# -- 1. the first airing, on a fresh install, without a mouse ---------------------------------

def test_fresh_install_to_first_airing_with_a_new_topic_by_keyboard(  # type: ignore[no-untyped-def]
        tmp_path: Path, qapp, qtbot, answers) -> None:
    from ocop_desktop.ui.main_window import MainWindow
    from ocop_desktop.ui.setup_wizard import SetupWizard

    db = open_database(tmp_path / "new.sqlite")
    repo = Repository(db)
    ctx = AppContext(repo, tmp_path / "new.sqlite")
    try:
        wizard = SetupWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        press(Qt.Key.Key_Return)  # Welcome: "Tiếp theo"
        assert wizard.currentPage() is wizard.unit_page
        chooser = wizard.unit_page.chooser
        tab_to(chooser.code_edit)
        type_text("05986")
        tab_to(chooser.name_edit)
        type_text("Xã Hoàng Đồng")
        press(Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.header_page
        fields = wizard.header_page.fields
        for name, text in (("signer_name", "Hoàng Văn Thắng"), ("place", "Lạng Sơn"),
                           ("issuing_body", "UBND XÃ HOÀNG ĐỒNG")):
            tab_to(fields.edits[name])
            fields.edits[name].selectAll()
            type_text(text)
        press(Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.topics_page
        # A starter set valid today; untick the first one with the space bar.
        table = wizard.topics_page.table
        assert table.rowCount() >= 6
        tab_to(table)
        assert table.currentRow() == 0 and table.currentColumn() == 0
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.demo_page
        press(Qt.Key.Key_Return)  # "Hoàn tất"
        qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted)
        installation = repo.installation()
        assert installation is not None and installation.unit_code == "05986"
        topics = {t.code: t for t in repo.topics()}
        assert "CSPL" not in topics and "NTM" in topics  # the unticked one was left out
        for topic in topics.values():
            assert topic.valid_from is not None and topic.valid_from <= TODAY
            assert topic.valid_to is not None and topic.valid_to >= TODAY

        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        page = window.log_page
        form = page.form
        assert "Chưa có bản ghi nào" in page.table.empty_text
        assert "chưa có chủ đề" not in page.table.empty_text  # the starter set is there
        form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
        tab()  # time: left empty
        tab()
        assert focused() is form.topic_combo
        type_text("Tuyên truyền bầu cử")  # a name that matches no topic
        answers.expect("Thêm chủ đề mới “Tuyên truyền bầu cử”?")  # Enter = yes
        tab()
        qtbot.waitUntil(lambda: not answers.queue)
        assert not answers.wrong, answers.wrong
        qtbot.waitUntil(window.isActiveWindow)
        assert focused() is form.form_combo  # the cursor went on, as Tab asked
        created = [t for t in repo.topics() if t.name == "Tuyên truyền bầu cử"]
        assert len(created) == 1 and created[0].code == "TTBC"
        assert form.topic_combo.current_code() == "TTBC"
        tab_to(form.title_edit)
        type_text("Thông báo lịch bầu cử")
        press(Qt.Key.Key_Return)
        records = repo.query_records(RecordQuery())
        assert [(r.title, r.topic_code, r.date) for r in records] == [
            ("Thông báo lịch bầu cử", "TTBC", TODAY)]
        window.close()
        shiboken6.delete(window)
    finally:
        shiboken6.delete(ctx)
        db.close()


# -- 2. typing never edits by accident -----------------------------------------------------------

def _type_airing(form, date: str | None, title: str) -> None:  # type: ignore[no-untyped-def]
    if date is not None:
        form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
        type_text(date)
        tab(2)
        type_text("ocop")
        key(Qt.Key.Key_Tab)
        tab_to(form.title_edit)
    assert focused() is form.title_edit
    type_text(title)


@pytest.mark.parametrize("save_key", [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Return, CTRL)])
def test_enter_and_ctrl_enter_start_a_new_record_with_the_same_date(  # type: ignore[no-untyped-def]
        main_window, save_key) -> None:
    form = main_window.log_page.form
    repo = main_window.ctx.repo
    _type_airing(form, "20/06/2021", "Bản tin thứ nhất")
    press(*save_key)
    assert not form.is_editing and focused() is form.title_edit
    assert form.date_edit.text() == "20/06/2021"  # yesterday's airings keep yesterday
    _type_airing(form, None, "Bản tin thứ hai")  # straight on, the cursor is in the title
    press(*save_key)
    _type_airing(form, None, "Bản tin thứ ba")
    press(*save_key)
    records = repo.query_records(RecordQuery())
    assert sorted(r.title for r in records) == ["Bản tin thứ ba", "Bản tin thứ hai",
                                               "Bản tin thứ nhất"]
    assert {r.date for r in records} == {dt.date(2021, 6, 20)}
    assert {r.topic_code for r in records} == {"OCOP"}
    assert main_window.undo_button.isVisible()  # "Hoàn tác" offered after each save


def test_edit_only_after_choosing_with_a_banner_and_esc_stops(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = main_window.log_page
    form = page.form
    repo = main_window.ctx.repo
    first = make_record(title="Bản tin cần sửa", date=dt.date(2021, 6, 21))
    main_window.ctx.apply(operations.save_record, record=first)
    page.table.setFocus()
    page.table.selectRow(0)
    assert not form.is_editing  # chosen, not yet edited
    press(Qt.Key.Key_F2)
    assert form.is_editing and form.edit_banner.isVisible()
    assert "Bản tin cần sửa" in form.edit_banner.text()
    assert "21/06/2021" in form.edit_banner.text() and "Esc" in form.edit_banner.text()
    press(Qt.Key.Key_Escape)  # nothing typed: stop at once
    assert not form.is_editing and not form.edit_banner.isVisible()
    # A double-click edits too.
    rect = page.table.visualRect(page.model.index(0, 3))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not form.is_editing  # one click chooses only
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.is_editing and focused() is form.title_edit
    type_text("Bản tin đã sửa")
    press(Qt.Key.Key_Return)
    assert repo.record(first.uuid).title == "Bản tin đã sửa"  # type: ignore[union-attr]
    assert repo.record_count() == 1
    assert not form.is_editing and not form.edit_banner.isVisible()


def test_ctrl_z_undoes_saves_edits_and_deletes_once_out_of_the_typing(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = main_window.log_page
    form = page.form
    repo = main_window.ctx.repo
    _type_airing(form, "21/06/2021", "Lỡ tay ghi")
    press(Qt.Key.Key_Return)
    assert repo.record_count() == 1
    # The cursor is in the (fresh) title: Ctrl+Z there undoes the save itself.
    assert focused() is form.title_edit
    press(Qt.Key.Key_Z, CTRL)
    assert repo.record_count() == 0
    press(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert repo.record_count() == 1
    # While typing, Ctrl+Z undoes the typing, not the save.
    type_text("abc")
    press(Qt.Key.Key_Z, CTRL)
    assert form.title_edit.text() == "" and repo.record_count() == 1
    # An edit, undone from the table.
    page.table.setFocus()
    page.table.selectRow(0)
    press(Qt.Key.Key_Return)
    form.title_edit.selectAll()
    type_text("Đã sửa")
    press(Qt.Key.Key_Return)
    uuid = repo.query_records(RecordQuery())[0].uuid
    assert repo.record(uuid).title == "Đã sửa"  # type: ignore[union-attr]
    page.table.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    assert repo.record(uuid).title == "Lỡ tay ghi"  # type: ignore[union-attr]
    # A delete, undone by the "Hoàn tác" button shown after it.
    page.table.setFocus()
    press(Qt.Key.Key_Home)  # the first row, chosen by keyboard
    assert page.selected_rows() == [0]
    press(Qt.Key.Key_Delete)
    assert repo.record_count() == 0
    assert main_window.undo_button.isVisible()
    main_window.undo_button.setFocus()
    press(Qt.Key.Key_Space, widget=main_window.undo_button)
    assert repo.record_count() == 1


# -- 3. nothing typed is lost ---------------------------------------------------------------------

def test_escape_asks_before_discarding_and_clears_the_problems(main_window, message_boxes) -> None:  # type: ignore[no-untyped-def]
    form = main_window.log_page.form
    form.title_edit.setFocus()
    type_text("Gõ dở")
    form.date_edit.setFocus()
    form.date_edit.selectAll()
    type_text("31/11/2026")
    press(Qt.Key.Key_Return)  # two problems: no topic, a day that does not exist
    shown = form.problems_shown()
    assert "tháng 11 chỉ có 30 ngày" in shown["date"]
    assert "Chưa lưu" in main_window.statusBar().currentMessage()
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    press(Qt.Key.Key_Escape)
    assert message_boxes.shown[-1][0] == "question"
    assert form.title_edit.text() == "Gõ dở"  # kept: the user said Cancel
    message_boxes.answer = QMessageBox.StandardButton.Discard
    press(Qt.Key.Key_Escape)
    assert form.title_edit.text() == "" and form.problems_shown() == {}
    assert all(not label.styleSheet() for label in form.labels.values())
    assert main_window.statusBar().currentMessage() == ""
    assert main_window.ctx.repo.record_count() == 0


def test_a_draft_is_kept_and_offered_back_after_a_crash(  # type: ignore[no-untyped-def]
        station: Repository, tmp_path: Path, qapp, qtbot, answers) -> None:
    from ocop_desktop.ui.main_window import MainWindow

    db_path = tmp_path / "test.sqlite"
    ctx = AppContext(station, db_path)
    window = MainWindow(ctx)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.log_page.form
    form.title_edit.setFocus()
    type_text("Thông báo lịch tiêm chủng")
    form.date_edit.setFocus()
    form.date_edit.selectAll()
    type_text("05/06/2021")
    # Written to the data file by the form's own timer, at most 5 seconds after the last
    # keystroke, as another process (a second connection) sees it. (The bound is the
    # timer's; the wait is generous so that a busy machine does not fail the test.)
    from ocop_desktop.ui.record_form.form import DRAFT_DELAY_MS

    assert DRAFT_DELAY_MS <= 5000
    other = Repository(open_database(station.db.conn.execute("PRAGMA database_list")
                                     .fetchone()[2]))
    qtbot.waitUntil(lambda: drafts.load_draft(other) is not None, timeout=30_000)
    draft = drafts.load_draft(other)
    assert draft is not None and draft.fields["title"] == "Thông báo lịch tiêm chủng"
    other.db.close()
    # The power goes: no close, no question. The window is simply gone.
    window.hide()
    shiboken6.delete(window)
    shiboken6.delete(ctx)

    ctx = AppContext(station, db_path)
    window = MainWindow(ctx)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    answers.expect("Có một bản ghi đang nhập dở lúc")
    window.offer_draft()
    form = window.log_page.form
    assert form.title_edit.text() == "Thông báo lịch tiêm chủng"
    assert form.date_edit.text() == "05/06/2021"
    assert form.has_unsaved_changes()
    form.topic_combo.set_code("OCOP")
    qtbot.waitUntil(window.isActiveWindow)
    form.title_edit.setFocus()
    press(Qt.Key.Key_Return)
    assert station.query_records(RecordQuery())[0].title == "Thông báo lịch tiêm chủng"
    assert drafts.load_draft(station) is None  # saved: the draft is gone
    window.hide()
    shiboken6.delete(window)
    shiboken6.delete(ctx)


# -- 4. each role sees its own pages -------------------------------------------------------------

def test_each_role_sees_its_own_pages(main_window, message_boxes) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ctx
    station_pages = ["dashboard", "log", "schedule", "reports", "outbox", "inbox", "catalogue"]
    assert main_window.visible_page_keys() == station_pages
    titles = [main_window.navigation.item(r).text() for r in range(main_window.navigation.count())
              if not main_window.navigation.item(r).isHidden()]
    assert titles == ["Tổng quan", "Sổ ghi", "Lịch phát sóng", "Báo cáo", "Hộp thư đi",
                      "Hộp thư đến", "Danh mục"]
    main_window.show_page("schedule")
    ctx.apply(operations.save_installation, installation=Installation(
        unit_code="178", role=Role.OFFICE, signer_name="Lê Thị B"))
    assert main_window.visible_page_keys() == [
        "dashboard", "log", "reports", "imports", "completeness", "outbox", "inbox",
        "catalogue"]
    assert main_window.current_page_key() == "log"  # the schedule went away under it
    ctx.apply(operations.save_installation, installation=Installation(
        unit_code="178", role=Role.OFFICE, signer_name="Lê Thị B", runs_station=True))
    assert main_window.visible_page_keys() == [
        "dashboard", "log", "schedule", "reports", "imports", "completeness", "outbox",
        "inbox", "catalogue"]
    # By keyboard: the navigation skips hidden pages.
    main_window.navigation.setFocus()
    main_window.navigation.setCurrentRow(0)
    keys = []
    for _ in range(8):
        press(Qt.Key.Key_Down, widget=main_window.navigation)
        keys.append(main_window.current_page_key())
    assert keys == ["log", "schedule", "reports", "imports", "completeness", "outbox",
                    "inbox", "catalogue"]


def test_settings_say_an_office_also_runs_a_station(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.installation_form import InstallationEditor

    editor = InstallationEditor(ctx.repo)
    qtbot.addWidget(editor)
    installation = Installation(unit_code="178", role=Role.OFFICE, runs_station=True)
    editor.load(installation)
    assert editor.role_chooser.runs_station_check.isEnabled()
    assert editor.role_chooser.runs_station()
    editor.role_chooser.station_radio.click()
    assert not editor.role_chooser.runs_station_check.isEnabled()
    assert not editor.role_chooser.runs_station()


# -- 5. demo data that teaches ---------------------------------------------------------------------

def test_demo_shows_as_demo_and_goes_in_one_action(main_window, message_boxes) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ctx
    real = make_record(title="Bản tin thật", date=TODAY - dt.timedelta(days=1),
                       topic_code="QD861")
    ctx.apply(operations.save_record, record=real)
    assert not main_window.demo_button.isVisible()
    ctx.apply(maintenance.load_demo, records=200)
    assert main_window.demo_button.isVisible()
    model = main_window.log_page.model
    titles = [model.record(r).title for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert sum(t.startswith("[Mẫu] ") for t in titles) == 200
    assert {model.record(r).unit_code for r in range(model.rowCount())} == {COMMUNE}  # type: ignore[union-attr]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    main_window.remove_demo_action.trigger()
    assert "200" in message_boxes.shown[-1][2]
    assert [model.record(r).title for r in range(model.rowCount())] == ["Bản tin thật"]  # type: ignore[union-attr]
    assert not main_window.demo_button.isVisible()
    assert not main_window.remove_demo_action.isEnabled()


def test_the_catalogue_menu_adds_a_topic(main_window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in main_window.catalogue_menu.actions()]
    assert "Thêm &chủ đề…" in texts and "&Xóa dữ liệu mẫu…" in texts


def test_empty_log_and_empty_topics_say_what_to_do(  # type: ignore[no-untyped-def]
        repo: Repository, tmp_path: Path, qtbot) -> None:
    from ocop_desktop.domain.records import Unit, UnitLevel
    from ocop_desktop.ui.catalogue.directives_page import DirectivesPage
    from ocop_desktop.ui.log_page import LogPage

    operations.import_units(repo, units=[Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE)])
    operations.save_installation(repo, installation=Installation(
        unit_code="05986", role=Role.STATION, signer_name="Hoàng Văn Thắng"))
    ctx = AppContext(repo, tmp_path / "x.sqlite")
    try:
        page = LogPage(ctx)
        qtbot.addWidget(page)
        assert "chưa có chủ đề nào" in page.table.empty_text
        assert "Gõ tên chủ đề" in page.table.empty_text
        topics = DirectivesPage(ctx)
        qtbot.addWidget(topics)
        topics.show()
        assert topics.topics_empty.isVisible()
        assert "Thêm chủ đề" in topics.topics_empty.text()
        ctx.apply(operations.add_topic_named, name="An ninh trật tự")
        assert not topics.topics_empty.isVisible()
    finally:
        shiboken6.delete(ctx)


# -- 6. fits the screen, speaks Vietnamese ------------------------------------------------------

def test_qts_own_file_dialog_speaks_vietnamese(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QLabel

    from ocop_desktop.app import create_application, install_translators
    from ocop_desktop.ui.file_dialogs import file_dialog

    app = create_application([])
    translators = install_translators(app, "vi")
    try:
        dialog = file_dialog(None, "Chọn tệp", str(Path.home()), "Bảng tính (*.xlsx)")
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels, labels
        dialog.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_mixed_unit_list_names_its_kinds() -> None:
    from ocop_desktop.domain.records import UnitLevel
    from ocop_desktop.texts.problem_texts import units_noun

    communes = {UnitLevel.COMMUNE}
    names = ["Phường Đông Kinh", "Xã Mai Pha", "Phường Tam Thanh", "Phường Lương Văn Tri",
             "Xã Hoàng Đồng", "Phường Kỳ Lừa", "Xã Quảng Lạc", "Phường Chi Lăng"]
    assert units_noun(names, communes) == "phường, xã"
    assert units_noun(["Xã Mai Pha", "Xã Hoàng Đồng"], communes) == "xã"
    assert units_noun(["Huyện Cao Lộc", "Thành phố Lạng Sơn"], {UnitLevel.DISTRICT}) == (
        "huyện, thành phố")
    assert units_noun(["Ban quản lý"], communes) == "xã"


@pytest.mark.parametrize(("typed", "why"), [
    ("31/11/2026", "tháng 11 chỉ có 30 ngày"), ("29/02/2026", "tháng 2 năm 2026 chỉ có 28 ngày"),
    ("12/13/2026", "không có tháng 13"), ("31112026", "tháng 11 chỉ có 30 ngày"),
    ("300226", "tháng 2 năm 2026 chỉ có 28 ngày"), ("2026-11-31", "tháng 11 chỉ có 30 ngày"),
    ("2026-02-30", "tháng 2 năm 2026 chỉ có 28 ngày")])
def test_a_date_that_does_not_exist_says_why(typed: str, why: str) -> None:
    from ocop_desktop.domain.validation import Problem, ProblemCode
    from ocop_desktop.texts.problem_texts import problem_text

    text = problem_text(Problem("date", ProblemCode.BAD_DATE, {"value": typed,
                                                                "format": "dd/mm/yyyy"}))
    assert text == f"Ngày không có thật: “{typed}” — {why}."
    assert "cần dạng" in problem_text(Problem("date", ProblemCode.BAD_DATE, {
        "value": "hôm qua", "format": "dd/mm/yyyy"}))


def test_the_window_title_names_the_unit_once(main_window) -> None:  # type: ignore[no-untyped-def]
    # Qt adds " — OCOP Desktop" itself on Linux and Windows.
    assert main_window.windowTitle() == "UBND XÃ HOÀNG ĐỒNG"
