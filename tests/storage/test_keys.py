"""This installation's signing key (migration 0011_keys): made at setup, made at upgrade for
a file already set up, never shared by copies of an empty file, kept by backups."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlite_utils import Database

from ocop_desktop import operations
from ocop_desktop.domain.records import Installation, Role, Unit, UnitLevel
from ocop_desktop.storage.database import open_database
from ocop_desktop.storage.keys import KeyStore
from ocop_desktop.storage.migrations import migration_set
from ocop_desktop.storage.repository import Repository


def _set_up(repo: Repository) -> None:
    operations.import_units(repo, units=[Unit("05986", "Xã Hoàng Đồng", UnitLevel.COMMUNE)])
    operations.save_installation(repo, installation=Installation(
        unit_code="05986", role=Role.STATION, issuing_body="UBND", place="Hoàng Đồng"))


def test_the_key_is_made_at_setup_once(tmp_path: Path) -> None:
    repo = Repository(open_database(tmp_path / "new.sqlite"))
    try:
        assert KeyStore(repo.db).own_key() is None  # an empty file: no key yet
        _set_up(repo)
        key = KeyStore(repo.db).own_key()
        assert key is not None and len(key.public_key) == 32
        _set_up(repo)  # saving the settings again keeps the key
        assert KeyStore(repo.db).own_key() == key
    finally:
        repo.db.close()


def test_copies_of_an_empty_file_get_keys_of_their_own(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite"
    open_database(template).close()
    fingerprints = set()
    for name in ("a", "b"):
        shutil.copyfile(template, tmp_path / f"{name}.sqlite")
        repo = Repository(open_database(tmp_path / f"{name}.sqlite"))
        _set_up(repo)
        key = KeyStore(repo.db).own_key()
        assert key is not None
        fingerprints.add(key.fingerprint)
        repo.db.close()
    assert len(fingerprints) == 2


def test_a_file_set_up_before_signatures_gets_its_key_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path)
    migration_set().apply(old, stop_before="0011_keys")
    old.execute("INSERT INTO settings (key, value) VALUES ('installation', ?)", [json.dumps({
        "unit_code": "05986", "role": "station"})])
    old.conn.commit()
    old.close()
    db = open_database(path)
    try:
        key = KeyStore(db).own_key()
        assert key is not None
        assert db.execute("SELECT signer_state FROM import_batches").fetchall() == []
    finally:
        db.close()
    again = open_database(path)
    try:
        assert KeyStore(again).own_key() == key  # stays the same
    finally:
        again.close()
