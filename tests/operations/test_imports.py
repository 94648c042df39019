"""operations.imports: a batch of report files, one transaction each. A file the data file
refuses to store — an SQLite failure of any kind, not only a locked or full disk — arrives as
``StorageError`` (the window never sees ``sqlite3``), its transaction is rolled back, and the
next file is imported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_desktop.domain.exchange import ImportOutcome
from ocop_desktop.domain.records import Role
from ocop_desktop.operations import exchange, imports
from ocop_desktop.operations.queries import StorageError
from tests.exchange_helpers import Installations, log

JUNE = dt.date(2021, 6, 21)

# A rule of the data file that refuses one commune's records (SQLite raises IntegrityError,
# which the write transaction does not turn into a StorageError by itself).
REFUSE_HOANG_DONG = ("CREATE TRIGGER refuse_05986 BEFORE INSERT ON records "
                     "WHEN NEW.unit_code = '05986' BEGIN SELECT RAISE(ABORT, 'refused'); END")


@pytest.fixture
def places(tmp_path: Path, shared_data: Path) -> Iterator[Installations]:
    installs = Installations(tmp_path, [(shared_data / "lang_son_units_2021.csv", None)])
    yield installs
    installs.close()


def test_an_sqlite_failure_is_a_storage_error_and_the_batch_goes_on(
        places: Installations) -> None:
    hoang_dong = places.make("05986", Role.STATION)
    log(hoang_dong, 3, date=JUNE)
    chi_lang = places.make("05983", Role.STATION)
    log(chi_lang, 2, date=JUNE, unit_code="05983")
    district = places.make("178")
    files = [places.export(hoang_dong, "2021-06"), places.export(chi_lang, "2021-06")]
    previews = [exchange.preview_import(district, path=path) for path in files]
    district.db.execute(REFUSE_HOANG_DONG)
    told: list[tuple[int, int, str]] = []

    outcomes = imports.import_files(
        district, previews, progress=lambda done, total, p: told.append((done, total, p.file_name)))

    refused, imported = outcomes
    assert isinstance(refused.error, StorageError) and "refused" in refused.error.detail
    assert refused.result is None and refused.preview is previews[0]
    assert imported.error is None and imported.result is not None
    assert imported.result.outcome is ImportOutcome.IMPORTED
    assert district.record_count() == 2  # the refused file's transaction was rolled back
    assert [b.sender_code for b in exchange.import_batches(district)] == ["05983"]
    assert told == [(0, 2, files[0].name), (1, 2, files[1].name)]
