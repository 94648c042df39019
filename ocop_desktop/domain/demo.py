"""Demo data: the founding directive, its topics, a Lạng Sơn unit tree and realistic records.

Pure generation, no I/O: ``operations.maintenance.load_demo`` decides what is missing and
writes it. Everything here is built from facts in DESIGN.md and the founding dispatch
(``../shared/seed/cong-van-lang-son-2021-06.md``): real GSO codes and names of Lạng Sơn units
(2021 list), real OCOP products, the topics the dispatch asks for. People, villages and
titles are invented but typical of a commune radio station's log.

The same ``seed`` gives the same content, so benchmarks and tests are reproducible; record
IDs are random on every run unless ``id_seed`` is given (two machines of a training class
must not make the same UUIDs, or exchanging files shows false conflicts). Demo records are
dated over the 13 months up to today, with topics valid today (``current_topics``), and
their titles start with ``DEMO_MARK`` so they are recognisable wherever they show.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import os
import random
import uuid as uuid_module
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ocop_desktop.domain.administration import Bodies
from ocop_desktop.domain.records import (
    Directive,
    Installation,
    LogRecord,
    Role,
    Topic,
    Unit,
    UnitLevel,
)
from ocop_desktop.domain.validation import TopicWindow

DEFAULT_SEED = 20210618
DEMO_START = dt.date(2021, 1, 1)
DEMO_END = dt.date(2022, 12, 31)

# -- the founding directive and its topics ---------------------------------------------

# The seed copy of the dispatch leaves the number and the day blank ("Số: /STTTT-TTBCXB",
# "ngày tháng 6 năm 2021"), as unsigned drafts do; the number keeps that blank as "…" and the
# day is the first working day after Công văn 2387/VP-KGVX of 17/6/2021, which it cites.
FOUNDING_DIRECTIVE = Directive(
    number="…/STTTT-TTBCXB",
    date=dt.date(2021, 6, 18),
    issuer="Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
    summary=("V/v tuyên truyền thực hiện Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng "
             "Chính phủ; tuyên truyền thực hiện Đề án Chương trình mỗi xã một sản phẩm tỉnh "
             "Lạng Sơn, giai đoạn 2021 - 2025"),
    deadline=None,  # "báo cáo kết quả về Sở khi có yêu cầu": no fixed deadline
)

PROGRAMME_END = dt.date(2025, 12, 31)

DEMO_TOPICS: tuple[Topic, ...] = (
    Topic("QD861", "Quyết định số 861/QĐ-TTg: xã khu vực I, II, III vùng đồng bào dân tộc "
          "thiểu số và miền núi giai đoạn 2021–2025", FOUNDING_DIRECTIVE.number,
          dt.date(2021, 6, 4), PROGRAMME_END),
    Topic("OCOP", "Chương trình mỗi xã một sản phẩm (OCOP) tỉnh Lạng Sơn giai đoạn 2021–2025",
          FOUNDING_DIRECTIVE.number, dt.date(2021, 6, 5), PROGRAMME_END),
    Topic("BAUCU2021", "Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ "
          "2021–2026", None, dt.date(2021, 1, 1), dt.date(2021, 5, 23)),
    Topic("COVID19", "Phòng, chống dịch COVID-19", None, dt.date(2021, 1, 1), None),
    Topic("NTM", "Xây dựng nông thôn mới giai đoạn 2021–2025", None, dt.date(2021, 1, 1),
          PROGRAMME_END),
    Topic("ATGT", "Bảo đảm trật tự, an toàn giao thông", None, None, None),
    Topic("PCCCR", "Phòng cháy, chữa cháy rừng", None, None, None),
    Topic("CDS", "Chuyển đổi số, dịch vụ công trực tuyến, Đề án 06", None, dt.date(2022, 1, 1),
          None),
)

DEMO_MARK = "[Mẫu] "  # starts every demo title: the log, reports and exports show it

# Topics a commune station propagandizes today; the demo's own are current over the whole
# demo range (from its first day, no end).
CURRENT_TOPICS: tuple[tuple[str, str], ...] = (
    ("OCOP", "Chương trình mỗi xã một sản phẩm (OCOP)"),
    ("NTM", "Xây dựng nông thôn mới"),
    ("ATGT", "Bảo đảm trật tự, an toàn giao thông"),
    ("PCCCR", "Phòng cháy, chữa cháy rừng"),
    ("CDS", "Chuyển đổi số, dịch vụ công trực tuyến, Đề án 06"),
)


def demo_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The 13 months up to today: the first day of this month a year ago, to today."""
    return dt.date(today.year - 1, today.month, 1), today


DIRECTED_TOPICS = ("OCOP", "NTM", "CDS")


def demo_directive(start: dt.date) -> Directive:
    """An invented directive of the demo range's first days, asking for three topics."""
    return Directive(
        number="01/KH-DLMAU", date=start, issuer="Sở Văn hóa, Thể thao và Du lịch (dữ liệu mẫu)",
        summary=("[Dữ liệu mẫu] Kế hoạch tuyên truyền Chương trình OCOP, xây dựng nông thôn "
                 "mới và chuyển đổi số trên hệ thống thông tin cơ sở"),
        deadline=None)


def current_topics(start: dt.date) -> tuple[Topic, ...]:
    """The demo's topics, valid from ``start`` with no end (so valid today); three of them
    under ``demo_directive``."""
    number = demo_directive(start).number
    return tuple(Topic(code, f"{name} (dữ liệu mẫu)",
                       number if code in DIRECTED_TOPICS else None, start, None)
                 for code, name in CURRENT_TOPICS)


# -- the unit tree ---------------------------------------------------------------------

PROVINCE = "20"

# Real GSO codes and names (2021 list): six of the eleven districts, two or three communes
# each — the places of the OCOP products below. Valid-from/to are left open: the demo lives
# in 2021–2022 and must still accept a record typed today.
DEMO_UNITS: tuple[Unit, ...] = (
    Unit(PROVINCE, "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
    Unit("178", "Thành phố Lạng Sơn", UnitLevel.DISTRICT, PROVINCE),
    Unit("05974", "Phường Tam Thanh", UnitLevel.COMMUNE, "178"),
    Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE, "178"),
    Unit("05992", "Xã Mai Pha", UnitLevel.COMMUNE, "178"),
    Unit("180", "Huyện Tràng Định", UnitLevel.DISTRICT, PROVINCE),
    Unit("05995", "Thị trấn Thất Khê", UnitLevel.COMMUNE, "180"),
    Unit("06004", "Xã Quốc Khánh", UnitLevel.COMMUNE, "180"),
    Unit("183", "Huyện Cao Lộc", UnitLevel.DISTRICT, PROVINCE),
    Unit("06184", "Thị trấn Đồng Đăng", UnitLevel.COMMUNE, "183"),
    Unit("06238", "Xã Mẫu Sơn", UnitLevel.COMMUNE, "183"),
    Unit("184", "Huyện Văn Quan", UnitLevel.DISTRICT, PROVINCE),
    Unit("06253", "Thị trấn Văn Quan", UnitLevel.COMMUNE, "184"),
    Unit("06316", "Xã Tràng Phái", UnitLevel.COMMUNE, "184"),
    Unit("185", "Huyện Bắc Sơn", UnitLevel.DISTRICT, PROVINCE),
    Unit("06325", "Thị trấn Bắc Sơn", UnitLevel.COMMUNE, "185"),
    Unit("06373", "Xã Vũ Lễ", UnitLevel.COMMUNE, "185"),
    Unit("187", "Huyện Chi Lăng", UnitLevel.DISTRICT, PROVINCE),
    Unit("06463", "Thị trấn Đồng Mỏ", UnitLevel.COMMUNE, "187"),
    Unit("06466", "Thị trấn Chi Lăng", UnitLevel.COMMUNE, "187"),
    Unit("06496", "Xã Nhân Lý", UnitLevel.COMMUNE, "187"),
)

DEMO_STATION = "05986"  # Xã Hoàng Đồng, the station a fresh demo installation is


def _body_name(unit: Unit) -> str:
    return unit.name.upper()


def suggested_installation(unit: Unit, parent: Unit | None, province: Unit | None,
                           role: Role, on: dt.date | None = None,
                           bodies: Bodies | None = None) -> Installation:
    """What a report header usually says for this unit (the user can change every field):
    ``domain.heading.report_heading_defaults`` for the date ``on`` (today by default),
    following ``bodies`` (the reporting relationship on that day, issue 13) when given."""
    from ocop_desktop.domain.heading import report_heading_defaults

    d = report_heading_defaults(unit, parent, province, role, on or dt.date.today(), bodies)
    return Installation(unit_code=unit.code, role=role, parent_body=d.parent_body,
                        issuing_body=d.issuing_body, recipient_name=d.recipient_name,
                        place=d.place, addressees="\n".join(d.addressees),
                        signer_authority=d.authority.value, authority_of=d.authority_of,
                        signer_title=d.signer_title, drafting_office=d.drafting_office)


def demo_installation(suggested: Installation) -> Installation:
    """A station installation with the people filled in (names are invented). The signer
    signs for the People's Committee (Decree 49/2024: the committee runs the station)."""
    return dataclasses.replace(
        suggested, role=Role.STATION, signer_name="Hoàng Văn Thắng",
        recipient_email="phongvhtt@example.org")


# -- what the records say ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Product:
    name: str
    stars: int
    district: str


# DESIGN.md §2: real rated Lạng Sơn OCOP products.
PRODUCTS: tuple[Product, ...] = (
    Product("na Chi Lăng", 4, "187"),
    Product("quýt vàng Bắc Sơn", 4, "185"),
    Product("tinh dầu hồi Văn Quan", 4, "184"),
    Product("thạch đen", 4, "180"),
    Product("phở Hoàng Quyên", 3, "178"),
)

VILLAGES: tuple[str, ...] = (
    "thôn Nà Cạn", "thôn Pò Đứa", "thôn Khòn Khuyên", "thôn Nà Múc", "thôn Co Măn",
    "thôn Pác Làng", "thôn Bản Cầu", "thôn Còn Quan", "thôn Nà Pàn", "thôn Lũng Cút",
    "thôn Nà Thâm", "thôn Khuổi Phầy", "thôn Bó Đấng", "thôn Nà Lầu", "thôn Phai Sen",
    "thôn Kéo Coong", "thôn Pác Cáp", "thôn Nà Tèo", "khối 1", "khối 3", "khối 5", "khối 8",
)

SURNAMES = ("Hoàng", "Nông", "Lăng", "Vi", "Lường", "Chu", "Hà", "Lộc", "Triệu", "Mã", "Dương",
            "Hứa", "Lý", "Nguyễn", "Đinh", "Hoàng", "Nông", "Lương")
MALE = ("Văn Thắng", "Văn Dũng", "Văn Tuấn", "Văn Lâm", "Văn Sơn", "Văn Hải", "Văn Cường",
        "Đức Minh", "Văn Khánh", "Văn Tiến")
FEMALE = ("Thị Hoa", "Thị Huyền", "Thị Mai", "Thị Thu", "Thị Hằng", "Thị Nga", "Thị Lan",
          "Thị Thảo", "Thị Duyên", "Thị Hương")

# Per topic: general titles, and titles for meetings, printed matter and banners. "{p}" is a
# product, "{s}" its stars, "{v}" a village, "{y}" the year, "{n}" a small number.
TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "OCOP": {
        "any": (
            "Tuyên truyền Chương trình mỗi xã một sản phẩm (OCOP) tỉnh Lạng Sơn giai đoạn "
            "2021–2025",
            "Sản phẩm {p} đạt chứng nhận OCOP {s} sao",
            "Phóng sự: Nâng cao giá trị {p} qua Chương trình OCOP",
            "Chu trình OCOP và Bộ tiêu chí đánh giá, phân hạng sản phẩm",
            "Hướng dẫn hộ sản xuất đăng ký tham gia Chương trình OCOP năm {y}",
            "Gương điển hình: hợp tác xã phát triển sản phẩm {p}",
            "Chuyên mục OCOP: quảng bá {p} trên sàn thương mại điện tử",
            "Kết quả đánh giá, phân hạng sản phẩm OCOP tỉnh Lạng Sơn năm {y}",
            "Mùa {p}: kết nối tiêu thụ cho bà con nông dân",
            "Xây dựng thương hiệu, truy xuất nguồn gốc cho sản phẩm {p}",
        ),
        "meeting": ("Hội nghị tuyên truyền Chương trình OCOP tại nhà văn hóa {v}",
                    "Tuyên truyền miệng về Chương trình OCOP cho hội viên nông dân {v}"),
        "print": ("Bản tin OCOP số {n}/{y}", "Tờ rơi giới thiệu sản phẩm OCOP {p}",
                  "Sách mỏng: Hỏi – đáp về Chương trình mỗi xã một sản phẩm"),
        "banner": ("Pa-nô quảng bá sản phẩm OCOP {p}",
                   "Băng rôn: Mỗi xã một sản phẩm – nâng cao thu nhập cho người dân"),
    },
    "QD861": {
        "any": (
            "Tuyên truyền Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ",
            "Danh sách xã khu vực III, khu vực II, khu vực I vùng đồng bào dân tộc thiểu số "
            "và miền núi giai đoạn 2021–2025",
            "Chính sách đối với người dân ở các xã chuyển từ khu vực III sang khu vực I, II",
            "Hỏi – đáp về Quyết định 861/QĐ-TTg và thẻ bảo hiểm y tế của đồng bào dân tộc "
            "thiểu số",
            "Tạo đồng thuận khi thực hiện các chế độ, chính sách theo Quyết định 861/QĐ-TTg",
        ),
        "meeting": ("Tuyên truyền miệng về Quyết định 861/QĐ-TTg tại {v}",
                    "Hội nghị phổ biến Quyết định 861/QĐ-TTg cho trưởng thôn, người có uy tín"),
        "print": ("Tờ gấp: Những điều cần biết về Quyết định 861/QĐ-TTg",),
        "banner": ("Khẩu hiệu: Đồng thuận thực hiện chính sách dân tộc giai đoạn 2021–2025",),
    },
    "BAUCU2021": {
        "any": (
            "Ngày 23/5/2021 – ngày hội của toàn dân",
            "Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026",
            "Hướng dẫn cử tri cách thức bỏ phiếu",
            "Danh sách cử tri được niêm yết tại {v}",
            "Tiểu sử tóm tắt của những người ứng cử đại biểu HĐND xã",
        ),
        "meeting": ("Hội nghị tiếp xúc cử tri tại nhà văn hóa {v}",),
        "print": ("Tài liệu hỏi – đáp về bầu cử năm 2021",),
        "banner": ("Khẩu hiệu: Nhiệt liệt chào mừng ngày bầu cử 23/5/2021",),
    },
    "COVID19": {
        "any": (
            "Thông điệp 5K phòng, chống dịch COVID-19",
            "Tiêm vắc xin phòng COVID-19 mũi {n} cho người từ 18 tuổi trở lên",
            "Khai báo y tế khi trở về từ vùng có dịch",
            "Thông báo của Ban Chỉ đạo phòng, chống dịch COVID-19 xã",
            "Hướng dẫn cách ly y tế tại nhà",
            "Cài đặt và sử dụng ứng dụng PC-Covid",
        ),
        "meeting": ("Tuyên truyền miệng phòng, chống dịch COVID-19 tại {v}",),
        "print": ("Tờ rơi: Thông điệp 5K",),
        "banner": ("Pa-nô: Chung tay đẩy lùi dịch COVID-19",),
    },
    "NTM": {
        "any": (
            "Xây dựng nông thôn mới nâng cao giai đoạn 2021–2025",
            "Người dân {v} hiến đất làm đường giao thông nông thôn",
            "Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
            "Bê tông hóa đường nội đồng tại {v}",
        ),
        "meeting": ("Họp dân bàn kế hoạch xây dựng nông thôn mới tại {v}",),
        "print": ("Bản tin nông thôn mới số {n}/{y}",),
        "banner": ("Khẩu hiệu: Cả nước chung sức xây dựng nông thôn mới",),
    },
    "ATGT": {
        "any": (
            "Đã uống rượu, bia thì không lái xe",
            "Đội mũ bảo hiểm đạt chuẩn khi đi mô tô, xe máy",
            "Tháng An toàn giao thông năm {y}",
            "Bảo đảm an toàn giao thông cho học sinh đến trường",
        ),
        "meeting": ("Tuyên truyền luật giao thông đường bộ cho đoàn viên thanh niên {v}",),
        "print": ("Tờ rơi: An toàn giao thông cho trẻ em",),
        "banner": ("Băng rôn: An toàn giao thông là hạnh phúc của mọi nhà",),
    },
    "PCCCR": {
        "any": (
            "Cảnh báo cháy rừng cấp {n} trên địa bàn xã",
            "Không đốt nương, làm rẫy trong những ngày nắng nóng",
            "Trách nhiệm của chủ rừng trong phòng cháy, chữa cháy rừng",
        ),
        "meeting": ("Ký cam kết bảo vệ rừng với các hộ dân {v}",),
        "print": ("Tờ rơi: Phòng cháy, chữa cháy rừng mùa khô",),
        "banner": ("Biển cảnh báo: Cấm lửa trong rừng",),
    },
    "CDS": {
        "any": (
            "Đăng ký tài khoản định danh điện tử VNeID",
            "Nộp hồ sơ qua Cổng dịch vụ công trực tuyến",
            "Thanh toán không dùng tiền mặt ở nông thôn",
            "Tổ công nghệ số cộng đồng {v} hướng dẫn người dân dùng điện thoại thông minh",
        ),
        "meeting": ("Hướng dẫn người dân {v} cài đặt ứng dụng VNeID",),
        "print": ("Cẩm nang chuyển đổi số cho người dân",),
        "banner": ("Pa-nô: Chuyển đổi số – người dân là trung tâm",),
    },
}

RELAY_TITLES: dict[str, tuple[str, ...]] = {
    "vov": ("Tiếp sóng chương trình Thời sự Đài Tiếng nói Việt Nam",
            "Tiếp sóng chương trình Thời sự sáng Đài Tiếng nói Việt Nam"),
    "province": ("Tiếp âm chương trình phát thanh Đài Phát thanh và Truyền hình Lạng Sơn",
                 "Tiếp âm chương trình phát thanh tiếng Tày – Nùng của Đài tỉnh"),
    "district": ("Tiếp âm chương trình phát thanh của Trung tâm Văn hóa, Thể thao và "
                 "Truyền thông huyện",),
}

LANGUAGE_SUFFIX = {"tay": " (tiếng Tày)", "nung": " (tiếng Nùng)",
                   "tay-nung": " (tiếng Tày – Nùng)", "dao": " (tiếng Dao)",
                   "mong": " (tiếng Mông)", "hoa": " (tiếng Hoa)"}

BROADCAST_NOTES = (
    "Phát lại theo đề nghị của UBND xã", "Mất điện buổi sáng, phát bù buổi chiều",
    "Cụm loa thôn bị hỏng, đã báo sửa", "Phát kèm thông báo lịch tiêm chủng",
    "Nội dung do Trung tâm VH-TT-TT huyện cung cấp", "Có ghi âm lưu trữ",
)
OTHER_NOTES = (
    "Phối hợp với Hội Nông dân xã", "Phối hợp với Đoàn Thanh niên xã",
    "Có ảnh lưu tại bộ phận văn hóa", "Kinh phí từ nguồn sự nghiệp văn hóa",
)

# Shares of the forms at commune level: mostly radio and relays.
FORM_WEIGHTS = {"radio": 40, "relay": 24, "social": 8, "meeting": 8, "banner": 5, "board": 4,
                "print": 4, "tv": 2, "web": 2, "sms": 2, "press": 1}
# Tày and Nùng are four fifths of Lạng Sơn; broadcasts are still mostly in Vietnamese.
BROADCAST_LANGUAGES = {"vi": 50, "tay": 17, "nung": 14, "tay-nung": 11, "dao": 5, "mong": 2,
                       "hoa": 1}
MEETING_LANGUAGES = {"vi": 55, "tay": 20, "nung": 18, "dao": 5, "mong": 2}
RELAY_SOURCES = {"vov": 45, "province": 40, "district": 15}
DISTRICT_RELAY_END = dt.date(2025, 12, 31)
TOPIC_WEIGHTS = {"OCOP": 30, "QD861": 20, "COVID19": 18, "BAUCU2021": 25, "NTM": 10, "ATGT": 7,
                 "PCCCR": 5, "CDS": 8}
# Commune stations air early in the morning and late in the afternoon.
RADIO_SLOTS = ((6, 0), (6, 15), (6, 30), (11, 0), (17, 0), (17, 15), (17, 30), (18, 0))
MEETING_SLOTS = ((7, 30), (8, 0), (14, 0), (19, 30))
VIETNAM_UTC_OFFSET = dt.timedelta(hours=7)


class _Weighted:
    """Fast repeated weighted choice (``random.choices`` rebuilds its table on every call)."""

    def __init__(self, weights: dict[str, int] | Sequence[tuple[str, int]]):
        items = list(weights.items()) if isinstance(weights, dict) else list(weights)
        self.values = [value for value, _ in items]
        self.cumulative: list[int] = []
        total = 0
        for _, weight in items:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def __call__(self, rng: random.Random) -> str:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def operators_for(code: str) -> tuple[str, str]:
    """Two operators per unit, the same on every run."""
    rng = random.Random(f"operators-{code}")
    first = f"{rng.choice(SURNAMES)} {rng.choice(MALE)}"
    second = f"{rng.choice(SURNAMES)} {rng.choice(FEMALE)}"
    return first, second


def generate_records(
    *,
    count: int,
    unit_codes: Sequence[str],
    topics: dict[str, TopicWindow],
    start: dt.date = DEMO_START,
    end: dt.date = DEMO_END,
    seed: int = DEFAULT_SEED,
    favoured_unit: str | None = None,
    id_seed: int | None = None,
    mark: str = "",
    now: dt.datetime | None = None,
) -> Iterator[LogRecord]:
    """``count`` valid records over ``start``–``end`` for ``unit_codes``, in date order.

    Only topics of ``TITLES`` whose window in ``topics`` covers a day are used on that day;
    the caller guarantees that every unit is valid over the whole range. ``favoured_unit``
    (this installation's own unit) gets a larger share, as in a real station's file.
    No record was logged after ``now`` (UTC, naive; the clock by default): a report made
    today must not hold records changed after it was made, or the next level refuses it.
    """
    if count <= 0:
        return
    if not unit_codes:
        raise ValueError("no units")
    latest = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rng = random.Random(seed)
    ids = random.Random(os.urandom(16) if id_seed is None else id_seed)
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    active = _active_topics(days, topics)
    if not any(active):
        raise ValueError("no demo topic is active in the range")
    unit_weights = [(code, _unit_weight(code, favoured_unit, len(unit_codes)))
                    for code in unit_codes]
    pick_unit = _Weighted(unit_weights)
    pick_form = _Weighted(FORM_WEIGHTS)
    pick_broadcast_language = _Weighted(BROADCAST_LANGUAGES)
    pick_meeting_language = _Weighted(MEETING_LANGUAGES)
    pick_relay_source = _Weighted(RELAY_SOURCES)
    topic_pickers = {index: _Weighted([(code, TOPIC_WEIGHTS[code]) for code in codes])
                     for index, codes in enumerate(active) if codes}
    operators = {code: operators_for(code) for code in unit_codes}
    usable_days = [index for index, codes in enumerate(active) if codes]
    # Records come out in date order, as a station logs them; days are drawn uniformly.
    day_indexes = sorted(rng.choice(usable_days) for _ in range(count))
    for day_index in day_indexes:
        day = days[day_index]
        topic = topic_pickers[day_index](rng)
        form = pick_form(rng)
        unit = pick_unit(rng)
        yield _record(rng, day, topic, form, unit, operators[unit], pick_broadcast_language,
                      pick_meeting_language, pick_relay_source, ids, mark, latest)


def _unit_weight(code: str, favoured: str | None, units: int) -> int:
    # Communes (5-digit codes) log most; a district's own centre logs less; a station's own
    # unit gets a larger share so its file looks like a station's.
    weight = 10 if len(code) >= 5 else 3
    return weight * 6 if code == favoured and units > 1 else weight


def _active_topics(days: list[dt.date], topics: dict[str, TopicWindow]) -> list[list[str]]:
    result: list[list[str]] = []
    for day in days:
        codes = []
        for code in TITLES:
            if code not in TOPIC_WEIGHTS:
                continue
            window = topics.get(code)
            if window is None:
                continue
            if (window.valid_from and day < window.valid_from) or (
                    window.valid_to and day > window.valid_to):
                continue
            codes.append(code)
        result.append(codes)
    return result


def _title(rng: random.Random, topic: str, kind: str, day: dt.date, village: str) -> str:
    templates = TITLES[topic]
    template = rng.choice(templates.get(kind) or templates["any"])
    product = rng.choice(PRODUCTS)
    return template.format(p=product.name, s=product.stars, v=village, y=day.year,
                           n=rng.randint(1, 3))


def _record(rng: random.Random, day: dt.date, topic: str, form: str, unit: str,
            operators: tuple[str, str], pick_broadcast_language: _Weighted,
            pick_meeting_language: _Weighted, pick_relay_source: _Weighted,
            ids: random.Random, mark: str = "",
            latest: dt.datetime | None = None) -> LogRecord:
    items = airings = minutes = copies = participants = None
    language: str | None = "vi"
    source: str | None = None
    time: dt.time | None = None
    location = ""
    kind = form if form in ("meeting", "print", "banner") else "any"
    village = rng.choice(VILLAGES)  # the same village in the title and the location
    title = _title(rng, topic, kind, day, village)
    if form in ("radio", "tv"):
        items = rng.choice((1, 1, 1, 2, 3))
        airings = rng.choice((1, 2, 2, 2, 3))
        minutes = rng.randint(3, 20) if form == "radio" else rng.randint(3, 10)
        language = pick_broadcast_language(rng)
        source = "self"
        hour, minute = rng.choice(RADIO_SLOTS)
        time = dt.time(hour, minute)
        location = (f"Cụm loa {village}" if rng.random() < 0.3
                    else "Toàn bộ hệ thống loa")
        title += LANGUAGE_SUFFIX.get(language, "")
    elif form == "relay":
        airings = rng.choice((1, 1, 2))
        minutes = rng.choice((15, 30, 30, 45, 60))
        source = pick_relay_source(rng)
        if source == "district" and day > DISTRICT_RELAY_END:
            source = "province"  # district stations stopped relaying (Decree 49, §2 of DESIGN)
        relay = rng.choice(RELAY_TITLES[source])
        language = "tay-nung" if "Tày – Nùng" in relay else "vi"
        title = f"{relay}: {title[0].lower()}{title[1:]}" if rng.random() < 0.5 else relay
        hour, minute = rng.choice(((6, 0), (11, 30), (18, 0)))
        time = dt.time(hour, minute)
        location = "Toàn bộ hệ thống loa"
    elif form == "meeting":
        items = 1
        participants = rng.randint(15, 180)
        language = pick_meeting_language(rng)
        hour, minute = rng.choice(MEETING_SLOTS)
        time = dt.time(hour, minute)
        location = f"Nhà văn hóa {village}"
    elif form == "print":
        items = rng.choice((1, 1, 2))
        copies = rng.choice((50, 100, 150, 200, 300, 500))
        location = "Phát tại các thôn, khối"
    elif form == "banner":
        items = rng.randint(1, 12)
        location = f"Trục đường chính {village}"
    elif form == "board":
        items = rng.randint(1, 3)
        location = "Bảng tin trụ sở UBND"
    else:  # press, web, social, sms
        items = rng.randint(1, 5)
        if form == "social":
            location = "Nhóm Zalo của thôn, xã"
    priority = "normal"
    roll = rng.random()
    if topic in ("COVID19", "PCCCR") and roll < 0.08:
        priority = "urgent" if roll < 0.02 else "priority"
    elif roll < 0.02:
        priority = "priority"
    notes = ""
    if rng.random() < 0.08:
        notes = rng.choice(BROADCAST_NOTES if form in ("radio", "relay", "tv") else OTHER_NOTES)
    logged = dt.datetime.combine(day, time or dt.time(9, 0)) - VIETNAM_UTC_OFFSET + dt.timedelta(
        minutes=rng.randint(1, 240), microseconds=rng.randint(0, 999_999))
    if latest is not None:
        logged = min(logged, latest)
    stamp = logged.isoformat(timespec="microseconds") + "+00:00"
    return LogRecord(
        date=day, time=time, topic_code=topic, form_code=form, title=mark + title,
        unit_code=unit,
        items=items, airings=airings, minutes=minutes, copies=copies,
        participants=participants, language=language, source=source, priority=priority,
        location=location, operator=operators[rng.random() < 0.4], notes=notes,
        uuid=str(uuid_module.UUID(int=ids.getrandbits(128), version=4)),
        created_at=stamp, updated_at=stamp)
