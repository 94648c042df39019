"""Mail settings and the password: the database holds the settings (never a password),
``OCOP_SMTP_*`` variables override them for unattended use, and the password comes from
``OCOP_SMTP_PASSWORD`` or the operating system's credential store (``keyring``), never from
a file, the database or a log (``MailSettings`` leaves it out of its repr).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from ocop_desktop.domain.inbox import ImapSettings
from ocop_desktop.domain.outbox import DEFAULT_PORTS, MailSettings, Security, SendErrorCode
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError, valid_email
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

KEYRING_SERVICE = "OCOP Desktop"
SETTINGS_KEY = "mail_settings"
ENV_VARS = ("OCOP_SMTP_HOST", "OCOP_SMTP_PORT", "OCOP_SMTP_SECURITY", "OCOP_SMTP_USER",
            "OCOP_SMTP_PASSWORD", "OCOP_SMTP_FROM")


def stored_mail_settings(repo: Repository) -> MailSettings:
    """The settings kept in the database (never a password)."""
    data, security = read_server_settings(repo, SETTINGS_KEY, Security.STARTTLS)
    if not data:
        return MailSettings()
    return MailSettings(
        host=str(data.get("host", "")), port=int(data.get("port") or DEFAULT_PORTS[security]),
        security=security, user=str(data.get("user", "")), sender=str(data.get("sender", "")),
        sender_name=str(data.get("sender_name", "")), revision=int(data.get("revision", 0)))


# -- what the outbox's and the inbox's server settings share ---------------------------------

_Server = TypeVar("_Server", MailSettings, ImapSettings)


def read_server_settings(repo: Repository, key: str,
                         default_security: Security) -> tuple[dict[str, Any], Security]:
    """A server's settings as stored (``{}`` when there are none) and their security mode."""
    raw = repo.setting(key)
    data: dict[str, Any] = json.loads(raw) if raw else {}
    try:
        security = Security(data.get("security", default_security.value))
    except ValueError:
        security = default_security
    return data, security


def write_server_settings(repo: Repository, key: str, data: Mapping[str, Any], *,
                          old: _Server, new: _Server) -> None:
    """Store a server's settings and audit the change (public fields only: no password)."""
    with repo.db.atomic():
        repo.set_setting(key, json.dumps(data, ensure_ascii=False))
        repo.audit("settings", key, "update" if old.host else "create",
                   json.dumps(old.public_dict(), ensure_ascii=False),
                   json.dumps(new.public_dict(), ensure_ascii=False))


def server_problems(settings: _Server, *, prefix: str = "") -> list[Problem]:
    """Problems of a typed server address and port (fields ``PREFIXhost``, ``PREFIXport``)."""
    problems: list[Problem] = []
    host = settings.host.strip()
    if not host:
        problems.append(Problem(f"{prefix}host", ProblemCode.REQUIRED))
    elif not re.fullmatch(r"[A-Za-z0-9\u00a0-\uffff.\-:\[\]]+", host):
        problems.append(Problem(f"{prefix}host", ProblemCode.BAD_CODE,
                                {"value": settings.host}))
    if not 1 <= settings.port <= 65535:
        problems.append(Problem(f"{prefix}port", ProblemCode.TOO_LARGE, {"max": 65535}))
    return problems


def env_overrides(settings: _Server, environ: Mapping[str, str], *, prefix: str,
                  ports: Mapping[Security, int], empty_user: bool,
                  more: Mapping[str, str]) -> _Server:
    """``PREFIX_HOST``, ``_SECURITY``, ``_PORT``, ``_USER`` and ``more`` (variable suffix →
    field) win over the database, for unattended use. ``empty_user``: an empty
    ``PREFIX_USER`` clears the user (a server without login)."""
    changes: dict[str, Any] = {}
    if environ.get(f"{prefix}_HOST"):
        changes["host"] = environ[f"{prefix}_HOST"].strip()
    if environ.get(f"{prefix}_SECURITY"):
        try:
            changes["security"] = Security(environ[f"{prefix}_SECURITY"].strip().lower())
        except ValueError:
            log.info("%s_SECURITY must be none, ssl or starttls; ignored", prefix)
    if environ.get(f"{prefix}_PORT"):
        try:
            changes["port"] = int(environ[f"{prefix}_PORT"])
        except ValueError:
            log.info("%s_PORT is not a number; ignored", prefix)
    elif changes.get("security", settings.security) is not settings.security:
        # A different security mode without a port: that mode's usual port, not the old one.
        changes["port"] = ports[changes["security"]]
    if (f"{prefix}_USER" in environ) if empty_user else environ.get(f"{prefix}_USER"):
        changes["user"] = environ[f"{prefix}_USER"].strip()
    for suffix, name in more.items():
        if environ.get(f"{prefix}_{suffix}"):
            changes[name] = environ[f"{prefix}_{suffix}"].strip()
    return replace(settings, **changes) if changes else settings


def password_for(settings: _HasKeyringUser, environ: Mapping[str, str],
                 variable: str) -> tuple[str | None, SendErrorCode | None]:
    """The password to log in with: the environment ``variable``, else the credential
    store (see ``read_password``)."""
    if variable in environ:
        return environ[variable], None
    return read_password(settings)


def load_mail_settings(repo: Repository, *, environ: Mapping[str, str] | None = None,
                       with_password: bool = True) -> MailSettings:
    """Settings to send with: database, then environment overrides, then the password
    (``OCOP_SMTP_PASSWORD``, else the credential store)."""
    env = os.environ if environ is None else environ
    settings = env_overrides(stored_mail_settings(repo), env, prefix="OCOP_SMTP",
                             ports=DEFAULT_PORTS, empty_user=True, more={"FROM": "sender"})
    if not with_password or not settings.user:
        return settings
    password, problem = password_for(settings, env, "OCOP_SMTP_PASSWORD")
    return replace(settings, password=password, password_problem=problem)


def _keyring() -> Any:
    import keyring  # imported late: discovering backends costs time at start-up

    return keyring


def keyring_available() -> bool:
    """Whether this computer has a credential store keyring can use."""
    try:
        from keyring.backends import fail

        backend = _keyring().get_keyring()
    except Exception:  # a broken backend configuration counts as none
        return False
    return not isinstance(backend, fail.Keyring)


class _HasKeyringUser(Protocol):
    @property
    def keyring_user(self) -> str: ...


def read_password(settings: _HasKeyringUser) -> tuple[str | None, SendErrorCode | None]:
    """The stored password of ``settings.keyring_user`` (SMTP: ``user@host``; the inbox's
    IMAP settings use their own account name), or why there is none."""
    try:
        from keyring.errors import KeyringError

        password = _keyring().get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        log.info("credential store unavailable: %s", type(exc).__name__)
        return None, SendErrorCode.KEYRING_UNAVAILABLE
    except Exception as exc:  # backends raise their own errors (dbus, locked wallets…)
        log.info("credential store failed: %s", type(exc).__name__)
        return None, SendErrorCode.KEYRING_UNAVAILABLE
    if password is None:
        return None, SendErrorCode.NO_PASSWORD
    return password, None


def check_mail_settings(settings: MailSettings, *, password: str | None = None) -> list[Problem]:
    """Problems of settings a user typed (``password``: a new one to store)."""
    problems = server_problems(settings)
    if not settings.sender.strip():
        problems.append(Problem("sender", ProblemCode.REQUIRED))
    elif not valid_email(settings.sender.strip()):
        problems.append(Problem("sender", ProblemCode.BAD_EMAIL, {"value": settings.sender}))
    if len(settings.sender_name) > 200:
        problems.append(Problem("sender_name", ProblemCode.TOO_LONG, {"max": 200}))
    if password and not settings.user.strip():
        problems.append(Problem("user", ProblemCode.REQUIRED))
    if password and not keyring_available():
        problems.append(Problem("password", ProblemCode.NO_KEYRING))
    return problems


def save_mail_settings(repo: Repository, *, settings: MailSettings,
                       password: str | None = None, forget_password: bool = False) -> Changes:
    """Store the settings (database) and, when given, the password (credential store only).

    The revision goes up on every save, so items stopped by a settings error (a wrong
    password…) are tried again by themselves.
    """
    settings = replace(settings, host=settings.host.strip(), user=settings.user.strip(),
                       sender=settings.sender.strip(), sender_name=settings.sender_name.strip())
    problems = check_mail_settings(settings, password=password)
    if problems:
        raise ValidationError(problems)
    old = stored_mail_settings(repo)
    if password:
        store_password(settings, password)
    elif forget_password and old.user:
        _forget_password(old)
    data = settings.public_dict() | {"revision": old.revision + 1}
    write_server_settings(repo, SETTINGS_KEY, data, old=old, new=settings)
    log.info("mail settings saved (server %s:%s, %s)", settings.host, settings.port,
             settings.security.value)
    return Changes(frozenset({Area.SETTINGS, Area.OUTBOX}), updated=1)


def store_password(settings: _HasKeyringUser, password: str) -> None:
    """Keep a password in the credential store only; ``ValidationError`` (field
    ``password``) when there is no store or it refuses."""
    try:
        _keyring().set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except Exception as exc:  # nothing written yet: report it as a settings problem
        log.info("could not store the password: %s", type(exc).__name__)
        raise ValidationError([Problem("password", ProblemCode.NO_KEYRING)]) from None


def _forget_password(settings: _HasKeyringUser) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, settings.keyring_user)
    except Exception as exc:  # nothing stored, or no store: nothing to forget
        log.info("no stored password removed: %s", type(exc).__name__)
