"""Build the one-folder bundle of OCOP Desktop (and, on Windows, the installer).

    python installer/build.py              # dist/OCOPDesktop/ (Windows, Linux)
    python installer/build.py --installer  # then dist/installer/OCOPDesktop-<version>-setup.exe
                                           # with Inno Setup 6.2.2 (Windows only; any
                                           # compiler warning fails the build)

Needs the developer extras (``pip install -e .[dev]``: PyInstaller). Steps:

1. the translations: ``.ts`` → ``.qm`` with pyside6-lrelease when a ``.ts`` is newer than its
   ``.qm`` (the ``.qm`` files are committed, so a build without the Qt tools still works);
2. PyInstaller on ``installer/ocop_desktop.spec`` → ``dist/OCOPDesktop/`` holding
   ``OCOPDesktop`` (windowed) and ``ocop-desktop`` (console), see the spec;
3. with ``--installer``: Inno Setup's ``ISCC.exe`` on ``installer/ocop_desktop.iss``, given the
   version of the package and the bundle folder.

Exit code 0 when everything asked for was built.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "ocop_desktop.spec"
ISS = ROOT / "installer" / "ocop_desktop.iss"
BUNDLE_NAME = "OCOPDesktop"


def package_version() -> str:
    text = (ROOT / "ocop_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise SystemExit("ocop_desktop/__init__.py has no __version__")
    return match.group(1)


def bundle_dir(dist: Path) -> Path:
    return dist / BUNDLE_NAME


def program(bundle: Path, name: str) -> Path:
    """``OCOPDesktop`` or ``ocop-desktop`` inside the bundle (``.exe`` on Windows)."""
    return bundle / (name + (".exe" if sys.platform == "win32" else ""))


def release_translations() -> None:
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    update_translations.release_if_stale()


def build_bundle(dist: Path, work: Path, clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ModuleNotFoundError:
        raise SystemExit("PyInstaller is missing: pip install -e .[dev]") from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = bundle_dir(dist)
    for name in (BUNDLE_NAME, "ocop-desktop"):
        if not program(bundle, name).is_file():
            raise SystemExit(f"PyInstaller did not make {program(bundle, name)}")
    return bundle


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                 os.environ.get("LOCALAPPDATA", "") + r"\Programs"):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def build_installer(bundle: Path, dist: Path) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org, "
                         "or open installer\\ocop_desktop.iss in Inno Setup and compile.")
    version = package_version()
    out = dist / "installer"
    command = [str(iscc), f"/DAppVersion={version}", f"/DBundleDir={bundle}",
               f"/O{out}", str(ISS)]
    print("+", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT / "installer", capture_output=True, text=True,
                            errors="replace")
    print(result.stdout + result.stderr, flush=True)
    if result.returncode != 0:
        raise SystemExit(f"Inno Setup failed (exit code {result.returncode})")
    # A warning means a wizard text falls back to English, or worse: not for a release.
    warnings = [line.strip() for line in (result.stdout + result.stderr).splitlines()
                if line.strip().lower().startswith("warning")]
    if warnings:
        raise SystemExit("Inno Setup warned:\n" + "\n".join(warnings))
    setup = out / f"OCOPDesktop-{version}-setup.exe"
    if not setup.is_file():
        raise SystemExit(f"Inno Setup did not make {setup}")
    return setup


def folder_size(folder: Path) -> int:
    # Symbolic links (Qt's libraries on Linux) would count their target twice.
    return sum(f.lstat().st_size for f in folder.rglob("*")
               if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    parser.add_argument("--clean", action="store_true",
                        help="empty PyInstaller's cache first (slower, for release builds)")
    parser.add_argument("--installer", action="store_true",
                        help="also compile the Windows installer with Inno Setup 6")
    args = parser.parse_args(argv)
    if args.installer and sys.platform != "win32":
        parser.error("--installer needs Windows (Inno Setup); the bundle builds anywhere")
    started = time.monotonic()
    release_translations()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve(), args.clean)
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB, "
          f"{time.monotonic() - started:.0f} s)")
    if args.installer:
        setup = build_installer(bundle, args.dist.resolve())
        print(f"installer: {setup} ({setup.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
