import collections
import datetime as dt
import re
from pathlib import Path

import pytest

from ocop_desktop.domain import demo
from ocop_desktop.domain.catalogue import DEFAULT_FORMS
from ocop_desktop.domain.records import Role, UnitLevel
from ocop_desktop.domain.validation import TopicWindow, validate_record

SEED_FILE = Path(__file__).resolve().parents[3] / "shared" / "seed" / "cong-van-lang-son-2021-06.md"
WINDOWS = {t.code: TopicWindow(t.code, t.valid_from, t.valid_to) for t in demo.DEMO_TOPICS}
UNIT_CODES = [u.code for u in demo.DEMO_UNITS if u.level is not UnitLevel.PROVINCE]
TODAY = dt.date(2026, 11, 26)


def generate(count: int, seed: int = demo.DEFAULT_SEED) -> list:
    return list(demo.generate_records(count=count, unit_codes=UNIT_CODES, topics=WINDOWS,
                                      seed=seed, favoured_unit=demo.DEMO_STATION))


@pytest.fixture(scope="module")
def records() -> list:
    return generate(3000)


def test_every_record_is_valid(records: list) -> None:
    forms = {f.code: f for f in DEFAULT_FORMS}
    for record in records:
        problems = validate_record(record, forms=forms, topics=WINDOWS, unit_known=True,
                                   today=TODAY)
        assert problems == [], (record, problems)


def test_records_are_spread_over_2021_2022_in_date_order(records: list) -> None:
    dates = [r.date for r in records]
    assert dates == sorted(dates)
    assert dates[0] >= demo.DEMO_START and dates[-1] <= demo.DEMO_END
    assert {d.year for d in dates} == {2021, 2022}
    assert len({(d.year, d.month) for d in dates}) == 24
    # A record is logged after it happened (local time, UTC+7), never before.
    vietnam = dt.timezone(dt.timedelta(hours=7))
    for r in records:
        happened = dt.datetime.combine(r.date, r.time or dt.time(0, 0), tzinfo=vietnam)
        assert dt.datetime.fromisoformat(r.created_at) > happened


def test_records_are_varied_like_a_real_province(records: list) -> None:
    def share(field: str) -> collections.Counter:
        return collections.Counter(getattr(r, field) for r in records)

    assert set(share("unit_code")) == set(UNIT_CODES)
    assert share("unit_code").most_common(1)[0][0] == demo.DEMO_STATION
    assert set(share("form_code")) == {f.code for f in DEFAULT_FORMS}
    assert set(share("topic_code")) == set(WINDOWS)
    languages = share("language")
    assert {"vi", "tay", "nung", "tay-nung", "dao"} <= set(languages)
    assert languages["tay"] + languages["nung"] + languages["tay-nung"] > len(records) * 0.15
    relays = [r for r in records if r.form_code == "relay"]
    assert {r.source for r in relays} == {"vov", "province", "district"}
    assert {"normal", "priority", "urgent"} <= set(share("priority"))
    assert len({r.title for r in records}) > 300
    assert len({r.operator for r in records}) >= 10
    # DESIGN.md §2: the real rated OCOP products appear in the titles.
    titles = " ".join(r.title for r in records)
    for product in ("na Chi Lăng", "quýt vàng Bắc Sơn", "tinh dầu hồi Văn Quan", "thạch đen",
                    "phở Hoàng Quyên"):
        assert product in titles


def test_measures_match_the_form(records: list) -> None:
    forms = {f.code: f for f in DEFAULT_FORMS}
    for record in records:
        for measure in forms[record.form_code].measures:
            assert record.measure(measure) is not None, record
    meetings = [r for r in records if r.form_code == "meeting"]
    assert all(r.participants and r.participants > 0 for r in meetings)


def test_topics_are_used_only_inside_their_window(records: list) -> None:
    for record in records:
        window = WINDOWS[record.topic_code]
        assert window.valid_from is None or record.date >= window.valid_from
        assert window.valid_to is None or record.date <= window.valid_to
    assert max(r.date for r in records if r.topic_code == "BAUCU2021") <= dt.date(2021, 5, 23)
    assert min(r.date for r in records if r.topic_code == "OCOP") >= dt.date(2021, 6, 5)


def test_same_seed_same_records_other_seed_other_records() -> None:
    first, again, other = generate(200), generate(200), generate(200, seed=1)
    # The same content, but IDs random on every run (machines of a class must differ).
    assert [r.replace(uuid="") for r in first] == [r.replace(uuid="") for r in again]
    assert not {r.uuid for r in first} & {r.uuid for r in again}
    assert [r.uuid for r in first] != [r.uuid for r in other]
    assert len({r.uuid for r in first}) == 200
    fixed = [list(demo.generate_records(count=20, unit_codes=UNIT_CODES, topics=WINDOWS,
                                        id_seed=7)) for _ in range(2)]
    assert fixed[0] == fixed[1]


def test_only_topics_known_to_the_database_are_used() -> None:
    windows = {"OCOP": WINDOWS["OCOP"]}
    records = list(demo.generate_records(count=100, unit_codes=["05986"], topics=windows))
    assert {r.topic_code for r in records} == {"OCOP"}
    assert min(r.date for r in records) >= dt.date(2021, 6, 5)
    assert list(demo.generate_records(count=0, unit_codes=["05986"], topics=windows)) == []


def test_unit_tree_is_consistent() -> None:
    codes = {u.code: u for u in demo.DEMO_UNITS}
    assert len(codes) == len(demo.DEMO_UNITS)
    width = {UnitLevel.PROVINCE: 2, UnitLevel.DISTRICT: 3, UnitLevel.COMMUNE: 5}
    for unit in demo.DEMO_UNITS:
        assert len(unit.code) == width[unit.level] and unit.code.isdigit()
        if unit.level is UnitLevel.PROVINCE:
            assert unit.parent_code is None
        else:
            parent = codes[unit.parent_code]  # type: ignore[index]
            assert list(width).index(parent.level) == list(width).index(unit.level) - 1
    assert codes[demo.DEMO_STATION].name == "Xã Hoàng Đồng"
    assert codes["20"].name == "Tỉnh Lạng Sơn"


def test_founding_directive_comes_from_the_seed_dispatch() -> None:
    directive = demo.FOUNDING_DIRECTIVE
    assert directive.number.endswith("/STTTT-TTBCXB")
    assert directive.issuer == "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"
    assert (directive.date.year, directive.date.month) == (2021, 6)
    linked = {t.code for t in demo.DEMO_TOPICS if t.directive == directive.number}
    assert linked == {"QD861", "OCOP"}
    if SEED_FILE.exists():
        seed = re.sub(r"\s+", " ", SEED_FILE.read_text(encoding="utf-8"))
        assert directive.summary in seed
        assert "Số: /STTTT-TTBCXB" in seed


def test_suggested_installation_of_a_station_and_an_office() -> None:
    codes = {u.code: u for u in demo.DEMO_UNITS}
    station = demo.suggested_installation(codes["05986"], codes["178"], codes["20"],
                                          Role.STATION, dt.date(2021, 7, 5))
    # Nghị định 30/2020: a People's Committee in full, with no parent body; the place is
    # the commune where it sits.
    assert (station.issuing_body, station.parent_body, station.place) == (
        "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG", "", "Hoàng Đồng")
    assert station.recipient_name == "Phòng Văn hóa và Thông tin thành phố Lạng Sơn"
    assert (station.signer_authority, station.authority_of, station.signer_title) == (
        "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    office = demo.suggested_installation(codes["187"], codes["20"], codes["20"], Role.OFFICE,
                                         dt.date(2021, 7, 5))
    assert (office.issuing_body, office.parent_body, office.place) == (
        "PHÒNG VĂN HÓA VÀ THÔNG TIN", "UBND HUYỆN CHI LĂNG", "Chi Lăng")
    assert office.addressees == "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"


def test_no_record_was_changed_after_now() -> None:
    """Demo records of today are not stamped later than the clock: a report made this
    morning would otherwise hold records "changed after it was made", and the next level's
    import refuses it (seen in the import page's screenshot)."""
    now = dt.datetime(2026, 12, 3, 0, 44)  # 07:44 in Vietnam
    windows = {"OCOP": TopicWindow("OCOP", dt.date(2026, 1, 1), None)}
    records = list(demo.generate_records(
        count=300, unit_codes=["05986"], topics=windows, start=dt.date(2026, 12, 1),
        end=dt.date(2026, 12, 3), now=now))
    stamps = [dt.datetime.fromisoformat(r.updated_at).replace(tzinfo=None) for r in records]
    assert max(stamps) <= now
    assert any(r.date == dt.date(2026, 12, 3) for r in records)
