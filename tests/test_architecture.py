"""The core (domain, storage, excel, operations) never imports Qt: it must run in the CLI,
in worker threads and in tests without a display (DESIGN.md §6)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ocop_desktop"
CORE = ("domain", "storage", "excel", "operations")
FORBIDDEN = ("PySide6", "shiboken6", "ocop_desktop.ui", "ocop_desktop.app")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
    return names


def _core_files() -> list[Path]:
    return sorted(p for area in CORE for p in (PACKAGE / area).rglob("*.py"))


def test_core_files_exist() -> None:
    assert len(_core_files()) >= 8


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_imports_no_qt(path: Path) -> None:
    bad = [f"{path.relative_to(PACKAGE)}:{line} imports {name}"
           for line, name in _imports(path)
           if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)]
    assert not bad, "\n".join(bad)


def test_importing_the_core_loads_no_qt() -> None:
    """The same rule at run time, which also catches imports made through importlib."""
    import subprocess
    import sys

    script = (
        "import importlib, pkgutil, sys\n"
        "import ocop_desktop\n"
        f"for area in {CORE!r}:\n"
        "    package = importlib.import_module('ocop_desktop.' + area)\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=PACKAGE.parent, check=True)
    assert result.stdout.strip() == ""


def _files(area: str) -> list[Path]:
    return sorted((PACKAGE / area).rglob("*.py"))


@pytest.mark.parametrize("area, forbidden", [
    # The command line speaks through ocop_desktop.texts, never through the GUI package (it
    # starts the GUI through the composition root, ocop_desktop.app).
    ("cli", ("ocop_desktop.ui",)),
    # The shared texts use QtCore only: no widgets, no GUI package, no command line.
    ("texts", ("ocop_desktop.ui", "ocop_desktop.cli", "PySide6.QtWidgets", "PySide6.QtGui")),
])
def test_shell_layers(area: str, forbidden: tuple[str, ...]) -> None:
    files = _files(area)
    assert files
    bad = [f"{path.relative_to(PACKAGE)}:{line} imports {name}"
           for path in files for line, name in _imports(path)
           if any(name == f or name.startswith(f + ".") for f in forbidden)]
    assert not bad, "\n".join(bad)


# -- SQL lives in storage/ only (issue 16) --------------------------------------------------

# Layers above storage: they ask storage for rows and objects, they never write SQL.
SQL_FREE = ("operations", "ui", "cli")
_SQL_START = re.compile(
    r"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|"
    r"ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH)\b")
_SQL_CALLS = ("execute", "executemany", "executescript")


def _sql_in(path: Path) -> list[str]:
    """Lines of ``path`` that hold SQL text or call a connection's ``execute``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        text = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr) and node.values and \
                isinstance(node.values[0], ast.Constant):
            text = str(node.values[0].value)
        if text is not None and _SQL_START.match(text):
            found.append(f"{node.lineno}: SQL {text.strip()[:40]!r}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in _SQL_CALLS:
            found.append(f"{node.lineno}: .{node.func.attr}(…)")
    return sorted(set(found))  # an f-string's first part is also a constant of its own


def _sql_free_files() -> list[Path]:
    return [path for area in SQL_FREE for path in _files(area)]


@pytest.mark.parametrize("path", _sql_free_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_sql_lives_in_storage_only(path: Path) -> None:
    bad = [f"{path.relative_to(PACKAGE)}:{line}" for line in _sql_in(path)]
    assert not bad, "\n".join(bad)


def test_the_sql_scan_finds_sql() -> None:
    """The scan itself: storage modules are full of SQL, and it sees it."""
    assert _sql_in(PACKAGE / "storage" / "repository.py")
    assert _sql_in(PACKAGE / "storage" / "keys.py")


# The window reads and writes through operations (issue 16): it holds the data file as an
# opaque handle (``operations.queries.Repository``) and never reaches into storage, the Excel
# files or SQLite itself.
GUI_FORBIDDEN = ("ocop_desktop.storage", "ocop_desktop.excel", "sqlite3", "sqlite_utils",
                 "openpyxl", "python_calamine")


# Every file dialog is Qt's own, sized to the screen: made by ``ui/file_dialogs.py`` only (one
# made or opened anywhere else would be native or small).
FILE_DIALOGS = PACKAGE / "ui" / "file_dialogs.py"


def _gui_violations(path: Path, shown: str) -> list[str]:
    """Forbidden imports, method calls on the data-file handle (``….repo.units()``), file
    dialogs made outside ``ui/file_dialogs.py``."""
    found = [(line, f"{shown}:{line} imports {name}") for line, name in _imports(path)
             if any(name == f or name.startswith(f + ".") for f in GUI_FORBIDDEN)]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        func, line = node.func, node.lineno
        if isinstance(func, ast.Name) and func.id == "QFileDialog" and path != FILE_DIALOGS:
            found.append((line, f"{shown}:{line} makes a QFileDialog"))
        if not isinstance(func, ast.Attribute):
            continue
        owner = func.value
        name = (owner.attr if isinstance(owner, ast.Attribute)
                else owner.id if isinstance(owner, ast.Name) else None)
        if name == "repo":
            found.append((line, f"{shown}:{line} calls repo.{func.attr}()"))
        elif name == "QFileDialog" and func.attr.startswith("get") and path != FILE_DIALOGS:
            found.append((line, f"{shown}:{line} calls QFileDialog.{func.attr}"))
    return [text for _line, text in sorted(found)]


@pytest.mark.parametrize("path", _files("ui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_window_goes_through_operations(path: Path) -> None:
    bad = _gui_violations(path, str(path.relative_to(PACKAGE)))
    assert not bad, "\n".join(bad)


def test_the_window_rule_catches_a_page_that_reads_storage(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text("import sqlite3\n"
                    "from ocop_desktop.storage.repository import Repository\n"
                    "from ocop_desktop.operations import queries\n\n\n"
                    "def fill(self, repo):\n"
                    "    queries.units(self.ctx.repo)\n"
                    "    QFileDialog(self).exec()\n"
                    "    QFileDialog.getOpenFileNames(self, 'x')\n"
                    "    return self.ctx.repo.units(), repo.record('x')\n", encoding="utf-8")
    assert _gui_violations(page, "page.py") == [
        "page.py:1 imports sqlite3", "page.py:2 imports ocop_desktop.storage.repository",
        "page.py:8 makes a QFileDialog", "page.py:9 calls QFileDialog.getOpenFileNames",
        "page.py:10 calls repo.record()", "page.py:10 calls repo.units()"]


# Modules stay small enough to read (issue 16): one over 600 lines says why at its top.
LONG_MODULE = 600


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_long_module_says_why(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) <= LONG_MODULE:
        return
    docstring = ast.get_docstring(ast.parse("\n".join(lines))) or ""
    assert f"Over {LONG_MODULE} lines" in docstring, (
        f"{path.relative_to(PACKAGE)} has {len(lines)} lines: split it by job, or say at its "
        f"top why not (\"Over {LONG_MODULE} lines …\")")
