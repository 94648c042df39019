"""Qt's own file dialog everywhere, in the interface's language, at a size that shows names.

A native dialog (GTK, a desktop portal) speaks the system's language, often English on the
communes' PCs; Qt's own dialog takes its words from ``qtbase_<language>`` (the package ships
``qtbase_vi``, with the dialog's "&Look in:" and "Files of &type:"). ``file_dialog`` asks
each dialog for Qt's own (``DontUseNativeDialog``).

QFileDialog's static functions open that dialog at its small default size, where the long
Vietnamese file names and the "Ngày sửa" column are cut. Every file dialog of the window is
therefore opened through the functions below (same arguments and results as QFileDialog's
static functions), which size it to the screen and widen the name column;
``tests/test_architecture.py`` fails on a QFileDialog made anywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

from ocop_desktop.ui.widgets import screen_room

# Wide enough for "Bao-cao-thang-06-2021-Xa-Hoang-Dong.xlsx" with size, type and date beside
# it; bounded by the screen (1366×768 at 125 % leaves about 1090×550).
PREFERRED_SIZE = QSize(960, 560)


def file_dialog(parent: QWidget | None, caption: str, directory: str = "",
                name_filter: str = "", *,
                mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
                saving: bool = False) -> QFileDialog:
    """A file dialog sized for this screen; ``exec()`` it, then read ``selectedFiles()``."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    if mode is QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if saving
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    available = screen_room(parent)
    size = PREFERRED_SIZE.boundedTo(
        QSize(available.width() * 9 // 10, available.height() * 9 // 10))
    dialog.resize(size.expandedTo(dialog.minimumSizeHint()))
    splitter = dialog.findChild(QSplitter, "splitter")
    sidebar = dialog.findChild(QListView, "sidebar")
    if splitter is not None and sidebar is not None:  # "Máy tính này", not "Má…"
        side = max(sidebar.sizeHintForColumn(0), sidebar.fontMetrics().horizontalAdvance(
            "Máy tính này") + sidebar.iconSize().width()) + 2 * sidebar.frameWidth() + 12
        splitter.setSizes([side, max(size.width() - side, side)])
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        header = view.header()
        metrics, titles = view.fontMetrics(), header.fontMetrics()
        model = header.model()
        # Name takes what the size, type and date leave; those three fit their contents.
        samples = ((1, "999,9 KB"), (2, "Bảng tính Excel 2007"), (3, "31/12/2026 23:59"))
        for column, sample in samples:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             titles.horizontalAdvance(title)) + 28)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
    return dialog


def _chosen_files(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def _chosen(dialog: QFileDialog) -> tuple[str, str]:
    files, name_filter = _chosen_files(dialog)
    return (files[0], name_filter) if files else ("", "")


def open_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    """As ``QFileDialog.getOpenFileName``: the chosen file and filter, ``("", "")`` if none."""
    return _chosen(file_dialog(parent, caption, directory, name_filter))


def open_file_names(parent: QWidget | None, caption: str = "", directory: str = "",
                    name_filter: str = "") -> tuple[list[str], str]:
    """As ``QFileDialog.getOpenFileNames``: the chosen files and filter, ``([], "")`` if none."""
    return _chosen_files(file_dialog(parent, caption, directory, name_filter,
                                     mode=QFileDialog.FileMode.ExistingFiles))


def save_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    """As ``QFileDialog.getSaveFileName`` (asks before replacing a file)."""
    return _chosen(file_dialog(parent, caption, directory, name_filter,
                               mode=QFileDialog.FileMode.AnyFile, saving=True))


def existing_directory(parent: QWidget | None, caption: str = "", directory: str = "") -> str:
    """As ``QFileDialog.getExistingDirectory``: the chosen folder, ``""`` if none."""
    return _chosen(file_dialog(parent, caption, directory,
                               mode=QFileDialog.FileMode.Directory))[0]
