"""Times of the mail operations (outbox, inbox): "now" (or the moment a test gives) and
its stored text form."""

from __future__ import annotations

import datetime as dt


def current(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    # Same shape as records.now_utc(), so times sort as text across tables.
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")
