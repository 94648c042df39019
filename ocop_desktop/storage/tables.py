"""sqlite-utils' table API over one of our connections, for the schema steps
(``migrations.apply``) that create tables and insert rows with it.

Imported only when a step has to run: sqlite-utils (with click, pluggy and dateutil) costs
~60 ms of CPU, and the start of an up-to-date file needs none of it (DESIGN.md §7).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils

from ocop_desktop.storage.database import Database


class TableApi(sqlite_utils.Database):
    """sqlite-utils' ``Database`` on the connection of ``owner``, whose transactions are the
    owner's (``BEGIN IMMEDIATE``, failures as ``StorageError``)."""

    def __init__(self, owner: Database) -> None:
        # No plugins: scanning entry points costs time and we use none.
        super().__init__(owner.conn, execute_plugins=False)
        self.owner = owner

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:  # type: ignore[override]
        with self.owner.atomic():
            yield self
