"""The ``ocop-desktop`` command's entry point (and ``python -m ocop_desktop``'s).

``ocop-desktop`` alone, or with only ``--db FILE``, starts the window straight away, without
loading click and the command modules (start-up time, DESIGN.md §7; ~50 ms of CPU). Every
other command line (a command, ``--help``, ``--version``, a mistake) goes to the command-line
interface, ``ocop_desktop.cli.main``, which would start the window the same way.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

# On Windows click expands ``~``, variables and wildcards in the arguments: such a file name
# is left to click, so it means the same as before.
_EXPANDED_BY_CLICK = "~$%*?["


def gui_data_file(args: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, FILE or None)`` if ``args`` only ask for the window (nothing, ``--db FILE``,
    ``--db=FILE``); ``(False, None)`` for anything click must read."""
    if any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ):
        return False, None  # shell completion is click's
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--db":
        value = args[1]
    elif len(args) == 1 and args[0].startswith("--db="):
        value = args[0].removeprefix("--db=")
    else:
        return False, None
    if not value or value.startswith("-") or (
            os.name == "nt" and any(c in value for c in _EXPANDED_BY_CLICK)):
        return False, None
    return True, value


def utf8_streams() -> None:
    """Vietnamese output in UTF-8 even where Python would pick the ANSI code page (a
    redirected or piped stdout on Windows), so scripts read the same bytes everywhere."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            # A stream that cannot change is kept as it is.
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8")


def main(args: Sequence[str] | None = None) -> NoReturn:
    """Start the window, or run the command line through click."""
    argv = list(sys.argv[1:] if args is None else args)
    gui, db = gui_data_file(argv)
    if not gui:
        from ocop_desktop.cli import main as cli_main

        cli_main(args)
        sys.exit(0)  # click exits by itself; here for the type checker
    from ocop_desktop import applog, paths

    utf8_streams()
    # The log file opens after the window's first paint; its lines wait until then.
    log_path = applog.configure_logging(defer_file=True)
    try:
        from ocop_desktop.app import start_gui

        code = start_gui(paths.default_db_path(db))
    except Exception as exc:  # the same one line (and log) as ``ocop_desktop.cli.main``
        applog.open_log_file()
        from ocop_desktop.cli import exit_on_failure

        exit_on_failure(exc, log_path)
    finally:
        applog.open_log_file()  # a start that ended before the first paint
    sys.exit(code)
