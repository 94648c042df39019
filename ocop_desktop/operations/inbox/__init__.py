"""Receiving reports by email: mailbox settings, fetching, accepting or returning, replies.

One module per job; this package gathers their public names, so callers write
``from ocop_desktop.operations import inbox as ib`` and ``ib.fetch_mail(...)``:

* ``settings`` — mailbox settings in the database and the password in the credential store;
* ``transport`` — the IMAP connection: log in once, list, read without marking, keyword;
* ``message`` — reading one untrusted message (no I/O);
* ``fetch`` — fetching, listing each attachment as waiting or ignored, recording replies;
* ``decide`` — accepting (import and acknowledgement) or returning (the reason) a report.

Untrusted mail: a message over ``MAX_MESSAGE_BYTES`` is not downloaded; more than
``MAX_PARTS`` MIME parts, an attachment over ``MAX_ATTACHMENT_BYTES``, or a message that
cannot be parsed is ignored with its reason; one bad message never stops the others. Bodies
are kept as plain text.
"""

from __future__ import annotations

from ocop_desktop.operations.inbox.decide import (
    AcceptResult,
    accept_item,
    item_preview,
    return_item,
)
from ocop_desktop.operations.inbox.fetch import (
    FetchEntry,
    FetchReport,
    fetch_mail,
    inbox_item,
    inbox_items,
    preview_warnings,
    process_message,
    replies,
    returned_waiting_resend,
    waiting_count,
)
from ocop_desktop.operations.inbox.message import read_message
from ocop_desktop.operations.inbox.settings import (
    ENV_VARS,
    InboxCheck,
    check_imap_settings,
    load_imap_settings,
    save_imap_settings,
    stored_imap_settings,
    test_connection,
)

__all__ = [
    "ENV_VARS", "AcceptResult", "FetchEntry", "FetchReport", "InboxCheck", "accept_item",
    "check_imap_settings", "fetch_mail", "inbox_item", "inbox_items", "item_preview",
    "load_imap_settings", "preview_warnings", "process_message", "read_message", "replies",
    "return_item", "returned_waiting_resend", "save_imap_settings", "stored_imap_settings",
    "test_connection", "waiting_count",
]
