"""The entities of the domain as plain dataclasses and enums."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ocop_desktop.domain.catalogue import DEFAULT_PRIORITY, Measure


class UnitLevel(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


UNIT_LEVEL_NAMES = {
    UnitLevel.PROVINCE: "Tỉnh, thành phố",
    UnitLevel.DISTRICT: "Huyện, quận, thị xã, thành phố thuộc tỉnh",
    UnitLevel.COMMUNE: "Xã, phường, thị trấn",
}


class Role(StrEnum):
    """What this installation is: a commune station that logs, or an office that consolidates."""

    STATION = "station"
    OFFICE = "office"


@dataclass(frozen=True, slots=True)
class Unit:
    """An administrative unit, valid for a date range (codes may be reused after a reform)."""

    code: str
    name: str
    level: UnitLevel
    parent_code: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True, slots=True)
class Directive:
    """An incoming directive (công văn, kế hoạch…) that asks for propaganda on topics."""

    number: str
    date: dt.date
    issuer: str
    summary: str
    deadline: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    """A propaganda topic (chủ đề), optionally asked for by a directive."""

    code: str
    name: str
    directive: str | None = None  # the directive's number
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


def new_uuid() -> str:
    import uuid  # where used: it loads platform, ~5 ms of every start (DESIGN.md §7)

    return str(uuid.uuid4())


def now_utc() -> str:
    """Change times are ISO 8601 in UTC with microseconds, so they sort as text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One logged propaganda activity: an airing, a bulletin, a meeting…"""

    date: dt.date
    topic_code: str
    form_code: str
    title: str
    unit_code: str
    time: dt.time | None = None
    items: int | None = None
    airings: int | None = None
    minutes: int | None = None
    copies: int | None = None
    participants: int | None = None
    language: str | None = None
    source: str | None = None
    priority: str = DEFAULT_PRIORITY
    location: str = ""  # village or loudspeaker cluster
    operator: str = ""
    notes: str = ""
    entered_by: str | None = None  # office unit code when logged on a commune's behalf
    uuid: str = field(default_factory=new_uuid)
    created_at: str = field(default_factory=now_utc)
    updated_at: str = field(default_factory=now_utc)
    deleted: bool = False

    def measure(self, measure: Measure) -> int | None:
        value: int | None = getattr(self, measure.value)
        return value

    def replace(self, **changes: object) -> LogRecord:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


# Fields a user edits; the rest is bookkeeping.
EDITABLE_FIELDS: tuple[str, ...] = (
    "date", "time", "topic_code", "form_code", "title", "unit_code",
    "items", "airings", "minutes", "copies", "participants",
    "language", "source", "priority", "location", "operator", "notes",
)


@dataclass(frozen=True, slots=True)
class Installation:
    """Who this installation is; printed on reports and used to address them."""

    unit_code: str
    role: Role
    signer_name: str = ""
    signer_title: str = ""
    recipient_name: str = ""
    recipient_email: str = ""
    parent_body: str = ""  # "UBND XÃ HOÀNG ĐỒNG" printed above the issuing body
    issuing_body: str = ""  # "ĐÀI TRUYỀN THANH XÃ HOÀNG ĐỒNG"
    place: str = ""  # "Lạng Sơn" in the place-date line
    period_cutoff_day: int = 1  # 1 = calendar months; 15 = 15th to 14th (ND 09/2019)
    report_deadline_days: int = 5
    # An office that also runs a radio station (a commune's culture office, Decree 49/2024)
    # has the station's pages too (the broadcast schedule).
    runs_station: bool = False
    # Issue 12 (domain.heading): "Kính gửi" entries one per line, the signing authority
    # ("TM.", "KT.", … or "") and whom it is for, the drafting office after "Lưu: VT, ",
    # and durations printed in minutes only instead of "12,5 giờ (750 phút)".
    addressees: str = ""
    signer_authority: str = ""
    authority_of: str = ""
    drafting_office: str = ""
    minutes_only: bool = False


class SortKey(StrEnum):
    """Columns the log can be sorted by (each backed by an index)."""

    DATE = "date"
    TITLE = "title"  # Vietnamese dictionary order
    TOPIC = "topic"
    FORM = "form"
    UNIT = "unit"


@dataclass(frozen=True, slots=True)
class RecordQuery:
    """A filter over the log; every field narrows the result, ``None`` means any."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    topic_code: str | None = None
    form_code: str | None = None
    language: str | None = None
    unit_code: str | None = None  # that unit and every unit under it
    search: str = ""  # matched regardless of diacritics
    directive: str | None = None  # topics of one directive
    include_deleted: bool = False
    sort: SortKey = SortKey.DATE
    descending: bool = True
