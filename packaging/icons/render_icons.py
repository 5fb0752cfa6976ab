# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Render the app icon's SVG into the bitmaps that installers and bundles need.

Writes ``resources/icons/<app-id>-256.png`` and ``-512.png`` (AppStream, hicolor, window
managers without SVG support), ``packaging/icons/hrconnect.ico`` (the Windows executable) and
``packaging/icons/hrconnect.icns`` (the macOS bundle). Both container formats hold PNG images,
which Windows Vista+ and macOS 10.7+ read, so neither Pillow nor iconutil is needed.

Run it after editing the SVG, from the repository root:
``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/render_icons.py``.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.hrconnect.HRConnect"
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
PNG_SIZES = (256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types whose payload may be a PNG, by pixel size (Apple's "icns" type codes).
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` canvas, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise RuntimeError(f"could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_file(images: dict[int, bytes]) -> bytes:
    """A Windows ICO container holding one PNG per size (a 256 px entry is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    payload = b""
    for size, png in sorted(images.items()):
        edge = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns_file(images: dict[int, bytes]) -> bytes:
    """An Apple ICNS container holding one PNG element per size."""
    elements = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main() -> int:
    """Render every bitmap; returns the process exit code."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.stderr.write(f"{SVG}: not a valid SVG\n")
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    images = {size: render_png(renderer, size) for size in sizes}
    for size in PNG_SIZES:
        (SVG.parent / f"{APP_ID}-{size}.png").write_bytes(images[size])
    target = ROOT / "packaging" / "icons"
    (target / "hrconnect.ico").write_bytes(ico_file({s: images[s] for s in ICO_SIZES}))
    (target / "hrconnect.icns").write_bytes(icns_file({s: images[s] for s in ICNS_TYPES}))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
