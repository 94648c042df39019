"""Command-line interface over the same operations as the GUI.

``ocop-desktop`` with no command starts the GUI. Every command takes ``--db PATH`` (or
``OCOP_DB``). Bad input exits non-zero with one clear Vietnamese line on stderr and writes
nothing. Commands live in one module per area and are registered at the bottom.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from ocop_desktop import __version__, paths
from ocop_desktop.applog import configure_logging
from ocop_desktop.domain.records import Installation
from ocop_desktop.domain.text import ascii_int, strict_date, strict_time
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.launch import utf8_streams
from ocop_desktop.storage.database import StorageError, open_database
from ocop_desktop.storage.repository import Repository

F = TypeVar("F", bound=Callable[..., Any])


class CliState:
    """Carried in click's context: which data file, opened on first use."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._repo: Repository | None = None
        self._created = False  # this command created the file (removed again if it fails)

    @property
    def repo(self) -> Repository:
        if self._repo is None:
            self._created = not self.db_path.exists()
            try:
                self._repo = Repository(open_database(self.db_path))
            except StorageError as exc:
                from ocop_desktop.texts.problem_texts import storage_error_text

                fail(storage_error_text(exc))
            if not getattr(self._repo.db, "read_only", False):
                from ocop_desktop.operations.maintenance import sweep_leftovers

                sweep_leftovers(self._repo, self.db_path)  # what a killed export left
        return self._repo

    def existing_repo(self) -> Repository:
        """The repository of a data file that must already exist (reading commands).

        Reading or changing the log of a file that is not there is a mistake (a wrong
        ``--db``), not a reason to create an empty file.
        """
        if self._repo is None and not self.db_path.exists():
            fail(tr("Chưa có tệp dữ liệu {path}. Hãy tạo bằng: ocop-desktop --db {path} init "
                    "--unit MÃ --role station").format(path=self.db_path))
        return self.repo

    def installation(self) -> tuple[Repository, Installation]:
        """The repository and this installation's settings; fails if ``init`` never ran."""
        repo = self.existing_repo()
        installation = repo.installation()
        if installation is None:
            fail(tr("Chưa thiết lập đơn vị sử dụng phần mềm. Hãy chạy trước: ocop-desktop "
                    "init --unit MÃ --role station"))
        return repo, installation

    def abandon(self) -> None:
        """A command failed: close, and remove the data file if this command created it,
        so a failed first command leaves nothing behind."""
        self.close()
        if self._created:
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.db_path) + suffix).unlink(missing_ok=True)
            self._created = False

    def close(self) -> None:
        if self._repo is not None:
            self._repo.db.close()
            self._repo = None


def tr(text: str) -> str:
    """CLI texts go through Qt's translation like the GUI's (QtCore only, loaded lazily)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Cli", text)


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr, then exit non-zero."""
    ctx = click.get_current_context(silent=True)
    state = ctx.find_object(CliState) if ctx is not None else None
    if state is not None:
        state.abandon()
    click.echo(message.replace("\n", " "), err=True)
    sys.exit(code)


@contextmanager
def reporting_problems() -> Iterator[None]:
    """Turn ValidationError into one line on stderr (the first problem, with its field)."""
    try:
        yield
    except ValidationError as exc:
        from ocop_desktop.texts.problem_texts import problem_line

        lines = [problem_line(p) for p in exc.problems]
        fail(lines[0] + (f" (và {len(lines) - 1} lỗi khác)" if len(lines) > 1 else ""))


def print_table(headers: tuple[str, ...], rows: Iterable[tuple[object, ...]],
                widths: tuple[int, ...]) -> None:
    """Fixed-width columns (the last one unbounded), streamed line by line."""
    def line(cells: tuple[object, ...]) -> str:
        parts = []
        for index, cell in enumerate(cells):
            text = "" if cell is None else str(cell)
            if index < len(widths):
                text = text[:widths[index]].ljust(widths[index])
            parts.append(text)
        return "  ".join(parts).rstrip()
    click.echo(line(headers))
    for row in rows:
        click.echo(line(row))


pass_state = click.make_pass_decorator(CliState)


def print_json(value: object, indent: int = 2) -> None:
    """What ``--json`` prints: ``value`` as JSON, non-ASCII letters as they are."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=indent))


def json_option(help: str = "In dạng JSON.") -> Callable[[F], F]:
    """The ``--json`` flag of a listing command (its parameter is ``as_json``)."""
    return click.option("--json", "as_json", is_flag=True, help=help)


def _problem_message(field: str, code: ProblemCode, **params: object) -> str:
    from ocop_desktop.texts.problem_texts import problem_text

    return problem_text(Problem(field, code, params))


class IsoDate(click.ParamType):
    """A date as YYYY-MM-DD (the CLI's one format); a bad one is a Vietnamese message."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        day = strict_date(str(value))  # "2021-06-10XYZ", "20210610", "２０２１-…" refused
        if day is not None:
            return day
        self.fail(_problem_message("date", ProblemCode.BAD_DATE, value=value,
                                   format="YYYY-MM-DD"), param, ctx)


class ClockTime(click.ParamType):
    """A time of day as HH:MM."""

    name = "HH:MM"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.time:
        if isinstance(value, dt.time):
            return value
        clock = strict_time(str(value))  # ASCII digits only
        if clock is not None:
            return clock
        self.fail(_problem_message("time", ProblemCode.BAD_TIME, value=value), param, ctx)


class WholeNumber(click.ParamType):
    """An integer; range checks (negative, too large) are the operation's, with field names."""

    name = "N"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        text = str(value).strip()
        number = ascii_int(text.removeprefix("-"))  # "²", "１２", "٣" are not numbers here
        if number is None:
            self.fail(_problem_message("value", ProblemCode.NOT_A_NUMBER), param, ctx)
        return -number if text.startswith("-") else number


class Code(click.ParamType):
    """One code of a fixed list (role, level, language…), named in the message if wrong."""

    def __init__(self, codes: Sequence[str], name: str = "MÃ") -> None:
        self.codes = tuple(codes)
        self.name = name

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value).strip()
        if text in self.codes:
            return text
        self.fail(tr("“{value}” không hợp lệ; chọn một trong: {codes}.").format(
            value=value, codes=", ".join(self.codes)), param, ctx)


ISO_DATE = IsoDate()
CLOCK_TIME = ClockTime()
WHOLE_NUMBER = WholeNumber()


def usage_error_text(error: click.ClickException) -> str:
    """Click's own errors (missing option, unknown option…) as one Vietnamese line."""
    if isinstance(error, click.MissingParameter) and error.param is not None:
        if isinstance(error.param, click.Option):
            return tr("Thiếu tùy chọn bắt buộc {option}.").format(
                option=error.param.opts[-1] if error.param.opts else error.param.name)
        return tr("Thiếu tham số {name}.").format(name=(error.param.name or "").upper())
    if isinstance(error, click.NoSuchOption):
        text = tr("Không có tùy chọn {option}.").format(option=error.option_name)
        if error.possibilities:
            text += " " + tr("Có phải là: {options}?").format(
                options=", ".join(sorted(error.possibilities)))
        return text
    if isinstance(error, click.BadOptionUsage):
        return tr("Tùy chọn {option} cần một giá trị.").format(option=error.option_name)
    if isinstance(error, click.BadParameter):
        hint = error.param_hint
        if hint is None and error.param is not None:
            hint = (error.param.opts[-1] if isinstance(error.param, click.Option)
                    and error.param.opts else
                    error.param.metavar or (error.param.name or "").upper())
        if isinstance(hint, (list, tuple)):
            hint = " / ".join(str(h) for h in hint)
        hint = str(hint or "").strip("'\"")
        return f"{hint}: {error.message}" if hint else error.message
    if isinstance(error, click.UsageError):
        match = re.match(r"No such command '(.+)'", error.message)
        if match:
            return tr("Không có lệnh “{name}”. Xem các lệnh: ocop-desktop --help").format(
                name=match.group(1))
        match = re.match(r"Got unexpected extra arguments? \((.+)\)", error.message)
        if match:
            return tr("Thừa tham số: {args}.").format(args=match.group(1))
        return tr("Lệnh không hợp lệ ({message}). Xem: ocop-desktop --help").format(
            message=error.message)
    return error.format_message()


# click ≥ 8.2 raises this for a group typed without a command; older versions print help.
_NO_ARGS_IS_HELP: Any = getattr(click.exceptions, "NoArgsIsHelpError", ())


def exit_on_failure(exc: Exception, log_path: Path | None) -> NoReturn:
    """What the command line (and the window's start) does with an error nobody caught: one
    line on stderr, a non-zero exit; a defect's traceback goes to the log."""
    if isinstance(exc, click.ClickException):
        fail(usage_error_text(exc), exc.exit_code)
    if isinstance(exc, click.Abort):
        fail(tr("Đã hủy."), 1)
    if isinstance(exc, StorageError):
        # The file stayed busy past the timeout, is on read-only media, the disk is
        # full…: one line, non-zero exit, whatever the command (nothing was written).
        from ocop_desktop.texts.problem_texts import storage_error_text

        fail(storage_error_text(exc))
    logging.getLogger(__name__).critical("unexpected error", exc_info=exc)
    where = (tr("chi tiết trong nhật ký {path}").format(path=log_path)
             if log_path is not None else tr("không ghi được nhật ký"))
    fail(tr("Lỗi không lường trước ({kind}); {where}.").format(
        kind=type(exc).__name__, where=where), 1)


HELP_OPTION_TEXT = "Xem cách dùng lệnh này rồi thoát."


class _VietnameseHelpOption:
    """click's own ``-h, --help`` line ("Show this message and exit.") in Vietnamese."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option: click.Option | None = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class OcopCommand(_VietnameseHelpOption, click.Command):
    """Every command registered with ``@main.command`` / ``@<group>.command``."""


class OcopSubgroup(_VietnameseHelpOption, click.Group):
    """Every group registered with ``@main.group`` (``log``, ``report``…) and below."""

    command_class = OcopCommand
    group_class = type  # groups inside a group are OcopSubgroups too


# Which module defines each top-level command. Modules are imported only when their command
# runs (or help lists them), so ``ocop-desktop`` alone starts the GUI without loading the
# report writer, the importer or the mail code (start-up time, DESIGN.md §7).
COMMAND_MODULES: dict[str, str] = {
    "init": "log", "units": "log", "directive": "log", "topic": "log", "log": "log",
    "demo": "log", "backup": "log", "restore": "log",
    "report": "report",
    "import": "exchange", "status": "exchange", "imports": "exchange",
    "outbox": "outbox",
    "inbox": "inbox",
    "schedule": "schedule",
    "cluster": "administration", "relation": "administration", "form": "administration",
    "source": "administration",
    "keys": "keys",
}


class OcopGroup(_VietnameseHelpOption, click.Group):
    """The top-level group: click's usage errors become one Vietnamese line on stderr."""

    command_class = OcopCommand
    group_class = OcopSubgroup

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMAND_MODULES) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            importlib.import_module(f"ocop_desktop.cli.{module}")  # registers on ``main``
        return super().get_command(ctx, cmd_name)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        utf8_streams()
        log_path = configure_logging()
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False,
                                  **extra)
        except _NO_ARGS_IS_HELP as exc:
            # A group typed without a command ("ocop-desktop log"): show its help.
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
            result = 0
        except Exception as exc:  # click.Abort and click.ClickException are Exceptions
            exit_on_failure(exc, log_path)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) and not isinstance(result, bool) else 0)


@click.group(cls=OcopGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=click.Path(path_type=Path),
              help="Tệp dữ liệu (mặc định: OCOP_DB hoặc thư mục dữ liệu người dùng).")
@click.version_option(__version__, "--version", prog_name="ocop-desktop",
                      message="%(prog)s %(version)s", help="In phiên bản rồi thoát.")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """OCOP Desktop: sổ ghi và báo cáo tuyên truyền. Không có lệnh: mở giao diện."""
    state = CliState(paths.default_db_path(db_path))
    ctx.obj = state
    ctx.call_on_close(state.close)
    if ctx.invoked_subcommand is None:
        from ocop_desktop.app import start_gui

        sys.exit(start_gui(state.db_path))
