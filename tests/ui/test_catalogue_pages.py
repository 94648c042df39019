"""The catalogue page: the unit tree on a day, unit-list imports, directives and topics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ocop_desktop.domain.records import Directive, Topic, Unit, UnitLevel
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.catalogue.dialogs import DirectiveDialog, TopicDialog
from ocop_desktop.ui.catalogue.directives_page import DirectivesPage
from ocop_desktop.ui.catalogue.models import DirectiveTableModel, TopicTableModel, UnitTreeModel
from ocop_desktop.ui.catalogue.page import CataloguePage
from ocop_desktop.ui.catalogue.unit_import import UnitImportDialog
from ocop_desktop.ui.catalogue.units_page import UnitsPage
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.installation_form import UnitListModel
from tests.ui.conftest import press, type_text

JUNE_2021 = dt.date(2021, 6, 1)
JULY_2025 = dt.date(2025, 7, 1)


@pytest.fixture
def empty_ctx(repo: Repository, tmp_path: Path, qapp: QApplication) -> AppContext:
    return AppContext(repo, tmp_path / "test.sqlite")


@pytest.fixture
def units_page(empty_ctx: AppContext, qtbot) -> UnitsPage:  # type: ignore[no-untyped-def]
    page = UnitsPage(empty_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def fill(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    press(Qt.Key.Key_Delete, widget=widget)
    type_text(text, widget)


# -- units ------------------------------------------------------------------------------------

def test_real_lists_give_three_then_two_levels(units_page: UnitsPage, empty_ctx: AppContext,
                                               shared_data: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert units_page.empty_label.isVisibleTo(units_page)
    outcome = units_page.import_file(shared_data / "lang_son_units_2021.csv")
    assert outcome.ok
    assert outcome.message == (
        "Đã nhập danh mục từ tệp lang_son_units_2021.csv: 212 đơn vị mới, 0 thay đổi, "
        "0 hết hiệu lực, 0 không đổi.")
    assert units_page.result_label.text() == outcome.message
    outcome = units_page.import_file(shared_data / "lang_son_units_2025.csv", JULY_2025)
    assert outcome.ok and "65 thay đổi, 146 hết hiệu lực" in outcome.message

    model = units_page.model
    units_page.set_day(JUNE_2021)
    assert [u.code for u in model.roots()] == ["20"]
    districts = model.children_of("20")
    assert len(districts) == 11 and {u.level for u in districts} == {UnitLevel.DISTRICT}
    assert sum(len(model.children_of(d.code)) for d in districts) == 200
    assert units_page.summary_label.text() == (
        "Ngày 01/06/2021: 1 tỉnh, 11 huyện, 200 xã, phường, thị trấn.")
    qtmodeltester.check(model)

    units_page.set_day(dt.date(2025, 7, 2))
    communes = model.children_of("20")
    assert len(communes) == 65 and {u.level for u in communes} == {UnitLevel.COMMUNE}
    assert model.counts()[UnitLevel.DISTRICT] == 0
    hoang_dong = model.index(0, 0)  # the province's row
    assert model.data(hoang_dong) == "Tỉnh Lạng Sơn"
    row = [u.code for u in communes].index("05986")
    cell = model.index(row, 4, model.index(0, 0))
    assert model.data(model.index(row, 0, model.index(0, 0))) == "Phường Tam Thanh"
    assert model.data(model.index(row, 3, model.index(0, 0))) == "01/07/2025"
    assert model.data(cell) == ""
    qtmodeltester.check(model)

    # Searching without diacritics keeps the matching unit and the units above it.
    units_page.set_day(JUNE_2021)
    units_page.search_edit.setText("dong dang")
    assert [u.code for u in model.roots()] == ["20"]
    assert [u.code for u in model.children_of("20")] == ["183"]
    assert [u.name for u in model.children_of("183")] == ["Thị trấn Đồng Đăng"]
    qtmodeltester.check(model)


def test_bad_file_says_where_and_writes_nothing(units_page: UnitsPage, empty_ctx: AppContext,
                                                tmp_path: Path) -> None:
    path = tmp_path / "danh-muc.csv"
    path.write_text("Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX\n"
                    "Tỉnh Lạng Sơn,20,Xã Hoàng Đồng,05986\n"
                    "Tỉnh Lạng Sơn,20,Xã Mai Pha,5 99 2\n", encoding="utf-8")
    outcome = units_page.import_file(path)
    assert not outcome.ok
    assert outcome.message == (
        "Tệp danh-muc.csv, dòng 3, cột Mã PX: Mã đơn vị “5 99 2” không hợp lệ (cần chữ số: "
        "tỉnh 2, huyện 3, xã 5 chữ số). Danh mục không thay đổi.")
    assert units_page.result_label.text() == outcome.message
    assert empty_ctx.repo.unit_count() == 0


def test_changed_list_without_date_is_refused(units_page: UnitsPage, empty_ctx: AppContext,
                                              shared_data: Path) -> None:
    units_page.import_file(shared_data / "lang_son_units_2021.csv")
    outcome = units_page.import_file(shared_data / "lang_son_units_2025.csv")  # no date
    assert not outcome.ok
    lines = outcome.message.splitlines()
    assert lines[0] == ("Không nhập được tệp lang_son_units_2025.csv; danh mục không thay "
                        "đổi.")
    assert lines[1].startswith("Dòng 2 — Mã: Mã 05977: danh mục đang có “Phường Vĩnh Trại”, "
                               "tệp ghi “Phường Đông Kinh”.")
    assert "chọn ngày có hiệu lực" in lines[1]
    assert lines[-1] == "… và 57 lỗi khác."
    assert empty_ctx.repo.unit_count() == 212


def test_import_dialog_asks_for_the_date(empty_ctx: AppContext, shared_data: Path,
                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop import operations

    operations.import_unit_file(empty_ctx.repo, path=shared_data / "lang_son_units_2021.csv")
    dialog = UnitImportDialog(empty_ctx, shared_data / "lang_son_units_2025.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.valid_from.check.click()
    fill(dialog.valid_from.date_edit, "31/6/2025")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is None  # not a date: asked again
    assert "01/07/2025" in dialog.valid_from.box.problem()
    fill(dialog.valid_from.date_edit, "1/7/2025")
    with qtbot.waitSignal(empty_ctx.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None and dialog.outcome.ok
    assert "Thay đổi có hiệu lực từ ngày 01/07/2025." in dialog.result_label.text()
    assert not dialog.import_button.isEnabled()
    assert len(empty_ctx.repo.children("20", dt.date(2025, 7, 2))) == 65


def test_export_then_import_elsewhere(units_page: UnitsPage, shared_data: Path,
                                      tmp_path: Path) -> None:
    units_page.import_file(shared_data / "lang_son_units_2021.csv")
    units_page.import_file(shared_data / "lang_son_units_2025.csv", JULY_2025)
    outcome = units_page.export_to(tmp_path / "catalogue.csv")
    assert outcome.ok and "277 đơn vị" in outcome.message
    outcome = units_page.import_file(tmp_path / "catalogue.csv")
    assert outcome.ok and "277 không đổi" in outcome.message


def test_tree_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = UnitTreeModel()
    qtmodeltester.check(model)
    model.set_units([
        Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
        Unit("178", "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20"),
        Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE, "178"),
        Unit("06001", "Xã Đoàn Kết", UnitLevel.COMMUNE, "999"),  # its parent is not listed
    ])
    assert [u.code for u in model.roots()] == ["20", "06001"]
    qtmodeltester.check(model)


def test_unit_list_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = UnitListModel()
    model.set_units([Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE, "178"),
                     Unit("05983", "Phường Chi Lăng", UnitLevel.COMMUNE, "178")],
                    {"178": "Thành phố Lạng Sơn"})
    qtmodeltester.check(model)
    model.set_filter("chi lang")
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Phường Chi Lăng  —  Thành phố Lạng Sơn · 05983"
    qtmodeltester.check(model)


# -- directives and topics ---------------------------------------------------------------------

@pytest.fixture
def directives_page(ctx: AppContext, qtbot) -> DirectivesPage:  # type: ignore[no-untyped-def]
    page = DirectivesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_directive_and_topic_models(directives_page: DirectivesPage,
                                    qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = directives_page.directive_model
    assert isinstance(model, DirectiveTableModel)
    assert model.rowCount() == 2  # the directive, then "topics of no directive"
    assert model.data(model.index(0, 0)) == "1234/STTTT-TTBCXB"
    assert model.data(model.index(0, 4)) == "khi có yêu cầu"
    assert model.data(model.index(1, 0)) == "(Chủ đề không gắn văn bản)"
    qtmodeltester.check(model)
    topics = directives_page.topic_model
    assert isinstance(topics, TopicTableModel)
    assert [topics.data(topics.index(r, 0)) for r in range(topics.rowCount())] == [
        "OCOP", "QD861"]
    assert topics.data(topics.index(0, 4)) == "31/12/2025"
    qtmodeltester.check(topics)
    directives_page.directive_view.selectRow(1)
    assert topics.rowCount() == 0
    assert "không gắn" in directives_page.topics_title.text()


def test_add_directive_by_typing(directives_page: DirectivesPage, ctx: AppContext,
                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DirectiveDialog(ctx, parent=directives_page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # empty: every required field says so
    assert dialog.boxes["number"].problem() == "Chưa nhập, đây là thông tin bắt buộc."
    assert dialog.boxes["date"].problem() == "Chưa nhập, đây là thông tin bắt buộc."
    assert dialog.boxes["summary"].problem() == "Chưa nhập, đây là thông tin bắt buộc."
    fill(dialog.number_edit, "1234/STTTT-TTBCXB")  # taken
    fill(dialog.date_edit, "20/6/2021")
    # Set, not typed: the completer's popup would grab the keyboard, which offscreen Qt
    # cannot do (and warns about).
    dialog.issuer_edit.setText("Sở Thông tin và Truyền thông")
    fill(dialog.summary_edit, "Tuyên truyền Chỉ thị 05")
    fill(dialog.deadline_edit, "1/6/2021")  # before the directive
    dialog.save()
    assert "đã có" in dialog.boxes["number"].problem()
    assert dialog.boxes["deadline"].problem() == "Ngày kết thúc đứng trước ngày bắt đầu."
    assert dialog.isVisible()
    fill(dialog.number_edit, "56/KH-UBND")
    fill(dialog.deadline_edit, "30/6/2021")
    with qtbot.waitSignal(ctx.changed):
        dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = ctx.repo.directive("56/KH-UBND")
    assert saved == Directive("56/KH-UBND", dt.date(2021, 6, 20), "Sở Thông tin và Truyền thông",
                              "Tuyên truyền Chỉ thị 05", dt.date(2021, 6, 30))
    # The page listens to the change signal: the new directive is listed.
    numbers = [directives_page.directive_model.data(directives_page.directive_model.index(r, 0))
               for r in range(directives_page.directive_model.rowCount())]
    assert "56/KH-UBND" in numbers


def test_edit_directive_keeps_its_topics(directives_page: DirectivesPage, ctx: AppContext,
                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    original = ctx.repo.directive("1234/STTTT-TTBCXB")
    dialog = DirectiveDialog(ctx, original, directives_page)
    qtbot.addWidget(dialog)
    fill(dialog.number_edit, "1234/STTTT-TTBCXB-2")
    dialog.save()
    assert ctx.repo.directive("1234/STTTT-TTBCXB") is None
    assert [t.code for t in ctx.repo.topics(directive="1234/STTTT-TTBCXB-2")] == ["OCOP", "QD861"]


def test_add_and_edit_topics(directives_page: DirectivesPage, ctx: AppContext,
                             qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TopicDialog(ctx, directive="1234/STTTT-TTBCXB", parent=directives_page)
    qtbot.addWidget(dialog)
    assert dialog.directive_combo.currentData() == "1234/STTTT-TTBCXB"
    fill(dialog.code_edit, "OCOP")  # taken
    fill(dialog.name_edit, "Sản phẩm OCOP năm 2022")
    fill(dialog.from_edit, "1/1/2022")
    fill(dialog.to_edit, "31/12/2021")
    dialog.save()
    assert "đã có" in dialog.boxes["code"].problem()
    assert dialog.boxes["valid_to"].problem() == "Ngày kết thúc đứng trước ngày bắt đầu."
    fill(dialog.code_edit, "OCOP2022")
    fill(dialog.to_edit, "31/12/2022")
    dialog.save()
    assert ctx.repo.topic("OCOP2022") == Topic("OCOP2022", "Sản phẩm OCOP năm 2022",
                                               "1234/STTTT-TTBCXB", dt.date(2022, 1, 1),
                                               dt.date(2022, 12, 31))

    # A topic of no directive, then listed under "(Chủ đề không gắn văn bản)".
    other = TopicDialog(ctx, parent=directives_page)
    qtbot.addWidget(other)
    assert other.directive_combo.currentData() == ""
    fill(other.code_edit, "ATGT")
    fill(other.name_edit, "An toàn giao thông")
    other.save()
    assert ctx.repo.topic("ATGT").directive is None  # type: ignore[union-attr]
    directives_page.directive_view.selectRow(directives_page.directive_model.rowCount() - 1)
    assert directives_page.topic_model.data(directives_page.topic_model.index(0, 0)) == "ATGT"

    edit = TopicDialog(ctx, ctx.repo.topic("ATGT"), parent=directives_page)
    qtbot.addWidget(edit)
    edit.directive_combo.setCurrentIndex(edit.directive_combo.findData("1234/STTTT-TTBCXB"))
    edit.save()
    assert ctx.repo.topic("ATGT").directive == "1234/STTTT-TTBCXB"  # type: ignore[union-attr]


def test_catalogue_page_in_the_main_window(main_window, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    menu = main_window.catalogue_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Đơn vị &hành chính", "&Nhập danh mục đơn vị…",
                     "&Văn bản chỉ đạo và chủ đề", "&Thêm văn bản chỉ đạo…", "Thêm &chủ đề…",
                     "&Xóa dữ liệu mẫu…"]
    menu.actions()[0].trigger()
    page = main_window.page("catalogue")
    assert isinstance(page, CataloguePage)
    assert main_window.current_page_key() == "catalogue"
    assert page.currentWidget() is page.units_page
    assert page.units_page.model.unit_count() == 4
    menu.actions()[3].trigger()
    assert page.currentWidget() is page.directives_page
