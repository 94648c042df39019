"""The settings dialog: pages load, check and save; nothing is saved while a page objects."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from ocop_desktop.domain.records import Role
from ocop_desktop.domain.validation import Problem, ProblemCode
from ocop_desktop.operations import Area, Changes
from ocop_desktop.ui import settings_dialog
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.preferences import Preferences
from ocop_desktop.ui.settings_dialog import (
    PAGES,
    AppearancePage,
    InstallationPage,
    PeriodPage,
    SettingsDialog,
)
from ocop_desktop.ui.settings_page import SettingsPage, SettingsState
from tests.ui.conftest import press, type_text


@pytest.fixture
def dialog(ctx: AppContext, qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def fill(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    press(Qt.Key.Key_Delete, widget=widget)
    type_text(text, widget)


def test_pages_load_the_stored_installation(dialog: SettingsDialog) -> None:
    assert [p.title() for p in dialog.pages] == ["Đơn vị và người ký", "Kỳ báo cáo", "Giao diện",
                                                 "Thư điện tử", "Khóa ký báo cáo",
                                                 "Hộp thư đến"]
    editor = dialog.page("installation").editor  # type: ignore[attr-defined]
    assert editor.unit_chooser.unit().code == "05986"
    assert editor.role_chooser.role() is Role.STATION
    assert editor.header.values()["recipient_email"] == "vhtt@example.org"
    period = dialog.page("period")
    assert isinstance(period, PeriodPage)
    assert (period.cutoff_day(), period.deadline_spin.value()) == (1, 5)
    assert "01/06/2021 đến ngày 30/06/2021" in period.cutoff_example.text()


def test_save_changes_signer_period_and_language(dialog: SettingsDialog, ctx: AppContext,
                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.page("installation").editor  # type: ignore[attr-defined]
    fill(editor.header.edits["signer_name"], "Lường Thị Mai")
    dialog.show_page("period")
    period = dialog.page("period")
    assert isinstance(period, PeriodPage)
    period.fifteen_radio.click()
    assert "15/05/2021 đến ngày 14/06/2021" in period.cutoff_example.text()
    period.deadline_spin.setValue(10)
    assert "24/06/2021" in period.deadline_example.text()  # 10 days after 14/06
    dialog.show_page("appearance")
    appearance = dialog.page("appearance")
    assert isinstance(appearance, AppearancePage)
    appearance.language_combo.setCurrentIndex(appearance.language_combo.findData("en"))
    with qtbot.waitSignal(ctx.changed) as signal:
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert Area.SETTINGS in signal.args[0].areas
    assert dialog.result() == QDialog.DialogCode.Accepted
    installation = ctx.repo.installation()
    assert installation is not None
    assert installation.signer_name == "Lường Thị Mai"
    assert (installation.period_cutoff_day, installation.report_deadline_days) == (15, 10)
    assert installation.recipient_email == "vhtt@example.org"  # untouched fields kept
    assert Preferences().language == "en"
    assert appearance.language_changed


def test_bad_email_blocks_every_page(dialog: SettingsDialog, ctx: AppContext) -> None:
    before = ctx.repo.installation()
    dialog.show_page("period")
    period = dialog.page("period")
    assert isinstance(period, PeriodPage)
    period.fifteen_radio.click()
    editor = dialog.page("installation").editor  # type: ignore[attr-defined]
    editor.header.edits["recipient_email"].setText("vhtt at example.org")
    assert dialog.save() is False
    assert dialog.isVisible()
    assert dialog.page_list.currentRow() == 0  # back on the page with the problem
    assert "không hợp lệ" in editor.header.boxes["recipient_email"].problem()
    assert "đánh dấu đỏ" in dialog.problem_label.text()
    assert ctx.repo.installation() == before  # the period page was not saved either
    assert Preferences().language == "vi"


def test_change_unit_by_typing_one_in(dialog: SettingsDialog, ctx: AppContext) -> None:
    chooser = dialog.page("installation").editor.unit_chooser  # type: ignore[attr-defined]
    chooser.type_radio.click()
    chooser.code_edit.setText("05983")  # already in the catalogue: refused
    chooser.name_edit.setText("Phường Chi Lăng")
    assert dialog.save() is False
    assert "đã có trong danh mục" in chooser.boxes["code"].problem()
    chooser.code_edit.setText("06001")
    chooser.parent_edit.setText("178")
    chooser.name_edit.setText("Xã Đoàn Kết")
    assert dialog.save() is True
    assert ctx.repo.installation().unit_code == "06001"  # type: ignore[union-attr]
    assert ctx.repo.any_unit("06001").name == "Xã Đoàn Kết"  # type: ignore[union-attr]


def test_pick_another_unit_from_the_list(dialog: SettingsDialog, ctx: AppContext) -> None:
    chooser = dialog.page("installation").editor.unit_chooser  # type: ignore[attr-defined]
    chooser.filter_edit.setText("Đồng Đăng")
    assert chooser.unit().code == "05983"
    assert dialog.save() is True
    assert ctx.repo.installation().unit_code == "05983"  # type: ignore[union-attr]


class _NotesPage(SettingsPage):
    """What another engineer's page looks like: its own setting, its own check."""

    NAME = "notes"

    def __init__(self, ctx: AppContext, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.label = QLabel("x", self)
        QVBoxLayout(self).addWidget(self.label)
        self.saved = False
        self.refuse = False

    def title(self) -> str:
        return "Ghi chú"

    def load(self, state: SettingsState) -> None:
        self.label.setText(state.installation.signer_name)  # type: ignore[union-attr]

    def check(self) -> list[Problem]:
        return [Problem("notes", ProblemCode.REQUIRED)] if self.refuse else []

    def save(self, state: SettingsState) -> None:
        self.saved = True

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        return False


def test_a_page_is_added_with_one_line(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_dialog, "PAGES", [*PAGES, _NotesPage])
    dialog = SettingsDialog(ctx, page="notes")
    qtbot.addWidget(dialog)
    notes = dialog.page("notes")
    assert isinstance(notes, _NotesPage)
    assert notes.label.text() == "Hoàng Văn A"
    assert dialog.page_list.currentRow() == len(PAGES)  # added last
    assert dialog.page_title.text() == "Ghi chú"
    notes.refuse = True
    assert dialog.save() is False and not notes.saved
    notes.refuse = False
    assert dialog.save() is True and notes.saved


def test_every_page_follows_the_contract(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    names = [page.NAME for page in PAGES]
    assert len(set(names)) == len(names) and all(names)
    for page_class in PAGES:
        page = page_class(ctx)
        qtbot.addWidget(page)
        state = SettingsState(ctx.repo.installation())
        page.load(state)
        assert page.title()
        assert page.check() == []
        page.save(state)
    assert isinstance(dialog_page := InstallationPage(ctx), SettingsPage)
    qtbot.addWidget(dialog_page)


def test_unchanged_save_writes_nothing(dialog: SettingsDialog, ctx: AppContext) -> None:
    seen: list[Changes] = []
    ctx.changed.connect(seen.append)
    count = len(ctx.repo.audit_entries("settings", "installation"))
    assert dialog.save() is True
    assert seen == []
    assert len(ctx.repo.audit_entries("settings", "installation")) == count
