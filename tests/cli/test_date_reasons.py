"""A date typed on the command line that does not exist says why (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run


@pytest.mark.parametrize(("typed", "why"), [
    ("2026-11-31", "tháng 11 chỉ có 30 ngày"), ("2026-02-29", "tháng 2 năm 2026 chỉ có 28 ngày"),
    ("2026-13-01", "không có tháng 13")])
def test_a_date_that_does_not_exist_says_why(tmp_path: Path, typed: str, why: str) -> None:
    result = run(tmp_path / "data.sqlite", "log", "list", "--from", typed)
    assert result.exit_code != 0
    assert f"Ngày không có thật: “{typed}” — {why}." in result.output


def test_a_date_in_another_form_still_asks_for_the_form(tmp_path: Path) -> None:
    result = run(tmp_path / "data.sqlite", "log", "list", "--from", "31/11/2026")
    assert result.exit_code != 0
    assert "cần dạng YYYY-MM-DD" in result.output
