"""The ``ocop-desktop`` entry point: the window without click, everything else through it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ocop_desktop import __version__
from ocop_desktop.launch import gui_data_file

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("args", "expected"), [
    ([], (True, None)),
    (["--db", "so.sqlite"], (True, "so.sqlite")),
    (["--db=so.sqlite"], (True, "so.sqlite")),
    # everything else is click's, as before
    (["--db"], (False, None)),
    (["--db="], (False, None)),
    (["--db", "-x"], (False, None)),
    (["--db", "a", "--db", "b"], (False, None)),
    (["--db", "a", "log", "list"], (False, None)),
    (["--version"], (False, None)),
    (["-h"], (False, None)),
    (["--help"], (False, None)),
    (["log"], (False, None)),
])
def test_only_a_bare_start_skips_the_command_line(
        args: list[str], expected: tuple[bool, str | None]) -> None:
    assert gui_data_file(args) == expected


def test_shell_completion_stays_with_click(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_OCOP_DESKTOP_COMPLETE", "bash_source")
    assert gui_data_file([]) == (False, None)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "ocop_desktop", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_version_help_and_mistakes_still_go_to_click(tmp_path: Path) -> None:
    version = _run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"ocop-desktop {__version__}")
    usage = _run("--help")
    assert usage.returncode == 0
    assert "--db" in usage.stdout and "Xem cách dùng lệnh này rồi thoát." in usage.stdout
    missing = _run("--db")
    assert missing.returncode != 0 and missing.stdout == ""
    assert missing.stderr.strip() == "Tùy chọn --db cần một giá trị."
    listed = _run("--db", str(tmp_path / "none.sqlite"), "log", "list")
    assert listed.returncode != 0
    assert listed.stderr.startswith("Chưa có tệp dữ liệu")
