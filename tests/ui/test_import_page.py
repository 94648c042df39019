"""The import page and the completeness page, as a district officer uses them: files dropped
or picked, the check shown before anything is written, "Nhập", the register and undo, and
who has not reported."""

from __future__ import annotations

import csv
import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ocop_desktop import operations
from ocop_desktop.domain.exchange import ChildState
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Role
from ocop_desktop.operations import Area, exchange
from ocop_desktop.ui.completeness_page import CompletenessModel, CompletenessPage
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.import_models import PreviewModel
from ocop_desktop.ui.import_page import ImportPage
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
    """The district office of Thành phố Lạng Sơn (178) behind an AppContext."""
    repo = places.make("178")
    context = AppContext(repo, places.folder / "178.sqlite")
    yield context
    shiboken6.delete(context)


@pytest.fixture
def reports(places: Installations) -> dict[str, Path]:
    """June 2021 reports of two communes, made by the exporter, and a file that is not one."""
    hoang_dong = places.make("05986", Role.STATION)
    log(hoang_dong, 3, date=JUNE)
    chi_lang = places.make("05983", Role.STATION)
    log(chi_lang, 2, date=JUNE, unit_code="05983")
    folder = places.folder / "thu-den"
    folder.mkdir()
    broken = folder / "bang-tinh-khac.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Sheet1"
    workbook.save(broken)
    return {"05986": places.export(hoang_dong, "2021-06", "thu-den/xa-hoang-dong.xlsx"),
            "05983": places.export(chi_lang, "2021-06", "thu-den/phuong-chi-lang.xlsx"),
            "other": broken}


@pytest.fixture
def page(office: AppContext, qtbot) -> ImportPage:  # type: ignore[no-untyped-def]
    widget = ImportPage(office)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _cell(page: ImportPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def _drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():
        # PySide6 marks the (only) QPoint constructor deprecated; Qt itself still uses it.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def test_models_pass_the_model_tester(page: ImportPage, reports: dict[str, Path],
                                      qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page.add_paths([reports["05986"], reports["other"]])
    settle()
    qtmodeltester.check(page.model)
    page.commit()
    settle()
    qtmodeltester.check(page.register_model)


def test_picked_files_are_checked_before_anything_is_written(
        page: ImportPage, office: AppContext, reports: dict[str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "ask_files", lambda: [reports["05986"], reports["other"]])
    page.pick_files_button.click()
    settle()
    assert page.model.rowCount() == 2
    assert [_cell(page, 0, c) for c in range(8)] == [
        "xa-hoang-dong.xlsx", "Xã Hoàng Đồng (05986)", "tháng 6 năm 2021", "3", "0", "0", "0",
        "Sẽ nhập"]
    assert _cell(page, 1, PreviewModel.RESULT) == "Không nhập được"
    assert office.repo.record_count() == 0
    page.view.selectRow(1)
    details = page.details.toPlainText()
    assert "bang-tinh-khac.xlsx" in details and "không có trang “Dữ liệu”" in details
    assert "1 tệp chờ nhập: 3 bản ghi mới" in page.summary_label.text()
    assert "1 tệp không nhập được" in page.summary_label.text()
    assert page.import_button.isEnabled()


def test_dropped_folder_then_import(page: ImportPage, office: AppContext,
                                    reports: dict[str, Path], qtbot) -> None:  # type: ignore[no-untyped-def]
    _drop(page, [reports["05986"].parent])
    settle()
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(office.changed) as signal:
        page.import_button.click()
    assert Area.RECORDS in signal.args[0].areas and signal.args[0].added == 5
    results = {_cell(page, r, PreviewModel.FILE): _cell(page, r, PreviewModel.RESULT)
               for r in range(3)}
    assert results == {"bang-tinh-khac.xlsx": "Không nhập được",
                       "phuong-chi-lang.xlsx": "Đã nhập", "xa-hoang-dong.xlsx": "Đã nhập"}
    assert office.repo.record_count() == 5
    assert page.register_model.rowCount() == 2
    assert not page.import_button.isEnabled()
    assert "đã nhập 2 tệp: 5 bản ghi mới" in page.summary_label.text().lower()


def test_same_file_again_says_nothing_new(page: ImportPage, reports: dict[str, Path]) -> None:
    page.add_paths([reports["05986"]])
    settle()
    page.commit()
    settle()
    page.add_paths([reports["05986"]])
    settle()
    assert _cell(page, 1, PreviewModel.RESULT) == "Không có gì mới"
    assert _cell(page, 1, PreviewModel.UNCHANGED) == "3"
    page.view.selectRow(1)
    assert "đã được nhập, không có gì mới" in page.details.toPlainText()


def test_files_dropped_on_the_main_window_open_the_import_page(
        office: AppContext, reports: dict[str, Path], qtbot,  # type: ignore[no-untyped-def]
        message_boxes: MessageBoxes) -> None:
    from ocop_desktop.ui.main_window import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _drop(window, [reports["05983"]])
    settle()
    assert window.current_page_key() == "imports"
    page = window.page("imports")
    assert isinstance(page, ImportPage) and page.model.rowCount() == 1
    window.show_page("completeness")
    window.close()


def test_undo_from_the_register(page: ImportPage, office: AppContext, places: Installations,
                                reports: dict[str, Path], message_boxes: MessageBoxes) -> None:
    page.add_paths([reports["05986"]])
    settle()
    page.commit()
    settle()
    assert office.repo.record_count() == 3
    page.register_view.selectRow(0)
    assert page.undo_button.isEnabled()
    message_boxes.answer = QMessageBox.StandardButton.No
    page.undo_button.click()
    assert office.repo.record_count() == 3
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.undo_button.click()
    assert office.repo.record_count() == 0
    assert "Đã hoàn tác" in str(page.register_model.index(0, 9).data())
    page.register_view.selectRow(0)
    assert not page.undo_button.isEnabled()


def test_blocked_undo_is_explained(page: ImportPage, office: AppContext,
                                   places: Installations, reports: dict[str, Path],
                                   message_boxes: MessageBoxes) -> None:
    page.add_paths([reports["05986"]])
    settle()
    page.commit()
    settle()
    (record, *_rest) = office.repo.iter_records(operations_query())
    operations.save_record(office.repo, record=record.replace(title="Sửa tại phòng"))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.register_view.selectRow(0)
    page.undo_button.click()
    kinds = [kind for kind, _title, _text in message_boxes.shown]
    assert kinds == ["question", "warning"]
    assert "sửa hoặc xóa trực tiếp" in message_boxes.shown[1][2]
    assert office.repo.record_count() == 3


def operations_query():  # type: ignore[no-untyped-def]
    from ocop_desktop.domain.records import RecordQuery

    return RecordQuery()


# -- completeness ---------------------------------------------------------------------------

@pytest.fixture
def completeness(office: AppContext, reports: dict[str, Path],
                 qtbot) -> CompletenessPage:  # type: ignore[no-untyped-def]
    exchange.commit_import(office.repo, path=reports["05986"])
    widget = CompletenessPage(office)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.period_chooser.set_period(parse_period("2021-06"))
    return widget


def test_completeness_states_and_rate(completeness: CompletenessPage,
                                      qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(completeness.model)
    assert completeness.rate_label.text() == "1/8 phường, xã đã báo cáo, 1 muộn"
    assert "hạn nộp 05/07/2021 (đã qua hạn)" in completeness.deadline_label.text()
    states = {completeness.model.index(r, 0).data(): completeness.model.index(r, 2).data()
              for r in range(completeness.model.rowCount())}
    assert states["05986"] == "Muộn" and states["05983"] == "Chưa báo cáo"
    row = [s.unit.code for s in completeness.model.statuses].index("05983")
    background = completeness.model.index(row, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert background.name() == "#ffebee"
    assert completeness.model.index(row, 2).data(Qt.ItemDataRole.UserRole) == \
        ChildState.MISSING.value


def test_completeness_follows_imports(completeness: CompletenessPage, office: AppContext,
                                      reports: dict[str, Path]) -> None:
    office.apply(lambda repo, **_: exchange.commit_import(repo, path=reports["05983"]).changes)
    assert completeness.rate_label.text() == "2/8 phường, xã đã báo cáo, 2 muộn"


def test_copy_missing_list(completeness: CompletenessPage) -> None:
    completeness.copy_button.click()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Các đơn vị chưa gửi báo cáo tháng 6 năm 2021 (7):"
    assert "Phường Chi Lăng (05983)" in text and "Xã Hoàng Đồng" not in text
    assert len(lines) == 8


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_list(completeness: CompletenessPage, tmp_path: Path, suffix: str,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / f"tinh-hinh{suffix}"
    monkeypatch.setattr(completeness, "ask_export_path", lambda: out)
    completeness.export_button.click()
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
    else:
        sheet = openpyxl.load_workbook(out).active
        assert "1/8 phường, xã đã báo cáo, 1 muộn" in sheet["A1"].value
        values = [[c.value or "" for c in line] for line in sheet.iter_rows(min_row=3)]
        header, body = values[0], values[1:]
    assert list(header) == list(CompletenessModel.headers())
    assert len(body) == 8
    states = {row[0]: row[2] for row in body}
    assert states["05986"] == "Muộn" and states["05971"] == "Chưa báo cáo"


def test_completeness_for_a_station_has_no_children(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = CompletenessPage(ctx)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert "Không có đơn vị cấp dưới" in widget.rate_label.text()
    assert not widget.copy_button.isEnabled()


def test_office_enters_a_record_for_a_commune(office: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Item 6: the office logs for a commune; the record is marked as entered by the office
    and counted for that commune."""
    from ocop_desktop.domain.records import Topic
    from tests.conftest import make_record

    operations.save_topic(office.repo, topic=Topic("OCOP", "Chương trình OCOP"))
    office.apply(operations.save_record,
                 record=make_record(date=JUNE, unit_code="05983", entered_by="178"))
    widget = CompletenessPage(office)
    qtbot.addWidget(widget)
    widget.period_chooser.set_period(parse_period("2021-06"))
    row = [s.unit.code for s in widget.model.statuses].index("05983")
    assert widget.model.index(row, CompletenessModel.RECORDS).data() == "1"
    assert widget.model.index(row, CompletenessModel.ENTERED).data() == "1"
    assert widget.model.index(row, CompletenessModel.STATE).data() == "Chưa báo cáo"



def test_details_tell_about_records_that_came_by_two_paths(
        places: Installations, qapp: QApplication) -> None:
    from ocop_desktop.ui.import_models import FileEntry, details_html

    commune = places.make("05986", Role.STATION)
    (record,) = log(commune, 1, date=JUNE, title="Tin về na Chi Lăng")
    district = places.make("178")
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    via_district = places.export(district, "2021-06")
    operations.save_record(commune, record=record.replace(minutes=30))
    province = places.make("20")
    exchange.commit_import(province, path=places.export(commune, "2021-06"))
    (extra,) = log(commune, 1, date=JUNE, title="Chỉ gửi thẳng")
    exchange.commit_import(province, path=places.export(commune, "2021-06"))
    preview = exchange.preview_import(province, path=via_district)
    assert len(preview.conflicts) == 2
    html = details_html(FileEntry(preview))
    assert "2 bản ghi nhận theo hai đường" in html
    assert "“Tin về na Chi Lăng” (05986, 21/06/2021): bản đã nhận từ 05986" in html
    assert "giữ bản đã có" in html
    assert "“Chỉ gửi thẳng” (05986, 21/06/2021) không có trong tệp này" in html
    assert extra.uuid not in html


def test_pick_a_folder(page: ImportPage, reports: dict[str, Path],
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "ask_folder", lambda: reports["05986"].parent)
    page.pick_folder_button.click()
    settle()
    assert sorted(_cell(page, r, PreviewModel.FILE) for r in range(page.model.rowCount())) == [
        "bang-tinh-khac.xlsx", "phuong-chi-lang.xlsx", "xa-hoang-dong.xlsx"]
    empty = reports["05986"].parent.parent / "trong"
    empty.mkdir()
    monkeypatch.setattr(page, "ask_folder", lambda: empty)
    page.pick_folder_button.click()
    settle()
    assert page.summary_label.text() == "Thư mục không có tệp báo cáo (.xlsx) nào."
    assert page.model.rowCount() == 3


def test_a_file_the_data_file_refuses_is_said_and_the_others_imported(
        page: ImportPage, office: AppContext, reports: dict[str, Path],
        message_boxes: MessageBoxes) -> None:
    from tests.operations.test_imports import REFUSE_HOANG_DONG

    page.add_paths([reports["05986"], reports["05983"]])
    settle()
    office.repo.db.execute(REFUSE_HOANG_DONG)  # the import's worker has its own connection
    page.commit()
    settle()
    results = {_cell(page, r, PreviewModel.FILE): _cell(page, r, PreviewModel.RESULT)
               for r in range(2)}
    assert results == {"xa-hoang-dong.xlsx": "Lỗi khi nhập", "phuong-chi-lang.xlsx": "Đã nhập"}
    row = [_cell(page, r, PreviewModel.FILE) for r in range(2)].index("xa-hoang-dong.xlsx")
    said = str(page.model.index(row, PreviewModel.RESULT).data(Qt.ItemDataRole.ToolTipRole))
    # Said as a problem of the data file (its path in the words), not as a crash of the
    # import ("Có lỗi khi ghi… (IntegrityError)").
    assert str(office.db_path) in said and "IntegrityError" not in said, said
    assert office.repo.record_count() == 2
    assert not message_boxes.shown
