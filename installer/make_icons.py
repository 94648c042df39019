"""Render the application icon from its SVG sources into the package.

    python installer/make_icons.py

Reads ``resources/icons/ocop-desktop.svg`` (and ``ocop-desktop-small.svg``, drawn on the
pixel grid for 16 and 24 px) and writes into ``ocop_desktop/resources/``:

- ``ocop-desktop-<size>.png`` for 16, 24, 32, 48, 64, 128 and 256 px (``app.window_icon``
  puts them all in one QIcon, so Qt picks the sharp one for each place);
- ``ocop-desktop.ico``, the multi-size Windows icon used by PyInstaller and Inno Setup;
- a copy of ``ocop-desktop.svg``.

Only PySide6 (QtSvg ships in PySide6-Essentials) is needed; Pillow is not. Qt's own ICO
writer stores a single image, so the .ico is assembled here: 32-bit BMP entries for the
small sizes (what every Windows version reads) and a PNG entry for 256 px (Vista and later),
the layout Microsoft's icon guidelines recommend. The outputs are committed; run this again
only after changing an SVG.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "ocop-desktop.svg"
SMALL_SOURCE = ROOT / "resources" / "icons" / "ocop-desktop-small.svg"
TARGET = ROOT / "ocop_desktop" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_SIZES = (16, 24)  # drawn from the pixel-grid variant
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_PNG_FROM = 256  # entries this large are stored as PNG, smaller ones as BMP


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry as a DIB: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(height - 1, -1, -1):
        line = image.constScanLine(y)
        rows.append(bytes(line)[: width * 4])  # ARGB32 is BGRA in memory (little endian)
    mask_row = ((width + 31) // 32) * 4  # 1 bit per pixel, rows padded to 32 bits
    mask = bytes(mask_row * height)  # all zero: the alpha channel decides
    return header + b"".join(rows) + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = images[size]
        data = png_bytes(image) if size >= ICO_PNG_FROM else bmp_entry(image)
        entries.append((size, data))
    offset = 6 + 16 * len(entries)
    directory = b""
    payload = b""
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    TARGET.mkdir(parents=True, exist_ok=True)
    images: dict[int, QImage] = {}
    for size in SIZES:
        source = SMALL_SOURCE if size in SMALL_SIZES else SOURCE
        images[size] = render(source, size)
        path = TARGET / f"ocop-desktop-{size}.png"
        path.write_bytes(png_bytes(images[size]))
        print(f"wrote {path.relative_to(ROOT)}")
    ico = TARGET / "ocop-desktop.ico"
    ico.write_bytes(ico_bytes(images))
    print(f"wrote {ico.relative_to(ROOT)}")
    shutil.copyfile(SOURCE, TARGET / "ocop-desktop.svg")
    print(f"wrote {(TARGET / 'ocop-desktop.svg').relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
