"""The starter set of topics the set-up wizard offers, so the first airing can be logged at
once. Each is valid over the current year (the user can change every field in the wizard):
recurring subjects of a commune station's programme under Decree 49/2024 (policies and laws,
the national target programmes, safety, disasters and fires, digital transformation, health).
"""

from __future__ import annotations

import datetime as dt

from ocop_desktop.domain.records import Topic

STARTER_TOPICS: tuple[tuple[str, str], ...] = (
    ("CSPL", "Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước"),
    ("NTM", "Xây dựng nông thôn mới"),
    ("OCOP", "Chương trình mỗi xã một sản phẩm (OCOP)"),
    ("ATGT", "Bảo đảm trật tự, an toàn giao thông"),
    ("PCTT", "Phòng, chống thiên tai, tìm kiếm cứu nạn"),
    ("PCCCR", "Phòng cháy, chữa cháy rừng"),
    ("CDS", "Chuyển đổi số, dịch vụ công trực tuyến, Đề án 06"),
    ("YTE", "Chăm sóc sức khỏe, phòng, chống dịch bệnh"),
    ("TBDP", "Thông báo của chính quyền địa phương"),
)


def starter_topics(today: dt.date) -> list[Topic]:
    """The starter set, valid from 1 January to 31 December of ``today``'s year."""
    start, end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return [Topic(code, name, None, start, end) for code, name in STARTER_TOPICS]
