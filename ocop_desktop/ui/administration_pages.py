"""Danh mục tabs of issue 13: the loudspeaker cluster register, the reporting relationships,
and the forms and sources with their windows."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.administration import (
    Cluster,
    ClusterKind,
    ClusterStatus,
    ReportingRelation,
    StatusChange,
)
from ocop_desktop.domain.catalogue import Choice, Form
from ocop_desktop.domain.records import UNIT_LEVEL_NAMES, UnitLevel
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes
from ocop_desktop.operations import administration as ops
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.ui.catalogue_pages import _EditDialog
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import DateEdit, format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdministrationPages", text)


def kind_name(kind: ClusterKind | None) -> str:
    names = {ClusterKind.IP: _tr("Truyền thanh IP"), ClusterKind.WIRED: _tr("Có dây"),
             ClusterKind.FM: _tr("Không dây (FM)")}
    return names.get(kind, "") if kind else ""


def status_name(status: ClusterStatus | None) -> str:
    names = {ClusterStatus.WORKING: _tr("Đang hoạt động"), ClusterStatus.BROKEN: _tr("Hỏng"),
             ClusterStatus.REMOVED: _tr("Đã dỡ bỏ")}
    return names.get(status, _tr("Chưa lắp đặt")) if status else _tr("Chưa lắp đặt")


def _table(model: RowsTableModel, parent: QWidget, stretch: int) -> QTableView:  # type: ignore[type-arg]
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


# -- loudspeaker clusters ----------------------------------------------------------------

ClusterRow = tuple[Cluster, StatusChange | None]


class ClusterTableModel(RowsTableModel[ClusterRow]):
    COLUMNS = ("id", "name", "village", "former", "kind", "status", "since", "note")

    def headers(self) -> list[str]:
        return [_tr("Số"), _tr("Tên cụm loa"), _tr("Thôn, xã cũ"), _tr("Mã xã cũ"),
                _tr("Loại"), _tr("Tình trạng"), _tr("Từ ngày"), _tr("Ghi chú")]

    def cluster_at(self, row: int) -> Cluster | None:
        item = self.row_at(row)
        return item[0] if item else None

    def row_of(self, cluster_id: int | None) -> int:
        return next((i for i, (c, _) in enumerate(self.rows) if c.id == cluster_id), -1)

    def cell(self, item: ClusterRow, column: int, role: int) -> object:
        cluster, state = item
        key = self.COLUMNS[column]
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and state is not None:
            if state.status is ClusterStatus.BROKEN:
                return QColor("#b71c1c")
            if state.status is ClusterStatus.REMOVED:
                return QColor("#5f6368")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if key == "id":
            return str(cluster.id)
        if key == "name":
            return cluster.name
        if key == "village":
            return cluster.village
        if key == "former":
            return cluster.former_unit or ""
        if key == "kind":
            return kind_name(cluster.kind)
        if key == "status":
            return status_name(state.status if state else None)
        if key == "since":
            return format_date(state.since) if state else ""
        return state.note if state else ""


class ClusterDialog(_EditDialog):
    """Add or edit a cluster (name, village, former commune, kind, installed date)."""

    def __init__(self, ctx: AppContext, unit_code: str, cluster: Cluster | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.unit_code = unit_code
        self.original = cluster
        self.setWindowTitle(self.tr("Sửa cụm loa") if cluster else self.tr("Thêm cụm loa"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("ví dụ: Cụm loa thôn Nà Cạn"))
        self.village_edit = QLineEdit(self)
        self.village_edit.setMaxLength(500)
        self.village_edit.setPlaceholderText(self.tr("thôn, bản hoặc xã cũ được phục vụ"))
        self.former_edit = QLineEdit(self)
        self.former_edit.setMaxLength(5)
        self.former_edit.setPlaceholderText(self.tr("mã xã cũ, khi đây là đài của xã cũ"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("(chưa rõ)"), "")
        for kind in ClusterKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.installed_edit = DateEdit(self, placeholder=self.tr("để trống: hôm nay"))
        self.add_field("name", self.tr("Tên cụm loa:"), self.name_edit)
        self.add_field("village", self.tr("Thôn, xã cũ:"), self.village_edit)
        self.add_field("former_unit", self.tr("Mã xã cũ:"), self.former_edit)
        self.add_field("kind", self.tr("Loại:"), self.kind_combo)
        self.add_field("installed_on", self.tr("Ngày lắp đặt:"), self.installed_edit)
        if cluster is not None:
            self.name_edit.setText(cluster.name)
            self.village_edit.setText(cluster.village)
            self.former_edit.setText(cluster.former_unit or "")
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(
                cluster.kind.value if cluster.kind else "")))
            self.installed_edit.set_date(cluster.installed_on)
        self.saved_id: int | None = None
        self.resize(560, 0)

    def save(self) -> None:
        problems = self.date_problems("installed_on", self.installed_edit, required=False)
        if problems:
            self.show_problems(problems)
            return
        kind = self.kind_combo.currentData()
        cluster = Cluster(
            name=" ".join(self.name_edit.text().split()), unit_code=self.unit_code,
            village=" ".join(self.village_edit.text().split()),
            former_unit=self.former_edit.text().strip() or None,
            kind=ClusterKind(kind) if kind else None,
            installed_on=self.installed_edit.date())
        try:
            if self.original is None or self.original.id is None:
                self.saved_id = ops.add_cluster(self.ctx.repo, cluster=cluster)
                self.ctx.announce(Changes(frozenset({Area.CLUSTERS}), added=1))
            else:
                self.ctx.apply(ops.update_cluster, cluster_id=self.original.id, cluster=cluster)
                self.saved_id = self.original.id
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


class ClusterStatusDialog(_EditDialog):
    """"From <day>, the cluster is working / broken / removed", with a note."""

    def __init__(self, ctx: AppContext, cluster: Cluster, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cluster = cluster
        self.setWindowTitle(self.tr("Tình trạng cụm loa: {name}").format(name=cluster.name))
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons_by_status: dict[ClusterStatus, QRadioButton] = {}
        for status, text in ((ClusterStatus.WORKING, self.tr("&Hoạt động")),
                             (ClusterStatus.BROKEN, self.tr("&Hỏng")),
                             (ClusterStatus.REMOVED, self.tr("Đã &dỡ bỏ"))):
            button = QRadioButton(text, box)
            self.group.addButton(button)
            self.buttons_by_status[status] = button
            row.addWidget(button)
        row.addStretch(1)
        current = cluster.state_on(dt.date.today())
        proposed = (ClusterStatus.BROKEN if current is None
                    or current.status is ClusterStatus.WORKING else ClusterStatus.WORKING)
        self.buttons_by_status[proposed].setChecked(True)
        self.since_edit = DateEdit(self)
        self.since_edit.set_date(dt.date.today())
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("ví dụ: hỏng do sét, chờ thay bộ thu"))
        self.add_field("status", self.tr("Tình trạng:"), box)
        self.add_field("since", self.tr("Từ ngày:"), self.since_edit)
        self.add_field("note", self.tr("Ghi chú:"), self.note_edit)
        history = QLabel(self)
        history.setWordWrap(True)
        history.setText("<br>".join(
            f"{format_date(change.since)}: {html.escape(status_name(change.status))}"
            + (f" — {html.escape(change.note)}" if change.note else "")
            for change in cluster.history) or self.tr("(chưa có)"))
        self.add_field("history", self.tr("Đã ghi:"), history)
        self.resize(560, 0)

    def status(self) -> ClusterStatus:
        return next(s for s, b in self.buttons_by_status.items() if b.isChecked())

    def save(self) -> None:
        problems = self.date_problems("since", self.since_edit, required=True)
        if problems:
            self.show_problems(problems)
            return
        assert self.cluster.id is not None
        try:
            self.ctx.apply(ops.set_cluster_status, cluster_id=self.cluster.id,
                           status=self.status(), since=self.since_edit.date(),
                           note=" ".join(self.note_edit.text().split()))
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


class ClustersPage(QWidget):
    """The station's loudspeaker clusters and their status on a day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Sổ cụm loa</b> — tình trạng vào ngày"), self))
        self.day_edit = DateEdit(self)
        self.day_edit.set_date(dt.date.today())
        bar.addWidget(self.day_edit)
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("&Thêm cụm loa…"), self)
        self.edit_button = QPushButton(self.tr("&Sửa…"), self)
        self.status_button = QPushButton(self.tr("Ghi &tình trạng…"), self)
        self.former_button = QPushButton(self.tr("Tạo từ đài các &xã cũ…"), self)
        for button in (self.add_button, self.edit_button, self.status_button,
                       self.former_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ClusterTableModel(self)
        self.view = _table(self.model, self, stretch=1)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self.add_cluster)
        self.edit_button.clicked.connect(self.edit_cluster)
        self.status_button.clicked.connect(self.change_status)
        self.former_button.clicked.connect(self.create_from_former_units)
        self.view.doubleClicked.connect(lambda _index: self.change_status())
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons())
        self.day_edit.date_changed.connect(lambda _day: self.reload())
        ctx.changed.connect(self._changed)
        self.reload()

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint: room for the names and notes."""
        return QSize(900, 520)

    def _changed(self, changes: Changes) -> None:
        if changes.areas & {Area.CLUSTERS, Area.UNITS, Area.SETTINGS}:
            self.reload()

    def unit_code(self) -> str | None:
        installation = self.ctx.repo.installation()
        return installation.unit_code if installation else None

    def reload(self, keep: int | None = None) -> None:
        selected = self.selected()
        keep = keep if keep is not None else (selected.id if selected else None)
        day = self.day_edit.date() or dt.date.today()
        code = self.unit_code()
        rows = ops.clusters_on(self.ctx.repo, day, unit_code=code) if code else []
        self.model.set_rows(rows)
        working = sum(1 for _, s in rows if s and s.status is ClusterStatus.WORKING)
        broken = sum(1 for _, s in rows if s and s.status is ClusterStatus.BROKEN)
        placed = sum(1 for _, s in rows if s and s.status is not ClusterStatus.REMOVED)
        if not rows:
            self.summary.setText(self.tr(
                "Chưa có cụm loa nào. Thêm từng cụm, hoặc — với xã, phường mới sau sáp nhập "
                "— tạo mỗi cụm từ đài truyền thanh của một xã cũ."))
        else:
            self.summary.setText(self.tr(
                "Ngày {day}: {placed} cụm loa, {working} đang hoạt động, {broken} hỏng.").format(
                day=format_date(day), placed=placed, working=working, broken=broken))
        row = self.model.row_of(keep)
        if row >= 0:
            self.view.selectRow(row)
        self.add_button.setEnabled(code is not None)
        have = {c.former_unit for c, _ in rows if c.former_unit}
        self.former_button.setEnabled(bool(code) and any(
            link.old_code not in have for link, _ in ops.former_units(self.ctx.repo, code or "")))
        self._update_buttons()

    def selected(self) -> Cluster | None:
        index = self.view.currentIndex()
        return self.model.cluster_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)

    def add_cluster(self) -> None:
        code = self.unit_code()
        if code is None:
            return
        dialog = ClusterDialog(self.ctx, code, parent=self)
        if dialog.exec():
            self.reload(dialog.saved_id)

    def edit_cluster(self) -> None:
        cluster = self.selected()
        if cluster is None:
            return
        dialog = ClusterDialog(self.ctx, cluster.unit_code, cluster, parent=self)
        if dialog.exec():
            self.reload(dialog.saved_id)

    def change_status(self) -> None:
        cluster = self.selected()
        if cluster is None:
            return
        dialog = ClusterStatusDialog(self.ctx, cluster, parent=self)
        if dialog.exec():
            self.reload(cluster.id)

    def create_from_former_units(self) -> None:
        code = self.unit_code()
        if code is None:
            return
        existing = {c.former_unit for c in ops.clusters(self.ctx.repo, unit_code=code)}
        missing = [(link, name) for link, name in ops.former_units(self.ctx.repo, code)
                   if link.old_code not in existing]
        if not missing:
            QMessageBox.information(self, self.tr("Cụm loa"), self.tr(
                "Mỗi xã cũ đã có cụm loa trong sổ."))
            return
        answer = QMessageBox.question(self, self.tr("Tạo cụm loa từ các xã cũ"), self.tr(
            "Tạo {n} cụm loa, mỗi cụm là đài truyền thanh cũ của: {names}?").format(
            n=len(missing), names=", ".join(name for _, name in missing)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = ops.create_clusters_from_links(self.ctx.repo, unit_code=code)
        self.ctx.announce(Changes(frozenset({Area.CLUSTERS}), added=len(ids)))


# -- reporting relationships ---------------------------------------------------------------

class RelationTableModel(RowsTableModel[ReportingRelation]):
    COLUMNS = ("applies", "from", "to", "recipient", "issuing", "signer")

    def headers(self) -> list[str]:
        return [_tr("Áp dụng cho"), _tr("Từ ngày"), _tr("Đến ngày"), _tr("Báo cáo gửi"),
                _tr("Cơ quan ban hành"), _tr("Người ký")]

    def cell(self, relation: ReportingRelation, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = self.COLUMNS[column]
        if key == "applies":
            if relation.unit_code:
                return _tr("Đơn vị {code}").format(code=relation.unit_code)
            return catalogue_name(UNIT_LEVEL_NAMES[relation.level]) if relation.level else ""
        if key == "from":
            return format_date(relation.valid_from) if relation.valid_from else "…"
        if key == "to":
            return format_date(relation.valid_to) if relation.valid_to else "…"
        if key == "recipient":
            return relation.recipient if role == Qt.ItemDataRole.DisplayRole else (
                relation.note or relation.recipient)
        if key == "issuing":
            return relation.issuing_body
        return relation.signer_title


class RelationDialog(_EditDialog):
    """Add or edit a reporting relationship (templates with {unit}, {parent}, {province})."""

    def __init__(self, ctx: AppContext, relation: ReportingRelation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.original = relation
        self.setWindowTitle(self.tr("Sửa quan hệ báo cáo") if relation else
                            self.tr("Thêm quan hệ báo cáo"))
        self.level_combo = QComboBox(self)
        self.level_combo.addItem(self.tr("(một đơn vị, nhập mã bên dưới)"), "")
        for level in UnitLevel:
            self.level_combo.addItem(catalogue_name(UNIT_LEVEL_NAMES[level]), level.value)
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setMaxLength(5)
        self.unit_edit.setPlaceholderText(self.tr("để trống: mọi đơn vị của cấp đã chọn"))
        self.from_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.to_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setPlaceholderText(
            self.tr("ví dụ: Sở Văn hóa, Thể thao và Du lịch {province}"))
        self.issuing_edit = QLineEdit(self)
        self.issuing_edit.setPlaceholderText(self.tr("ví dụ: Ủy ban nhân dân {unit}"))
        self.parent_edit = QLineEdit(self)
        self.parent_edit.setPlaceholderText(self.tr("để trống nếu không có"))
        self.drafter_edit = QLineEdit(self)
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setPlaceholderText(self.tr("ví dụ: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field("level", self.tr("Áp dụng cho cấp:"), self.level_combo)
        self.add_field("unit_code", self.tr("Hoặc đơn vị (mã):"), self.unit_edit)
        self.add_field("valid_from", self.tr("Từ ngày:"), self.from_edit)
        self.add_field("valid_to", self.tr("Đến ngày:"), self.to_edit)
        self.add_field("recipient_name", self.tr("Báo cáo gửi (Kính gửi):"), self.recipient_edit)
        self.add_field("issuing_body", self.tr("Cơ quan ban hành:"), self.issuing_edit)
        self.add_field("parent_body", self.tr("Cơ quan chủ quản:"), self.parent_edit)
        self.add_field("drafter", self.tr("Bộ phận tham mưu:"), self.drafter_edit)
        self.add_field("signer_title", self.tr("Người ký:"), self.signer_edit)
        self.add_field("note", self.tr("Căn cứ, ghi chú:"), self.note_edit)
        hint = QLabel(self.tr(
            "Trong các ô tên có thể dùng {unit} (tên đơn vị), {parent} (đơn vị cấp trên), "
            "{province} (tỉnh) — phần mềm điền tên có hiệu lực vào ngày của kỳ báo cáo."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        if relation is not None:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(
                relation.level.value if relation.level else "")))
            self.unit_edit.setText(relation.unit_code or "")
            self.from_edit.set_date(relation.valid_from)
            self.to_edit.set_date(relation.valid_to)
            self.recipient_edit.setText(relation.recipient)
            self.issuing_edit.setText(relation.issuing_body)
            self.parent_edit.setText(relation.parent_body)
            self.drafter_edit.setText(relation.drafter)
            self.signer_edit.setText(relation.signer_title)
            self.note_edit.setPlainText(relation.note)
        else:
            self.level_combo.setCurrentIndex(self.level_combo.findData(UnitLevel.COMMUNE.value))
        self.resize(680, 0)

    def save(self) -> None:
        problems = (self.date_problems("valid_from", self.from_edit, required=False)
                    + self.date_problems("valid_to", self.to_edit, required=False))
        if problems:
            self.show_problems(problems)
            return
        level = self.level_combo.currentData()
        relation = ReportingRelation(
            recipient=" ".join(self.recipient_edit.text().split()),
            issuing_body=" ".join(self.issuing_edit.text().split()),
            level=UnitLevel(level) if level else None,
            unit_code=self.unit_edit.text().strip() or None,
            valid_from=self.from_edit.date(), valid_to=self.to_edit.date(),
            parent_body=" ".join(self.parent_edit.text().split()),
            drafter=" ".join(self.drafter_edit.text().split()),
            signer_title=" ".join(self.signer_edit.text().split()),
            note=" ".join(self.note_edit.toPlainText().split()))
        try:
            self.ctx.apply(ops.save_relation, relation=relation,
                           relation_id=self.original.id if self.original else None)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


class RelationsPage(QWidget):
    """Who reports to whom, by date; the own unit's bodies on a chosen day below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Quan hệ báo cáo theo thời gian</b>"), self))
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("&Thêm…"), self)
        self.edit_button = QPushButton(self.tr("&Sửa…"), self)
        self.delete_button = QPushButton(self.tr("&Xóa"), self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model = RelationTableModel(self)
        self.view = _table(self.model, self, stretch=3)
        # "Áp dụng cho" shares the room with "Báo cáo gửi" (1366×768 at 125 %).
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        check = QHBoxLayout()
        check.addWidget(QLabel(self.tr("Đơn vị của máy này vào ngày:"), self))
        self.day_edit = DateEdit(self)
        self.day_edit.set_date(dt.date.today())
        check.addWidget(self.day_edit)
        check.addStretch(1)
        layout.addLayout(check)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.preview)
        self.add_button.clicked.connect(self.add_relation)
        self.edit_button.clicked.connect(self.edit_relation)
        self.delete_button.clicked.connect(self.delete_relation)
        self.view.doubleClicked.connect(lambda _index: self.edit_relation())
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons())
        self.day_edit.date_changed.connect(lambda _day: self._show_preview())
        ctx.changed.connect(self._changed)
        self.reload()

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint: the templates are long."""
        return QSize(1000, 520)

    def _changed(self, changes: Changes) -> None:
        if changes.areas & {Area.RELATIONS, Area.UNITS, Area.SETTINGS}:
            self.reload()

    def reload(self) -> None:
        self.model.set_rows(ops.relations(self.ctx.repo))
        self._update_buttons()
        self._show_preview()

    def selected(self) -> ReportingRelation | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _show_preview(self) -> None:
        installation = self.ctx.repo.installation()
        day = self.day_edit.date() or dt.date.today()
        unit = None
        if installation is not None:
            unit = (self.ctx.repo.unit(installation.unit_code, day)
                    or self.ctx.repo.any_unit(installation.unit_code))
        if unit is None:
            self.preview.setText("")
            return
        bodies = ops.bodies_on(self.ctx.repo, unit, day)
        rows = [(self.tr("Đơn vị"), unit.name), (self.tr("Kính gửi"), bodies.recipient),
                (self.tr("Cơ quan chủ quản"), bodies.parent_body),
                (self.tr("Cơ quan ban hành"), bodies.issuing_body),
                (self.tr("Bộ phận tham mưu"), bodies.drafter),
                (self.tr("Người ký"), bodies.signer_title)]
        self.preview.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td>{html.escape(k)}:</td><td><b>{html.escape(v or '—')}</b></td></tr>"
            for k, v in rows) + "</table>")

    def add_relation(self) -> None:
        RelationDialog(self.ctx, parent=self).exec()

    def edit_relation(self) -> None:
        relation = self.selected()
        if relation is not None:
            RelationDialog(self.ctx, relation, parent=self).exec()

    def delete_relation(self) -> None:
        relation = self.selected()
        if relation is None or relation.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa quan hệ báo cáo"), self.tr(
            "Xóa dòng “{recipient}”?").format(recipient=relation.recipient))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.apply(ops.delete_relation, relation_id=relation.id)


# -- forms and sources --------------------------------------------------------------------

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
        self.view = _table(self.model, self, stretch=5)
        layout.addWidget(self.view)
        ctx.changed.connect(lambda changes: self.reload()
                            if changes.areas & {Area.RELATIONS} else None)
        self.reload()

    def reload(self) -> None:
        repo = self.ctx.repo
        form_names = repo.former_names("form")
        source_names = repo.former_names("source")
        forms: dict[str, Form] = repo.forms(include_inactive=True)
        sources: dict[str, Choice] = repo.sources()
        rows: list[CatalogueRow] = [
            (self.tr("Hình thức"), f.code, f.name, f.valid_from, f.valid_to,
             _former_text(form_names.get(f.code, []))) for f in forms.values()]
        rows += [(self.tr("Nguồn"), s.code, s.name, s.valid_from, s.valid_to,
                  _former_text(source_names.get(s.code, []))) for s in sources.values()]
        self.model.set_rows(rows)
