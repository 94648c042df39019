"""Report files dropped anywhere on the main window go to the import page.

Kept apart from ``import_page`` so the window can take drops from the start without loading
the import machinery (the page is built the first time a file arrives).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject

REPORT_SUFFIXES = (".xlsx", ".xls", ".xlsm")


def local_report_files(urls: Sequence[Any]) -> list[Path]:
    """The local files and folders among dropped URLs that could hold reports (an .xls or
    .xlsm is let through so the import can say what is wrong with it)."""
    paths = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or path.suffix.lower() in REPORT_SUFFIXES:
            paths.append(path)
    return paths


class _WindowDrops(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if mime.hasUrls() and local_report_files(mime.urls()):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = local_report_files(event.mimeData().urls())  # type: ignore[attr-defined]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.window.show_page("imports").add_paths(paths)
                return True
        return False


def accept_report_drops(window: Any) -> None:
    """Let ``window`` (the main window, with an "imports" page) take dropped report files."""
    window.setAcceptDrops(True)
    window.installEventFilter(_WindowDrops(window))
