"""The only module that knows where files live.

The data file is chosen in this order: an explicit path (``--db``), the ``OCOP_DB``
environment variable, then ``ocop.sqlite`` in the user's data folder (platformdirs).
Tests redirect everything by setting ``OCOP_HOME``.

The data file must stay on a local disk: SQLite on a network share can corrupt under
concurrent use (DESIGN.md §8).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "OCOP Desktop"
APP_AUTHOR = "OCOP"
DB_FILE_NAME = "ocop.sqlite"


def _home() -> Path | None:
    home = os.environ.get("OCOP_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    """Folder for the data file and its backups."""
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Folder for this computer's settings (window geometry, last folders, language)."""
    home = _home()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data file to open: ``explicit`` first, then ``OCOP_DB``, then the data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("OCOP_DB")
    if env:
        return Path(env).expanduser().resolve()
    return data_dir() / DB_FILE_NAME


def backup_dir(db_path: Path) -> Path:
    """Automatic backups sit beside the data file, in ``backups/``."""
    path = db_path.parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """Default folder for exported reports."""
    home = _home()
    path = home / "documents" if home else Path(platformdirs.user_documents_dir())
    path.mkdir(parents=True, exist_ok=True)
    return path
