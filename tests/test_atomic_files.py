"""Atomic file writes (``ocop_desktop.atomic_files``): the real name holds a whole file or
what it held before, and nothing is left beside it."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_desktop.atomic_files import AtomicOutput, copy_file_atomically, write_atomically
from ocop_desktop.excel.table_export import write_table


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_written_report_gets_the_usual_permissions(tmp_path: Path) -> None:
    """mkstemp's private 0600 must not stick to a report the officer shares or copies."""
    target = tmp_path / "bao-cao.xlsx"
    with AtomicOutput(target) as output:
        assert output.file is not None
        output.file.write(b"PK")
        output.commit()
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()
    copy = tmp_path / "usb" / "bao-cao.xlsx"
    copy.parent.mkdir()
    copy_file_atomically(target, copy, sha256=hashlib.sha256(b"PK").hexdigest())
    assert copy.read_bytes() == b"PK"
    with pytest.raises(OSError):
        copy_file_atomically(target, tmp_path / "usb" / "other.xlsx", sha256="0" * 64)
    assert not (tmp_path / "usb" / "other.xlsx").exists()
    assert sorted(p.name for p in copy.parent.iterdir()) == ["bao-cao.xlsx"]


def test_uncommitted_output_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"old")
    with AtomicOutput(target) as output:
        assert output.file is not None and output.temp_path is not None
        assert output.temp_path.name.startswith(".~bao-cao.") and \
            output.temp_path.suffix == ".tmp"
        output.file.write(b"half")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.xlsx"]


def test_write_by_name_replaces_only_when_the_writer_finishes(tmp_path: Path) -> None:
    target = tmp_path / "danh-sach.csv"
    target.write_text("old", encoding="utf-8")

    def failing(path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise ValueError("writer failed")

    with pytest.raises(ValueError):
        write_atomically(target, failing)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh-sach.csv"]
    write_atomically(target, lambda path: path.write_text("new", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh-sach.csv"]


def test_a_fixed_temporary_name_replaces_a_stale_one(tmp_path: Path) -> None:
    target = tmp_path / "sao-luu.sqlite"
    partial = tmp_path / "sao-luu.sqlite.partial"
    partial.write_bytes(b"left by a killed run")
    seen: list[Path] = []

    def write(path: Path) -> None:
        seen.append(path)
        assert path.read_bytes() == b""
        path.write_bytes(b"SQLite format 3\0")

    write_atomically(target, write, temp_path=partial)
    assert seen == [partial]
    assert target.read_bytes() == b"SQLite format 3\0"
    assert not partial.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_table_exports_are_atomic_and_get_the_usual_permissions(tmp_path: Path) -> None:
    for name in ("chua-bao-cao.xlsx", "chua-bao-cao.csv"):
        target = tmp_path / name
        write_table(target, title="Đơn vị chưa báo cáo", headers=["Mã", "Tên"],
                    rows=[["05986", "Xã Tân Thành"]])
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chua-bao-cao.csv",
                                                          "chua-bao-cao.xlsx"]
    assert "Xã Tân Thành" in (tmp_path / "chua-bao-cao.csv").read_text(encoding="utf-8-sig")


def test_a_unit_list_that_fails_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    from ocop_desktop.domain.records import Unit, UnitLevel
    from ocop_desktop.excel.unit_lists import write_unit_list

    target = tmp_path / "don-vi.csv"
    first = Unit("05986", "Xã Tân Thành", UnitLevel.COMMUNE, "178")
    assert write_unit_list(target, [first]) == 1
    before = target.read_bytes()

    def units() -> Iterator[Unit]:
        yield first
        raise OSError("the source went away")

    with pytest.raises(OSError):
        write_unit_list(target, units())
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["don-vi.csv"]
