"""The app's log file: a rotating ``ocop-desktop.log`` in the user's log folder.

Both shells (window and command line) call ``configure_logging`` once at start. The log is
for support: warnings, failures of background work with their tracebacks, and what the
outbox did. It must never hold a password, a message body or the text of a record, so
code logs ids and counts, never user text; as a second line of defence a filter masks the
values of the password environment variables if they ever reach a log line.

The windowed Windows build has no console (``sys.stderr`` is ``None``): there the file is
the only place a failure leaves a trace, so no stream handler is added then.

The window opens the file after its first paint (``configure_logging(defer_file=True)``,
then ``open_log_file()``): until then the lines wait in memory, in order, so none is lost;
a line at ERROR or above opens the file at once, and so does the end of the start however it
ends. (The rotating handler's module, ``logging.handlers``, costs ~12 ms of a start.)
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from ocop_desktop import __version__, paths

LOG_FILE_NAME = "ocop-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
# Environment variables whose values are secrets (DESIGN.md: passwords only in the
# operating system's password store, or in these variables for scripts).
SECRET_ENV_VARS = ("OCOP_SMTP_PASSWORD", "OCOP_IMAP_PASSWORD")
_HANDLER_NAME = "ocop-desktop-file"
EARLY_LINES_KEPT = 10_000  # a start that logs more than this keeps the last ones


class RedactSecrets(logging.Filter):
    """Replace the value of any secret environment variable in a record by ``***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = [value for name in SECRET_ENV_VARS if len(value := os.environ.get(name, "")) >= 3]
        if not secrets:
            return True
        text = record.getMessage()
        if any(secret in text for secret in secrets):
            for secret in secrets:
                text = text.replace(secret, "***")
            record.msg, record.args = text, None
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


class _EarlyLines(logging.Handler):
    """Holds the lines logged before the log file opens (``defer_file``), in order."""

    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.set_name(_HANDLER_NAME)
        self.baseFilename = str(path) if path is not None else None
        self.path = path
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        del self.records[:-EARLY_LINES_KEPT]
        if record.levelno >= logging.ERROR:
            open_log_file()  # a failure is never held back


def _file_handler(path: Path | None) -> logging.Handler:
    """The rotating log file at ``path`` (a null handler if there is none or it fails)."""
    handler: logging.Handler
    try:
        if path is None:
            raise OSError("no log folder")
        from logging.handlers import RotatingFileHandler

        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactSecrets())
    return handler


def configure_logging(*, console: bool = False, level: int = logging.INFO,
                      defer_file: bool = False) -> Path | None:
    """Send the root logger to the rotating log file; returns its path.

    Idempotent (a second call with the same log folder changes nothing). ``console`` also
    echoes warnings to ``stderr`` when there is one. If the log folder cannot be written
    (read-only profile, full disk) the app runs on without a file and ``None`` is returned:
    a log must never be the reason the app does not start. With ``defer_file`` the lines are
    kept in memory until ``open_log_file()`` (the window calls it after its first paint).
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if handler.get_name() == _HANDLER_NAME:
            current = getattr(handler, "baseFilename", None)
            try:
                wanted = str(log_file())
            except OSError:
                wanted = None
            if current == wanted:
                return Path(current) if current else None
            # The log folder moved (tests redirect OCOP_HOME per test): start over.
            unconfigure_logging()
            break
    path: Path | None
    try:
        path = log_file()
    except OSError:
        path = None
    if path is not None and defer_file:
        root.addHandler(_EarlyLines(path))
    else:
        handler = _file_handler(path)
        root.addHandler(handler)
        if isinstance(handler, logging.NullHandler):
            path = None
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactSecrets())
        root.addHandler(stream)
    root.setLevel(level)
    logging.captureWarnings(True)
    logging.getLogger(__name__).info("OCOP Desktop %s, Python %s", __version__,
                                     sys.version.split()[0])
    return path


def open_log_file() -> Path | None:
    """Open the log file that ``configure_logging(defer_file=True)`` put off, and write the
    lines kept until now into it; its path (``None`` if it cannot be written). Does nothing
    more when the file is open already or logging was never configured."""
    root = logging.getLogger()
    early = next((h for h in root.handlers if isinstance(h, _EarlyLines)), None)
    if early is None:
        ours = next((h for h in root.handlers if h.get_name() == _HANDLER_NAME), None)
        current = getattr(ours, "baseFilename", None)
        return Path(current) if current else None
    handler = _file_handler(early.path)
    root.removeHandler(early)  # first: a failure while writing must not come back here
    root.addHandler(handler)
    for record in early.records:
        if record.levelno >= handler.level:
            handler.handle(record)
    early.records.clear()
    early.close()
    return None if isinstance(handler, logging.NullHandler) else early.path


def unconfigure_logging() -> None:
    """Remove what ``configure_logging`` added (tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME or isinstance(handler, logging.StreamHandler) \
                and any(isinstance(f, RedactSecrets) for f in handler.filters):
            root.removeHandler(handler)
            handler.close()
    logging.captureWarnings(False)
