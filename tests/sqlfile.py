"""Reading a data file the way a second program would: a fresh connection, closed at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any


def rows(path: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of one statement, from a connection of its own (closed before returning)."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()
