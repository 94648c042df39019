"""Sending reports upward: mail settings, the outbox, and the other ways out.

One module per job; this package gathers their public names, so callers write
``from ocop_desktop.operations import outbox as ob`` and ``ob.queue_file(...)``:

* ``settings`` — mail settings in the database and the password in the credential store;
* ``transport`` — the SMTP connection, the connection check, failures as ``SendErrorCode``;
* ``message`` — the letter: the dialog's draft texts and the message that goes;
* ``queue`` — queuing, cancelling, and the send loop that never loses an item;
* ``handover`` — a copy to a folder or USB drive, or a report handed over another way;
* ``register`` — what sending reads from and writes to the report register.

Secrets: the password comes from the ``OCOP_SMTP_PASSWORD`` environment variable or the
operating system's credential store (``keyring``); it is never written to the database, a
file or a log, and ``MailSettings`` leaves it out of its repr. Message bodies are not logged.
"""

from __future__ import annotations

from ocop_desktop.operations.outbox.handover import (
    copy_file_to,
    mark_handed_over,
    report_file_changed,
    save_copy,
)
from ocop_desktop.operations.outbox.message import (
    MAX_ATTACHMENT,
    MAX_BODY,
    MAX_SUBJECT,
    Draft,
    build_message,
    draft_for_file,
    draft_for_report,
)
from ocop_desktop.operations.outbox.queue import (
    SendOutcome,
    SendReport,
    cancel_item,
    deliveries,
    due_count,
    make_waiting_due,
    next_due_at,
    outbox_item,
    outbox_items,
    queue_file,
    queue_message,
    queue_report,
    recover_interrupted,
    send_due,
    send_now,
    unsent_count,
)
from ocop_desktop.operations.outbox.register import ReportRef
from ocop_desktop.operations.outbox.settings import (
    ENV_VARS,
    KEYRING_SERVICE,
    check_mail_settings,
    keyring_available,
    load_mail_settings,
    read_password,
    save_mail_settings,
    store_password,
    stored_mail_settings,
)
from ocop_desktop.operations.outbox.transport import (
    ConnectionCheck,
    ContextFactory,
    classify_error,
    default_context,
    server_reachable,
    test_connection,
)

__all__ = [
    "ConnectionCheck", "ContextFactory", "Draft", "ENV_VARS", "KEYRING_SERVICE",
    "MAX_ATTACHMENT", "MAX_BODY", "MAX_SUBJECT", "ReportRef", "SendOutcome", "SendReport",
    "build_message", "cancel_item", "check_mail_settings", "classify_error", "copy_file_to",
    "default_context", "deliveries", "draft_for_file", "draft_for_report", "due_count",
    "keyring_available", "load_mail_settings", "make_waiting_due", "mark_handed_over",
    "next_due_at", "outbox_item", "outbox_items", "queue_file", "queue_message",
    "queue_report", "read_password", "recover_interrupted", "report_file_changed",
    "save_copy", "save_mail_settings", "send_due", "send_now", "server_reachable",
    "store_password", "stored_mail_settings", "test_connection", "unsent_count",
]
