"""The log's table model: a correct Qt model, lazy by page, ordered and refreshed by SQL."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ocop_desktop import operations
from ocop_desktop.domain.records import RecordQuery, SortKey, Topic
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.log_table import Column, RecordRole, RecordTableModel, UuidRole
from tests.conftest import make_record
from tests.ui.conftest import add_records, many_records


def test_model_passes_qtmodeltester(ctx: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    add_records(ctx.repo, many_records(450))
    model = RecordTableModel(ctx)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(RecordTableModel(ctx), force_py=False)
    # And again after the signals a live model emits: a reset and a data change.
    ctx.apply(operations.save_record, record=make_record(title="Thêm một dòng"))
    assert model.rowCount() == 451


def test_empty_model_passes_qtmodeltester(ctx: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(ctx)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None


def test_cells_show_the_record(ctx: AppContext) -> None:
    record = make_record(date=dt.date(2021, 6, 21), time=dt.time(6, 30), items=1, airings=2,
                         minutes=15, language="tay", location="Thôn Nà Lải",
                         operator="Hoàng Văn A", title="Na Chi Lăng đạt 4 sao")
    ctx.apply(operations.save_record, record=record)
    model = RecordTableModel(ctx)
    row = [model.data(model.index(0, c)) for c in Column]
    assert row == ["21/06/2021", "06:30", "Xã Hoàng Đồng", "Chương trình OCOP 2021–2025",
                   "Truyền thanh", "Na Chi Lăng đạt 4 sao", "1", "2", "15", "Tiếng Tày",
                   "Tự sản xuất", "Thôn Nà Lải", "Hoàng Văn A"]
    assert model.data(model.index(0, Column.TITLE), RecordRole) == record
    assert model.data(model.index(0, 0), UuidRole) == record.uuid
    assert model.headerData(Column.TITLE, Qt.Orientation.Horizontal) == "Tiêu đề"
    alignment = model.data(model.index(0, Column.MINUTES), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_ten_thousand_rows_are_read_a_few_pages_at_a_time(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_records(ctx.repo, many_records(10_000))
    model = RecordTableModel(ctx)
    assert model.rowCount() == 10_000
    assert model.pages_fetched == 0  # counting reads no rows

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint, as the screen would
    assert 1 <= model.pages_fetched <= 2
    assert model.data(model.index(0, Column.TITLE)) == "Bản tin số 00000"

    view.scrollToBottom()
    view.grab()
    assert model.pages_fetched <= 4
    assert model.data(model.index(9_999, Column.TITLE)) == "Bản tin số 09999"

    # Reading every page keeps only the most recent ones in memory (it stays flat).
    for row in range(0, 10_000, model.PAGE_SIZE):
        model.data(model.index(row, 0))
    assert model.pages_fetched <= 4 + 10_000 // model.PAGE_SIZE
    assert model.cached_page_count() <= model.MAX_CACHED_PAGES


def test_sorting_is_done_by_the_database(ctx: AppContext) -> None:
    for title in ("Ông Bình", "An toàn giao thông", "Đường làng", "Ăn uống", "Dân số"):
        ctx.apply(operations.save_record, record=make_record(title=title))
    model = RecordTableModel(ctx)
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.TITLE and not model.query.descending
    titles = [model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())]
    assert titles == ["An toàn giao thông", "Ăn uống", "Dân số", "Đường làng", "Ông Bình"]

    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, Column.TITLE)) == "Ông Bình"

    before = model.query
    model.sort(Column.MINUTES, Qt.SortOrder.AscendingOrder)  # not indexed: ignored
    assert model.query == before


def test_filter_query_narrows_rows(ctx: AppContext) -> None:
    ctx.apply(operations.save_record, record=make_record(title="Tại Đồng Đăng"))
    ctx.apply(operations.save_record, record=make_record(title="Khác", topic_code="QD861"))
    model = RecordTableModel(ctx)
    model.set_query(RecordQuery(search="dong dang"))
    assert model.rowCount() == 1
    model.set_query(RecordQuery(topic_code="QD861"))
    assert [model.data(model.index(0, Column.TITLE))] == ["Khác"]


def test_model_follows_changes(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(ctx)
    record = make_record(title="Bản tin sáng")
    with qtbot.waitSignal(model.modelReset):
        ctx.apply(operations.save_record, record=record)
    assert model.rowCount() == 1
    with qtbot.waitSignal(model.dataChanged):
        ctx.apply(operations.save_topic, topic=Topic("OCOP", "Chương trình OCOP mới",
                                                     "1234/STTTT-TTBCXB", dt.date(2021, 1, 1),
                                                     dt.date(2025, 12, 31)), old_code="OCOP")
    assert model.data(model.index(0, Column.TOPIC)) == "Chương trình OCOP mới"
    ctx.apply(operations.set_records_deleted, uuids=[record.uuid], deleted=True)
    assert model.rowCount() == 0
    assert model.index(0, 0, QModelIndex()).isValid() is False


def test_row_of_finds_a_record(ctx: AppContext) -> None:
    add_records(ctx.repo, many_records(500))
    model = RecordTableModel(ctx)
    uuid = model.record(321).uuid  # type: ignore[union-attr]
    assert model.row_of(uuid, near=300) == 321
    assert model.row_of("no-such-uuid") is None
