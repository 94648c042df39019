"""The other ways out: a copy of a report to a folder or a USB drive (written atomically and
checked against its hash), and a report recorded as handed over another way (webmail, Zalo,
on paper). Both go to the sent log and set the report's status in the register.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import Path

from ocop_desktop.atomic_files import copy_file_atomically
from ocop_desktop.domain.outbox import DeliveryMethod
from ocop_desktop.domain.validation import Problem, ProblemCode, ValidationError
from ocop_desktop.operations.clock import current, iso
from ocop_desktop.operations.log import Area, Changes
from ocop_desktop.operations.outbox import register
from ocop_desktop.storage.outbox import OutboxStore
from ocop_desktop.storage.repository import Repository

log = logging.getLogger(__name__)


def _copy_target(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or ``name (2)``… when a different file already has it."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 2
    while target.exists():
        target = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return target


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def copy_file_to(source: Path, folder: Path) -> tuple[Path, str]:
    """Copy ``source`` into ``folder`` safely: write a temporary file, flush it to the
    device (a USB stick pulled right after must hold the whole file), check the hash, then
    give it its name. Returns (copy, sha256)."""
    problems: list[Problem] = []
    if not source.is_file():
        problems.append(Problem("file", ProblemCode.FILE_NOT_FOUND, {"value": str(source)}))
    if not folder.is_dir():
        problems.append(Problem("folder", ProblemCode.FILE_NOT_FOUND, {"value": str(folder)}))
    if problems:
        raise ValidationError(problems)
    expected = _sha256_file(source)
    existing = folder / source.name
    if existing.is_file() and _sha256_file(existing) == expected:
        return existing, expected  # the same file is already there
    target = _copy_target(folder, source.name)
    try:
        copy_file_atomically(source, target, sha256=expected)
    except OSError as exc:
        raise ValidationError([Problem("folder", ProblemCode.FILE_UNREADABLE, {
            "value": str(folder), "detail": exc.strerror or str(exc)})]) from None
    return target, expected


def save_copy(repo: Repository, *, report_id: int, folder: Path | str,
              now: dt.datetime | None = None) -> tuple[Path, Changes]:
    """Copy a report's file to a chosen folder or USB drive and record it as handed over."""
    report = register.get(repo, report_id)
    target, digest = copy_file_to(report.file, Path(folder).expanduser())
    at = iso(current(now))
    store = OutboxStore(repo.db)
    with repo.db.atomic():
        store.add_delivery(method=DeliveryMethod.COPY, at=at, recipients="",
                           file_sha256=digest, file_name=report.file.name,
                           report_id=report_id, destination=str(target))
        register.handed_over(repo, report_id, str(target), at)
    log.info("report %s copied to %s", report_id, target)
    return target, Changes(frozenset({Area.OUTBOX, Area.REPORTS}), updated=1)


def mark_handed_over(repo: Repository, *, report_id: int, to: str, note: str = "",
                     now: dt.datetime | None = None) -> Changes:
    """Record that a report went another way (webmail, Zalo, on paper), to ``to``."""
    report = register.get(repo, report_id)
    if not to.strip():
        raise ValidationError([Problem("sent_to", ProblemCode.REQUIRED)])
    if len(to) > 300 or len(note) > 1000:
        raise ValidationError([Problem("sent_to", ProblemCode.TOO_LONG, {"max": 300})])
    digest = _sha256_file(report.file) if report.file.is_file() else report.sha256
    at = iso(current(now))
    with repo.db.atomic():
        OutboxStore(repo.db).add_delivery(
            method=DeliveryMethod.HAND, at=at, recipients=to.strip(), file_sha256=digest,
            file_name=report.file.name, report_id=report_id, note=note.strip())
        register.handed_over(repo, report_id, to.strip(), at)
    log.info("report %s recorded as handed over", report_id)
    return Changes(frozenset({Area.OUTBOX, Area.REPORTS}), updated=1)


def report_file_changed(repo: Repository, *, report_id: int) -> bool:
    """Whether the report's file differs from what was exported (edited or replaced since):
    the dialog warns, since the sent log will record the file as it is now."""
    ref = register.get(repo, report_id)
    return ref.file.is_file() and _sha256_file(ref.file) != ref.sha256
