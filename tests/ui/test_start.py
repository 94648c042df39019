"""What the start does before the first paint (issue 16; the timing is in
tests/benchmarks/bench_start.py): the main window paints its frame (menus, navigation, status
bar) with no page built, no ``Qt`` namespace enums made, and none of the heavy modules (the log
page itself, report files, mail, signatures, charts, the other pages, the menus' dialogs); then
it builds the page it opens on, and no other. Run as the ``ocop-desktop --db FILE`` command runs
it, in a new process, since a test process has loaded everything already."""

from __future__ import annotations

import json
import logging
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from ocop_desktop import app as app_module
from ocop_desktop import applog, operations
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.main_window import MainWindow
from ocop_desktop.ui.preferences import Preferences
from tests.conftest import make_record
from tests.ui.conftest import add_records, many_records, run_qt_script, wait_until_started

# Run as ``ocop-desktop --db FILE`` runs it (``ocop_desktop.launch.main``). At the main
# window's first paint: the modules loaded and the pages built. Then, once the log page has
# been built and painted: the pages built, the page shown, and what the frame shows of the log
# (its menu, the count in the status bar). Prints both as JSON.
FIRST_PAINT = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QEvent, QObject
    import ocop_desktop.app as app_module
    seen = {}
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if (event.type() == QEvent.Type.Paint and watched.objectName() == "mainWindow"
                    and "modules" not in seen):
                seen["modules"] = sorted(sys.modules)
                seen["built_at_first_paint"] = sorted(watched._pages)
                seen["message_at_first_paint"] = watched.statusBar().currentMessage()
                # Types PySide6 has built (with their enums) by then.
                qtcore = vars(sys.modules["PySide6.QtCore"])
                seen["qt_namespace"] = "Qt" in qtcore
            return False
    first_paint = FirstPaint()
    create_application = app_module.create_application
    def create(argv=None):
        app = create_application(argv)
        app.installEventFilter(first_paint)
        return app
    app_module.create_application = create
    def shown(app):
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
        for _ in range(100):
            app.processEvents()
            if "log" in window._pages:
                break
        app.processEvents()  # the page's first paint
        log_page = window._pages.get("log")
        print(json.dumps({**seen, "built": sorted(window._pages),
                          "shown": window.current_page_key(),
                          "current_is_log": window.stack.currentWidget() is log_page,
                          "log_menu": len(window.log_menu.actions()),
                          "count": window.count_label.text(),
                          "message": window.statusBar().currentMessage()}))
        sys.stdout.flush()
        os._exit(0)
    app_module._event_loop = shown
    app_module.start_daily_backup = lambda *args, **kwargs: None
    from ocop_desktop.launch import main
    main(["--db", sys.argv[1]])
""")

# Modules (and their submodules) the first paint of the main window never needs: the frame
# (menus, navigation, status bar) paints before any page is built; old and new names of the
# pages that issue 16 turns into packages.
NOT_BEFORE_FIRST_PAINT = (
    # the command line (``launch`` starts the window without it) and the rotating log file
    # (opened after the first paint); sqlite-utils (with click) only when a schema step runs
    "ocop_desktop.cli", "logging.handlers", "sqlite_utils", "click",
    # the log page itself, built in the next turn after the frame's first paint
    "ocop_desktop.ui.log_page", "ocop_desktop.ui.log_table", "ocop_desktop.ui.log_filter",
    "ocop_desktop.ui.record_form",
    # the menus' dialogs, the texts of problems, file dialogs: imported when used
    "ocop_desktop.ui.backup_actions", "ocop_desktop.ui.help_dialog", "ocop_desktop.ui.file_dialogs",
    "ocop_desktop.ui.widgets", "ocop_desktop.texts.problem_texts",
    # signing keys and record ids, made when a key or a record is (hashlib, uuid, platform)
    "ocop_desktop.domain.signing", "uuid",
    # the report modules (the log counts with ``domain.text.count_text``)
    "ocop_desktop.domain.report_text", "ocop_desktop.domain.reporting",
    "ocop_desktop.domain.schedule",
    "openpyxl", "python_calamine", "cryptography", "keyring", "smtplib", "imaplib", "ssl",
    "PySide6.QtCharts", "PySide6.QtNetwork",
    "ocop_desktop.excel.writer", "ocop_desktop.excel.reader",
    "ocop_desktop.domain.exchange", "ocop_desktop.domain.inbox", "ocop_desktop.domain.outbox",
    "ocop_desktop.operations.outbox", "ocop_desktop.operations.inbox",
    "ocop_desktop.operations.reports", "ocop_desktop.operations.exchange",
    "ocop_desktop.operations.dashboard",
    "ocop_desktop.ui.dashboard_page", "ocop_desktop.ui.schedule_page", "ocop_desktop.ui.schedule",
    "ocop_desktop.ui.report_page", "ocop_desktop.ui.report", "ocop_desktop.ui.import_page",
    "ocop_desktop.ui.completeness_page", "ocop_desktop.ui.outbox_page",
    "ocop_desktop.ui.outbox_service", "ocop_desktop.ui.inbox_page", "ocop_desktop.ui.inbox_service",
    "ocop_desktop.ui.catalogue_pages", "ocop_desktop.ui.catalogue",
    "ocop_desktop.ui.administration_pages", "ocop_desktop.ui.settings_dialog",
    "ocop_desktop.ui.setup_wizard",
)


def _first_paint(db_path: Path) -> dict[str, object]:
    result = run_qt_script(FIRST_PAINT, str(db_path), check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_frame_paints_first_then_the_log_and_no_other_page(
        station: Repository, tmp_path: Path) -> None:
    seen = _first_paint(tmp_path / "test.sqlite")
    assert seen["built_at_first_paint"] == []  # the frame: menus, navigation, status bar
    assert seen["message_at_first_paint"] == "Đang mở Sổ ghi…"  # said while it is built
    modules = seen["modules"]
    assert isinstance(modules, list)
    early = [name for name in modules
             if any(name == p or name.startswith(p + ".") for p in NOT_BEFORE_FIRST_PAINT)]
    assert early == []
    # PySide6 builds a type's Python enums the first time it is used: the ``Qt`` namespace's
    # (~2,300 members, a fifth of a bare window's start) waits until after the first paint.
    assert seen["qt_namespace"] is False
    # The next turn builds and shows the log, and only the log; every other page is built
    # when first shown. Its menu and the count in the status bar come with it.
    assert seen["built"] == ["log"]
    assert seen["shown"] == "log"
    assert seen["current_is_log"] is True
    assert isinstance(seen["log_menu"], int) and seen["log_menu"] > 5
    assert seen["count"] == "Tổng số: 0 bản ghi"
    assert seen["message"] == ""


class _Paints(QObject):
    """Notes, for each paint of the main window, whether the log file was open then."""

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self.file_open_at_paints: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            self.file_open_at_paints.append(self.log_path.exists())
        return False


def test_the_log_file_opens_after_the_first_paint_with_every_early_line(  # type: ignore[no-untyped-def]
        station: Repository, tmp_path: Path, ocop_home: Path, qapp,
        monkeypatch: pytest.MonkeyPatch) -> None:
    log_path = applog.configure_logging(defer_file=True)  # as ``ocop-desktop`` starts
    assert log_path is not None and not log_path.exists()
    paints = _Paints(log_path)
    qapp.installEventFilter(paints)

    def loop(application: QApplication) -> int:
        for _ in range(200):
            application.processEvents()
            if log_path.exists():
                break
        window = next(w for w in application.topLevelWidgets() if isinstance(w, MainWindow))
        window.close()
        return 0

    monkeypatch.setattr(app_module, "_event_loop", loop)
    try:
        logging.getLogger("ocop_desktop.test").info("a line before the window")
        assert app_module.run_gui(tmp_path / "test.sqlite") == app_module.ExitCode.OK
    finally:
        qapp.removeEventFilter(paints)
        applog.unconfigure_logging()
    assert paints.file_open_at_paints[:1] == [False]  # painted first, then the file opened
    text = log_path.read_text(encoding="utf-8")
    assert text.index("OCOP Desktop") < text.index("a line before the window")


def test_a_window_opening_on_another_page_says_the_total_and_follows_it(
        ctx: AppContext, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    """The log says the count in the status bar once it is built; a window that opens on
    the dashboard (the page it was closed on) says the total without building the log."""
    add_records(ctx.repo, many_records(3))
    prefs = Preferences()
    prefs.current_page = "dashboard"
    prefs.sync()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_until_started(window)
    assert window.current_page_key() == "dashboard"
    assert sorted(window._pages) == ["dashboard"]
    assert window.count_label.text() == "Tổng số: 3 bản ghi"
    ctx.apply(operations.save_record, record=make_record())  # the log is still not built
    assert window.count_label.text() == "Tổng số: 4 bản ghi"
    window.show_page("log")
    assert window.count_label.text() == "Tổng số: 4 bản ghi"
    window.close()
