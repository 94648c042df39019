"""A month of real use in one go (issue 10): the REAL main window, its event loop and thread
pool; records typed by keyboard into the record form, reports exported and imported through
their progress dialogs, while a second process adds records and takes backups on the same
file. A watchdog fails the test if the GUI thread stops turning for more than 5 s; at the end
every acknowledged record (window and command line) is in the file and the file passes
``PRAGMA integrity_check``.

The short form (200 records, 10 exports, 3 imports) runs with the suite. The long form
(1,000 records, 50 exports, 20 imports) runs with ``OCOP_SOAK=long``; see docs/testing.md.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from ocop_desktop import operations
from ocop_desktop.domain.periods import parse_period
from ocop_desktop.domain.records import Role, Topic
from ocop_desktop.ui.context import AppContext
from tests.exchange_helpers import Installations, log
from tests.ui.conftest import MessageBoxes, press, settle, type_text
from tests.ui.test_import_page import _drop
from tests.ui.watchdog import Watchdog

CTRL = Qt.KeyboardModifier.ControlModifier
OFFICE = "178"  # Thành phố Lạng Sơn: it logs its own work and imports its communes' reports
COMMUNES = ("05986", "05983")


@dataclass(frozen=True)
class Size:
    records: int
    exports: int
    imports: int


SHORT = Size(records=200, exports=10, imports=3)
LONG = Size(records=1000, exports=50, imports=20)


def soak_size() -> Size:
    return LONG if os.environ.get("OCOP_SOAK", "").strip().lower() == "long" else SHORT


@dataclass
class SecondProcess:
    """The command line beside the window: ``log add`` again and again, a ``backup`` every
    few commands, each a new process on the same data file (as a scheduled task would)."""

    db: Path
    acknowledged: list[str] = field(default_factory=list)  # UUIDs printed by ``log add``
    backups: int = 0
    failures: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.thread = threading.Thread(target=self._run, name="second-process", daemon=True)

    def _command(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ocop_desktop", "--db", str(self.db), *args],
                              capture_output=True, text=True, timeout=120, env=os.environ.copy())

    def _run(self) -> None:
        number = 0
        while not self.stop.is_set():
            number += 1
            if number % 6 == 0:
                done = self._command("backup")
                if done.returncode == 0:
                    self.backups += 1
            else:
                done = self._command(
                    "log", "add", "--date", f"2021-06-{1 + number % 28:02d}", "--time", "07:15",
                    "--topic", "OCOP", "--form", "radio", "--title", f"Dòng lệnh số {number}",
                    "--items", "1", "--airings", "1", "--minutes", "5")
                if done.returncode == 0:
                    self.acknowledged.append(done.stdout.strip().splitlines()[-1])
            if done.returncode != 0:
                self.failures.append(f"{done.args[4:]} → {done.returncode}: "
                                     f"{(done.stderr or done.stdout).strip()[-400:]}")

    def __enter__(self) -> SecondProcess:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(150)


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def commune_reports(places: Installations, count: int) -> list[Path]:
    """``count`` monthly reports of the two communes, as their stations export them."""
    stations = {code: places.make(code, Role.STATION) for code in COMMUNES}
    (places.folder / "thu-den").mkdir()
    files = []
    for number in range(count):
        code = COMMUNES[number % 2]
        month = 1 + number // 2
        year = 2021 + (month - 1) // 12
        month = 1 + (month - 1) % 12
        log(stations[code], 2, date=dt.date(year, month, 10), unit_code=code,
            title=f"Tin xã {code} tháng {month}/{year}")
        files.append(places.export(stations[code], f"{year}-{month:02d}",
                                   f"thu-den/{code}-{year}-{month:02d}.xlsx"))
    return files


def keys(text: str) -> None:
    """Type like a person: the event loop turns between two keys (QTest alone would send a
    whole record without letting a timer fire, which the watchdog would call a freeze)."""
    for char in text:
        type_text(char)
        QApplication.processEvents()


def key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    press(key, modifiers)
    QApplication.processEvents()


def type_record(window, number: int) -> float:  # type: ignore[no-untyped-def]
    """One airing, typed as an operator does: a NEW record (Ctrl+N), then date, time, topic by
    keyboard, the title, and Ctrl+S. Returns how long the save took (seconds)."""
    form = window.log_page.form
    key(Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is form.date_edit
    day = dt.date(2021, 6, 1) + dt.timedelta(days=number % 30)
    keys(day.strftime("%d/%m/%Y"))
    key(Qt.Key.Key_Tab)
    keys(f"{6 + number % 12:02d}{number % 60:02d}")
    key(Qt.Key.Key_Tab)
    keys("ocop")
    form.title_edit.setFocus(Qt.FocusReason.MouseFocusReason)
    keys(f"Bản tin số {number}")
    started = time.monotonic()
    key(Qt.Key.Key_S, CTRL)
    return time.monotonic() - started


def visible_progress_dialogs() -> int:
    return sum(1 for w in QApplication.topLevelWidgets()
               if isinstance(w, QProgressDialog) and shiboken6.isValid(w) and w.isVisible())


def test_soak_the_real_window(places: Installations, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                              message_boxes: MessageBoxes) -> None:
    from ocop_desktop.ui.main_window import MainWindow

    size = soak_size()
    started = time.monotonic()
    reports = commune_reports(places, size.imports)
    office = places.make(OFFICE)
    operations.save_topic(office, topic=Topic("OCOP", "Chương trình OCOP 2021–2025"))
    db = places.folder / f"{OFFICE}.sqlite"
    ctx = AppContext(office, db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.log_page.form
    saved: list[str] = []
    form.saved.connect(saved.append)
    export_folder = tmp_path / "exports"
    export_folder.mkdir()
    exported: list[Path] = []
    imported = 0
    dialogs_seen = 0
    save_times: list[float] = []
    export_every = max(1, size.records // size.exports)
    import_every = max(1, size.records // size.imports)

    def export(number: int) -> None:
        nonlocal dialogs_seen
        page = window.show_page("reports")
        settle(qtbot)  # the summary of the period, computed in a worker
        page.period_chooser.set_period(parse_period("2021-06"))
        out = export_folder / f"bao-cao-{number:03d}.xlsx"
        page.ask_output_path = lambda: out  # the file dialog, answered
        page.export_button.click()
        deadline = time.monotonic() + 60
        while not out.exists() or "Đã xuất" not in page.result_label.text():
            dialogs_seen = max(dialogs_seen, visible_progress_dialogs())
            assert time.monotonic() < deadline, page.result_label.text()
            qtbot.wait(20)
        settle(qtbot)
        exported.append(out)

    def import_report(path: Path) -> None:
        nonlocal imported
        _drop(window, [path])  # dropped on the window: the import page checks it
        settle(qtbot)
        page = window.page("imports")
        assert window.current_page_key() == "imports"
        assert page.pending(), page.summary_label.text()
        page.import_button.click()
        settle(qtbot, timeout=60_000)
        entry = page.model.entries[-1]
        assert entry.error == "" and entry.result is not None, page.details.toPlainText()
        imported += 1
        page.clear()

    def back_to_the_log() -> None:
        window.show_page("log")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

    with Watchdog(limit=5.0) as watchdog, SecondProcess(db) as second:
        for number in range(size.records):
            save_times.append(type_record(window, number))
            assert form.problems_shown() == {}, (number, form.problems_shown())
            assert len(saved) == number + 1, f"record {number} was not saved"
            if number % export_every == export_every - 1 and len(exported) < size.exports:
                export(len(exported))
                back_to_the_log()
            if number % import_every == import_every // 2 and imported < size.imports:
                import_report(reports[imported])
                back_to_the_log()
            if number % 25 == 0:
                qtbot.wait(10)  # the user pauses; the outbox timer, the CLI's changes
        while len(exported) < size.exports:
            export(len(exported))
        while imported < size.imports:
            import_report(reports[imported])
        # Let the command line finish a few more while the window idles.
        target = len(second.acknowledged) + 2
        qtbot.waitUntil(lambda: len(second.acknowledged) >= target or bool(second.failures),
                        timeout=60_000)
    watchdog.check()
    assert not second.failures, second.failures
    assert second.acknowledged and second.backups >= 1

    settle(qtbot)
    window.close()
    ctx.deleteLater()
    qtbot.wait(50)
    office.db.close()

    # Every acknowledged line is in the file, read by a fresh connection after all is closed.
    check = sqlite3.connect(db)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        uuids = {row[0] for row in check.execute("SELECT uuid FROM records WHERE deleted = 0")}
        titles = {row[0] for row in check.execute("SELECT title FROM records WHERE deleted = 0")}
        from_communes = check.execute("SELECT count(*) FROM records WHERE deleted = 0 "
                                      "AND title LIKE 'Tin xã %'").fetchone()[0]
    finally:
        check.close()
    assert set(saved) <= uuids, f"{len(set(saved) - uuids)} records typed in the window lost"
    assert len(set(saved)) == size.records
    assert {f"Bản tin số {n}" for n in range(size.records)} <= titles
    assert set(second.acknowledged) <= uuids, (
        f"{len(set(second.acknowledged) - uuids)} records added by the command line lost")
    assert len(exported) == size.exports and all(p.stat().st_size > 0 for p in exported)
    assert imported == size.imports
    # The communes' reports came in: 2 records each.
    assert from_communes == 2 * size.imports
    elapsed = time.monotonic() - started
    sys.stderr.write(
        f"\nsoak: {size.records} records typed, {len(second.acknowledged)} by the command line, "
        f"{second.backups} backups, {size.exports} exports, {size.imports} imports "
        f"(progress dialogs on screen at once: {dialogs_seen}), "
        f"longest GUI gap {watchdog.longest_gap:.2f} s, longest save {max(save_times):.2f} s, "
        f"{elapsed:.0f} s, Python "
        f"{sys.version.split()[0]}\n")
