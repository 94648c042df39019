"""The unit catalogue on a chosen day, as a tree, with import and export.

Units change over time (districts until July 2025, then province → commune): the page shows
the catalogue valid on the day chosen at its top.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.records import UnitLevel
from ocop_desktop.operations import Area, Changes, catalogue_files, queries
from ocop_desktop.ui.catalogue.models import UnitTreeModel
from ocop_desktop.ui.catalogue.unit_import import (
    ImportOutcome,
    UnitImportDialog,
    choose_unit_file,
    import_unit_list,
    show_outcome,
)
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import save_file_name
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.widgets import DateEdit, format_date


class UnitsPage(QWidget):
    """The unit catalogue on a chosen day, with import and export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Danh mục có hiệu lực ngày:"), self))
        self.day_edit = DateEdit(self)
        self.day_edit.set_date(dt.date.today())
        self.day_edit.setToolTip(self.tr(
            "Đơn vị hành chính thay đổi theo thời gian: chọn ngày để xem danh mục lúc đó "
            "(ví dụ 01/06/2021 có cấp huyện, 01/07/2025 không còn cấp huyện)."))
        bar.addWidget(self.day_edit)
        self.today_button = QPushButton(self.tr("Hôm nay"), self)
        bar.addWidget(self.today_button)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Tìm tên hoặc mã, không cần dấu…"))
        self.search_edit.setClearButtonEnabled(True)
        bar.addWidget(self.search_edit, 1)
        self.import_button = QPushButton(self.tr("&Nhập danh mục…"), self)
        self.import_button.setToolTip(self.tr(
            "Nhập danh mục đơn vị hành chính của Tổng cục Thống kê (Excel hoặc CSV) hoặc tệp "
            "CSV danh mục riêng của phần mềm."))
        self.export_button = QPushButton(self.tr("&Xuất danh mục…"), self)
        self.export_button.setToolTip(self.tr(
            "Lưu toàn bộ danh mục (mọi thời kỳ) ra tệp CSV, để chép sang máy khác."))
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)

        self.model = UnitTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(UnitTreeModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.empty_label = QLabel(self.tr(
            "Chưa có đơn vị nào có hiệu lực vào ngày này. Bấm “Nhập danh mục…” để nhập tệp "
            "danh mục đơn vị hành chính của Tổng cục Thống kê (Excel hoặc CSV)."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("hint")
        layout.addWidget(self.empty_label)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("hint")
        layout.addWidget(self.summary_label)

        self.day_edit.date_changed.connect(lambda _day: self.reload())
        self.today_button.clicked.connect(self._today)
        self.search_edit.textChanged.connect(lambda _text: self.reload())
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button.clicked.connect(self.choose_and_export)
        ctx.changed.connect(self._changed)
        self.reload()

    def day(self) -> dt.date:
        return self.day_edit.date() or dt.date.today()

    def set_day(self, day: dt.date) -> None:
        self.day_edit.set_date(day)
        self.reload()

    def _today(self) -> None:
        self.set_day(dt.date.today())

    def _changed(self, changes: Changes) -> None:
        if Area.UNITS in changes.areas:
            self.reload()

    def reload(self) -> None:
        day = self.day()
        self.model.set_units(queries.units(self.ctx.repo, day), self.search_edit.text())
        searching = bool(self.search_edit.text().strip())
        if self.model.rowCount() and (searching or self.model.unit_count() < 400):
            self.tree.expandAll()
        elif self.model.rowCount():
            self.tree.collapseAll()
            for row in range(self.model.rowCount()):
                self.tree.expand(self.model.index(row, 0))
        empty = self.model.unit_count() == 0
        self.empty_label.setVisible(empty and not searching)
        counts = self.model.counts()
        parts = []
        if counts[UnitLevel.PROVINCE]:
            parts.append(self.tr("{n} tỉnh").format(n=counts[UnitLevel.PROVINCE]))
        if counts[UnitLevel.DISTRICT]:
            parts.append(self.tr("{n} huyện").format(n=counts[UnitLevel.DISTRICT]))
        if counts[UnitLevel.COMMUNE]:
            parts.append(self.tr("{n} xã, phường, thị trấn").format(
                n=counts[UnitLevel.COMMUNE]))
        self.summary_label.setText(self.tr("Ngày {day}: {counts}.").format(
            day=format_date(day), counts=", ".join(parts) if parts else self.tr("không có đơn "
                                                                                 "vị nào")))

    def choose_and_import(self) -> None:
        path = choose_unit_file(self)
        if path is None:
            return
        dialog = UnitImportDialog(self.ctx, path, self)
        dialog.exec()
        if dialog.outcome is not None:
            self.show_outcome(dialog.outcome)

    def import_file(self, path: Path, valid_from: dt.date | None = None) -> ImportOutcome:
        """Import without asking (the dialog's work; also what tests call)."""
        outcome = import_unit_list(self.ctx, path, valid_from)
        self.show_outcome(outcome)
        return outcome

    def show_outcome(self, outcome: ImportOutcome) -> None:
        show_outcome(self.result_label, outcome)

    def choose_and_export(self) -> None:
        prefs = Preferences()
        suggested = prefs.folder(FolderKind.CATALOGUE) / "danh-muc-don-vi.csv"
        name, _ = save_file_name(
            self, self.tr("Lưu danh mục đơn vị"), str(suggested),
            self.tr("Tệp CSV (*.csv)"))
        if not name:
            return
        path = Path(name)
        prefs.set_folder(FolderKind.CATALOGUE, path.parent)
        self.export_to(path)

    def export_to(self, path: Path) -> ImportOutcome:
        try:
            count = catalogue_files.export_unit_list(self.ctx.repo, path=path)
        except OSError as exc:
            outcome = ImportOutcome(False, self.tr("Không ghi được tệp {file}: {reason}").format(
                file=str(path), reason=exc.strerror or str(exc)))
        else:
            outcome = ImportOutcome(True, self.tr("Đã lưu {n} đơn vị vào tệp {file}.").format(
                n=count, file=str(path)))
        self.show_outcome(outcome)
        return outcome
