"""The import's bulk row maker must give exactly the rows ``record_to_row`` gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from ocop_desktop.storage.imports import ImportStore, RowMaker
from ocop_desktop.storage.repository import Repository, record_to_row
from tests.conftest import make_record

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ" \
             "ùúủũụừứửữựỳýỷỹỵ fjwz0123456789,.-–/()\u0300\u0301\u0303\u0309\u0323\u0306\u0302" \
             "\u031b\t\u00a0"
TEXT = st.text(alphabet=VIETNAMESE, max_size=40)


@settings(max_examples=300, deadline=None)
@given(title=TEXT, location=TEXT, operator=TEXT, notes=TEXT)
def test_row_maker_matches_the_repository(title: str, location: str, operator: str,
                                          notes: str) -> None:
    maker = RowMaker()
    record = make_record(title=title, location=location, operator=operator, notes=notes)
    assert maker.row(record) == record_to_row(record)
    assert maker.row(record) == record_to_row(record)  # again, from the caches


def test_row_maker_on_real_titles() -> None:
    maker = RowMaker()
    for title in ("Tuyên truyền sản phẩm OCOP na Chi Lăng", "Hoà  Hòa   HOÀ", " Đồng Đăng ",
                  "Quyết định 861/QĐ-TTg", "", "Thuỵ – Thụy", "a\u0302\u0301 ngã"):
        record = make_record(title=title, notes=title, location="Thôn Nà Lầm")
        assert maker.check(record), title


def test_tree_epochs_cut_at_unit_changes(repo: Repository) -> None:
    from ocop_desktop import operations
    from ocop_desktop.domain.records import Unit, UnitLevel

    operations.import_units(repo, units=[Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
                                         Unit("178", "Thành phố Lạng Sơn", UnitLevel.DISTRICT,
                                              "20", valid_to=dt.date(2025, 6, 30))])
    assert ImportStore(repo.db).tree_epochs(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == [
        (dt.date(2025, 1, 1), dt.date(2025, 6, 30)), (dt.date(2025, 7, 1),
                                                      dt.date(2025, 12, 31))]
    assert ImportStore(repo.db).tree_epochs(dt.date(2021, 6, 1), dt.date(2021, 6, 30)) == [
        (dt.date(2021, 6, 1), dt.date(2021, 6, 30))]
