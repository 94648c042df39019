"""Marking texts for translation where they are kept in tables.

``QT_TRANSLATE_NOOP("Context", "text")`` returns ``text`` unchanged; it only tells the
translation extractor (``installer/update_translations.py``) that ``text`` is translated
under ``Context`` later, where it is shown, e.g. ``QCoreApplication.translate("Context",
HEADERS[section])``. PySide6 has the same function, typed as returning ``object``; this one
keeps the ``str`` type. QtCore only, so the CLI can use it too.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for the tools)
    return text
