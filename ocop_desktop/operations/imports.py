"""Importing a batch of unit report files one after another (the window's "Nhập báo cáo").

Each file is imported in a transaction of its own (``exchange.commit_import``, which checks
it again inside the transaction). When one file cannot be written — the data file is locked
or the disk is full — that file's transaction is rolled back and the batch goes on with the
next: the failure is kept with the file. Every SQLite failure arrives as ``StorageError``
(the one error type the window knows), an unreadable file as ``OSError``; anything else is a
bug and ends the batch.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ocop_desktop.operations.exchange import ImportPreview, ImportResult, commit_import
from ocop_desktop.storage.database import StorageError, storage_error
from ocop_desktop.storage.repository import Repository

__all__ = ["FileImport", "import_files"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FileImport:
    """What importing one file did: its ``result``, or the ``error`` that stopped it."""

    preview: ImportPreview
    result: ImportResult | None = None
    error: StorageError | OSError | None = None


def import_files(repo: Repository, previews: Sequence[ImportPreview], *,
                 progress: Callable[[int, int, ImportPreview], None] | None = None,
                 ) -> list[FileImport]:
    """Import the checked files in the order given (``exchange.commit_order``), one
    transaction each; ``progress(done, total, preview)`` is told before each file."""
    outcomes = []
    for number, preview in enumerate(previews):
        if progress is not None:
            progress(number, len(previews), preview)
        try:
            outcomes.append(FileImport(preview, result=commit_import(repo, preview=preview)))
        except sqlite3.Error as exc:
            log.error("import of %s failed: %r", preview.path, exc)
            outcomes.append(FileImport(preview, error=storage_error(exc, repo.db.path)))
        except (StorageError, OSError) as exc:
            log.error("import of %s failed: %r", preview.path, exc)
            outcomes.append(FileImport(preview, error=exc))
    return outcomes
