"""The parts in words and the tables' sentences (domain.report_text)."""

from __future__ import annotations

import pytest

from ocop_desktop.domain.report_text import (
    DocumentParts,
    Narrative,
    NarrativeError,
    NarrativePart,
    duration_text,
    narrative_file_text,
    parse_narrative,
)


def test_parse_narrative() -> None:
    text = ("\ufeff## Đánh giá\nƯu điểm: kịp thời.\n\n   Hạn chế:  loa hỏng.  \n"
            "## phuong huong, nhiem vu ky toi\nTiếp tục.\n## III. Đề xuất, kiến nghị:\n"
            "Hỗ trợ kinh phí.\n")
    narrative = parse_narrative(text)
    assert narrative.paragraphs(NarrativePart.ASSESSMENT) == ("Ưu điểm: kịp thời.",
                                                              "Hạn chế: loa hỏng.")
    assert narrative.paragraphs(NarrativePart.TASKS) == ("Tiếp tục.",)
    assert narrative.paragraphs(NarrativePart.PROPOSALS) == ("Hỗ trợ kinh phí.",)
    assert parse_narrative(narrative_file_text(narrative)) == narrative


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("## Đánh giá\nA\n## Kết luận\nB\n", 3, "title"),
    ("Một dòng trước tiêu đề\n## Đánh giá\n", 1, "before"),
])
def test_bad_narrative(text: str, line: int, reason: str) -> None:
    with pytest.raises(NarrativeError) as caught:
        parse_narrative(text)
    assert (caught.value.line, caught.value.reason) == (line, reason)


def test_empty_parts_are_left_out_and_numbered_in_order() -> None:
    parts = DocumentParts((), Narrative(proposals="Đề nghị."))
    assert [title for title, _ in parts.numbered()] == ["I. KẾT QUẢ", "II. ĐỀ XUẤT, KIẾN NGHỊ"]
    full = DocumentParts((), Narrative("a", "b", "c"))
    assert [title for title, _ in full.numbered()] == [
        "I. KẾT QUẢ", "II. ĐÁNH GIÁ", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
        "IV. ĐỀ XUẤT, KIẾN NGHỊ"]


def test_durations() -> None:
    assert duration_text(750) == "12,5 giờ (750 phút)"
    assert duration_text(20) == "0,3 giờ (20 phút)"
    assert duration_text(123456) == "2.057,6 giờ (123.456 phút)"
    assert duration_text(750, minutes_only=True) == "750 phút"
