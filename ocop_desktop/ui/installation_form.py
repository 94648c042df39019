"""Who this installation is: the pieces the setup wizard and the settings dialog share.

* ``UnitChooser``: the own unit, picked from the catalogue (a list filtered as you type,
  regardless of diacritics) or typed in (code, name, level, parent code).
* ``RoleChooser``: commune radio station, or consolidating office.
* ``HeaderFields``: what the report prints — signer, issuing and parent body, place — and
  where it goes (receiving body and its email), with a preview of the report's heading.

Each piece checks its own fields and shows problems under them (``check()`` returns the
problems, empty when all is well); the callers save through ``operations.save_installation``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.heading import Authority, addressee_lines
from ocop_desktop.domain.records import Installation, Role, Unit, UnitLevel
from ocop_desktop.domain.text import fold, search_terms
from ocop_desktop.domain.validation import Problem, ProblemCode, valid_email
from ocop_desktop.operations.maintenance import suggest_installation
from ocop_desktop.storage.repository import Repository
from ocop_desktop.texts.problem_texts import problem_text
from ocop_desktop.ui.widgets import FieldBox, combo_value

CODE_WIDTH = {UnitLevel.PROVINCE: 2, UnitLevel.DISTRICT: 3, UnitLevel.COMMUNE: 5}


# Explanatory lines under a field or group: quieter than the labels they explain.
HINT_STYLE = "QLabel#hint { color: #5f6368; }"


def province_of(repo: Repository, unit: Unit, on: dt.date | None = None) -> Unit | None:
    """The province above a unit (the unit itself for a province), following parents."""
    current: Unit | None = unit
    for _ in range(4):
        if current is None or current.level is UnitLevel.PROVINCE:
            return current
        if not current.parent_code:
            return None
        current = (repo.unit(current.parent_code, on) if on else None) or repo.any_unit(
            current.parent_code)
    return None


def suggestion_for(repo: Repository, unit: Unit, role: Role) -> Installation:
    """The usual report heading for this unit and role (the user can change every field):
    the reporting relationship of the unit today (or on its last day, for a former unit)."""
    return suggest_installation(repo, unit, role)


# -- the catalogue as a filterable list ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Entry:
    unit: Unit
    label: str
    detail: str
    key: str  # folded "name parent code", what the filter matches


class UnitListModel(QAbstractListModel):
    """Units of the catalogue as one list, narrowed by ``set_filter`` (diacritics ignored).

    Display: "Xã Hoàng Đồng"; tooltip and ``DetailRole``: "Thành phố Lạng Sơn · 05986".
    """

    CodeRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[_Entry] = []
        self._shown: list[_Entry] = []
        self._terms: list[str] = []

    def set_units(self, units: Sequence[Unit], names: dict[str, str]) -> None:
        """``names`` maps codes to names, to say which unit each one is under."""
        self.beginResetModel()
        self._all = []
        for unit in units:
            parent = names.get(unit.parent_code or "", "")
            detail = f"{parent} · {unit.code}" if parent else unit.code
            self._all.append(_Entry(unit, unit.name, detail,
                                    fold(f"{unit.name} {parent} {unit.code}")))
        self._shown = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        terms = search_terms(text)
        if terms == self._terms:
            return
        self.beginResetModel()
        self._terms = terms
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[_Entry]:
        if not self._terms:
            return list(self._all)
        return [e for e in self._all if all(term in e.key for term in self._terms)]

    def total(self) -> int:
        return len(self._all)

    def unit_at(self, row: int) -> Unit:
        return self._shown[row].unit

    def row_of(self, code: str) -> int:
        for row, entry in enumerate(self._shown):
            if entry.unit.code == code:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractListModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        entry = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.label}  —  {entry.detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.detail
        if role == self.CodeRole:
            return entry.unit.code
        if role == self.DetailRole:
            return entry.detail
        return None


class _FilterEdit(QLineEdit):
    """The filter line: Down / Enter move into the list below."""

    move_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QLineEdit.keyPressEvent: Down and Enter go to the list."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_down.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnitChooser", text)


def _level_name(level: UnitLevel) -> str:
    names = {
        UnitLevel.COMMUNE: _tr("Xã, phường, thị trấn"),
        UnitLevel.DISTRICT: _tr("Huyện, quận, thị xã, thành phố thuộc tỉnh"),
        UnitLevel.PROVINCE: _tr("Tỉnh, thành phố trực thuộc trung ương"),
    }
    return names[level]


def _code_rule(level: UnitLevel) -> str:
    rules = {
        UnitLevel.COMMUNE: _tr("mã xã, phường, thị trấn gồm 5 chữ số"),
        UnitLevel.DISTRICT: _tr("mã huyện, quận, thị xã gồm 3 chữ số"),
        UnitLevel.PROVINCE: _tr("mã tỉnh, thành phố gồm 2 chữ số"),
    }
    return rules[level]


class UnitChooser(QWidget):
    """The installation's own unit: from the catalogue, or typed in.

    Signals:
        changed: the chosen unit (or what is typed) changed.
    """

    changed = Signal()

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.pick_radio = QRadioButton(self.tr("&Chọn trong danh mục đơn vị hành chính"), self)
        self.type_radio = QRadioButton(self.tr("&Nhập tay (đơn vị chưa có trong danh mục)"), self)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.pick_radio)
        self._mode.addButton(self.type_radio)
        layout.addWidget(self.pick_radio)

        self.picker = QWidget(self)
        picker_layout = QVBoxLayout(self.picker)
        picker_layout.setContentsMargins(24, 0, 0, 0)
        search_row = QHBoxLayout()
        self.filter_edit = _FilterEdit(self.picker)
        self.filter_edit.setPlaceholderText(self.tr("Gõ tên hoặc mã, không cần dấu"))
        self.filter_edit.setToolTip(
            self.tr("Gõ tên hoặc mã để tìm, không cần dấu: hoang dong, 05986…"))
        self.filter_edit.setClearButtonEnabled(True)
        search_row.addWidget(self.filter_edit, 1)
        self.closed_check = QCheckBox(self.tr("Cả đơn vị đã hết hiệu lực"), self.picker)
        self.closed_check.setToolTip(self.tr(
            "Hiện cả các đơn vị đã giải thể hoặc sáp nhập (ví dụ các huyện, xã trước "
            "ngày 01/07/2025)."))
        search_row.addWidget(self.closed_check)
        picker_layout.addLayout(search_row)
        self.model = UnitListModel(self)
        self.list_view = QListView(self.picker)
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setMinimumHeight(120)
        self.list_box = FieldBox(self.list_view, self.picker)
        picker_layout.addWidget(self.list_box, 1)
        self.count_label = QLabel(self.picker)
        self.count_label.setObjectName("hint")
        picker_layout.addWidget(self.count_label)
        layout.addWidget(self.picker, 1)

        layout.addWidget(self.type_radio)
        self.typed = QWidget(self)
        form = QFormLayout(self.typed)
        form.setContentsMargins(24, 0, 0, 0)
        self.code_edit = QLineEdit(self.typed)
        self.code_edit.setPlaceholderText(self.tr("mã của Tổng cục Thống kê, ví dụ 05986"))
        self.code_edit.setMaxLength(5)
        self.name_edit = QLineEdit(self.typed)
        self.name_edit.setPlaceholderText(self.tr("ví dụ: Xã Hoàng Đồng"))
        self.level_combo = QComboBox(self.typed)
        for level in (UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE):
            self.level_combo.addItem(_level_name(level), level.value)
        self.parent_edit = QLineEdit(self.typed)
        self.parent_edit.setPlaceholderText(self.tr("ví dụ 178; có thể để trống"))
        self.parent_edit.setMaxLength(3)
        self.boxes: dict[str, FieldBox] = {
            "code": FieldBox(self.code_edit), "name": FieldBox(self.name_edit),
            "level": FieldBox(self.level_combo), "parent_code": FieldBox(self.parent_edit),
        }
        form.addRow(self.tr("Mã đơn vị:"), self.boxes["code"])
        form.addRow(self.tr("Tên đơn vị:"), self.boxes["name"])
        form.addRow(self.tr("Cấp:"), self.boxes["level"])
        form.addRow(self.tr("Mã đơn vị cấp trên:"), self.boxes["parent_code"])
        layout.addWidget(self.typed)

        self.pick_radio.toggled.connect(self._mode_changed)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.move_down.connect(self._enter_list)
        self.closed_check.toggled.connect(lambda _on: self.reload())
        self.list_view.selectionModel().currentChanged.connect(self._picked)
        for edit in (self.code_edit, self.name_edit, self.parent_edit):
            edit.textChanged.connect(self._typed_changed)
        self.level_combo.currentIndexChanged.connect(self._typed_changed)
        self.pick_radio.setChecked(True)
        self._selected: str | None = None
        self._order = _LEVEL_ORDER[Role.STATION]
        self.reload()

    def set_role(self, role: Role) -> None:
        """List the units a station (communes) or an office (districts, provinces) is first."""
        if self._order is not _LEVEL_ORDER[role]:
            self._order = _LEVEL_ORDER[role]
            self.reload()

    # -- catalogue ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the catalogue again (after an import)."""
        keep = self._selected
        today = dt.date.today()
        if self.closed_check.isChecked():
            latest: dict[str, Unit] = {}
            for unit in self.repo.units():
                previous = latest.get(unit.code)
                if previous is None or (unit.valid_from or dt.date.min) >= (
                        previous.valid_from or dt.date.min):
                    latest[unit.code] = unit
            units = sorted(latest.values(), key=lambda u: self._order[u.level])
        else:
            units = sorted(self.repo.units(today), key=lambda u: self._order[u.level])
        names = {u.code: u.name for u in self.repo.units()}
        self.model.set_units(units, names)
        has_catalogue = self.repo.unit_count() > 0
        self.pick_radio.setEnabled(has_catalogue)
        if not has_catalogue:
            self.type_radio.setChecked(True)
        elif not self.code_edit.text().strip() and not self.name_edit.text().strip():
            self.pick_radio.setChecked(True)  # a catalogue was just imported: use it
        self._selected = None
        if keep:
            self.set_unit_code(keep)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if total == 0:
            self.count_label.setText(self.tr(
                "Danh mục đơn vị đang trống: hãy nhập danh mục từ tệp, hoặc nhập tay đơn vị "
                "của bạn."))
        elif shown == total:
            self.count_label.setText(self.tr("{n} đơn vị trong danh mục.").format(n=total))
        else:
            self.count_label.setText(self.tr("Tìm thấy {shown} trong {total} đơn vị.").format(
                shown=shown, total=total))

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()
        row = self.model.row_of(self._selected) if self._selected else -1
        if row < 0 and self.model.rowCount() == 1:
            row = 0  # one match left: that is the one
        if row >= 0:
            self._select_row(row)
        elif self._selected is not None:
            self._selected = None
            self.changed.emit()

    def _enter_list(self) -> None:
        if self.model.rowCount():
            if not self.list_view.currentIndex().isValid():
                self._select_row(0)
            self.list_view.setFocus(Qt.FocusReason.TabFocusReason)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.model.unit_at(current.row()).code if current.isValid() else None
        if code != self._selected:
            self._selected = code
            self.list_box.clear_problem()
            self.changed.emit()

    # -- typed in -----------------------------------------------------------------------
    def _mode_changed(self, picking: bool) -> None:
        self.picker.setEnabled(picking)
        self.typed.setEnabled(not picking)
        self.changed.emit()

    def _typed_changed(self) -> None:
        for box in self.boxes.values():
            box.clear_problem()
        self.changed.emit()

    def typed_level(self) -> UnitLevel:
        return UnitLevel(combo_value(self.level_combo))

    # -- the result ---------------------------------------------------------------------
    def is_picking(self) -> bool:
        return self.pick_radio.isChecked()

    def set_unit_code(self, code: str) -> None:
        """Select this unit in the list (the catalogue's version); type it in if absent."""
        row = self.model.row_of(code)
        if row < 0 and self.filter_edit.text():
            self.filter_edit.clear()
            row = self.model.row_of(code)
        if row < 0 and not self.closed_check.isChecked() and self.repo.any_unit(code):
            self.closed_check.setChecked(True)  # reloads
            row = self.model.row_of(code)
        if row >= 0:
            self.pick_radio.setChecked(True)
            self._select_row(row)
            return
        unit = self.repo.any_unit(code)
        self.type_radio.setChecked(True)
        self.code_edit.setText(code)
        if unit is not None:
            self.name_edit.setText(unit.name)

    def unit(self) -> Unit | None:
        """The chosen unit: the catalogue's, or the typed one (``None`` when incomplete)."""
        if self.is_picking():
            if self._selected is None:
                return None
            return (self.repo.unit(self._selected) or self.repo.any_unit(self._selected))
        code = self.code_edit.text().strip()
        name = " ".join(self.name_edit.text().split())
        if not code or not name:
            return None
        return Unit(code, name, self.typed_level(), self.parent_edit.text().strip() or None)

    def new_unit(self) -> Unit | None:
        """The typed unit, to be added to the catalogue (``None`` when picking)."""
        return None if self.is_picking() else self.unit()

    def is_complete(self) -> bool:
        return self.unit() is not None

    def check(self) -> list[Problem]:
        """Problems of the choice, shown under the fields."""
        problems: list[Problem] = []
        if self.is_picking():
            self.list_box.clear_problem()
            if self._selected is None:
                problems.append(Problem("unit_code", ProblemCode.REQUIRED))
                self.list_box.show_problem(self.tr("Hãy chọn đơn vị của bạn trong danh sách."))
            return problems
        for box in self.boxes.values():
            box.clear_problem()
        code = self.code_edit.text().strip()
        level = self.typed_level()
        if not code:
            problems.append(Problem("code", ProblemCode.REQUIRED))
        elif not (code.isascii() and code.isdigit()) or len(code) != CODE_WIDTH[level]:
            problems.append(Problem("code", ProblemCode.BAD_CODE, {"value": code}))
            self.boxes["code"].show_problem(self.tr("Mã “{code}” không hợp lệ: {rule}.").format(
                code=code, rule=_code_rule(level)))
        elif (existing := self.repo.any_unit(code)) is not None:
            problems.append(Problem("code", ProblemCode.DUPLICATE, {"value": code}))
            self.boxes["code"].show_problem(self.tr(
                "Mã {code} đã có trong danh mục ({name}): hãy chọn trong danh mục.").format(
                    code=code, name=existing.name))
        if not self.name_edit.text().strip():
            problems.append(Problem("name", ProblemCode.REQUIRED))
        parent = self.parent_edit.text().strip()
        if parent and (not (parent.isascii() and parent.isdigit()) or len(parent) not in (2, 3)
                       or level is UnitLevel.PROVINCE):
            problems.append(Problem("parent_code", ProblemCode.BAD_CODE, {"value": parent}))
            self.boxes["parent_code"].show_problem(self.tr(
                "Mã cấp trên “{code}” không hợp lệ: mã huyện 3 chữ số, mã tỉnh 2 chữ số; "
                "đơn vị cấp tỉnh không có cấp trên.").format(code=parent))
        for problem in problems:
            field_box = self.boxes.get(problem.field)
            if field_box is not None and not field_box.problem():
                field_box.show_problem(problem_text(problem))
        return problems


# Within each level the catalogue's Vietnamese name order is kept.
_LEVEL_ORDER = {
    Role.STATION: {UnitLevel.COMMUNE: 0, UnitLevel.DISTRICT: 1, UnitLevel.PROVINCE: 2},
    Role.OFFICE: {UnitLevel.DISTRICT: 0, UnitLevel.PROVINCE: 1, UnitLevel.COMMUNE: 2},
}


# -- role -------------------------------------------------------------------------------

class RoleChooser(QWidget):
    """Station or office, each with a line saying what it means."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.station_radio = QRadioButton(self.tr("Đài truyền thanh &xã"), self)
        station_hint = QLabel(self.tr(
            "Ghi nhật ký từng buổi phát, từng hoạt động tuyên truyền; lập và gửi báo cáo lên "
            "cấp trên."), self)
        self.office_radio = QRadioButton(self.tr("Cơ quan &tổng hợp (phòng Văn hóa – Thông tin, "
                                                 "Sở)"), self)
        office_hint = QLabel(self.tr(
            "Nhận báo cáo của các xã qua thư điện tử, xem đơn vị nào chưa báo cáo, tổng hợp "
            "gửi cấp trên."), self)
        self._group = QButtonGroup(self)
        for radio, hint in ((self.station_radio, station_hint), (self.office_radio, office_hint)):
            self._group.addButton(radio)
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            hint.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(radio)
            layout.addWidget(hint)
            radio.toggled.connect(self._toggled)
        self.runs_station_check = QCheckBox(self.tr(
            "Cơ quan này cũng quản lý &đài truyền thanh (có trang Lịch phát sóng)"), self)
        self.runs_station_check.setToolTip(self.tr(
            "Ví dụ Phòng Văn hóa – Xã hội của xã trực tiếp vận hành đài truyền thanh."))
        self.runs_station_check.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.runs_station_check)
        self.station_radio.setChecked(True)
        self.runs_station_check.setEnabled(False)

    def _toggled(self, on: bool) -> None:
        self.runs_station_check.setEnabled(self.office_radio.isChecked())
        if on:
            self.changed.emit()

    def role(self) -> Role:
        return Role.STATION if self.station_radio.isChecked() else Role.OFFICE

    def set_role(self, role: Role) -> None:
        (self.station_radio if role is Role.STATION else self.office_radio).setChecked(True)

    def runs_station(self) -> bool:
        """An office that also runs a station (a station always does; False is stored)."""
        return self.role() is Role.OFFICE and self.runs_station_check.isChecked()

    def set_runs_station(self, on: bool) -> None:
        self.runs_station_check.setChecked(on)


# -- the report heading -------------------------------------------------------------------

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

    def show_problems(self, problems: Iterable[Problem]) -> None:
        for box in self.boxes.values():
            box.clear_problem()
        for problem in problems:
            field_box = self.boxes.get(problem.field)
            if field_box is not None:
                field_box.show_problem(problem_text(problem))

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


class InstallationEditor(QWidget):
    """Unit, role and report heading in one widget (the settings page uses it whole)."""

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.unit_chooser = UnitChooser(repo, self)
        self.role_chooser = RoleChooser(self)
        self.header = HeaderFields(self, preview=False)
        unit_title = QLabel(self.tr("<b>Đơn vị của bạn</b>"), self)
        role_title = QLabel(self.tr("<b>Vai trò</b>"), self)
        header_title = QLabel(self.tr("<b>Người ký và nơi nhận báo cáo</b>"), self)
        layout.addWidget(unit_title, 0, 0)
        layout.addWidget(self.unit_chooser, 1, 0)
        layout.addWidget(role_title, 2, 0)
        layout.addWidget(self.role_chooser, 3, 0)
        # One column, scrolled down: side by side they need ~1160 px, more than the settings
        # dialog has on a 1366×768 screen (it scrolled sideways, hiding the fields' ends).
        layout.addWidget(header_title, 4, 0)
        layout.addWidget(self.header, 5, 0)
        layout.setColumnStretch(0, 1)
        self.unit_chooser.changed.connect(self._suggest)
        self.role_chooser.changed.connect(self._role_changed)

    def _role_changed(self) -> None:
        self.unit_chooser.set_role(self.role_chooser.role())
        self._suggest()

    def _suggest(self) -> None:
        unit = self.unit_chooser.unit()
        if unit is not None:
            self.header.suggest(suggestion_for(self.repo, unit, self.role_chooser.role()))

    def load(self, installation: Installation | None) -> None:
        if installation is None:
            return
        self.role_chooser.set_role(installation.role)
        self.role_chooser.set_runs_station(installation.runs_station)
        self.unit_chooser.set_role(installation.role)
        self.unit_chooser.set_unit_code(installation.unit_code)
        self.header.load(installation)

    def check(self) -> list[Problem]:
        return self.unit_chooser.check() + self.header.check()

    def apply_to(self, installation: Installation) -> Installation:
        """``installation`` with this editor's values (call after a clean ``check``)."""
        unit = self.unit_chooser.unit()
        assert unit is not None
        values = self.header.values()
        return Installation(
            unit_code=unit.code, role=self.role_chooser.role(),
            signer_name=values["signer_name"], signer_title=values["signer_title"],
            recipient_name=values["recipient_name"], recipient_email=values["recipient_email"],
            parent_body=values["parent_body"], issuing_body=values["issuing_body"],
            place=values["place"], period_cutoff_day=installation.period_cutoff_day,
            report_deadline_days=installation.report_deadline_days,
            runs_station=self.role_chooser.runs_station(),
            addressees=values["addressees"], signer_authority=values["signer_authority"],
            authority_of=values["authority_of"], drafting_office=values["drafting_office"],
            minutes_only=self.header.minutes_only.isChecked())
