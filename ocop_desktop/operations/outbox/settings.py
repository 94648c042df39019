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
from typing import Any, Protocol

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
    raw = repo.setting(SETTINGS_KEY)
    if not raw:
        return MailSettings()
    data = json.loads(raw)
    try:
        security = Security(data.get("security", Security.STARTTLS.value))
    except ValueError:
        security = Security.STARTTLS
    return MailSettings(
        host=str(data.get("host", "")), port=int(data.get("port") or DEFAULT_PORTS[security]),
        security=security, user=str(data.get("user", "")), sender=str(data.get("sender", "")),
        sender_name=str(data.get("sender_name", "")), revision=int(data.get("revision", 0)))


def _env_overrides(settings: MailSettings, environ: Mapping[str, str]) -> MailSettings:
    """``OCOP_SMTP_*`` variables win over the database, for unattended use."""
    changes: dict[str, Any] = {}
    if environ.get("OCOP_SMTP_HOST"):
        changes["host"] = environ["OCOP_SMTP_HOST"].strip()
    if environ.get("OCOP_SMTP_SECURITY"):
        try:
            changes["security"] = Security(environ["OCOP_SMTP_SECURITY"].strip().lower())
        except ValueError:
            log.info("OCOP_SMTP_SECURITY must be none, ssl or starttls; ignored")
    if environ.get("OCOP_SMTP_PORT"):
        try:
            changes["port"] = int(environ["OCOP_SMTP_PORT"])
        except ValueError:
            log.info("OCOP_SMTP_PORT is not a number; ignored")
    elif changes.get("security", settings.security) is not settings.security:
        # A different security mode without a port: that mode's usual port, not the old one.
        changes["port"] = DEFAULT_PORTS[changes["security"]]
    if "OCOP_SMTP_USER" in environ:
        changes["user"] = environ["OCOP_SMTP_USER"].strip()
    if environ.get("OCOP_SMTP_FROM"):
        changes["sender"] = environ["OCOP_SMTP_FROM"].strip()
    return replace(settings, **changes) if changes else settings


def load_mail_settings(repo: Repository, *, environ: Mapping[str, str] | None = None,
                       with_password: bool = True) -> MailSettings:
    """Settings to send with: database, then environment overrides, then the password
    (``OCOP_SMTP_PASSWORD``, else the credential store)."""
    env = os.environ if environ is None else environ
    settings = _env_overrides(stored_mail_settings(repo), env)
    if not with_password or not settings.user:
        return settings
    if "OCOP_SMTP_PASSWORD" in env:
        return replace(settings, password=env["OCOP_SMTP_PASSWORD"])
    password, problem = read_password(settings)
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
    problems: list[Problem] = []
    if not settings.host.strip():
        problems.append(Problem("host", ProblemCode.REQUIRED))
    elif not re.fullmatch(r"[A-Za-z0-9\u00a0-\uffff.\-:\[\]]+", settings.host.strip()):
        problems.append(Problem("host", ProblemCode.BAD_CODE, {"value": settings.host}))
    if not 1 <= settings.port <= 65535:
        problems.append(Problem("port", ProblemCode.TOO_LARGE, {"max": 65535}))
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
    with repo.db.atomic():
        repo.set_setting(SETTINGS_KEY, json.dumps(data, ensure_ascii=False))
        repo.audit("settings", SETTINGS_KEY, "update" if old.host else "create",
                   json.dumps(old.public_dict(), ensure_ascii=False),
                   json.dumps(settings.public_dict(), ensure_ascii=False))
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
