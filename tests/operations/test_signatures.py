"""Signed reports (issue 14): every attack of the issue, made from files the exporter wrote.

Installations are separate data files with the real 2021 Lạng Sơn units: communes 05986
(Xã Hoàng Đồng) and 05983 (Phường Chi Lăng) under district 178 (Thành phố Lạng Sơn) under
province 20. An attacker here has what a commune has: its own installation of the app (so
its own key), the exporter, and openpyxl.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ocop_desktop.domain.exchange import ImportOutcome
from ocop_desktop.domain.exchange import ImportProblemCode as P
from ocop_desktop.domain.records import Role
from ocop_desktop.domain.signing import KeyState, SignerState, fingerprint
from ocop_desktop.domain.validation import ProblemCode, ValidationError
from ocop_desktop.excel.columns import DATA_HEADERS, DATA_SHEET, MANIFEST_KEYS, data_hash
from ocop_desktop.excel.writer import sign_manifest
from ocop_desktop.operations import exchange
from ocop_desktop.operations import keys as key_ops
from ocop_desktop.storage.repository import Repository
from ocop_desktop.texts.problem_texts import import_problem_line
from tests.exchange_helpers import Installations, live_uuids, log

JUNE = dt.date(2021, 6, 21)
DATA_ROW = len(MANIFEST_KEYS) + 3  # first record row: manifest, empty row, header
UUID_COLUMN = DATA_HEADERS.index("uuid") + 1


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def _state(repo: Repository) -> dict[str, object]:
    """Everything an import may write, to show that a refused file wrote nothing."""
    db = repo.db
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("records", "import_batches", "import_changes", "import_added",
                            "topics", "audit_log", "sender_keys")}
    rows = db.execute("SELECT uuid, unit_code, title, updated_at, deleted FROM records "
                      "ORDER BY uuid").fetchall()
    keys = db.execute("SELECT * FROM sender_keys ORDER BY id").fetchall()
    return {**counts, "rows": rows, "keys": keys}


def _manifest(path: Path) -> dict[str, str]:
    sheet = openpyxl.load_workbook(path)[DATA_SHEET]
    values = {}
    for row in range(1, len(MANIFEST_KEYS) + 1):
        values[sheet.cell(row, 1).value] = sheet.cell(row, 2).value or ""
    return values


def _rewrite(path: Path, out: Path, *, cells: dict[tuple[int, str], str] | None = None,
             manifest: dict[str, str] | None = None, rehash: bool = True,
             resign_with: Repository | None = None, drop_rows: int = 0) -> Path:
    """What a forger does with openpyxl: change cells, recompute the hash (and the count),
    optionally re-sign with the forger's own installation key."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[DATA_SHEET]
    for (row, column), value in (cells or {}).items():
        sheet.cell(row, DATA_HEADERS.index(column) + 1).value = value
    if drop_rows:
        sheet.delete_rows(DATA_ROW, drop_rows)
    key_rows = {sheet.cell(r, 1).value: r for r in range(1, len(MANIFEST_KEYS) + 1)}
    values = {key: sheet.cell(row, 2).value or "" for key, row in key_rows.items()}
    values.update(manifest or {})
    if rehash:
        rows = [[cell.value or "" for cell in line][:len(DATA_HEADERS)]
                for line in sheet.iter_rows(min_row=DATA_ROW) if any(c.value for c in line)]
        values["record_count"] = str(len(rows))
        values["data_hash"] = data_hash(rows)
    if resign_with is not None:
        values = sign_manifest(values, key_ops.installation_key(resign_with))
    for key, row in key_rows.items():
        sheet.cell(row, 2).value = values.get(key, "")
        sheet.cell(row, 2).data_type = "s"
    workbook.save(out)
    return out


def _refused(repo: Repository, path: Path, code: P) -> str:
    """Import ``path``; it must be refused with ``code`` alone, writing nothing."""
    before = _state(repo)
    preview = exchange.preview_import(repo, path=path)
    result = exchange.commit_import(repo, path=path)
    assert result.outcome is ImportOutcome.REFUSED
    assert [p.code for p in result.problems] == [code] * len(result.problems), result.problems
    assert preview.outcome is ImportOutcome.REFUSED
    assert _state(repo) == before
    return import_problem_line(result.problems[0])


# -- keys, signatures, pinning ---------------------------------------------------------------

def test_every_installation_has_its_own_key_and_signs_its_reports(
        places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    other = places.make("05983", Role.STATION)
    mine, theirs = key_ops.key_info(commune), key_ops.key_info(other)
    assert mine.fingerprint != theirs.fingerprint
    assert len(mine.fingerprint) == 24 and mine.fingerprint.count("-") == 4
    log(commune, 2, date=JUNE)
    manifest = _manifest(places.export(commune, "2021-06"))
    assert list(manifest)[-1] == "key_fingerprint"  # the last line of the manifest
    assert manifest["key_fingerprint"] == mine.fingerprint
    assert manifest["public_key"] == mine.public_key and len(manifest["signature"]) == 88


def test_first_signed_report_pins_later_ones_must_match(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    district = places.make("178")
    first = places.export(commune, "2021-06")
    preview = exchange.preview_import(district, path=first)
    assert (preview.signer_state, preview.signer_fingerprint) == (
        SignerState.NEW_KEY, key_ops.key_info(commune).fingerprint)
    assert key_ops.sender_keys(district) == []  # a preview writes nothing
    exchange.commit_import(district, path=first)
    (held,) = key_ops.sender_keys(district)
    assert (held.unit_code, held.state, held.fingerprint) == (
        "05986", KeyState.PINNED, preview.signer_fingerprint)
    assert held.first_seen == held.last_seen is not None
    audit = district.audit_entries(key_ops.AUDIT_ENTITY, "05986")
    assert [(a["action"], json.loads(a["new_values"])["fingerprint"]) for a in audit] == [
        ("pin", held.fingerprint)]
    log(commune, 1, date=JUNE)
    second = places.export(commune, "2021-06")
    assert exchange.preview_import(district, path=second).signer_state is SignerState.PINNED
    result = exchange.commit_import(district, path=second)
    assert result.new == 1
    (again,) = key_ops.sender_keys(district)
    assert again.last_seen is not None and again.last_seen > held.last_seen
    (batch, _) = exchange.import_batches(district)
    assert (batch.signer_state, batch.signer_fingerprint) == ("signed", held.fingerprint)


# -- the attacks of the issue -------------------------------------------------------------------

def test_rehashed_forgeries_are_refused(places: Installations, tmp_path: Path) -> None:
    """Edit a value, the sender, the period or the time, recompute the hash: the signature
    no longer matches — whether or not a key is pinned yet."""
    commune = places.make("05986", Role.STATION)
    log(commune, 3, date=JUNE)
    report = places.export(commune, "2021-06")
    district = places.make("178")
    forgeries = {
        "value": _rewrite(report, tmp_path / "value.xlsx", cells={(DATA_ROW, "minutes"): "99"}),
        "removed": _rewrite(report, tmp_path / "removed.xlsx", drop_rows=1),
        "sender": _rewrite(report, tmp_path / "sender.xlsx", manifest={
            "sender_code": "05983", "sender_name": "Phường Chi Lăng"}),
        "period": _rewrite(report, tmp_path / "period.xlsx", manifest={
            "period": "2021-Q2", "period_start": "2021-04-01", "period_end": "2021-06-30"}),
        "time": _rewrite(report, tmp_path / "time.xlsx", manifest={
            "generated_at": "2099-01-01T00:00:00.000000+07:00"}),
    }
    for name, path in forgeries.items():
        line = _refused(district, path, P.BAD_SIGNATURE)
        assert "Chữ ký số không khớp" in line and path.name in line, name
        assert exchange.preview_import(district, path=path).signer_state is SignerState.INVALID
    assert exchange.commit_import(district, path=report).new == 3  # the genuine one imports


def test_forged_sender_from_a_sibling_installation_is_refused(
        places: Installations, tmp_path: Path) -> None:
    """Chi Lăng's installation writes a report 'from' Hoàng Đồng: one invented record,
    three genuine ones removed, re-hashed and signed with Chi Lăng's key."""
    victim = places.make("05986", Role.STATION)
    log(victim, 4, date=JUNE)
    forger = places.make("05983", Role.STATION)
    district = places.make("178")
    exchange.commit_import(district, path=places.export(victim, "2021-06"))
    genuine = live_uuids(district)
    invented = places.export(forger, "2021-06")  # an empty report of the forger
    # The forger's app refuses to log for another unit (issue 10): the record goes straight
    # into its data file, as an attacker with the file would do.
    from tests.conftest import make_record

    with forger.db.atomic():
        forger.insert_record(make_record(date=JUNE, unit_code="05986", title="Tin bịa"))
    with_record = places.export(forger, "2021-06")
    forged = _rewrite(with_record, tmp_path / "gia-hoang-dong.xlsx", manifest={
        "sender_code": "05986", "sender_name": "Xã Hoàng Đồng"}, resign_with=forger)
    line = _refused(district, forged, P.KEY_MISMATCH)
    assert "Khóa ký khác với khóa đã ghi nhận của Xã Hoàng Đồng" in line
    assert "gọi điện đối chiếu mã khóa rồi chấp nhận khóa mới" in line
    assert key_ops.key_info(forger).fingerprint in line
    empty = _rewrite(invented, tmp_path / "rong.xlsx", manifest={
        "sender_code": "05986", "sender_name": "Xã Hoàng Đồng"}, resign_with=forger)
    _refused(district, empty, P.KEY_MISMATCH)
    assert live_uuids(district) == genuine
    preview = exchange.preview_import(district, path=forged)
    assert (preview.signer_state, preview.held_fingerprint) == (
        SignerState.MISMATCH, key_ops.key_info(victim).fingerprint)


def test_another_installation_claiming_the_same_unit_is_refused(
        places: Installations) -> None:
    genuine = places.make("05986", Role.STATION)
    log(genuine, 2, date=JUNE)
    impostor = places.make("05986", Role.STATION, name="may-khac")
    log(impostor, 1, date=JUNE, title="Tin của máy khác")
    district = places.make("178")
    exchange.commit_import(district, path=places.export(genuine, "2021-06"))
    _refused(district, places.export(impostor, "2021-06"), P.KEY_MISMATCH)
    assert district.record_count() == 2


def test_forged_district_report_is_refused_by_the_province(
        places: Installations, tmp_path: Path) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    district = places.make("178")
    province = places.make("20")
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    exchange.commit_import(province, path=places.export(district, "2021-06"))
    forger = places.make("178", Role.STATION, name="huyen-gia")  # set up as the district
    log(forger, 1, date=JUNE, unit_code="05983", entered_by="178", title="Xã bịa")
    before = live_uuids(province)
    line = _refused(province, places.export(forger, "2021-06"), P.KEY_MISMATCH)
    assert "Thành phố Lạng Sơn" in line
    # The same district file edited and re-hashed without a key fails its signature.
    edited = _rewrite(places.export(district, "2021-06"), tmp_path / "huyen-sua.xlsx",
                      cells={(DATA_ROW, "title"): "Xã bịa"})
    _refused(province, edited, P.BAD_SIGNATURE)
    assert live_uuids(province) == before


def test_uuid_takeover_of_a_siblings_record_is_refused(places: Installations) -> None:
    """Chi Lăng's file carries Hoàng Đồng's record UUID under Chi Lăng's own unit."""
    victim = places.make("05986", Role.STATION)
    (target,) = log(victim, 1, date=JUNE, title="Tin thật của Hoàng Đồng")
    forger = places.make("05983", Role.STATION)
    log(forger, 1, date=JUNE, unit_code="05983", uuid=target.uuid, title="Tin cướp")
    district = places.make("178")
    exchange.commit_import(district, path=places.export(victim, "2021-06"))
    report = places.export(forger, "2021-06")
    line = _refused(district, report, P.RECORD_NOT_SENDERS)
    result = exchange.preview_import(district, path=report)
    (problem,) = result.problems
    assert (problem.row, problem.column, problem.value) == (DATA_ROW, "uuid", target.uuid)
    assert "Xã Hoàng Đồng (05986)" in line and f"dòng {DATA_ROW}" in line
    assert district.record(target.uuid).title == "Tin thật của Hoàng Đồng"
    # The victim's own resend still speaks for its record.
    log(victim, 1, date=JUNE)
    assert exchange.commit_import(district, path=places.export(victim, "2021-06")).new == 1


def test_future_change_times_and_generation_times_are_refused(
        places: Installations, tmp_path: Path) -> None:
    commune = places.make("05986", Role.STATION)
    (record,) = log(commune, 1, date=JUNE)
    log(commune, 1, date=JUNE)
    # A record whose change time says 9999 (a doctored data file, or a clock gone wrong).
    commune.db.execute("UPDATE records SET updated_at = ? WHERE uuid = ?",
                       ["9999-12-31T00:00:00.000000+00:00", record.uuid])
    district = places.make("178")
    report = places.export(commune, "2021-06")
    line = _refused(district, report, P.RECORD_CHANGED_LATER)
    assert "9999-12-31" in line and "Sửa lúc" in line
    # ... and a file whose own time is in the future, re-signed with the right key.
    commune.db.execute("UPDATE records SET updated_at = created_at WHERE uuid = ?",
                       [record.uuid])
    fine = places.export(commune, "2021-06")
    future = _rewrite(fine, tmp_path / "tuong-lai.xlsx", manifest={
        "generated_at": "9999-12-31T00:00:00.000000+07:00"}, rehash=False,
        resign_with=commune)
    line = _refused(district, future, P.GENERATED_IN_FUTURE)
    assert "tương lai" in line
    assert exchange.commit_import(district, path=fine).new == 2


def test_unsigned_files_import_until_a_key_is_pinned(places: Installations,
                                                     tmp_path: Path) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    district = places.make("178")
    signed = places.export(commune, "2021-06")
    unsigned = _rewrite(signed, tmp_path / "chua-ky.xlsx", rehash=False, manifest={
        "public_key": "", "signature": "", "key_fingerprint": ""})
    preview = exchange.preview_import(district, path=unsigned)
    assert (preview.signer_state, preview.outcome) == (SignerState.UNSIGNED,
                                                       ImportOutcome.IMPORTED)
    exchange.commit_import(district, path=unsigned)
    (batch,) = exchange.import_batches(district)
    assert (batch.signer_state, batch.signer_fingerprint) == ("unsigned", "")
    assert key_ops.sender_keys(district) == []  # nothing to pin
    exchange.commit_import(district, path=signed)  # now signed: pins
    log(commune, 1, date=JUNE)
    later = _rewrite(places.export(commune, "2021-06"), tmp_path / "chua-ky-2.xlsx",
                     rehash=False, manifest={"public_key": "", "signature": "",
                                             "key_fingerprint": ""})
    line = _refused(district, later, P.UNSIGNED_PINNED)
    assert "Tệp chưa ký" in line and "Xã Hoàng Đồng" in line


# -- a new key after a phone check, and a key kept across a restore ---------------------------

def test_a_changed_key_imports_once_trusted_by_fingerprint(places: Installations) -> None:
    old = places.make("05986", Role.STATION)
    log(old, 2, date=JUNE)
    district = places.make("178")
    exchange.commit_import(district, path=places.export(old, "2021-06"))
    reinstalled = places.make("05986", Role.STATION, name="cai-lai")  # the PC was reinstalled
    log(reinstalled, 1, date=JUNE, title="Sau khi cài lại máy")
    report = places.export(reinstalled, "2021-06")
    _refused(district, report, P.KEY_MISMATCH)
    new_fp = key_ops.key_info(reinstalled).fingerprint
    with pytest.raises(ValidationError) as bad:
        key_ops.trust_key(district, unit="05986", fingerprint_text="1234")
    assert bad.value.problems[0].code is ProblemCode.BAD_FINGERPRINT
    with pytest.raises(ValidationError) as unknown:
        key_ops.trust_key(district, unit="99999", fingerprint_text=new_fp)
    assert unknown.value.problems[0].code is ProblemCode.UNKNOWN_UNIT
    # Read over the phone with spaces instead of dashes.
    key_ops.trust_key(district, unit="05986", fingerprint_text=new_fp.replace("-", " "))
    states = {k.fingerprint: k.state for k in key_ops.sender_keys(district)}
    assert states == {key_ops.key_info(old).fingerprint: KeyState.RETIRED,
                      new_fp: KeyState.TRUSTED}
    preview = exchange.preview_import(district, path=report)
    assert preview.signer_state is SignerState.PINNED
    result = exchange.commit_import(district, path=report)
    assert result.outcome is ImportOutcome.IMPORTED and result.new == 1
    # The old installation's files are now refused.
    _refused(district, places.export(old, "2021-06"), P.KEY_MISMATCH)
    actions = [a["action"] for a in district.audit_entries(key_ops.AUDIT_ENTITY, "05986")]
    assert actions == ["pin", "trust", "first_file"]


def test_a_key_registered_in_advance_is_used_on_first_contact(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 1, date=JUNE)
    impostor = places.make("05986", Role.STATION, name="gia")
    log(impostor, 1, date=JUNE)
    district = places.make("178")
    key_ops.trust_key(district, unit="05986",
                      fingerprint_text=key_ops.key_info(commune).fingerprint)
    (held,) = key_ops.sender_keys(district)
    assert (held.state, held.first_seen, held.public_key) == (KeyState.TRUSTED, None, None)
    _refused(district, places.export(impostor, "2021-06"), P.KEY_MISMATCH)
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    (held,) = key_ops.sender_keys(district)
    assert held.first_seen is not None
    assert held.public_key is not None and fingerprint(held.public_key) == held.fingerprint


def test_a_restored_backup_on_another_computer_keeps_the_key(
        places: Installations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ocop_desktop.storage.database import open_database

    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    district = places.make("178")
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    from ocop_desktop.operations.maintenance import backup_now, restore_backup

    (tmp_path / "usb").mkdir()
    backup = backup_now(commune, places.folder / "05986.sqlite", tmp_path / "usb")
    # The new computer: another home folder, a fresh data file, then the restore.
    monkeypatch.setenv("OCOP_HOME", str(tmp_path / "may-moi"))
    from ocop_desktop import paths

    new_db = paths.default_db_path()
    fresh = Repository(open_database(new_db))
    assert key_ops.key_info(fresh).fingerprint != key_ops.key_info(commune).fingerprint
    fresh.db.close()
    restore_backup(new_db, backup)
    restored = Repository(open_database(new_db))
    places.opened.append(restored)
    assert key_ops.key_info(restored).fingerprint == key_ops.key_info(commune).fingerprint
    log(restored, 1, date=JUNE)
    report = places.export(restored, "2021-06")
    preview = exchange.preview_import(district, path=report)
    assert (preview.signer_state, preview.new) == (SignerState.PINNED, 1)


# -- chains and round trips ----------------------------------------------------------------------

def test_chain_keeps_its_proof(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 3, date=JUNE)
    district = places.make("178")
    province = places.make("20")
    exchange.commit_import(district, path=places.export(commune, "2021-06"))
    district_file = places.export(district, "2021-06", "huyen-178.xlsx")
    preview = exchange.preview_import(province, path=district_file)
    assert (preview.sender_code, preview.signer_state, preview.new) == (
        "178", SignerState.NEW_KEY, 3)
    result = exchange.commit_import(province, path=district_file)
    sources = exchange.record_sources(province, sorted(live_uuids(province)))
    assert {(s.file_name, s.signer_state, s.signer_fingerprint, s.sender_code)
            for s in sources.values()} == {
        ("huyen-178.xlsx", "signed", key_ops.key_info(district).fingerprint, "178")}
    assert len(sources) == 3 and result.batch_id == next(iter(sources.values())).id
    assert {k.unit_code for k in key_ops.sender_keys(province)} == {"178"}


def test_two_files_with_two_keys_for_a_new_sender_in_one_batch(places: Installations) -> None:
    """Both preview as a new key; the first to be committed pins, the second is refused."""
    genuine = places.make("05986", Role.STATION)
    log(genuine, 1, date=JUNE)
    impostor = places.make("05986", Role.STATION, name="gia")
    log(impostor, 1, date=JUNE)
    district = places.make("178")
    first, second = places.export(genuine, "2021-06"), places.export(impostor, "2021-06")
    previews = [exchange.preview_import(district, path=p) for p in (first, second)]
    assert [p.signer_state for p in previews] == [SignerState.NEW_KEY] * 2
    assert exchange.commit_import(district, preview=previews[0]).new == 1
    refused = exchange.commit_import(district, preview=previews[1])
    assert [p.code for p in refused.problems] == [P.KEY_MISMATCH]
    assert district.record_count() == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_signed_report_resaved_by_libreoffice_still_verifies(places: Installations,
                                                               tmp_path: Path) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 1, date=JUNE, time=dt.time(6, 30), notes="=SUM(A1) không phải công thức")
    log(commune, 1, date=JUNE, title="-5 độ: rét đậm", location="  Thôn Nà Lầm  ")
    report = places.export(commune, "2021-06")
    district = places.make("178")
    exchange.commit_import(district, path=report)  # pins the key
    out = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(report)], check=True, capture_output=True, timeout=180)
    resaved = out / report.name
    assert resaved.read_bytes() != report.read_bytes()
    preview = exchange.preview_import(district, path=resaved)
    assert (preview.problems, preview.signer_state, preview.unchanged) == (
        (), SignerState.PINNED, 2)
    # An edit in LibreOffice is still caught: the resaved file with one value changed.
    edited = _rewrite(resaved, tmp_path / "sua.xlsx", cells={(DATA_ROW, "minutes"): "77"})
    _refused(district, edited, P.BAD_SIGNATURE)
