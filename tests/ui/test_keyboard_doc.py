"""The keyboard table of the guide (docs/ban-phim.md) and the menus agree: one test reads both."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence

DOC = Path(__file__).resolve().parents[2] / "docs" / "ban-phim.md"


def _menu_rows() -> dict[tuple[str, str], list[str]]:
    """(menu, item) → the keys the guide's first table gives for it."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Phím tắt trong menu", 1)[1].split("\n## ", 1)[0]
    rows: dict[tuple[str, str], list[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("Phím", "") or set(cells[0]) <= {"-"}:
            continue
        menu, _, item = cells[2].partition(" → ")
        rows[(menu, item)] = [k.strip() for k in cells[0].split(", ") if k.strip()]
    return rows


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text)


def _doc_key(key: str) -> str:
    """The guide writes keys as people say them; Qt's portable names differ a little."""
    return {"Ctrl+Enter": "Ctrl+Return", "Delete": "Del"}.get(key, key)


def test_the_keyboard_table_and_the_menus_agree(main_window) -> None:  # type: ignore[no-untyped-def]
    rows = _menu_rows()
    assert len(rows) >= 10
    in_menus: dict[tuple[str, str], list[str]] = {}
    for menu_action in main_window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            if action.isSeparator() or not isinstance(action, QAction):
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.PortableText)
                    for k in action.shortcuts()]
            if keys:
                in_menus[(_plain(menu_action.text()), _plain(action.text()))] = keys
    # Every shortcut in a menu is in the guide, with the same keys (the first is the one
    # the menu shows; "Ctrl+Enter" also answers to the keypad's Enter).
    assert set(in_menus) == set(rows), (set(in_menus) ^ set(rows))
    for where, keys in rows.items():
        shown = in_menus[where]
        documented = [_doc_key(k) for k in keys]
        assert shown[0] == documented[0], (where, shown, documented)
        assert set(documented) <= set(shown), (where, shown, documented)
        assert set(shown) - set(documented) <= {"Ctrl+Enter"}, (where, shown, documented)
