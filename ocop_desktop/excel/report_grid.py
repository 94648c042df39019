"""The column grid of the ``Báo cáo`` sheet, and the widths of its tables' value columns.

One grid serves the whole document: a narrow STT column, six label columns, then many
narrow value columns that every table of part I divides among its own columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ocop_desktop.domain.report_text import ReportTable
from ocop_desktop.excel.text_metrics import BODY_SIZE, text_width


@dataclass
class Grid:
    """Columns of the document: STT, six label columns, then ``values`` narrow columns.

    The label is split into narrow columns (merged in every table row) so that the short
    rules of the header block can be centred under their lines. The value area is split
    finely enough that every table divides it into equal (or nearly equal) cells."""

    widths: list[float]
    table_size: float = BODY_SIZE  # font size of the table cells
    per_value: float = 10.0  # width of a count column (a duration takes more)

    LABEL = (2, 7)  # columns B..G
    FIRST_VALUE = 8

    @property
    def last(self) -> int:
        return len(self.widths)

    @property
    def value_columns(self) -> int:
        return self.last - self.FIRST_VALUE + 1

    def width(self, first: int, last: int) -> float:
        return sum(self.widths[first - 1:last])

    def spans(self, weights: Sequence[float], first: int) -> list[tuple[int, int]]:
        """Consecutive column ranges from ``first`` to the last column, as wide as
        ``weights`` say (each boundary at the column edge nearest its share)."""
        columns = list(range(first, self.last + 1))
        edges = [self.width(first, c) for c in columns]  # right edge of each column
        total = edges[-1]
        result: list[tuple[int, int]] = []
        start = 0
        share = 0.0
        for index, weight in enumerate(weights):
            share += weight / sum(weights)
            if index == len(weights) - 1:
                end = len(columns) - 1
            else:
                room = len(columns) - (len(weights) - index - 1) - 1  # leave one per column
                end = min(range(start, room + 1), key=lambda e: abs(edges[e] - share * total))
            result.append((columns[start], columns[end]))
            start = end + 1
        return result


def column_weights(table: ReportTable) -> list[float]:
    """Relative widths of a table's value columns: a duration ("0,6 giờ (35 phút)") takes
    about twice the room of a count, so it fits on one line."""
    weights = []
    for index in range(len(table.columns)):
        values = [row.values[index] for row in (*table.rows, *([table.total] if table.total
                                                               else []))]
        text = any(isinstance(v, str) for v in values)
        weights.append(DURATION_WEIGHT if text else 1.0)
    return weights


def column_minimums(table: ReportTable) -> list[float]:
    """The width each value column needs so that no word of its heading breaks
    ("Zalo/Facebook"); a group of one column carries its group's words too."""
    groups = {index: group for group, first, last in table.groups() if group
              for index in range(first, last + 1) if first == last}
    result = []
    for index, column in enumerate(table.columns):
        words = column.title.split() + groups.get(index, "").split()
        longest = max((text_width(w, HEADER_SIZE, bold=True) for w in words), default=0.0)
        result.append(longest + 1.6)
    return result


def column_widths(table: ReportTable, per_value: float) -> list[float]:
    return [max(w * per_value, m) for w, m in zip(column_weights(table),
                                                  column_minimums(table), strict=True)]


DURATION_WEIGHT = 2.3
HEADER_SIZE = 12


def grid_for(tables: Sequence[ReportTable]) -> Grid:
    total_target = 105.0  # A4 landscape less the margins (252 mm), in 9 px units
    shown = [t for t in tables if t.columns and t.rows]
    count = max((len(t.columns) for t in shown), default=5)
    fine = max(60, 4 * count)
    # A wide table (a station that uses many forms) gets narrower columns and 12 pt cells,
    # so that fitting it to the page width does not shrink the whole document too much.
    wide = count > 10
    stt = 5.0
    label = 24.0 if wide else 30.0
    minimum = 6.2 if wide else 7.2
    room = total_target - stt - label

    def needed(per_value: float) -> float:
        return max((sum(column_widths(t, per_value)) for t in shown), default=room)

    per_value = 24.0
    while per_value > minimum and needed(per_value) > room:
        per_value = round(per_value - 0.2, 1)
    value_width = max(needed(per_value), 1.0)
    label = max(label, total_target - stt - value_width)
    return Grid([stt] + [label / 6] * 6 + [value_width / fine] * fine,
                 12.0 if wide or shown else BODY_SIZE, per_value)
