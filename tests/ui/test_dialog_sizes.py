"""The wizard and the catalogue, settings and backup dialogs fit a 1366×768 screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ocop_desktop.ui.administration_pages import ClusterDialog, RelationDialog
from ocop_desktop.ui.backup_actions import RestoreDialog
from ocop_desktop.ui.catalogue.dialogs import DirectiveDialog, TopicDialog
from ocop_desktop.ui.catalogue.unit_import import UnitImportDialog
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.settings_dialog import SettingsDialog
from ocop_desktop.ui.setup_wizard import SetupWizard
from ocop_desktop.ui.widgets import screen_room

# The taskbar and the title bar take about 80 pixels of a 768-pixel-high screen.
SCREEN_WIDTH, USABLE_HEIGHT = 1366, 690


def test_dialogs_fit_a_small_screen(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert ctx.db_path is not None
    dialogs: list[QWidget] = [
        SetupWizard(ctx), SettingsDialog(ctx), DirectiveDialog(ctx), TopicDialog(ctx),
        UnitImportDialog(ctx, tmp_path / "danh-muc.xlsx"), RestoreDialog(ctx.db_path),
        ClusterDialog(ctx, "05986"), RelationDialog(ctx),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert needed.width() <= SCREEN_WIDTH, type(dialog).__name__
        assert needed.height() <= USABLE_HEIGHT, (type(dialog).__name__, needed.height())
        assert dialog.width() <= SCREEN_WIDTH and dialog.height() <= USABLE_HEIGHT, (
            type(dialog).__name__, dialog.size())
        assert dialog.windowTitle(), type(dialog).__name__
        dialog.close()


def test_settings_and_wizard_open_at_their_size_hint(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Not at Qt's default of 2/3 of the screen, which cramps their two columns."""
    for dialog in (SettingsDialog(ctx), SetupWizard(ctx)):
        qtbot.addWidget(dialog)
        dialog.show()
        available = screen_room(dialog)
        assert dialog.size() == dialog.sizeHint().boundedTo(available), type(dialog).__name__
        dialog.close()
