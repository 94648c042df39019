"""The contract every page of the settings dialog follows (Picard's options pages).

A page is a widget with three methods:

* ``load(state)``: put the stored values into the widgets;
* ``check()``: return the problems of what is typed, shown next to the fields (empty list:
  fine). The dialog saves nothing while any page has a problem;
* ``save(state)``: copy the installation's fields into ``state.installation`` (the dialog
  saves the installation once, after every page), and write what the page owns elsewhere
  (this computer's preferences, its own database settings) itself.

To add a page, subclass ``SettingsPage`` and add the class to ``PAGES`` in
``ui/settings_dialog.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ocop_desktop.domain.records import Installation, Unit
from ocop_desktop.domain.validation import Problem
from ocop_desktop.ui.context import AppContext


@dataclass
class SettingsState:
    """What the pages share while the dialog is open."""

    installation: Installation | None  # as stored; pages replace it in ``save``
    new_unit: Unit | None = None  # a unit typed in, to add to the catalogue


class SettingsPage(QWidget):
    """One page of the settings dialog; override ``title``, ``load``, ``check``, ``save``."""

    NAME = ""  # stable identifier, e.g. "installation"; the dialog can open on it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        """The page's name in the dialog's list (translated)."""
        raise NotImplementedError

    def load(self, state: SettingsState) -> None:
        raise NotImplementedError

    def check(self) -> list[Problem]:
        return []

    def save(self, state: SettingsState) -> None:
        raise NotImplementedError

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        """Show problems that saving the installation raised; True if any belong here."""
        return False
