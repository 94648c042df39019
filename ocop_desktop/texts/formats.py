"""How both shells show a stored time stamp: in the user's clock, ``05/07/2021 15:02``.

(Counts use ``domain.report_text.count_text``, the Vietnamese digit grouping of the printed
report, so the window and the document write a number the same way.)
"""

from __future__ import annotations

import datetime as dt


def local_time(iso: str | None) -> str:
    """A stored ISO time as this computer's clock shows it; "" for none, the text itself
    when it is not a time."""
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso
