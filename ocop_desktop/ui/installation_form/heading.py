"""What a report prints at its top and bottom — signer, issuing and parent body, place —
and where it goes (receiving body and its email), with a preview of the heading."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.heading import Authority, addressee_lines
from ocop_desktop.domain.records import Installation
from ocop_desktop.domain.validation import Problem, ProblemCode, valid_email
from ocop_desktop.ui.form_problems import show_problems
from ocop_desktop.ui.widgets import FieldBox

HEADER_FIELDS = ("signer_name", "signer_title", "authority_of", "issuing_body", "parent_body",
                 "place", "recipient_name", "recipient_email", "addressees", "drafting_office")


def heading_preview_html(values: dict[str, str], *, number: str = "Số: …/BC-…",
                         place_date: str | None = None, subject: str = "…",
                         body: str = "") -> str:
    """The top and bottom of the report as it will print (Nghị định 30/2020), as rich text:
    the setup wizard's and the report page's live preview share it."""
    from ocop_desktop.domain.heading import (
        addressee_lines,
        is_peoples_committee,
        issuing_body_lines,
        kinh_gui_lines,
        recipient_lines,
        signature_lines,
    )

    def esc(text: str) -> str:
        return html.escape(text)

    today = dt.date.today()
    place = values.get("place", "") or "…"
    if place_date is None:
        month = f"{today.month:02d}" if today.month <= 2 else str(today.month)
        place_date = f"{place}, ngày {today:%d} tháng {month} năm {today:%Y}"
    issuing = values.get("issuing_body", "")
    parent = "" if is_peoples_committee(issuing) else values.get("parent_body", "")
    bodies = [esc(parent.upper())] if parent.strip() else []
    bodies += [f"<b>{esc(line)}</b>" for line in issuing_body_lines(issuing)] or ["<b>…</b>"]
    left = ("<br>".join(bodies) + "<br><span style='font-size:small'>———</span><br>"
            + esc(number))
    right = ("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc"
             "</b><br><span style='font-size:small'>———</span><br>"
             f"<i>{esc(place_date)}</i>")
    addressees = addressee_lines(values.get("addressees", "") or values.get(
        "recipient_name", ""))
    kinh_gui = "<br>".join(esc(line) for line in kinh_gui_lines(addressees))
    signature = signature_lines(values.get("signer_authority", ""),
                                values.get("authority_of", ""), values.get("signer_title", ""))
    sign = ("<br>".join(f"<b>{esc(line)}</b>" for line in signature) or "<b>…</b>") + (
        f"<br><br><br><b>{esc(values.get('signer_name', '') or '…')}</b>")
    recipients = recipient_lines(addressees, (), values.get("drafting_office", ""))
    recipient = "<b><i>Nơi nhận:</i></b><br>" + "<br>".join(esc(r) for r in recipients)
    return (
        "<table width='100%' cellspacing='0' cellpadding='2' style='font-size:small'>"
        f"<tr><td align='center' valign='top'>{left}</td>"
        f"<td align='center' valign='top'>{right}</td></tr>"
        f"<tr><td colspan='2' align='center'><br><b>BÁO CÁO</b><br><b>{esc(subject)}</b>"
        f"<br>{kinh_gui}<br></td></tr>"
        + (f"<tr><td colspan='2'>{body}</td></tr>" if body else "")
        + f"<tr><td valign='top'>{recipient}</td>"
        f"<td align='center' valign='top'>{sign}</td></tr></table>")


class HeaderFields(QWidget):
    """Issuing and parent body, place, addressees, drafting office, signing authority,
    signer; receiving body and email; durations; with a live preview of the heading."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, preview: bool = True) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        self._auto: dict[str, str] = {}  # what the last suggestion put in each field
        labels = {
            "signer_name": self.tr("Họ và tên người ký:"),
            "signer_title": self.tr("Chức vụ người ký:"),
            "authority_of": self.tr("Thẩm quyền ký:"),
            "issuing_body": self.tr("Cơ quan ban hành (tên đầy đủ):"),
            "parent_body": self.tr("Cơ quan chủ quản (nếu có):"),
            "place": self.tr("Địa danh:"),
            "recipient_name": self.tr("Nơi nhận báo cáo:"),
            "recipient_email": self.tr("Thư điện tử nơi nhận:"),
            "addressees": self.tr("Kính gửi:"),
            "drafting_office": self.tr("Đơn vị soạn thảo (Lưu: VT, …):"),
        }
        placeholders = {
            "signer_name": self.tr("ví dụ: Hoàng Văn Thắng"),
            "signer_title": self.tr("ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH, TRƯỞNG PHÒNG"),
            "authority_of": self.tr("ví dụ: ỦY BAN NHÂN DÂN, CHỦ TỊCH"),
            "issuing_body": self.tr("ví dụ: ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG (“|” để xuống dòng)"),
            "parent_body": self.tr("để trống với Ủy ban nhân dân; ví dụ: UBND HUYỆN VĂN LÃNG"),
            "place": self.tr("nơi cơ quan đóng trụ sở, ví dụ: Hoàng Đồng"),
            "recipient_name": self.tr("ví dụ: Phòng Văn hóa và Thông tin thành phố Lạng Sơn"),
            "recipient_email": self.tr("ví dụ: phongvhtt@langson.gov.vn"),
            "addressees": self.tr("một hoặc nhiều nơi, cách nhau bằng dấu “;”"),
            "drafting_office": self.tr("viết tắt, ví dụ: VHXH"),
        }
        outer = QHBoxLayout(self) if preview else QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.authority_combo = QComboBox(self)
        for authority in Authority:
            self.authority_combo.addItem(_authority_name(authority), authority.value)
        self.authority_combo.setToolTip(self.tr(
            "Nghị định 30/2020: TM. khi ký thay mặt tập thể (Ủy ban nhân dân), KT. khi cấp phó "
            "ký thay người đứng đầu, Q., TL., TUQ.; để “Không” khi người đứng đầu ký."))
        self.authority_combo.currentIndexChanged.connect(lambda _i: self._edited("authority"))
        for name in HEADER_FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholders[name])
            edit.setMaxLength(200 if name != "addressees" else 600)
            box = FieldBox(edit, self)
            self.edits[name], self.boxes[name] = edit, box
            if name == "authority_of":
                row = QHBoxLayout()
                row.addWidget(self.authority_combo)
                row.addWidget(box, 1)
                form.addRow(labels[name], row)
            else:
                form.addRow(labels[name], box)
            edit.textChanged.connect(lambda _text, n=name: self._edited(n))
        self.edits["recipient_email"].setMaxLength(254)
        self.minutes_only = QCheckBox(self.tr("Ghi thời lượng chỉ bằng phút (mặc định: giờ và "
                                              "phút, ví dụ 12,5 giờ (750 phút))"), self)
        self.minutes_only.toggled.connect(lambda _on: self._edited("minutes_only"))
        form.addRow("", self.minutes_only)
        outer.addLayout(form, 3)
        self.preview: QLabel | None = None
        if preview:
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame_layout = QVBoxLayout(frame)
            title = QLabel(self.tr("Đầu báo cáo sẽ in như sau:"), frame)
            title.setObjectName("hint")
            frame_layout.addWidget(title)
            self.preview = QLabel(frame)
            self.preview.setTextFormat(Qt.TextFormat.RichText)
            self.preview.setWordWrap(True)
            self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            frame_layout.addWidget(self.preview, 1)
            outer.addWidget(frame, 2)
            self._update_preview()

    def _edited(self, name: str) -> None:
        if name in self.boxes:
            self.boxes[name].clear_problem()
        self._update_preview()
        self.changed.emit()

    def load(self, installation: Installation) -> None:
        for name in HEADER_FIELDS:
            value = getattr(installation, name)
            if name == "addressees":
                value = "; ".join(value.splitlines())
            self.edits[name].setText(value)
            self.edits[name].setCursorPosition(0)  # show the start of long names
        self._set_authority(installation.signer_authority)
        self.minutes_only.setChecked(installation.minutes_only)
        self._auto = {}

    def _set_authority(self, value: str) -> None:
        index = self.authority_combo.findData(Authority.parse(value).value)
        self.authority_combo.setCurrentIndex(max(index, 0))

    def suggest(self, suggestion: Installation) -> None:
        """Fill the fields from a suggestion, leaving alone what the user typed."""
        for name in HEADER_FIELDS:
            value = getattr(suggestion, name)
            if name == "addressees":
                value = "; ".join(value.splitlines())
            edit = self.edits[name]
            current = edit.text()
            if value and (not current or current == self._auto.get(name)):
                edit.setText(value)
                edit.setCursorPosition(0)
                self._auto[name] = value
        authority = Authority.parse(suggestion.signer_authority).value
        current_authority = str(self.authority_combo.currentData() or "")
        if not current_authority or current_authority == self._auto.get("signer_authority"):
            self._set_authority(authority)
            self._auto["signer_authority"] = authority

    def values(self) -> dict[str, str]:
        values = {name: " ".join(self.edits[name].text().split()) for name in HEADER_FIELDS}
        values["addressees"] = "\n".join(addressee_lines(
            values["addressees"].replace(";", "\n")))
        values["signer_authority"] = str(self.authority_combo.currentData() or "")
        return values

    def check(self) -> list[Problem]:
        """Required: signer, issuing body and place (the report cannot do without them)."""
        problems: list[Problem] = []
        values = self.values()
        for name in ("signer_name", "issuing_body", "place"):
            if not values[name]:
                problems.append(Problem(name, ProblemCode.REQUIRED))
        if values["signer_authority"] and not values["authority_of"]:
            problems.append(Problem("authority_of", ProblemCode.REQUIRED))
        email = values["recipient_email"]
        if email and not valid_email(email.strip()):
            problems.append(Problem("recipient_email", ProblemCode.BAD_EMAIL, {"value": email}))
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: Iterable[Problem]) -> bool:
        """Show the problems of the heading's fields; True if any belongs here."""
        mine = [p for p in problems if p.field in self.boxes]
        return bool(show_problems(self.boxes, mine, focus=False))

    def _update_preview(self) -> None:
        if self.preview is None:
            return
        # The fixed lines are the legal form of a Vietnamese official document (Nghị định
        # 30/2020/NĐ-CP): reports are in Vietnamese whatever the interface language.
        self.preview.setText(heading_preview_html(self.values()))


def _authority_name(authority: Authority) -> str:
    names = {
        Authority.NONE: QCoreApplication.translate("HeaderFields", "Không"),
        Authority.TM: QCoreApplication.translate("HeaderFields", "TM. (thay mặt)"),
        Authority.KT: QCoreApplication.translate("HeaderFields", "KT. (ký thay)"),
        Authority.Q: QCoreApplication.translate("HeaderFields", "Q. (quyền)"),
        Authority.TL: QCoreApplication.translate("HeaderFields", "TL. (thừa lệnh)"),
        Authority.TUQ: QCoreApplication.translate("HeaderFields", "TUQ. (thừa ủy quyền)"),
    }
    return names[authority]
