"""Every page and dialog of the main window on a 1366×768 screen, at 100 % and 125 %.

    python -m tests.ui.screens                    # → screens/<scale>/<role>-<screen>.png
    python -m tests.ui.screens --out /tmp/shots --scale 1.25 --role station

Builds a commune station's and a district office's demo data files (``ocop-desktop demo``,
one report exported into the register), then, once per scale in its own process (Qt reads
``QT_SCALE_FACTOR`` at start-up), opens the real main window offscreen on a 1366×768 screen
at the size a maximised window has there (the task bar and title bar take ~78 pixels),
shows every page of the navigation (and every tab of a page), then every dialog (the setup
wizard page by page, settings page by page, the catalogue's, schedule's and administration's
dialogs, Qt's own file dialog and message boxes), saves a PNG of each, and checks each with
``layout_problems``: text that does not fit its widget (Qt would elide or clip it) and
widgets outside their window. Prints the problems; exit status 1 if there are any.

``tests/ui/test_screens.py`` runs it at both scales; the check is
``tests/ui/layout_check.layout_problems``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

from tests.ui.layout_check import layout_problems, plain_text

ROOT = Path(__file__).resolve().parents[2]
# A maximised window on a 1366×768 Windows screen: the task bar (40 px at 100 %) and the
# title bar (~31 px) leave about 1366×690 physical pixels; at 125 % that is 1093×552. The
# offscreen screen is given that size, so dialogs that fit themselves to the screen
# (``widgets.open_at_size_hint``) fit what a real screen leaves them.
USABLE = (1366, 690)
SCALES = ("1", "1.25")
ROLES = ("station", "office")


# -- going through the window ------------------------------------------------------------------

def wait(ms: int) -> None:
    """Run the event loop a moment (layouts, timers, deferred deletions)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


# A window's single-shot timers this short are debounces (the report page's refresh, the
# log's search); longer ones (a draft saved after 2 s, the mail services' first run) are not
# waited for, as a person looking at the screen would not wait for them either.
DEBOUNCE_MS = 500


def _debouncing() -> bool:
    return any(timer.isActive() and timer.isSingleShot() and timer.interval() <= DEBOUNCE_MS
               for top in QApplication.topLevelWidgets() for timer in top.findChildren(QTimer))


def _starting() -> bool:
    """A shown main window that has not yet finished its start (its page and status bar
    are set after its first paint: ``ui/first_paint.py``)."""
    from ocop_desktop.ui.main_window import MainWindow

    return any(isinstance(top, MainWindow) and top.isVisible() and not top.started
               for top in QApplication.topLevelWidgets())


def settle(timeout: float = 30) -> None:
    """Run the event loop until the windows are at rest: every shown main window has
    finished its start, every background task has ended and its outcome reached the window,
    no debounce timer is left to fire, and two turns of the loop in a row found nothing more
    to do (layouts, deferred deletions)."""
    from ocop_desktop.ui import tasks

    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 2:
        wait(10)
        busy = _starting() or tasks.pending() or _debouncing()
        quiet = 0 if busy else quiet + 1
        if time.monotonic() > deadline:
            raise RuntimeError(f"not at rest after {timeout:g} s: start finished "
                               f"{not _starting()}, {tasks.pending()} background tasks, "
                               f"debounce timers {_debouncing()}")


def _file_name(text: str) -> str:
    folded = re.sub(r"[^a-z0-9]+", "-", text.lower().translate(_ASCII)).strip("-")
    return folded[:60] or "screen"


_ASCII = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
    "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")


class Survey:
    """Shows screens one by one, saves a PNG of each and collects their problems."""

    def __init__(self, out: Path | None, prefix: str, limit: tuple[int, int]) -> None:
        self.out, self.prefix, self.limit = out, prefix, limit
        self.problems: dict[str, list[str]] = {}
        self.shots: list[Path] = []

    def take(self, name: str, top: QWidget, *, limit: tuple[int, int] | None = None) -> None:
        settle()
        key = f"{self.prefix}-{_file_name(name)}"
        found = layout_problems(top, limit or self.limit)
        if found:
            self.problems[key] = sorted(set(found))
        if self.out is not None:
            path = self.out / f"{key}.png"
            top.grab().save(str(path))
            self.shots.append(path)

    def take_variants(self, name: str, top: QWidget, skip: QWidget | None = None) -> None:
        """The window, then each other tab or stacked page inside it (settings' pages…)."""
        self.take(name, top)
        for container in top.findChildren(QTabWidget) + top.findChildren(QStackedWidget):
            if container is skip or not container.isVisible() or container.count() < 2 or (
                    isinstance(container.parentWidget(), QTabWidget)):
                continue
            start = container.currentIndex()
            for index in range(container.count()):
                if index == start:
                    continue
                container.setCurrentIndex(index)
                label = (container.tabText(index) if isinstance(container, QTabWidget)
                         else str(index))
                self.take(f"{name} {plain_text(label)}", top)
            container.setCurrentIndex(start)

    def dialog(self, name: str, opener: Callable[[], object]) -> None:
        """Open a dialog (by ``opener``, which may run it modally with ``exec``), survey it
        and every tab or page inside it, then close it."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        done: list[QWidget] = []

        def new_windows() -> list[QWidget]:
            return [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w not in before and not isinstance(w, QMenu)
                    and w not in done]

        def handle() -> None:
            windows = new_windows()
            if not windows:
                QTimer.singleShot(10, handle) if not finished else None
                return
            window = windows[0]
            done.append(window)
            if isinstance(window, QWizard):
                self.wizard(name, window)
            else:
                self.take_variants(name, window)
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()

        finished = False
        QTimer.singleShot(0, handle)
        opener()
        settle()
        finished = True
        if not done:
            handle()

    def wizard(self, name: str, wizard: QWizard) -> None:
        seen = set()
        while wizard.currentId() not in seen:
            seen.add(wizard.currentId())
            self.take(f"{name} {len(seen)}", wizard)
            wizard.next()
            settle()


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def survey_window(db: Path, role: str, out: Path | None, scale: float) -> dict[str, list[str]]:
    """In this process: open the main window on ``db`` and survey every page and dialog."""
    from ocop_desktop.app import create_application, install_translators
    from ocop_desktop.operations import queries
    from ocop_desktop.ui.context import AppContext
    from ocop_desktop.ui.main_window import MainWindow

    application = create_application([sys.argv[0]])
    install_translators(application, "vi")
    limit = (round(USABLE[0] / scale), round(USABLE[1] / scale))
    repo = queries.open_session(db)
    ctx = AppContext(repo, db)
    window = MainWindow(ctx)
    window.resize(*limit)
    window.show()
    settle()  # its start finished, as a person sees it before touching it
    survey = Survey(out, role, limit)
    for key in window.visible_page_keys():
        page = window.show_page(key)
        title = window.navigation.item(window.page_keys().index(key)).text()
        survey.take_variants(title, window, skip=window.stack)
        needed = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = (window.stack.width() - max(0, window.width() - limit[0]),
                window.stack.height() - max(0, window.height() - limit[1]))
        if needed.width() > room[0] or needed.height() > room[1]:
            survey.problems.setdefault(f"{role}-{_file_name(title)}", []).append(
                f"the page needs at least {needed.width()}×{needed.height()}, the window "
                f"leaves it {room[0]}×{room[1]}")
    _log_states(window, survey)
    for name, opener in _dialogs(window, ctx, role):
        try:
            survey.dialog(name, opener)
        except Exception as exc:  # one dialog that cannot open must not hide the others
            survey.problems.setdefault(f"{role}-{_file_name(name)}", []).append(
                f"could not open: {type(exc).__name__}: {exc}")
    window.close()
    settle()
    queries.close_session(repo)
    return survey.problems


def _log_states(window, survey: Survey) -> None:  # type: ignore[no-untyped-def]
    """The log page while editing a stored record, and after a refused save (a date that
    does not exist: the red lines under the fields)."""
    log = window.show_page("log")
    log.table.setFocus()
    log.table.selectRow(0)
    log.edit_selected()
    survey.take("Sổ ghi đang sửa", window)
    log.form.new_record(confirm=False)
    log.form.date_edit.setText("31/11/2026")
    log.form.title_edit.clear()
    log.form.save()
    survey.take("Sổ ghi lỗi", window)
    log.form.new_record(confirm=False)


def _dialogs(window, ctx, role: str) -> list[tuple[str, Callable[[], object]]]:  # type: ignore[no-untyped-def]
    """Every dialog a user can open, each opened as the window opens it."""
    from ocop_desktop.operations import queries
    from ocop_desktop.ui import file_dialogs
    from ocop_desktop.ui.administration_pages import ClusterDialog, RelationDialog
    from ocop_desktop.ui.backup_actions import RestoreDialog
    from ocop_desktop.ui.catalogue.dialogs import DirectiveDialog, TopicDialog
    from ocop_desktop.ui.catalogue.unit_import import UnitImportDialog
    from ocop_desktop.ui.keys_page import TrustKeyDialog
    from ocop_desktop.ui.setup_wizard import SetupWizard

    installation = queries.installation(ctx.repo)
    assert installation is not None
    directive = next(iter(queries.directives(ctx.repo)), None)
    topic = next(iter(queries.topics(ctx.repo)), None)
    units_file = Path(ctx.db_path).with_name("danh-muc-2025.csv")
    def first_run() -> QDialog:
        """The wizard as a new install shows it: over an empty data file."""
        from ocop_desktop.ui.context import AppContext

        path = Path(ctx.db_path).with_name("moi.sqlite")
        fresh = AppContext(queries.open_session(path), path, window)
        return _open(SetupWizard(fresh, window))

    dialogs: list[tuple[str, Callable[[], object]]] = [
        ("Thiết lập", lambda: _open(SetupWizard(ctx, window))),
        ("Thiết lập lần đầu", first_run),
        ("Cài đặt", window.open_settings),
        ("Giới thiệu", window.show_about),
        ("Xóa dữ liệu mẫu", window.remove_demo),
        ("Khôi phục", lambda: _open(RestoreDialog(ctx.db_path, window))),
        ("Văn bản mới", lambda: _open(DirectiveDialog(ctx, parent=window))),
        ("Sửa văn bản", lambda: _open(DirectiveDialog(ctx, directive, parent=window))),
        ("Chủ đề mới", lambda: _open(TopicDialog(ctx, parent=window))),
        ("Sửa chủ đề", lambda: _open(TopicDialog(ctx, topic, parent=window))),
        ("Nhập danh mục", lambda: _open(UnitImportDialog(ctx, units_file, window))),
        ("Quan hệ báo cáo", lambda: _open(RelationDialog(ctx, parent=window))),
        ("Đối chiếu khóa", lambda: _open(TrustKeyDialog(ctx, window))),
        ("Mở tệp", lambda: file_dialogs.open_file_name(
            window, "Chọn tệp danh mục đơn vị hành chính", str(ROOT / "tests" / "data"),
            "Danh mục đơn vị (*.xlsx *.xls *.csv *.txt);;Tất cả các tệp (*)")),
        ("Lưu tệp", lambda: file_dialogs.save_file_name(
            window, "Xuất báo cáo ra Excel", str(ROOT / "tests" / "data" / "bao-cao.xlsx"),
            "Sổ tính Excel (*.xlsx)")),
        ("Chọn thư mục", lambda: file_dialogs.existing_directory(
            window, "Chọn thư mục hoặc ổ USB để lưu bản sao", str(ROOT))),
    ]
    from ocop_desktop.operations import administration
    from ocop_desktop.ui.administration_pages import ClusterStatusDialog
    from ocop_desktop.ui.help_dialog import HelpDialog

    dialogs.append(("Hướng dẫn", lambda: _open(HelpDialog(window))))
    cluster = next(iter(administration.clusters(ctx.repo)), None)
    if cluster is not None:
        dialogs.append(("Tình trạng cụm loa", lambda: _open(
            ClusterStatusDialog(ctx, cluster, parent=window))))
    if role == "station":
        schedule = window.page("schedule")
        dialogs += [
            ("Khung giờ mới", schedule.add_slot),
            ("Chỉ tiêu", schedule.edit_targets),
            ("Cụm loa mới", lambda: _open(ClusterDialog(ctx, installation.unit_code,
                                                         parent=window))),
        ]
        if schedule.todo_model.rowCount() > 0:
            def first_airing(action: Callable[[], object]) -> Callable[[], object]:
                def open_it() -> object:
                    window.show_page("schedule")
                    schedule.todo_view.setFocus()
                    schedule.todo_view.setCurrentIndex(schedule.todo_model.index(0, 0))
                    return action()
                return open_it
            dialogs += [("Đã phát", first_airing(schedule.mark_aired)),
                        ("Không phát", first_airing(schedule.mark_not_aired))]
        register = window.page("reports")
        report_id = _first_report_id(register)
        if report_id is not None:
            from ocop_desktop.ui.send_dialog import SendDialog

            dialogs.append(("Gửi báo cáo", lambda: _open(SendDialog(ctx, report_id, window))))
    return dialogs


def _first_report_id(page: QWidget) -> int | None:
    settle()
    model = getattr(page, "register_model", None)
    rows = getattr(model, "rows", None)
    return getattr(rows[0], "id", None) if rows else None


def guide_images(folder: Path) -> list[Path]:
    """In this process: the user guide's first-run picture (docs/bat-dau.md), the wizard's
    unit page on a new install with the unit typed in."""
    from ocop_desktop.app import create_application, install_translators
    from ocop_desktop.operations import queries
    from ocop_desktop.ui.context import AppContext
    from ocop_desktop.ui.setup_wizard import SetupWizard
    from ocop_desktop.ui.widgets import open_at_size_hint

    application = create_application([sys.argv[0]])
    install_translators(application, "vi")
    path = Path(tempfile.mkdtemp(prefix="ocop-guide-")) / "moi.sqlite"
    ctx = AppContext(queries.open_session(path), path)
    wizard = SetupWizard(ctx)
    open_at_size_hint(wizard)
    wizard.show()
    settle()
    wizard.next()
    chooser = wizard.unit_page.chooser
    chooser.type_radio.setChecked(True)
    chooser.code_edit.setText("05986")
    chooser.name_edit.setText("Xã Hoàng Đồng")
    settle()
    target = folder / "bat-dau-2-don-vi.png"
    wizard.grab().save(str(target))
    wizard.close()
    queries.close_session(ctx.repo)
    return [target]


# -- the data and the processes ----------------------------------------------------------------

def prepare(work: Path, env: dict[str, str]) -> dict[str, Path]:
    """A commune station's and a district office's demo data files (the two made at once)."""
    files = {"station": work / "xa-hoang-dong.sqlite", "office": work / "phong-vhtt.sqlite"}

    def cli(db: Path, *args: str) -> None:
        subprocess.run([sys.executable, "-m", "ocop_desktop", "--db", str(db), *args],
                       env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    def station(db: Path) -> None:
        cli(db, "demo", "--records", "600")
        today = dt.date.today()
        last_month = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        cli(db, "report", "--period", last_month, "--out",
            str(work / f"bao-cao-{last_month}.xlsx"))
        # A broadcast plan from four weeks back, and targets (the schedule page, its airing
        # dialogs and the dashboard's plan card and targets are not empty).
        start = (today - dt.timedelta(days=28)).isoformat()
        for days, at, minutes, topic, title in (
                ("mon,wed,fri", "06:30", 15, "OCOP", "Bản tin sáng: Chương trình OCOP của xã"),
                ("tue,thu,sat", "17:00", 20, "NTM", "Chuyên mục Nông thôn mới"),
                ("sun", "18:30", 30, "ATGT", "Tiếp sóng: An toàn giao thông")):
            cli(db, "schedule", "add", "--days", days, "--time", at, "--minutes",
                str(minutes), "--form", "radio", "--topic", topic, "--title", title,
                "--from", start)
        for topic, measure, per, least in (("OCOP", "airings", "week", "3"),
                                           ("NTM", "minutes", "month", "120")):
            cli(db, "schedule", "target", "set", "--topic", topic, "--measure",
                measure, "--per", per, "--at-least", least)

    def office(db: Path) -> None:
        cli(db, "demo", "--records", "0")
        cli(db, "init", "--unit", "178", "--role", "office",
            "--issuing-body", "PHÒNG VĂN HÓA VÀ THÔNG TIN",
            "--parent-body", "UBND THÀNH PHỐ LẠNG SƠN")
        cli(db, "demo", "--records", "600")

    for db in files.values():  # a statistics office's list, for the unit import dialog
        db.with_name("danh-muc-2025.csv").write_text(
            "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp\n"
            "Tỉnh Lạng Sơn,20,Phường Tam Thanh,05977,Phường\n"
            "Tỉnh Lạng Sơn,20,Phường Lương Văn Tri,05974,Phường\n"
            "Tỉnh Lạng Sơn,20,Xã Hoàng Văn Thụ,06001,Xã\n", encoding="utf-8")
    with ThreadPoolExecutor(2) as pool:  # each waits for its own processes
        for done in [pool.submit(station, files["station"]), pool.submit(office, files["office"])]:
            done.result()
    return files


def screen_environment(work: Path, scale: str, role: str = "") -> dict[str, str]:
    """The environment of a process that sees one 1366×768 screen at ``scale``, with its own
    settings folder (a window saves its layout there when it closes)."""
    config = work / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "1366x768", "x": 0, "y": 0, "width": USABLE[0], "height": USABLE[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, OCOP_HOME=str(work / f"home-{role}-{scale}"))
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env.pop("QT_ENABLE_HIGHDPI_SCALING", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run(out: Path | None, scales: tuple[str, ...] = SCALES,
        roles: tuple[str, ...] = ROLES) -> dict[str, list[str]]:
    """Survey both roles at every scale, each in its own process on its own copy of the data
    file, as many at once as there are processors; the problems by screen."""
    problems: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="ocop-screens-") as temp:
        work = Path(temp)
        files = prepare(work, screen_environment(work, "1"))
        jobs: list[tuple[str, str, list[str]]] = []
        for scale in scales:
            folder = None
            if out is not None:
                folder = out / f"{round(float(scale) * 100)}"
                folder.mkdir(parents=True, exist_ok=True)
            for role in roles:
                # Its own folder: the first-run wizard makes a new file beside the data file.
                own = work / f"{role}-{scale}" / files[role].name
                own.parent.mkdir()
                shutil.copyfile(files[role], own)
                units = files[role].with_name("danh-muc-2025.csv")
                shutil.copyfile(units, own.with_name(units.name))
                jobs.append((scale, role, [
                    sys.executable, "-m", "tests.ui.screens", "--survey", str(own), role, scale,
                    *(["--out", str(folder)] if folder else [])]))
        running: list[tuple[str, str, subprocess.Popen[str]]] = []
        while jobs or running:
            while jobs and len(running) < (os.cpu_count() or 1):
                scale, role, command = jobs.pop(0)
                running.append((scale, role, subprocess.Popen(
                    command, env=screen_environment(work, scale, role), cwd=ROOT,
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
            scale, role, process = running.pop(0)
            stdout, stderr = process.communicate()
            if process.returncode != 0:
                problems[f"{scale} {role}"] = [stderr[-4000:]]
                continue
            for screen, lines in json.loads(stdout.splitlines()[-1]).items():
                problems[f"{round(float(scale) * 100)} % {screen}"] = lines
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the PNGs (default: screens/ in the project)")
    parser.add_argument("--scale", nargs="*", default=list(SCALES))
    parser.add_argument("--role", nargs="*", default=list(ROLES), choices=ROLES)
    parser.add_argument("--no-images", action="store_true")
    parser.add_argument("--guide", action="store_true",
                        help="write the user guide's first-run picture into docs/images")
    parser.add_argument("--survey", nargs=3, metavar=("DB", "ROLE", "SCALE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.guide:
        if os.environ.get("QT_SCALE_FACTOR") is None:  # a 1366×768 screen at 100 %
            with tempfile.TemporaryDirectory(prefix="ocop-screens-") as temp:
                return subprocess.run([sys.executable, "-m", "tests.ui.screens", "--guide"],
                                      env=screen_environment(Path(temp), "1", "guide"),
                                      cwd=ROOT, check=False).returncode
        for path in guide_images(ROOT / "docs" / "images"):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if args.survey:
        db, role, scale = args.survey
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
        found = survey_window(Path(db), role, args.out, float(scale))
        print(json.dumps(found, ensure_ascii=False))
        return 0
    out = None if args.no_images else (args.out or ROOT / "screens")
    problems = run(out, tuple(args.scale), tuple(args.role))
    for screen, lines in sorted(problems.items()):
        print(screen)
        for line in lines:
            print("   ", line)
    if out is not None:
        print(f"PNGs in {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
