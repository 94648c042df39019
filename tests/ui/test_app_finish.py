"""The finished look (issue 6): icon, style, translators, version, remembered layout, help."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from ocop_desktop import __version__, app
from ocop_desktop.storage import database
from ocop_desktop.storage.database import open_database
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.preferences import FolderKind, Preferences
from tests.sqlfile import rows

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_RESOURCES = resources.files("ocop_desktop") / "resources"


def test_window_icon_carries_every_rendered_size(qapp: QApplication) -> None:
    icon = app.window_icon()
    assert icon is not None
    assert {s.width() for s in icon.availableSizes()} == set(app.ICON_SIZES)
    # The 16 px image is drawn on the pixel grid, not a scaled-down 256 px one.
    assert icon.pixmap(QSize(16, 16)).toImage().pixelColor(1, 4).name() == "#ffd54f"


def test_windows_icon_file_holds_every_size(qapp: QApplication) -> None:
    reader = QImageReader(str(PACKAGE_RESOURCES / "ocop-desktop.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        sizes.append(image.width())
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_application_has_icon_style_and_version(qapp: QApplication) -> None:
    style, palette, icon = qapp.style().name(), qapp.palette(), qapp.windowIcon()
    try:
        created = app.create_application()
        assert created is qapp
        assert qapp.style().name().lower() == "fusion"
        assert not qapp.windowIcon().isNull()
        assert qapp.applicationVersion() == __version__
        dialog = QMessageBox()  # every window and dialog shows the app's icon
        assert dialog.windowIcon().cacheKey() == qapp.windowIcon().cacheKey()
        dialog.deleteLater()
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
        qapp.setWindowIcon(icon)


def _installed(language: str, qapp: QApplication) -> list[str]:
    """Install the translators for ``language``, translate probes, then remove them."""
    translators = app.install_translators(qapp, language)
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        texts = sorted(b.text() for b in box.buttons()) + [buttons.buttons()[0].text()]
        texts.append(QCoreApplication.translate("MainWindow", "Sổ ghi"))
        box.deleteLater()
        buttons.deleteLater()
        return texts
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_vietnamese_translates_qt_standard_buttons(qapp: QApplication) -> None:
    # Qt ships no qtbase_vi: the package's own file gives the standard buttons Vietnamese.
    assert _installed("vi", qapp) == ["&Có", "&Không", "Hủy", "Sổ ghi"]


def test_english_translates_the_app(qapp: QApplication) -> None:
    assert _installed("en", qapp) == ["&No", "&Yes", "Cancel", "Log"]


def test_about_dialog_shows_the_version(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.show_about()
    qtbot.waitExposed(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts
    dialog.close()


def test_help_menu_opens_the_user_guide(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.help_dialog import HelpDialog

    assert main_window.help_action in main_window.help_menu.actions()
    main_window.help_action.trigger()
    dialog = main_window.findChild(HelpDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    for job in ("Ghi một buổi phát", "Lập và gửi báo cáo", "Tổng hợp báo cáo"):
        assert job in text
    assert "![" not in text  # screenshots are left out in the app
    main_window.help_action.trigger()  # a second F1 brings the same window forward
    assert len(main_window.findChildren(HelpDialog)) == 1
    dialog.close()


def test_packaged_guide_is_the_docs_guide() -> None:
    packaged = (PACKAGE_RESOURCES / "huong-dan.md").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    assert packaged == docs, "copy docs/huong-dan.md to ocop_desktop/resources/huong-dan.md"


def test_main_window_remembers_size_position_and_page(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)
    first.move(20, 10)
    first.show_page("outbox")
    qtbot.waitExposed(first)
    assert first.height() == 520
    first.close()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    # The offscreen screen is 800×600, so Qt narrows a restored window that is wider (the
    # window's minimum width is larger); the height shows the saved geometry was used
    # rather than the first-start default of 1280×760.
    assert second.height() == 520
    assert second.current_page_key() == "outbox"
    second.close()


def test_last_folders_are_remembered_per_kind(tmp_path: Path) -> None:
    imports, exports = tmp_path / "nhan", tmp_path / "gui"
    imports.mkdir()
    exports.mkdir()
    prefs = Preferences()
    prefs.set_folder(FolderKind.IMPORT, imports)
    prefs.set_folder(FolderKind.EXPORT, exports)
    prefs.sync()
    again = Preferences()
    assert again.folder(FolderKind.IMPORT) == imports
    assert again.folder(FolderKind.EXPORT) == exports
    exports.rmdir()  # a folder that is gone falls back to Documents
    assert again.folder(FolderKind.EXPORT) != exports


def _written_version(path: Path) -> str:
    [(version,)] = rows(path, "SELECT value FROM settings WHERE key = 'app_version'")
    return str(version)


def test_data_file_records_the_version_that_wrote_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ocop.sqlite"
    open_database(path).close()
    assert _written_version(path) == __version__
    monkeypatch.setattr(database, "__version__", "9.9.9")  # a later release opens it
    open_database(path).close()
    assert _written_version(path) == "9.9.9"


def test_smoke_exit_closes_the_window_with_a_screenshot(
        main_window, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    shot = tmp_path / "shot.png"
    monkeypatch.setenv(app.SMOKE_EXIT_ENV, "10")
    monkeypatch.setenv(app.SMOKE_SCREENSHOT_ENV, str(shot))
    app._schedule_smoke_exit(main_window)
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)
    assert shot.is_file() and shot.stat().st_size > 1000


def test_smoke_exit_is_off_without_the_variable(
        main_window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(app.SMOKE_EXIT_ENV, raising=False)
    app._schedule_smoke_exit(main_window)
    qtbot.wait(50)
    assert main_window.isVisible()


def test_version_is_written_once() -> None:
    """pyproject.toml reads the version from ocop_desktop/__init__.py (the installer too)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "ocop_desktop.__version__"}
    assert "__version__ = " in (ROOT / "installer" / "ocop_desktop.iss").read_text(
        encoding="utf-8-sig")
