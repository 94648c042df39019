"""What every window and page shares: the open data file and one "data changed" signal.

Pages never call each other. They call operations through ``AppContext.apply``, which
emits ``changed`` with the operation's ``Changes``; every view that shows the touched areas
refreshes itself from that one signal (Anki's ``operation_did_execute``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ocop_desktop.operations import Changes
from ocop_desktop.operations.queries import Repository

T = TypeVar("T")


class AppContext(QObject):
    """The open data file (``repo``, ``db_path``) and the change signal."""

    changed = Signal(object)  # Changes

    def __init__(self, repo: Repository, db_path: Path | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.db_path = db_path

    def apply(self, operation: Callable[..., T], /, **kwargs: object) -> T:
        """Run ``operation(self.repo, **kwargs)``; announce its ``Changes`` if it returns some.

        ``ValidationError`` propagates unchanged (nothing was written) for the caller to show.
        """
        result = operation(self.repo, **kwargs)
        if isinstance(result, Changes):
            self.changed.emit(result)
        return result

    def announce(self, changes: Changes) -> None:
        """For work done elsewhere (a worker thread, a restore) that changed the data."""
        self.changed.emit(changes)
