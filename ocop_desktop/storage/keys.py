"""SQL of the signing keys (migration 0011_keys): this installation's own key pair and the
keys of the units that send reports here. The decisions are ``operations/keys.py``'s and
``operations/exchange.py``'s; writes run inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ocop_desktop.domain.records import now_utc
from ocop_desktop.domain.signing import KeyState, SenderKey, SigningKey
from ocop_desktop.storage.database import Database


def _sender_key(row: Mapping[str, Any]) -> SenderKey:
    key = row["public_key"]
    return SenderKey(id=row["id"], unit_code=row["unit_code"], fingerprint=row["fingerprint"],
                     public_key=bytes(key) if key is not None else None,
                     state=KeyState(row["state"]), created_at=row["created_at"],
                     first_seen=row["first_seen"], last_seen=row["last_seen"],
                     retired_at=row["retired_at"])


class KeyStore:
    """Typed access to the signing-key tables of one data file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def own_key(self) -> SigningKey | None:
        row = self.db.execute("SELECT private_key FROM own_key WHERE id = 1").fetchone()
        return SigningKey.from_private(bytes(row[0])) if row else None

    def create_own_key(self) -> SigningKey:
        """Make this installation's key pair if it has none (``INSERT OR IGNORE``: two processes
        that both find none end up with the same one key)."""
        key = SigningKey.generate()
        self.db.execute("INSERT OR IGNORE INTO own_key (id, private_key, public_key, created_at) "
                        "VALUES (1, ?, ?, ?)", [key.private_key, key.public_key, now_utc()])
        found = self.own_key()
        assert found is not None
        return found

    def own_key_created_at(self) -> str | None:
        row = self.db.execute("SELECT created_at FROM own_key WHERE id = 1").fetchone()
        return row[0] if row else None

    def live_key(self, unit_code: str) -> SenderKey | None:
        """The key this office accepts for ``unit_code`` now (pinned or trusted), if any."""
        row = next(self.db.query(
            "SELECT * FROM sender_keys WHERE unit_code = ? AND state != 'retired'",
            [unit_code]), None)
        return _sender_key(row) if row else None

    def sender_keys(self, *, include_retired: bool = True) -> list[SenderKey]:
        sql = "SELECT * FROM sender_keys"
        if not include_retired:
            sql += " WHERE state != 'retired'"
        return [_sender_key(row) for row in self.db.query(sql + " ORDER BY unit_code, id")]

    def insert_key(self, *, unit_code: str, fingerprint: str, public_key: bytes | None,
                   state: KeyState, at: str, seen: bool) -> int:
        cursor = self.db.execute(
            "INSERT INTO sender_keys (unit_code, fingerprint, public_key, state, created_at, "
            "first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [unit_code, fingerprint, public_key, state.value, at, at if seen else None,
             at if seen else None])
        return int(cursor.lastrowid or 0)

    def trust(self, key_id: int) -> None:
        self.db.execute("UPDATE sender_keys SET state = 'trusted' WHERE id = ?", [key_id])

    def set_public_key(self, key_id: int, public_key: bytes) -> None:
        self.db.execute("UPDATE sender_keys SET public_key = ? WHERE id = ?",
                        [public_key, key_id])

    def retire(self, key_id: int, at: str) -> None:
        self.db.execute("UPDATE sender_keys SET state = 'retired', retired_at = ? WHERE id = ?",
                        [at, key_id])

    def mark_seen(self, key_id: int, public_key: bytes, at: str) -> None:
        """A file signed with the key was imported: remember when, and the whole key."""
        self.db.execute("UPDATE sender_keys SET public_key = COALESCE(public_key, ?), "
                        "first_seen = COALESCE(first_seen, ?), last_seen = ? WHERE id = ?",
                        [public_key, at, at, key_id])
