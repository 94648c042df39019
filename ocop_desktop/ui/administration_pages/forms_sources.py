"""Forms and sources with their windows of validity and former names (Danh mục → Hình
thức và nguồn)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.catalogue import Choice, Form
from ocop_desktop.operations import Area, queries
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.ui.administration_pages.common import _tr
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import format_date, list_table

CatalogueRow = tuple[str, str, str, dt.date | None, dt.date | None, str]


class FormSourceTableModel(RowsTableModel[CatalogueRow]):
    def headers(self) -> list[str]:
        return [_tr("Loại"), _tr("Mã"), _tr("Tên hiện nay"), _tr("Từ ngày"), _tr("Đến ngày"),
                _tr("Tên trước đây")]

    def cell(self, item: CatalogueRow, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = item[column]
        if column in (3, 4):
            return format_date(value) if isinstance(value, dt.date) else "…"
        if column == 2:
            return catalogue_name(str(value))
        return value


def _former_text(former: Sequence[tuple[str, dt.date | None, dt.date]]) -> str:
    return "; ".join(_tr("đến {day}: {name}").format(day=format_date(until), name=name)
                     for name, _, until in former)


class FormsSourcesPage(QWidget):
    """Forms and sources with their windows and former names (changed with ``ocop-desktop
    form validity`` / ``source validity``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Hình thức tuyên truyền theo Nghị định 49/2024/NĐ-CP và nguồn chương trình, với "
            "thời gian hiệu lực. Bản ghi có ngày ngoài thời gian hiệu lực sẽ bị từ chối; bản "
            "ghi cũ giữ mã và được báo cáo theo tên có hiệu lực vào ngày của bản ghi."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = FormSourceTableModel(self)
        self.view = list_table(self.model, self, stretch=5)
        layout.addWidget(self.view)
        ctx.changed.connect(lambda changes: self.reload()
                            if changes.areas & {Area.RELATIONS} else None)
        self.reload()

    def reload(self) -> None:
        repo = self.ctx.repo
        form_names = queries.former_names(repo, "form")
        source_names = queries.former_names(repo, "source")
        forms: dict[str, Form] = queries.forms(repo, include_inactive=True)
        sources: dict[str, Choice] = queries.sources(repo)
        rows: list[CatalogueRow] = [
            (self.tr("Hình thức"), f.code, f.name, f.valid_from, f.valid_to,
             _former_text(form_names.get(f.code, []))) for f in forms.values()]
        rows += [(self.tr("Nguồn"), s.code, s.name, s.valid_from, s.valid_to,
                  _former_text(source_names.get(s.code, []))) for s in sources.values()]
        self.model.set_rows(rows)
