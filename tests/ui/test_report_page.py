"""The Reports page: models pass qtmodeltester, the period chooser, the summary shown in the
app, the export task (progress, cancel, errors) and the register with "Mở thư mục"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from ocop_desktop.domain.catalogue import DEFAULT_FORMS
from ocop_desktop.domain.periods import PeriodKind, parse_period
from ocop_desktop.domain.reporting import Tally, UnitRollup, summarize
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.report.models import (
    GROUP_ROLE,
    BroadcastModel,
    RegisterModel,
    SummaryModel,
)
from ocop_desktop.ui.report.page import ReportPage
from ocop_desktop.ui.report.widgets import PeriodChooser
from ocop_desktop.ui.tasks import Cancelled
from tests.conftest import COMMUNE, make_record
from tests.ui.conftest import add_records, settle

FORMS = {form.code: form for form in DEFAULT_FORMS}


@pytest.fixture
def page(ctx: AppContext, qtbot) -> Iterator[ReportPage]:  # type: ignore[no-untyped-def]
    add_records(ctx.repo, [
        make_record(minutes=10, language="tay"),
        make_record(topic_code="QD861", minutes=20, date=dt.date(2021, 6, 30)),
        make_record(form_code="meeting", items=1, participants=30, airings=None, minutes=None,
                    language=None, source=None),
        make_record(minutes=99, date=dt.date(2021, 7, 1)),
    ])
    widget = ReportPage(ctx)
    qtbot.addWidget(widget)
    widget.period_chooser.set_period(parse_period("2021-06"))
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    settle()
    yield widget
    settle()  # a refresh the test started ends before the file closes


def _summary() -> object:
    tallies = [Tally("OCOP", "radio", COMMUNE, "vi", "self", 2, items=2, airings=4, minutes=30),
               Tally("QD861", "meeting", "05983", None, None, 1, items=1, participants=40)]
    rollup = UnitRollup("178", (("05983", "Phường Đồng Đăng"), (COMMUNE, "Xã Hoàng Đồng")),
                        {COMMUNE: COMMUNE, "05983": "05983"})
    return summarize(tallies, period=parse_period("2021-06"), forms=FORMS, topics=[],
                     rollup=rollup)


def test_models_pass_the_model_tester(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    summary = _summary()
    topics = SummaryModel("Chủ đề")
    qtmodeltester.check(topics)
    topics.set_table(summary.by_topic)  # type: ignore[attr-defined]
    qtmodeltester.check(topics)
    units = SummaryModel("Đơn vị")
    units.set_table(summary.by_unit)  # type: ignore[attr-defined]
    qtmodeltester.check(units)
    broadcast = BroadcastModel()
    qtmodeltester.check(broadcast)
    broadcast.set_table(summary.broadcast)  # type: ignore[attr-defined]
    qtmodeltester.check(broadcast)
    register = RegisterModel()
    qtmodeltester.check(register)


def test_register_model_passes_with_entries(ctx: AppContext, tmp_path: Path,
                                            qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    report_ops.export_report(ctx.repo, period=parse_period("2021-06"), out=tmp_path / "a.xlsx")
    report_ops.export_report(ctx.repo, period=parse_period("2021-05"), out=tmp_path / "b.xlsx")
    (tmp_path / "b.xlsx").unlink()
    model = RegisterModel()
    model.set_entries(report_ops.list_reports(ctx.repo))
    qtmodeltester.check(model)
    assert model.index(0, RegisterModel.FILE).data() == "b.xlsx"
    assert "không còn tệp" in model.index(0, RegisterModel.FILE).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, RegisterModel.STATUS).data() == "Đã xuất"


def test_summary_model_cells() -> None:
    model = SummaryModel("Chủ đề")
    model.set_table(_summary().by_topic)  # type: ignore[attr-defined]
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Số tin, bài"
    assert model.headerData(1, Qt.Orientation.Horizontal, GROUP_ROLE).startswith("Tin, bài")
    assert model.index(2, 0).data() == "Tổng cộng"
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 3).data() == "30"
    assert model.index(2, 5).data(Qt.ItemDataRole.EditRole) == 40


def test_page_shows_the_summary(page: ReportPage) -> None:
    assert page.topic_model.rowCount() == 3  # OCOP, QD861, totals
    assert page.topic_model.index(0, 0).data() == "Chương trình OCOP 2021–2025"
    total = page.topic_model.rowCount() - 1
    minutes = [c for c in range(1, page.topic_model.columnCount())
               if page.topic_model.headerData(c, Qt.Orientation.Horizontal) == "Số phút"][0]
    assert page.topic_model.index(total, minutes).data() == "30"
    assert "3 hoạt động" in page.range_label.text()
    assert not page.tabs.isTabVisible(1)  # a station has no table of child units
    assert page.broadcast_model.index(0, 0).data() == "Tiếng Việt"


def test_changing_period_and_scope_recomputes(page: ReportPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.period_chooser.set_period(parse_period("2021-07"))
    qtbot.waitUntil(lambda: "1 hoạt động" in page.range_label.text())
    page.period_chooser.set_period(parse_period("2021-Q3"))
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.period.key == "2021-Q3")
    page.period_chooser.set_period(parse_period("2021-06"))
    page.scope.setCurrentIndex(page.scope.findData("1234/STTTT-TTBCXB"))
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.scope is not None)
    assert [r.code for r in page.summary.by_topic.rows] == ["OCOP", "QD861"]


def test_data_change_refreshes(page: ReportPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop import operations

    page.ctx.apply(operations.save_record, record=make_record(minutes=1000),
                   today=dt.date(2021, 7, 1))
    qtbot.waitUntil(lambda: "4 hoạt động" in page.range_label.text())


@pytest.mark.parametrize(("kind", "part", "key"), [
    (PeriodKind.MONTH, 5, "2021-06"),
    (PeriodKind.QUARTER, 1, "2021-Q2"),
    (PeriodKind.HALF, 1, "2021-H2"),
    (PeriodKind.NINE_MONTHS, None, "2021-9M"),
    (PeriodKind.YEAR, None, "2021"),
])
def test_period_chooser(qtbot, kind: PeriodKind, part: int | None, key: str) -> None:  # type: ignore[no-untyped-def]
    chooser = PeriodChooser(today=dt.date(2021, 7, 3))
    qtbot.addWidget(chooser)
    assert chooser.period() == parse_period("2021-06")  # the month being reported
    chooser.kind.setCurrentIndex(chooser.KINDS.index(kind))
    if part is not None:
        chooser.part.setCurrentIndex(part)
    assert chooser.period() == parse_period(key)


def test_period_chooser_custom_range_and_cutoff(qtbot) -> None:  # type: ignore[no-untyped-def]
    chooser = PeriodChooser(today=dt.date(2021, 6, 20), cutoff_day=15)
    qtbot.addWidget(chooser)
    chooser.show()
    # On 20/06 the month 15/05 – 14/06 has just ended: that is the report being made.
    assert chooser.period() == parse_period("2021-06", cutoff_day=15)
    with qtbot.waitSignal(chooser.changed):
        chooser.kind.setCurrentIndex(chooser.KINDS.index(PeriodKind.CUSTOM))
    assert chooser.date_from.isVisible() and not chooser.year.isVisible()
    period = chooser.period()
    assert period is not None and (period.start, period.end) == (dt.date(2021, 5, 15),
                                                                 dt.date(2021, 6, 14))
    chooser.date_to.set_date(dt.date(2021, 5, 1))
    assert chooser.period() is None  # reversed range


def test_export_writes_the_file_and_registers_it(page: ReportPage, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "BC.xlsx"
    monkeypatch.setattr(page, "ask_output_path", lambda: out)
    announced = []
    page.ctx.changed.connect(announced.append)
    assert page.number.value() == 1
    page.export_button.click()
    settle()
    assert out.is_file()
    assert "01/BC-UBND" in page.result_label.text()
    assert page.register_model.rowCount() == 1
    assert page.register_model.index(0, RegisterModel.FILE).data() == "BC.xlsx"
    assert page.number.value() == 2  # the next free number
    assert any(report_ops.Area.REPORTS in c.areas for c in announced)
    assert page.export_button.isEnabled()


def test_suggested_file_name_in_the_last_folder(page: ReportPage, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from ocop_desktop.ui.preferences import FolderKind, Preferences

    Preferences().set_folder(FolderKind.EXPORT, tmp_path)
    assert page.suggested_path() == tmp_path / "BC-05986-2021-06.xlsx"


def test_export_error_is_explained(page: ReportPage, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(page, "ask_output_path", lambda: tmp_path / "missing" / "BC.xlsx")
    page.export_button.click()
    settle()
    assert shown and "Không tìm thấy" in shown[0] and "Tệp báo cáo" in shown[0]
    assert page.register_model.rowCount() == 0


def test_unexpected_error_shows_no_traceback(page: ReportPage, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(page, "ask_output_path", lambda: tmp_path / "BC.xlsx")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(report_ops, "export_report", broken)
    page.export_button.click()
    settle()
    assert shown and "Traceback" not in shown[0] and "RuntimeError" in shown[0]


def test_cancelled_export_writes_nothing(page: ReportPage, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "BC.xlsx"
    monkeypatch.setattr(page, "ask_output_path", lambda: out)
    original = report_ops.export_report

    def cancelling(*args: object, **kwargs: object) -> object:
        kwargs["cancelled"] = lambda: True
        return original(*args, **kwargs)  # type: ignore[arg-type]

    add_records(page.ctx.repo, [make_record(title=f"T{i}") for i in range(1500)])
    monkeypatch.setattr(report_ops, "export_report", cancelling)
    page.export_button.click()
    settle()
    assert not out.exists()
    assert "Đã hủy" in page.result_label.text()
    assert page.register_model.rowCount() == 0
    assert issubclass(Cancelled, Exception)


def test_bad_symbol_is_refused(page: ReportPage, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(page, "ask_output_path", lambda: tmp_path / "BC.xlsx")
    page.symbol.setText("BC/UBND")
    page.export_button.click()
    settle()
    assert shown and "Ký hiệu báo cáo" in shown[0]
    assert not (tmp_path / "BC.xlsx").exists()
    with pytest.raises(ValidationError):
        report_ops.set_report_symbol(page.ctx.repo, symbol="a/b")


def test_open_folder(page: ReportPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr("ocop_desktop.ui.report.page.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    monkeypatch.setattr(page, "ask_output_path", lambda: tmp_path / "BC.xlsx")
    page.export_button.click()
    settle()
    assert not page.open_folder_button.isEnabled()
    page.register_view.selectRow(0)
    assert page.open_folder_button.isEnabled()
    assert page.selected_report() is not None
    page.open_folder_button.click()
    page.open_file_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path), str(tmp_path / "BC.xlsx")]


def test_office_sees_the_table_of_child_units(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from ocop_desktop import operations
    from ocop_desktop.domain.records import Role

    installation = ctx.repo.installation()
    assert installation is not None
    operations.save_installation(ctx.repo, installation=replace(
        installation, unit_code="178", role=Role.OFFICE))
    add_records(ctx.repo, [make_record(unit_code="05983", minutes=5)])
    widget = ReportPage(ctx)
    qtbot.addWidget(widget)
    widget.period_chooser.set_period(parse_period("2021-06"))
    widget.refresh()
    settle()
    assert widget.tabs.isTabVisible(1)
    assert widget.unit_model.index(0, 0).data() == "Phường Đồng Đăng"


def test_page_in_the_main_window(main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("reports")
    assert isinstance(page, ReportPage)
    page.grab()  # paints the two-level header without warnings


def test_summary_is_computed_off_the_gui_thread(page: ReportPage, qtbot,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    page.period_chooser.set_period(parse_period("2021-Q3"))
    page.refresh()
    page.period_chooser.set_period(parse_period("2021"))
    page.refresh()  # a newer request: only its result is shown
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.period.key == "2021",
                    timeout=10_000)
    assert page.summary.records == 4
    page.summary_runner.wait()


def test_parts_in_words_are_written_previewed_kept_and_reused(
        page: ReportPage, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ocop_desktop.domain.report_text import NarrativePart

    texts = page.texts
    page.tabs.setCurrentWidget(texts)
    qtbot.waitUntil(lambda: page.summary is not None)
    preview = texts.preview.text()
    assert "TM. ỦY BAN NHÂN DÂN" not in preview  # the fixture's signer signs as himself
    assert "ỦY BAN NHÂN DÂN" in preview and "XÃ HOÀNG ĐỒNG" in preview
    assert "Kính gửi: Phòng Văn hóa và Thông tin." in preview and "- Như trên;" in preview
    assert "ĐÁNH GIÁ" not in preview  # empty parts are left out
    edit = texts.edits[NarrativePart.ASSESSMENT]
    edit.setFocus()
    edit.insertPlainText("Ưu điểm: phát sóng đều đặn.")  # QTest types ASCII only
    assert "II. ĐÁNH GIÁ" in texts.preview.text()
    assert "Ưu điểm: phát sóng đều đặn." in texts.preview.text()
    assert "Chưa lưu" in texts.saved_label.text()
    out = tmp_path / "BC.xlsx"
    monkeypatch.setattr(page, "ask_output_path", lambda: out)
    page.export_button.click()
    settle()
    assert out.is_file() and "Đã lưu" in texts.saved_label.text()
    cells = [str(c.value) for row in openpyxl.load_workbook(out)["Báo cáo"].iter_rows()
             for c in row if c.value is not None]
    assert any("Ưu điểm: phát sóng đều đặn." in c for c in cells)
    # The next month starts empty, and can start from the last one.
    page.period_chooser.set_period(parse_period("2021-07"))
    page.refresh()
    settle()
    assert edit.toPlainText() == ""
    assert texts.previous_button.isEnabled()
    texts.previous_button.click()
    assert edit.toPlainText() == "Ưu điểm: phát sóng đều đặn."
    # Typed but not saved: kept when the user turns to another month and back.
    page.period_chooser.set_period(parse_period("2021-08"))
    page.refresh()
    settle()
    page.period_chooser.set_period(parse_period("2021-07"))
    page.refresh()
    settle()
    assert edit.toPlainText() == "Ưu điểm: phát sóng đều đặn."
    page.grab().save(str(tmp_path / "report-page.png"))
