"""The first-run wizard, driven like a user: import a catalogue, find the unit, fill, finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from ocop_desktop.domain.records import RecordQuery, Role, UnitLevel
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.setup_wizard import SetupWizard
from tests.ui.conftest import press, settle, type_text


@pytest.fixture
def fresh_ctx(repo: Repository, tmp_path: Path, qapp: QApplication) -> AppContext:
    """An empty data file, as on first start."""
    return AppContext(repo, tmp_path / "test.sqlite")


@pytest.fixture
def wizard(fresh_ctx: AppContext, qtbot) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.resize(wizard.sizeHint())
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    press(Qt.Key.Key_Delete, widget=widget)
    type_text(text, widget)


def test_pick_unit_from_imported_catalogue(wizard: SetupWizard, fresh_ctx: AppContext,
                                           shared_data: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    repo = fresh_ctx.repo
    assert "trống" in wizard.welcome_page.status_label.text()
    outcome = wizard.welcome_page.import_file(shared_data / "lang_son_units_2021.csv")
    assert outcome is not None and outcome.ok
    assert "212 đơn vị mới" in wizard.welcome_page.result_label.text()
    assert repo.unit_count() == 212
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    page = wizard.unit_page
    assert wizard.currentPage() is page
    assert page.chooser.is_picking()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing chosen
    page.chooser.filter_edit.setFocus()
    type_text("hoang dong")  # no diacritics: finds "Xã Hoàng Đồng"
    assert page.chooser.model.rowCount() == 1
    assert page.chooser.unit().code == "05986"  # type: ignore[union-attr]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    header = wizard.header_page.fields
    values = header.values()
    # Nghị định 30/2020: the People's Committee in full, no parent body, the commune's name.
    assert values["issuing_body"] == "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG"
    assert values["parent_body"] == ""
    assert values["place"] == "Hoàng Đồng"
    assert (values["signer_authority"], values["authority_of"], values["signer_title"]) == (
        "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert values["drafting_office"] == "VHXH"
    # The reporting relationship of today (issue 13): since 01/07/2025 a commune reports to
    # the provincial department, whatever an old catalogue still lists above it.
    assert values["recipient_name"] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"
    fill(header.edits["signer_name"], "Hoàng Văn Thắng")
    fill(header.edits["signer_title"], "Trưởng Đài truyền thanh")
    fill(header.edits["recipient_email"], "vhtt@langson.gov.vn")
    preview = header.preview.text()  # type: ignore[union-attr]
    assert "Hoàng Văn Thắng" in preview and "TM. ỦY BAN NHÂN DÂN" in preview
    assert "Kính gửi: Sở Văn hóa, Thể thao và Du lịch" in preview and "- Lưu: VT, VHXH." in preview
    assert "- Như trên;" in preview
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.topics_page
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.demo_page
    assert "Xã Hoàng Đồng (05986)" in wizard.demo_page.summary.text()
    with qtbot.waitSignal(fresh_ctx.changed):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    installation = repo.installation()
    assert installation is not None
    assert (installation.unit_code, installation.role) == ("05986", Role.STATION)
    assert installation.signer_name == "Hoàng Văn Thắng"
    assert installation.signer_title == "Trưởng Đài truyền thanh"
    assert installation.recipient_email == "vhtt@langson.gov.vn"
    assert installation.issuing_body == "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG"
    assert repo.unit_count() == 212  # nothing added: the unit came from the catalogue


def test_typed_in_unit_and_office_role(wizard: SetupWizard, fresh_ctx: AppContext,
                                       qtbot) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.unit_page
    chooser = page.chooser
    assert not chooser.pick_radio.isEnabled()  # empty catalogue: typing is the only way
    assert not chooser.is_picking()
    fill(chooser.code_edit, "178")
    fill(chooser.name_edit, "Thành phố Lạng Sơn")
    # Still a commune: a 3-digit code is refused with a message under the field.
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is page
    assert "5 chữ số" in chooser.boxes["code"].problem()
    chooser.level_combo.setCurrentIndex(chooser.level_combo.findData(UnitLevel.DISTRICT.value))
    fill(chooser.parent_edit, "20")
    page.role_chooser.office_radio.click()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    header = wizard.header_page.fields
    assert header.values()["issuing_body"] == "PHÒNG VĂN HÓA VÀ THÔNG TIN"
    assert header.values()["parent_body"] == "UBND THÀNH PHỐ LẠNG SƠN"
    fill(header.edits["signer_name"], "Nông Thị Hoa")
    fill(header.edits["place"], "Lạng Sơn")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    repo = fresh_ctx.repo
    installation = repo.installation()
    assert installation is not None
    assert (installation.unit_code, installation.role) == ("178", Role.OFFICE)
    unit = repo.any_unit("178")
    assert unit is not None
    assert (unit.name, unit.level, unit.parent_code) == ("Thành phố Lạng Sơn",
                                                         UnitLevel.DISTRICT, "20")


def test_invalid_email_and_missing_signer_block(wizard: SetupWizard, fresh_ctx: AppContext,
                                                qtbot) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    chooser = wizard.unit_page.chooser
    fill(chooser.code_edit, "05986")
    fill(chooser.name_edit, "Xã Hoàng Đồng")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    header = wizard.header_page.fields
    fill(header.edits["recipient_email"], "vhtt@langson")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.header_page
    assert header.boxes["recipient_email"].problem() == (
        "Địa chỉ thư điện tử “vhtt@langson” không hợp lệ.")
    assert header.boxes["signer_name"].problem() == "Chưa nhập, đây là thông tin bắt buộc."
    fill(header.edits["recipient_email"], "vhtt@langson.gov.vn")
    assert header.boxes["recipient_email"].problem() == ""  # cleared as the user types
    fill(header.edits["signer_name"], "Hoàng Văn Thắng")
    fill(header.edits["place"], "Lạng Sơn")
    fill(header.edits["issuing_body"], "UBND XÃ HOÀNG ĐỒNG")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.topics_page
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.demo_page
    assert fresh_ctx.repo.installation() is None  # nothing saved before "Hoàn tất"
    wizard.reject()
    assert fresh_ctx.repo.installation() is None
    assert fresh_ctx.repo.unit_count() == 0
    assert fresh_ctx.repo.topics() == []


def test_demo_data_is_loaded_after_saving(wizard: SetupWizard, fresh_ctx: AppContext,
                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    chooser = wizard.unit_page.chooser
    fill(chooser.code_edit, "05986")
    fill(chooser.name_edit, "Xã Hoàng Đồng")
    fill(chooser.parent_edit, "178")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    header = wizard.header_page.fields
    fill(header.edits["signer_name"], "Hoàng Văn Thắng")
    fill(header.edits["place"], "Lạng Sơn")
    fill(header.edits["issuing_body"], "UBND XÃ HOÀNG ĐỒNG")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.demo_page.demo_check.click()
    wizard.demo_page.records_spin.setValue(300)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    settle(qtbot)  # the demo records are made in a worker thread
    assert wizard.result() == QDialog.DialogCode.Accepted
    repo = fresh_ctx.repo
    assert repo.installation().unit_code == "05986"  # type: ignore[union-attr]
    assert repo.count_records(RecordQuery()) == 300
    assert repo.topic("OCOP") is not None
    # For the unit itself only, and removable: the demo is registered.
    assert {r.unit_code for r in repo.iter_records(RecordQuery())} == {"05986"}
    assert wizard.demo_changes is not None and wizard.demo_changes.added == 300


def test_run_again_starts_from_the_stored_installation(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    assert wizard.unit_page.chooser.unit().code == "05986"  # type: ignore[union-attr]
    assert wizard.header_page.fields.values()["signer_name"] == "Hoàng Văn A"


def test_an_office_sees_districts_first(wizard: SetupWizard, shared_data: Path,
                                        qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard.welcome_page.import_file(shared_data / "lang_son_units_2021.csv")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    chooser = wizard.unit_page.chooser
    assert chooser.model.unit_at(0).level is UnitLevel.COMMUNE
    wizard.unit_page.role_chooser.office_radio.click()
    chooser.filter_edit.setText("cao loc")
    assert chooser.model.unit_at(0).name == "Huyện Cao Lộc"  # then its communes
    chooser.list_view.setFocus()
    chooser._select_row(0)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.header_page.fields.values()["parent_body"] == "UBND HUYỆN CAO LỘC"
