"""Release check: build the bundle and prove that it runs, as a person would use it.

    python installer/release_check.py           # full: build dist/OCOPDesktop, then check it
    python installer/release_check.py --no-build  # check the bundle already in dist/
    python installer/release_check.py --quick   # no build: the same checks against the
                                                # installed package (python -m ocop_desktop);
                                                # CI runs this one (tests/test_release_check.py)
    python installer/release_check.py --installer  # the Windows installer: compiled with
                                                # Inno Setup and run under Wine against a
                                                # stand-in bundle (installer/installer_check.py)

Checks, each against a fresh temporary home (``OCOP_HOME``) and data file, with Qt offscreen:

1. ``ocop-desktop --version`` prints ``ocop-desktop <version of the package>``;
2. ``demo --records 300`` fills a data file; ``log list --json`` reads it back; the data file
   records the version that wrote it (``settings.app_version``);
3. ``report --period 2021-06 --out …`` writes the Excel report, a real .xlsx with its data
   sheet;
4. the windowed program opens the main window on that file and closes it by itself
   (``OCOP_SMOKE_EXIT_MS``, see ``ocop_desktop/app.py``), saving a screenshot
   (``OCOP_SMOKE_SCREENSHOT``) and leaving the exit backup — in Vietnamese, then again with
   the interface language set to English;
5. (bundle only) the bundle carries the icon and the compiled translations.

Any failure prints what failed with the program's output, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402

TIMEOUT_S = 120
SMOKE_MS = 2500
DEMO_RECORDS = 300
KEEP_MARKER = ".ocop-release-check"
# The first menu of the main window in each language: proof the translation was loaded.
MENU_TITLES = {"vi": "&Tệp", "en": "&File"}


class CheckError(Exception):
    pass


@dataclass
class Programs:
    """How to run the command line and the windowed program."""

    cli: list[str]
    gui: list[str]
    bundle: Path | None = None


def run(command: list[str], env: dict[str, str], *, timeout: int = TIMEOUT_S,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(command, env=env, cwd=cwd or ROOT, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise CheckError(f"{' '.join(command)} did not finish in {timeout} s") from exc
    if result.returncode != 0:
        raise CheckError(f"{' '.join(command)} exited with {result.returncode}\n"
                          f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}")
    if "Traceback (most recent call last)" in result.stderr:
        raise CheckError(f"{' '.join(command)} printed a traceback:\n{result.stderr[-3000:]}")
    return result


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OCOP_", "QT_")) and k not in ("PYTHONPATH",)}
    env.update(OCOP_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               PYTHONUTF8="1")
    return env


# -- the checks ---------------------------------------------------------------------------------

def check_version(programs: Programs, work: Path) -> str:
    version = build.package_version()
    result = run([*programs.cli, "--version"], environment(work / "home"))
    expected = f"ocop-desktop {version}"
    if result.stdout.strip() != expected:
        raise CheckError(f"--version printed {result.stdout.strip()!r}, expected {expected!r}")
    return expected


def check_cli(programs: Programs, work: Path) -> str:
    env = environment(work / "home")
    db = work / "data.sqlite"
    run([*programs.cli, "--db", str(db), "demo", "--records", str(DEMO_RECORDS)], env)
    listed = run([*programs.cli, "--db", str(db), "log", "list", "--json"], env)
    try:
        records = json.loads(listed.stdout)
    except json.JSONDecodeError as exc:
        raise CheckError(f"log list --json is not JSON: {listed.stdout[:300]!r}") from exc
    if not records or not all("uuid" in r and "date" in r for r in records):
        raise CheckError(f"log list --json gave {len(records)} records without uuid/date")
    with closing(sqlite3.connect(db)) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = 'app_version'").fetchone()
    if row is None or row[0] != build.package_version():
        raise CheckError(f"settings.app_version is {row!r}, expected "
                          f"{build.package_version()!r}")
    return f"demo + log list: {len(records)} records listed, app_version {row[0]}"


def check_report(programs: Programs, work: Path) -> str:
    env = environment(work / "home")
    # The demo data covers the 13 months up to today: report on last month.
    last_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    out = work / f"bao-cao-{last_month}.xlsx"
    run([*programs.cli, "--db", str(work / "data.sqlite"), "report", "--period", last_month,
         "--out", str(out)], env)
    if not out.is_file():
        raise CheckError(f"report wrote no {out}")
    with zipfile.ZipFile(out) as workbook:
        sheets = [n for n in workbook.namelist() if n.startswith("xl/worksheets/sheet")]
    if len(sheets) < 2:
        raise CheckError(f"{out.name} has {len(sheets)} sheets, expected the report and data")
    return f"report {last_month}: {out.name}, {out.stat().st_size // 1024} KB, {len(sheets)} sheets"


def check_window(programs: Programs, work: Path, language: str) -> str:
    home = work / "home"
    if language != "vi":
        config = home / "config"
        config.mkdir(parents=True, exist_ok=True)
        (config / "ocop-desktop.ini").write_text(f"[ui]\nlanguage={language}\n",
                                                 encoding="utf-8")
    env = environment(home)
    shot = work / f"main-window-{language}.png"
    env.update(OCOP_SMOKE_EXIT_MS=str(SMOKE_MS), OCOP_SMOKE_SCREENSHOT=str(shot))
    db = work / "data.sqlite"
    backups = db.parent / "backups"
    started = time.time()
    run([*programs.gui, "--db", str(db)], env)
    took = time.time() - started
    if not shot.is_file() or shot.stat().st_size < 10_000:
        raise CheckError(f"the main window was not shown (no screenshot {shot})")
    width, height = _png_size(shot)
    if width < 800 or height < 500:
        raise CheckError(f"the main window is {width}×{height}, too small")
    menus = Path(str(shot) + ".txt").read_text(encoding="utf-8").splitlines()
    expected = MENU_TITLES[language]
    if not menus or menus[0] != expected:
        raise CheckError(f"the window's first menu is {menus[:1]}, expected {expected!r} "
                         f"(translations for {language!r} not loaded?)")
    fresh = [f for f in backups.glob("*") if f.stat().st_mtime >= started - 1] \
        if backups.is_dir() else []
    if not fresh:
        raise CheckError("closing the window left no backup (shut-down did not run)")
    return (f"main window ({language}: {', '.join(m.replace('&', '') for m in menus)}) "
            f"{width}×{height}, opened and closed in {took:.1f} s")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise CheckError(f"{path} is not a PNG")
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def check_bundle_files(programs: Programs, work: Path) -> str:
    assert programs.bundle is not None
    wanted = ["ocop-desktop.ico", "ocop-desktop-16.png", "ocop-desktop-256.png",
              "ocop_desktop_en.qm", "qtbase_vi.qm"]
    present = {p.name for p in programs.bundle.rglob("*")}
    missing = [name for name in wanted if name not in present]
    if missing:
        raise CheckError(f"the bundle lacks {', '.join(missing)}")
    qt_translations = [p for p in programs.bundle.rglob("qtbase_en.qm")]
    if not qt_translations:
        raise CheckError("the bundle lacks Qt's own translations (qtbase_*.qm)")
    size = build.folder_size(programs.bundle) / 2**20
    return f"bundle files: icon, translations present; {size:.0f} MiB"


# -- driver -------------------------------------------------------------------------------------

def programs_for(args: argparse.Namespace) -> Programs:
    if args.quick:
        command = [sys.executable, "-m", "ocop_desktop"]
        return Programs(cli=command, gui=command)
    bundle = build.bundle_dir(args.dist.resolve())
    return Programs(cli=[str(build.program(bundle, "ocop-desktop"))],
                    gui=[str(build.program(bundle, build.BUNDLE_NAME))], bundle=bundle)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true",
                      help="no build: check the installed package (python -m ocop_desktop)")
    mode.add_argument("--no-build", action="store_true",
                      help="check the bundle already built in --dist")
    mode.add_argument("--installer", action="store_true",
                      help="compile the Windows installer and run it under Wine "
                           "(installer/installer_check.py; its options follow --installer)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle is built (default: dist/)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="work in this folder and keep it (screenshots, data file)")
    args, rest = parser.parse_known_args(argv)
    if args.installer:
        import installer_check

        return installer_check.main(rest + (["--keep", str(args.keep)] if args.keep else []))
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")

    started = time.monotonic()
    results: list[tuple[str, bool, str]] = []
    if not (args.quick or args.no_build):
        step = time.monotonic()
        try:
            build.main(["--dist", str(args.dist)])
            results.append(("build", True, f"bundle built in {time.monotonic() - step:.0f} s"))
        except (SystemExit, subprocess.CalledProcessError) as exc:
            if isinstance(exc, SystemExit) and exc.code in (0, None):
                results.append(("build", True, "bundle built"))
            else:
                results.append(("build", False, f"build failed: {exc}"))
                return _summary(results, started)
    programs = programs_for(args)
    if programs.bundle is not None and not programs.bundle.is_dir():
        results.append(("bundle", False, f"no bundle in {programs.bundle}"))
        return _summary(results, started)

    checks: list[tuple[str, Callable[[Programs, Path], str]]] = [
        ("version", check_version),
        ("cli", check_cli),
        ("report", check_report),
        ("window-vi", lambda p, w: check_window(p, w, "vi")),
        ("window-en", lambda p, w: check_window(p, w, "en")),
    ]
    if programs.bundle is not None:
        checks.append(("bundle-files", check_bundle_files))
    with tempfile.TemporaryDirectory(prefix="ocop-release-") as temp:
        work = args.keep.resolve() if args.keep else Path(temp)
        if args.keep and work.exists() and any(work.iterdir()):
            # Every run starts from nothing (no data file, no settings); only a folder an
            # earlier run made is emptied, never one with somebody's files in it.
            if not (work / KEEP_MARKER).is_file():
                parser.error(f"--keep {work}: not empty and not made by an earlier check")
            shutil.rmtree(work)
        work.mkdir(parents=True, exist_ok=True)
        (work / KEEP_MARKER).write_text("made by installer/release_check.py\n")
        for name, check in checks:
            step = time.monotonic()
            try:
                detail = check(programs, work)
                results.append((name, True, f"{detail} [{time.monotonic() - step:.1f} s]"))
            except CheckError as exc:
                results.append((name, False, str(exc)))
            print(("OK   " if results[-1][1] else "FAIL ") + f"{name}: {results[-1][2]}",
                  flush=True)
    return _summary(results, started)


def _summary(results: list[tuple[str, bool, str]], started: float) -> int:
    failed = [name for name, ok, _ in results if not ok]
    for name, ok, detail in results:
        if not ok and name in ("build", "bundle"):
            print(f"FAIL {name}: {detail}")
    took = time.monotonic() - started
    if failed:
        print(f"release check FAILED ({', '.join(failed)}) in {took:.0f} s")
        return 1
    print(f"release check passed: {len(results)} checks in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
