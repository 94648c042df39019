"""The catalogue's item models: units valid on a day as a tree, directives, topics.

``tr`` translates in the catalogue's context ("Catalogue"), for every module of this package.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from ocop_desktop.domain.records import Directive, Topic, Unit, UnitLevel
from ocop_desktop.domain.text import fold, search_terms
from ocop_desktop.operations.catalogue_files import LEVEL_DEPTH
from ocop_desktop.ui.table_models import RowsTableModel
from ocop_desktop.ui.widgets import format_date

ModelIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("Catalogue", text)


def level_name(level: UnitLevel) -> str:
    return {UnitLevel.PROVINCE: tr("Tỉnh"), UnitLevel.DISTRICT: tr("Huyện"),
            UnitLevel.COMMUNE: tr("Xã")}[level]


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
        self._headers = [tr("Tên đơn vị"), tr("Mã"), tr("Cấp"), tr("Hiệu lực từ"),
                         tr("Hiệu lực đến")]

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
                         key=lambda u: (LEVEL_DEPTH[u.level], u.code))
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


# -- directives and topics ------------------------------------------------------------------

class DirectiveTableModel(RowsTableModel[Directive]):
    """Directives, newest first, and a last row for the topics of no directive."""

    COLUMNS = ("number", "date", "issuer", "summary", "deadline")

    def headers(self) -> list[str]:
        return [tr("Số, ký hiệu"), tr("Ngày"), tr("Cơ quan ban hành"),
                tr("Trích yếu"), tr("Hạn báo cáo")]

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
                return tr("(Chủ đề không gắn văn bản)")
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
            tr("khi có yêu cầu") if role == Qt.ItemDataRole.DisplayRole else None)


class TopicTableModel(RowsTableModel[Topic]):
    COLUMNS = ("code", "name", "directive", "valid_from", "valid_to")

    def headers(self) -> list[str]:
        return [tr("Mã"), tr("Tên chủ đề"), tr("Văn bản chỉ đạo"),
                tr("Hiệu lực từ"), tr("Hiệu lực đến")]

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
