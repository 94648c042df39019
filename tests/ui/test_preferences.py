"""This computer's preferences: typed, with defaults, in the config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from ocop_desktop import paths
from ocop_desktop.ui.preferences import FolderKind, Preferences


def test_defaults_then_stored_values(qapp) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences()
    assert prefs.language == "vi"
    assert prefs.current_page == "log"
    assert prefs.geometry.isEmpty()
    prefs.language = "en"
    prefs.geometry = QByteArray(b"\x01\x02")
    prefs.sync()
    again = Preferences()
    assert again.language == "en"
    assert again.geometry == QByteArray(b"\x01\x02")
    assert Preferences.file_path().parent == paths.config_dir()
    assert Preferences.file_path().is_file()


def test_a_damaged_value_falls_back_to_the_default(qapp) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences()
    prefs.set_value("window/geometry", "not bytes")
    prefs.set_value("ui/language", 42)
    assert prefs.geometry.isEmpty()
    assert prefs.language == "vi"


def test_last_folders(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences()
    assert prefs.folder(FolderKind.EXPORT) == paths.documents_dir()
    prefs.set_folder(FolderKind.EXPORT, tmp_path)
    assert Preferences().folder(FolderKind.EXPORT) == tmp_path
    assert prefs.folder(FolderKind.IMPORT) == paths.documents_dir()
    prefs.set_folder(FolderKind.BACKUP, tmp_path / "gone")  # removed since: back to Documents
    assert prefs.folder(FolderKind.BACKUP) == paths.documents_dir()
