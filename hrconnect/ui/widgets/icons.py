# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""SVG icons from ``resources/icons``: the sidebar's follow the palette, light or dark."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

SOURCE_INK = "#1f2328"
"""The colour the sidebar SVGs are drawn in; replaced by the palette's text colour."""
PIXEL_SIZES = (16, 20, 24, 32, 40, 48, 64)


def ui_icon(name: str) -> QIcon:
    """An icon from ``resources/icons/ui/<name>.svg`` in the palette's text colour.

    The SVGs are drawn in one dark ink; re-inked with the current text colour they stay
    visible in a dark palette. An empty icon if the file is missing.
    """
    app = QGuiApplication.instance()
    ink = (
        QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
        if isinstance(app, QGuiApplication)
        else SOURCE_INK
    )
    return _inked_icon(name, ink)


@cache
def _inked_icon(name: str, ink: str) -> QIcon:
    from hrconnect.errors import HrconnectError
    from hrconnect.resources import resources_dir

    try:
        path = resources_dir() / "icons" / "ui" / f"{name}.svg"
    except HrconnectError:
        return QIcon()
    if not path.exists():
        return QIcon()
    data = path.read_bytes().replace(SOURCE_INK.encode(), ink.encode())
    icon = QIcon()
    renderer = QSvgRenderer(QByteArray(data))  # parsed once, rendered at every size
    for size in PIXEL_SIZES:  # rendered once per size: crisp on 1x and 2x screens
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def app_icon() -> QIcon:
    """The application icon."""
    from hrconnect import APP_ID
    from hrconnect.errors import HrconnectError
    from hrconnect.resources import resources_dir

    try:
        path = resources_dir() / "icons" / f"{APP_ID}.svg"
    except HrconnectError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()
