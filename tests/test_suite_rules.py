"""Rules for the test suite itself (issue 16): no test module reads the clock at import.

The pages and commands read the real clock when they run, so a test that computed "today"
at import would compare with yesterday in a run that crosses midnight. Such modules read it
per test (an autouse fixture, as in ``tests/ui/test_schedule_page.py``)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
CLOCKS = {"today", "now", "utcnow", "time", "monotonic", "perf_counter", "time_ns"}


def _clock_reads_at_import(tree: ast.Module) -> list[int]:
    """Lines of calls like ``date.today()`` run when the module is imported: in module-level
    statements, class bodies, decorators and default values (not in function bodies)."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for part in (*node.decorator_list, *node.args.defaults, *node.args.kw_defaults):
                if part is not None:
                    visit(part)
            return
        if isinstance(node, ast.Lambda):
            return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in CLOCKS and not node.args:
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_test_module_reads_the_clock_at_import() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        lines = _clock_reads_at_import(ast.parse(path.read_text(encoding="utf-8")))
        offenders += [f"{path.relative_to(TESTS.parent)}:{line}" for line in lines]
    assert offenders == []


def test_the_rule_finds_a_clock_read_at_import() -> None:
    source = ("import datetime as dt\nTODAY = dt.date.today()\n"
              "class A:\n    at = dt.datetime.now()\n"
              "def f(day=dt.date.today()):\n    return dt.date.today()\n")
    assert _clock_reads_at_import(ast.parse(source)) == [2, 4, 5]
