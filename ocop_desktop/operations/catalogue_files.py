"""The unit catalogue to and from files, for the window (the Units page, the setup wizard).

``import_unit_list`` reads a unit list (the statistics office's, or our own CSV) into the
catalogue; ``export_unit_list`` writes every version of every unit to our CSV, to copy to
another computer. The window reaches the Excel side (``UnitListError``) only through here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ocop_desktop.domain.records import UnitLevel
from ocop_desktop.excel.unit_lists import UnitListError, write_unit_list
from ocop_desktop.operations import queries
from ocop_desktop.operations.log import UnitImport, import_unit_file
from ocop_desktop.storage.database import storage_error
from ocop_desktop.storage.repository import Repository

__all__ = ["LEVEL_DEPTH", "UnitListError", "export_unit_list", "import_unit_list"]

# Provinces first, then districts, then communes: the order of a tree, top down.
LEVEL_DEPTH = {UnitLevel.PROVINCE: 0, UnitLevel.DISTRICT: 1, UnitLevel.COMMUNE: 2}


def import_unit_list(repo: Repository, *, path: Path,
                     valid_from: dt.date | None = None) -> UnitImport:
    """``import_unit_file``; nothing is written on any error.

    Raises ``UnitListError`` (the file), ``ValidationError`` (the units) or
    ``StorageError`` (the data file: full disk, another program holding it…).
    """
    try:
        return import_unit_file(repo, path=path, valid_from=valid_from)
    except sqlite3.Error as exc:  # one the transaction did not already say as StorageError
        raise storage_error(exc, repo.db.path) from exc


def export_unit_list(repo: Repository, *, path: Path) -> int:
    """Write the whole catalogue (every period) to our CSV, top down; how many units.

    Raises ``OSError`` when the file cannot be written.
    """
    units = sorted(queries.units(repo), key=lambda u: (
        LEVEL_DEPTH[u.level], u.code, u.valid_from or dt.date.min))
    return write_unit_list(path, units)
