"""The installation in one widget: unit, role and report heading (the settings page uses it
whole; the setup wizard uses the pieces on pages of their own)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.records import Installation, Role, Unit
from ocop_desktop.domain.validation import Problem
from ocop_desktop.operations import queries
from ocop_desktop.operations.maintenance import suggest_installation
from ocop_desktop.ui.installation_form.heading import HeaderFields
from ocop_desktop.ui.installation_form.unit_chooser import UnitChooser

# Explanatory lines under a field or group: quieter than the labels they explain.
HINT_STYLE = "QLabel#hint { color: #5f6368; }"


def suggestion_for(repo: queries.Repository, unit: Unit, role: Role) -> Installation:
    """The usual report heading for this unit and role (the user can change every field):
    the reporting relationship of the unit today (or on its last day, for a former unit)."""
    return suggest_installation(repo, unit, role)


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


class InstallationEditor(QWidget):
    """Unit, role and report heading in one widget (the settings page uses it whole)."""

    def __init__(self, repo: queries.Repository, parent: QWidget | None = None) -> None:
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

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        """Show the problems saving raised; True if any belongs to the unit or heading."""
        unit = self.unit_chooser.show_problems(problems)
        return self.header.show_problems(problems) or unit

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
