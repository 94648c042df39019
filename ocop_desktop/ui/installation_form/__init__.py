"""Who this installation is: the pieces the setup wizard and the settings dialog share.

* ``unit_chooser``: ``UnitChooser``, the own unit, picked from the catalogue (a list
  filtered as you type, regardless of diacritics) or typed in (code, name, level, parent);
* ``editor``: ``RoleChooser`` (commune radio station, or consolidating office) and
  ``InstallationEditor``, the three pieces in one widget;
* ``heading``: ``HeaderFields``, what the report prints — signer, issuing and parent body,
  place — and where it goes (receiving body and its email), with a preview of the heading.

Each piece checks its own fields and shows problems under them (``check()`` returns the
problems, empty when all is well); the callers save through ``operations.save_installation``.
"""

from ocop_desktop.ui.installation_form.editor import (
    HINT_STYLE,
    InstallationEditor,
    RoleChooser,
    suggestion_for,
)
from ocop_desktop.ui.installation_form.heading import (
    HEADER_FIELDS,
    HeaderFields,
    heading_preview_html,
)
from ocop_desktop.ui.installation_form.unit_chooser import UnitChooser, UnitListModel

__all__ = [
    "HEADER_FIELDS", "HINT_STYLE", "HeaderFields", "InstallationEditor", "RoleChooser",
    "UnitChooser", "UnitListModel", "heading_preview_html", "suggestion_for",
]
