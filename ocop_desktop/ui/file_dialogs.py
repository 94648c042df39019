"""Qt's own file dialog everywhere, in the interface's language.

A native dialog (GTK, a desktop portal) speaks the system's language, often English on the
communes' PCs; Qt's own dialog takes its words from ``qtbase_<language>`` (the package ships
``qtbase_vi``, with the dialog's "&Look in:" and "Files of &type:"). The dialogs are opened
through QFileDialog's static functions across the UI, so one application attribute covers
every one of them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def use_own_file_dialogs(app: QApplication) -> None:
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
