"""What the window shows of backups: this data file's backups (when and why each was made)
and the name a manual backup is offered under.

The copies themselves are made and restored by ``operations.maintenance``; the names and
the backup folder are the storage layer's (``storage.backup``), which the window does not
import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ocop_desktop import paths
from ocop_desktop.storage.backup import BackupReason, backup_file_name, backups_in

__all__ = ["BackupReason", "backups", "manual_backup_name"]


def backups(db_path: Path) -> list[tuple[Path, dt.datetime, BackupReason]]:
    """This data file's backups in its backup folder, newest first: (file, made at, why)."""
    return backups_in(paths.backup_dir(db_path), db_path)


def manual_backup_name(db_path: Path, at: dt.datetime) -> str:
    """The file name "Sao lưu ngay…" suggests: the data file's name, the time, "manual"."""
    return backup_file_name(db_path, BackupReason.MANUAL, at)
