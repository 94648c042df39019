"""What the start does before the first paint (issue 16; the timing is in
tests/benchmarks/bench_start.py): it builds the page it shows and no other, and loads none of
the heavy modules the first screen does not need (report files, mail, signatures, charts,
the other pages, the codes only their texts name). Run as the ``ocop-desktop --db FILE``
command runs it, in a new process, since a test process has loaded everything already."""

from __future__ import annotations

import json
import logging
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from ocop_desktop import app as app_module
from ocop_desktop import applog
from ocop_desktop.storage.repository import Repository
from ocop_desktop.ui.main_window import MainWindow
from tests.ui.conftest import run_qt_script

# Run as ``ocop-desktop --db FILE`` runs it (``ocop_desktop.launch.main``); the modules are
# those loaded when the main window gets its first paint event. Stopped once the window has
# been shown and painted, as the start benchmark is; prints what was loaded and built.
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
            return False
    first_paint = FirstPaint()
    create_application = app_module.create_application
    def create(argv=None):
        app = create_application(argv)
        app.installEventFilter(first_paint)
        return app
    app_module.create_application = create
    def shown(app):
        app.processEvents()
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
        print(json.dumps({**seen, "built": sorted(window._pages),
                          "shown": window.current_page_key()}))
        sys.stdout.flush()
        os._exit(0)
    app_module._event_loop = shown
    app_module.start_daily_backup = lambda *args, **kwargs: None
    from ocop_desktop.launch import main
    main(["--db", sys.argv[1]])
""")

# Modules (and their submodules) the first screen, the log, never needs before it is painted;
# old and new names of the pages that issue 16 turns into packages.
NOT_BEFORE_FIRST_PAINT = (
    # the command line (``launch`` starts the window without it) and the rotating log file
    # (opened after the first paint)
    "ocop_desktop.cli", "click", "logging.handlers",
    # sqlite-utils and what it brings: storage opens, checks and reads the file with sqlite3;
    # sqlite-utils' table API runs only the schema steps of an older file
    "sqlite_utils", "pluggy", "dateutil", "ocop_desktop.storage.tables",
    # what the first screen never uses: unit-list files, signing keys, demo tables,
    # report headings
    "ocop_desktop.excel.unit_lists", "ocop_desktop.storage.keys", "ocop_desktop.domain.demo",
    "ocop_desktop.domain.heading",
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


def test_the_start_builds_the_log_only_and_defers_heavy_modules(
        station: Repository, tmp_path: Path) -> None:
    seen = _first_paint(tmp_path / "test.sqlite")
    assert seen["shown"] == "log"
    assert seen["built"] == ["log"]  # every other page is built when first shown
    modules = seen["modules"]
    assert isinstance(modules, list)
    early = [name for name in modules
             if any(name == p or name.startswith(p + ".") for p in NOT_BEFORE_FIRST_PAINT)]
    assert early == []


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
