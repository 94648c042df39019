"""The mailbox settings: the database holds them (never a password), ``OCOP_IMAP_*``
variables override them for scripts, and the password comes from ``OCOP_IMAP_PASSWORD`` or
the credential store (the outbox's, under the mailbox's own account name).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ocop_desktop.domain.inbox import (
    DEFAULT_FOLDER,
    DEFAULT_IMAP_PORTS,
    FetchErrorCode,
    ImapSettings,
)
from ocop_desktop.domain.outbox import Security
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations import outbox as ob
from ocop_desktop.operations.inbox import transport
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.operations.outbox.settings import (
    env_overrides,
    password_for,
    read_server_settings,
    server_problems,
    write_server_settings,
)
from ocop_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

SETTINGS_KEY = "imap_settings"
ENV_VARS = ("OCOP_IMAP_HOST", "OCOP_IMAP_PORT", "OCOP_IMAP_SECURITY", "OCOP_IMAP_USER",
            "OCOP_IMAP_PASSWORD", "OCOP_IMAP_FOLDER")


def stored_imap_settings(repo: Repository) -> ImapSettings:
    """The settings kept in the database (never a password)."""
    data, security = read_server_settings(repo, SETTINGS_KEY, Security.SSL)
    if not data:
        return ImapSettings()
    return ImapSettings(
        host=str(data.get("host", "")),
        port=int(data.get("port") or DEFAULT_IMAP_PORTS[security]), security=security,
        user=str(data.get("user", "")), folder=str(data.get("folder") or DEFAULT_FOLDER),
        auto_accept=bool(data.get("auto_accept", False)))


def load_imap_settings(repo: Repository, *, environ: Mapping[str, str] | None = None,
                       with_password: bool = True) -> ImapSettings:
    """Settings to fetch with: database, environment, then the password
    (``OCOP_IMAP_PASSWORD``, else the credential store, as for the outbox)."""
    env = os.environ if environ is None else environ
    settings = env_overrides(stored_imap_settings(repo), env, prefix="OCOP_IMAP",
                             ports=DEFAULT_IMAP_PORTS, empty_user=False,
                             more={"FOLDER": "folder"})
    if not with_password or not settings.user:
        return settings
    password, problem = password_for(settings, env, "OCOP_IMAP_PASSWORD")
    return replace(settings, password=password,
                   password_problem=FetchErrorCode(problem.value) if problem else None)


def check_imap_settings(settings: ImapSettings, *,
                        password: str | None = None) -> list[Problem]:
    """Problems of settings a user typed (``password``: a new one to store)."""
    problems = server_problems(settings, prefix="imap_")
    if not settings.user.strip():
        problems.append(Problem("imap_user", ProblemCode.REQUIRED))
    elif len(settings.user) > 200:
        problems.append(Problem("imap_user", ProblemCode.TOO_LONG, {"max": 200}))
    folder = settings.folder.strip()
    if not folder:
        problems.append(Problem("imap_folder", ProblemCode.REQUIRED))
    elif len(folder) > 200 or not folder.isprintable():
        problems.append(Problem("imap_folder", ProblemCode.BAD_CODE, {"value": folder}))
    if password and not ob.keyring_available():
        problems.append(Problem("imap_password", ProblemCode.NO_KEYRING_IMAP))
    return problems


def save_imap_settings(repo: Repository, *, settings: ImapSettings,
                       password: str | None = None) -> Changes:
    """Store the settings (database) and, when given, the password (credential store)."""
    settings = replace(settings, host=settings.host.strip(), user=settings.user.strip(),
                       folder=settings.folder.strip() or DEFAULT_FOLDER)
    problems = check_imap_settings(settings, password=password)
    if problems:
        raise ValidationError(problems)
    old = stored_imap_settings(repo)
    if password:
        try:
            ob.store_password(settings, password)
        except ValidationError:
            raise ValidationError([Problem("imap_password", ProblemCode.NO_KEYRING_IMAP)]) \
                from None
    write_server_settings(repo, SETTINGS_KEY, settings.public_dict(), old=old, new=settings)
    log.info("mailbox settings saved (server %s:%s, %s)", settings.host, settings.port,
             settings.security.value)
    return Changes(frozenset({Area.SETTINGS, Area.INBOX}), updated=1)


@dataclass(frozen=True, slots=True)
class InboxCheck:
    """The answer of "Kiểm tra kết nối" for the mailbox."""

    ok: bool
    code: FetchErrorCode | None = None
    detail: str = ""


def test_connection(settings: ImapSettings, *,
                    context_factory: transport.ContextFactory = ob.default_context
                    ) -> InboxCheck:
    """Connect, secure the line, log in and open the folder for real; nothing is read."""
    ok, code, detail = transport.test_login(settings, context_factory)
    return InboxCheck(ok, code, detail)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
