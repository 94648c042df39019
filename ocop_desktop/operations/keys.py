"""Signing keys (issue 14): this installation's own key, and the keys of the senders.

* Every installation has one Ed25519 key pair, kept in the data file (migration 0011 makes
  it; ``installation_key`` makes it lazily should a file lack it). Exports sign with it.
* The office holds one live key per sending unit: the first signed report pins it
  (``operations/exchange.py``), or a person accepts one by its fingerprint after a phone
  check (``trust_key``), in advance or to replace a pinned key. Both are written to the
  audit log (entity ``sender_key``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ocop_desktop.domain.records import now_utc
from ocop_desktop.domain.signing import (
    KeyState,
    SenderKey,
    SigningKey,
    fingerprint,
    normalise_fingerprint,
)
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.storage.keys import KeyStore
from ocop_desktop.storage.repository import Repository

__all__ = ["AUDIT_ENTITY", "KeyInfo", "installation_key", "key_info", "sender_keys",
           "trust_key"]

AUDIT_ENTITY = "sender_key"


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """This installation's public key, as ``keys show`` prints it."""

    unit_code: str
    fingerprint: str
    public_key: str  # base64
    created_at: str

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit_code, "fingerprint": self.fingerprint,
                "public_key": self.public_key, "created_at": self.created_at}


def installation_key(repo: Repository) -> SigningKey:
    """This installation's key pair, made now if the data file has none yet."""
    key = KeyStore(repo.db).own_key()
    if key is not None:
        return key
    with repo.db.atomic():
        return KeyStore(repo.db).create_own_key()


def key_info(repo: Repository) -> KeyInfo:
    key = installation_key(repo)
    installation = repo.installation()
    return KeyInfo(unit_code=installation.unit_code if installation else "",
                   fingerprint=key.fingerprint, public_key=key.public_text,
                   created_at=KeyStore(repo.db).own_key_created_at() or "")


def sender_keys(repo: Repository, *, include_retired: bool = True) -> list[SenderKey]:
    """The senders' keys this office holds (or held), by unit."""
    return KeyStore(repo.db).sender_keys(include_retired=include_retired)


def sender_key_json(key: SenderKey) -> dict[str, Any]:
    """The fields of ``keys list --json`` (a public contract: unit, fingerprint, first_seen,
    last_seen, state)."""
    return {"unit": key.unit_code, "fingerprint": key.fingerprint,
            "first_seen": key.first_seen, "last_seen": key.last_seen,
            "state": key.state.value}


def trust_key(repo: Repository, *, unit: str, fingerprint_text: str,
              public_key: bytes | None = None, now: str | None = None) -> Changes:
    """Accept the key with this fingerprint for ``unit`` after a person checked it by phone.

    It replaces the unit's live key (which is kept as *retired*); with ``public_key`` (the
    key of a file the preview showed) the whole key is stored at once, otherwise the first
    file signed with a key of this fingerprint brings it. Trusting the live key's own
    fingerprint marks it as checked. Raises ``ValidationError``; nothing written then.
    """
    code = unit.strip()
    problems: list[Problem] = []
    installation = repo.installation()
    if not code or repo.any_unit(code) is None:
        problems.append(Problem("unit", ProblemCode.UNKNOWN_UNIT, {"value": code}))
    elif installation is not None and code == installation.unit_code:
        problems.append(Problem("unit", ProblemCode.OWN_UNIT, {"value": code}))
    wanted = normalise_fingerprint(fingerprint_text)
    if wanted is None:
        problems.append(Problem("fingerprint", ProblemCode.BAD_FINGERPRINT,
                                {"value": fingerprint_text}))
    elif public_key is not None and fingerprint(public_key) != wanted:
        problems.append(Problem("fingerprint", ProblemCode.FINGERPRINT_NOT_KEY,
                                {"value": wanted, "key": fingerprint(public_key)}))
    if problems:
        raise ValidationError(problems)
    assert wanted is not None
    at = now or now_utc()
    db = repo.db
    with db.atomic():
        live = KeyStore(db).live_key(code)
        if live is not None and live.fingerprint == wanted:
            if live.state is not KeyState.TRUSTED:
                KeyStore(db).trust(live.id)
            if public_key is not None and live.public_key is None:
                KeyStore(db).set_public_key(live.id, public_key)
            repo.audit(AUDIT_ENTITY, code, "confirm", None, json.dumps(
                {"fingerprint": wanted}, ensure_ascii=False))
        else:
            if live is not None:
                KeyStore(db).retire(live.id, at)
            KeyStore(db).insert_key(unit_code=code, fingerprint=wanted, public_key=public_key,
                                    state=KeyState.TRUSTED, at=at, seen=False)
            repo.audit(AUDIT_ENTITY, code, "trust",
                       json.dumps({"fingerprint": live.fingerprint, "state": live.state.value},
                                  ensure_ascii=False) if live else None,
                       json.dumps({"fingerprint": wanted}, ensure_ascii=False))
    return Changes(frozenset({Area.IMPORTS}), added=1)


def pin_key(repo: Repository, *, unit: str, public_key: bytes, file_name: str,
            at: str) -> None:
    """The first signed file of ``unit`` pins its key (inside the import's transaction)."""
    wanted = fingerprint(public_key)
    KeyStore(repo.db).insert_key(unit_code=unit, fingerprint=wanted, public_key=public_key,
                                 state=KeyState.PINNED, at=at, seen=True)
    repo.audit(AUDIT_ENTITY, unit, "pin", None, json.dumps(
        {"fingerprint": wanted, "file": file_name}, ensure_ascii=False))


def key_seen(repo: Repository, key: SenderKey, *, public_key: bytes, file_name: str,
             at: str) -> None:
    """A file signed with ``key`` was imported (inside the import's transaction)."""
    KeyStore(repo.db).mark_seen(key.id, public_key, at)
    if key.public_key is None:  # a key trusted by fingerprint: now the whole key is known
        repo.audit(AUDIT_ENTITY, key.unit_code, "first_file", None, json.dumps(
            {"fingerprint": key.fingerprint, "file": file_name}, ensure_ascii=False))
