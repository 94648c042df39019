"""Pure aggregation of the log into the tables of a report, and the document's fixed phrases.

The log is summarised in two steps so that the same code serves a test's handful of records
and a province's million rows:

1. records become ``Tally`` groups (one per topic, form, unit, language and source) —
   ``tally_records`` does it in Python, ``storage.reports.ReportStore.report_tallies`` in SQL;
2. ``summarize`` turns tallies into a ``ReportSummary``: one row per topic (and, for a
   consolidating office, one row per child unit with every descendant's records rolled up
   to the child), one column per measure of each form that occurs, totals, and broadcast
   minutes split by language and by source (form 09B/TTTT).

Nothing here reads the database or imports Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ocop_desktop.domain.catalogue import (
    LANGUAGES,
    MEASURE_NAMES,
    SOURCES,
    Choice,
    Form,
    Measure,
)
from ocop_desktop.domain.periods import ReportPeriod
from ocop_desktop.domain.records import Directive, LogRecord, Topic
from ocop_desktop.domain.text import fold

MEASURES: tuple[Measure, ...] = tuple(Measure)


@dataclass(frozen=True, slots=True)
class Tally:
    """Sums over the records that share topic, form, unit, language and source."""

    topic_code: str
    form_code: str
    unit_code: str
    language: str | None
    source: str | None
    records: int
    items: int = 0
    airings: int = 0
    minutes: int = 0
    copies: int = 0
    participants: int = 0

    def measure(self, measure: Measure) -> int:
        value: int = getattr(self, measure.value)
        return value


def tally_records(records: Iterable[LogRecord], *, period: ReportPeriod | None = None,
                  topic_codes: Collection[str] | None = None) -> list[Tally]:
    """Group records into tallies; deleted records, and those outside the period or the
    topics (when given), are left out."""
    groups: dict[tuple[str, str, str, str | None, str | None], list[int]] = {}
    for record in records:
        if record.deleted:
            continue
        if period is not None and not period.contains(record.date):
            continue
        if topic_codes is not None and record.topic_code not in topic_codes:
            continue
        key = (record.topic_code, record.form_code, record.unit_code, record.language,
               record.source)
        sums = groups.setdefault(key, [0] * (len(MEASURES) + 1))
        sums[0] += 1
        for index, measure in enumerate(MEASURES, 1):
            sums[index] += record.measure(measure) or 0
    return [Tally(*key, *sums) for key, sums in sorted(groups.items(), key=_group_order)]


def _group_order(item: tuple[tuple[str, str, str, str | None, str | None], list[int]]
                 ) -> tuple[str, ...]:
    return tuple(part or "" for part in item[0])


class RowKind(StrEnum):
    TOPIC = "topic"
    UNIT = "unit"


@dataclass(frozen=True, slots=True)
class MeasureColumn:
    """One column of the summary table: a measure of a form."""

    form_code: str
    form_name: str
    measure: Measure

    @property
    def measure_name(self) -> str:
        return MEASURE_NAMES[self.measure]


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """A topic, or a child unit, with its record count and one value per column."""

    code: str
    name: str
    records: int
    values: tuple[int, ...]
    own: bool = False  # unit tables: the sender's own records, not a child's


@dataclass(frozen=True, slots=True)
class SummaryTable:
    kind: RowKind
    columns: tuple[MeasureColumn, ...]
    rows: tuple[SummaryRow, ...]
    totals: tuple[int, ...]
    records: int

    def row(self, code: str) -> SummaryRow | None:
        return next((row for row in self.rows if row.code == code), None)

    def value(self, row_code: str | None, form_code: str, measure: Measure) -> int:
        """A cell, or a total when ``row_code`` is None; 0 for a column that does not occur."""
        for index, column in enumerate(self.columns):
            if column.form_code == form_code and column.measure is measure:
                if row_code is None:
                    return self.totals[index]
                row = self.row(row_code)
                return row.values[index] if row else 0
        return 0

    def form_groups(self) -> list[tuple[str, str, tuple[MeasureColumn, ...]]]:
        """Consecutive columns of one form: ``(form_code, form_name, columns)`` (2-level header)."""
        groups: list[tuple[str, str, tuple[MeasureColumn, ...]]] = []
        for column in self.columns:
            if groups and groups[-1][0] == column.form_code:
                code, name, columns = groups[-1]
                groups[-1] = (code, name, (*columns, column))
            else:
                groups.append((column.form_code, column.form_name, (column,)))
        return groups


@dataclass(frozen=True, slots=True)
class BroadcastTable:
    """Minutes of broadcast forms: one row per language, one column per source (09B/TTTT)."""

    languages: tuple[Choice, ...]
    sources: tuple[Choice, ...]
    cells: tuple[tuple[int, ...], ...]  # [language][source]
    language_totals: tuple[int, ...]
    source_totals: tuple[int, ...]
    total: int

    def minutes(self, language: str, source: str) -> int:
        for row, lang in enumerate(self.languages):
            if lang.code == language:
                for column, src in enumerate(self.sources):
                    if src.code == source:
                        return self.cells[row][column]
        return 0


@dataclass(frozen=True, slots=True)
class UnitRollup:
    """Rows of a consolidating office's table: each child unit of the sender, with the units
    under it rolled up to it.

    ``rows`` lists the children always shown (even without records), in order; ``row_of``
    maps a record's unit code to its row's code (the sender's own code for the office's own
    records, which get a first row only when there are some); ``names`` names any row.
    A unit missing from ``row_of`` gets a row of its own, after the listed ones."""

    sender_code: str
    rows: tuple[tuple[str, str], ...]  # (code, name)
    row_of: Mapping[str, str]
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """Everything a report shows, computed once; the writer and the screen only lay it out."""

    period: ReportPeriod
    scope: str | None  # directive number, None for all topics
    sender_code: str | None
    sender_name: str
    by_topic: SummaryTable
    by_unit: SummaryTable | None
    broadcast: BroadcastTable
    directive: Directive | None = field(default=None)

    @property
    def columns(self) -> tuple[MeasureColumn, ...]:
        return self.by_topic.columns

    @property
    def totals(self) -> tuple[int, ...]:
        return self.by_topic.totals

    @property
    def records(self) -> int:
        return self.by_topic.records

    def as_json(self) -> dict[str, Any]:
        """The summary figures, as printed by ``ocop-desktop report --json`` (see README)."""
        columns = self.columns

        def measures(values: Sequence[int]) -> dict[str, dict[str, int]]:
            result: dict[str, dict[str, int]] = {}
            for column, value in zip(columns, values, strict=True):
                result.setdefault(column.form_code, {})[column.measure.value] = value
            return result

        def rows(table: SummaryTable | None) -> list[dict[str, Any]]:
            if table is None:
                return []
            return [{"code": row.code, "name": row.name, "records": row.records,
                     "measures": measures(row.values)} for row in table.rows]

        broadcast = self.broadcast
        return {
            "period": {"key": self.period.key, "kind": self.period.kind.value,
                       "start": self.period.start.isoformat(),
                       "end": self.period.end.isoformat(), "label": self.period.label},
            "scope": self.scope,
            "sender": {"code": self.sender_code, "name": self.sender_name},
            "forms": [{"code": code, "name": name, "measures": [c.measure.value for c in cols]}
                      for code, name, cols in self.by_topic.form_groups()],
            "totals": {"records": self.records, "measures": measures(self.totals)},
            "topics": rows(self.by_topic),
            "units": rows(self.by_unit),
            "broadcast_minutes": {
                "total": broadcast.total,
                "by_language": {lang.code: total for lang, total in
                                zip(broadcast.languages, broadcast.language_totals, strict=True)},
                "by_source": {src.code: total for src, total in
                              zip(broadcast.sources, broadcast.source_totals, strict=True)},
            },
        }


# Broadcast records without a language or source are counted under "none", never dropped.
NO_LANGUAGE = Choice("none", "Chưa ghi ngôn ngữ", 99)
NO_SOURCE = Choice("none", "Chưa ghi nguồn", 99)


def scope_topic_codes(topics: Iterable[Topic], scope: str | None) -> set[str] | None:
    """Codes of the topics a directive asks for; None (every topic) without a directive."""
    if scope is None:
        return None
    return {topic.code for topic in topics if topic.directive == scope}


def summarize(tallies: Iterable[Tally], *, period: ReportPeriod, forms: Mapping[str, Form],
              topics: Sequence[Topic], scope: str | None = None,
              sender_code: str | None = None, sender_name: str = "",
              rollup: UnitRollup | None = None,
              directive: Directive | None = None,
              sources: Sequence[Choice] | None = None) -> ReportSummary:
    """Lay tallies out as the report's tables.

    ``topics`` gives names and row order; with a ``scope`` (directive number) only its topics
    count, and each of them gets a row even without records, so the report answers the
    directive point by point. Without a scope, topics with records get rows. ``rollup`` adds
    the consolidating office's table of child units. ``sources`` are the columns of the
    minutes-by-source table (the sources valid in the period; the built-in list if omitted).
    """
    in_scope = scope_topic_codes(topics, scope)
    kept = [t for t in tallies if t.records and (in_scope is None or t.topic_code in in_scope)]
    columns = _columns(kept, forms)
    index_of = {(c.form_code, c.measure): i for i, c in enumerate(columns)}

    def add(target: list[int], tally: Tally) -> None:
        target[0] += tally.records
        for measure in MEASURES:
            position = index_of.get((tally.form_code, measure))
            if position is not None:
                target[position + 1] += tally.measure(measure)

    width = len(columns) + 1
    topic_sums: dict[str, list[int]] = {}
    for tally in kept:
        add(topic_sums.setdefault(tally.topic_code, [0] * width), tally)
    topic_order = {topic.code: position for position, topic in enumerate(topics)}
    topic_names = {topic.code: topic.name for topic in topics}
    topic_codes = set(topic_sums) | (in_scope or set())
    topic_rows = [
        _row(code, topic_names.get(code, code), topic_sums.get(code, [0] * width))
        for code in sorted(topic_codes, key=lambda c: (topic_order.get(c, len(topic_order)), c))
    ]
    totals = [0] * width
    for sums in topic_sums.values():
        for position, value in enumerate(sums):
            totals[position] += value
    by_topic = SummaryTable(RowKind.TOPIC, columns, tuple(topic_rows), tuple(totals[1:]),
                            totals[0])

    by_unit = None
    if rollup is not None:
        unit_sums: dict[str, list[int]] = {}
        for tally in kept:
            row_code = rollup.row_of.get(tally.unit_code, tally.unit_code)
            add(unit_sums.setdefault(row_code, [0] * width), tally)
        listed = [code for code, _ in rollup.rows if code != rollup.sender_code]
        names = {**rollup.names, **dict(rollup.rows)}
        own = [rollup.sender_code] if rollup.sender_code in unit_sums else []
        extra = sorted(set(unit_sums) - set(listed) - set(own))
        unit_rows = [
            _row(code, names.get(code, code), unit_sums.get(code, [0] * width),
                 own=code == rollup.sender_code)
            for code in [*own, *listed, *extra]
        ]
        by_unit = SummaryTable(RowKind.UNIT, columns, tuple(unit_rows), tuple(totals[1:]),
                               totals[0])

    return ReportSummary(period=period, scope=scope, sender_code=sender_code,
                         sender_name=sender_name, by_topic=by_topic, by_unit=by_unit,
                         broadcast=_broadcast(kept, forms, tuple(
                             sources if sources is not None else _sources_in(period))),
                         directive=directive)


def _sources_in(period: ReportPeriod) -> tuple[Choice, ...]:
    """The built-in sources valid on some day of the period."""
    return tuple(s for s in SOURCES if (s.valid_from is None or s.valid_from <= period.end)
                 and (s.valid_to is None or s.valid_to >= period.start))


def _row(code: str, name: str, sums: list[int], *, own: bool = False) -> SummaryRow:
    return SummaryRow(code, name, sums[0], tuple(sums[1:]), own)


def _columns(tallies: Sequence[Tally], forms: Mapping[str, Form]) -> tuple[MeasureColumn, ...]:
    """One column per measure of each form that occurs, forms in catalogue order.

    A form missing from the catalogue (a record imported from an office with more forms)
    still gets columns: the measures it actually carries."""
    occurring: dict[str, set[Measure]] = {}
    for tally in tallies:
        carried = occurring.setdefault(tally.form_code, set())
        carried.update(m for m in MEASURES if tally.measure(m))
    known = sorted((forms[code] for code in occurring if code in forms),
                   key=lambda f: (f.sort_order, f.code))
    columns = [MeasureColumn(form.code, form.name, m) for form in known for m in form.measures]
    for code in sorted(c for c in occurring if c not in forms):
        measures = [m for m in MEASURES if m in occurring[code]] or [Measure.ITEMS]
        columns.extend(MeasureColumn(code, code, m) for m in measures)
    return tuple(columns)


def _broadcast(tallies: Sequence[Tally], forms: Mapping[str, Form],
               catalogue: tuple[Choice, ...] = SOURCES) -> BroadcastTable:
    cells: dict[tuple[str, str], int] = {}
    seen_languages: set[str] = set()
    seen_sources: set[str] = set()
    for tally in tallies:
        form = forms.get(tally.form_code)
        if form is None or not form.broadcast:
            continue
        language, source = tally.language or "none", tally.source or "none"
        seen_languages.add(language)
        seen_sources.add(source)
        cells[language, source] = cells.get((language, source), 0) + tally.minutes
    languages = _choices(LANGUAGES, seen_languages, NO_LANGUAGE)
    # The sources of the period (form 09B's, and since Decree 49/2024 the source information
    # systems) are always shown; an unrecorded or unknown source only when it occurs.
    sources = _choices(catalogue, seen_sources | {s.code for s in catalogue}, NO_SOURCE)
    grid = tuple(tuple(cells.get((lang.code, src.code), 0) for src in sources)
                 for lang in languages)
    return BroadcastTable(
        languages=languages, sources=sources, cells=grid,
        language_totals=tuple(sum(row) for row in grid),
        source_totals=tuple(sum(row[i] for row in grid) for i in range(len(sources))),
        total=sum(sum(row) for row in grid))


def _choices(catalogue: tuple[Choice, ...], seen: set[str], missing: Choice) -> tuple[Choice, ...]:
    known = [choice for choice in catalogue if choice.code in seen]
    codes = {choice.code for choice in catalogue}
    unknown = [Choice(code, code, 98) for code in sorted(seen - codes - {missing.code})]
    empty = [missing] if missing.code in seen else []
    return tuple(known + unknown + empty)


# -- the register of exported reports ------------------------------------------------------

class ReportStatus(StrEnum):
    """Where an exported report is; the outbox (issue 5) moves it on from ``exported``."""

    EXPORTED = "exported"
    QUEUED = "queued"
    SENT = "sent"
    HANDED_OVER = "handed_over"


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """One line of the register: a report whose file was written, with its number."""

    year: int
    number: int
    symbol: str
    issued_on: dt.date
    sender_code: str | None
    period_key: str
    period_start: dt.date
    period_end: dt.date
    scope: str | None  # directive number; None for all topics
    file_path: str
    file_hash: str  # sha256 of the file's bytes
    data_hash: str  # the data sheet's hash (excel.columns.data_hash)
    record_count: int
    generated_at: str  # the manifest's generated_at
    created_at: str
    sent_at: str | None = None
    sent_to: str | None = None
    status: str = ReportStatus.EXPORTED.value
    id: int | None = None

    @property
    def number_text(self) -> str:
        """``05/BC-UBND``."""
        return report_number(self.number, self.symbol)


# -- the document's fixed phrases (Nghị định 30/2020/NĐ-CP, Appendix I) --------------------

# Abbreviations of document types in a number's symbol ("129/KH-UBND" is a Kế hoạch); a
# symbol without one ("1234/STTTT-TTBCXB") is a công văn.
DOCUMENT_TYPES: dict[str, str] = {
    "KH": "Kế hoạch", "QĐ": "Quyết định", "CT": "Chỉ thị", "HD": "Hướng dẫn",
    "TB": "Thông báo", "NQ": "Nghị quyết", "CV": "Công văn", "BC": "Báo cáo",
    "TTR": "Tờ trình", "CĐ": "Công điện", "PA": "Phương án", "ĐA": "Đề án",
    "CTR": "Chương trình", "TT": "Thông tư", "NĐ": "Nghị định",
}


def document_type(number: str) -> str:
    """The kind of document a number names: ``129/KH-UBND`` → ``Kế hoạch``."""
    _, _, symbol = number.partition("/")
    prefix = symbol.split("-", 1)[0].strip().upper() if "-" in symbol else ""
    return DOCUMENT_TYPES.get(prefix, "Công văn")


def short_date(day: dt.date) -> str:
    """Dates cited in running text, as officials write them: ``04/6/2021``."""
    return f"{day.day:02d}/{day.month}/{day.year}"


def subject_text(period: ReportPeriod, directive: Directive | None) -> str:
    """The report's subject (trích yếu), printed in bold under ``BÁO CÁO``."""
    if directive is not None:
        return (f"Kết quả tuyên truyền thực hiện {document_type(directive.number)} số "
                f"{directive.number} ngày {short_date(directive.date)} của {directive.issuer}; "
                f"{period.range_text}")
    if period.label == period.range_text:
        return f"Kết quả công tác tuyên truyền {period.range_text}"
    return f"Kết quả công tác tuyên truyền {period.label} ({period.range_text})"


def intro_text(period: ReportPeriod, directive: Directive | None, records: int) -> str:
    """The sentence that leads into the tables."""
    count = f"{records:,}".replace(",", ".")  # Vietnamese digit grouping
    if directive is not None:
        about = re.sub(r"^\s*(v/v|về việc)\s*", "", directive.summary.strip(), flags=re.I)
        about = (about[:1].lower() + about[1:]).rstrip(" .;") if about else ""
        return (f"Thực hiện {document_type(directive.number)} số {directive.number} ngày "
                f"{short_date(directive.date)} của {directive.issuer}"
                + (f" về việc {about}" if about else "")
                + f", kết quả tuyên truyền {period.range_text} ({count} hoạt động được ghi "
                "trong sổ) như sau:")
    return (f"Kết quả công tác tuyên truyền {period.range_text}, tổng hợp từ {count} hoạt "
            "động được ghi trong sổ, như sau:")


def place_date_text(place: str, day: dt.date) -> str:
    """``Lạng Sơn, ngày 05 tháng 7 năm 2021``: days below 10 and the months January and
    February take a leading zero (Nghị định 30/2020, Appendix I, II.5)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {day.day:02d} tháng {month} năm {day.year}"


def number_text(number: int | None, symbol: str) -> str:
    """``Số: 05/BC-UBND``; numbers below 10 take a leading zero (Appendix I, II.4)."""
    return f"Số: {number:02d}/{symbol}" if number is not None else f"Số:      /{symbol}"


def report_number(number: int, symbol: str) -> str:
    """The number as cited and as stored in the manifest: ``05/BC-UBND``."""
    return f"{number:02d}/{symbol}"


_UNIT_WORDS = ("XÃ", "PHƯỜNG", "THỊ TRẤN", "THỊ XÃ", "HUYỆN", "QUẬN", "THÀNH PHỐ", "TỈNH",
               "ĐẶC KHU")


def default_symbol(issuing_body: str) -> str:
    """A report symbol from the issuing body when settings name none.

    ``UBND XÃ HOÀNG ĐỒNG`` → ``BC-UBND``; ``ĐÀI TRUYỀN THANH XÃ HOÀNG ĐỒNG`` → ``BC-ĐTT``
    (initials of the words before the unit's level, as văn thư offices abbreviate)."""
    words = issuing_body.upper().split()
    if not words:
        return "BC"
    if words[0] in ("UBND", "HĐND"):
        return f"BC-{words[0]}"
    if fold(" ".join(words[:4])) == "uy ban nhan dan":
        return "BC-UBND"
    head: list[str] = []
    text = " ".join(words)
    cut = len(text)
    for word in _UNIT_WORDS:
        match = re.search(rf"(^|\s){word}(\s|$)", text)
        if match and match.start() > 0:
            cut = min(cut, match.start())
    head = text[:cut].split()
    initials = "".join(w[0] for w in head if w not in ("VÀ", "CỦA") and w[0].isalpha())
    return f"BC-{initials}" if initials else "BC"
