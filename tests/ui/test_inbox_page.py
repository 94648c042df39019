"""The Hộp thư đến page, its background service and the mailbox settings page, against a real
Dovecot on 127.0.0.1, with the real thread pool where the page fetches and previews."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ocop_desktop.domain.inbox import ImapSettings, InboxState, ReplyKind, ReportReply
from ocop_desktop.domain.outbox import MailSettings, Security
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Role
from ocop_desktop.operations import inbox as ib
from ocop_desktop.operations import outbox as ob
from ocop_desktop.storage.inbox import InboxStore
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.inbox_page import InboxPage
from ocop_desktop.ui.inbox_service import InboxService
from tests.exchange_helpers import Installations, log
from tests.imapserver import OFFICE_PASSWORD, OFFICE_USER, Dovecot
from tests.mailserver import MemoryKeyring
from tests.ui.conftest import settle

JUNE = dt.date(2021, 6, 21)
COMMUNES = {"05986": "xa.hoangdong@example.org", "05983": "phuong.dongdang@example.org",
            "05971": "phuong.hvt@example.org"}
SHOTS = Path(os.environ.get("OCOP_SCREENSHOTS", "/tmp/ocop-inbox-shots"))


@pytest.fixture(autouse=True)
def quiet_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(InboxService, "use_network_information", False)
    monkeypatch.setattr(InboxService, "first_run_ms", 60_000)


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


@pytest.fixture
def office_ctx(places: Installations, qapp: QApplication) -> Iterator[AppContext]:
    repo = places.make("178")
    context = AppContext(repo, places.folder / "178.sqlite")
    yield context
    InboxService.of(context).stop()
    InboxService.of(context).wait()
    shiboken6.delete(context)


def report_mail(places: Installations, code: str, records: int) -> bytes:
    commune = places.make(code, Role.STATION)
    log(commune, records, date=JUNE, unit_code=code)
    path = places.export(commune, "2021-06", name=f"Báo cáo {code} tháng 6.xlsx")
    ob.queue_file(commune, file=path, to=[OFFICE_USER])
    item = ob.outbox_items(commune)[0]
    return ob.build_message(item, path.read_bytes(), MailSettings(
        host="x", sender=COMMUNES[code], sender_name=f"Đài truyền thanh {code}")).as_bytes()


def setup_mailbox(repo: Repository, mailbox: Dovecot) -> None:
    ib.save_imap_settings(repo, settings=ImapSettings(
        host="127.0.0.1", port=mailbox.port, security=Security.NONE, user=OFFICE_USER),
        password=OFFICE_PASSWORD)


def row_of(page: InboxPage, predicate: Callable[[object], bool]) -> int:
    for row, item in enumerate(page.model.rows):
        if predicate(item):
            return row
    raise AssertionError("no such row")


def test_fetch_in_background_then_accept_and_return(
        office_ctx: AppContext, places: Installations, dovecot: Callable[..., Dovecot],
        memory_keyring: MemoryKeyring, qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    mailbox = dovecot()
    for code, count in (("05986", 3), ("05983", 2), ("05971", 1)):
        mailbox.append(OFFICE_USER, report_mail(places, code, count))
    mailbox.append(OFFICE_USER, (
        "From: khach@example.org\r\nSubject: <b>Ảnh hội nghị</b> <img src=x>\r\n"
        "Message-ID: <photo@example.org>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n<h1>Xin gửi ảnh</h1><script>x()</script>"
        "\r\n--XX\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; "
        "filename=anh.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--XX--\r\n"
    ).encode())
    setup_mailbox(office_ctx.repo, mailbox)

    page = InboxPage(office_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtmodeltester.check(page.model)
    assert page.empty_label.isVisibleTo(page)
    QTest.mouseClick(page.fetch_button, Qt.MouseButton.LeftButton)
    service = InboxService.of(office_ctx)
    assert service.fetching and not page.fetch_button.isEnabled()  # in the background
    qtbot.waitUntil(lambda: not service.fetching, timeout=20_000)
    assert len(page.model.rows) == 4
    assert "3 báo cáo chờ xử lý" in page.banner.text()
    photo = page.model.rows[row_of(page, lambda i: i.file_name == "anh.jpg")]
    assert photo.state is InboxState.IGNORED

    # The untrusted letter is shown as plain text, never as HTML.
    page.table.selectRow(row_of(page, lambda i: i.file_name == "anh.jpg"))
    assert "<b>Ảnh hội nghị</b>" in page.message_label.text()
    assert page.message_label.textFormat() == Qt.TextFormat.PlainText
    assert "Xin gửi ảnh" in page.body_view.toPlainText()
    assert "x()" not in page.body_view.toPlainText()
    assert not page.accept_button.isEnabled() and not page.return_button.isEnabled()

    # A waiting report: its preview is computed in the worker, then it is accepted.
    page.table.selectRow(row_of(page, lambda i: i.sender_code == "05986"))
    qtbot.waitUntil(lambda: "Nếu nhận: 3 bản ghi mới" in page.preview_label.text(),
                    timeout=10_000)
    assert page.accept_button.isEnabled()
    QTest.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    accepted = page.model.rows[row_of(page, lambda i: i.sender_code == "05986")]
    assert accepted.state is InboxState.ACCEPTED and office_ctx.repo.record_count() == 3
    assert [i.to for i in ob.outbox_items(office_ctx.repo)] == [(COMMUNES["05986"],)]

    page.table.selectRow(row_of(page, lambda i: i.sender_code == "05983"))
    assert page.return_selected(reason="Thiếu số liệu tiếp sóng VOV")
    returned = page.model.rows[row_of(page, lambda i: i.sender_code == "05983")]
    assert returned.state is InboxState.RETURNED
    assert office_ctx.repo.record_count() == 3
    page.table.selectRow(row_of(page, lambda i: i.sender_code == "05971"))
    qtbot.waitUntil(lambda: "Nếu nhận: 1 bản ghi mới" in page.preview_label.text(),
                    timeout=10_000)
    qtbot.wait(50)  # let the layout take the new texts before the picture
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "hop-thu-den.png"))

    page.table.selectRow(row_of(page, lambda i: i.sender_code == "05983"))
    qtbot.wait(50)
    assert "Trả lại lúc" in page.preview_label.text()
    assert "Thiếu số liệu tiếp sóng VOV" in page.preview_label.text()
    page.grab().save(str(SHOTS / "hop-thu-den-tra-lai.png"))

    # The filter shows one state.
    page.state_combo.setCurrentIndex(page.state_combo.findData("returned"))
    assert [i.state for i in page.model.rows] == [InboxState.RETURNED]
    page.state_combo.setCurrentIndex(0)


def test_completeness_marks_a_returned_report(
        office_ctx: AppContext, places: Installations, dovecot: Callable[..., Dovecot],
        qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.completeness_page import CompletenessModel

    mailbox = dovecot()
    mailbox.append(OFFICE_USER, report_mail(places, "05983", 2))
    fetched = ib.fetch_mail(office_ctx.repo, settings=ImapSettings(
        host="127.0.0.1", port=mailbox.port, security=Security.NONE, user=OFFICE_USER,
        password=OFFICE_PASSWORD))
    [entry] = fetched.entries
    ib.return_item(office_ctx.repo, item_id=entry.item.id, reason="Sai kỳ")
    period = parse_period("2021-06")
    from ocop_desktop.operations import exchange

    statuses = exchange.completeness(office_ctx.repo, period=period)
    returned = ib.returned_waiting_resend(office_ctx.repo,
                                          sender_codes=[s.unit.code for s in statuses],
                                          period_key=period.key)
    model = CompletenessModel()
    model.set_statuses(statuses, returned)
    row = [s.unit.code for s in statuses].index("05983")
    assert model.data(model.index(row, CompletenessModel.STATE)) == \
        "Chưa báo cáo — đã trả lại, chờ gửi lại"


def test_report_register_shows_the_reply(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    from ocop_desktop import operations
    from ocop_desktop.operations.reports import export_report
    from ocop_desktop.ui.report.models import RegisterModel
    from tests.conftest import make_record

    operations.save_record(ctx.repo, record=make_record())
    result = export_report(ctx.repo, period=parse_period("2021-06"), out=tmp_path / "r.xlsx")
    with ctx.repo.db.atomic():
        InboxStore(ctx.repo.db).add_reply(ReportReply(
            result.entry.id, ReplyKind.RETURNED, "Thiếu chữ ký", "2021-07-06T02:00:00+00:00",
            "<r1@x>", "vhtt@example.org"))
    model = RegisterModel()
    model.set_entries([result.entry], ib.replies(ctx.repo))
    assert model.data(model.index(0, RegisterModel.REPLY)) == "Bị trả lại: Thiếu chữ ký"

    # The corrected report, received: both answers in the page's register.
    from ocop_desktop.ui.report.page import ReportPage

    second = export_report(ctx.repo, period=parse_period("2021-06"), out=tmp_path / "r2.xlsx")
    with ctx.repo.db.atomic():
        InboxStore(ctx.repo.db).add_reply(ReportReply(
            second.entry.id, ReplyKind.RECEIVED, "", "2021-07-07T02:00:00+00:00", "<r2@x>",
            "vhtt@example.org"))
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.reload_register()
    view = page.register_model
    assert [view.data(view.index(row, RegisterModel.REPLY)) for row in range(2)] == [
        "Đã được nhận", "Bị trả lại: Thiếu chữ ký"]
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.register_view.grab().save(str(SHOTS / "so-bao-cao-tra-loi.png"))


def test_mailbox_settings_page_checks_for_real(
        ctx: AppContext, dovecot: Callable[..., Dovecot], memory_keyring: MemoryKeyring,
        qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.inbox_settings_page import InboxSettingsPage
    from ocop_desktop.ui.settings_page import SettingsState

    mailbox = dovecot()
    page = InboxSettingsPage(ctx)
    qtbot.addWidget(page)
    page.load(SettingsState(ctx.repo.installation()))
    assert page.port_spin.value() == 993
    page.security_combo.setCurrentIndex(page.security_combo.findData("none"))
    assert page.port_spin.value() == 143  # follows the mode
    page.host_edit.setText("127.0.0.1")
    page.port_spin.setValue(mailbox.port)
    page.user_edit.setText(OFFICE_USER)
    page.password_edit.setText("sai")
    page.test_connection()
    settle(qtbot)
    assert "Sai tên đăng nhập hoặc mật khẩu" in page.test_result.text()
    page.password_edit.setText(OFFICE_PASSWORD)
    page.test_connection()
    settle(qtbot)
    assert page.last_check is not None and page.last_check.ok
    page.resize(640, 640)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "cai-dat-hop-thu-den.png"))
    assert page.check() == []
    page.save(SettingsState(ctx.repo.installation()))
    assert memory_keyring.passwords[("OCOP Desktop", f"imap:{OFFICE_USER}@127.0.0.1")] == \
        OFFICE_PASSWORD
    assert OFFICE_PASSWORD not in (ctx.repo.setting("imap_settings") or "")
    # Bad input: marked in red where it is, nothing saved.
    page.host_edit.setText("")
    assert {p.field for p in page.check()} == {"imap_host"}
    assert page.host_box.problem()


def test_main_window_has_the_inbox_page(main_window, ctx: AppContext,  # type: ignore[no-untyped-def]
                                        qtbot) -> None:
    # Background fetching starts with the window (after it is painted) and stops with it.
    service = InboxService.of(ctx)
    qtbot.waitUntil(lambda: service.timer.isActive(), timeout=5000)
    assert service.timer.interval() == InboxService.tick_seconds * 1000
    assert "inbox" in main_window.page_keys()
    main_window.show_page("inbox")
    page = main_window.page("inbox")
    assert isinstance(page, InboxPage)
    assert "chưa được cài đặt" in page.banner.text()
    main_window.close()
    qtbot.waitUntil(lambda: not service.timer.isActive(), timeout=2000)
