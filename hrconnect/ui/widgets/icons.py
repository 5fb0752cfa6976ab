# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""SVG icons from ``resources/icons`` (crisp at any scale factor)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon


@cache
def ui_icon(name: str) -> QIcon:
    """An icon from ``resources/icons/ui/<name>.svg`` (an empty icon if it is missing)."""
    from hrconnect.errors import HrconnectError
    from hrconnect.resources import resources_dir

    try:
        path = resources_dir() / "icons" / "ui" / f"{name}.svg"
    except HrconnectError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()


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
