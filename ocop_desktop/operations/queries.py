"""The read side of the operations layer: what the window may ask of the data file.

The window holds the open data file as an opaque handle (``Repository``, re-exported here as
a type only) and reads through these functions, as it writes through the operations beside
this module. It never imports ``ocop_desktop.storage`` or ``sqlite3`` and never calls a
method of the handle (``tests/test_architecture.py``), so that the storage layout can change
without touching a page. The functions are thin on purpose: the storage layer already
returns domain objects; what this module adds is the boundary, the handle of background
work (``worker_session``: every worker opens its own connection, DESIGN.md §8) and the one
error type a page catches (``StorageError``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ocop_desktop.domain.catalogue import Choice, Form
from ocop_desktop.domain.records import Directive, Installation, LogRecord, RecordQuery, Topic, Unit
from ocop_desktop.storage.database import StorageError, StorageProblem, open_database
from ocop_desktop.storage.demo import DemoStore
from ocop_desktop.storage.repository import Repository

__all__ = [
    "Repository", "StorageError", "StorageProblem", "any_unit", "children", "close_session",
    "count_records",
    "descendant_codes", "directive", "directives", "former_names", "forms", "installation",
    "open_session", "query_records", "record", "record_count", "sources", "topics",
    "unit", "unit_count", "units", "worker_session",
]


# -- the handle ----------------------------------------------------------------------------

@contextmanager
def worker_session(source: Repository | Path) -> Iterator[Repository]:
    """The data file for one piece of background work: THE one helper for workers.

    ``source`` is the data file's path (the worker opens a connection of its own with
    ``open_database`` and closes it afterwards: it never shares the window's, DESIGN.md §8),
    or a ``Repository`` for an in-memory database, which has no file to open again.
    """
    if isinstance(source, Repository):
        yield source
        return
    db = open_database(source)
    try:
        yield Repository(db)
    finally:
        db.close()


def open_session(path: Path) -> Repository:
    """A long-lived handle of the data file (a service thread's); the caller closes it."""
    return Repository(open_database(path))


def close_session(repo: Repository) -> None:
    repo.db.close()


# -- the installation and the unit tree ----------------------------------------------------

def installation(repo: Repository) -> Installation | None:
    return repo.installation()


def unit(repo: Repository, code: str, on: dt.date | None = None) -> Unit | None:
    """The unit with this code valid on ``on`` (today if omitted)."""
    return repo.unit(code, on)


def any_unit(repo: Repository, code: str) -> Unit | None:
    """The latest version of a unit, whatever its validity."""
    return repo.any_unit(code)


def units(repo: Repository, on: dt.date | None = None) -> list[Unit]:
    """Units valid on a day (every version if ``on`` is None), in Vietnamese name order."""
    return repo.units(on)


def unit_count(repo: Repository) -> int:
    return repo.unit_count()


def descendant_codes(repo: Repository, code: str, on: dt.date | None = None) -> set[str]:
    """Codes of the unit and of every unit under it (on a day, or in any version)."""
    return repo.descendant_codes(code, on)


def children(repo: Repository, code: str, on: dt.date) -> list[Unit]:
    return repo.children(code, on)


# -- catalogues ----------------------------------------------------------------------------

def forms(repo: Repository, *, include_inactive: bool = False) -> dict[str, Form]:
    return repo.forms(include_inactive=include_inactive)


def sources(repo: Repository) -> dict[str, Choice]:
    return repo.sources()


FormerNames = dict[str, list[tuple[str, dt.date | None, dt.date]]]


def former_names(repo: Repository, kind: str) -> FormerNames:
    """Earlier names of form or source codes: code → [(name, valid_from, valid_to)]."""
    return repo.former_names(kind)


def directive(repo: Repository, number: str) -> Directive | None:
    return repo.directive(number)


def directives(repo: Repository) -> list[Directive]:
    return repo.directives()


def topics(repo: Repository, *, directive: str | None = None) -> list[Topic]:
    return repo.topics(directive=directive)


# -- records -------------------------------------------------------------------------------

def record(repo: Repository, uuid: str) -> LogRecord | None:
    return repo.record(uuid)


def has_demo_data(repo: Repository) -> bool:
    """Whether the file holds what the demo generator added (the status bar says so)."""
    return not DemoStore(repo.db).demo_data().empty


def record_count(repo: Repository) -> int:
    """Live records (a counter kept by triggers: instant on a million rows)."""
    return repo.record_count()


def count_records(repo: Repository, query: RecordQuery) -> int:
    return repo.count_records(query)


def query_records(repo: Repository, query: RecordQuery, *, limit: int | None = None,
                  offset: int = 0) -> list[LogRecord]:
    """One page of matching records, sorted and filtered in SQL."""
    return repo.query_records(query, limit=limit, offset=offset)
