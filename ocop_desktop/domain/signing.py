"""Ed25519 signatures of report files: one key pair per installation (issue 14).

No home-made cryptography: key generation, signing and verification are the
``cryptography`` package's Ed25519. This module only names the pieces:

* a ``SigningKey`` is this installation's private key (32 raw bytes, kept in the data file,
  see docs/chu-ky.md) with its public key;
* a public key travels in a report's manifest as base64 of its 32 raw bytes;
* its **fingerprint** is what people compare over the phone: the SHA-256 of the raw public
  key, its first 72 bits taken modulo 10^20, written as 20 decimal digits in five groups of
  four (``4821-9930-1274-5586-0032``), about 66 bits. Digits, because Vietnamese letter
  names (bê, vê, đê…) are easy to mishear; 66 bits, because finding another key with a
  given fingerprint then costs about 2^66 key generations. The office itself stores and
  compares the *whole* public key; the fingerprint is only for people.

``cryptography`` is imported where a key is made, used or checked, not with this module: the
data file's migrations and the texts import the names here at every start, which signs
nothing (docs/performance.md, start-up).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_DIGITS = 20
_GROUP = 4


class SignatureFormatError(ValueError):
    """A public key, signature or fingerprint text that is not well formed."""


def fingerprint(public_key: bytes) -> str:
    """The grouped decimal fingerprint of a raw 32-byte public key."""
    number = int.from_bytes(hashlib.sha256(public_key).digest()[:9], "big") % 10**20
    digits = f"{number:0{FINGERPRINT_DIGITS}d}"
    return "-".join(digits[i:i + _GROUP] for i in range(0, FINGERPRINT_DIGITS, _GROUP))


_NOT_DIGIT = re.compile(r"[\s\-.·_/]")


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (spaces, dots or dashes anywhere) in its grouped form; None
    when it is not 20 digits."""
    digits = _NOT_DIGIT.sub("", text or "")
    if len(digits) != FINGERPRINT_DIGITS or not digits.isascii() or not digits.isdigit():
        return None
    return "-".join(digits[i:i + _GROUP] for i in range(0, FINGERPRINT_DIGITS, _GROUP))


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode(text: str, size: int) -> bytes:
    """Strict base64 of exactly ``size`` bytes, or ``SignatureFormatError``."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureFormatError(text) from None
    if len(raw) != size:
        raise SignatureFormatError(text)
    return raw


def verify(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of ``message``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class SigningKey:
    """This installation's key pair (raw bytes)."""

    private_key: bytes = b""
    public_key: bytes = b""

    @classmethod
    def generate(cls) -> SigningKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = Ed25519PrivateKey.generate()
        private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        return cls.from_private(private)

    @classmethod
    def from_private(cls, private: bytes) -> SigningKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = Ed25519PrivateKey.from_private_bytes(private)
        public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
        return cls(private, public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def public_text(self) -> str:
        return encode(self.public_key)

    def sign(self, message: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.private_key).sign(message)

    def __repr__(self) -> str:  # never print the private key
        return f"SigningKey(fingerprint={self.fingerprint!r})"


class KeyState(StrEnum):
    """How this office came to accept a sender's key (``keys list``'s ``state``)."""

    PINNED = "pinned"  # the first signed report of the unit brought it (trust on first use)
    TRUSTED = "trusted"  # a person accepted it by its fingerprint (a phone check)
    RETIRED = "retired"  # replaced by a key trusted later; files signed with it are refused


class SignerState(StrEnum):
    """Who signed a file, as the import preview sees it (``ImportPreview.signer_state``)."""

    NEW_KEY = "new_key"  # signed; no key known for the sender yet: importing pins it
    PINNED = "pinned"  # signed with the key this office holds for the sender
    UNSIGNED = "unsigned"  # made before signatures; importable while no key is pinned
    MISMATCH = "mismatch"  # signed with another key than the one held: refused
    INVALID = "invalid"  # the signature does not match the file: refused


@dataclass(frozen=True, slots=True)
class SenderKey:
    """A key this office holds (or held) for a unit that sends it reports."""

    id: int
    unit_code: str
    fingerprint: str
    public_key: bytes | None  # None: trusted by fingerprint, no file signed with it seen yet
    state: KeyState
    created_at: str
    first_seen: str | None = None  # first file signed with it
    last_seen: str | None = None  # latest file signed with it
    retired_at: str | None = None

    def matches(self, public_key: bytes) -> bool:
        if self.public_key is not None:
            return self.public_key == public_key
        return self.fingerprint == fingerprint(public_key)
