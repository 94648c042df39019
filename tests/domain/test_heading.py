"""Heading, addressees and signature as Nghị định 30/2020 has them (domain.heading)."""

from __future__ import annotations

import datetime as dt

import pytest

from ocop_desktop.domain.heading import (
    Authority,
    addressee_lines,
    authority_line,
    full_body_name,
    is_peoples_committee,
    issuing_body_lines,
    kinh_gui_lines,
    place_name,
    recipient_lines,
    report_heading_defaults,
    signature_lines,
)
from ocop_desktop.domain.records import Role, Unit, UnitLevel

PROVINCE = Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE)
DISTRICT = Unit("189", "Huyện Văn Lãng", UnitLevel.DISTRICT, "20",
                valid_to=dt.date(2025, 6, 30))
COMMUNE = Unit("06088", "Xã Tân Thanh", UnitLevel.COMMUNE, "189", valid_to=dt.date(2025, 6, 30))
NEW_COMMUNE = Unit("06088", "Xã Tân Thanh", UnitLevel.COMMUNE, "20",
                   valid_from=dt.date(2025, 7, 1))


def test_a_commune_reports_as_its_peoples_committee_in_full() -> None:
    d = report_heading_defaults(COMMUNE, DISTRICT, PROVINCE, Role.STATION, dt.date(2021, 7, 5))
    assert (d.parent_body, d.issuing_body, d.place) == ("", "ỦY BAN NHÂN DÂN XÃ TÂN THANH",
                                                        "Tân Thanh")
    assert d.addressees == ("Phòng Văn hóa và Thông tin huyện Văn Lãng",)
    assert (d.authority, d.authority_of, d.signer_title) == (
        Authority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert d.drafting_office == "VHXH"


def test_the_addressee_follows_the_date() -> None:
    # Districts ended on 01/07/2025: the new commune reports to the provincial department.
    d = report_heading_defaults(NEW_COMMUNE, PROVINCE, PROVINCE, Role.STATION,
                                dt.date(2025, 8, 5))
    assert d.addressees == ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",)
    office = report_heading_defaults(DISTRICT, PROVINCE, PROVINCE, Role.OFFICE,
                                     dt.date(2021, 7, 5))
    assert office.addressees == ("Sở Thông tin và Truyền thông tỉnh Lạng Sơn",)
    assert (office.parent_body, office.issuing_body, office.place) == (
        "UBND HUYỆN VĂN LÃNG", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "Văn Lãng")
    assert office.authority is Authority.NONE and office.signer_title == "TRƯỞNG PHÒNG"
    later = report_heading_defaults(DISTRICT, PROVINCE, PROVINCE, Role.OFFICE,
                                    dt.date(2025, 4, 5))
    assert later.addressees == ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",)
    province = report_heading_defaults(PROVINCE, None, PROVINCE, Role.OFFICE,
                                       dt.date(2025, 8, 1))
    assert (province.parent_body, province.issuing_body) == (
        "UBND TỈNH LẠNG SƠN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")


@pytest.mark.parametrize(("name", "place"), [
    ("Xã Hoàng Đồng", "Hoàng Đồng"), ("Phường Đông Kinh", "Đông Kinh"),
    ("Thị trấn Đồng Đăng", "Đồng Đăng"), ("Thành phố Lạng Sơn", "Lạng Sơn"),
    ("Phường 15", "Phường 15"), ("Huyện Văn Lãng", "Văn Lãng"),
])
def test_place_name_is_the_unit_without_its_level_word(name: str, place: str) -> None:
    assert place_name(Unit("1", name, UnitLevel.COMMUNE)) == place


def test_issuing_body_lines() -> None:
    assert full_body_name("UBND xã Hoàng Đồng") == "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG"
    assert issuing_body_lines("UBND XÃ HOÀNG ĐỒNG") == ("ỦY BAN NHÂN DÂN", "XÃ HOÀNG ĐỒNG")
    assert issuing_body_lines("PHÒNG VĂN HÓA VÀ THÔNG TIN") == ("PHÒNG VĂN HÓA VÀ THÔNG TIN",)
    assert issuing_body_lines("SỞ VĂN HÓA, THỂ THAO|VÀ DU LỊCH") == (
        "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH")
    assert is_peoples_committee("UBND XÃ A") and not is_peoples_committee("PHÒNG VHTT")


def test_signature_lines() -> None:
    assert signature_lines("TM.", "Ủy ban nhân dân", "Chủ tịch") == (
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert signature_lines(Authority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH") == (
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert signature_lines("", "", "TRƯỞNG PHÒNG") == ("TRƯỞNG PHÒNG",)
    # The old way of typing it still prints right.
    assert signature_lines("", "", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") == (
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert authority_line("TUQ", "Giám đốc") == "TUQ. GIÁM ĐỐC"
    assert authority_line("", "CHỦ TỊCH") == ""


def test_kinh_gui_and_noi_nhan() -> None:
    one = addressee_lines("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn;")
    assert kinh_gui_lines(one) == ("Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn.",)
    two = addressee_lines("- Sở A;\n\nPhòng B.")
    assert kinh_gui_lines(two) == ("Kính gửi:", "- Sở A;", "- Phòng B.")
    assert recipient_lines(two, ("Thường trực Đảng ủy", "Lưu: VT"), "VHXH") == (
        "- Như trên;", "- Thường trực Đảng ủy;", "- Lưu: VT, VHXH.")
    assert recipient_lines((), (), "") == ("- Lưu: VT.",)
