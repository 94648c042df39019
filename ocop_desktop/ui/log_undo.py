"""Undoable changes to the log: saving a record and deleting records.

Each command runs an operation through ``AppContext.apply`` (so every view refreshes and
the audit log records it). The operation has already run when a command is pushed (the
form needs to know at once whether it was valid), so the first ``redo`` does nothing.
Deleting keeps the record as deleted; undoing undeletes it; nothing is ever erased.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ocop_desktop import operations
from ocop_desktop.domain.records import LogRecord
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.texts.problem_texts import problem_line
from ocop_desktop.ui.context import AppContext

ErrorSink = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogUndo", text)


def short_title(title: str, limit: int = 40) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1] + "…"


class _RecordCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, on_error: ErrorSink) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._on_error = on_error
        self._done_already = True

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ValidationError as exc:
            # The catalogue changed since (a topic was closed…): say why, and drop the step.
            self._on_error("\n".join(problem_line(p) for p in exc.problems))
            self.setObsolete(True)


class SaveRecordCommand(_RecordCommand):
    """A record saved from the form: undo removes a new one, or restores the previous text."""

    def __init__(self, ctx: AppContext, *, before: LogRecord | None, after: LogRecord,
                 on_error: ErrorSink) -> None:
        text = (_tr("ghi “{title}”") if before is None else _tr("sửa “{title}”")).format(
            title=short_title(after.title))
        super().__init__(ctx, text, on_error)
        self.before = before
        self.after = after

    def redo(self) -> None:
        """Override QUndoCommand.redo (the first call: already saved by the form)."""
        if self._done_already:
            self._done_already = False
            return
        if self.before is None:
            self._run(lambda: self._ctx.apply(operations.set_records_deleted,
                                              uuids=[self.after.uuid], deleted=False))
        else:
            self._run(lambda: self._ctx.apply(operations.save_record, record=self.after))

    def undo(self) -> None:
        """Override QUndoCommand.undo."""
        if self.before is None:
            self._run(lambda: self._ctx.apply(operations.set_records_deleted,
                                              uuids=[self.after.uuid], deleted=True))
        else:
            self._run(lambda: self._ctx.apply(operations.save_record, record=self.before))


class DeleteRecordsCommand(_RecordCommand):
    """Records marked deleted; undo brings them back (and ``on_restored`` shows them)."""

    def __init__(self, ctx: AppContext, *, records: Sequence[LogRecord],
                 on_error: ErrorSink,
                 on_restored: Callable[[list[str]], None] | None = None) -> None:
        if len(records) == 1:
            text = _tr("xóa “{title}”").format(title=short_title(records[0].title))
        else:
            text = _tr("xóa {count} bản ghi").format(count=len(records))
        super().__init__(ctx, text, on_error)
        self.uuids = [r.uuid for r in records]
        self._on_restored = on_restored

    def redo(self) -> None:
        """Override QUndoCommand.redo (the first call: already deleted by the page)."""
        if self._done_already:
            self._done_already = False
            return
        self._run(lambda: self._ctx.apply(operations.set_records_deleted, uuids=self.uuids,
                                          deleted=True))

    def undo(self) -> None:
        """Override QUndoCommand.undo: undelete."""
        self._run(lambda: self._ctx.apply(operations.set_records_deleted, uuids=self.uuids,
                                          deleted=False))
        if self._on_restored is not None and not self.isObsolete():
            self._on_restored(self.uuids)
