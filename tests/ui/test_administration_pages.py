"""Issue 13 in the window: the cluster register, the reporting relationships, forms and
sources, the record form's cluster picker, and the wizard's offer after a merger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from ocop_desktop import operations
from ocop_desktop.domain.administration import Cluster, ClusterKind, ClusterStatus
from ocop_desktop.domain.records import Installation, Role
from ocop_desktop.operations import administration as ops
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.administration_pages import (
    ClusterDialog,
    ClustersPage,
    ClusterStatusDialog,
    FormsSourcesPage,
    RelationDialog,
    RelationsPage,
)
from ocop_desktop.ui.catalogue.page import CataloguePage
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.setup_wizard import SetupWizard
from tests.conftest import COMMUNE
from tests.ui.conftest import type_text

# The window and the commands read the real clock, so the tests do too: read per test, never
# at import (a run that crosses midnight would otherwise compare with yesterday).
TODAY: dt.date


@pytest.fixture(autouse=True)
def _today() -> None:
    global TODAY
    TODAY = dt.date.today()


def add(ctx: AppContext, name: str, **fields: object) -> int:
    return ops.add_cluster(ctx.repo, cluster=Cluster(name, COMMUNE, **fields))  # type: ignore[arg-type]


def test_the_cluster_register_page(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = ClustersPage(ctx)
    qtbot.addWidget(page)
    page.resize(page.sizeHint())
    page.show()
    assert page.model.rowCount() == 0
    assert "Chưa có cụm loa nào" in page.summary.text()
    assert not page.former_button.isEnabled()  # the catalogue knows no merger here

    dialog = ClusterDialog(ctx, COMMUNE, parent=page)
    qtbot.addWidget(dialog)
    dialog.name_edit.setFocus()
    type_text("Cụm loa thôn Nà Cạn", dialog.name_edit)
    dialog.village_edit.setText("thôn Nà Cạn")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("ip"))
    dialog.installed_edit.setText("01/09/2025")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.model.rowCount() == 1  # the page followed the change

    empty = ClusterDialog(ctx, COMMUNE, parent=page)
    qtbot.addWidget(empty)
    empty.save()
    assert empty.boxes["name"].problem() == "Chưa nhập, đây là thông tin bắt buộc."
    assert len(ops.clusters(ctx.repo)) == 1  # nothing written

    [cluster] = ops.clusters(ctx.repo)
    status = ClusterStatusDialog(ctx, cluster, parent=page)
    qtbot.addWidget(status)
    assert status.status() is ClusterStatus.BROKEN  # a working cluster: propose "broken"
    status.since_edit.set_date(TODAY - dt.timedelta(days=3))
    status.note_edit.setText("sét đánh")
    status.save()
    page.view.selectRow(0)
    assert page.model.index(0, 5).data() == "Hỏng"
    assert page.model.index(0, 7).data() == "sét đánh"
    assert "0 đang hoạt động, 1 hỏng" in page.summary.text()
    page.day_edit.set_date(TODAY - dt.timedelta(days=10))
    page.reload()
    assert page.model.index(0, 5).data() == "Đang hoạt động"
    page.grab().save(str(tmp_path / "clusters.png"))


def test_clusters_from_former_communes_in_the_register(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                                       message_boxes) -> None:
    from ocop_desktop.domain.administration import UnitLink
    from ocop_desktop.storage.administration import AdministrationStore

    AdministrationStore(ctx.repo.db).insert_links([
        UnitLink(COMMUNE, COMMUNE, dt.date(2025, 7, 1), "Xã Hoàng Đồng", "Xã Hoàng Đồng"),
        UnitLink(COMMUNE, "05983", dt.date(2025, 7, 1), "Xã Hoàng Đồng", "Phường Đồng Đăng")])
    page = ClustersPage(ctx)
    qtbot.addWidget(page)
    assert page.former_button.isEnabled()
    from PySide6.QtWidgets import QMessageBox

    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.create_from_former_units()
    assert "Phường Đồng Đăng" in message_boxes.shown[-1][2]
    assert page.model.rowCount() == 2
    assert not page.former_button.isEnabled()  # every former commune has its cluster
    page.create_from_former_units()
    assert message_boxes.shown[-1][2] == "Mỗi xã cũ đã có cụm loa trong sổ."


def test_relations_page_edits_and_previews(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = RelationsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 6
    page.day_edit.set_date(dt.date(2021, 6, 30))
    page._show_preview()
    assert "Phòng Văn hóa và Thông tin thành phố Lạng Sơn" in page.preview.text()
    dialog = RelationDialog(ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.unit_edit.setText(COMMUNE)
    dialog.from_edit.setText("01/01/2021")
    dialog.recipient_edit.setText("Văn phòng {unit}")
    dialog.issuing_edit.setText("Ủy ban nhân dân {unit}")
    dialog.save()
    assert page.model.rowCount() == 7
    page._show_preview()
    assert "Văn phòng xã Hoàng Đồng" in page.preview.text()
    bad = RelationDialog(ctx, parent=page)
    qtbot.addWidget(bad)
    bad.recipient_edit.setText("Sở {tinh}")
    bad.issuing_edit.setText("X")
    bad.save()
    assert "{tinh}" in bad.boxes["recipient_name"].problem()
    assert page.model.rowCount() == 7


def test_forms_and_sources_page_and_the_catalogue_tabs(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = FormsSourcesPage(ctx)
    qtbot.addWidget(page)
    texts = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert texts[:3] == ["radio", "relay", "feedback"] and "province-system" in texts
    district = texts.index("district")
    assert page.model.index(district, 4).data() == "31/12/2025"
    catalogue = CataloguePage(ctx)
    qtbot.addWidget(catalogue)
    assert [catalogue.tabText(i) for i in range(catalogue.count())][2:] == [
        "Cụm loa", "Quan hệ báo cáo", "Hình thức và nguồn"]


def test_the_record_form_picks_clusters_from_the_register(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ctx
    form = main_window.log_page.form
    assert not form.boxes["clusters"].isVisibleTo(form)  # no register: no picker
    first = add(ctx, "Cụm loa Nà Cạn", installed_on=dt.date(2021, 1, 1))
    second = add(ctx, "Cụm loa Khòn Khuyên", installed_on=dt.date(2021, 1, 1))
    ops.set_cluster_status(ctx.repo, cluster_id=second, status=ClusterStatus.BROKEN,
                           since=dt.date(2021, 6, 20), note="hỏng bộ thu")
    ctx.announce(operations.Changes(frozenset({operations.Area.CLUSTERS})))
    form.new_record()
    form.date_edit.set_date(dt.date(2021, 6, 21))
    form.date_edit.date_changed.emit(dt.date(2021, 6, 21))
    assert form.boxes["clusters"].isVisibleTo(form)
    picker = form.cluster_picker
    assert picker.selected_ids() == [first]  # default: every working cluster
    assert picker.text() == "Tất cả cụm đang hoạt động (1)"
    actions = picker.menu().actions()
    assert [a.isEnabled() for a in actions] == [True, False]  # the broken one is greyed
    assert "hỏng từ 20/06/2021" in actions[1].text()
    form.topic_combo.set_code("OCOP")
    form.form_combo.set_code("radio")
    form.title_edit.setText("Tin OCOP trên cụm loa")
    form.measure_edits[next(iter(form.measure_edits))].setText("1")
    saved: list[str] = []
    form.saved.connect(saved.append)
    assert form.save()
    [uuid] = saved
    assert ops.record_cluster_ids(ctx.repo, uuid) == [first]
    # Saving starts a new record (issue 11); editing the saved one shows its own clusters.
    stored = ctx.repo.record(uuid)
    assert stored is not None and form.load(stored)
    assert picker.selected_ids() == [first]  # the stored record's own clusters
    picker.menu().actions()[0].setChecked(False)  # the menu was rebuilt for the saved record
    assert picker.text() == "Không ghi cụm loa"
    assert form.save()
    assert ops.record_cluster_ids(ctx.repo, uuid) == []
    form.saved.disconnect(saved.append)


@pytest.fixture
def merged_ctx(repo: Repository, tmp_path: Path, qapp: QApplication,
               shared_data: Path) -> AppContext:
    operations.import_unit_file(repo, path=shared_data / "lang_son_units_2021.csv")
    operations.import_unit_file(repo, path=shared_data / "lang_son_units_2025.csv",
                                valid_from=dt.date(2025, 7, 1))
    operations.import_unit_file(repo, path=shared_data / "lang_son_2025_merge_map.csv")
    return AppContext(repo, tmp_path / "test.sqlite")


def test_the_wizard_offers_the_former_stations_as_clusters(merged_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                           qtbot) -> None:
    wizard = SetupWizard(merged_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.next()
    chooser = wizard.unit_page.chooser
    chooser.filter_edit.setFocus()
    type_text("doan ket")
    assert chooser.model.rowCount() >= 1
    chooser.set_unit_code("06001")
    assert chooser.unit().code == "06001"  # type: ignore[union-attr]
    wizard.next()
    values = wizard.header_page.fields.values()
    assert values["recipient_name"] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"
    assert values["issuing_body"] == "ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT"
    wizard.header_page.fields.edits["signer_name"].setText("Hoàng Văn Thắng")
    wizard.next()
    assert wizard.currentPage() is wizard.topics_page  # starter topics (issue 11)
    wizard.next()
    page = wizard.demo_page
    assert wizard.currentPage() is page, wizard.currentPage()
    assert page.cluster_group.isVisibleTo(wizard), page.cluster_check.text()
    assert page.cluster_check.text() == (
        "Tạo 3 cụm loa từ đài truyền thanh của các xã cũ: Xã Khánh Long, Xã Đoàn Kết, "
        "Xã Cao Minh")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    clusters = ops.clusters(merged_ctx.repo, unit_code="06001")
    assert sorted(c.name for c in clusters) == ["Cụm loa Xã Cao Minh", "Cụm loa Xã Khánh Long",
                                                "Cụm loa Xã Đoàn Kết"]
    installation = merged_ctx.repo.installation()
    assert installation is not None and installation.role is Role.STATION


def test_no_offer_without_a_merger(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    operations.save_installation(ctx.repo, installation=Installation(COMMUNE, Role.STATION))
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.header_page.fields.edits["signer_name"].setText("Hoàng Văn A")
    wizard.next()
    assert wizard.currentPage() is wizard.topics_page  # starter topics (issue 11)
    wizard.next()
    assert wizard.currentPage() is wizard.demo_page
    assert not wizard.demo_page.cluster_group.isVisibleTo(wizard)
    assert ClusterKind.IP.value == "ip"
