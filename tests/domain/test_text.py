from ocop_desktop.domain.text import collation_key, fold, normalize_name, search_terms


def test_fold_handles_d_with_stroke() -> None:
    assert fold("Đồng Đăng") == "dong dang"
    assert fold("  Tuyên   truyền ") == "tuyen truyen"


def test_search_terms_drop_punctuation() -> None:
    assert search_terms("Đồng-Đăng, OCOP!") == ["dong", "dang", "ocop"]


def test_vietnamese_order() -> None:
    names = ["Đồng Đăng", "Dương", "Ánh", "Anh", "Ăn", "Ẩn", "bạ", "ba", "bá", "Bắc Sơn", "Zalo"]
    assert sorted(names, key=collation_key) == [
        "Anh", "Ánh", "Ăn", "Ẩn", "ba", "bá", "bạ", "Bắc Sơn", "Dương", "Đồng Đăng", "Zalo"]


def test_tone_mark_placement_is_ignored_in_names() -> None:
    assert normalize_name("Xã Hoà Bình") == normalize_name("Xã Hòa  Bình")
    assert normalize_name("Thuỵ") == normalize_name("Thụy")
    assert normalize_name("Thủy") != normalize_name("Thụy")
