"""The loudspeaker cluster register (Danh mục → Cụm loa): its table, the dialogs to add
or edit a cluster and to record a change of state, and the tab."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.administration import (
    Cluster,
    ClusterKind,
    ClusterStatus,
    StatusChange,
)
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations import administration as ops
from ocop_desktop.ui.administration_pages.common import (
    _EditDialog,
    _tr,
    kind_name,
    status_name,
)
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import DateEdit, format_date, list_table

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
        self.view = list_table(self.model, self, stretch=1)
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
        installation = queries.installation(self.ctx.repo)
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


