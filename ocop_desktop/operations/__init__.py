"""Use cases that the UI and the CLI call: validate, write in one transaction, say what changed.

One module per area (``log``: installation, catalogue, directives, topics and the log itself;
the report, exchange, outbox and schedule modules beside it). The log operations are
re-exported here because every caller needs them.
"""

from ocop_desktop.operations.log import *  # noqa: F403
from ocop_desktop.operations.log import __all__ as _log_all

__all__ = list(_log_all)
