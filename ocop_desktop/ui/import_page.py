"""Nhập báo cáo: receive the units' report files, see what each would do, then import.

Files come by drag and drop (onto this page or anywhere on the main window), from a file
dialog, or as a whole folder. Each is checked at once — in a worker thread with its own
database connection — and listed with its sender, period and what would happen (new,
changed, unchanged, removed records) or, in plain Vietnamese, why it cannot be imported.
"Nhập" then imports the importable ones, oldest first, each in one transaction. The import
register below lists every import; one can be undone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.exchange import ExchangeError, ImportBatch, ImportOutcome
from ocop_desktop.domain.report_text import count_text
from ocop_desktop.domain.signing import SignerState
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.operations import Area, Changes, exchange, imports, queries
from ocop_desktop.operations import keys as key_ops
from ocop_desktop.texts.problem_texts import (
    import_problem_text,
    problem_line,
    storage_error_text,
)
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.file_dialogs import existing_directory, open_file_names
from ocop_desktop.ui.import_models import (
    FileEntry,
    ImportRegisterModel,
    PreviewModel,
    details_html,
)
from ocop_desktop.ui.preferences import FolderKind, Preferences
from ocop_desktop.ui.report_drops import local_report_files
from ocop_desktop.ui.tasks import Progress, TaskRunner
from ocop_desktop.ui.widgets import over_register, row_table

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPage", text)


class ImportPage(QWidget):
    """Nhập báo cáo: the files being imported, their check, "Nhập", and the register."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importPage")
        self.setAcceptDrops(True)
        self.runner = TaskRunner(self)

        self.hint = QLabel(_tr(
            "Kéo thả các tệp báo cáo (.xlsx) nhận qua thư điện tử vào đây, hoặc chọn tệp, chọn "
            "cả thư mục. Mỗi tệp được kiểm tra trước; chưa ghi gì cho đến khi bấm “Nhập”."), self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("importHint")
        self.pick_files_button = QPushButton(_tr("Chọn tệp…"), self)
        self.pick_files_button.setObjectName("pickFilesButton")
        self.pick_folder_button = QPushButton(_tr("Chọn thư mục…"), self)
        self.pick_folder_button.setObjectName("pickFolderButton")
        self.import_button = QPushButton(_tr("Nhập"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.clear_button = QPushButton(_tr("Bỏ danh sách"), self)
        self.clear_button.setObjectName("clearButton")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)

        self.model = PreviewModel(self)
        self.view = row_table(self.model, self, "previewTable")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.details = QTextBrowser(self)
        self.details.setObjectName("importDetails")
        self.details.setOpenLinks(False)
        self.accept_key_button = QPushButton(_tr("Chấp nhận khóa mới…"), self)
        self.accept_key_button.setObjectName("acceptKeyButton")
        self.accept_key_button.setToolTip(_tr(
            "Chỉ bấm sau khi đã gọi điện cho đơn vị gửi và họ đọc đúng mã khóa trong tệp."))
        self.accept_key_button.setVisible(False)

        self.register_model = ImportRegisterModel(self)
        self.register_view = row_table(self.register_model, self, "importRegister")
        self.register_view.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(_tr("Hoàn tác lần nhập này…"), self)
        self.undo_button.setObjectName("undoImportButton")

        buttons = QHBoxLayout()
        for button in (self.pick_files_button, self.pick_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.import_button)
        files_box = QWidget(self)
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.hint)
        files_layout.addLayout(buttons)
        files_layout.addWidget(self.view, 3)
        files_layout.addWidget(self.summary_label)
        files_layout.addWidget(self.details, 2)
        key_row = QHBoxLayout()
        key_row.addStretch(1)
        key_row.addWidget(self.accept_key_button)
        files_layout.addLayout(key_row)
        register_buttons = QHBoxLayout()
        register_buttons.addStretch(1)
        register_buttons.addWidget(self.undo_button)
        over_register(self, files_box, _tr("Sổ các lần nhập báo cáo"), self.register_view,
                      register_buttons, (3, 2))

        self.pick_files_button.clicked.connect(self.pick_files)
        self.pick_folder_button.clicked.connect(self.pick_folder)
        self.import_button.clicked.connect(self.commit)
        self.clear_button.clicked.connect(self.clear)
        self.undo_button.clicked.connect(self.undo_selected)
        self.accept_key_button.clicked.connect(self.accept_new_key)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        self.register_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        ctx.changed.connect(self._on_changed)
        self.reload_register()
        self._update_buttons()
        self._update_summary()

    # -- adding files ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and local_report_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_report_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def ask_files(self) -> list[Path]:
        """The file dialog (tests replace this method)."""
        names, _filter = open_file_names(
            self, _tr("Chọn các tệp báo cáo cần nhập"),
            str(Preferences().folder(FolderKind.IMPORT)),
            _tr("Báo cáo Excel (*.xlsx);;Mọi tệp (*)"))
        return [Path(name) for name in names]

    def ask_folder(self) -> Path | None:
        """The folder dialog (tests replace this method)."""
        name = existing_directory(
            self, _tr("Chọn thư mục chứa các tệp báo cáo"),
            str(Preferences().folder(FolderKind.IMPORT)))
        return Path(name) if name else None

    def pick_files(self) -> None:
        paths = self.ask_files()
        if paths:
            Preferences().set_folder(FolderKind.IMPORT, paths[0].parent)
            self.add_paths(paths)

    def pick_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            Preferences().set_folder(FolderKind.IMPORT, folder)
            self.add_paths([folder])

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Check the files (folders: their .xlsx files) and list them; nothing is written."""
        files = exchange.report_files(list(paths))
        if not files:
            self.summary_label.setText(_tr("Thư mục không có tệp báo cáo (.xlsx) nào."))
            return
        # A file already in the list is checked again (it may have been replaced).
        wanted = {f.absolute() for f in files}
        kept = [e for e in self.model.entries
                if e.done or e.preview.path.absolute() not in wanted]

        def work(progress: Progress) -> list[exchange.ImportPreview]:
            previews = []
            with queries.worker_session(self.ctx.db_path or self.ctx.repo) as repo:
                for number, path in enumerate(files):
                    progress.update(number, len(files), _tr("Đang kiểm tra tệp {name}…").format(
                        name=path.name))
                    previews.append(exchange.preview_import(repo, path=path))
            return previews

        def done(previews: list[exchange.ImportPreview]) -> None:
            self.model.set_entries(kept + [FileEntry(p) for p in previews])
            if previews:
                self.view.selectRow(len(kept))
            self.view.resizeColumnsToContents()
            self._update_summary()
            self._update_buttons()

        self.runner.run(work, title=_tr("Đang kiểm tra các tệp báo cáo…"), on_done=done,
                        on_error=self._failed)

    def clear(self) -> None:
        self.model.set_entries([])
        self.details.clear()
        self._update_summary()
        self._update_buttons()

    # -- importing ---------------------------------------------------------------------------
    def pending(self) -> list[int]:
        """Rows that "Nhập" would import, in the order it imports them."""
        entries = self.model.entries
        waiting = [i for i, e in enumerate(entries) if not e.done]
        order = exchange.commit_order([entries[i].preview for i in waiting])
        return [waiting[i] for i in order]

    def commit(self) -> None:
        rows = self.pending()
        if not rows:
            return
        previews = [self.model.entries[row].preview for row in rows]

        def work(progress: Progress) -> list[imports.FileImport]:
            def report(number: int, total: int, preview: exchange.ImportPreview) -> None:
                progress.update(number, total, _tr("Đang nhập {name}…").format(
                    name=preview.file_name))

            # One file's failure (a locked or full disk) leaves the others be.
            with queries.worker_session(self.ctx.db_path or self.ctx.repo) as repo:
                outcomes = imports.import_files(repo, previews, progress=report)
            progress.update(len(previews), len(previews), "")
            return outcomes

        def done(outcomes: list[imports.FileImport]) -> None:
            areas: set[Area] = {Area.IMPORTS}
            added = updated = deleted = unchanged = 0
            for row, outcome in zip(rows, outcomes, strict=True):
                entry = self.model.entries[row]
                result = outcome.result
                entry.result = result
                entry.error = _failure_text(outcome.error) if outcome.error else ""
                if result is not None:
                    areas |= result.changes.areas
                    added += result.new
                    updated += result.changed
                    deleted += result.removed
                    unchanged += result.unchanged
            self.model.entries_changed()
            self._update_summary()
            self._show_details()
            self._update_buttons()
            self.ctx.announce(Changes(frozenset(areas), added=added, updated=updated,
                                      deleted=deleted, unchanged=unchanged))

        self.runner.run(work, title=_tr("Đang nhập báo cáo…"), on_done=done,
                        on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        log.error("import task failed: %s", getattr(exc, "__traceback_text__", repr(exc)))
        QMessageBox.warning(self, _tr("Không nhập được"), _failure_text(exc))

    # -- the register ------------------------------------------------------------------------
    def reload_register(self) -> None:
        self.register_model.set_batches(exchange.import_batches(self.ctx.repo, limit=500))
        self.register_view.resizeColumnsToContents()
        self._update_buttons()

    def selected_batch(self) -> ImportBatch | None:
        rows = self.register_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.register_model.batches[rows[0].row()]

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at:
            return
        answer = QMessageBox.question(
            self, _tr("Hoàn tác lần nhập"),
            _tr("Hoàn tác lần nhập số {id} (tệp “{file}” của {sender}, kỳ {period})?\n\n"
                "{new} bản ghi mới sẽ bị bỏ; {changed} bản ghi đã sửa và {removed} bản ghi đã "
                "xóa sẽ trở lại như trước lần nhập.").format(
                id=batch.id, file=batch.file_name, sender=batch.sender_name,
                period=batch.period_key, new=count_text(batch.new),
                changed=count_text(batch.changed), removed=count_text(batch.removed)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.apply(exchange.undo_import, batch_id=batch.id)
        except ExchangeError as exc:
            QMessageBox.warning(self, _tr("Không hoàn tác được"),
                                import_problem_text(exc.problems[0]))

    # -- showing -----------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if Area.IMPORTS in changes.areas:
            self.reload_register()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.pending()))
        self.clear_button.setEnabled(bool(self.model.entries))
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and not batch.undone_at)

    def _update_summary(self) -> None:
        entries = self.model.entries
        if not entries:
            self.summary_label.setText("")
            return
        waiting = [e for e in entries if not e.done]
        done = [e for e in entries if e.done]
        parts = []
        ready = [e for e in waiting if e.outcome is not ImportOutcome.REFUSED]
        refused = len(waiting) - len(ready)
        if ready:
            parts.append(_tr("{count} tệp chờ nhập: {new} bản ghi mới, {changed} thay đổi, "
                             "{removed} bị xóa").format(
                count=len(ready), new=count_text(sum(e.preview.new for e in ready)),
                changed=count_text(sum(e.preview.changed for e in ready)),
                removed=count_text(sum(e.preview.removed for e in ready))))
        if refused:
            parts.append(_tr("{count} tệp không nhập được").format(count=refused))
        if done:
            imported = [e for e in done if e.result and e.outcome is not ImportOutcome.REFUSED]
            parts.append(_tr("đã nhập {count} tệp: {new} bản ghi mới, {changed} thay đổi, "
                             "{removed} bị xóa").format(
                count=len(imported),
                new=count_text(sum(e.result.new for e in imported if e.result)),
                changed=count_text(sum(e.result.changed for e in imported if e.result)),
                removed=count_text(sum(e.result.removed for e in imported if e.result))))
            failed = len(done) - len(imported)
            if failed:
                parts.append(_tr("{count} tệp bị từ chối").format(count=failed))
        text = "; ".join(parts)
        self.summary_label.setText(text[:1].upper() + text[1:] + ".")

    def _show_details(self) -> None:
        entry = self.selected_entry()
        self.accept_key_button.setVisible(
            entry is not None and not entry.done
            and entry.preview.signer_state is SignerState.MISMATCH
            and entry.preview.signer_public_key is not None)
        if entry is None:
            self.details.clear()
            return
        self.details.setHtml(details_html(entry))

    def selected_entry(self) -> FileEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def accept_new_key(self) -> None:
        """After a phone check: accept the key a refused file was signed with, then check
        the file again."""
        entry = self.selected_entry()
        if entry is None or entry.preview.signer_public_key is None:
            return
        preview = entry.preview
        name = preview.sender_name or preview.sender_code
        answer = QMessageBox.question(
            self, _tr("Chấp nhận khóa mới"),
            _tr("Hãy gọi điện cho {name} và nhờ họ đọc mã khóa trong phần mềm của họ (Cài đặt "
                "→ Khóa ký báo cáo). Chỉ chấp nhận khi mã họ đọc đúng là:\n\n{fingerprint}"
                "\n\nKhóa cũ ({held}) sẽ không được nhận nữa. Chấp nhận khóa mới?").format(
                name=name, fingerprint=preview.signer_fingerprint,
                held=preview.held_fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.apply(key_ops.trust_key, unit=preview.sender_code,
                           fingerprint_text=preview.signer_fingerprint,
                           public_key=preview.signer_public_key)
        except ValidationError as exc:
            QMessageBox.warning(self, _tr("Không chấp nhận được khóa"),
                                problem_line(exc.problems[0]))
            return
        self.add_paths([preview.path])


def _failure_text(exc: BaseException) -> str:
    if isinstance(exc, queries.StorageError):
        return storage_error_text(exc)
    if isinstance(exc, OSError):
        return _tr("Không đọc hoặc ghi được tệp: {error}").format(error=exc.strerror or exc)
    return _tr("Có lỗi khi ghi vào tệp dữ liệu ({error}). Không có gì được ghi từ tệp này.") \
        .format(error=type(exc).__name__)
