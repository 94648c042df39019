"""Running the CLI as a script would, with the checks every CLI test makes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from ocop_desktop.cli import main


def run(db: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args], env=env)


def ok(db: Path, *args: str) -> str:
    """A command that must succeed quietly; returns its stdout."""
    result = run(db, *args)
    assert result.exit_code == 0, (args, result.output)
    assert result.stderr == ""
    return result.stdout


def refused(db: Path, *args: str) -> str:
    """A bad command: non-zero exit, exactly one line on stderr, nothing on stdout."""
    result = run(db, *args)
    assert result.exit_code != 0, (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return lines[0]
