"""``ocop-desktop import``, ``status`` and ``imports``: the JSON contract and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_desktop.domain.records import Role
from tests.cli.runner import run
from tests.exchange_helpers import Installations, live_uuids, log

JUNE = dt.date(2021, 6, 21)
IMPORT_FIELDS = {"file", "sender", "period", "new", "changed", "unchanged", "removed", "result",
                 "error"}


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()




def _db(places: Installations, name: str) -> Path:
    return places.folder / f"{name}.sqlite"


def test_import_json_per_file_and_exit_status(places: Installations) -> None:
    hoang_dong = places.make("05986", Role.STATION)
    log(hoang_dong, 3, date=JUNE)
    chi_lang = places.make("05983", Role.STATION)
    log(chi_lang, 2, date=JUNE, unit_code="05983")
    district = places.make("178")
    first = places.export(hoang_dong, "2021-06", "xa-hoang-dong.xlsx")
    second = places.export(chi_lang, "2021-06", "phuong-chi-lang.xlsx")
    broken = places.folder / "hong.xlsx"
    broken.write_bytes(first.read_bytes()[:2000])

    result = run(_db(places, "178"), "import", str(first), str(second), str(broken), "--json")
    assert result.exit_code == 1
    entries = json.loads(result.stdout)
    assert [set(e) >= IMPORT_FIELDS for e in entries] == [True, True, True]
    assert [(e["file"], e["sender"], e["period"], e["new"], e["result"], e["error"])
            for e in entries[:2]] == [
        (str(first), "05986", "2021-06", 3, "imported", None),
        (str(second), "05983", "2021-06", 2, "imported", None)]
    assert entries[2]["result"] == "refused"
    assert "hong.xlsx" in entries[2]["error"] and "hỏng" in entries[2]["error"]
    assert district.record_count() == 5

    again = run(_db(places, "178"), "import", str(first), "--json")
    assert again.exit_code == 0
    (entry,) = json.loads(again.stdout)
    assert (entry["new"], entry["changed"], entry["unchanged"], entry["removed"],
            entry["result"]) == (0, 0, 3, 0, "unchanged")


def test_dry_run_writes_nothing(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    district = places.make("178")
    report = places.export(commune, "2021-06")
    result = run(_db(places, "178"), "import", str(report), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Sẽ nhập: 2 mới, 0 thay đổi, 0 không đổi, 0 bị xóa" in result.stdout
    assert district.record_count() == 0
    assert run(_db(places, "178"), "imports", "list", "--json").stdout.strip() == "[]"


def test_a_folder_with_a_resend_imports_oldest_first(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    kept, dropped = log(commune, 2, date=JUNE)
    folder = places.folder / "thu-den"
    folder.mkdir()
    first = places.export(commune, "2021-06", "b-lan-1.xlsx")
    from ocop_desktop import operations

    operations.set_records_deleted(commune, uuids=[dropped.uuid], deleted=True)
    resend = places.export(commune, "2021-06", "a-gui-lai.xlsx")
    shutil.move(first, folder / first.name)
    shutil.move(resend, folder / resend.name)
    (folder / "~$a-gui-lai.xlsx").write_bytes(b"lock")  # Excel's lock file is skipped
    district = places.make("178")

    result = run(_db(places, "178"), "import", str(folder), "--json")
    assert result.exit_code == 0, result.output
    entries = {Path(e["file"]).name: e for e in json.loads(result.stdout)}
    assert set(entries) == {"a-gui-lai.xlsx", "b-lan-1.xlsx"}
    assert (entries["b-lan-1.xlsx"]["new"], entries["a-gui-lai.xlsx"]["removed"]) == (2, 1)
    assert live_uuids(district) == {kept.uuid}


def test_refused_file_prints_place_on_stderr(places: Installations) -> None:
    places.make("178")
    other = places.folder / "ghi-chu.xlsx"
    other.write_text("không phải bảng tính", encoding="utf-8")
    result = run(_db(places, "178"), "import", str(other))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "ghi-chu.xlsx: Không nhập được" not in result.stderr
    assert "Tệp “ghi-chu.xlsx”: Đây không phải là tệp Excel (.xlsx)" in result.stderr


def test_import_needs_an_installation(tmp_path: Path) -> None:
    result = run(tmp_path / "new.sqlite", "import", str(tmp_path / "x.xlsx"))
    assert result.exit_code != 0
    assert "init --unit" in result.stderr
    assert not (tmp_path / "new.sqlite").exists()


def test_status_json(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    places.make("178")
    run(_db(places, "178"), "import", str(places.export(commune, "2021-06")))
    result = run(_db(places, "178"), "status", "--period", "2021-06", "--json")
    assert result.exit_code == 0, result.output
    statuses = {s["unit"]: s for s in json.loads(result.stdout)}
    assert len(statuses) == 8
    assert set(statuses["05986"]) >= {"unit", "name", "state", "received_at", "records"}
    assert (statuses["05986"]["name"], statuses["05986"]["state"],
            statuses["05986"]["records"]) == ("Xã Hoàng Đồng", "late", 2)
    assert statuses["05986"]["received_at"]
    assert (statuses["05971"]["state"], statuses["05971"]["received_at"],
            statuses["05971"]["records"]) == ("missing", None, 0)
    text = run(_db(places, "178"), "status", "--period", "2021-06")
    assert text.stdout.splitlines()[0].startswith("1/8 phường, xã đã báo cáo, 1 muộn")
    bad = run(_db(places, "178"), "status", "--period", "2021-13")
    assert bad.exit_code != 0 and "2021-13" in bad.stderr


def test_imports_list_and_undo(places: Installations) -> None:
    commune = places.make("05986", Role.STATION)
    log(commune, 2, date=JUNE)
    district = places.make("178")
    run(_db(places, "178"), "import", str(places.export(commune, "2021-06")))
    (batch,) = json.loads(run(_db(places, "178"), "imports", "list", "--json").stdout)
    assert (batch["sender"], batch["new"], batch["result"], batch["undone_at"]) == (
        "05986", 2, "imported", None)
    undo = run(_db(places, "178"), "imports", "undo", str(batch["id"]))
    assert undo.exit_code == 0, undo.output
    assert district.record_count() == 0
    again = run(_db(places, "178"), "imports", "undo", str(batch["id"]))
    assert again.exit_code == 1 and "đã được hoàn tác" in again.stderr


def test_keys_show_list_and_trust(places: Installations) -> None:
    """``keys show|list|trust`` (issue 14): the JSON fields are a public contract."""
    from ocop_desktop.operations import keys as key_ops

    hoang_dong = places.make("05986", Role.STATION)
    log(hoang_dong, 2, date=JUNE)
    places.make("178")
    shown = run(_db(places, "05986"), "keys", "show", "--json")
    assert shown.exit_code == 0
    own = json.loads(shown.stdout)
    assert own["fingerprint"] == key_ops.key_info(hoang_dong).fingerprint
    assert own["unit"] == "05986"
    plain = run(_db(places, "05986"), "keys", "show")
    assert own["fingerprint"] in plain.stdout
    assert json.loads(run(_db(places, "178"), "keys", "list", "--json").stdout) == []

    report = places.export(hoang_dong, "2021-06", "xa.xlsx")
    imported = run(_db(places, "178"), "import", str(report), "--json")
    (entry,) = json.loads(imported.stdout)
    assert (entry["signer"], entry["signer_fingerprint"]) == ("new_key", own["fingerprint"])
    (key,) = json.loads(run(_db(places, "178"), "keys", "list", "--json").stdout)
    assert set(key) == {"unit", "fingerprint", "first_seen", "last_seen", "state"}
    assert (key["unit"], key["fingerprint"], key["state"]) == ("05986", own["fingerprint"],
                                                               "pinned")
    assert key["first_seen"] and key["last_seen"]

    other = places.make("05986", Role.STATION, name="may-khac")
    log(other, 1, date=JUNE)
    second = places.export(other, "2021-06", "xa-may-khac.xlsx")
    refused = run(_db(places, "178"), "import", str(second))
    assert refused.exit_code == 1
    assert "Khóa ký khác với khóa đã ghi nhận của Xã Hoàng Đồng" in refused.stderr
    bad = run(_db(places, "178"), "keys", "trust", "--unit", "05986", "--fingerprint", "12")
    assert bad.exit_code == 1 and "không phải là mã khóa" in bad.stderr
    new_fp = key_ops.key_info(other).fingerprint
    trusted = run(_db(places, "178"), "keys", "trust", "--unit", "05986", "--fingerprint",
                  new_fp)
    assert trusted.exit_code == 0 and new_fp in trusted.stdout
    assert run(_db(places, "178"), "import", str(second)).exit_code == 0
    states = {k["fingerprint"]: k["state"] for k in json.loads(
        run(_db(places, "178"), "keys", "list", "--json").stdout)}
    assert states == {own["fingerprint"]: "retired", new_fp: "trusted"}
    register = json.loads(run(_db(places, "178"), "imports", "list", "--json").stdout)
    assert [(b["signer"], b["signer_fingerprint"]) for b in register] == [
        ("signed", new_fp), ("signed", own["fingerprint"])]
    (latest, _first) = register
    records = json.loads(run(_db(places, "178"), "imports", "records", str(latest["id"]),
                             "--json").stdout)
    # The new computer's file brought one record and removed the two it no longer has.
    assert sorted((r["unit"], r["file"], r["signer"], r["signer_fingerprint"], r["deleted"])
                  for r in records) == [("05986", "xa-may-khac.xlsx", "signed", new_fp, False)] + [
        ("05986", "xa-may-khac.xlsx", "signed", new_fp, True)] * 2
    text = run(_db(places, "178"), "imports", "records", str(latest["id"])).stdout
    assert f"đã ký: {new_fp}" in text
    missing = run(_db(places, "178"), "imports", "records", "99")
    assert missing.exit_code == 1 and "Không có lần nhập số 99" in missing.stderr

