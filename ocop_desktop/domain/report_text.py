"""The report's words and its tables as the document prints them (layout-neutral).

* ``Narrative``: the parts the officer writes — II. Đánh giá, III. Phương hướng, nhiệm vụ kỳ
  tới, IV. Đề xuất, kiến nghị — as plain paragraphs; ``parse_narrative`` reads the text
  file of ``report … --narrative FILE`` ("## Title" opens a part, other lines are
  paragraphs).
* ``ReportTable``: one table of part I with its heading, the sentence that states its
  totals in words, its columns (one or two header levels), rows and totals row.
* ``report_tables``: THE ordered list of part I's tables. The writer lays out whatever this
  returns, in this order, so a new table is a new entry here and no layout code changes.
* ``duration_text``: "12,5 giờ (750 phút)" (or minutes only, a setting).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ocop_desktop.domain.catalogue import Measure
from ocop_desktop.domain.reporting import BroadcastTable, ReportSummary, SummaryTable
from ocop_desktop.domain.schedule import PlanTable
from ocop_desktop.domain.text import count_text, fold

# -- the parts in words ----------------------------------------------------------------


class NarrativePart(StrEnum):
    ASSESSMENT = "assessment"
    TASKS = "tasks"
    PROPOSALS = "proposals"


# Titles as printed (after the part's Roman number) and as written after "## ".
PART_TITLES: dict[NarrativePart, str] = {
    NarrativePart.ASSESSMENT: "Đánh giá",
    NarrativePart.TASKS: "Phương hướng, nhiệm vụ kỳ tới",
    NarrativePart.PROPOSALS: "Đề xuất, kiến nghị",
}
RESULTS_TITLE = "Kết quả"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


@dataclass(frozen=True, slots=True)
class Narrative:
    """The officer's paragraphs, per part; an empty part is left out of the document."""

    assessment: str = ""
    tasks: str = ""
    proposals: str = ""

    def text(self, part: NarrativePart) -> str:
        value: str = getattr(self, part.value)
        return value

    def paragraphs(self, part: NarrativePart) -> tuple[str, ...]:
        return tuple(" ".join(line.split()) for line in self.text(part).splitlines()
                     if line.strip())

    def is_empty(self) -> bool:
        return not any(self.paragraphs(part) for part in NarrativePart)


class NarrativeError(ValueError):
    """A line of a narrative file that names no known part."""

    def __init__(self, line: int, title: str, reason: str = "title") -> None:
        super().__init__(f"line {line}: {title!r}")
        self.line = line
        self.title = title
        self.reason = reason  # "title": unknown part; "before": text before any part


def part_of_title(title: str) -> NarrativePart | None:
    """The part a "## " title names (case, diacritics and a leading "II." ignored)."""
    bare = fold(title).strip().rstrip(":. ")
    for roman in ROMAN:
        prefix = roman.lower() + "."
        if bare.startswith(prefix):
            bare = bare[len(prefix):].strip()
            break
    for part, name in PART_TITLES.items():
        if bare == fold(name):
            return part
    return None


def parse_narrative(text: str) -> Narrative:
    """Read the ``--narrative`` file: "## Đánh giá", "## Phương hướng, nhiệm vụ kỳ tới" or
    "## Đề xuất, kiến nghị" opens a part; other non-empty lines are its paragraphs. Raises
    ``NarrativeError`` on another title or on text before the first title."""
    parts: dict[NarrativePart, list[str]] = {part: [] for part in NarrativePart}
    current: NarrativePart | None = None
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.strip()
        if line.startswith("#"):
            title = line.lstrip("#").strip()
            current = part_of_title(title)
            if current is None:
                raise NarrativeError(number, title)
            continue
        if not line:
            continue
        if current is None:
            raise NarrativeError(number, line[:60], "before")
        parts[current].append(" ".join(line.split()))
    return Narrative(**{part.value: "\n".join(lines) for part, lines in parts.items()})


def narrative_file_text(narrative: Narrative) -> str:
    """The inverse of ``parse_narrative`` (what the CLI would read back)."""
    blocks = []
    for part in NarrativePart:
        paragraphs = narrative.paragraphs(part)
        if paragraphs:
            blocks.append("\n".join([f"## {PART_TITLES[part]}", *paragraphs]))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


# -- numbers in words ------------------------------------------------------------------

def duration_text(minutes: int, *, minutes_only: bool = False, sep: str = " ") -> str:
    """"12,5 giờ (750 phút)": hours with one decimal, the minutes beside them (statistics
    forms count broadcast time in hours); ``minutes_only``: "750 phút"."""
    if minutes_only:
        return f"{count_text(minutes)} phút"
    hours = f"{minutes / 60:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{hours} giờ{sep}({count_text(minutes)} phút)"


# -- tables ------------------------------------------------------------------------------

Cell = int | str | None


@dataclass(frozen=True, slots=True)
class TableColumn:
    title: str
    group: str = ""  # a second header level above consecutive columns of one group


@dataclass(frozen=True, slots=True)
class TableRow:
    label: str
    values: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of part I, ready to lay out."""

    key: str  # "topics", "units", "broadcast", "plan", … (tests and layout refer to it)
    title: str  # the heading: "Kết quả theo chủ đề"
    label_title: str  # heading of the label column: "Chủ đề"
    columns: tuple[TableColumn, ...]
    rows: tuple[TableRow, ...]
    total: TableRow | None
    sentence: str = ""  # the totals in words, printed before the table
    note: str = ""  # printed in italics after the table
    empty_text: str = ""  # printed instead of the table when it has no rows or columns
    align: tuple[str, ...] = ()  # per column ("left", "center"); figures right by default

    @property
    def two_levels(self) -> bool:
        return any(column.group for column in self.columns)

    def groups(self) -> list[tuple[str, int, int]]:
        """``(group, first, last)`` column index ranges of the upper header level."""
        result: list[tuple[str, int, int]] = []
        for index, column in enumerate(self.columns):
            if result and column.group and result[-1][0] == column.group:
                result[-1] = (column.group, result[-1][1], index)
            else:
                result.append((column.group, index, index))
        return result


@dataclass(frozen=True, slots=True)
class TableOptions:
    minutes_only: bool = False


def _measure_cell(measure: Measure, value: int, options: TableOptions) -> Cell:
    if measure is Measure.MINUTES and not options.minutes_only and value:
        return duration_text(value, sep="\n")
    return value


def _measure_title(measure_name: str, measure: Measure, options: TableOptions) -> str:
    if measure is Measure.MINUTES and not options.minutes_only:
        return "Thời lượng"
    return measure_name


_MEASURE_WORDS = {
    Measure.ITEMS: "{v} tin, bài", Measure.AIRINGS: "{v} lượt phát",
    Measure.COPIES: "{v} bản", Measure.PARTICIPANTS: "{v} lượt người dự",
}


def _measures_in_words(table: SummaryTable, options: TableOptions) -> str:
    """"Tin, bài, phóng sự …: 12 tin, bài, 24 lượt phát, thời lượng 12,5 giờ (750 phút)"."""
    pieces = []
    for _code, name, columns in table.form_groups():
        parts = []
        for column in columns:
            index = table.columns.index(column)
            value = table.totals[index]
            if not value:
                continue
            if column.measure is Measure.MINUTES:
                parts.append("thời lượng " + duration_text(
                    value, minutes_only=options.minutes_only))
            else:
                parts.append(_MEASURE_WORDS[column.measure].format(v=count_text(value)))
        if parts:
            pieces.append(f"{name[:1].lower()}{name[1:]}: {', '.join(parts)}")
    return "; ".join(pieces)


def summary_table(table: SummaryTable, *, key: str, title: str, label_title: str,
                  subject: str, options: TableOptions) -> ReportTable:
    """A summary (per topic or per unit) as a document table, with its sentence."""
    columns = tuple(TableColumn(_measure_title(c.measure_name, c.measure, options), c.form_name)
                    for c in table.columns)

    def cells(values: Sequence[int]) -> tuple[Cell, ...]:
        return tuple(_measure_cell(c.measure, v, options)
                     for c, v in zip(table.columns, values, strict=True))

    rows = tuple(TableRow(row.name, cells(row.values)) for row in table.rows)
    active = sum(1 for row in table.rows if row.records)
    words = _measures_in_words(table, options)
    sentence = (f"Trong kỳ đã ghi nhận {count_text(table.records)} hoạt động tuyên truyền "
                f"ở {count_text(active)}/{count_text(len(table.rows))} {subject}"
                + (f", gồm: {words}." if words else "."))
    if not table.records:
        sentence = ""
    return ReportTable(
        key=key, title=title, label_title=label_title, columns=columns, rows=rows,
        total=TableRow("Tổng cộng", cells(table.totals)) if table.columns else None,
        sentence=sentence,
        empty_text="Không có hoạt động tuyên truyền nào được ghi trong kỳ báo cáo.")


def broadcast_table(broadcast: BroadcastTable, options: TableOptions) -> ReportTable:
    """Broadcast time by language and by source (form 09B/TTTT)."""

    def cell(value: int) -> Cell:
        if options.minutes_only or not value:
            return value
        return duration_text(value, sep="\n")

    columns = tuple(TableColumn(source.name) for source in broadcast.sources) + (
        TableColumn("Tổng cộng"),)
    rows = tuple(TableRow(language.name, tuple(cell(v) for v in (*cells, total)))
                 for language, cells, total in zip(
                     broadcast.languages, broadcast.cells, broadcast.language_totals,
                     strict=True))
    total = TableRow("Tổng cộng", tuple(cell(v) for v in (*broadcast.source_totals,
                                                           broadcast.total)))
    sentence = ""
    if broadcast.total:
        shares = ", ".join(
            f"{language.name[:1].lower()}{language.name[1:]} "
            f"{duration_text(value, minutes_only=options.minutes_only)}"
            for language, value in zip(broadcast.languages, broadcast.language_totals,
                                       strict=True) if value)
        sentence = (f"Tổng thời lượng phát thanh, truyền hình trong kỳ là "
                    f"{duration_text(broadcast.total, minutes_only=options.minutes_only)}; "
                    f"theo ngôn ngữ: {shares}.")
    unit = "phút" if options.minutes_only else "giờ, phút"
    return ReportTable(
        key="broadcast",
        title=f"Thời lượng phát thanh, truyền hình theo ngôn ngữ và nguồn phát ({unit})",
        label_title="Ngôn ngữ", columns=columns, rows=rows,
        total=total if broadcast.languages else None, sentence=sentence,
        empty_text="Trong kỳ không có chương trình phát thanh, truyền hình.")


def plan_report_table(plan: PlanTable) -> ReportTable:
    """The broadcast schedule's plan against what aired (issue 7)."""

    def values(row: object) -> tuple[Cell, ...]:
        # Why planned airings did not air, per topic (issue 13: the ticks reach the report).
        return (*row.numbers, row.rate or None,  # type: ignore[attr-defined]
                row.reasons or None)  # type: ignore[attr-defined]

    rows = tuple(TableRow(row.label, values(row)) for row in plan.rows)
    total = plan.total
    numbers = total.numbers
    sentence = (f"Theo lịch phát sóng, trong kỳ có {count_text(numbers[0])} lượt phát theo kế "
                f"hoạch, đã phát {count_text(numbers[1])} lượt"
                + (f", đạt {total.rate}" if total.rate else "") + ".")
    return ReportTable(
        key="plan", title="Thực hiện lịch phát sóng (kế hoạch và thực tế phát)",
        label_title=plan.header[0],
        columns=tuple(TableColumn(h) for h in (*plan.header[1:], "Lý do không phát")),
        align=("right",) * (len(plan.header) - 1) + ("left",),
        rows=rows, total=TableRow(total.label, values(total)), sentence=sentence,
        note=plan.note)


def report_tables(summary: ReportSummary, *, plan: PlanTable | None = None,
                  options: TableOptions = TableOptions(),  # noqa: B008
                  unit_title: str = "Kết quả theo đơn vị",
                  topic_title: str = "Kết quả theo chủ đề",
                  extra: Sequence[ReportTable] = ()) -> tuple[ReportTable, ...]:
    """Part I's tables, always in this order: child units (a consolidating office), topics,
    broadcast time by language and source, the schedule's plan, then ``extra`` tables
    (loudspeaker clusters and the like) in the order given."""
    tables: list[ReportTable] = []
    if summary.by_unit is not None:
        tables.append(summary_table(summary.by_unit, key="units", title=unit_title,
                                    label_title="Đơn vị", subject="đơn vị", options=options))
    tables.append(summary_table(summary.by_topic, key="topics", title=topic_title,
                                label_title="Chủ đề", subject="chủ đề", options=options))
    tables.append(broadcast_table(summary.broadcast, options))
    if plan is not None:
        tables.append(plan_report_table(plan))
    tables.extend(extra)
    return tuple(tables)


@dataclass(frozen=True, slots=True)
class DocumentParts:
    """Part I's tables and the narrative, numbered as printed (empty parts left out)."""

    tables: tuple[ReportTable, ...]
    narrative: Narrative = field(default_factory=Narrative)

    def numbered(self) -> list[tuple[str, NarrativePart | None]]:
        """``("I. KẾT QUẢ", None), ("II. ĐÁNH GIÁ", ASSESSMENT), …`` without empty parts."""
        result: list[tuple[str, NarrativePart | None]] = [(f"I. {RESULTS_TITLE.upper()}", None)]
        for part in NarrativePart:
            if self.narrative.paragraphs(part):
                result.append((f"{ROMAN[len(result)]}. {PART_TITLES[part].upper()}", part))
        return result
