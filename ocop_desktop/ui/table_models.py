"""The skeleton shared by the read-only table models that show a Python list, one item a row.

Each page's model says only what is its own: the column titles (``headers``) and what a cell
shows (``cell``). The row list, the model reset when new rows come, the counts Qt asks for
(none below a valid parent: these are flat tables) and the bounds checks live here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """A flat, read-only table of ``rows`` (tens or hundreds of items, never millions)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []
        # Asked once: the translator is installed before any page (and its models) exists,
        # and columnCount is called for nearly every cell Qt draws.
        self._headers: tuple[str, ...] = tuple(self.headers())

    def headers(self) -> Sequence[str]:
        """The translated column titles; there are as many columns as titles."""
        raise NotImplementedError

    def cell(self, item: T, column: int, role: int) -> Any:
        """What ``data`` gives for ``role`` in ``column`` of the row showing ``item``."""
        return None

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
