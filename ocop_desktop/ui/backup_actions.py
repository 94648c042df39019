"""Tệp → "Sao lưu ngay…" and "Khôi phục từ bản sao lưu…".

A backup is taken (and a restore written) by ``operations.maintenance`` in a worker thread
with its own connection, so a large data file does not freeze the window. A restore first
keeps a copy of the current data ("trước khi khôi phục"), so a wrong choice can be undone by
restoring that copy; afterwards every page re-reads the data (``ctx.announce`` with every
area). Failures are said in Vietnamese; the data is never left half-restored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.operations.maintenance import (
    BackupReason,
    backup_now,
    backups,
    manual_backup_name,
    restore_backup,
)
from ocop_desktop.operations.queries import StorageError, StorageProblem
from ocop_desktop.texts.problem_texts import backup_error_text, restore_error_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import open_file_name, save_file_name
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.tasks import TaskRunner

EVERY_AREA = Changes(frozenset(Area))


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def backup_filter() -> str:
    return _tr("Bản sao lưu OCOP Desktop (*.sqlite *.db);;Tất cả các tệp (*)")


def reason_text(reason: BackupReason) -> str:
    return {
        BackupReason.MANUAL: _tr("sao lưu thủ công"),
        BackupReason.DAILY: _tr("tự động hằng ngày"),
        BackupReason.EXIT: _tr("tự động khi đóng chương trình"),
        BackupReason.BEFORE_RESTORE: _tr("dữ liệu trước lần khôi phục"),
    }[reason]


def when_text(at: dt.datetime) -> str:
    weekdays = (_tr("Thứ Hai"), _tr("Thứ Ba"), _tr("Thứ Tư"), _tr("Thứ Năm"), _tr("Thứ Sáu"),
                _tr("Thứ Bảy"), _tr("Chủ nhật"))
    return f"{weekdays[at.weekday()]}, {at:%d/%m/%Y} {at:%H:%M}"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return _tr("{n} KB").format(n=max(1, round(size / 1024)))
    megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    return _tr("{n} MB").format(n=megabytes)


class RestoreDialog(QDialog):
    """Pick a backup: one of this data file's backups, or any file."""


    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Dữ liệu đang dùng sẽ được thay bằng dữ liệu của bản sao lưu được chọn. Trước "
            "khi khôi phục, phần mềm tự giữ một bản sao của dữ liệu hiện tại (loại “dữ liệu "
            "trước lần khôi phục”), nên vẫn quay lại được nếu chọn nhầm."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("<b>Các bản sao lưu của tệp dữ liệu này</b> (mới "
                                        "nhất ở trên):"), self))
        self.list = QListWidget(self)
        # Each row's file, kept here rather than read back from the item (widgets.py,
        # "reading values back from Qt").
        self._paths: list[Path] = []
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(self.tr(
            "Chưa có bản sao lưu tự động nào. Bấm “Chọn tệp khác…” để chọn một tệp sao lưu, "
            "ví dụ trên USB."), self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Chọn &tệp khác…"), self)
        row.addWidget(self.other_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("&Khôi phục…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Hủy"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._choose_file)
        self.list.currentItemChanged.connect(lambda _current, _previous: self._update())
        self.list.itemDoubleClicked.connect(lambda _item: self._confirm())
        self.confirm = True  # tests switch the question off
        self._fill()
        self.resize(640, 420)

    def _fill(self) -> None:
        self.list.clear()
        self._paths = []
        for path, at, reason in backups(self.db_path):
            try:
                size = size_text(path.stat().st_size)
            except OSError:
                continue
            item = QListWidgetItem(f"{when_text(at)} — {reason_text(reason)} — {size}",
                                   self.list)
            self._paths.append(path)
            item.setToolTip(str(path))
        self.empty_label.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def add_file(self, path: Path) -> None:
        """Put a chosen file at the top of the list and select it."""
        item = QListWidgetItem(self.tr("Tệp {name} — {folder}").format(
            name=path.name, folder=str(path.parent)))
        item.setToolTip(str(path))
        self._paths.insert(0, path)
        self.list.insertItem(0, item)
        self.list.setCurrentRow(0)
        self.empty_label.hide()

    def _choose_file(self) -> None:
        prefs = Preferences()
        name, _ = open_file_name(
            self, self.tr("Chọn tệp sao lưu"), str(prefs.folder(FolderKind.BACKUP)),
            backup_filter())
        if name:
            prefs.set_folder(FolderKind.BACKUP, Path(name).parent)
            self.add_file(Path(name))

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> Path | None:
        row = self.list.currentRow()
        return self._paths[row] if 0 <= row < len(self._paths) else None

    def _confirm(self) -> None:
        source = self.selected()
        if source is None:
            return
        if self.confirm:
            item = self.list.currentItem()
            answer = QMessageBox.question(
                self, self.tr("Khôi phục dữ liệu?"),
                self.tr("Thay toàn bộ dữ liệu đang dùng bằng bản sao lưu:\n{what}\n\n"
                        "Những gì ghi sau thời điểm sao lưu sẽ không còn trong dữ liệu đang "
                        "dùng (vẫn nằm trong bản sao “dữ liệu trước lần khôi phục”).").format(
                            what=item.text() if item else str(source)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.accept()


class BackupActions(QObject):
    """The two File-menu commands, for one window."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.runner = TaskRunner(window)
        self.last_backup: Path | None = None
        self.last_safety_copy: Path | None = None
        self.last_message = ""

    # -- messages (one place, so tests can read them instead of clicking boxes) --------------
    def _inform(self, title: str, text: str) -> None:
        self.last_message = text
        QMessageBox.information(self.window, title, text)

    def _warn(self, title: str, text: str) -> None:
        self.last_message = text
        QMessageBox.warning(self.window, title, text)

    def _no_file(self) -> bool:
        if self.ctx.db_path is None:
            self._warn(self.tr("Sao lưu"), self.tr(
                "Dữ liệu đang mở trong bộ nhớ, không có tệp để sao lưu hay khôi phục."))
            return True
        return False

    # -- backup ---------------------------------------------------------------------------
    def backup_now(self) -> None:
        """"Sao lưu ngay…": ask where, then copy the data file there."""
        if self._no_file():
            return
        assert self.ctx.db_path is not None
        prefs = Preferences()
        name = manual_backup_name(self.ctx.db_path, dt.datetime.now())
        chosen, _ = save_file_name(
            self.window, self.tr("Sao lưu dữ liệu vào tệp"),
            str(prefs.folder(FolderKind.BACKUP) / name), backup_filter())
        if not chosen:
            return
        dest = Path(chosen)
        if not dest.suffix:
            dest = dest.with_suffix(".sqlite")
        prefs.set_folder(FolderKind.BACKUP, dest.parent)
        self.backup_to(dest)

    def backup_to(self, dest: Path | None) -> None:
        """Copy the data to ``dest`` (a file or folder; the backup folder if ``None``)."""
        if self._no_file():
            return
        db_path = self.ctx.db_path
        assert db_path is not None

        def work(_progress: object) -> Path:
            with queries.worker_session(db_path) as repo:  # a connection of its own
                return backup_now(repo, db_path, dest)

        self.runner.run(work, title=self.tr("Đang sao lưu dữ liệu…"),
                        on_done=self._backup_done, on_error=self._backup_failed)

    def _backup_done(self, path: Path) -> None:
        self.last_backup = path
        self._inform(self.tr("Đã sao lưu"), self.tr(
            "Đã sao lưu toàn bộ dữ liệu vào tệp:\n{path}").format(path=str(path)))

    def _backup_failed(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            text = backup_error_text(exc)
        else:
            text = backup_error_text(StorageError(StorageProblem.UNREADABLE, None, str(exc)))
        self._warn(self.tr("Không sao lưu được"), text)

    # -- restore --------------------------------------------------------------------------
    def restore(self) -> None:
        """"Khôi phục từ bản sao lưu…": pick a backup, confirm, restore, reload."""
        if self._no_file():
            return
        assert self.ctx.db_path is not None
        dialog = RestoreDialog(self.ctx.db_path, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        source = dialog.selected()
        if source is not None:
            self.restore_from(source)

    def restore_from(self, source: Path) -> None:
        """Restore without asking (the dialog has asked); every page reloads afterwards."""
        if self._no_file():
            return
        db_path = self.ctx.db_path
        assert db_path is not None

        def work(_progress: object) -> Path:
            return restore_backup(db_path, source)

        self.runner.run(work, title=self.tr("Đang khôi phục dữ liệu…"),
                        on_done=lambda safety: self._restore_done(source, safety),
                        on_error=self._restore_failed)

    def _restore_done(self, source: Path, safety: Path) -> None:
        self.last_safety_copy = safety
        self.ctx.announce(EVERY_AREA)
        self._inform(self.tr("Đã khôi phục"), self.tr(
            "Đã khôi phục dữ liệu từ {source}.\n\nDữ liệu trước khi khôi phục được giữ lại "
            "trong tệp:\n{safety}").format(source=source.name, safety=str(safety)))

    def _restore_failed(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            text = restore_error_text(exc)
        else:
            text = restore_error_text(StorageError(StorageProblem.UNREADABLE, None, str(exc)))
        # Whatever happened, the window must not show stale data.
        self.ctx.announce(EVERY_AREA)
        self._warn(self.tr("Không khôi phục được"), text)
