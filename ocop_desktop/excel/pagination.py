"""Pages of the ``Báo cáo`` sheet: lines kept together, breaks, headers written again.

A spreadsheet has no "keep with next" and repeats only one set of title rows for the whole
sheet, so the document paginates itself: every printed row is a ``Line`` (its height and a
function that writes its cells at a given row); ``paginate`` fills pages with chains of lines
kept together and says where pages start and which table header to write again there.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class Line:
    """One printed row: its height in points and what writes its cells at a given row."""

    height: float
    emit: Callable[[int], None]
    keep_next: bool = False
    table: list[Line] | None = None  # a table's body row: the header to repeat after a break
    spacer: bool = False  # empty space, not a line of the body
    # keep_next is only a preference when this is not 0: it is given up when keeping would
    # leave more than this share of the page empty.
    soft: float = 0.0


def page_capacity(widths: Sequence[float]) -> float:
    """Points of sheet rows that fit on one printed page, after fitting to the width."""
    width_pt = sum(round(w * 9) for w in widths) * 0.75
    usable_width = (297 - 45) / 25.4 * 72
    usable_height = (210 - 40) / 25.4 * 72
    scale = min(1.0, math.floor(usable_width / width_pt * 100) / 100)
    return usable_height / scale * 0.985  # renderers differ a little: keep a margin


def paginate(lines: Sequence[Line], capacity: float) -> dict[int, list[Line] | None]:
    """Indices of the lines that start a new page, each with the table header to write
    again above it (when the page break cuts a table)."""
    breaks: dict[int, list[Line] | None] = {}

    def repeat(index: int) -> list[Line] | None:
        return lines[index].table

    def head(index: int) -> float:
        header = repeat(index)
        return sum(line.height for line in header) if header else 0.0

    def chain_end(index: int, empty: float) -> int:
        """The last line kept with ``index``, dropping the soft keeps that would
        leave more than ``empty`` of the page empty."""
        end = index
        while lines[end].keep_next and end + 1 < len(lines) and (
                not lines[end].soft or lines[end].soft > empty):
            end += 1
        return end

    def height(first: int, last: int) -> float:
        return sum(line.height for line in lines[first:last + 1])

    used = 0.0
    index = 0
    while index < len(lines):
        end = chain_end(index, 0.0)
        block = height(index, end)
        if used + block <= capacity:
            used += block
            index = end + 1
            continue
        if used > 0:
            # Rather than leave much of the page empty, give up the soft keeps.
            end = chain_end(index, (capacity - used) / capacity)
            block = height(index, end)
            if used + block <= capacity:
                used += block
                index = end + 1
                continue
        if used > 0 and head(index) + block <= capacity:
            breaks[index] = repeat(index)
            used = head(index) + block
            index = end + 1
            continue
        # Too tall to keep together: the chain flows line by line.
        for position in range(index, end + 1):
            tall = lines[position].height
            if used + tall > capacity and used > 0:
                breaks[position] = repeat(position)
                used = head(position)
            used += tall
        index = end + 1
    return breaks
