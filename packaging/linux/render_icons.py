#!/usr/bin/env python3
"""Render the application icon (the package's SVG) for every platform's packaging.

    render_icons.py OUTDIR

writes, from ``exchange_planner.resources.app_icon()`` (src/exchange_planner/resources/icons/
exchange-planner.svg) with Qt's SVG renderer on the offscreen platform:

- ``OUTDIR/hicolor/{16,24,32,48,64,128,256,512}x…/apps/exchange-planner.png`` and
  ``OUTDIR/hicolor/scalable/apps/exchange-planner.svg`` (the freedesktop icon theme layout);
- ``OUTDIR/exchange-planner.ico`` (Windows): PNG entries of 16 to 256 pixels in an ICO
  container (the PNG-in-ICO format Windows reads since Vista);
- ``OUTDIR/exchange-planner.icns`` (macOS): PNG entries of 16 to 1024 pixels under their
  type codes (icp4 … ic14).

Run with the project's Python (PySide6 installed), from anywhere:
``PYTHONPATH=src .venv/bin/python packaging/linux/render_icons.py build/icons``.
The output is the same bytes for the same SVG and Qt version.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

NAME = "exchange-planner"
REPOSITORY = Path(__file__).resolve().parents[2]
#: The hicolor sizes the desktop gets.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The sizes of the Windows icon (256 is the largest an ICO entry can say).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The PNG entries of a macOS icon: type code -> pixels (the @2x ones are the larger twin).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16@2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32@2x
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def svg_path() -> Path:
    """The icon the application shows, as the package finds it (a checkout's copy when the
    package cannot be imported)."""
    sys.path.insert(0, str(REPOSITORY / "src"))
    try:
        from exchange_planner import resources

        return resources.app_icon()
    except ImportError:
        return REPOSITORY / "src" / "exchange_planner" / "resources" / "icons" / f"{NAME}.svg"
    finally:
        sys.path.remove(str(REPOSITORY / "src"))


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a ``size`` × ``size`` image with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG entries: ICONDIR (reserved 0, type 1, count), one 16-byte
    ICONDIRENTRY per image (width, height with 0 for 256, colours 0, reserved 0, planes 1,
    32 bits per pixel, size, offset), then the PNG data."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(entries: list[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file: ``icns`` and the file's length (big-endian), then per entry its 4-byte
    type, its length including these 8 bytes, and its PNG data."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(outdir: Path, svg: Path | None = None) -> list[Path]:
    """Write every icon into ``outdir``; returns the files written."""
    svg = svg or svg_path()
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else NAME])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not an SVG Qt can draw")
    pngs = {
        size: png_bytes(render(renderer, size))
        for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    }
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = outdir / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = outdir / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    ico = outdir / f"{NAME}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = outdir / f"{NAME}.icns"
    icns.write_bytes(icns_bytes([(kind, pngs[size]) for kind, size in ICNS_TYPES]))
    written += [ico, icns]
    del app
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: render_icons.py OUTDIR", file=sys.stderr)
        return 2
    for path in render_all(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
