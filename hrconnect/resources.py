# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Finding bundled files (icons, translations, demo data) wherever the app runs from.

The ``resources/`` folder sits at the repository's top level in a source checkout, is mapped
into the package as ``hrconnect/resources`` in a wheel, and lies next to the executable's
internals in a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from hrconnect.errors import HrconnectError


@cache
def resources_dir() -> Path:
    """The folder holding ``icons/``, ``i18n/`` and ``demo/``.

    Raises:
        HrconnectError: the installation is incomplete (no resources found).
    """
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if any((candidate / sub).is_dir() for sub in ("demo", "i18n", "icons")):
            return candidate
    raise HrconnectError(
        "the app's resources are missing; reinstall hrconnect", reason="no_resources"
    )


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)
