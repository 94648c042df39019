"""The catalogues: administrative units (a tree on a chosen day), directives and topics.

``UnitsPage`` shows the units valid on a day as a tree — province → district → commune
before July 2025, province → commune after — and imports the statistics office's list or
our own CSV. ``DirectivesPage`` lists incoming directives and the topics each asks for,
with dialogs to add and edit both. ``CatalogueDialog`` holds both pages for the
"Danh mục" menu. Every write goes through ``operations`` via ``AppContext.apply``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop import operations
from ocop_desktop.domain.records import Directive, Topic, Unit, UnitLevel
from ocop_desktop.domain.text import fold, search_terms
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.excel.unit_lists import UnitListError, write_unit_list
from ocop_desktop.operations import Area, Changes
from ocop_desktop.storage.database import StorageError
from ocop_desktop.texts.problem_texts import (
    problem_line,
    problem_text,
    storage_error_text,
    unit_list_error_text,
    why_not_a_date,
)
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import open_file_name, save_file_name
from ocop_desktop.ui.installation_form import HINT_STYLE
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import (
    DateEdit,
    FieldBox,
    combo_value,
    format_date,
    problem_label,
    save_cancel_buttons,
)

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_LISTED_PROBLEMS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("Catalogue", text)


def level_name(level: UnitLevel) -> str:
    return {UnitLevel.PROVINCE: _tr("Tỉnh"), UnitLevel.DISTRICT: _tr("Huyện"),
            UnitLevel.COMMUNE: _tr("Xã")}[level]


# -- importing a unit list ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What a unit-list import did, said in words for the user."""

    ok: bool
    message: str
    result: operations.UnitImport | None = None


def import_unit_list(ctx: AppContext, path: Path, valid_from: dt.date | None) -> ImportOutcome:
    """Import a unit list into the catalogue; on any problem nothing is written.

    Shared by the Units page and the setup wizard, so both say the same thing.
    """
    try:
        result = operations.import_unit_file(ctx.repo, path=path, valid_from=valid_from)
    except UnitListError as exc:
        return ImportOutcome(False, unit_list_error_text(exc) + " " + _tr(
            "Danh mục không thay đổi."))
    except ValidationError as exc:
        lines = [problem_line(p) for p in exc.problems[:MAX_LISTED_PROBLEMS]]
        more = len(exc.problems) - len(lines)
        if more > 0:
            lines.append(_tr("… và {n} lỗi khác.").format(n=more))
        return ImportOutcome(False, _tr(
            "Không nhập được tệp {file}; danh mục không thay đổi.").format(file=path.name)
            + "\n" + "\n".join(lines))
    except StorageError as exc:
        return ImportOutcome(False, storage_error_text(exc))
    except sqlite3.Error as exc:  # e.g. the disk is full or another program locks the file
        return ImportOutcome(False, _tr(
            "Không ghi được danh mục vào tệp dữ liệu: {detail}. Danh mục không thay đổi.").format(
                detail=str(exc)))
    ctx.announce(result.changes)
    if result.merge_map:
        return ImportOutcome(True, _tr(
            "Đã nhập bảng sáp nhập từ tệp {file}: {links} liên kết đơn vị mới – đơn vị cũ được "
            "thêm, {same} đã có. Có thể tạo cụm loa từ đài truyền thanh của các xã cũ trong "
            "Danh mục → Cụm loa.").format(file=path.name, links=result.links,
                                          same=result.unchanged), result)
    message = _tr(
        "Đã nhập danh mục từ tệp {file}: {added} đơn vị mới, {changed} thay đổi, "
        "{closed} hết hiệu lực, {unchanged} không đổi.").format(
            file=path.name, added=result.added, changed=result.changed, closed=result.closed,
            unchanged=result.unchanged)
    if valid_from is not None:
        message += " " + _tr("Thay đổi có hiệu lực từ ngày {day}.").format(
            day=format_date(valid_from))
    return ImportOutcome(True, message, result)


def choose_unit_file(parent: QWidget) -> Path | None:
    prefs = Preferences()
    name, _ = open_file_name(
        parent, _tr("Chọn tệp danh mục đơn vị hành chính"),
        str(prefs.folder(FolderKind.CATALOGUE)),
        _tr("Danh mục đơn vị (*.xlsx *.xls *.csv *.txt);;Tất cả các tệp (*)"))
    if not name:
        return None
    prefs.set_folder(FolderKind.CATALOGUE, Path(name).parent)
    return Path(name)


class ValidFromField(QWidget):
    """"Danh mục mới thay cho danh mục cũ từ ngày …": an optional date with its explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.check = QCheckBox(self.tr("Danh mục mới, có &hiệu lực từ ngày:"), self)
        self.date_edit = DateEdit(self)
        self.date_edit.set_date(dt.date(2025, 7, 1))
        self.date_edit.setEnabled(False)
        self.box = FieldBox(self.date_edit, self)
        row.addWidget(self.check)
        row.addWidget(self.box)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(self.tr(
            "Chọn khi tệp là danh mục mới thay cho danh mục cũ (ví dụ danh mục sau sắp xếp "
            "đơn vị hành chính từ 01/07/2025): đơn vị đổi tên hoặc giải thể sẽ hết hiệu lực "
            "từ ngày hôm trước; số liệu cũ vẫn gắn với đơn vị cũ."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.check.toggled.connect(self.date_edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.box.clear_problem())

    def valid_from(self) -> dt.date | None:
        """The date, or ``None`` when not ticked; raises ``ValueError`` when unreadable."""
        if not self.check.isChecked():
            return None
        day = self.date_edit.date()
        if day is None:
            self.box.show_problem(_tr("Hãy nhập ngày có hiệu lực, dạng 01/07/2025."))
            raise ValueError(self.date_edit.text())
        self.box.clear_problem()
        return day

    def set_valid_from(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.date_edit.set_date(day)


class UnitImportDialog(QDialog):
    """Asks for the file's validity before importing it, then shows what happened."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.tr("Nhập danh mục đơn vị hành chính"))
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("Tệp: <b>{name}</b><br><span>{folder}</span>").format(
            name=path.name, folder=str(path.parent)), self)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(file_label)
        self.valid_from = ValidFromField(self)
        layout.addWidget(self.valid_from)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Nhập"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đóng"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, layout.totalHeightForWidth(560))  # the hint's wrapped lines too

    def run_import(self) -> None:
        try:
            valid_from = self.valid_from.valid_from()
        except ValueError:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = import_unit_list(self.ctx, self.path, valid_from)
        finally:
            QGuiApplication.restoreOverrideCursor()
        show_outcome(self.result_label, self.outcome)
        if self.outcome.ok:
            self.import_button.setEnabled(False)
            self.valid_from.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("Xong"))


def show_outcome(label: QLabel, outcome: ImportOutcome) -> None:
    """Green for done, red for refused; the text stays selectable to copy into a message."""
    color = "#1b5e20" if outcome.ok else "#b71c1c"
    label.setStyleSheet(f"QLabel {{ color: {color}; }}")
    label.setText(outcome.message)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.show()


# -- the unit tree ------------------------------------------------------------------------

@dataclass(eq=False)
class _Node:
    unit: Unit
    parent: int  # index into the node list, -1 for a root
    row: int
    children: list[int] = field(default_factory=list)


class UnitTreeModel(QAbstractItemModel):
    """Units valid on one day as a tree; a unit whose parent is not listed is a root."""

    COLUMNS = ("name", "code", "level", "valid_from", "valid_to")
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._roots: list[int] = []
        self._headers = [_tr("Tên đơn vị"), _tr("Mã"), _tr("Cấp"), _tr("Hiệu lực từ"),
                         _tr("Hiệu lực đến")]

    def set_units(self, units: Sequence[Unit], search: str = "") -> None:
        """Show these units (one version per code), keeping those that match ``search``
        and the units above them."""
        by_code = {u.code: u for u in units}
        terms = search_terms(search)
        keep = set(by_code)
        if terms:
            keep = set()
            for unit in units:
                if all(t in fold(f"{unit.name} {unit.code}") for t in terms):
                    current: Unit | None = unit
                    while current is not None and current.code not in keep:
                        keep.add(current.code)
                        current = by_code.get(current.parent_code or "")
        self.beginResetModel()
        self._nodes = []
        self._roots = []
        index_of: dict[str, int] = {}
        ordered = sorted((u for u in units if u.code in keep),
                         key=lambda u: (_DEPTH[u.level], u.code))
        for unit in ordered:
            index_of[unit.code] = len(self._nodes)
            self._nodes.append(_Node(unit, -1, 0))
        for position, node in enumerate(self._nodes):
            parent = index_of.get(node.unit.parent_code or "", -1)
            if parent == position:
                parent = -1
            node.parent = parent
            siblings = self._roots if parent < 0 else self._nodes[parent].children
            node.row = len(siblings)
            siblings.append(position)
        self.endResetModel()

    def unit_count(self) -> int:
        return len(self._nodes)

    def counts(self) -> dict[UnitLevel, int]:
        result = {level: 0 for level in UnitLevel}
        for node in self._nodes:
            result[node.unit.level] += 1
        return result

    def roots(self) -> list[Unit]:
        return [self._nodes[i].unit for i in self._roots]

    def children_of(self, code: str) -> list[Unit]:
        for node in self._nodes:
            if node.unit.code == code:
                return [self._nodes[i].unit for i in node.children]
        return []

    def _node(self, index: ModelIndex) -> _Node | None:
        if not index.isValid():
            return None
        position = index.internalId()
        return self._nodes[position] if 0 <= position < len(self._nodes) else None

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel.index."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_node = self._node(parent)
        siblings = self._roots if parent_node is None else parent_node.children
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel.parent."""
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        parent = self._nodes[node.parent]
        return self.createIndex(parent.row, 0, node.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(self._roots) if node is None else len(node.children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return len(self.COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data."""
        node = self._node(index)
        if node is None:
            return None
        unit = node.unit
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return unit.name
            if column == "code":
                return unit.code
            if column == "level":
                return level_name(unit.level)
            if column == "valid_from":
                return format_date(unit.valid_from)
            return format_date(unit.valid_to)
        if role == self.CodeRole:
            return unit.code
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return f"{unit.name} ({unit.code})"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.headerData."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


_DEPTH = {UnitLevel.PROVINCE: 0, UnitLevel.DISTRICT: 1, UnitLevel.COMMUNE: 2}


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
        self.model.set_units(self.ctx.repo.units(day), self.search_edit.text())
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
        units = sorted(self.ctx.repo.units(), key=lambda u: (
            _DEPTH[u.level], u.code, u.valid_from or dt.date.min))
        try:
            count = write_unit_list(path, units)
        except OSError as exc:
            outcome = ImportOutcome(False, self.tr("Không ghi được tệp {file}: {reason}").format(
                file=str(path), reason=exc.strerror or str(exc)))
        else:
            outcome = ImportOutcome(True, self.tr("Đã lưu {n} đơn vị vào tệp {file}.").format(
                n=count, file=str(path)))
        self.show_outcome(outcome)
        return outcome


# -- directives and topics ------------------------------------------------------------------

class DirectiveTableModel(RowsTableModel[Directive]):
    """Directives, newest first, and a last row for the topics of no directive."""

    COLUMNS = ("number", "date", "issuer", "summary", "deadline")

    def headers(self) -> list[str]:
        return [_tr("Số, ký hiệu"), _tr("Ngày"), _tr("Cơ quan ban hành"),
                _tr("Trích yếu"), _tr("Hạn báo cáo")]

    def set_directives(self, directives: Sequence[Directive]) -> None:
        self.set_rows(directives)

    def directive_at(self, row: int) -> Directive | None:
        """The directive of a row; ``None`` for the last row (topics of no directive)."""
        return self.row_at(row)

    def row_of(self, number: str | None) -> int:
        for row, directive in enumerate(self.rows):
            if directive.number == number:
                return row
        return len(self.rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override: the directives, then the row of the topics of no directive."""
        return 0 if parent.isValid() else len(self.rows) + 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override: the last row stands for the topics of no directive."""
        if index.isValid() and index.row() == len(self.rows):
            if role == Qt.ItemDataRole.DisplayRole and self.COLUMNS[index.column()] == "number":
                return _tr("(Chủ đề không gắn văn bản)")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        return super().data(index, role)

    def cell(self, directive: Directive, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = self.COLUMNS[column]
        if key == "number":
            return directive.number
        if key == "date":
            return format_date(directive.date)
        if key == "issuer":
            return directive.issuer
        if key == "summary":
            return directive.summary
        return format_date(directive.deadline) if directive.deadline else (
            _tr("khi có yêu cầu") if role == Qt.ItemDataRole.DisplayRole else None)


class TopicTableModel(RowsTableModel[Topic]):
    COLUMNS = ("code", "name", "directive", "valid_from", "valid_to")

    def headers(self) -> list[str]:
        return [_tr("Mã"), _tr("Tên chủ đề"), _tr("Văn bản chỉ đạo"),
                _tr("Hiệu lực từ"), _tr("Hiệu lực đến")]

    def set_topics(self, topics: Sequence[Topic]) -> None:
        self.set_rows(topics)

    def topic_at(self, row: int) -> Topic | None:
        return self.row_at(row)

    def row_of(self, code: str) -> int:
        return next((row for row, t in enumerate(self.rows) if t.code == code), -1)

    def cell(self, topic: Topic, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = self.COLUMNS[column]
        if key == "code":
            return topic.code
        if key == "name":
            return topic.name
        if key == "directive":
            return topic.directive or ""
        if key == "valid_from":
            return format_date(topic.valid_from)
        return format_date(topic.valid_to)


def gui_problem_text(problem: Problem) -> str:
    """``problem_text``, except that a date field asks for the form people type in it."""
    if problem.code is ProblemCode.BAD_DATE and not why_not_a_date(
            str(problem.params.get("value", ""))):  # else: why the date does not exist
        return _tr("Ngày “{value}” không hợp lệ; hãy gõ dạng 21/06/2021.").format(
            value=problem.params.get("value", ""))
    return problem_text(problem)


class _EditDialog(QDialog):
    """A form whose problems show under its fields; OK saves through an operation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.general_problem = problem_label(self)
        layout.addWidget(self.general_problem)
        self.buttons = save_cancel_buttons(self, self.save, self.tr("&Lưu"), self.tr("Hủy"))
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, editor: QWidget) -> None:
        box = FieldBox(editor, self)
        self.boxes[name] = box
        self.form.addRow(label, box)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        for box in self.boxes.values():
            box.clear_problem()
        others: list[str] = []
        for problem in problems:
            field_box = self.boxes.get(problem.field)
            if field_box is not None:
                if not field_box.problem():
                    field_box.show_problem(gui_problem_text(problem))
            else:
                others.append(problem_line(problem))
        self.general_problem.setText("\n".join(others))
        self.general_problem.setVisible(bool(others))
        for name in self.boxes:
            if self.boxes[name].problem():
                self.boxes[name].editor.setFocus()
                break

    def date_problems(self, name: str, edit: DateEdit, *, required: bool) -> list[Problem]:
        if not edit.has_valid_text():
            return [Problem(name, ProblemCode.BAD_DATE, {"value": edit.text().strip(),
                                                         "format": "dd/mm/yyyy"})]
        if required and edit.date() is None:
            return [Problem(name, ProblemCode.REQUIRED)]
        return []

    def required_problems(self, values: dict[str, str]) -> list[Problem]:
        return [Problem(name, ProblemCode.REQUIRED) for name, value in values.items()
                if not value.strip()]

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class DirectiveDialog(_EditDialog):
    """Add or edit an incoming directive."""

    def __init__(self, ctx: AppContext, directive: Directive | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.original = directive
        self.setWindowTitle(self.tr("Sửa văn bản chỉ đạo") if directive else
                            self.tr("Thêm văn bản chỉ đạo"))
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("ví dụ: 1234/STTTT-TTBCXB"))
        self.number_edit.setMaxLength(100)
        self.date_edit = DateEdit(self)
        self.issuer_edit = QLineEdit(self)
        self.issuer_edit.setPlaceholderText(self.tr("ví dụ: Sở Thông tin và Truyền thông"))
        self.issuer_edit.setMaxLength(300)
        issuers = sorted({d.issuer for d in ctx.repo.directives()})
        if issuers:
            completer = QCompleter(issuers, self.issuer_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.issuer_edit.setCompleter(completer)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr(
            "ví dụ: V/v tuyên truyền thực hiện Quyết định số 861/QĐ-TTg…"))
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.deadline_edit = DateEdit(self, placeholder=self.tr("để trống: khi có yêu cầu"))
        self.add_field("number", self.tr("Số, ký hiệu:"), self.number_edit)
        self.add_field("date", self.tr("Ngày ban hành:"), self.date_edit)
        self.add_field("issuer", self.tr("Cơ quan ban hành:"), self.issuer_edit)
        self.add_field("summary", self.tr("Trích yếu:"), self.summary_edit)
        self.add_field("deadline", self.tr("Hạn báo cáo:"), self.deadline_edit)
        if directive is not None:
            self.number_edit.setText(directive.number)
            self.date_edit.set_date(directive.date)
            self.issuer_edit.setText(directive.issuer)
            self.summary_edit.setPlainText(directive.summary)
            self.deadline_edit.set_date(directive.deadline)
        self.saved: Directive | None = None
        self.resize(640, 0)

    def save(self) -> None:
        problems = (self.required_problems({"number": self.number_edit.text()})
                    + self.date_problems("date", self.date_edit, required=True)
                    + self.required_problems({"issuer": self.issuer_edit.text(),
                                              "summary": self.summary_edit.toPlainText()})
                    + self.date_problems("deadline", self.deadline_edit, required=False))
        if problems:
            self.show_problems(problems)
            return
        date = self.date_edit.date()
        assert date is not None
        directive = Directive(
            number=" ".join(self.number_edit.text().split()), date=date,
            issuer=" ".join(self.issuer_edit.text().split()),
            summary=" ".join(self.summary_edit.toPlainText().split()),
            deadline=self.deadline_edit.date())
        try:
            self.ctx.apply(operations.save_directive, directive=directive,
                           old_number=self.original.number if self.original else None)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.saved = directive
        self.accept()


NO_DIRECTIVE = ""


class TopicDialog(_EditDialog):
    """Add or edit a propaganda topic."""

    def __init__(self, ctx: AppContext, topic: Topic | None = None, *,
                 directive: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.original = topic
        self.setWindowTitle(self.tr("Sửa chủ đề") if topic else self.tr("Thêm chủ đề"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr(
            "ngắn, không dấu, ví dụ: OCOP (để trống: tự tạo từ tên)"))
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr(
            "ví dụ: Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021–2025"))
        self.name_edit.setMaxLength(300)
        self.directive_combo = QComboBox(self)
        self.directive_combo.addItem(self.tr("(không gắn văn bản)"), NO_DIRECTIVE)
        for item in ctx.repo.directives():
            summary = item.summary if len(item.summary) <= 60 else item.summary[:59] + "…"
            self.directive_combo.addItem(f"{item.number} — {summary}", item.number)
        self.directive_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.directive_combo.setMinimumContentsLength(30)
        self.from_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.to_edit = DateEdit(self, placeholder=self.tr("để trống: không giới hạn"))
        self.add_field("code", self.tr("Mã chủ đề:"), self.code_edit)
        self.add_field("name", self.tr("Tên chủ đề:"), self.name_edit)
        self.add_field("directive", self.tr("Theo văn bản:"), self.directive_combo)
        self.add_field("valid_from", self.tr("Tuyên truyền từ ngày:"), self.from_edit)
        self.add_field("valid_to", self.tr("Đến ngày:"), self.to_edit)
        chosen = topic.directive if topic is not None else directive
        self.directive_combo.setCurrentIndex(max(self.directive_combo.findData(
            chosen or NO_DIRECTIVE), 0))
        if topic is not None:
            self.code_edit.setText(topic.code)
            self.name_edit.setText(topic.name)
            self.from_edit.set_date(topic.valid_from)
            self.to_edit.set_date(topic.valid_to)
        self.saved: Topic | None = None
        self.resize(640, 0)

    def save(self) -> None:
        if not self.code_edit.text().strip() and self.name_edit.text().strip():
            # A code is made from the name ("Phòng, chống thiên tai" → "PCTT").
            self.code_edit.setText(operations.topic_code_for(self.ctx.repo,
                                                             self.name_edit.text()))
        problems = (self.required_problems({"code": self.code_edit.text(),
                                            "name": self.name_edit.text()})
                    + self.date_problems("valid_from", self.from_edit, required=False)
                    + self.date_problems("valid_to", self.to_edit, required=False))
        if problems:
            self.show_problems(problems)
            return
        topic = Topic(code=self.code_edit.text().strip(),
                      name=" ".join(self.name_edit.text().split()),
                      directive=combo_value(self.directive_combo) or None,
                      valid_from=self.from_edit.date(), valid_to=self.to_edit.date())
        try:
            self.ctx.apply(operations.save_topic, topic=topic,
                           old_code=self.original.code if self.original else None)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.saved = topic
        self.accept()


class DirectivesPage(QWidget):
    """Directives above, the topics of the selected one below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)

        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_bar = QHBoxLayout()
        top_bar.addWidget(QLabel(self.tr("<b>Văn bản chỉ đạo</b>"), top))
        top_bar.addStretch(1)
        self.add_directive_button = QPushButton(self.tr("Thêm &văn bản…"), top)
        self.edit_directive_button = QPushButton(self.tr("&Sửa văn bản…"), top)
        top_bar.addWidget(self.add_directive_button)
        top_bar.addWidget(self.edit_directive_button)
        top_layout.addLayout(top_bar)
        self.directive_model = DirectiveTableModel(self)
        self.directive_view = self._table(self.directive_model, top, stretch=3)
        top_layout.addWidget(self.directive_view)

        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_bar = QHBoxLayout()
        self.topics_title = QLabel(bottom)
        bottom_bar.addWidget(self.topics_title, 1)
        self.add_topic_button = QPushButton(self.tr("Thêm &chủ đề…"), bottom)
        self.edit_topic_button = QPushButton(self.tr("Sửa c&hủ đề…"), bottom)
        bottom_bar.addWidget(self.add_topic_button)
        bottom_bar.addWidget(self.edit_topic_button)
        bottom_layout.addLayout(bottom_bar)
        self.topic_model = TopicTableModel(self)
        self.topic_view = self._table(self.topic_model, bottom, stretch=1)
        bottom_layout.addWidget(self.topic_view)
        self.topics_empty = QLabel(self.tr(
            "Chưa có chủ đề nào ở đây. Bấm “Thêm chủ đề…”, hoặc gõ tên chủ đề mới ngay vào ô "
            "Chủ đề khi ghi sổ."), bottom)
        self.topics_empty.setObjectName("hint")
        self.topics_empty.setWordWrap(True)
        bottom_layout.addWidget(self.topics_empty)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

        self.add_directive_button.clicked.connect(self.add_directive)
        self.edit_directive_button.clicked.connect(self.edit_directive)
        self.add_topic_button.clicked.connect(self.add_topic)
        self.edit_topic_button.clicked.connect(self.edit_topic)
        self.directive_view.doubleClicked.connect(lambda _index: self.edit_directive())
        self.topic_view.doubleClicked.connect(lambda _index: self.edit_topic())
        self.directive_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_topics())
        self.topic_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons())
        ctx.changed.connect(self._changed)
        self.reload()

    @staticmethod
    def _table(model: QAbstractTableModel, parent: QWidget, stretch: int) -> QTableView:
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
        # The long text column (summary / topic name) takes the remaining width.
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint: room for the summaries."""
        return QSize(900, 560)

    def _changed(self, changes: Changes) -> None:
        if changes.areas & {Area.DIRECTIVES, Area.TOPICS}:
            self.reload()

    def reload(self, *, directive: str | None = None, topic: str | None = None) -> None:
        current = self.selected_directive()
        keep = directive if directive is not None else (
            current.number if current else None)
        selected_topic = self.selected_topic()
        keep_topic = topic or (selected_topic.code if selected_topic else None)
        self.directive_model.set_directives(self.ctx.repo.directives())
        row = self.directive_model.row_of(keep) if keep else 0
        self.directive_view.selectRow(row)
        self._show_topics(keep_topic)

    def selected_directive(self) -> Directive | None:
        index = self.directive_view.currentIndex()
        return self.directive_model.directive_at(index.row()) if index.isValid() else None

    def selected_topic(self) -> Topic | None:
        index = self.topic_view.currentIndex()
        return self.topic_model.topic_at(index.row()) if index.isValid() else None

    def _show_topics(self, keep: str | None = None) -> None:
        directive = self.selected_directive()
        topics = self.ctx.repo.topics()
        if directive is None:
            topics = [t for t in topics if t.directive is None]
            self.topics_title.setText(self.tr("<b>Chủ đề không gắn văn bản nào</b>"))
        else:
            topics = [t for t in topics if t.directive == directive.number]
            self.topics_title.setText(self.tr("<b>Chủ đề theo văn bản {number}</b>").format(
                number=directive.number))
        self.topic_model.set_topics(topics)
        self.topics_empty.setVisible(not topics)
        row = self.topic_model.row_of(keep) if keep else -1
        if row >= 0:
            self.topic_view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_directive_button.setEnabled(self.selected_directive() is not None)
        self.edit_topic_button.setEnabled(self.selected_topic() is not None)

    def add_directive(self) -> None:
        dialog = DirectiveDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.number)

    def edit_directive(self) -> None:
        directive = self.selected_directive()
        if directive is None:
            return
        dialog = DirectiveDialog(self.ctx, directive, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.number)

    def add_topic(self) -> None:
        directive = self.selected_directive()
        dialog = TopicDialog(self.ctx, directive=directive.number if directive else None,
                             parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.directive or "", topic=dialog.saved.code)

    def edit_topic(self) -> None:
        topic = self.selected_topic()
        if topic is None:
            return
        dialog = TopicDialog(self.ctx, topic, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.directive or "", topic=dialog.saved.code)


class CataloguePage(QTabWidget):
    """The "Danh mục" page: units, and directives with their topics, as two tabs."""

    UNITS = 0
    DIRECTIVES = 1
    CLUSTERS = 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setStyleSheet(HINT_STYLE)
        self.units_page = UnitsPage(ctx, self)
        self.directives_page = DirectivesPage(ctx, self)
        self.addTab(self.units_page, self.tr("Đơn vị hành chính"))
        self.addTab(self.directives_page, self.tr("Văn bản chỉ đạo và chủ đề"))
        # Issue 13: the cluster register, reporting relationships, forms and sources.
        from ocop_desktop.ui.administration_pages import (
            ClustersPage,
            FormsSourcesPage,
            RelationsPage,
        )

        self.clusters_page = ClustersPage(ctx, self)
        self.relations_page = RelationsPage(ctx, self)
        self.forms_page = FormsSourcesPage(ctx, self)
        self.addTab(self.clusters_page, self.tr("Cụm loa"))
        self.addTab(self.relations_page, self.tr("Quan hệ báo cáo"))
        self.addTab(self.forms_page, self.tr("Hình thức và nguồn"))

    def show_units(self) -> UnitsPage:
        self.setCurrentIndex(self.UNITS)
        return self.units_page

    def show_directives(self) -> DirectivesPage:
        self.setCurrentIndex(self.DIRECTIVES)
        return self.directives_page
