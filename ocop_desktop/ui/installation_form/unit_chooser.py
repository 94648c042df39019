"""The installation's own unit: picked from the catalogue (a list filtered as you type,
regardless of diacritics) or typed in (code, name, level, parent code)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.records import Role, Unit, UnitLevel
from ocop_desktop.domain.text import fold, search_terms
from ocop_desktop.domain.validation import Problem, ProblemCode
from ocop_desktop.operations import queries
from ocop_desktop.texts.problem_texts import problem_text
from ocop_desktop.ui.form_problems import show_problems
from ocop_desktop.ui.widgets import FieldBox, combo_value

CODE_WIDTH = {UnitLevel.PROVINCE: 2, UnitLevel.DISTRICT: 3, UnitLevel.COMMUNE: 5}


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

    def __init__(self, repo: queries.Repository, parent: QWidget | None = None) -> None:
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
            for unit in queries.units(self.repo):
                previous = latest.get(unit.code)
                if previous is None or (unit.valid_from or dt.date.min) >= (
                        previous.valid_from or dt.date.min):
                    latest[unit.code] = unit
            units = sorted(latest.values(), key=lambda u: self._order[u.level])
        else:
            units = sorted(queries.units(self.repo, today), key=lambda u: self._order[u.level])
        names = {u.code: u.name for u in queries.units(self.repo)}
        self.model.set_units(units, names)
        has_catalogue = queries.unit_count(self.repo) > 0
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
        if row < 0 and not self.closed_check.isChecked() and queries.any_unit(self.repo, code):
            self.closed_check.setChecked(True)  # reloads
            row = self.model.row_of(code)
        if row >= 0:
            self.pick_radio.setChecked(True)
            self._select_row(row)
            return
        unit = queries.any_unit(self.repo, code)
        self.type_radio.setChecked(True)
        self.code_edit.setText(code)
        if unit is not None:
            self.name_edit.setText(unit.name)

    def unit(self) -> Unit | None:
        """The chosen unit: the catalogue's, or the typed one (``None`` when incomplete)."""
        if self.is_picking():
            if self._selected is None:
                return None
            return (queries.unit(self.repo, self._selected)
                    or queries.any_unit(self.repo, self._selected))
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
        said: dict[str, str] = {}  # this chooser's own words, where a rule needs explaining
        if self.is_picking():
            if self._selected is None:
                problems.append(Problem("unit_code", ProblemCode.REQUIRED))
                said["unit_code"] = self.tr("Hãy chọn đơn vị của bạn trong danh sách.")
            self.show_problems(problems, said)
            return problems
        code = self.code_edit.text().strip()
        level = self.typed_level()
        if not code:
            problems.append(Problem("code", ProblemCode.REQUIRED))
        elif not (code.isascii() and code.isdigit()) or len(code) != CODE_WIDTH[level]:
            problems.append(Problem("code", ProblemCode.BAD_CODE, {"value": code}))
            said["code"] = self.tr("Mã “{code}” không hợp lệ: {rule}.").format(
                code=code, rule=_code_rule(level))
        elif (existing := queries.any_unit(self.repo, code)) is not None:
            problems.append(Problem("code", ProblemCode.DUPLICATE, {"value": code}))
            said["code"] = self.tr(
                "Mã {code} đã có trong danh mục ({name}): hãy chọn trong danh mục.").format(
                    code=code, name=existing.name)
        if not self.name_edit.text().strip():
            problems.append(Problem("name", ProblemCode.REQUIRED))
        parent = self.parent_edit.text().strip()
        if parent and (not (parent.isascii() and parent.isdigit()) or len(parent) not in (2, 3)
                       or level is UnitLevel.PROVINCE):
            problems.append(Problem("parent_code", ProblemCode.BAD_CODE, {"value": parent}))
            said["parent_code"] = self.tr(
                "Mã cấp trên “{code}” không hợp lệ: mã huyện 3 chữ số, mã tỉnh 2 chữ số; "
                "đơn vị cấp tỉnh không có cấp trên.").format(code=parent)
        self.show_problems(problems, said)
        return problems

    def show_problems(self, problems: Sequence[Problem],
                      said: Mapping[str, str] | None = None) -> bool:
        """Show problems under the list (the unit) or the typed fields; ``said`` holds
        this chooser's own words for some fields. True if any belongs here."""
        said = said or {}
        boxes = {"unit_code": self.list_box, **self.boxes}
        mine = [p for p in problems if p.field in boxes]
        return bool(show_problems(boxes, mine, focus=False,
                                  text=lambda p: said.get(p.field) or problem_text(p)))


# Within each level the catalogue's Vietnamese name order is kept.
_LEVEL_ORDER = {
    Role.STATION: {UnitLevel.COMMUNE: 0, UnitLevel.DISTRICT: 1, UnitLevel.PROVINCE: 2},
    Role.OFFICE: {UnitLevel.DISTRICT: 0, UnitLevel.PROVINCE: 1, UnitLevel.COMMUNE: 2},
}
