"""Tệp → Sao lưu ngay / Khôi phục từ bản sao lưu, with the message boxes read, not clicked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from ocop_desktop import operations
from ocop_desktop.domain.records import RecordQuery
from ocop_desktop.operations import Area, Changes
from ocop_desktop.operations.maintenance import auto_backup
from ocop_desktop.ui.backup_actions import BackupActions, RestoreDialog
from ocop_desktop.ui.context import AppContext
from tests.conftest import make_record
from tests.ui.conftest import settle


@pytest.fixture
def actions(ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch) -> BackupActions:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    handlers = BackupActions(ctx, window)
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(handlers, "_inform", lambda title, text: messages.append(("info", text)))
    monkeypatch.setattr(handlers, "_warn", lambda title, text: messages.append(("warn", text)))
    handlers.messages = messages  # type: ignore[attr-defined]
    return handlers


def test_backup_then_restore_brings_the_old_data_back(actions: BackupActions, ctx: AppContext,
                                                      tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    operations.save_record(ctx.repo, record=make_record(title="Bản tin trước khi sao lưu"))
    (tmp_path / "usb").mkdir()
    actions.backup_to(tmp_path / "usb" / "ocop.sqlite")
    settle(qtbot)
    kind, text = actions.messages[-1]  # type: ignore[attr-defined]
    assert kind == "info" and "Đã sao lưu toàn bộ dữ liệu vào tệp" in text
    assert actions.last_backup == tmp_path / "usb" / "ocop.sqlite"
    assert actions.last_backup.is_file()

    operations.save_record(ctx.repo, record=make_record(title="Bản tin sau khi sao lưu"))
    assert ctx.repo.count_records(RecordQuery()) == 2
    with qtbot.waitSignal(ctx.changed) as signal:
        actions.restore_from(actions.last_backup)
    assert signal.args[0] == Changes(frozenset(Area))
    kind, text = actions.messages[-1]  # type: ignore[attr-defined]
    assert kind == "info" and "Đã khôi phục dữ liệu từ ocop.sqlite" in text
    # The open connection sees the restored data.
    assert [r.title for r in ctx.repo.query_records(RecordQuery())] == [
        "Bản tin trước khi sao lưu"]
    # And the data as it was just before is kept.
    assert actions.last_safety_copy is not None and actions.last_safety_copy.is_file()
    assert str(actions.last_safety_copy) in text


def test_restore_refuses_a_file_that_is_not_a_backup(actions: BackupActions, ctx: AppContext,
                                                     tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    operations.save_record(ctx.repo, record=make_record())
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    actions.restore_from(bogus)
    settle(qtbot)
    kind, text = actions.messages[-1]  # type: ignore[attr-defined]
    assert kind == "warn"
    assert "không phải là bản sao lưu của OCOP Desktop" in text
    assert "Dữ liệu hiện tại không bị thay đổi" in text
    assert ctx.repo.count_records(RecordQuery()) == 1


def test_backup_over_the_data_file_is_refused(actions: BackupActions, ctx: AppContext,
                                              qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.db_path is not None
    actions.backup_to(ctx.db_path)
    settle(qtbot)
    kind, text = actions.messages[-1]  # type: ignore[attr-defined]
    assert kind == "warn" and "đè lên chính tệp dữ liệu" in text


def test_restore_dialog_lists_automatic_backups(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.db_path is not None
    dialog = RestoreDialog(ctx.db_path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    assert not dialog.restore_button.isEnabled()
    assert not dialog.empty_label.isHidden()
    auto_backup(ctx.repo, ctx.db_path, reason="daily")
    dialog = RestoreDialog(ctx.db_path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "tự động hằng ngày" in dialog.list.item(0).text()
    assert dialog.restore_button.isEnabled()
    dialog.add_file(Path("/tmp/khac.sqlite"))
    assert dialog.selected() == Path("/tmp/khac.sqlite")
    dialog.confirm = False
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_file_menu_has_both_actions(main_window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in main_window.file_menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&Sao lưu ngay…", "&Khôi phục từ bản sao lưu…"]
    assert main_window.backup_action.shortcut().toString() == "Ctrl+Shift+B"
