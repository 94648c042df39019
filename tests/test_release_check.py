"""The release check's quick variant (issue 6): what CI can afford on every run.

``installer/release_check.py --quick`` runs the installed package the way the bundle runs:
``--version``, demo data and ``log list --json`` on a temporary data file, an Excel report,
and the main window opened and closed by itself in Vietnamese and in English. The full
check (building the PyInstaller bundle first, ~1–2 minutes) is documented in README.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_release_check_quick_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "release_check.py"), "--quick",
         "--keep", str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("version", "cli", "report", "window-vi", "window-en"):
        assert f"OK   {check}:" in result.stdout
    assert "(vi: Tệp," in result.stdout and "(en: File," in result.stdout
    assert (tmp_path / "main-window-vi.png").is_file()
    assert (tmp_path / "main-window-en.png").is_file()
