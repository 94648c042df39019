"""Command-line interface over the same operations as the GUI.

``ocop-desktop`` with no command starts the GUI. Every command takes ``--db PATH`` (or
``OCOP_DB``). Bad input exits non-zero with one clear Vietnamese line on stderr and writes
nothing. Commands live in one module per area and are registered at the bottom.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from ocop_desktop import __version__, paths
from ocop_desktop.domain.validation import ValidationError
from ocop_desktop.storage.database import StorageError, open_database
from ocop_desktop.storage.repository import Repository

F = TypeVar("F", bound=Callable[..., Any])


class CliState:
    """Carried in click's context: which data file, opened on first use."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._repo: Repository | None = None

    @property
    def repo(self) -> Repository:
        if self._repo is None:
            try:
                self._repo = Repository(open_database(self.db_path))
            except StorageError as exc:
                from ocop_desktop.ui.problem_texts import storage_error_text

                fail(storage_error_text(exc))
        return self._repo

    def close(self) -> None:
        if self._repo is not None:
            self._repo.db.close()
            self._repo = None


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr, then exit non-zero."""
    click.echo(message.replace("\n", " "), err=True)
    sys.exit(code)


@contextmanager
def reporting_problems() -> Iterator[None]:
    """Turn ValidationError into one line on stderr (the first problem, with its field)."""
    try:
        yield
    except ValidationError as exc:
        from ocop_desktop.ui.problem_texts import problem_line

        lines = [problem_line(p) for p in exc.problems]
        fail(lines[0] + (f" (và {len(lines) - 1} lỗi khác)" if len(lines) > 1 else ""))


pass_state = click.make_pass_decorator(CliState)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Tệp dữ liệu (mặc định: OCOP_DB hoặc thư mục dữ liệu người dùng).")
@click.version_option(__version__, "--version", prog_name="ocop-desktop",
                      message="%(prog)s %(version)s")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """OCOP Desktop: sổ ghi và báo cáo tuyên truyền. Không có lệnh: mở giao diện."""
    state = CliState(paths.default_db_path(db_path))
    ctx.obj = state
    ctx.call_on_close(state.close)
    if ctx.invoked_subcommand is None:
        from ocop_desktop.app import run_gui

        sys.exit(run_gui(state.db_path))


# Command modules register themselves on ``main`` when imported.
from ocop_desktop.cli import log as _log  # noqa: E402,F401
