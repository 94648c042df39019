"""Screenshots of the main pages in Vietnamese and English, for README.md and the user guide.

    python installer/screenshots.py            # → docs/images/{vi,en}-<page>.png

Builds a commune station's demo data file (``ocop-desktop demo --records 3000``), exports
monthly reports and queues one in the outbox (so the register and the outbox are not empty),
and a district office's file that imported two of those reports. Then — once per language,
each in its own process because translators are chosen at start-up — opens the main window
offscreen at 1366×768 (the commonest office screen), shows every page of the navigation with
its clock stood on today (the demo data covers the 13 months up to today), and grabs it:
the station's pages, and the office's "Nhập báo cáo" (with two more files dropped in) and
"Tình hình báo cáo".
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
DEMO_DAY = dt.datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)


def _months_back(count: int) -> str:
    """"YYYY-MM" of the month ``count`` months before this one."""
    index = DEMO_DAY.year * 12 + DEMO_DAY.month - 1 - count
    return f"{index // 12}-{index % 12 + 1:02d}"
LANGUAGES = ("vi", "en")


OFFICE_PAGES = ("imports", "completeness")


def prepare(work: Path, env: dict[str, str]) -> tuple[Path, Path, list[Path]]:
    """The station's and the office's data files, and the files to drop on the import page."""
    station, office = work / "xa-hoang-dong.sqlite", work / "phong-vhtt.sqlite"

    def cli(db: Path, *args: str) -> None:
        subprocess.run([sys.executable, "-m", "ocop_desktop", "--db", str(db), *args],
                       env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    cli(station, "demo", "--records", "3000")
    reports = {}
    today = DEMO_DAY.date()
    for back, key in ((2, "10"), (1, "11"), (0, "12")):  # keys: the three months, in order
        period = _months_back(back)
        issued = today
        reports[key] = work / f"bao-cao-{period}.xlsx"
        cli(station, "report", "--period", period, "--out", str(reports[key]),
            "--date", issued.isoformat())
    cli(station, "outbox", "add", str(reports["11"]), "--to", "phongvhtt@langson.gov.vn")
    cli(office, "demo", "--records", "0")  # the catalogue, directives and topics
    cli(office, "init", "--unit", "178", "--role", "office",
        "--issuing-body", "PHÒNG VĂN HÓA VÀ THÔNG TIN",
        "--parent-body", "UBND THÀNH PHỐ LẠNG SƠN")
    cli(office, "import", str(reports["10"]), str(reports["11"]))
    return station, office, [reports["12"], reports["11"]]


def _settle(ms: int = 400) -> None:
    """Run the event loop a moment: debounced refreshes, layouts and deferred deletions
    (processEvents alone leaves removed chart axes painted)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(db: Path, language: str, out: Path, pages: list[str] | None,
         drop: list[Path]) -> list[Path]:
    """In this process: open the window in ``language`` and save one PNG per page."""
    from PySide6.QtWidgets import QApplication

    from ocop_desktop import app as app_module
    from ocop_desktop.domain.periods import parse_period
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
    for key in pages or window.page_keys():
        page = window.page(key)
        if hasattr(page, "clock"):
            page.clock = lambda: DEMO_DAY
        if hasattr(page, "this_week"):
            page.this_week()
        chooser = getattr(page, "period_chooser", None)
        if chooser is not None:
            chooser.set_period(parse_period(_months_back(1)))
        window.show_page(key)
        if drop and hasattr(page, "add_paths"):
            page.add_paths(drop)
            _settle(1500)
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
    parser.add_argument("--pages", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--drop", nargs="*", type=Path, default=[], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.grab:
        for path in grab(Path(args.grab[0]), args.grab[1], args.out, args.pages, args.drop):
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return 0
    with tempfile.TemporaryDirectory(prefix="ocop-shots-") as temp:
        work = Path(temp)
        env = dict(os.environ, OCOP_HOME=str(work / "home"), QT_QPA_PLATFORM="offscreen")
        station, office, drop = prepare(work, env)
        for language in LANGUAGES:
            base = [sys.executable, __file__, "--out", str(args.out)]
            station_pages = [k for k in _page_keys() if k not in OFFICE_PAGES]
            subprocess.run([*base, "--grab", str(station), language, "--pages", *station_pages],
                           env=env, check=True, cwd=ROOT)
            subprocess.run([*base, "--grab", str(office), language, "--pages", *OFFICE_PAGES,
                            "--drop", *map(str, drop)], env=env, check=True, cwd=ROOT)
    return 0


def _page_keys() -> list[str]:
    """The navigation's pages, read from the code (``MainWindow._page_factories``)."""
    import re

    source = (ROOT / "ocop_desktop" / "ui" / "main_window.py").read_text(encoding="utf-8")
    body = source[source.index("def _page_factories"):source.index("def _build_navigation")]
    return re.findall(r'PageSpec\("([a-z_]+)"', body.split('"""', 2)[2])


if __name__ == "__main__":
    raise SystemExit(main())
