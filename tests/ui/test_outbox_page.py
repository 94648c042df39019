"""The outbox page, its background service, the mail settings page and the "Gửi…" dialog,
against aiosmtpd on 127.0.0.1."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from ocop_desktop.domain.outbox import OutboxStatus
from ocop_desktop.operations import outbox as ob
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.outbox_page import OutboxPage
from ocop_desktop.ui.outbox_service import OutboxService
from tests.mailserver import PASSWORD, USER, MailServer, MemoryKeyring, free_port
from tests.ui.conftest import settle


@pytest.fixture(autouse=True)
def no_network_information(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Offline" must come from real connection attempts here, whatever the test machine's
    # network backend says.
    monkeypatch.setattr(OutboxService, "use_network_information", False)
    monkeypatch.setattr(OutboxService, "first_run_ms", 60_000)


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "Báo cáo tháng 06-2021.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 200)
    return path


def use_server(monkeypatch: pytest.MonkeyPatch, server: MailServer | None,
               port: int | None = None) -> None:
    monkeypatch.setenv("OCOP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("OCOP_SMTP_PORT", str(server.port if server else port))
    monkeypatch.setenv("OCOP_SMTP_SECURITY", "none")
    monkeypatch.setenv("OCOP_SMTP_FROM", "dai@hoangdong.example.org")
    if server is not None and server.auth:
        monkeypatch.setenv("OCOP_SMTP_USER", USER)
        monkeypatch.setenv("OCOP_SMTP_PASSWORD", PASSWORD)


@pytest.fixture
def page(ctx: AppContext, qtbot) -> Iterator[OutboxPage]:  # type: ignore[no-untyped-def]
    widget = OutboxPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    yield widget
    OutboxService.of(ctx).stop()
    OutboxService.of(ctx).wait()


def queue(ctx: AppContext, file: Path, to: str = "vhtt@example.org") -> int:
    item_id, changes = ob.queue_file(ctx.repo, file=file, to=to, subject="Báo cáo tháng 6",
                                     body="Xin gửi báo cáo.")
    ctx.announce(changes)
    return item_id


def status(ctx: AppContext, item_id: int) -> OutboxStatus:
    item = ob.outbox_item(ctx.repo, item_id)
    assert item is not None
    return item.status


def test_page_lists_items_with_actions(page: OutboxPage, ctx: AppContext, report_file: Path,
                                       qtmodeltester, monkeypatch: pytest.MonkeyPatch,
                                       mail_server: Callable[..., MailServer]) -> None:
    assert page.empty_label.isVisibleTo(page)
    first = queue(ctx, report_file)
    second = queue(ctx, report_file, to="so@example.org")
    assert page.model.rowCount() == 2 and not page.empty_label.isVisibleTo(page)
    qtmodeltester.check(page.model)
    assert page.model.index(0, page.model.STATUS).data() == "Đang chờ gửi"
    assert page.model.index(1, page.model.TO).data() == "so@example.org"

    # "Hủy" on the second row, then "Gửi ngay" on the first.
    assert page.cancel(second, confirm=False)
    assert status(ctx, second) is OutboxStatus.CANCELLED
    actions = page.model.ACTIONS
    assert page.table.indexWidget(page.model.index(1, actions)) is None  # nothing to do now
    server = mail_server()
    use_server(monkeypatch, server)
    cell = page.table.indexWidget(page.model.index(0, actions))
    cell.findChild(QPushButton, f"send_now_{first}").click()
    settle()
    assert status(ctx, first) is OutboxStatus.SENT and len(server.received) == 1
    assert page.model.index(0, page.model.STATUS).data() == "Đã gửi"
    assert page.log_table.rowCount() == 1
    assert page.log_table.item(0, 4).text() == server.received[0].message["Message-ID"]
    assert "không có thư chờ gửi" in page.banner.text()


def test_offline_banner_then_sent_when_the_server_answers(
        page: OutboxPage, ctx: AppContext, report_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    use_server(monkeypatch, None, port=port)
    item_id = queue(ctx, report_file)
    service = OutboxService.of(ctx)
    service.run()
    settle()
    assert service.offline
    assert "Đang chờ kết nối" in page.banner.text()
    assert page.model.index(0, page.model.STATUS).data() == "Chờ gửi lại"
    assert "Không kết nối được" in page.model.index(0, page.model.REASON).data()
    assert status(ctx, item_id) is OutboxStatus.QUEUED

    service.tick()  # still nobody listening: a knock, no attempt counted
    settle()
    assert ob.outbox_item(ctx.repo, item_id).attempts == 1  # type: ignore[union-attr]
    server = MailServer(port=port).start()
    try:
        service.tick()  # the knock is answered: waiting items go at once, back-off or not
        settle()
        assert status(ctx, item_id) is OutboxStatus.SENT
        assert len(server.received) == 1 and not service.offline
        assert "Đang chờ kết nối" not in page.banner.text()
    finally:
        server.stop()


def test_gui_stays_responsive_while_sending(
        page: OutboxPage, ctx: AppContext, report_file: Path, qtbot,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, mail_server: Callable[..., MailServer]) -> None:
    server = mail_server()
    server.handler.gate = threading.Event()  # the server holds the message until released
    use_server(monkeypatch, server)
    item_id = queue(ctx, report_file)
    page.send_all_now()
    assert OutboxService.of(ctx).sending
    assert "đang gửi" in page.banner.text()
    # While the server holds the message, the window still handles events: a timer fires
    # and the page repaints. No count of ticks: that would depend on the machine's load.
    qtbot.waitUntil(server.handler.data_started.is_set, timeout=10_000)
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(OutboxService.of(ctx).sending))
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    assert fired == [True]
    page.repaint()
    server.handler.gate.set()
    qtbot.waitUntil(lambda: not OutboxService.of(ctx).sending, timeout=10_000)
    assert status(ctx, item_id) is OutboxStatus.SENT
    assert page.model.index(0, page.model.STATUS).data() == "Đã gửi"


def test_state_survives_restart(ctx: AppContext, report_file: Path, tmp_path: Path,
                                qtbot) -> None:  # type: ignore[no-untyped-def]
    item_id = queue(ctx, report_file)
    with ctx.repo.db.atomic():  # a crash in the middle of sending
        from ocop_desktop.storage.outbox import OutboxStore

        OutboxStore(ctx.repo.db).claim(item_id, at="2021-07-05T08:00:00+00:00")
    ctx.repo.db.close()
    reopened = Repository(open_database(tmp_path / "test.sqlite"))
    try:
        again = AppContext(reopened, tmp_path / "test.sqlite")
        widget = OutboxPage(again)
        qtbot.addWidget(widget)
        assert widget.model.rowCount() == 1
        assert widget.model.item(0).status is OutboxStatus.SENDING
        assert ob.recover_interrupted(reopened) == [item_id]
        widget.refresh()
        assert widget.model.index(0, widget.model.STATUS).data() == "Chờ gửi lại"
        assert "gián đoạn" in widget.model.index(0, widget.model.REASON).data()
    finally:
        OutboxService.of(again).stop()
        reopened.db.close()


def test_network_information_does_not_warn(ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
                                           qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(OutboxService, "use_network_information", True)
    service = OutboxService.of(ctx)
    service.start()  # loads a backend where one exists; either way no Qt warning
    service.stop()


# -- mail settings page -------------------------------------------------------------------

def test_mail_settings_page(ctx: AppContext, qtbot, memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
                            mail_server: Callable[..., MailServer],
                            caplog: pytest.LogCaptureFixture) -> None:
    from ocop_desktop.ui.mail_settings_page import MailSettingsPage
    from ocop_desktop.ui.settings_page import SettingsState

    caplog.set_level(logging.DEBUG)
    page = MailSettingsPage(ctx)
    qtbot.addWidget(page)
    state = SettingsState(ctx.repo.installation())
    page.load(state)
    assert page.check() == []  # a blank page does not block the settings dialog
    page.save(state)
    assert ob.stored_mail_settings(ctx.repo).host == ""

    page.host_edit.setText("127.0.0.1")
    problems = page.check()
    assert [p.field for p in problems] == ["sender"]
    assert page.sender_box.problem()

    server = mail_server(auth=True)
    page.security_combo.setCurrentIndex(page.security_combo.findData("none"))
    assert page.port_spin.value() == 25  # followed the mode
    page.port_spin.setValue(server.port)
    page.user_edit.setText(USER)
    page.password_edit.setText("sai")
    page.sender_edit.setText("dai@hoangdong.example.org")
    page.test_connection()
    settle()
    assert "Sai tên đăng nhập hoặc mật khẩu" in page.test_result.text()
    page.password_edit.setText(PASSWORD)
    page.test_connection()
    settle()
    assert "thành công" in page.test_result.text()

    assert page.check() == []
    page.save(state)
    stored = ob.stored_mail_settings(ctx.repo)
    assert (stored.host, stored.port, stored.user) == ("127.0.0.1", server.port, USER)
    assert memory_keyring.passwords[("OCOP Desktop", f"{USER}@127.0.0.1")] == PASSWORD
    assert page.password_edit.text() == ""
    # Testing again without typing the password uses the stored one.
    page.test_connection()
    settle()
    assert "thành công" in page.test_result.text()
    assert server.logins == [False, True, True]
    assert PASSWORD not in "\n".join(r.getMessage() for r in caplog.records)


def test_settings_dialog_lists_the_mail_page(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui import settings_dialog

    if not any(page.NAME == "mail" for page in settings_dialog.PAGES):
        pytest.skip("the settings dialog does not list the mail page yet")
    dialog = settings_dialog.SettingsDialog(ctx, page="mail")
    qtbot.addWidget(dialog)
    assert dialog.page("mail").title() == "Thư điện tử"


# -- "Gửi…" dialog ------------------------------------------------------------------------

def register_report(repo: Repository, file: Path) -> int:
    import datetime as dt

    from ocop_desktop.domain.reporting import ReportEntry
    from ocop_desktop.storage.reports import ReportStore

    entry = ReportEntry(
        year=2021, number=5, symbol="BC-UBND", issued_on=dt.date(2021, 7, 5),
        sender_code="05986", period_key="2021-06", period_start=dt.date(2021, 6, 1),
        period_end=dt.date(2021, 6, 30), scope=None, file_path=str(file),
        file_hash=hashlib.sha256(file.read_bytes()).hexdigest(), data_hash="x" * 64,
        record_count=3, generated_at="2021-07-05T08:00:00+07:00",
        created_at="2021-07-05T01:00:00+00:00")
    with repo.db.atomic():
        return ReportStore(repo.db).insert_report(entry)


def test_send_dialog_queues_and_hands_over(ctx: AppContext, qtbot, report_file: Path,  # type: ignore[no-untyped-def]
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           mail_server: Callable[..., MailServer]) -> None:
    from ocop_desktop.ui.send_dialog import SendDialog

    report_id = register_report(ctx.repo, report_file)
    dialog = SendDialog(ctx, report_id)
    qtbot.addWidget(dialog)
    assert dialog.to_edit.text() == "vhtt@example.org"
    assert dialog.subject_edit.text().startswith("Báo cáo số 05/BC-UBND")
    assert "Phòng Văn hóa và Thông tin" in dialog.body_edit.toPlainText()
    assert report_file.name in dialog.file_label.text()

    dialog.to_edit.setText("vhtt@example.org, khong-hop-le")
    dialog.queue()
    assert "khong-hop-le" in dialog.to_box.problem()
    assert ob.outbox_items(ctx.repo) == []

    usb = tmp_path / "usb"
    usb.mkdir()
    assert dialog.save_copy(str(usb)) == usb / report_file.name
    assert "bản sao" in dialog.message_label.text()
    assert dialog.mark_handed_over("Zalo nhóm Phòng Văn hóa")

    server = mail_server()
    use_server(monkeypatch, server)
    dialog.to_edit.setText("vhtt@example.org")
    dialog.cc_edit.setText("luu@example.org")
    OutboxService.of(ctx).start()
    dialog.queue()
    settle(qtbot)
    assert dialog.queued_item is not None
    assert status(ctx, dialog.queued_item) is OutboxStatus.SENT
    row = next(ctx.repo.db.query("SELECT status, sent_to FROM reports WHERE id = ?",
                                 [report_id]))
    assert row["status"] == "sent" and row["sent_to"] == "vhtt@example.org, luu@example.org"
    OutboxService.of(ctx).stop()
    assert [d.method.value for d in ob.deliveries(ctx.repo, report_id=report_id)] == [
        "copy", "hand", "email"]


def test_main_window_runs_the_outbox(main_window, ctx: AppContext, report_file: Path,  # type: ignore[no-untyped-def]
                                     qtbot) -> None:
    from PySide6.QtWidgets import QToolButton

    assert "outbox" in main_window.page_keys()
    assert isinstance(main_window.show_page("outbox"), OutboxPage)
    # The service starts half a second after the window shows (start-up time).
    qtbot.waitUntil(lambda: main_window.findChild(QToolButton, "outbox_status") is not None,
                    timeout=3000)
    status_button = main_window.findChild(QToolButton, "outbox_status")
    assert status_button is not None and status_button.isHidden()  # nothing waits
    queue(ctx, report_file)
    assert status_button.isVisible()
    assert status_button.text() == "Hộp thư đi: 1 thư chờ gửi."
    service = OutboxService.of(ctx)
    assert service.timer.isActive()
    main_window.close()
    qtbot.waitUntil(lambda: not service.timer.isActive(), timeout=2000)
