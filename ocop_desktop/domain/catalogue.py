"""Reference catalogues: forms of propaganda, measures, languages, sources, priorities.

These are the defaults seeded into the database by the first migration; from then on the
database is the source of truth (forms are data, not code — DESIGN.md §2). Names are the
Vietnamese official terms; the UI translates them through its own tables when needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Measure(StrEnum):
    """A countable quantity of a propaganda activity."""

    ITEMS = "items"
    AIRINGS = "airings"
    MINUTES = "minutes"
    COPIES = "copies"
    PARTICIPANTS = "participants"


MEASURE_NAMES: dict[Measure, str] = {
    Measure.ITEMS: "Số tin, bài",
    Measure.AIRINGS: "Số lượt phát",
    Measure.MINUTES: "Số phút",
    Measure.COPIES: "Số bản",
    Measure.PARTICIPANTS: "Số người dự",
}


@dataclass(frozen=True, slots=True)
class Form:
    """A form of propaganda (hình thức) and the measures that apply to it."""

    code: str
    name: str
    measures: tuple[Measure, ...]
    broadcast: bool = False  # minutes of broadcast forms are split by language and source
    sort_order: int = 0
    valid_from: dt.date | None = None  # a record dated outside the window is refused
    valid_to: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


# The catalogue seeded by the first migration (the 2021 world). Frozen: migration 0001
# reads it, and a shipped step must not change. Today's catalogue is ``FORMS`` below.
DEFAULT_FORMS: tuple[Form, ...] = (
    Form("radio", "Tin, bài, phóng sự phát trên đài truyền thanh",
         (Measure.ITEMS, Measure.AIRINGS, Measure.MINUTES), True, 1),
    Form("relay", "Tiếp sóng/tiếp âm (VOV, đài tỉnh, đài huyện)",
         (Measure.AIRINGS, Measure.MINUTES), True, 2),
    Form("tv", "Truyền hình", (Measure.ITEMS, Measure.AIRINGS, Measure.MINUTES), True, 3),
    Form("press", "Báo in, báo điện tử", (Measure.ITEMS,), False, 4),
    Form("web", "Trang/cổng thông tin điện tử", (Measure.ITEMS,), False, 5),
    Form("social", "Mạng xã hội, nhóm Zalo/Facebook", (Measure.ITEMS,), False, 6),
    Form("sms", "Tin nhắn SMS", (Measure.ITEMS,), False, 7),
    Form("board", "Bảng tin công cộng", (Measure.ITEMS,), False, 8),
    Form("print", "Bản tin, tờ rơi, sách mỏng, ấn phẩm", (Measure.ITEMS, Measure.COPIES), False, 9),
    Form("banner", "Băng rôn, khẩu hiệu, pa-nô, áp phích", (Measure.ITEMS,), False, 10),
    Form("meeting", "Hội nghị, tuyên truyền miệng", (Measure.ITEMS, Measure.PARTICIPANTS),
         False, 11),
)


@dataclass(frozen=True, slots=True)
class Choice:
    """One entry of a small fixed list (language, source, priority)."""

    code: str
    name: str
    sort_order: int = 0
    valid_from: dt.date | None = None  # sources only: a record dated outside is refused
    valid_to: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


LANGUAGES: tuple[Choice, ...] = (
    Choice("vi", "Tiếng Việt", 1),
    Choice("tay", "Tiếng Tày", 2),
    Choice("nung", "Tiếng Nùng", 3),
    Choice("tay-nung", "Tiếng Tày–Nùng", 4),
    Choice("dao", "Tiếng Dao", 5),
    Choice("mong", "Tiếng Mông", 6),
    Choice("hoa", "Tiếng Hoa", 7),
    Choice("other", "Ngôn ngữ khác", 8),
)

# Form 09B/TTTT splits broadcast hours into self-produced and relayed by level; Decree
# 49/2024 (in force 01/07/2024) adds the central and provincial source information systems;
# district radio-TV stations stopped broadcasting and relaying by 31/12/2025. Migration 0009
# puts these into the ``sources`` table, which is the truth from then on.
DECREE_49 = dt.date(2024, 7, 1)
DISTRICT_RELAY_END = dt.date(2025, 12, 31)
SOURCES: tuple[Choice, ...] = (
    Choice("self", "Tự sản xuất", 1),
    Choice("vov", "Tiếp sóng Đài Tiếng nói Việt Nam", 2),
    Choice("province", "Tiếp sóng đài tỉnh", 3),
    Choice("district", "Tiếp sóng đài huyện", 4, None, DISTRICT_RELAY_END),
    Choice("central-system", "Hệ thống thông tin nguồn trung ương", 5, DECREE_49),
    Choice("province-system", "Hệ thống thông tin nguồn tỉnh", 6, DECREE_49),
)

# Thông tư 39/2020/TT-BTTTT.
PRIORITIES: tuple[Choice, ...] = (
    Choice("normal", "Thông thường", 1),
    Choice("priority", "Ưu tiên", 2),
    Choice("urgent", "Khẩn cấp", 3),
)

# Today's forms (migration 0009): Decree 49/2024's kinds of grassroots information — the
# station (own items, relays, answers to residents' feedback), public boards, grassroots
# bulletins, non-commercial documents, grassroots propagandists, portals and web pages,
# social networks and messaging apps, telecom messages — plus banners and conferences, which
# stations log too, and television and press coverage kept for the records that use them.
# Codes never change; a code's name may (``FORM_NAME_HISTORY``).
_ITEMS_AIRINGS_MINUTES = (Measure.ITEMS, Measure.AIRINGS, Measure.MINUTES)
FORMS: tuple[Form, ...] = (
    Form("radio", "Tin, bài, phóng sự phát trên đài truyền thanh", _ITEMS_AIRINGS_MINUTES,
         True, 1),
    Form("relay", "Tiếp sóng, tiếp âm (VOV, đài tỉnh, hệ thống thông tin nguồn)",
         (Measure.AIRINGS, Measure.MINUTES), True, 2),
    Form("feedback", "Trả lời phản ánh, kiến nghị của người dân trên đài truyền thanh",
         _ITEMS_AIRINGS_MINUTES, True, 3, DECREE_49),
    Form("board", "Bảng tin công cộng", (Measure.ITEMS,), False, 4),
    Form("print", "Bản tin thông tin cơ sở", (Measure.ITEMS, Measure.COPIES), False, 5),
    Form("document", "Tài liệu không kinh doanh (tờ rơi, tờ gấp, sách mỏng)",
         (Measure.ITEMS, Measure.COPIES), False, 6, DECREE_49),
    Form("propagandist", "Tuyên truyền viên cơ sở (tuyên truyền miệng)",
         (Measure.ITEMS, Measure.PARTICIPANTS), False, 7, DECREE_49),
    Form("web", "Cổng thông tin điện tử, trang thông tin điện tử", (Measure.ITEMS,), False, 8),
    Form("social", "Mạng xã hội, ứng dụng nhắn tin (Zalo, Facebook…)", (Measure.ITEMS,),
         False, 9),
    Form("sms", "Tin nhắn viễn thông (SMS)", (Measure.ITEMS,), False, 10),
    Form("banner", "Băng rôn, khẩu hiệu, pa-nô, áp phích", (Measure.ITEMS,), False, 11),
    Form("meeting", "Hội nghị, tọa đàm tuyên truyền", (Measure.ITEMS, Measure.PARTICIPANTS),
         False, 12),
    Form("tv", "Truyền hình", _ITEMS_AIRINGS_MINUTES, True, 13),
    Form("press", "Báo in, báo điện tử", (Measure.ITEMS,), False, 14),
)


@dataclass(frozen=True, slots=True)
class FormerName:
    """The name a form or source code had until ``valid_to`` (inclusive)."""

    kind: str  # "form" | "source"
    code: str
    name: str
    valid_to: dt.date
    valid_from: dt.date | None = None


# Names before Decree 49/2024 and before the district stations stopped (the names a record
# dated then is reported under). Each code's current name is in ``FORMS``/``SOURCES``.
_BEFORE_49 = DECREE_49 - dt.timedelta(days=1)
FORM_NAME_HISTORY: tuple[FormerName, ...] = (
    FormerName("form", "relay", "Tiếp sóng/tiếp âm (VOV, đài tỉnh, đài huyện)", _BEFORE_49),
    FormerName("form", "relay",
               "Tiếp sóng, tiếp âm (VOV, đài tỉnh, đài huyện, hệ thống thông tin nguồn)",
               DISTRICT_RELAY_END, DECREE_49),
    FormerName("form", "print", "Bản tin, tờ rơi, sách mỏng, ấn phẩm", _BEFORE_49),
    FormerName("form", "web", "Trang/cổng thông tin điện tử", _BEFORE_49),
    FormerName("form", "social", "Mạng xã hội, nhóm Zalo/Facebook", _BEFORE_49),
    FormerName("form", "sms", "Tin nhắn SMS", _BEFORE_49),
    FormerName("form", "meeting", "Hội nghị, tuyên truyền miệng", _BEFORE_49),
)

LANGUAGE_CODES = frozenset(c.code for c in LANGUAGES)
SOURCE_CODES = frozenset(c.code for c in SOURCES)
PRIORITY_CODES = frozenset(c.code for c in PRIORITIES)
DEFAULT_LANGUAGE = "vi"
DEFAULT_SOURCE = "self"
DEFAULT_PRIORITY = "normal"


def choice_name(choices: tuple[Choice, ...], code: str | None) -> str:
    for choice in choices:
        if choice.code == code:
            return choice.name
    return code or ""
