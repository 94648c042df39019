"""Who issues a report, to whom it goes and who signs it (Nghị định 30/2020/NĐ-CP, Appendix I).

``report_heading_defaults`` is the ONE place that decides the defaults from the unit, its
level, the installation's role and a date; the setup wizard, the settings and ``init`` fill
their fields from it, and the user may change every field. Who receives a unit's reports
changes with the administration (district culture offices until 06/2025, the Department of
Information and Communications until 02/2025, then the Department of Culture, Sports and
Tourism), so the date matters.

The other functions turn the stored settings into the printed lines: the issuing body in
full on one or two lines, the place name of the unit where the body sits, the authority line
above the signer's title, ``Kính gửi`` and ``Nơi nhận``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from ocop_desktop.domain.administration import Bodies
from ocop_desktop.domain.records import Role, Unit, UnitLevel

# Nghị định 43/2025/NĐ-CP: the Ministry of Culture, Sports and Tourism manages grassroots
# information from 01/03/2025; districts ceased to exist on 01/07/2025.
MERGER_OF_DEPARTMENTS = dt.date(2025, 3, 1)
END_OF_DISTRICTS = dt.date(2025, 7, 1)


class Authority(StrEnum):
    """How the signer signs (Appendix I, II.7): for the body, for its head, or as himself."""

    NONE = ""
    TM = "TM."  # on behalf of a collective body (Ủy ban nhân dân)
    KT = "KT."  # a deputy signing for the head
    Q = "Q."  # acting head
    TL = "TL."  # by order of the head
    TUQ = "TUQ."  # by authorisation of the head

    @classmethod
    def parse(cls, text: str) -> Authority:
        value = text.strip().upper().rstrip(".")
        for authority in cls:
            if authority.value.rstrip(".") == value:
                return authority
        return cls.NONE


AUTHORITY_NAMES: dict[Authority, str] = {
    Authority.NONE: "Không (người đứng đầu ký)",
    Authority.TM: "TM. (thay mặt tập thể)",
    Authority.KT: "KT. (cấp phó ký thay)",
    Authority.Q: "Q. (quyền)",
    Authority.TL: "TL. (thừa lệnh)",
    Authority.TUQ: "TUQ. (thừa ủy quyền)",
}

PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN"
_LONG_FORMS = (("UBND", PEOPLES_COMMITTEE), ("HĐND", "HỘI ĐỒNG NHÂN DÂN"))


@dataclass(frozen=True, slots=True)
class HeadingDefaults:
    """What a report of this unit usually prints; every field is editable in the settings."""

    parent_body: str  # "" where the issuing body has none (a People's Committee)
    issuing_body: str  # in full: "ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG"
    place: str  # "Hoàng Đồng"
    addressees: tuple[str, ...]  # "Kính gửi:" lines
    recipient_name: str  # where the report is sent (the first addressee)
    drafting_office: str  # after "Lưu: VT, " — "VHXH"
    authority: Authority
    authority_of: str  # "ỦY BAN NHÂN DÂN" (TM.), "CHỦ TỊCH" (KT.)
    signer_title: str  # "CHỦ TỊCH"


def _bare_name(unit: Unit) -> str:
    """"Xã Hoàng Đồng" → "Hoàng Đồng"; a numbered ward keeps its word ("Phường 15")."""
    name = " ".join(unit.name.split())
    for prefix in ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận",
                   "Tỉnh", "Xã"):
        if name.lower().startswith(prefix.lower() + " "):
            rest = name[len(prefix) + 1:].strip()
            return name if not rest or rest[0].isdigit() else rest
    return name


def place_name(unit: Unit) -> str:
    """The place name of the date line: the unit where the body sits, without its level
    word (Appendix I, II.5: "Hoàng Đồng, ngày …"; a numbered ward keeps it)."""
    return _bare_name(unit)


def _upper(unit: Unit) -> str:
    return unit.name.upper()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def report_heading_defaults(unit: Unit, parent: Unit | None, province: Unit | None,
                            role: Role, on: dt.date,
                            bodies: Bodies | None = None) -> HeadingDefaults:
    """The defaults for ``unit`` acting as ``role`` on the date ``on``.

    * A commune station reports as its commune People's Committee ("ỦY BAN NHÂN DÂN / XÃ
      HOÀNG ĐỒNG", no parent body), signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", drafted by the
      culture–social office (VHXH); addressed to the district culture office while districts
      exist, then to the provincial Department of Culture, Sports and Tourism.
    * A district office is the district's culture office, under the district People's
      Committee, signed by its head, addressed to the provincial department.
    * A provincial office is the provincial department, under the provincial People's
      Committee, signed by its director.

    ``bodies`` — the unit's reporting relationship on ``on`` (issue 13: the editable table of
    who reports to whom, by date; ``operations.administration.bodies_on``) — overrides the
    addressee, the issuing and parent bodies and the signing lines when it has a row.
    """
    defaults = _built_in_defaults(unit, parent, province, role, on)
    if bodies is None or bodies.relation is None:
        return defaults
    return _following(defaults, bodies)


def _following(defaults: HeadingDefaults, bodies: Bodies) -> HeadingDefaults:
    """The defaults with what the reporting relationship of the day says."""
    addressees = (bodies.recipient,) if bodies.recipient else ()
    issuing = bodies.issuing_body or defaults.issuing_body
    parent = "" if is_peoples_committee(issuing) else bodies.parent_body
    authority, authority_of, title = defaults.authority, defaults.authority_of, \
        defaults.signer_title
    if bodies.signer_title.strip():
        parts = [p.strip() for p in re.split(r"\n|\||\s/\s", bodies.signer_title) if p.strip()]
        match = _AUTHORITY_PREFIX.match(parts[0]) if len(parts) >= 2 else None
        if match:
            authority, authority_of = Authority.parse(match.group(1)), match.group(2).strip()
            title = " ".join(parts[1:])
        else:
            authority, authority_of, title = Authority.NONE, "", " ".join(parts)
    return HeadingDefaults(
        parent_body=parent, issuing_body=issuing, place=defaults.place, addressees=addressees,
        recipient_name=bodies.recipient, drafting_office=defaults.drafting_office,
        authority=authority, authority_of=authority_of, signer_title=title)


def _built_in_defaults(unit: Unit, parent: Unit | None, province: Unit | None, role: Role,
                       on: dt.date) -> HeadingDefaults:
    if province is not None and province.level is not UnitLevel.PROVINCE:
        province = None
    province_name = f"tỉnh {_bare_name(province)}" if province else ""
    department = ("Sở Văn hóa, Thể thao và Du lịch" if on >= MERGER_OF_DEPARTMENTS
                  else "Sở Thông tin và Truyền thông")
    department_to = f"{department} {province_name}".strip()
    if role is Role.STATION or unit.level is UnitLevel.COMMUNE:
        # The district culture office while the district exists (in the catalogue on that
        # date; districts were abolished on 01/07/2025), else the provincial department.
        if parent is not None and parent.level is UnitLevel.DISTRICT and parent.valid_on(on) \
                and (on < END_OF_DISTRICTS or parent.valid_to is None):
            addressee = f"Phòng Văn hóa và Thông tin {_lower_first(parent.name)}"
        else:
            addressee = department_to
        return HeadingDefaults(
            parent_body="", issuing_body=f"{PEOPLES_COMMITTEE} {_upper(unit)}",
            place=place_name(unit), addressees=(addressee,) if addressee else (),
            recipient_name=addressee, drafting_office="VHXH", authority=Authority.TM,
            authority_of=PEOPLES_COMMITTEE, signer_title="CHỦ TỊCH")
    if unit.level is UnitLevel.DISTRICT:
        return HeadingDefaults(
            parent_body=f"UBND {_upper(unit)}", issuing_body="PHÒNG VĂN HÓA VÀ THÔNG TIN",
            place=place_name(unit), addressees=(department_to,), recipient_name=department_to,
            drafting_office="VHTT", authority=Authority.NONE, authority_of="",
            signer_title="TRƯỞNG PHÒNG")
    return HeadingDefaults(
        parent_body=f"UBND {_upper(unit)}", issuing_body=department.upper(),
        place=place_name(unit), addressees=(), recipient_name="", drafting_office="",
        authority=Authority.NONE, authority_of="", signer_title="GIÁM ĐỐC")


# -- printed lines ---------------------------------------------------------------------

def full_body_name(text: str) -> str:
    """The issuing body's name in full, in capitals ("UBND XÃ X" → "ỦY BAN NHÂN DÂN XÃ X"):
    Appendix I, II.2 allows abbreviating only the parent body."""
    name = " ".join(text.replace("|", " | ").split()).upper()
    for short, long in _LONG_FORMS:
        if name == short or name.startswith(short + " "):
            name = long + name[len(short):]
    return name.replace(" | ", "|")


def issuing_body_lines(text: str) -> tuple[str, ...]:
    """The issuing body on its lines: an explicit break ("|" or a new line) where the user
    put one; otherwise "ỦY BAN NHÂN DÂN" over the unit's name; otherwise one line (the
    layout splits a line too long for its column at the most even word boundary)."""
    name = full_body_name(text.replace("\n", "|"))
    if "|" in name:
        return tuple(part.strip() for part in name.split("|") if part.strip())
    for _short, long in _LONG_FORMS:
        if name.startswith(long + " "):
            return (long, name[len(long) + 1:])
    return (name,) if name else ()


def is_peoples_committee(issuing_body: str) -> bool:
    return full_body_name(issuing_body).replace("|", " ").startswith(PEOPLES_COMMITTEE)


def authority_line(authority: Authority | str, of: str) -> str:
    """"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; empty when the signer signs as himself."""
    authority = Authority.parse(authority) if isinstance(authority, str) else authority
    if authority is Authority.NONE:
        return ""
    return f"{authority.value} {' '.join(of.split()).upper()}".strip()


_AUTHORITY_PREFIX = re.compile(r"^\s*(TM|KT|Q|TL|TUQ)\.\s*(.*)$", re.IGNORECASE)


def signature_lines(authority: Authority | str, of: str, title: str) -> tuple[str, ...]:
    """The lines above the space to sign: the authority line (if any) and the title.

    A title typed the old way, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (or with "|" or a new line),
    is understood too."""
    parts = [p.strip() for p in re.split(r"\n|\||\s/\s", title) if p.strip()]
    line = authority_line(authority, of)
    if not line and len(parts) >= 2 and _AUTHORITY_PREFIX.match(parts[0]):
        line = parts.pop(0)
    return tuple(text.upper() for text in ([line] if line else []) + parts)


def addressee_lines(addressees: str | tuple[str, ...]) -> tuple[str, ...]:
    """``Kính gửi`` entries, one per line, without the list punctuation."""
    items = addressees.splitlines() if isinstance(addressees, str) else list(addressees)
    cleaned = (" ".join(item.split()).lstrip("-–• ").rstrip(";.,") for item in items)
    return tuple(item for item in cleaned if item)


def kinh_gui_lines(addressees: tuple[str, ...]) -> tuple[str, ...]:
    """"Kính gửi: Sở … ." for one addressee; for several, one per line starting "- " with
    ";" between and "." at the end (Appendix I, II.9)."""
    if not addressees:
        return ()
    if len(addressees) == 1:
        return (f"Kính gửi: {addressees[0]}.",)
    lines = [f"- {name}{'.' if i == len(addressees) - 1 else ';'}"
             for i, name in enumerate(addressees)]
    return ("Kính gửi:", *lines)


def recipient_lines(addressees: tuple[str, ...], others: tuple[str, ...],
                    drafting_office: str) -> tuple[str, ...]:
    """``Nơi nhận``: "- Như trên;" when the report names addressees, the other receivers,
    then "- Lưu: VT, <drafting office>."."""
    lines = ["- Như trên;"] if addressees else []
    for other in others:
        text = " ".join(other.split()).lstrip("-–• ").rstrip(";.,")
        if text and not text.lower().startswith(("như trên", "lưu:")):
            lines.append(f"- {text};")
    office = " ".join(drafting_office.split()).strip(" ,.;")
    lines.append(f"- Lưu: VT{', ' + office if office else ''}.")
    return tuple(lines)

