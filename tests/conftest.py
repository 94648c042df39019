"""Shared fixtures. Qt runs offscreen; every path the app knows is redirected to tmp_path."""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from ocop_desktop import operations  # noqa: E402
from ocop_desktop.domain.records import (  # noqa: E402
    Directive,
    Installation,
    LogRecord,
    Role,
    Topic,
    Unit,
    UnitLevel,
)
from ocop_desktop.storage.database import Database, open_database  # noqa: E402
from ocop_desktop.storage.repository import Repository  # noqa: E402

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# The loopback SMTP server, test certificates and in-memory keyring (issue 5's tests).
pytest_plugins = ["tests.mailserver", "tests.imapserver"]  # + Dovecot (issue 15)


# The modules whose tests take longest (6–33 s each, measured with ``--durations=0`` on two
# processes, longest first) run first: with ``pytest -n`` each process then ends with short
# modules, not one process alone with the soak at the end while the other has finished.
SLOW_FIRST = ("tests/ui/test_soak.py", "tests/ui/test_screens.py",
              "tests/operations/test_exchange.py", "tests/ui/test_tasks.py",
              "tests/operations/test_signatures.py", "tests/excel/test_layout_pdf.py",
              "tests/test_release_check.py", "tests/operations/test_reports.py",
              "tests/operations/test_inbox.py", "tests/excel/test_writer.py",
              "tests/ui/test_import_page.py", "tests/operations/test_maintenance.py",
              "tests/ui/test_inbox_page.py", "tests/storage/test_failure_paths.py",
              "tests/operations/test_exchange_fuzz.py")


def pytest_configure(config: pytest.Config) -> None:
    # pytest-xdist's ``--dist loadscope`` hands out modules by their number of tests, most
    # first, unless told not to: the soak (one test, 30 s) then came last. Keep the order of
    # ``pytest_collection_modifyitems`` below instead.
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
    slow = {name: rank for rank, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: slow.get(item.nodeid.split("::")[0], len(slow)))


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]  # noqa: F811 - pytest-qt's, extended
    """pytest-qt's QApplication, with the app's rule that only the GUI thread collects
    garbage (``ocop_desktop.ui.collector``), as ``create_application`` sets it up."""
    from ocop_desktop.ui.collector import collect_in_gui_thread

    collect_in_gui_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def ocop_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and documents folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("OCOP_HOME", str(home))
    monkeypatch.delenv("OCOP_DB", raising=False)
    for name in list(os.environ):
        if name.startswith(("OCOP_SMTP_", "OCOP_IMAP_")):
            monkeypatch.delenv(name)
    return home


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside the project")
    return SHARED_DATA


_template: Path | None = None


def migrated_database(path: Path) -> Database:
    """``open_database(path)`` for a new file, without migrating it again in every test.

    Migrating an empty file takes ~120 ms; copying one migrated once per session takes a few.
    The copy is opened by ``open_database`` as usual (it checks and finds nothing to do).
    """
    global _template
    if _template is None or not _template.exists():
        folder = Path(tempfile.mkdtemp(prefix="ocop-template-"))
        atexit.register(shutil.rmtree, folder, True)
        candidate = folder / "template.sqlite"
        open_database(candidate).close()  # closed: WAL checkpointed, no -wal/-shm left
        _template = candidate
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_template, path)
    return open_database(path)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    """A migrated database file in tmp_path, closed afterwards."""
    db = migrated_database(tmp_path / "test.sqlite")
    yield Repository(db)
    db.close()


COMMUNE = "05986"
DISTRICT = "178"


@pytest.fixture
def station(repo: Repository) -> Repository:
    """A commune station with a small catalogue, one directive and two topics."""
    units = [
        Unit("20", "Tỉnh Lạng Sơn", UnitLevel.PROVINCE),
        Unit(DISTRICT, "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20"),
        Unit(COMMUNE, "Xã Hoàng Đồng", UnitLevel.COMMUNE, DISTRICT),
        Unit("05983", "Phường Đồng Đăng", UnitLevel.COMMUNE, DISTRICT),
    ]
    operations.import_units(repo, units=units)
    operations.save_installation(repo, installation=Installation(
        unit_code=COMMUNE, role=Role.STATION, signer_name="Hoàng Văn A",
        signer_title="Trưởng đài", recipient_name="Phòng Văn hóa và Thông tin",
        recipient_email="vhtt@example.org", parent_body="UBND THÀNH PHỐ LẠNG SƠN",
        issuing_body="UBND XÃ HOÀNG ĐỒNG", place="Lạng Sơn"))
    operations.save_directive(repo, directive=Directive(
        "1234/STTTT-TTBCXB", dt.date(2021, 6, 20), "Sở Thông tin và Truyền thông",
        "Tuyên truyền Quyết định 861/QĐ-TTg và Chương trình OCOP"))
    operations.save_topic(repo, topic=Topic("QD861", "Quyết định 861/QĐ-TTg",
                                            "1234/STTTT-TTBCXB", dt.date(2021, 6, 1)))
    operations.save_topic(repo, topic=Topic("OCOP", "Chương trình OCOP 2021–2025",
                                            "1234/STTTT-TTBCXB", dt.date(2021, 1, 1),
                                            dt.date(2025, 12, 31)))
    return repo


def make_record(**fields: object) -> LogRecord:
    """A valid radio record for the test station; override any field."""
    values: dict[str, object] = {
        "date": dt.date(2021, 6, 21), "topic_code": "OCOP", "form_code": "radio",
        "title": "Tuyên truyền sản phẩm OCOP na Chi Lăng", "unit_code": COMMUNE,
        "items": 1, "airings": 2, "minutes": 10, "language": "vi", "source": "self",
    }
    values.update(fields)
    return LogRecord(**values)  # type: ignore[arg-type]
