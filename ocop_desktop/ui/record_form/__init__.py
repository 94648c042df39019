"""The keyboard-first entry form for one log record.

* ``fields``: ``RecordFields``, the editors in entry order, their layout and the problems
  shown under them;
* ``form``: ``RecordForm``, what the fields do with a record: new, edit, duplicate, save,
  the draft kept against a power cut, a topic added by name.
"""

from ocop_desktop.ui.record_form.form import RecordForm

__all__ = ["RecordForm"]
