"""The schedule page's two tables: the week's plan (a row per slot, a column per day) and
the airings to tick (today's, and earlier ones nobody ticked)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ocop_desktop.domain.schedule import AiringRow, SavedSlot, week_start
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP
from ocop_desktop.ui.schedule.texts import (
    STATE_COLORS,
    slot_days_text,
    slot_summary,
    state_text,
    tr,
    weekday_name,
    weekday_short,
)
from ocop_desktop.ui.table_models import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
AiringRole = Qt.ItemDataRole.UserRole + 1  # the PlannedAiring of a cell or row
SlotRole = Qt.ItemDataRole.UserRole + 2  # the SavedSlot of a row


class WeekPlanModel(QAbstractTableModel):
    """One week of the plan: a row per slot, column 0 the slot, columns 1–7 Monday–Sunday."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.start = week_start(dt.date.today())
        self._slots: list[SavedSlot] = []
        self._cells: dict[tuple[int, dt.date], AiringRow] = {}
        self._topic_names: dict[str, str] = {}
        self.today = dt.date.today()

    def set_week(self, start: dt.date, rows: list[AiringRow], topic_names: dict[str, str],
                 today: dt.date) -> None:
        self.beginResetModel()
        self.start = start
        self.today = today
        self._topic_names = topic_names
        self._cells = {row.airing.key: row for row in rows}
        latest: dict[int, SavedSlot] = {}
        for row in rows:
            latest[row.airing.slot.id] = row.airing.slot  # in date order: the last wins
        self._slots = sorted(latest.values(), key=lambda s: (s.start, s.title, s.id))
        self.endResetModel()

    def day(self, column: int) -> dt.date:
        return self.start + dt.timedelta(days=column - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def slot_at(self, row: int) -> SavedSlot | None:
        return self._slots[row] if 0 <= row < len(self._slots) else None

    def cell(self, index: Index) -> AiringRow | None:
        if not index.isValid() or index.column() == 0:
            return None
        slot = self.slot_at(index.row())
        if slot is None:
            return None
        return self._cells.get((slot.id, self.day(index.column())))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._slots):
            return None
        slot = self._slots[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return slot_summary(slot)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("{title}\nChủ đề: {topic}\nNgày phát: {days}\nSố {id}").format(
                    title=slot.title, topic=self._topic_names.get(slot.topic_code,
                                                                  slot.topic_code),
                    days=slot_days_text(slot), id=slot.id)
            if role == SlotRole:
                return slot
            return None
        cell = self.cell(index)
        if role == SlotRole:
            return slot
        if cell is None:
            return None
        airing, state, tick = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return state_text(state, tick)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(STATE_COLORS[state][0])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATE_COLORS[state][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{day} {date}, {time}: {state}").format(
                day=weekday_name(airing.date.weekday()),
                date=airing.date.strftime("%d/%m/%Y"), time=airing.slot.start.strftime("%H:%M"),
                state=state_text(state, tick))
        if role == AiringRole:
            return airing
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 8:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return tr("Khung giờ")
            day = self.day(section)
            return f"{weekday_short(day.weekday())} {day.strftime('%d/%m')}"
        if role == Qt.ItemDataRole.FontRole and section > 0 and self.day(section) == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            day = self.day(section)
            return f"{weekday_name(day.weekday())} {day.strftime('%d/%m/%Y')}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TodoModel(RowsTableModel[AiringRow]):
    """Today's airings and the earlier ones nobody ticked, oldest first."""

    # Marked for the translation extractor; translated in headerData.
    HEADERS = (
        QT_TRANSLATE_NOOP("SchedulePage", "Ngày"),
        QT_TRANSLATE_NOOP("SchedulePage", "Giờ"),
        QT_TRANSLATE_NOOP("SchedulePage", "Chương trình"),
        QT_TRANSLATE_NOOP("SchedulePage", "Chủ đề"),
        QT_TRANSLATE_NOOP("SchedulePage", "Phút"),
        QT_TRANSLATE_NOOP("SchedulePage", "Trạng thái"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._topic_names: dict[str, str] = {}
        self.today = dt.date.today()

    def headers(self) -> tuple[str, ...]:
        return tuple(tr(text) for text in self.HEADERS)

    def set_todo(self, rows: list[AiringRow], topic_names: dict[str, str], today: dt.date) -> None:
        # Set before the reset: the rows are shown with these names and this day.
        self._topic_names = topic_names
        self.today = today
        self.set_rows(rows)

    def find(self, key: tuple[int, dt.date]) -> int:
        for position, row in enumerate(self.rows):
            if row.airing.key == key:
                return position
        return -1

    def cell(self, row: AiringRow, column: int, role: int) -> Any:
        airing, state, tick = row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if airing.date == self.today:
                    return tr("Hôm nay")
                return f"{weekday_short(airing.date.weekday())} {airing.date.strftime('%d/%m')}"
            if column == 1:
                return airing.slot.start.strftime("%H:%M")
            if column == 2:
                return airing.slot.title
            if column == 3:
                return self._topic_names.get(airing.slot.topic_code, airing.slot.topic_code)
            if column == 4:
                return str(airing.slot.minutes)
            return state_text(state, tick)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return QBrush(STATE_COLORS[state][0])
        if role == Qt.ItemDataRole.BackgroundRole and column == 5:
            return QBrush(STATE_COLORS[state][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{day} {date}").format(day=weekday_name(airing.date.weekday()),
                                              date=airing.date.strftime("%d/%m/%Y"))
        if role == AiringRole:
            return airing
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

