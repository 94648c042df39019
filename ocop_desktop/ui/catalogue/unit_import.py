"""Importing a unit list: the file chooser, the "valid from" field, the dialog and its words.

Shared by the Units page and the setup wizard, so both say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop import operations
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import catalogue_files, queries
from ocop_desktop.operations.catalogue_files import UnitListError
from ocop_desktop.texts.problem_texts import problem_line, storage_error_text, unit_list_error_text
from ocop_desktop.ui.catalogue.models import tr
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import open_file_name
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.widgets import DateEdit, FieldBox, format_date

MAX_LISTED_PROBLEMS = 8


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What a unit-list import did, said in words for the user."""

    ok: bool
    message: str
    result: operations.UnitImport | None = None


def import_unit_list(ctx: AppContext, path: Path, valid_from: dt.date | None) -> ImportOutcome:
    """Import a unit list into the catalogue; on any problem nothing is written.

    Shared by the Units page and the setup wizard, so both say the same thing.
    """
    try:
        result = catalogue_files.import_unit_list(ctx.repo, path=path, valid_from=valid_from)
    except UnitListError as exc:
        return ImportOutcome(False, unit_list_error_text(exc) + " " + tr(
            "Danh mục không thay đổi."))
    except ValidationError as exc:
        lines = [problem_line(p) for p in exc.problems[:MAX_LISTED_PROBLEMS]]
        more = len(exc.problems) - len(lines)
        if more > 0:
            lines.append(tr("… và {n} lỗi khác.").format(n=more))
        return ImportOutcome(False, tr(
            "Không nhập được tệp {file}; danh mục không thay đổi.").format(file=path.name)
            + "\n" + "\n".join(lines))
    except queries.StorageError as exc:
        return ImportOutcome(False, storage_error_text(exc))
    ctx.announce(result.changes)
    if result.merge_map:
        return ImportOutcome(True, tr(
            "Đã nhập bảng sáp nhập từ tệp {file}: {links} liên kết đơn vị mới – đơn vị cũ được "
            "thêm, {same} đã có. Có thể tạo cụm loa từ đài truyền thanh của các xã cũ trong "
            "Danh mục → Cụm loa.").format(file=path.name, links=result.links,
                                          same=result.unchanged), result)
    message = tr(
        "Đã nhập danh mục từ tệp {file}: {added} đơn vị mới, {changed} thay đổi, "
        "{closed} hết hiệu lực, {unchanged} không đổi.").format(
            file=path.name, added=result.added, changed=result.changed, closed=result.closed,
            unchanged=result.unchanged)
    if valid_from is not None:
        message += " " + tr("Thay đổi có hiệu lực từ ngày {day}.").format(
            day=format_date(valid_from))
    return ImportOutcome(True, message, result)


def choose_unit_file(parent: QWidget) -> Path | None:
    prefs = Preferences()
    name, _ = open_file_name(
        parent, tr("Chọn tệp danh mục đơn vị hành chính"),
        str(prefs.folder(FolderKind.CATALOGUE)),
        tr("Danh mục đơn vị (*.xlsx *.xls *.csv *.txt);;Tất cả các tệp (*)"))
    if not name:
        return None
    prefs.set_folder(FolderKind.CATALOGUE, Path(name).parent)
    return Path(name)


class ValidFromField(QWidget):
    """"Danh mục mới thay cho danh mục cũ từ ngày …": an optional date with its explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.check = QCheckBox(self.tr("Danh mục mới, có &hiệu lực từ ngày:"), self)
        self.date_edit = DateEdit(self)
        self.date_edit.set_date(dt.date(2025, 7, 1))
        self.date_edit.setEnabled(False)
        self.box = FieldBox(self.date_edit, self)
        row.addWidget(self.check)
        row.addWidget(self.box)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(self.tr(
            "Chọn khi tệp là danh mục mới thay cho danh mục cũ (ví dụ danh mục sau sắp xếp "
            "đơn vị hành chính từ 01/07/2025): đơn vị đổi tên hoặc giải thể sẽ hết hiệu lực "
            "từ ngày hôm trước; số liệu cũ vẫn gắn với đơn vị cũ."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.check.toggled.connect(self.date_edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.box.clear_problem())

    def valid_from(self) -> dt.date | None:
        """The date, or ``None`` when not ticked; raises ``ValueError`` when unreadable."""
        if not self.check.isChecked():
            return None
        day = self.date_edit.date()
        if day is None:
            self.box.show_problem(tr("Hãy nhập ngày có hiệu lực, dạng 01/07/2025."))
            raise ValueError(self.date_edit.text())
        self.box.clear_problem()
        return day

    def set_valid_from(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.date_edit.set_date(day)


class UnitImportDialog(QDialog):
    """Asks for the file's validity before importing it, then shows what happened."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.tr("Nhập danh mục đơn vị hành chính"))
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("Tệp: <b>{name}</b><br><span>{folder}</span>").format(
            name=path.name, folder=str(path.parent)), self)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(file_label)
        self.valid_from = ValidFromField(self)
        layout.addWidget(self.valid_from)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Nhập"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đóng"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, layout.totalHeightForWidth(560))  # the hint's wrapped lines too

    def run_import(self) -> None:
        try:
            valid_from = self.valid_from.valid_from()
        except ValueError:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = import_unit_list(self.ctx, self.path, valid_from)
        finally:
            QGuiApplication.restoreOverrideCursor()
        show_outcome(self.result_label, self.outcome)
        if self.outcome.ok:
            self.import_button.setEnabled(False)
            self.valid_from.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("Xong"))


def show_outcome(label: QLabel, outcome: ImportOutcome) -> None:
    """Green for done, red for refused; the text stays selectable to copy into a message."""
    color = "#1b5e20" if outcome.ok else "#b71c1c"
    label.setStyleSheet(f"QLabel {{ color: {color}; }}")
    label.setText(outcome.message)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.show()
