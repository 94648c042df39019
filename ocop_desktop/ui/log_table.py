"""The log as a lazy table model: rows are read from the database a page at a time.

A million records must never be materialised (DESIGN.md §7–§8): ``rowCount`` comes from one
``count(*)`` in SQL, cells are read in pages of ``PAGE_SIZE`` rows through
``Repository.query_records(query, limit, offset)`` and only the ``MAX_CACHED_PAGES`` most
recently used pages are kept, so memory stays flat however far the user scrolls. Sorting
and filtering are done by SQL (``RecordQuery``), never by a ``QSortFilterProxyModel``,
which would read every row (Anki's browser ``DataModel`` works the same way).
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ocop_desktop.domain.catalogue import LANGUAGES, SOURCES, choice_name
from ocop_desktop.domain.records import LogRecord, RecordQuery, SortKey, Unit
from ocop_desktop.domain.text import count_text
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP, catalogue_name
from ocop_desktop.ui.context import AppContext

ModelIndex = QModelIndex | QPersistentModelIndex

RecordRole = Qt.ItemDataRole.UserRole + 1  # the row's LogRecord
UuidRole = Qt.ItemDataRole.UserRole + 2  # the row's UUID


class Column(IntEnum):
    DATE = 0
    TIME = 1
    UNIT = 2
    TOPIC = 3
    FORM = 4
    TITLE = 5
    ITEMS = 6
    AIRINGS = 7
    MINUTES = 8
    LANGUAGE = 9
    SOURCE = 10
    LOCATION = 11
    OPERATOR = 12


# Columns the database can order by (each has an index); the others keep the current order.
SORT_KEYS: dict[Column, SortKey] = {
    Column.DATE: SortKey.DATE,
    Column.TIME: SortKey.DATE,
    Column.UNIT: SortKey.UNIT,
    Column.TOPIC: SortKey.TOPIC,
    Column.FORM: SortKey.FORM,
    Column.TITLE: SortKey.TITLE,
}
COLUMN_OF_SORT_KEY: dict[SortKey, Column] = {
    SortKey.DATE: Column.DATE, SortKey.UNIT: Column.UNIT, SortKey.TOPIC: Column.TOPIC,
    SortKey.FORM: Column.FORM, SortKey.TITLE: Column.TITLE,
}
NUMBER_COLUMNS = frozenset({Column.ITEMS, Column.AIRINGS, Column.MINUTES})


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogTable", text)


def column_titles() -> list[str]:
    return [
        _tr("Ngày"), _tr("Giờ"), _tr("Đơn vị"), _tr("Chủ đề"), _tr("Hình thức"),
        _tr("Tiêu đề"), _tr("Tin/bài"), _tr("Lượt phát"), _tr("Phút"), _tr("Ngôn ngữ"),
        _tr("Nguồn"), _tr("Thôn/cụm loa"), _tr("Người thực hiện"),
    ]


# Short labels for the forms of the default catalogue (the table and the filter bar are
# narrow); translated one at a time, when shown (a page of the log formats 200 rows).
_FORM_LABELS = {
    "radio": QT_TRANSLATE_NOOP("LogTable", "Truyền thanh"),
    "relay": QT_TRANSLATE_NOOP("LogTable", "Tiếp sóng"),
    "tv": QT_TRANSLATE_NOOP("LogTable", "Truyền hình"),
    "press": QT_TRANSLATE_NOOP("LogTable", "Báo chí"),
    "web": QT_TRANSLATE_NOOP("LogTable", "Trang thông tin"),
    "social": QT_TRANSLATE_NOOP("LogTable", "Mạng xã hội"),
    "sms": QT_TRANSLATE_NOOP("LogTable", "Tin nhắn SMS"),
    "board": QT_TRANSLATE_NOOP("LogTable", "Bảng tin"),
    "print": QT_TRANSLATE_NOOP("LogTable", "Ấn phẩm"),
    "banner": QT_TRANSLATE_NOOP("LogTable", "Băng rôn, pa-nô"),
    "meeting": QT_TRANSLATE_NOOP("LogTable", "Hội nghị, nói chuyện"),
    # Decree 49/2024's kinds (issue 13).
    "feedback": QT_TRANSLATE_NOOP("LogTable", "Trả lời kiến nghị"),
    "document": QT_TRANSLATE_NOOP("LogTable", "Tài liệu"),
    "propagandist": QT_TRANSLATE_NOOP("LogTable", "Tuyên truyền viên"),
}
_SOURCE_LABELS = {
    "self": QT_TRANSLATE_NOOP("LogTable", "Tự sản xuất"),
    "vov": QT_TRANSLATE_NOOP("LogTable", "VOV"),
    "province": QT_TRANSLATE_NOOP("LogTable", "Đài tỉnh"),
    "district": QT_TRANSLATE_NOOP("LogTable", "Đài huyện"),
    "central-system": QT_TRANSLATE_NOOP("LogTable", "Nguồn trung ương"),
    "province-system": QT_TRANSLATE_NOOP("LogTable", "Nguồn tỉnh"),
}


def form_label(code: str, full_name: str) -> str:
    """A short label for a form of the default catalogue; a form added later by the user
    shows its own name."""
    label = _FORM_LABELS.get(code)
    return _tr(label) if label is not None else full_name


def source_label(code: str | None) -> str:
    label = _SOURCE_LABELS.get(code or "")
    return _tr(label) if label is not None else catalogue_name(choice_name(SOURCES, code))


def format_number(value: int | None) -> str:
    return "" if value is None else count_text(value)


class CatalogueNames:
    """Names for codes shown in the log, read once and again when the catalogue changes."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._topics: dict[str, str] | None = None
        self._forms: dict[str, str] | None = None
        self._units: dict[str, list[Unit]] | None = None

    def clear(self) -> None:
        self._topics = self._forms = None
        self._units = None

    def topic(self, code: str) -> str:
        if self._topics is None:
            self._topics = {t.code: t.name for t in queries.topics(self._ctx.repo)}
        return self._topics.get(code, code)

    def form(self, code: str) -> str:
        if self._forms is None:
            self._forms = {c: f.name for c, f in
                           queries.forms(self._ctx.repo, include_inactive=True).items()}
        return self._forms.get(code, code)

    def unit(self, code: str, on: dt.date) -> str:
        """The unit's name on the record's date: data logged in 2021 keeps its 2021 unit."""
        if self._units is None:
            units: dict[str, list[Unit]] = {}
            for unit in queries.units(self._ctx.repo):
                units.setdefault(unit.code, []).append(unit)
            self._units = units
        versions = self._units.get(code)
        if not versions:
            return code
        for unit in versions:
            if unit.valid_on(on):
                return unit.name
        return max(versions, key=lambda u: u.valid_from or dt.date.min).name


@dataclass(frozen=True, slots=True)
class _Row:
    record: LogRecord
    cells: tuple[str, ...]  # display text per column, formatted once per page


class RecordTableModel(QAbstractTableModel):
    """The records matching ``query``, read lazily by page.

    Signals (inherited): ``modelAboutToBeReset`` / ``modelReset`` whenever the query or the
    data changes; views keep their selection by UUID across a reset (see ``row_of``).
    """

    PAGE_SIZE = 200
    MAX_CACHED_PAGES = 25  # 5,000 rows at most in memory

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 query: RecordQuery | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = query or RecordQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[_Row]] = OrderedDict()
        self._headers = column_titles()
        self.names = CatalogueNames(ctx)
        self.pages_fetched = 0  # how many page queries ran (tests check laziness)
        self._count = queries.count_records(self._ctx.repo, self._query)
        ctx.changed.connect(self._on_changed)

    # -- row object interface ----------------------------------------------------------
    @property
    def query(self) -> RecordQuery:
        return self._query

    def set_query(self, query: RecordQuery) -> None:
        """Show the records matching ``query`` (filters and order are applied in SQL)."""
        if query == self._query:
            return
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Re-read the count and drop cached pages (the data or the query changed)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = queries.count_records(self._ctx.repo, self._query)
        self.endResetModel()

    def record(self, row: int) -> LogRecord | None:
        if not 0 <= row < self._count:
            return None
        cached = self._row(row)
        return cached.record if cached else None

    def records(self, rows: Sequence[int]) -> list[LogRecord]:
        return [r for r in (self.record(row) for row in rows) if r is not None]

    def row_of(self, uuid: str, *, near: int = 0) -> int | None:
        """The row showing ``uuid`` among loaded pages, loading the page around ``near`` first
        (cheap: at most one query). ``None`` if it is not in those pages."""
        if self._count:
            self._page(min(max(near, 0), self._count - 1) // self.PAGE_SIZE)
        for number, rows in self._pages.items():
            for offset, cached in enumerate(rows):
                if cached.record.uuid == uuid:
                    return number * self.PAGE_SIZE + offset
        return None

    def cached_page_count(self) -> int:
        return len(self._pages)

    @staticmethod
    def sort_key_for(column: int) -> SortKey | None:
        try:
            return SORT_KEYS.get(Column(column))
        except ValueError:
            return None

    # -- paging ------------------------------------------------------------------------
    def _row(self, row: int) -> _Row | None:
        rows = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def _page(self, number: int) -> list[_Row]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        records = queries.query_records(self._ctx.repo, self._query, limit=self.PAGE_SIZE,
                                        offset=number * self.PAGE_SIZE)
        self.pages_fetched += 1
        rows = [_Row(record, self._cells(record)) for record in records]
        self._pages[number] = rows
        while len(self._pages) > self.MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _cells(self, r: LogRecord) -> tuple[str, ...]:
        return (
            r.date.strftime("%d/%m/%Y"),
            r.time.strftime("%H:%M") if r.time else "",
            self.names.unit(r.unit_code, r.date),
            self.names.topic(r.topic_code),
            form_label(r.form_code, self.names.form(r.form_code)),
            r.title,
            format_number(r.items),
            format_number(r.airings),
            format_number(r.minutes),
            catalogue_name(choice_name(LANGUAGES, r.language)) if r.language else "",
            source_label(r.source) if r.source else "",
            r.location,
            r.operator,
        )

    def _tooltip(self, cached: _Row, column: Column) -> str | None:
        r = cached.record
        if column == Column.TITLE:
            return r.title + (f"\n\n{r.notes}" if r.notes else "")
        if column == Column.TOPIC:
            return f"{r.topic_code} — {self.names.topic(r.topic_code)}"
        if column == Column.FORM:
            return catalogue_name(self.names.form(r.form_code))
        if column == Column.UNIT:
            return f"{r.unit_code} — {cached.cells[column]}"
        if column == Column.SOURCE:
            return catalogue_name(choice_name(SOURCES, r.source)) if r.source else None
        text = cached.cells[column]
        return text or None

    def _on_changed(self, changes: Changes) -> None:
        if Area.RECORDS in changes.areas:
            if {Area.TOPICS, Area.UNITS} & changes.areas:
                self.names.clear()
            self.refresh()
        elif {Area.TOPICS, Area.UNITS} & changes.areas:
            # Same rows, new names: re-format the cached pages in place.
            self.names.clear()
            self._pages.clear()
            if self._count:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self._count - 1, len(Column) - 1))

    # -- Qt overrides ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount: the number of matching records."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractTableModel.data: read from the page cache, loading the page."""
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in _ROLES:
            return None
        cached = self._row(index.row())
        if cached is None:  # the data shrank under us; the reset that follows fixes it
            return None
        column = index.column()  # a plain int: this runs for every cell painted
        if role == _DISPLAY:
            return cached.cells[column]
        if role == _TOOLTIP:
            return self._tooltip(cached, Column(column))
        if role == _ALIGNMENT:
            return _NUMBER_ALIGNMENT if column in NUMBER_COLUMNS else _TEXT_ALIGNMENT
        if role == _FOREGROUND:
            # An urgent bulletin (Thông tư 39/2020) stands out in the log.
            if cached.record.priority == "urgent" and column == Column.TITLE:
                return QBrush(QColor(176, 0, 32))
            return None
        if role == RecordRole:
            return cached.record
        if role == UuidRole:
            return cached.record.uuid
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractTableModel.headerData: column titles; row numbers."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(Column):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                if Column(section) in SORT_KEYS:
                    return _tr("{name} — bấm để sắp xếp").format(name=self._headers[section])
                return self._headers[section]
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._count:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Override QAbstractTableModel.flags: rows are selected, edited in the form."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractTableModel.sort: order in SQL; unsortable columns are ignored."""
        key = self.sort_key_for(column)
        if key is None:
            return
        self.set_query(replace(self._query, sort=key,
                               descending=order == Qt.SortOrder.DescendingOrder))


# The roles ``data`` answers, as plain ints (compared for every cell painted).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, int(RecordRole), int(UuidRole)})
_NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TEXT_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
