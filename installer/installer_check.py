"""Installer check: compile the Windows installer and run it under Wine, as an office PC would.

    python installer/installer_check.py    # or: python installer/release_check.py --installer
    python installer/installer_check.py --display :17 --keep /tmp/ocop-installer

Needs, on Debian/Ubuntu (docs/packaging.md; about 4 minutes to install):

    dpkg --add-architecture i386 && apt-get update
    apt-get install wine wine32:i386 wine64 gcc-mingw-w64-x86-64 xvfb xdotool

and Inno Setup's compiler ISCC.exe: ``--iscc PATH``, else ``OCOP_ISCC``, else the copy of
Inno Setup 6.2.2 inside the PyPI wheel ``pyinno-setup`` (fetched once with pip into
``~/.cache/ocop-desktop/``). Steps, each printed as ``OK`` or ``FAIL``:

1. ``Vietnamese.isl`` against the compiler's own ``Default.isl``: the same message names,
   placeholders and accelerators, UTF-8 with a byte order mark (``installer/isl.py``);
2. a stand-in bundle: the file layout of the PyInstaller bundle (``installer/ocop_desktop.spec``:
   ``OCOPDesktop.exe``, ``ocop-desktop.exe``, ``_internal/ocop_desktop/…`` with the package's
   data files), the two programs being a small Windows program built with mingw-w64
   (``installer/standin/``) that reports the version it was built with;
3. ISCC compiles ``ocop_desktop.iss`` against it under Wine, reading the version from
   ``ocop_desktop/__init__.py`` itself; any compiler warning fails the check;
4. in a fresh Wine prefix set to Windows 10, with an X display (Xvfb: without one Wine cannot
   create Setup's window and Setup stops with "System Error. Code: 120"), the setup runs
   silently for the current user (``/VERYSILENT /CURRENTUSER``): the files land in the user's
   programs folder, the Start-menu shortcuts (program, guide, uninstaller) exist with their
   Vietnamese names, the uninstall entry is the user's (HKCU), and both installed programs run;
5. a data file, a backup and the settings are placed in ``%LOCALAPPDATA%\\OCOP\\OCOP Desktop``
   (``ocop_desktop/paths.py``), then a newer version is compiled (``/DAppVersion``, as
   ``build.py`` passes it) and installed over the first: the new programs run, the data is
   byte for byte the same;
6. the uninstaller runs as a person runs it, its question answered and its message boxes
   closed with xdotool (silently, ``/VERYSILENT``, without xdotool): the program, its shortcuts
   and uninstall entry are gone, the data file, backups and settings are byte for byte the
   same, and the uninstaller said so in Vietnamese: its message box was shown and its text is
   in the uninstall log (``/LOG``); with ``--keep``, screenshots of the message boxes.

Exit code 0 when every step passed; 1 otherwise, with the reason.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import build  # noqa: E402
import isl  # noqa: E402

ISS = INSTALLER / "ocop_desktop.iss"
STANDIN = INSTALLER / "standin"
APP_ID = "{5C1E7A52-8D1B-4C57-9F0B-2E64B3A0D6C1}"
APP_NAME = "OCOP Desktop"
# The Start-menu entries the script promises, by their Vietnamese names ([CustomMessages]
# UserGuide of ocop_desktop.iss, UninstallProgram of Vietnamese.isl).
SHORTCUTS = {
    "OCOP Desktop.lnk": "OCOPDesktop.exe",
    "Hướng dẫn sử dụng OCOP Desktop.lnk": "huong-dan.txt",
    "Gỡ cài đặt OCOP Desktop.lnk": "unins000.exe",
}
DATA_KEPT_START = "Dữ liệu của bạn (tệp ocop.sqlite, các bản sao lưu và cài đặt) không bị xóa"
PYINNO_VERSION = "0.0.6"  # the pyinno-setup wheel that carries Inno Setup 6.2.2
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ocop-desktop"
PREFIX_MARKER = ".ocop-installer-check"
MINGW_GCC = "x86_64-w64-mingw32-gcc"
MINGW_WINDRES = "x86_64-w64-mingw32-windres"
APT_HINT = ("dpkg --add-architecture i386 && apt-get update && apt-get install wine wine32:i386 "
            "wine64 gcc-mingw-w64-x86-64 xvfb xdotool")
TIMEOUT_S = 240
# A screenshot of the X display (with --keep): Qt is at hand, ImageMagick may not be.
GRAB_SCREEN = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
               "app = QGuiApplication(['grab'])\n"
               "app.primaryScreen().grabWindow(0).save(sys.argv[1])\n")


class CheckError(Exception):
    pass


@dataclass
class Context:
    iscc: Path
    prefix: Path
    work: Path
    env: dict[str, str]
    version: str
    keep: bool = False
    facts: dict[str, str] = field(default_factory=dict)
    data_hashes: dict[str, str] = field(default_factory=dict)


# -- running Windows programs -----------------------------------------------------------------

def run(command: list[str], ctx_env: dict[str, str], *, cwd: Path | None = None,
        timeout: int = TIMEOUT_S, check: bool = True) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(command, env=ctx_env, cwd=cwd, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise CheckError(f"{' '.join(command)} did not finish in {timeout} s") from exc
    if check and result.returncode != 0:
        raise CheckError(f"{' '.join(command)} exited with {result.returncode}\n"
                         f"{(result.stdout + result.stderr)[-2000:]}")
    return result


def windows(ctx: Context, program: Path | str, *args: str,
            **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a Windows program under Wine."""
    return run(["wine", str(program), *args], ctx.env, **kwargs)


def win_path(ctx: Context, path: Path) -> str:
    """``path`` as the Windows program sees it (Wine maps / to drive Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


# -- tools ------------------------------------------------------------------------------------

def find_iscc(explicit: Path | None) -> Path:
    for candidate in (explicit, os.environ.get("OCOP_ISCC")):
        if candidate:
            path = Path(candidate)
            if not path.is_file():
                raise CheckError(f"ISCC.exe not found at {path}")
            return path
    unpacked = CACHE / f"pyinno-setup-{PYINNO_VERSION}"
    iscc = unpacked / "pyinno_setup" / "libs" / "Inno6" / "ISCC.exe"
    if iscc.is_file():
        return iscc
    # The wheel holds Inno Setup's compiler as data; it is only unpacked, never imported.
    download = CACHE / "download"
    download.mkdir(parents=True, exist_ok=True)
    run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--dest",
         str(download), f"pyinno-setup=={PYINNO_VERSION}"], dict(os.environ), timeout=300)
    wheels = sorted(download.glob(f"pyinno_setup-{PYINNO_VERSION}-*.whl"))
    if not wheels:
        raise CheckError("pip did not fetch the pyinno-setup wheel")
    with zipfile.ZipFile(wheels[-1]) as wheel:
        wheel.extractall(unpacked)
    if not iscc.is_file():
        raise CheckError(f"the pyinno-setup wheel holds no {iscc.relative_to(unpacked)}")
    return iscc


def missing_tools() -> list[str]:
    tools = [MINGW_GCC, MINGW_WINDRES, "wine", "wineboot", "wineserver"]
    return [tool for tool in tools if shutil.which(tool) is None]


@dataclass
class Display:
    name: str
    process: subprocess.Popen[bytes] | None = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


def start_display(requested: str | None) -> Display:
    """The X display Wine draws Setup's (hidden) windows on: ``--display``, or a new Xvfb.

    Without one Wine's null display driver fails every CreateWindow, and Inno Setup stops
    with "System Error. Code: 120. Call not implemented" — even with /VERYSILENT.
    """
    if requested:
        if shutil.which("Xvfb") and not Path(f"/tmp/.X11-unix/X{requested.lstrip(':')}").exists():
            process = subprocess.Popen(["Xvfb", requested, "-screen", "0", "1024x768x24",
                                        "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            _wait_for_socket(requested)
            return Display(requested, process)
        return Display(requested)
    if shutil.which("Xvfb") is None:
        raise CheckError("no X display for Wine: install xvfb or pass --display")
    read, write = os.pipe()
    process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                "1024x768x24", "-nolisten", "tcp"], pass_fds=(write,),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        process.kill()
        raise CheckError("Xvfb did not start")
    return Display(f":{number}", process)


def _wait_for_socket(display: str) -> None:
    socket = Path(f"/tmp/.X11-unix/X{display.lstrip(':')}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if time.monotonic() > deadline:
            raise CheckError(f"Xvfb {display} did not start")
        time.sleep(0.1)


def prepare_prefix(prefix: Path, env: dict[str, str]) -> None:
    """A fresh 64-bit Wine prefix reporting Windows 10 (the script's MinVersion)."""
    if prefix.exists():
        if not (prefix / PREFIX_MARKER).is_file():
            raise CheckError(f"--prefix {prefix} exists and was not made by this check")
        shutil.rmtree(prefix)
    prefix.mkdir(parents=True)
    (prefix / PREFIX_MARKER).write_text("made by installer/installer_check.py\n")
    run(["wineboot", "--init"], env, timeout=300)
    # Wine links the user's Desktop, Documents… to the Linux home folder: made real folders of
    # the prefix, the installer's desktop shortcut stays inside it (as winetricks' sandbox).
    for folder in (prefix / "drive_c" / "users").glob("*/*"):
        if folder.is_symlink():
            folder.unlink()
            folder.mkdir()
    run(["wine", "reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f"],
        env)
    run(["wineserver", "--wait"], env, timeout=120)


# -- the stand-in bundle ----------------------------------------------------------------------

def package_data_files() -> list[Path]:
    """What ``collect_data_files("ocop_desktop")`` puts in the bundle: non-Python files."""
    package = ROOT / "ocop_desktop"
    return sorted(p for p in package.rglob("*")
                  if p.is_file() and p.suffix not in (".py", ".pyc")
                  and "__pycache__" not in p.parts)


def build_standin(version: str, dest: Path) -> Path:
    """``dest/OCOPDesktop``: the PyInstaller bundle's layout around two stand-in programs."""
    bundle = dest / build.BUNDLE_NAME
    if bundle.exists():
        shutil.rmtree(bundle)
    internal = bundle / "_internal"
    internal.mkdir(parents=True)
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]]
    numbers = (numbers + [0, 0, 0, 0])[:4]
    resource = dest / f"standin-{version}.o"
    icon = ROOT / "ocop_desktop" / "resources" / "ocop-desktop.ico"
    # windres hands the .rc to the C preprocessor: relative paths, no spaces to quote.
    run([MINGW_WINDRES, f'-DOCOP_VERSION=\\"{version}\\"',
         "-DOCOP_VERSION_COMMA=" + ",".join(map(str, numbers)),
         f'-DOCOP_ICON=\\"{os.path.relpath(icon, STANDIN)}\\"',
         "standin.rc", "-O", "coff", "-o", str(resource)], dict(os.environ), cwd=STANDIN)
    for name, windowed in ((build.BUNDLE_NAME, True), ("ocop-desktop", False)):
        command = [MINGW_GCC, "-O2", "-s", "-Wall", "-Werror", f'-DOCOP_VERSION="{version}"',
                   f'-DOCOP_NAME="{name}"', "standin.c", str(resource), "-o",
                   str(bundle / f"{name}.exe")]
        if windowed:
            command.insert(1, "-mwindows")
        run(command, dict(os.environ), cwd=STANDIN)
    package = ROOT / "ocop_desktop"
    for source in package_data_files():
        target = internal / "ocop_desktop" / source.relative_to(package)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return bundle


# -- the steps --------------------------------------------------------------------------------

def step_isl(ctx: Context) -> str:
    default = ctx.iscc.parent / "Default.isl"
    if not default.is_file():
        raise CheckError(f"no Default.isl beside {ctx.iscc}")
    problems = isl.check_against(default)
    key_version, names = isl.read_keys()
    committed = {s: isl.read(default).names(s) for s in isl.MESSAGE_SECTIONS}
    if committed != names:
        problems.append(f"installer/default_isl_keys.txt (Inno Setup {key_version}) differs "
                        f"from this compiler's Default.isl: update Vietnamese.isl, then run "
                        f"python installer/isl.py --write-keys {default} VERSION")
    if problems:
        raise CheckError("\n".join(problems))
    count = sum(len(v) for v in names.values())
    return f"Vietnamese.isl has the {count} messages of the compiler's Default.isl"


def compile_setup(ctx: Context, bundle: Path, out: Path, version: str | None) -> tuple[Path, str]:
    """ISCC on ocop_desktop.iss; returns the setup and the compiler's closing line."""
    args = [f"/DBundleDir={win_path(ctx, bundle)}", f"/O{win_path(ctx, out)}"]
    if version is not None:
        args.insert(0, f"/DAppVersion={version}")
    result = windows(ctx, ctx.iscc, *args, ISS.name, cwd=INSTALLER, check=False,
                     timeout=300)
    output = (result.stdout + result.stderr).replace("\r", "")
    # ISCC prints each warning on a line of its own: 'Warning: A message named "X" has not
    # been defined for the "vietnamese" language. Will use the English message …'.
    warnings = [line.strip() for line in output.splitlines()
                if re.match(r"\s*Warning\b", line, re.IGNORECASE)]
    if result.returncode != 0:
        errors = [line for line in output.splitlines() if "Error" in line or "error" in line]
        raise CheckError(f"ISCC exited with {result.returncode}: "
                         f"{' | '.join(errors) or output[-1500:]}")
    if warnings:
        raise CheckError("the compiler warned:\n" + "\n".join(warnings))
    engine = re.search(r"Compiler engine version: (.+)", output)
    closing = re.search(r"(Successful compile \([^)]*\)\.[^\n]*)\n(.+)", output)
    if closing is None:
        raise CheckError(f"ISCC printed no 'Successful compile' line:\n{output[-1500:]}")
    expected = out / f"OCOPDesktop-{version or ctx.version}-setup.exe"
    if not expected.is_file():
        raise CheckError(f"ISCC made no {expected.name} (in {out}: "
                         f"{', '.join(p.name for p in out.iterdir())})")
    line = f"{closing.group(1)} {closing.group(2).strip()}"
    if engine:
        ctx.facts["engine"] = engine.group(1).strip()
    return expected, line


def user_dirs(ctx: Context) -> tuple[Path, Path]:
    """(%LOCALAPPDATA%, %APPDATA%) of the prefix's user, as Linux paths."""
    users = [p for p in (ctx.prefix / "drive_c" / "users").iterdir()
             if p.is_dir() and p.name.lower() != "public"]
    if len(users) != 1:
        raise CheckError(f"expected one user in the Wine prefix, found {users}")
    return users[0] / "AppData" / "Local", users[0] / "AppData" / "Roaming"


def install(ctx: Context, setup: Path, log_name: str) -> str:
    log = ctx.work / log_name
    result = windows(ctx, setup, "/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES",
                     "/NORESTART", f"/LOG={win_path(ctx, log)}", check=False)
    text = log.read_text(encoding="utf-8-sig", errors="replace") if log.is_file() else ""
    if "Code: 120" in text:
        raise CheckError("Wine could not run the installer: 'System Error. Code: 120. Call not "
                         "implemented' (Wine has no display driver: run under Xvfb)")
    if result.returncode != 0 or "Installation process succeeded." not in text:
        raise CheckError(f"{setup.name} exited with {result.returncode}; its log ends:\n"
                         f"{text[-2500:] or result.stderr[-1500:]}")
    for promise in ("Administrative install mode: No",
                    "Install mode root key: HKEY_CURRENT_USER"):
        if promise not in text:
            raise CheckError(f"the setup log lacks {promise!r}: not a per-user install")
    return f"exit code {result.returncode}, 'Installation process succeeded.'"


def program_folder(ctx: Context) -> Path:
    local, _ = user_dirs(ctx)
    return local / "Programs" / APP_NAME


def start_menu_folder(ctx: Context) -> Path:
    _, roaming = user_dirs(ctx)
    return roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / APP_NAME


def desktop_shortcut(ctx: Context) -> Path:
    local, _ = user_dirs(ctx)
    return local.parent.parent / "Desktop" / f"{APP_NAME}.lnk"


def data_folder(ctx: Context) -> Path:
    local, _ = user_dirs(ctx)
    return local / "OCOP" / APP_NAME


def uninstall_entry(ctx: Context) -> dict[str, str] | None:
    key = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}_is1"
    result = windows(ctx, "reg", "query", key, check=False)
    if result.returncode != 0:
        return None
    values = {}
    for line in result.stdout.splitlines():
        parts = line.strip().split(None, 2)
        if len(parts) == 3 and parts[1].startswith("REG_"):
            values[parts[0]] = parts[2]
    return values


def check_installed(ctx: Context, version: str, bundle: Path) -> str:
    app = program_folder(ctx)
    expected = [p.relative_to(bundle) for p in bundle.rglob("*") if p.is_file()]
    missing = [str(p) for p in expected if not (app / p).is_file()]
    for extra in ("docs/huong-dan.txt", "unins000.exe"):
        if not (app / extra).is_file():
            missing.append(extra)
    if missing:
        raise CheckError(f"not installed in {app}: {', '.join(missing)}")
    for program_files in ("Program Files", "Program Files (x86)"):
        if (ctx.prefix / "drive_c" / program_files / APP_NAME).exists():
            raise CheckError(f"a per-user install wrote into C:\\{program_files}")
    menu = start_menu_folder(ctx)
    found = sorted(p.name for p in menu.glob("*.lnk")) if menu.is_dir() else []
    for shortcut, target in SHORTCUTS.items():
        path = menu / shortcut
        if not path.is_file():
            raise CheckError(f"no Start-menu shortcut {shortcut!r} in {menu} (found {found})")
        data = path.read_bytes()
        if target.encode("utf-16-le") not in data and target.encode() not in data:
            raise CheckError(f"the shortcut {shortcut!r} does not point at {target}")
    if not desktop_shortcut(ctx).is_file():
        raise CheckError(f"no desktop shortcut {desktop_shortcut(ctx)} (the task is ticked "
                         "by default)")
    entry = uninstall_entry(ctx)
    if entry is None:
        raise CheckError("no uninstall entry in HKEY_CURRENT_USER")
    if entry.get("DisplayVersion") != version:
        raise CheckError(f"the uninstall entry says version {entry.get('DisplayVersion')!r}, "
                         f"expected {version!r}")
    size = build.folder_size(app) / 1024
    return (f"{len(expected) + 2} files in {_windows_name(ctx, app)} ({size:.0f} KiB); "
            f"Start menu: {', '.join(sorted(SHORTCUTS))}; desktop shortcut; "
            f"HKCU uninstall entry {version}")


def _windows_name(ctx: Context, path: Path) -> str:
    try:
        relative = path.relative_to(ctx.prefix / "drive_c")
    except ValueError:
        return str(path)
    return "C:\\" + str(relative).replace("/", "\\")


def check_programs_run(ctx: Context, version: str) -> str:
    app = program_folder(ctx)
    result = windows(ctx, app / "ocop-desktop.exe", "--version")
    if result.stdout.strip() != f"ocop-desktop {version}":
        raise CheckError(f"the installed ocop-desktop.exe --version printed "
                         f"{result.stdout.strip()!r}, expected 'ocop-desktop {version}'")
    proof = ctx.work / f"proof-{version}.txt"
    proof.unlink(missing_ok=True)
    windows(ctx, app / "OCOPDesktop.exe", "--write-proof", win_path(ctx, proof))
    text = proof.read_text(encoding="utf-8", errors="replace").strip() if proof.is_file() else ""
    if not text.startswith(f"OCOPDesktop {version} ") or "OCOPDesktop.exe" not in text:
        raise CheckError(f"the installed OCOPDesktop.exe did not run from the programs folder "
                         f"({text!r})")
    return f"ocop-desktop.exe --version: {result.stdout.strip()}; OCOPDesktop.exe ran as {text}"


def place_data(ctx: Context) -> str:
    """A data file, a backup, the settings and a log, where the real program keeps them."""
    folder = data_folder(ctx)
    (folder / "backups").mkdir(parents=True, exist_ok=True)
    (folder / "Logs").mkdir(parents=True, exist_ok=True)
    db = folder / "ocop.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE records (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO records (title) VALUES ('Tuyên truyền phòng chống bão lũ')")
    conn.close()
    shutil.copy2(db, folder / "backups" / "ocop-2026-12-01-exit.sqlite")
    (folder / "ocop-desktop.ini").write_text("[ui]\nlanguage=vi\n", encoding="utf-8")
    (folder / "Logs" / "ocop-desktop.log").write_text("started\n", encoding="utf-8")
    ctx.data_hashes = _hashes(folder)
    return f"{len(ctx.data_hashes)} files in {_windows_name(ctx, folder)}"


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def check_data_kept(ctx: Context) -> None:
    now = _hashes(data_folder(ctx))
    if now != ctx.data_hashes:
        lost = sorted(set(ctx.data_hashes) - set(now))
        changed = sorted(k for k in ctx.data_hashes if k in now and now[k] != ctx.data_hashes[k])
        raise CheckError(f"the data folder changed: removed {lost}, altered {changed}")


def _visible_windows(ctx: Context, title: str) -> list[str]:
    result = run(["xdotool", "search", "--onlyvisible", "--name", title], ctx.env,
                 check=False, timeout=30)
    return result.stdout.split()


def _log_text(log: Path) -> str:
    return log.read_text(encoding="utf-8-sig", errors="replace") if log.is_file() else ""


def _answer_box(ctx: Context, log: Path, number: int, title: str, key: str,
                shot: Path | None) -> None:
    """Answer the uninstaller's ``number``-th message box, which its log announces
    ("Message box (…):") and whose answer it records ("User chose …")."""
    deadline = time.monotonic() + 90
    while _log_text(log).count("Message box (") < number:
        if time.monotonic() > deadline:
            raise CheckError(f"the uninstaller showed no message box {number}; its log ends:\n"
                             f"{_log_text(log)[-1500:]}")
        time.sleep(0.3)
    while _log_text(log).count("User chose ") < number:
        if time.monotonic() > deadline:
            raise CheckError(f"message box {number} ({title!r}) did not take the key {key}")
        windows_found = _visible_windows(ctx, title)
        if windows_found:
            if shot is not None and not shot.exists():
                run([sys.executable, "-c", GRAB_SCREEN, str(shot)],
                    {**ctx.env, "QT_QPA_PLATFORM": "xcb"}, check=False, timeout=60)
            window = windows_found[-1]
            run(["xdotool", "windowactivate", "--sync", window], ctx.env, check=False,
                timeout=30)
            run(["xdotool", "key", "--window", window, key], ctx.env, check=False, timeout=30)
        time.sleep(1)


def uninstall_with_clicks(ctx: Context, uninstaller: Path, log: Path) -> str:
    """The uninstaller with its windows: "Yes" to its question, OK to each message box.

    Window titles come from Vietnamese.isl: the question "Gỡ cài đặt OCOP Desktop"
    (UninstallAppFullTitle), the message boxes "Gỡ cài đặt" (UninstallAppTitle). Their text
    cannot be read from X; the uninstall log (/LOG) records each box's text and answer.
    """
    process = subprocess.Popen(["wine", str(uninstaller), f"/LOG={win_path(ctx, log)}"],
                               env=ctx.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        # "Yes" is the Windows button of the question (default: "No").
        _answer_box(ctx, log, 1, "^Gỡ cài đặt OCOP Desktop$", "y", None)
        # Then the message about the data (CurUninstallStepChanged), then "Đã gỡ xong…".
        for number in (2, 3):
            shot = ctx.work / f"uninstall-message-{number - 1}.png" if ctx.keep else None
            _answer_box(ctx, log, number, "^Gỡ cài đặt$", "Return", shot)
        deadline = time.monotonic() + 60
        while "Log closed." not in _log_text(log):
            if time.monotonic() > deadline:
                raise CheckError("the uninstaller did not finish after its last message box")
            time.sleep(0.3)
    finally:
        if process.poll() is None:
            process.kill()
    boxes = re.findall(r"Message box \([^)]*\):\s*(.+)", _log_text(log))
    return f"it asked and showed {len(boxes)} Vietnamese message boxes ({' / '.join(boxes)}); "


def upgraded(ctx: Context, version: str, bundle: Path) -> str:
    check_installed(ctx, version, bundle)
    check_data_kept(ctx)
    ran = check_programs_run(ctx, version)
    return f"{ran}; data file, backup, settings and log unchanged"


def uninstall(ctx: Context) -> str:
    """Uninstall as a person does (the wizard's questions answered with xdotool), or silently
    when xdotool is missing; either way the uninstall log holds the message about the data."""
    app = program_folder(ctx)
    log = ctx.work / "uninstall.log"
    shown = ""
    if shutil.which("xdotool"):
        shown = uninstall_with_clicks(ctx, app / "unins000.exe", log)
    else:
        windows(ctx, app / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
                f"/LOG={win_path(ctx, log)}", check=False)
    # The uninstaller hands over to a copy of itself in %TEMP% and returns: wait for that one.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8-sig", errors="replace") if log.is_file() else ""
        if "Uninstallation process succeeded." in text or "Log closed." in text:
            break
        time.sleep(0.5)
    run(["wineserver", "--wait"], ctx.env, timeout=120)
    text = log.read_text(encoding="utf-8-sig", errors="replace") if log.is_file() else ""
    if "Uninstallation process succeeded." not in text:
        raise CheckError(f"the uninstaller did not succeed; its log ends:\n{text[-2500:]}")
    left = [str(p.relative_to(app)) for p in app.rglob("*")] if app.exists() else []
    if left:
        raise CheckError(f"the uninstaller left {left} in {app}")
    if start_menu_folder(ctx).exists():
        raise CheckError(f"the uninstaller left the Start-menu folder {start_menu_folder(ctx)}")
    if desktop_shortcut(ctx).exists():
        raise CheckError(f"the uninstaller left the desktop shortcut {desktop_shortcut(ctx)}")
    if uninstall_entry(ctx) is not None:
        raise CheckError("the uninstaller left its entry in HKEY_CURRENT_USER")
    check_data_kept(ctx)
    said = re.search(r"DataKept: (.*?)(?:\n\d{4}-\d\d-\d\d |\Z)", text, re.DOTALL)
    if said is None or not said.group(1).startswith(DATA_KEPT_START):
        raise CheckError("the uninstaller did not say in Vietnamese that the data is kept "
                         f"(log: {text[-1500:]})")
    if shown and not re.search(r"Message box \(OK\):\s*" + re.escape(DATA_KEPT_START), text):
        raise CheckError("the uninstaller logged the data message but showed no message box")
    message = " ".join(said.group(1).split())
    return (f"{shown}"f"program, Start-menu and desktop shortcuts, HKCU entry removed; data file, "
            f"backup, settings and log "
            f"unchanged; it said: \"{message}\"")


# -- driver -----------------------------------------------------------------------------------

def next_version(version: str) -> str:
    """The version an upgrade installs: the last number of ``version`` plus one."""
    numbers = re.findall(r"\d+", version)[:3]
    numbers = (numbers + ["0", "0", "0"])[:3]
    numbers[-1] = str(int(numbers[-1]) + 1)
    return ".".join(numbers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iscc", type=Path, help="Inno Setup's ISCC.exe (default: OCOP_ISCC, "
                        "else Inno Setup 6.2.2 from the pyinno-setup wheel)")
    parser.add_argument("--prefix", type=Path, default=Path(tempfile.gettempdir()) / "wine-ocop",
                        help="the Wine prefix, made afresh (default: /tmp/wine-ocop)")
    parser.add_argument("--display", help="X display for Wine (default: a new Xvfb)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (setups, logs)")
    parser.add_argument("--compile-only", action="store_true",
                        help="stop after compiling (no Wine prefix, no install)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    if sys.platform == "win32":
        print("FAIL setup: this check runs the installer under Wine on Linux; on Windows, try "
              "the setup on a clean PC (docs/packaging.md)")
        return 1
    missing = missing_tools()
    if missing:
        print(f"FAIL tools: {', '.join(missing)} missing; on Debian/Ubuntu: {APT_HINT}")
        return 1
    results: list[tuple[str, bool, str]] = []

    def step(name: str, action: Callable[[], str]) -> bool:
        begun = time.monotonic()
        try:
            detail = action()
            results.append((name, True, f"{detail} [{time.monotonic() - begun:.1f} s]"))
        except CheckError as exc:
            results.append((name, False, str(exc)))
        ok, detail = results[-1][1], results[-1][2]
        print(("OK   " if ok else "FAIL ") + f"{name}: {detail}", flush=True)
        return ok

    with tempfile.TemporaryDirectory(prefix="ocop-installer-") as temp:
        work = args.keep.resolve() if args.keep else Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        display: Display | None = None
        try:
            iscc = find_iscc(args.iscc)
            env = {k: v for k, v in os.environ.items() if not k.startswith("WINE")}
            env.update(WINEPREFIX=str(args.prefix.resolve()), WINEARCH="win64",
                       WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d")
            ctx = Context(iscc=iscc, prefix=args.prefix.resolve(), work=work, env=env,
                          version=build.package_version(), keep=args.keep is not None)
            if not args.compile_only:
                display = start_display(args.display or os.environ.get("DISPLAY"))
                env["DISPLAY"] = display.name
        except CheckError as exc:
            print(f"FAIL setup: {exc}")
            return 1
        try:
            if not args.compile_only:
                # Made first: ISCC then runs in the same prefix instead of a default one.
                def make_prefix() -> str:
                    prepare_prefix(ctx.prefix, env)
                    return f"{ctx.prefix}, Windows 10, display {env['DISPLAY']}"

                if not step("wine-prefix", make_prefix):
                    return _summary(results, started)
            else:
                env["WINEPREFIX"] = str(work / "wine-compile")
            upgrade = next_version(ctx.version)
            bundles: dict[str, Path] = {}
            setups: dict[str, Path] = {}

            def make_bundles() -> str:
                for version in (ctx.version, upgrade):
                    bundles[version] = build_standin(version, work / f"bundle-{version}")
                files = sum(1 for p in bundles[ctx.version].rglob("*") if p.is_file())
                return (f"{files} files in the PyInstaller layout, OCOPDesktop.exe and "
                        f"ocop-desktop.exe built with {MINGW_GCC} ({ctx.version}, {upgrade})")

            def compile_both() -> str:
                # The first as a person compiling in Inno Setup's window would (the version
                # read from ocop_desktop/__init__.py), the upgrade as build.py does it.
                setups[ctx.version], line = compile_setup(ctx, bundles[ctx.version],
                                                          work / "out", None)
                ctx.facts["compile"] = line
                setups[upgrade], _ = compile_setup(ctx, bundles[upgrade], work / "out",
                                                   upgrade)
                return f"{ctx.facts.get('engine', 'ISCC')}, no warning: {line}"

            steps: list[tuple[str, Callable[[], str]]] = [
                ("vietnamese-isl", lambda: step_isl(ctx)),
                ("stand-in-bundle", make_bundles),
                ("compile", compile_both),
            ]
            if not args.compile_only:
                steps += [
                    ("install", lambda: install(ctx, setups[ctx.version], "install.log")),
                    ("installed", lambda: check_installed(ctx, ctx.version,
                                                          bundles[ctx.version])),
                    ("programs-run", lambda: check_programs_run(ctx, ctx.version)),
                    ("data-placed", lambda: place_data(ctx)),
                    ("upgrade", lambda: install(ctx, setups[upgrade], "upgrade.log")),
                    ("upgraded", lambda: upgraded(ctx, upgrade, bundles[upgrade])),
                    ("uninstall", lambda: uninstall(ctx)),
                ]
            for name, action in steps:
                if not step(name, action):
                    break
        finally:
            if display is not None:
                run(["wineserver", "--kill"], env, check=False, timeout=60)
                display.stop()
    return _summary(results, started)


def _summary(results: list[tuple[str, bool, str]], started: float) -> int:
    failed = [name for name, ok, _ in results if not ok]
    took = time.monotonic() - started
    if failed:
        print(f"installer check FAILED ({', '.join(failed)}) in {took:.0f} s")
        return 1
    print(f"installer check passed: {len(results)} steps in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
