"""Reference catalogues: forms of propaganda, measures, languages, sources, priorities.

These are the defaults seeded into the database by the first migration; from then on the
database is the source of truth (forms are data, not code — DESIGN.md §2). Names are the
Vietnamese official terms; the UI translates them through its own tables when needed.
"""

from __future__ import annotations

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

# Form 09B/TTTT splits broadcast hours into self-produced and relayed by level.
SOURCES: tuple[Choice, ...] = (
    Choice("self", "Tự sản xuất", 1),
    Choice("vov", "Tiếp sóng Đài Tiếng nói Việt Nam", 2),
    Choice("province", "Tiếp sóng đài tỉnh", 3),
    Choice("district", "Tiếp sóng đài huyện", 4),
)

# Thông tư 39/2020/TT-BTTTT.
PRIORITIES: tuple[Choice, ...] = (
    Choice("normal", "Thông thường", 1),
    Choice("priority", "Ưu tiên", 2),
    Choice("urgent", "Khẩn cấp", 3),
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
