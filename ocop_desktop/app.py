"""The composition root: starts the GUI in named steps (qutebrowser's ``app.py`` pattern).

As the composition root it is the one GUI-side module that may know how the data file is
opened and closed (the handle's ``db``: read-only media, closing at exit); it still reads
and opens connections through ``ocop_desktop.operations.queries`` like every page.

``run_gui(db_path)`` is what ``ocop-desktop`` runs when no command is given. In order:

1. ``create_application`` — the QApplication, its organisation and application names, the
   Vietnamese locale for numbers and dates, the Fusion style in its light palette, the window
   icon (if the package ships one); Python's garbage collection moves to the GUI thread
   (``ui.collector``).
2. ``install_translators(app, language)`` — Qt's own strings (``qtbase_<language>``, used
   by standard buttons and dialogs) when Qt ships them, then the app's
   ``translations/ocop_desktop_<language>.qm``. The source texts are Vietnamese, so
   Vietnamese needs no app file; other languages come with their ``.qm`` files.
3. ``acquire_lock(db_path)`` — a ``QLockFile`` beside the data file. A second window on
   the same file would not corrupt it (SQLite locks), but two people editing the same log
   in two windows would overwrite each other's view of it; the second start says so in
   Vietnamese and exits. A lock left by a crash is detected (its process is gone) and taken.
4. ``open_repository(db_path)`` — open and migrate the data file; a file made by a newer
   version, a damaged file or an unreadable one gives a clear message and exit code 1.
5. ``first_run(ctx)`` — the setup wizard (``ui.setup_wizard.SetupWizard``) while the
   installation does not know who it is. Cancelling it leaves the file as it was and exits.
6. ``MainWindow(ctx)`` — its frame (menus, navigation, status bar) built and shown.
7. After the frame's first paint (``ui.first_paint.after_first_paint``), in this order: the
   window's page, the log, which reads only its count and first page, never the whole log;
   the log file (``applog.open_log_file``); the record being typed before a crash, offered
   back; the day's first backup (``start_daily_backup``), in a worker thread with its own
   connection, so a large file does not delay the window, after it has swept what a killed
   export or restore left behind (``sweep_leftovers``). What each step costs:
   docs/performance.md.
8. The event loop; then ``shut_down``: the window has saved its layout, the exit backup is
   taken (the window is already closed, so nobody waits on it), the data file is closed and
   the lock released.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from enum import IntEnum
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QSize,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from ocop_desktop import __version__, applog, paths
from ocop_desktop.operations import queries
from ocop_desktop.operations.queries import Repository, StorageError, StorageProblem
from ocop_desktop.ui import tasks
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.first_paint import after_first_paint
from ocop_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ICON_NAMES = ("ocop-desktop.svg", "ocop-desktop.png", "ocop-desktop.ico")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Release check (installer/release_check.py): when set to a number of milliseconds, the GUI
# opens the main window as usual and closes it after that time, exercising start-up and
# shut-down of a built bundle without a person. Not for users; harmless if set by mistake.
SMOKE_EXIT_ENV = "OCOP_SMOKE_EXIT_MS"
SMOKE_SCREENSHOT_ENV = "OCOP_SMOKE_SCREENSHOT"


class ExitCode(IntEnum):
    OK = 0
    STORAGE = 1  # the data file cannot be used
    LOCKED = 2  # another window has the data file open


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


# -- 1. the application --------------------------------------------------------------------

def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    from ocop_desktop.ui.collector import collect_in_gui_thread

    collect_in_gui_thread(app)  # no garbage collection in worker threads (issue 10)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    apply_style(app)
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)  # every window and dialog inherits it
    return app


def window_icon() -> QIcon | None:
    """The app's icon from ``ocop_desktop/resources`` if the package ships one.

    Every rendered size (``ocop-desktop-<n>.png``, made by ``installer/make_icons.py``) goes
    into one QIcon so Qt picks the sharp one for title bars (16), task bars (32/48) and
    Alt+Tab; the 16/24 px images are drawn on the pixel grid, which scaling the SVG is not.
    Without them, the first of ``ICON_NAMES`` that exists.
    """
    folder = resources.files("ocop_desktop") / "resources"
    icon = QIcon()
    for size in ICON_SIZES:
        candidate = folder / f"ocop-desktop-{size}.png"
        if candidate.is_file():
            icon.addFile(str(candidate), QSize(size, size))
    if not icon.isNull():
        return icon
    for name in ICON_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return QIcon(str(candidate))
    return None


def apply_style(app: QApplication) -> None:
    """The same look on every PC: Fusion in its light palette.

    Office PCs run anything from Windows 7 to 11, some in dark mode; the native styles
    differ between them and Qt's dark palette would turn the pages' hint colours and the
    report previews unreadable. Fusion with the light palette looks the same everywhere
    (and in the screenshots of the user guide).
    """
    app.setStyle("Fusion")
    hints = app.styleHints()
    # Only a dark system needs asking for the light scheme (Qt ≥ 6.8). On a light one it
    # would change nothing, and it would build the ``Qt`` namespace's enums before the first
    # paint (DESIGN.md §7: about a fifth of a bare window's start).
    if hasattr(hints, "setColorScheme") and is_dark(app.palette()):
        from PySide6.QtCore import Qt

        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    """Whether the palette's windows are dark (a system in dark mode)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# -- 2. translations -----------------------------------------------------------------------

def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and the app's translations for ``language``; returns those loaded.

    HOOK for the translations engineer: the app's files are
    ``ocop_desktop/translations/ocop_desktop_<language>.qm`` (built by pyside6-lrelease
    from the ``.ts`` files); nothing else needs to change here to add a language.
    """
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app_folder = resources.files("ocop_desktop") / "translations"
    # Qt ships no qtbase_vi: the package carries its own (buttons "OK"/"Cancel"/"Yes"/"No",
    # the wizard's "Back"/"Next", the text fields' context menu…, from
    # resources/translations/qtbase_vi.ts), used when Qt's folder has none.
    qt_translator = QTranslator(app)
    if (qt_translator.load(f"qtbase_{language}", qt_folder)
            or qt_translator.load(f"qtbase_{language}", str(app_folder))):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    app_file = app_folder / f"ocop_desktop_{language}.qm"
    if app_file.is_file():
        app_translator = QTranslator(app)
        if app_translator.load(str(app_file)):
            app.installTranslator(app_translator)
            installed.append(app_translator)
    return installed


# -- 3. one window per data file ---------------------------------------------------------------

def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire_lock(db_path: Path, parent: QWidget | None = None) -> QLockFile | None:
    """Lock the data file for this window; ``None`` (after telling the user) if taken."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _storage_problem(parent, StorageError(StorageProblem.UNREADABLE, db_path, str(exc)))
        return None
    lock = QLockFile(str(lock_path(db_path)))
    # The lock is held as long as the window is open; it is never stale by age (Qt's default
    # of 30 s would let a second window in). A crashed window's lock is stale because its
    # process is gone, which QLockFile checks by itself.
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError and db_path.is_file() and \
            not os.access(db_path.parent, os.W_OK):
        # Read-only media: no lock file can be made, and nobody can write the file either;
        # it opens for reading (the window says it cannot save).
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        _storage_problem(parent, StorageError(StorageProblem.LOCKED, db_path))
    else:
        _storage_problem(parent, StorageError(
            StorageProblem.UNREADABLE, db_path,
            _tr("không tạo được tệp khoá {path}").format(path=lock_path(db_path))))
    return None


def _critical(parent: QWidget | None, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # when shown, not at every start (start-up time)

    QMessageBox.critical(parent, paths.APP_NAME, text)


def _storage_problem(parent: QWidget | None, exc: StorageError, *, warn: bool = False) -> None:
    """Tell the user, in one message box, why the data file cannot be used."""
    # The texts are imported when one is shown, not on the way to the first paint.
    from ocop_desktop.texts.problem_texts import storage_error_text

    (_warn if warn else _critical)(parent, storage_error_text(exc))


def _warn(parent: QWidget | None, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, paths.APP_NAME, text)


# -- 4. the data file ----------------------------------------------------------------------------

def open_repository(db_path: Path, parent: QWidget | None = None) -> Repository | None:
    """Open and migrate; on a ``StorageError`` tell the user why and return ``None``."""
    try:
        return queries.open_session(db_path)
    except StorageError as exc:
        _storage_problem(parent, exc)
        return None


# -- 5. first run -------------------------------------------------------------------------------

def first_run(ctx: AppContext) -> bool:
    """Run the setup wizard while the installation is unknown; ``False`` if cancelled."""
    if queries.installation(ctx.repo) is not None:
        return True
    try:
        from ocop_desktop.ui.setup_wizard import SetupWizard
    except ModuleNotFoundError as exc:
        if exc.name != "ocop_desktop.ui.setup_wizard":
            raise
        return True  # the log page says how to declare the unit
    wizard = SetupWizard(ctx)
    return wizard.exec() == QDialog.DialogCode.Accepted


# -- 7. backups ----------------------------------------------------------------------------------

def start_daily_backup(db_path: Path, runner: TaskRunner,
                       on_error: Callable[[Exception], None] | None = None) -> None:
    """The day's first backup, off the GUI thread (its own connection, DESIGN.md §8). First,
    what a killed export, backup or restore left behind is swept: its folder scans (a report
    folder may be on a slow USB drive) stay off the GUI thread too."""
    from ocop_desktop.operations.maintenance import auto_backup, sweep_leftovers

    def work(_progress: object) -> Path | None:
        with queries.worker_session(db_path) as repo:
            sweep_leftovers(repo, db_path)
            return auto_backup(repo, db_path, reason="daily")

    def failed(exc: Exception) -> None:
        log.warning("daily backup failed: %s", exc)
        if on_error is not None:
            on_error(exc)

    runner.run(work, title=_tr("Sao lưu hằng ngày"), on_done=lambda _path: None,
               on_error=failed, show_dialog=False)


def exit_backup(repo: Repository, db_path: Path) -> Path | None:
    """The backup taken at every exit; a failure is logged (the window is gone by then)."""
    from ocop_desktop.operations.maintenance import auto_backup

    try:
        return auto_backup(repo, db_path, reason="exit")
    except (StorageError, OSError) as exc:
        log.warning("exit backup failed: %s", exc)
        return None


# -- the whole start-up ------------------------------------------------------------------------

def _event_loop(app: QApplication) -> int:
    """The Qt event loop (tests replace this to drive the window and return)."""
    return app.exec()


def start_gui(db_path: Path) -> int:
    """What ``ocop-desktop`` without a command runs: ``run_gui`` with the crash handler
    (uncaught errors logged and shown in one dialog, Qt's messages to the log)."""
    from ocop_desktop.ui import crash_handler

    crash_handler.install()
    return run_gui(db_path)


def run_gui(db_path: Path) -> int:
    """Start the GUI on ``db_path``; returns the process exit code."""
    from ocop_desktop.ui.preferences import Preferences

    app = create_application()
    translators = install_translators(app, Preferences().language)
    try:
        return _run(app, db_path)
    finally:
        # Symmetric with the start, so a caller that keeps the QApplication (tests, the
        # release check) gets it back as it was.
        for translator in translators:
            app.removeTranslator(translator)


def _run(app: QApplication, db_path: Path) -> int:
    """Steps 3 to 8 of the start-up (see the module's docstring)."""
    from ocop_desktop.ui.main_window import MainWindow
    lock = acquire_lock(db_path)
    if lock is None:
        return ExitCode.LOCKED
    repo: Repository | None = None
    try:
        repo = open_repository(db_path)
        if repo is None:
            return ExitCode.STORAGE
        read_only = getattr(repo.db, "read_only", False)
        if read_only:
            # Read-only media: the log and reports to another folder work; saving does not.
            _storage_problem(None, StorageError(StorageProblem.READ_ONLY, db_path), warn=True)
        ctx = AppContext(repo, db_path)
        if not first_run(ctx):
            return ExitCode.OK
        window = MainWindow(ctx)
        # After the first paint, in this order: the window's page (the window asks for it
        # when it shows); the log file; the record being typed before a crash or a power
        # cut, offered back; the day's first backup, after sweeping what a killed export or
        # restore left behind (in a worker thread).
        window.show()
        after_first_paint(window, applog.open_log_file)
        after_first_paint(window, window.offer_draft)
        if not read_only:
            after_first_paint(window, lambda: start_daily_backup(
                db_path, TaskRunner(window), on_error=lambda exc: _backup_failed(window, exc)))
        _schedule_smoke_exit(window)
        code = _event_loop(app)
        # Running work (an export, the daily backup) stops before the data file closes.
        tasks.shutdown()
        window.hide()
        if not read_only:
            exit_backup(repo, db_path)
        # The window and the services parented to the context (timers, workers) go before
        # the data file closes, so nothing runs against a closed connection.
        window.deleteLater()
        ctx.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code
    finally:
        if repo is not None:
            queries.close_session(repo)
        lock.unlock()


def _schedule_smoke_exit(window: QWidget) -> None:
    """Close the window after ``OCOP_SMOKE_EXIT_MS`` ms, if set (see ``SMOKE_EXIT_ENV``).

    With ``OCOP_SMOKE_SCREENSHOT=<file.png>`` too, the window is grabbed into that file just
    before it closes, and its menu titles written to ``<file.png>.txt``: the release check's
    proof that the window was really built and shown, in the language asked for.
    """
    raw = os.environ.get(SMOKE_EXIT_ENV, "").strip()
    if not (raw.isascii() and raw.isdigit()):
        return
    log.info("%s=%s: closing the main window by itself", SMOKE_EXIT_ENV, raw)
    screenshot = os.environ.get(SMOKE_SCREENSHOT_ENV, "").strip()

    def close() -> None:
        if screenshot:
            window.grab().save(screenshot)
            # The menu titles beside it, so the check can tell which language was shown.
            bar = window.menuBar() if isinstance(window, QMainWindow) else None
            titles = [a.text() for a in bar.actions()] if bar is not None else []
            Path(screenshot + ".txt").write_text("\n".join(titles) + "\n", encoding="utf-8")
        window.close()

    QTimer.singleShot(int(raw), window, close)


def _backup_failed(window: QMainWindow, exc: Exception) -> None:
    if isinstance(exc, StorageError):
        from ocop_desktop.texts.problem_texts import backup_error_text

        text = backup_error_text(exc)
    else:
        text = _tr("Không sao lưu được dữ liệu hôm nay: {detail}").format(detail=exc)
    window.statusBar().showMessage(text, 30_000)
