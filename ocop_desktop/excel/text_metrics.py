"""Text measurement in Times New Roman, in spreadsheet units.

Row heights and rule lengths of the report are computed, not auto-fitted: LibreOffice and
Excel draw a row exactly as tall as the file says, so the layout (``excel.report_sheet``) and
the detail list (``excel.writer``) count wrapped lines from advance widths, with a little to
spare.
"""

from __future__ import annotations

import unicodedata

FONT_NAME = "Times New Roman"
BODY_SIZE = 13

# Advance widths of Times New Roman (measured on its metric twin Liberation Serif), in ems.
_REGULAR_WIDTHS = {
    0.18: "'", 0.2: "|", 0.25: " .,", 0.278: "ijlt;:/", 0.333: "frI!()[]-", 0.389: "sJ",
    0.408: '"', 0.444: "acez?ăâê", 0.5: "bdghknopquvxy0123456789–#*_đô", 0.529: "ơ",
    0.542: "ư", 0.556: "FPS", 0.564: "+=<>", 0.611: "ELTZÊ", 0.667: "BCR",
    0.722: "wADGHKNOQUVXYĂÂĐÔƠ", 0.776: "Ư", 0.778: "m&", 0.833: "%", 0.889: "M",
    0.921: "@", 0.944: "W",
}
_BOLD_WIDTHS = {
    0.22: "|", 0.25: " .,", 0.278: "il'/", 0.333: "fjt;:!()[]-", 0.389: "sI",
    0.444: "cerzê", 0.5: "agovxyJ0123456789?–#*_ăâô", 0.555: '"', 0.556: "bdhknpquSđ",
    0.57: "+=<>", 0.611: "FP", 0.667: "BELTZơÊ", 0.722: "wACDNRUVXYĂÂĐ", 0.727: "ư",
    0.778: "GHKOQÔ", 0.833: "m&", 0.871: "Ơ", 0.872: "Ư", 0.93: "@", 0.944: "M",
    1.0: "W%",
}
_EM = {False: {c: w for w, cs in _REGULAR_WIDTHS.items() for c in cs},
       True: {c: w for w, cs in _BOLD_WIDTHS.items() for c in cs}}
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
# A column-width unit is the width of a digit in the workbook's default font, which is set
# to Times New Roman 13 (see ``splice.use_default_font``): 9 px at 96 dpi, in Excel and
# LibreOffice alike — unlike Calibri, which LibreOffice replaces on machines without it.
POINTS_PER_UNIT = 6.75
# Width taken by a cell's ``indent=1`` (labels in tables), in column-width units.
INDENT_WIDTH = 1.2
# Renderers wrap a little earlier than the advance widths say (hinting, justification):
# line counts are taken on this share of a cell's width, so no row is drawn too short.
WRAP_SAFETY = 0.95


def text_width(text: str, size: float = BODY_SIZE, *, bold: bool = False) -> float:
    """Width of ``text`` in Times New Roman, in column-width units (with 4 % to spare for
    the renderers' rounding). Tone marks do not change a letter's width."""
    widths = _EM[bold]
    bare = unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", text).translate(_TONE_MARKS))
    em = sum(widths.get(ch, 0.72 if ch.isupper() else 0.5) for ch in bare)
    return em * size * 1.04 / POINTS_PER_UNIT


def wrapped_lines(text: str, width: float, size: float = BODY_SIZE, *, bold: bool = False) -> int:
    """How many lines ``text`` takes in a cell ``width`` units wide (greedy word wrap)."""
    usable = max(width - 0.8, 1.0)  # the cell's padding
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        line = 0.0
        space = text_width(" ", size, bold=bold)
        for word in paragraph.split():
            w = text_width(word, size, bold=bold)
            if line and line + space + w > usable:
                count += 1
                line = w
            else:
                line += (space if line else 0.0) + w
            while line > usable:  # a word longer than the cell breaks across lines
                count += 1
                line -= usable
    return max(count, 1)


def safe_lines(text: str, width: float, size: float = BODY_SIZE, *, bold: bool = False) -> int:
    """``wrapped_lines`` on ``WRAP_SAFETY`` of the width: what a renderer may need."""
    return wrapped_lines(text, width * WRAP_SAFETY, size, bold=bold)


def line_height(size: float) -> float:
    """Height of one line of text at ``size`` points, with the cell's padding."""
    return round(size * 1.2 + 2.5, 1)


def text_height(lines: int, size: float) -> float:
    """Height of a cell of ``lines`` wrapped lines: Times New Roman's line pitch is 1.15 em
    in LibreOffice and Excel alike; the cell's padding counts once."""
    if lines <= 1:
        return line_height(size)
    return round(lines * size * 1.17 + 4, 1)
