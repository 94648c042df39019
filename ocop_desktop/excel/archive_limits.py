"""Limits checked on a report's zip before the spreadsheet reader opens it.

A file from outside may be a zip bomb, or a sheet that claims an extent no report has: both
are refused here, from the real bytes, before python-calamine allocates anything.
"""

from __future__ import annotations

import re
import zipfile


class TooLarge(Exception):  # noqa: N818 (a verdict on a file, reported as a problem)
    """The archive is beyond a limit: ``what`` (member, ratio, address, dimension, cell),
    the ``value`` found and the ``limit``."""

    def __init__(self, what: str, value: object, limit: object) -> None:
        super().__init__(what, value, limit)
        self.what = what
        self.value = value
        self.limit = limit


# The reader (calamine) allocates a sheet's whole rectangle, about 32 bytes a cell, before
# Python sees a row: a single cell at XFD1048576 asks for 512 GB. So the sheets' XML is
# checked first (``check_archive``): every cell and row must carry its address, no address
# may lie beyond column CZ (104 columns: an office's "Báo cáo" sheet has one per measure of
# each form, ~70), nor beyond row 299,999 in columns A–Z (the data and detail sheets have
# 22 and ~15 columns) or row 9,999 in columns AA–CZ (the human sheets are short): at most
# ~8.6 million cells, ~280 MB.
# A zip member may not unpack to more than MAX_MEMBER_BYTES, nor claim a ratio above
# MAX_RATIO (ordinary sheets compress 5–20 times); the actual bytes are counted, not the
# sizes the zip directory claims.
MAX_MEMBER_BYTES = 200_000_000
MAX_UNPACKED_BYTES = 400_000_000
MAX_RATIO = 200
_DIMENSION = re.compile(rb'<dimension ref="([A-Z0-9:]{1,30})"')
_BEYOND_SHEET = re.compile(
    rb'r="(?:[A-Z]{3}|[D-Z][A-Z]|[A-Z]{1,2}\d{7}|[A-Z]{2}\d{5}|[A-Z][3-9]\d{5})')
SHEET_LIMIT = "Z299999, CZ9999"


def check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse a zip bomb or a sheet whose extent no report has, before calamine sees it.

    Each member is unpacked in chunks, counting the real bytes (a zip directory can lie),
    and nothing beyond the limits is ever held; sheets are then searched for addresses
    beyond what a data sheet holds, and for cells or rows without an address (whose place
    the reader would have to infer).
    """
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        if info.file_size > MAX_MEMBER_BYTES:
            raise TooLarge("member", info.filename, MAX_MEMBER_BYTES)
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(
                info.compress_size, 1):
            raise TooLarge("ratio", info.filename, MAX_RATIO)
        is_sheet = info.filename.startswith("xl/worksheets/") and \
            info.filename.endswith(".xml")
        chunks: list[bytes] = []
        size = 0
        with archive.open(info) as member:
            while chunk := member.read(1 << 20):
                size += len(chunk)
                if size > MAX_MEMBER_BYTES or total + size > MAX_UNPACKED_BYTES:
                    raise TooLarge("member", info.filename, MAX_MEMBER_BYTES)
                if is_sheet:
                    chunks.append(chunk)
        total += size
        if is_sheet:
            check_sheet_xml(info.filename, b"".join(chunks))


def check_sheet_xml(name: str, xml: bytes) -> None:
    """Every cell and row carries its address, and none lies beyond ``SHEET_LIMIT``."""
    cells = xml.count(b"<c ") + xml.count(b"<c>") + xml.count(b"<c/>")
    rows = xml.count(b"<row ") + xml.count(b"<row>") + xml.count(b"<row/>")
    if cells != xml.count(b'<c r="') or rows != xml.count(b'<row r="'):
        raise TooLarge("address", name, "")
    dimension = _DIMENSION.search(xml, 0, 4096)
    if dimension is not None:
        end = dimension.group(1).split(b":")[-1]
        if _BEYOND_SHEET.match(b'r="' + end):
            raise TooLarge("dimension", dimension.group(1).decode("ascii", "replace"),
                           SHEET_LIMIT)
    beyond = _BEYOND_SHEET.search(xml)
    if beyond is not None:
        address = xml[beyond.start() + 3:beyond.start() + 16].split(b'"')[0].decode(
            "ascii", "replace")
        raise TooLarge("cell", address, SHEET_LIMIT)
