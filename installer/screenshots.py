"""Screenshots of the main pages in Vietnamese and English, for README.md and the user guide.

    python installer/screenshots.py            # → docs/images/{vi,en}-<page>.png

Builds a demo data file (``ocop-desktop demo --records 3000``), exports one monthly report
and queues it in the outbox (so the register and the outbox are not empty), then — once per
language, each in its own process because translators are chosen at start-up — opens the
main window offscreen at 1366×768 (the commonest office screen), shows every page of the
navigation with its clock stood on a day inside the demo data (20/12/2022), and grabs it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
SIZE = (1366, 768)
DEMO_DAY = dt.datetime(2022, 12, 20, 10, 0)
LANGUAGES = ("vi", "en")


def prepare(db: Path, work: Path, env: dict[str, str]) -> None:
    cli = [sys.executable, "-m", "ocop_desktop", "--db", str(db)]
    subprocess.run([*cli, "demo", "--records", "3000"], env=env, check=True, cwd=ROOT)
    report = work / "bao-cao-2022-11.xlsx"
    subprocess.run([*cli, "report", "--period", "2022-11", "--out", str(report),
                    "--date", "2022-12-05"], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    subprocess.run([*cli, "outbox", "add", str(report), "--to", "phongvhtt@langson.gov.vn"],
                   env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def _settle(ms: int = 400) -> None:
    """Run the event loop a moment: debounced refreshes, layouts and deferred deletions
    (processEvents alone leaves removed chart axes painted)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(db: Path, language: str, out: Path) -> list[Path]:
    """In this process: open the window in ``language`` and save one PNG per page."""
    from PySide6.QtWidgets import QApplication

    from ocop_desktop import app as app_module
    from ocop_desktop.storage.database import open_database
    from ocop_desktop.storage.repository import Repository
    from ocop_desktop.ui.context import AppContext
    from ocop_desktop.ui.main_window import MainWindow

    application = app_module.create_application([sys.argv[0]])
    app_module.install_translators(application, language)
    repo = Repository(open_database(db))
    window = MainWindow(AppContext(repo, db))
    window.resize(*SIZE)
    window.show()
    written = []
    for key in window.page_keys():
        page = window.page(key)
        if hasattr(page, "clock"):
            page.clock = lambda: DEMO_DAY
        if hasattr(page, "this_week"):
            page.this_week()
        chooser = getattr(page, "period_chooser", None)
        if chooser is not None:
            from ocop_desktop.domain.periods import parse_period

            chooser.set_period(parse_period("2022-11"))
        window.show_page(key)
        _settle()
        path = out / f"{language}-{key}.png"
        window.grab().save(str(path))
        written.append(path)
    window.close()
    repo.db.close()
    QApplication.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--grab", nargs=2, metavar=("DB", "LANGUAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.grab:
        for path in grab(Path(args.grab[0]), args.grab[1], args.out):
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return 0
    with tempfile.TemporaryDirectory(prefix="ocop-shots-") as temp:
        work = Path(temp)
        env = dict(os.environ, OCOP_HOME=str(work / "home"), QT_QPA_PLATFORM="offscreen")
        db = work / "demo.sqlite"
        prepare(db, work, env)
        for language in LANGUAGES:
            subprocess.run([sys.executable, __file__, "--out", str(args.out),
                            "--grab", str(db), language], env=env, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
