"""The printed report, as LibreOffice prints it: each kind of report converted to PDF and
checked page by page from the PDF's text (issue 12's quality bar).

All workbooks are converted by ONE ``soffice`` run (starting LibreOffice is most of the
cost), then ``pdftotext`` reads each page. Checked on every report: the header lines, "Kính
gửi", the place and date line, the authority line, the signer's title and name and "Nơi
nhận" on one page with a body line before them, every table heading on the page of its
first row, a table continued on another page repeats its header, no page ends with a
heading, each narrative sentence whole on one page, the page count, and that the data
sheet is not printed.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from ocop_desktop import operations
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Directive, Role, Topic, Unit, UnitLevel
from ocop_desktop.domain.report_text import (
    PART_TITLES,
    DocumentParts,
    Narrative,
    parse_narrative,
)
from ocop_desktop.operations import reports as report_ops
from ocop_desktop.operations.maintenance import suggest_installation
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from tests.conftest import make_record

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are needed")

ISSUED = dt.date(2021, 7, 5)
DIRECTIVE = "1234/STTTT-TTBCXB"
NARRATIVE = "\n".join([
    "## Đánh giá",
    "Ưu điểm: công tác tuyên truyền được triển khai kịp thời, đúng nội dung chỉ đạo của cấp "
    "trên. Đài truyền thanh xã duy trì phát sóng đều đặn hai buổi mỗi ngày, tiếp âm đầy đủ "
    "chương trình thời sự của Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình tỉnh.",
    "Hạn chế, khó khăn: một số cụm loa ở thôn xa bị hỏng do mưa bão chưa được thay thế. Kinh "
    "phí sản xuất tin, bài bằng tiếng Tày, tiếng Nùng còn hạn chế.",
    "## Phương hướng, nhiệm vụ kỳ tới",
    "Tiếp tục tuyên truyền Quyết định số 861/QĐ-TTg và Chương trình OCOP. Tăng thời lượng "
    "phát bằng tiếng dân tộc ở các thôn vùng cao.",
    "## Đề xuất, kiến nghị",
    "Đề nghị cấp trên hỗ trợ kinh phí sửa chữa 05 cụm loa hỏng trước mùa mưa bão.",
]) + "\n"
TOPIC_NAMES = [
    "Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021–2025",
    "Quyết định số 861/QĐ-TTg: xã khu vực I, II, III vùng đồng bào dân tộc thiểu số và "
    "miền núi giai đoạn 2021–2025",
    "Phòng, chống dịch COVID-19",
    "Xây dựng nông thôn mới",
    "Phòng chống thiên tai, mưa bão",
    "An toàn giao thông",
    "Bảo vệ rừng, phòng cháy chữa cháy rừng",
    "Bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp",
    "Chuyển đổi số",
    "Phòng chống ma túy",
    "Bảo hiểm xã hội, bảo hiểm y tế",
    "Cải cách hành chính",
]


@dataclass
class Case:
    name: str
    max_pages: int
    narrative: Narrative | None = None
    signature: tuple[str, ...] = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    signer: str = "Hoàng Văn Thắng"
    header: tuple[str, ...] = ("ỦY BAN NHÂN DÂN", "XÃ HOÀNG ĐỒNG")
    place_date: str = "Hoàng Đồng, ngày 05 tháng 7 năm 2021"
    archive: str = "- Lưu: VT, VHXH."
    tables: list[tuple[str, str]] = field(default_factory=list)  # (heading, first row)
    min_pages: int = 1
    pages: list[str] = field(default_factory=list)


def _units() -> list[Unit]:
    return [
        Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
        Unit("178", "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20"),
        Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE, "178"),
        *[Unit(f"{5900 + n:05d}", f"Xã Số {n + 1} Vùng Cao", UnitLevel.COMMUNE, "178")
          for n in range(20)],
    ]


def _setup(path: Path, *, unit: str, role: Role, topics: int) -> Repository:
    repo = Repository(open_database(path))
    operations.import_units(repo, units=_units())
    operations.save_directive(repo, directive=Directive(
        DIRECTIVE, dt.date(2021, 6, 20), "Sở Thông tin và Truyền thông",
        "Tuyên truyền Quyết định 861/QĐ-TTg và Chương trình OCOP"))
    target = repo.unit(unit)
    assert target is not None
    suggested = suggest_installation(repo, target, role, on=ISSUED)
    operations.save_installation(repo, installation=replace(
        suggested, signer_name="Hoàng Văn Thắng" if role is Role.STATION else "Nguyễn Thị Bình"))
    for n in range(topics):
        operations.save_topic(repo, topic=Topic(
            f"T{n:02d}", TOPIC_NAMES[n], DIRECTIVE if n < 2 else None))
    return repo


def _log_month(repo: Repository, topics: int, *, month: int = 6, unit: str = "05986",
               year: int = 2021) -> None:
    records = []
    for n in range(topics):
        day = dt.date(year, month, 1 + n % 27)
        records.append(make_record(date=day, topic_code=f"T{n:02d}", unit_code=unit,
                                   items=1 + n % 3, airings=2 + n % 4, minutes=15 + 5 * n))
        records.append(make_record(date=day, topic_code=f"T{n:02d}", unit_code=unit,
                                   form_code="relay", items=None, airings=2, minutes=60,
                                   source="vov", language="vi"))
        if n % 2 == 0:
            records.append(make_record(date=day, topic_code=f"T{n:02d}", unit_code=unit,
                                       items=1, airings=2, minutes=10, language="tay"))
        if n % 3 == 0:
            records.append(make_record(date=day, topic_code=f"T{n:02d}", unit_code=unit,
                                       form_code="meeting", items=1, participants=45,
                                       airings=None, minutes=None, language=None, source=None))
    with repo.db.atomic():
        repo.insert_records(records)


def _export(repo: Repository, out: Path, period: str, *, directive: str | None = None,
            narrative: Narrative | None = None) -> None:
    report_ops.export_report(repo, period=parse_period(period), directive=directive,
                             out=out, issued_on=ISSUED, narrative=narrative)


def _pdf_pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    pages = []
    for page in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout",
                               str(pdf), "-"], capture_output=True, text=True, check=True)
        pages.append(text.stdout)
    return pages


def _flat(text: str) -> str:
    """Text without any white space: pdftotext spaces justified lines (and some Vietnamese
    letters with their marks) unpredictably."""
    return re.sub(r"\s+", "", text)


def _has(page: str, text: str) -> bool:
    return _flat(text) in _flat(page)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Case]]:
    folder = tmp_path_factory.mktemp("layout")
    narrative = parse_narrative(NARRATIVE)
    cases: dict[str, Case] = {}
    books: list[Path] = []

    def commune(name: str, topics: int, max_pages: int, *, period: str = "2021-06",
                with_text: bool | Narrative = False, directive: str | None = None,
                months: tuple[int, ...] = (6,)) -> None:
        repo = _setup(folder / f"{name}.sqlite", unit="05986", role=Role.STATION,
                      topics=topics)
        for month in months:
            _log_month(repo, topics, month=month)
        out = folder / f"{name}.xlsx"
        text = with_text if isinstance(with_text, Narrative) else (
            narrative if with_text else None)
        _export(repo, out, period, directive=directive, narrative=text)
        repo.db.close()
        books.append(out)
        first = TOPIC_NAMES[0] if directive or topics else ""
        cases[name] = Case(name, max_pages, text,
                           tables=[("1. Kết quả theo chủ đề", first),
                                   ("2. Thời lượng phát thanh", "Tiếng Việt")])

    commune("commune-1", 1, 2)
    commune("commune-3", 3, 2)
    commune("commune-3-text", 3, 3, with_text=True)
    commune("commune-5", 5, 2)
    # Only the last part written: it becomes part II.
    commune("commune-3-proposals", 3, 3, with_text=Narrative(
        proposals="Đề nghị cấp trên hỗ trợ kinh phí sửa chữa 05 cụm loa hỏng trước mùa mưa bão."))
    commune("commune-12-text", 12, 4, with_text=True)
    commune("commune-directive", 5, 3, directive=DIRECTIVE, with_text=True)
    commune("commune-year", 12, 4, period="2021", months=(1, 3, 6, 9, 12), with_text=True)

    office = _setup(folder / "office.sqlite", unit="178", role=Role.OFFICE, topics=5)
    for n in range(20):
        _log_month(office, 5, month=4 + n % 3, unit=f"{5900 + n:05d}")
    out = folder / "office-quarter.xlsx"
    _export(office, out, "2021-Q2", narrative=narrative)
    office.db.close()
    books.append(out)
    cases["office-quarter"] = Case(
        "office-quarter", 5, narrative, signature=("TRƯỞNG PHÒNG",), signer="Nguyễn Thị Bình",
        header=("UBND THÀNH PHỐ LẠNG SƠN", "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
        place_date="Lạng Sơn, ngày 05 tháng 7 năm 2021", archive="- Lưu: VT, VHTT.",
        tables=[("1. Kết quả theo đơn vị", "Xã Số 1 Vùng Cao"),
                ("2. Kết quả theo chủ đề", TOPIC_NAMES[0]),
                ("3. Thời lượng phát thanh", "Tiếng Việt")], min_pages=2)

    pdfs = folder / "pdf"
    profile = folder / "lo-profile"
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(pdfs), *map(str, books)],
        capture_output=True, timeout=600, check=False)
    for name, case in cases.items():
        pdf = pdfs / f"{name}.pdf"
        assert pdf.is_file(), completed.stderr.decode(errors="replace")
        case.pages = _pdf_pages(pdf)
    yield cases


CASES = ["commune-1", "commune-3", "commune-3-text", "commune-3-proposals", "commune-5",
         "commune-12-text",
         "commune-directive", "commune-year", "office-quarter"]


def _report_pages(case: Case) -> list[str]:
    """The pages of ``Báo cáo`` (``Chi tiết`` follows; ``Dữ liệu`` must not print)."""
    pages = []
    for text in case.pages:
        if _has(text, "CHI TIẾT CÁC HOẠT ĐỘNG TUYÊN TRUYỀN"):
            break
        pages.append(text)
    return pages


@pytest.mark.parametrize("name", CASES)
def test_header_addressee_and_date(printed: dict[str, Case], name: str) -> None:
    case = printed[name]
    first = _report_pages(case)[0]
    lines = [line.strip() for line in first.splitlines() if line.strip()]
    for text in (*case.header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", case.place_date):
        assert any(_has(line, text) for line in lines), (text, lines[:12])
    assert re.search(r"Số: 01/BC-\S+", first)
    assert _has(first, "Kính gửi:")
    # A People's Committee prints no parent body above itself.
    if case.header[0] == "ỦY BAN NHÂN DÂN":
        assert "UBND" not in first.split("Số:")[0]
    assert "tháng 06" not in first


@pytest.mark.parametrize("name", CASES)
def test_signature_block_and_receivers_on_one_page(printed: dict[str, Case], name: str) -> None:
    case = printed[name]
    pages = _report_pages(case)
    holding = [p for p in pages if _has(p, "Nơi nhận:")]
    assert len(holding) == 1, name
    page = holding[0]
    for text in (*case.signature, case.signer, "- Như trên;", case.archive):
        assert _has(page, text), (text, page)
    # At least one line of the body comes before them on that page.
    before = [line for line in re.split(r"N\s*ơ\s*i\s+nh\s*ậ\s*n:", page)[0].splitlines()
              if line.strip() and not line.strip().isdigit()]
    assert before, page
    assert pages[-1] is page  # nothing of the document after the signature


@pytest.mark.parametrize("name", CASES)
def test_tables_headings_and_continued_headers(printed: dict[str, Case], name: str) -> None:
    case = printed[name]
    pages = _report_pages(case)
    for heading, first_row in case.tables:
        found = [i for i, p in enumerate(pages) if _has(p, heading)]
        assert found, heading
        after = _flat(pages[found[0]]).split(_flat(heading), 1)[1]
        assert "STT" in after, (heading, pages[found[0]])
        if first_row:
            assert _flat(first_row)[:20] in after, (heading, pages[found[0]])
    for index, page in enumerate(pages[1:], 1):
        body = [line for line in page.splitlines() if line.strip()]
        # A page that opens with rows of a table (a number in the STT column) shows the
        # table's header above them.
        first_lines = [line for line in body if not line.strip().isdigit()][:1]
        if first_lines and re.match(r"^\s*\d+\s{2,}\S", first_lines[0]):
            pytest.fail(f"page {index + 1} of {name} continues a table without its header")


@pytest.mark.parametrize("name", CASES)
def test_no_page_ends_with_a_heading_or_holds_only_a_total(printed: dict[str, Case],
                                                           name: str) -> None:
    pages = _report_pages(printed[name])
    heading = re.compile(r"^\s*(\d+|[IVX]+)\.\s+\S")
    for number, page in enumerate(pages, 1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert not heading.match(lines[-1]), (number, lines[-1])
        content = [line for line in lines if not line.strip().isdigit()]
        if content and _has(content[0], "Tổng cộng"):
            pytest.fail(f"page {number} of {name} starts with a total row")


@pytest.mark.parametrize("name", CASES)
def test_page_count(printed: dict[str, Case], name: str) -> None:
    case = printed[name]
    pages = _report_pages(case)
    assert case.min_pages <= len(pages) <= case.max_pages, (name, len(pages))
    # "Dữ liệu" is hidden: printing the workbook prints no record IDs.
    everything = "".join(case.pages)
    assert "format_version" not in everything and "data_hash" not in everything


@pytest.mark.parametrize("name", CASES)
def test_narrative_parts_print_whole_or_are_left_out(printed: dict[str, Case],
                                                     name: str) -> None:
    case = printed[name]
    pages = _report_pages(case)
    text = "".join(pages)
    if case.narrative is None:
        assert not _has(text, "ĐÁNH GIÁ") and not _has(text, "ĐỀ XUẤT, KIẾN NGHỊ")
        assert _has(text, "I. KẾT QUẢ")
        return
    numbered = DocumentParts((), case.narrative).numbered()
    for title, part in numbered:
        assert any(_has(page, title) for page in pages), title
        if part is None:
            continue
        for paragraph in case.narrative.paragraphs(part):
            for sentence in re.split(r"(?<=\.)\s+", paragraph):
                # Whole on one page (a row never splits; a long paragraph splits between
                # sentences only).
                assert any(_flat(sentence) in _flat(page) for page in pages), sentence
    for _part, title in PART_TITLES.items():
        if not any(title.upper() in t for t, _ in numbered):
            assert not _has(text, title.upper()), title


def test_durations_in_hours_and_minutes(printed: dict[str, Case]) -> None:
    text = _flat("".join(_report_pages(printed["commune-3"])))
    assert re.search(r"\d+,\dgiờ\(\d+phút\)", text)  # in the sentences
    assert _flat("(giờ, phút)") in text  # the broadcast table's heading
