"""This computer's UI preferences (window geometry, last folders, language) over QSettings.

Settings that belong to the data (who we are, report cut-off day…) live in the database;
settings that belong to this computer and this user live here, in an INI file under
``paths.config_dir()`` (Anki draws the same line between ``col.conf`` and ``profiles.py``).
Every key is declared once below, with its type and default (Picard's ``options.py`` in
miniature), so a typo is an attribute error rather than a silently empty value.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from ocop_desktop import paths

T = TypeVar("T")

SETTINGS_FILE_NAME = "ocop-desktop.ini"


class FolderKind(StrEnum):
    """Folders remembered separately, so each file dialog opens where it was last used."""

    IMPORT = "import"  # reports received from communes
    EXPORT = "export"  # reports written
    BACKUP = "backup"  # manual backups and restores
    CATALOGUE = "catalogue"  # unit lists from the statistics office


class Preference(Generic[T]):
    """One declared key: ``prefs.geometry`` reads it, ``prefs.geometry = …`` writes it."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    @overload
    def __get__(self, instance: None, owner: type) -> Preference[T]: ...
    @overload
    def __get__(self, instance: Preferences, owner: type) -> T: ...

    def __get__(self, instance: Preferences | None, owner: type) -> Any:
        if instance is None:
            return self
        return instance.value(self.key, self.default)

    def __set__(self, instance: Preferences, value: T) -> None:
        instance.set_value(self.key, value)


class Preferences:
    """Typed accessors; construct one where needed (it is cheap, QSettings caches the file)."""

    # Main window.
    geometry = Preference("window/geometry", QByteArray())
    window_state = Preference("window/state", QByteArray())
    current_page = Preference("window/page", "log")
    # The log page: splitter between table and entry form, table column widths.
    log_splitter = Preference("log/splitter", QByteArray())
    log_header = Preference("log/header", QByteArray())
    # Interface language: "vi" (the only one shipped so far) or a code with a .qm file.
    language = Preference("ui/language", "vi")

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(str(self.file_path()), QSettings.Format.IniFormat)

    @staticmethod
    def file_path() -> Path:
        return paths.config_dir() / SETTINGS_FILE_NAME

    @property
    def settings(self) -> QSettings:
        return self._settings

    def value(self, key: str, default: T) -> T:
        """The stored value if it has the default's type, else the default (a hand-edited or
        damaged INI file never breaks the window)."""
        raw: object
        if isinstance(default, bool):  # before int: a bool is an int
            raw = self._settings.value(key, default, type=bool)
        elif isinstance(default, int):
            try:
                raw = self._settings.value(key, default, type=int)
            except (TypeError, ValueError):
                raw = default
        else:
            raw = self._settings.value(key, default)
        return raw if isinstance(raw, type(default)) else default  # type: ignore[return-value]

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    # Last folders are keyed by kind; a folder that no longer exists falls back to Documents.
    def folder(self, kind: FolderKind) -> Path:
        raw = self.value(f"folders/{kind.value}", "")
        if raw and Path(raw).is_dir():
            return Path(raw)
        return paths.documents_dir()

    def set_folder(self, kind: FolderKind, folder: Path) -> None:
        """Remember a folder (pass the file's parent after a file dialog)."""
        self.set_value(f"folders/{kind.value}", str(folder))

    def sync(self) -> None:
        self._settings.sync()
