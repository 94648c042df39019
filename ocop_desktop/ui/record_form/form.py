"""The keyboard-first entry form for one log record.

Reading order is entry order: date, time, topic, form, title, the measures of that form,
language, source, priority, village or loudspeaker cluster, operator, unit (offices only),
notes. Enter, Ctrl+Enter and Ctrl+S save and start the NEXT record, prefilled from the one
just saved (its date too), with the cursor in *Tiêu đề*: typing never edits a stored record by
accident. A stored record is edited only after it is chosen in the table (F2, Enter,
double-click); a banner then says which one, and Esc stops. Ctrl+D duplicates; Esc on typed
text asks before discarding it. Defaults come from the last entry
(``operations.record_defaults``).

Unsaved typing is kept as a draft in the data file (``operations.drafts``) two seconds after
the last keystroke, so a power cut loses nothing; the draft is offered back at the next start.

A save that finds problems writes nothing and shows each problem's text under its field;
Vietnamese words for problem codes come from ``problem_texts`` only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ocop_desktop import operations
from ocop_desktop.domain.catalogue import (
    DEFAULT_LANGUAGE,
    DEFAULT_PRIORITY,
    DEFAULT_SOURCE,
    Form,
    Measure,
)
from ocop_desktop.domain.records import Installation, LogRecord, Role
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations import Area, Changes, drafts, queries
from ocop_desktop.texts.i18n import catalogue_name
from ocop_desktop.texts.problem_texts import storage_error_text
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.form_problems import date_problems
from ocop_desktop.ui.log_table import form_label
from ocop_desktop.ui.log_undo import SaveRecordCommand, short_title
from ocop_desktop.ui.record_form.fields import RecordFields, Snapshot

DRAFT_DELAY_MS = 2000  # a draft is written this long after the last keystroke (issue: ≤ 5 s)


class RecordForm(RecordFields):
    """Enter, edit and duplicate one record.

    Signals:
        saved(str): a record was saved (its UUID).
        message(str): a short status line for the window's status bar.
    """

    saved = Signal(str)
    message = Signal(str)
    undo_offered = Signal(str)

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self._editing: LogRecord | None = None  # the stored version of the record being edited
        self._record: LogRecord | None = None  # identity (uuid, created_at) of what is shown
        self._snapshot: Snapshot | None = None
        self._forms: dict[str, Form] = {}
        self._installation: Installation | None = None
        self._asking_topic = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        # A draft left by a crash or power cut, until the window has offered it back.
        self.pending_draft: drafts.Draft | None = drafts.load_draft(ctx.repo)
        self._connect_fields()
        self.reload_catalogues()
        self.new_record()
        ctx.changed.connect(self._on_changed)
        ctx.destroyed.connect(self._draft_timer.stop)

    def _connect_fields(self) -> None:
        self.typed.connect(self._draft_timer.start)
        self.new_button.clicked.connect(lambda: self.new_record(confirm=True))
        self.duplicate_button.clicked.connect(lambda: self.duplicate())
        self.save_button.clicked.connect(lambda: self.save())
        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.date_edit.date_changed.connect(self._date_changed)
        self.topic_combo.lineEdit().editingFinished.connect(  # type: ignore[union-attr]
            self._topic_left)

    # -- catalogues -----------------------------------------------------------------------
    def reload_catalogues(self) -> None:
        """Re-read the installation, topics, forms and units (after they changed)."""
        repo = self.ctx.repo
        self._installation = queries.installation(repo)
        self._forms = queries.forms(repo)
        current_form = self.form_combo.current_code()
        # Short labels ("Ấn phẩm"), the full name as the tooltip: the field is narrow and the
        # full names ("Bản tin, tờ rơi, sách mỏng, ấn phẩm") were cut off.
        self.form_combo.set_entries(
            [(code, form_label(code, catalogue_name(form.name)))
             for code, form in self._forms.items()],
            keep_current=False,
            tooltips=[catalogue_name(form.name) for form in self._forms.values()])
        self.form_combo.set_code(current_form if current_form in self._forms else None)
        current_source = self.source_combo.current_code()
        self.source_combo.set_entries(  # the sources table, with its windows (issue 13)
            [(c.code, catalogue_name(c.name)) for c in queries.sources(repo).values()]
            + [(None, "—")])
        self.source_combo.set_code(current_source)
        topics = queries.topics(repo)
        self.topic_combo.set_entries([(t.code, f"{t.code} — {t.name}") for t in topics],
                                     tooltips=[t.name for t in topics])
        self._reload_units()
        office = self._is_office()
        self.labels["unit_code"].setVisible(office)
        self.boxes["unit_code"].setVisible(office)
        self._place_notes(beside_unit=office)
        self.setEnabled(self._installation is not None)
        if self._installation is None:
            self.heading.setText(self.tr("Chưa khai báo đơn vị"))
            self.state_label.setText(self.tr(
                "Hãy khai báo đơn vị của máy này (Công cụ → Cài đặt) trước khi ghi sổ."))

    def _is_office(self) -> bool:
        return self._installation is not None and self._installation.role is Role.OFFICE

    def _reload_units(self) -> None:
        if not self._is_office():
            return
        assert self._installation is not None
        day = self.date_edit.date() or dt.date.today()
        own = self._installation.unit_code
        codes = queries.descendant_codes(self.ctx.repo, own, day)
        units = [u for u in queries.units(self.ctx.repo, day) if u.code in codes]
        units.sort(key=lambda u: (u.code != own, u.code))
        self.unit_combo.set_entries([(u.code, f"{u.code} — {u.name}") for u in units])

    # -- record <-> widgets ------------------------------------------------------------------
    @property
    def is_editing(self) -> bool:
        """True when the form shows a stored record (saving updates it)."""
        return self._editing is not None

    @property
    def current_uuid(self) -> str | None:
        return self._record.uuid if self._record else None

    def _show(self, record: LogRecord) -> None:
        self._clear_problems()
        self.date_edit.set_date(record.date)
        self.time_edit.set_time(record.time)
        self.topic_combo.set_code(record.topic_code or None)
        if record.form_code and record.form_code not in self._forms:
            # A form retired since: keep it selectable for this record.
            stored = queries.forms(self.ctx.repo, include_inactive=True).get(
                record.form_code)
            if stored is not None:
                self._forms[record.form_code] = stored
                self.form_combo.set_entries([(c, f.name) for c, f in self._forms.items()])
        self.form_combo.set_code(record.form_code or None)
        self.title_edit.setText(record.title)
        for measure, edit in self.measure_edits.items():
            edit.set_value(record.measure(measure))
        self.language_combo.set_code(record.language)
        self.source_combo.set_code(record.source)
        self.priority_combo.set_code(record.priority)
        self.location_edit.setText(record.location)
        self.operator_edit.setText(record.operator)
        for line in (self.title_edit, self.location_edit, self.operator_edit):
            line.setCursorPosition(0)  # show a long text from its start
        if self._is_office():
            self._reload_units()
            self.unit_combo.set_code(record.unit_code)
        self.notes_edit.setPlainText(record.notes)
        self._record = record
        self._show_clusters(record)
        self._apply_form(user_change=False)
        self._snapshot = self._take_snapshot()

    def has_unsaved_changes(self) -> bool:
        return self._snapshot is not None and self._take_snapshot() != self._snapshot

    def _form_changed(self) -> None:
        self._apply_form(user_change=True)

    def _apply_form(self, *, user_change: bool) -> None:
        """Show only the measures (and the source) that apply to the chosen form."""
        form = self._forms.get(self.form_combo.current_code() or "")
        applicable = set(form.measures) if form else set(Measure)
        for measure, edit in self.measure_edits.items():
            visible = measure in applicable
            self.labels[measure.value].setVisible(visible)
            self.boxes[measure.value].setVisible(visible)
            edit.setEnabled(visible)
        broadcast = form.broadcast if form else True
        self.source_combo.setEnabled(broadcast)
        self.labels["source"].setEnabled(broadcast)
        if not broadcast:
            self.source_combo.set_code(None)
        elif user_change and self.source_combo.current_code() is None:
            self.source_combo.set_code(DEFAULT_SOURCE)

    def _date_changed(self, day: dt.date | None) -> None:
        if self._is_office() and day is not None:
            self._reload_units()
        if day is not None and self._record is not None and not self.cluster_picker.touched:
            self._show_clusters(self._record.replace(date=day))

    def _show_clusters(self, record: LogRecord) -> None:
        """The register of the record's unit on its date; a stored record's own clusters,
        a new one every working cluster."""
        from ocop_desktop.operations import administration

        clusters = administration.clusters(self.ctx.repo, unit_code=record.unit_code)
        stored = (administration.record_cluster_ids(self.ctx.repo, record.uuid)
                  if queries.record(self.ctx.repo, record.uuid) is not None else None)
        self.cluster_picker.set_clusters(clusters, record.date, stored)
        shown = self.cluster_picker.has_clusters()
        self.labels["clusters"].setVisible(shown)
        self.boxes["clusters"].setVisible(shown)

    def _chosen_clusters(self) -> list[int] | None:
        return (self.cluster_picker.selected_ids()
                if self.cluster_picker.has_clusters() else None)

    def _unit_code(self) -> str:
        assert self._installation is not None
        if self._is_office():
            return self.unit_combo.current_code() or ""
        return self._installation.unit_code

    def _read(self) -> tuple[LogRecord | None, list[Problem]]:
        """The record the widgets describe, and what could not be read from them."""
        problems: list[Problem] = []
        assert self._record is not None and self._installation is not None
        day = self.date_edit.date()
        problems += date_problems("date", self.date_edit, required=True)
        time = self.time_edit.time()
        if not self.time_edit.has_valid_text():
            problems.append(Problem("time", ProblemCode.BAD_TIME,
                                    {"value": self.time_edit.text().strip()}))
        topic = self.topic_combo.current_code()
        typed_topic = self.topic_combo.typed_text()
        if topic is None and typed_topic:
            problems.append(Problem("topic_code", ProblemCode.UNKNOWN_TOPIC,
                                    {"code": typed_topic}))
        unit_code = self._unit_code()
        if self._is_office() and not unit_code and self.unit_combo.typed_text():
            problems.append(Problem("unit_code", ProblemCode.UNKNOWN_UNIT,
                                    {"code": self.unit_combo.typed_text()}))
        form = self._forms.get(self.form_combo.current_code() or "")
        measures: dict[str, int | None] = {}
        for measure, edit in self.measure_edits.items():
            if form is not None and measure not in form.measures:
                measures[measure.value] = None  # hidden: does not apply to this form
                continue
            try:
                measures[measure.value] = edit.value()
            except ValueError:
                problems.append(Problem(measure.value, ProblemCode.NOT_A_NUMBER))
                measures[measure.value] = None
        office = self._installation.unit_code
        entered_by = office if self._is_office() and unit_code and unit_code != office else None
        record = self._record.replace(
            date=day or dt.date.today(), time=time, topic_code=topic or "",
            form_code=self.form_combo.current_code() or "", title=self.title_edit.text().strip(),
            unit_code=unit_code, language=self.language_combo.current_code(),
            source=self.source_combo.current_code() if form is None or form.broadcast else None,
            priority=self.priority_combo.current_code() or DEFAULT_PRIORITY,
            location=self.location_edit.text().strip(),
            operator=self.operator_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(), entered_by=entered_by, **measures)
        return record, problems

    # -- problems ------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        """Put each problem under its field; focus the first wrong field."""
        super().show_problems(problems)
        count = len(problems)
        self.message.emit(self.tr("Chưa lưu: có {count} lỗi cần sửa.").format(count=count))

    # -- actions -------------------------------------------------------------------------
    def _set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def _set_state(self, text: str) -> None:
        self.state_label.setStyleSheet("")
        self.state_label.setText(text)

    def _defaults(self) -> LogRecord:
        assert self._installation is not None
        unit = self._installation.unit_code
        if self._is_office():
            unit = self.unit_combo.current_code() or unit
        record = operations.record_defaults(self.ctx.repo, unit_code=unit)
        if record.language is None:
            record = record.replace(language=DEFAULT_LANGUAGE)
        return record

    def _confirm_discard(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Bỏ thay đổi?"),
            self.tr("Bản ghi đang nhập có thay đổi chưa lưu. Bỏ các thay đổi này?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def new_record(self, *, confirm: bool = False, focus: str = "date",
                   like: LogRecord | None = None) -> bool:
        """Start a new record: prefilled from ``like`` (the record just saved: its date,
        topic, form, measures… but not its title or notes), else from the last entry.

        ``False`` if the user chose to keep their unsaved typing."""
        if self._installation is None:
            return False
        if confirm and not self._confirm_discard():
            return False
        self._editing = None
        if like is not None:
            start = operations.duplicate_record(like).replace(title="", notes="")
        else:
            start = self._defaults()
        self._show(start)
        self._set_heading(self.tr("Bản ghi mới"))
        self._update_banner()
        self._draft_timer.stop()
        self._clear_draft()
        self._focus(focus)
        return True

    def stop_editing(self) -> bool:
        """Esc: leave the record (asking first if something was typed) for a new one."""
        if not self.new_record(confirm=True):
            return False
        self._set_state("")
        self.message.emit("")
        return True

    def _update_banner(self) -> None:
        record = self._editing
        # The banner takes the heading's place (both said which record is shown).
        self.heading.setVisible(record is None)
        if record is None:
            self.edit_banner.hide()
            return
        self.edit_banner.setText(self.tr(
            "Đang sửa bản ghi ngày {date}: “{title}” — Enter lưu, Esc thôi sửa."
        ).format(date=record.date.strftime("%d/%m/%Y"), title=short_title(record.title, 32)))
        self.edit_banner.show()

    def load(self, record: LogRecord, *, confirm: bool = True) -> bool:
        """Show a stored record for editing; ``False`` if the user kept their changes."""
        if self._installation is None:
            return False
        if confirm and self.current_uuid != record.uuid and not self._confirm_discard():
            return False
        self._editing = record
        self._show(record)
        self._set_heading(self.tr("Sửa bản ghi ngày {date}").format(
            date=record.date.strftime("%d/%m/%Y")))
        self._set_state("")
        self._update_banner()
        self._clear_draft()
        return True

    def duplicate(self, record: LogRecord | None = None) -> None:
        """A new record with the same content as ``record`` (or as the form), to be saved."""
        if self._installation is None:
            return
        source = record
        if source is None:
            source, _ = self._read()
        assert source is not None
        self._editing = None
        self._show(operations.duplicate_record(source))
        self._update_banner()
        self._set_heading(self.tr("Bản ghi mới (nhân bản)"))
        self._set_state(self.tr("Sửa ngày, giờ hoặc nội dung rồi lưu."))
        self._snapshot = None  # a duplicate is unsaved content by definition
        self._focus("date")

    def save(self, *, and_new: bool = True) -> bool:
        """Validate and save; on problems show them and write nothing.

        After a save the form starts the next record, prefilled from this one (``and_new``
        is kept for callers; both Enter and Ctrl+Enter start a new record)."""
        if self._installation is None:
            return False
        record, problems = self._read()
        assert record is not None
        problems += [p for p in operations.check_record(self.ctx.repo, record)
                     if not any(q.field == p.field for q in problems)]
        clusters = self._chosen_clusters()
        if clusters:
            from ocop_desktop.operations.administration import cluster_problems

            problems += cluster_problems(self.ctx.repo, unit_code=record.unit_code,
                                         day=record.date, cluster_ids=clusters)
        if problems:
            self.show_problems(problems)
            return False
        before = self._editing
        try:
            changes = self.ctx.apply(operations.save_record, record=record, clusters=clusters)
        except ValidationError as exc:  # the catalogue changed between check and save
            self.show_problems(exc.problems)
            return False
        except queries.StorageError as exc:
            # The file stayed busy past the timeout (another process writing), read-only
            # media, a full disk: one line; the typed record stays for another try.
            self.state_label.setStyleSheet("color: #b00020;")
            self.state_label.setText(storage_error_text(exc))
            self.message.emit(storage_error_text(exc))
            return False
        self._clear_problems()
        saved = queries.record(self.ctx.repo, record.uuid) or record
        pushed = False
        if self.undo_stack is not None and (changes.added or changes.updated):
            self.undo_stack.push(SaveRecordCommand(self.ctx, before=before, after=saved,
                                                   on_error=self._undo_failed))
            pushed = True
        now = dt.datetime.now().strftime("%H:%M:%S")
        if changes.unchanged:
            text = self.tr("Không có gì thay đổi.")
        elif before is None:
            text = self.tr("Đã ghi “{title}” lúc {time}.").format(title=saved.title, time=now)
        else:
            text = self.tr("Đã lưu thay đổi lúc {time}.").format(time=now)
        self.saved.emit(saved.uuid)
        self.new_record(focus="title", like=saved)
        self._set_state(text)
        if pushed:
            self.undo_offered.emit(text)
        else:
            self.message.emit(text)
        return True

    # -- drafts ------------------------------------------------------------------------------
    def _clear_draft(self) -> None:
        if self.pending_draft is None:  # never before the crash draft was offered back
            drafts.clear_draft(self.ctx.repo)

    def write_draft(self) -> None:
        """Keep the unsaved typing in the data file (or remove the draft: nothing unsaved)."""
        self._draft_timer.stop()
        if self.pending_draft is not None or self._installation is None:
            return
        if not self.has_unsaved_changes():
            drafts.clear_draft(self.ctx.repo)
            return
        drafts.save_draft(self.ctx.repo, draft=drafts.Draft(
            fields=self._draft_fields(), written_at=dt.datetime.now(),
            editing=self._editing.uuid if self._editing is not None else None))

    def offer_draft(self) -> bool:
        """At start: "Có một bản ghi đang nhập dở lúc … — Khôi phục?"; True if restored."""
        draft = self.pending_draft
        if draft is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Khôi phục bản ghi đang nhập dở?"),
            self.tr("Có một bản ghi đang nhập dở lúc {time} — Khôi phục?\n\n"
                    "(Lần trước chương trình bị tắt đột ngột, ví dụ do mất điện, khi bản ghi "
                    "này chưa được lưu.)").format(
                time=draft.written_at.strftime("%H:%M ngày %d/%m/%Y")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        self.pending_draft = None
        self.window().activateWindow()
        if answer != QMessageBox.StandardButton.Yes:
            drafts.clear_draft(self.ctx.repo)
            return False
        self.restore_draft(draft)
        return True

    def restore_draft(self, draft: drafts.Draft) -> None:
        """Put a draft's texts back into the fields (as the user typed them)."""
        editing = queries.record(self.ctx.repo, draft.editing) if draft.editing else None
        if editing is not None and not editing.deleted:
            self.load(editing, confirm=False)
        else:
            self.new_record()
        self._type_draft_fields(draft.fields, with_unit=self._is_office())
        self._set_state(self.tr("Đã khôi phục bản ghi đang nhập dở; kiểm tra rồi bấm Enter "
                                "để lưu."))
        self._focus("title")
        self.write_draft()  # the draft stays until this typing is saved or discarded

    # -- a topic typed by name ---------------------------------------------------------------
    def _topic_left(self) -> None:
        """Leaving the topic field with a name that matches no topic offers to add it."""
        name = self.topic_combo.typed_text()
        if not name or self.topic_combo.current_code() is not None or self._asking_topic:
            return
        self._asking_topic = True
        going_to = QApplication.focusWidget()  # where Tab or a click was taking the cursor
        try:
            answer = QMessageBox.question(
                self, self.tr("Thêm chủ đề mới?"),
                self.tr("Thêm chủ đề mới “{name}”?").format(name=name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
        finally:
            self._asking_topic = False
            # The box took the focus; give it back where the user was going.
            self.window().activateWindow()
            if going_to is not None and going_to is not self.topic_combo:
                going_to.setFocus(Qt.FocusReason.OtherFocusReason)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.ctx.apply(operations.add_topic_named, name=name)
        except ValidationError as exc:
            self.show_problems([Problem("topic_code", p.code, p.params)
                                for p in exc.problems])
            return
        code = changes.code
        self.topic_combo.set_code(code)
        self._clear_problem("topic_code")
        self.message.emit(self.tr("Đã thêm chủ đề “{name}” (mã {code}).").format(
            name=name, code=code))

    def _undo_failed(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Không hoàn tác được"), text)

    def _on_changed(self, changes: Changes) -> None:
        if (Area.CLUSTERS in changes.areas and self._record is not None
                and not self.cluster_picker.touched):
            self._show_clusters(self._record)
        if {Area.TOPICS, Area.UNITS, Area.SETTINGS} & changes.areas:
            had_installation = self._installation is not None
            self.reload_catalogues()
            if not had_installation and self._installation is not None:
                self.new_record()
        if Area.RECORDS in changes.areas and self._editing is not None:
            # The record being edited was deleted or changed elsewhere (undo, import…).
            stored = queries.record(self.ctx.repo, self._editing.uuid)
            if stored is None or stored.deleted:
                QTimer.singleShot(0, lambda: self.new_record())
            elif stored != self._editing and not self.has_unsaved_changes():
                self.load(stored, confirm=False)

    # -- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QFrame.keyPressEvent: Enter saves, Escape starts over.

        Editors pass Enter and Escape on to their parent (the notes box keeps Enter for new
        lines), so these arrive here from whichever field has focus.
        """
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.save()
            elif modifiers == Qt.KeyboardModifier.ControlModifier:
                self.save(and_new=True)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier:
            self.stop_editing()
            event.accept()
            return
        super().keyPressEvent(event)
