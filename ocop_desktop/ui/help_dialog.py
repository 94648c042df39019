"""The Trợ giúp menu: Hướng dẫn sử dụng (F1), the user guide readable without internet, and
Giới thiệu (version, where the data lives).

The guide is ``docs/huong-dan.md`` in the repository; the package ships a copy as
``ocop_desktop/resources/huong-dan.md`` (a test keeps the two identical) so the installed
program shows it offline. The screenshots of the repository's copy are left out here: the
person is looking at the real window already.
"""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop import __version__
from ocop_desktop.ui.context import AppContext
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


class AboutDialog(QDialog):
    """Trợ giúp → Giới thiệu."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu OCOP Desktop"))
        title = QLabel(self.tr("<h2>OCOP Desktop {version}</h2>").format(version=__version__))
        text = QLabel(self.tr(
            "<p>Sổ ghi và báo cáo kết quả tuyên truyền cho đài truyền thanh cấp xã và cơ quan "
            "tổng hợp cấp huyện, cấp tỉnh: ghi từng buổi phát, từng hoạt động tuyên truyền; "
            "lập báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP); "
            "tổng hợp báo cáo của các đơn vị cấp dưới.</p>"
            "<p>Dữ liệu nằm trên máy này, trong tệp:<br><code>{path}</code><br>"
            "Hãy để tệp trên ổ đĩa của máy, không để trên ổ mạng dùng chung.</p>"
            "<p>Phát hành theo giấy phép MIT. Dùng Qt {qt}.</p>").format(
                path=ctx.db_path or self.tr("(trong bộ nhớ)"), qt=qVersion()))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)



def show_help(window: QMainWindow) -> HelpDialog:
    """Trợ giúp → "Hướng dẫn sử dụng" (F1): the guide, non-modal so it can stay open; a second
    F1 brings the same window forward."""
    existing = window.findChild(HelpDialog)
    dialog = existing if isinstance(existing, HelpDialog) else HelpDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
