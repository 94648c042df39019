"""The entry form's unsaved typing, kept in the data file so a power cut loses nothing.

One draft at a time (one form per installation): what each field shows, as text, and the
record being edited if any. It lives in the ``settings`` table under ``record_draft`` and is
removed when the typing is saved or deliberately discarded; a draft found at start-up was left
by a crash or a power cut.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from ocop_desktop.storage.repository import Repository

DRAFT_KEY = "record_draft"


@dataclass(frozen=True, slots=True)
class Draft:
    """What the form showed: field name → text (or code), and when it was written."""

    fields: dict[str, str]
    written_at: dt.datetime
    editing: str | None = None  # the UUID of the stored record being edited
    extra: dict[str, str] = field(default_factory=dict)


def save_draft(repo: Repository, *, draft: Draft) -> None:
    """Write (replace) the draft; durable when this returns."""
    value = json.dumps({"fields": draft.fields, "written_at": draft.written_at.isoformat(),
                        "editing": draft.editing}, ensure_ascii=False)
    with repo.db.atomic():
        repo.set_setting(DRAFT_KEY, value)


def load_draft(repo: Repository) -> Draft | None:
    """The draft left in the file, or ``None`` (an unreadable one counts as none)."""
    raw = repo.setting(DRAFT_KEY)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        fields = {str(k): str(v) for k, v in dict(data["fields"]).items()}
        written_at = dt.datetime.fromisoformat(str(data["written_at"]))
        editing = data.get("editing")
    except (ValueError, KeyError, TypeError):
        return None
    return Draft(fields=fields, written_at=written_at,
                 editing=str(editing) if editing else None)


def clear_draft(repo: Repository) -> None:
    if repo.setting(DRAFT_KEY) is None:
        return
    with repo.db.atomic():
        repo.delete_setting(DRAFT_KEY)
