"""Trợ giúp → Hướng dẫn sử dụng (F1): the user guide, readable without internet.

The guide is ``docs/huong-dan.md`` in the repository; the package ships a copy as
``ocop_desktop/resources/huong-dan.md`` (a test keeps the two identical) so the installed
program shows it offline. The screenshots of the repository's copy are left out here: the
person is looking at the real window already.
"""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.ui.widgets import screen_room

GUIDE_NAME = "huong-dan.md"
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$", re.MULTILINE)


def guide_markdown() -> str | None:
    """The guide's Markdown without its screenshots, or ``None`` if the package lacks it."""
    guide = resources.files("ocop_desktop") / "resources" / GUIDE_NAME
    if not guide.is_file():
        return None
    text = guide.read_text(encoding="utf-8")
    return _IMAGE.sub("", text)


class HelpDialog(QDialog):
    """The user guide in a browser pane; links to web pages open in the web browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng OCOP Desktop"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        markdown = guide_markdown()
        if markdown is None:
            self.browser.setPlainText(self.tr(
                "Không tìm thấy tệp hướng dẫn trong bộ cài đặt. Hãy cài lại phần mềm."))
        else:
            self.browser.setMarkdown(markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # Within the screen (1366×768 at 125 % leaves 1093×552).
        self.resize(QSize(820, 640).boundedTo(screen_room(self)))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)


def add_help_action(window: QMainWindow, menu: QMenu) -> QAction:
    """Trợ giúp → "Hướng dẫn sử dụng" (F1), non-modal so the guide can stay open."""
    action = QAction(QCoreApplication.translate("HelpDialog", "&Hướng dẫn sử dụng"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setStatusTip(QCoreApplication.translate(
        "HelpDialog", "Cách ghi sổ, lập và gửi báo cáo, tổng hợp báo cáo"))

    def show() -> None:
        existing = window.findChild(HelpDialog)
        dialog = existing if isinstance(existing, HelpDialog) else HelpDialog(window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    action.triggered.connect(lambda _checked=False: show())
    window.addAction(action)
    menu.addAction(action)
    return action
