"""Signed reports in the window (issue 14): the signer column of the import check, accepting
a new key after a phone call, and the keys page of the settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ocop_desktop.domain.records import Role
from ocop_desktop.domain.signing import KeyState
from ocop_desktop.operations import keys as key_ops
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.import_models import RED, ImportRegisterModel, PreviewModel
from ocop_desktop.ui.import_page import ImportPage
from ocop_desktop.ui.keys_page import KeysPage, TrustKeyDialog
from ocop_desktop.ui.settings_page import SettingsState
from tests.exchange_helpers import Installations, log
from tests.ui.conftest import MessageBoxes, settle

JUNE = dt.date(2021, 6, 21)


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


@pytest.fixture
def office(places: Installations, qapp: QApplication) -> Iterator[AppContext]:
    repo = places.make("178")
    context = AppContext(repo, places.folder / "178.sqlite")
    yield context
    shiboken6.delete(context)


@pytest.fixture
def page(office: AppContext, qtbot) -> ImportPage:  # type: ignore[no-untyped-def]
    widget = ImportPage(office)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def _cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(model.index(row, column).data())


def test_new_key_then_mismatch_then_accepted_after_a_phone_call(
        page: ImportPage, office: AppContext, places: Installations,
        message_boxes: MessageBoxes) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    first = places.export(commune, "2021-06", "hoang-dong.xlsx")
    page.add_paths([first])
    settle()
    fingerprint = key_ops.key_info(commune).fingerprint
    assert _cell(page.model, 0, PreviewModel.SIGNER) == \
        f"khóa mới, ghi nhận lần đầu: {fingerprint}"
    page.view.selectRow(0)
    assert "khóa mới, ghi nhận lần đầu" in page.details.toPlainText()
    assert not page.accept_key_button.isVisible()
    page.import_button.click()
    settle()
    assert office.repo.record_count() == 2
    assert _cell(page.register_model, 0, ImportRegisterModel.SIGNER) == f"đã ký: {fingerprint}"

    reinstalled = places.make("05986", Role.STATION, name="cai-lai")
    log(reinstalled, 1, date=JUNE, title="Sau khi cài lại máy")
    second = places.export(reinstalled, "2021-06", "hoang-dong-moi.xlsx")
    page.clear()
    page.add_paths([second])
    settle()
    new_fp = key_ops.key_info(reinstalled).fingerprint
    page.view.selectRow(0)
    assert _cell(page.model, 0, PreviewModel.RESULT) == "Không nhập được"
    assert page.model.index(0, PreviewModel.SIGNER).data(
        Qt.ItemDataRole.ForegroundRole) == RED
    details = page.details.toPlainText()
    assert "Khóa ký khác với khóa đã ghi nhận của Xã Hoàng Đồng" in details and new_fp in details
    assert page.accept_key_button.isVisible()
    message_boxes.answer = QMessageBox.StandardButton.No
    page.accept_key_button.click()
    settle()
    assert [k.state for k in key_ops.sender_keys(office.repo)] == [KeyState.PINNED]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.accept_key_button.click()
    settle()
    assert new_fp in message_boxes.shown[-1][2]
    assert _cell(page.model, 0, PreviewModel.SIGNER) == \
        f"đã ký, đúng khóa đã ghi nhận: {new_fp}"
    page.import_button.click()
    settle()
    # The reinstalled computer's report is the commune's latest: it speaks for its period.
    assert office.repo.record_count() == 1
    assert {(k.fingerprint, k.state) for k in key_ops.sender_keys(office.repo)} == {
        (fingerprint, KeyState.RETIRED), (new_fp, KeyState.TRUSTED)}
    page.grab().save(str(places.folder / "import-page.png"))


def test_keys_page_shows_the_fingerprint_and_trusts_a_key(
        office: AppContext, places: Installations, qtbot) -> None:  # type: ignore[no-untyped-def]
    commune = places.make("05986", Role.STATION)
    keys = KeysPage(office)
    qtbot.addWidget(keys)
    keys.load(SettingsState(office.repo.installation()))
    assert keys.fingerprint_label.text() == key_ops.key_info(office.repo).fingerprint
    assert keys.model.rowCount() == 0
    dialog = TrustKeyDialog(office, keys)
    qtbot.addWidget(dialog)
    dialog.unit_edit.setText("05986")
    dialog.fingerprint_edit.setText("12345")
    dialog.accept()
    assert "không phải là mã khóa" in dialog.problem.text()
    assert key_ops.sender_keys(office.repo) == []
    dialog.fingerprint_edit.setText(key_ops.key_info(commune).fingerprint.replace("-", " "))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    keys.reload()
    assert [_cell(keys.model, 0, c) for c in range(4)] == [
        "05986", "Xã Hoàng Đồng", key_ops.key_info(commune).fingerprint, "Đã đối chiếu"]
    keys.resize(900, 600)
    keys.show()
    keys.grab().save(str(places.folder / "keys-page.png"))
