# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The script PyInstaller freezes: portable mode, then ``hrconnect.__main__.main``.

Portable mode (picard's and TagStudio's idea): when a folder named ``data`` sits next to the
executable, everything is kept in it, as if ``HRCONNECT_HOME`` pointed there, so the app can
live on a USB stick. An explicit ``--home`` or ``HRCONNECT_HOME`` still wins. It is off inside a
macOS ``.app`` (its executable folder is part of the signed bundle) and when not frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PORTABLE_FOLDER = "data"
HOME_ENV = "HRCONNECT_HOME"


def portable_home(executable: Path, frozen: bool, platform: str) -> Path | None:
    """The portable data folder to use, or None when portable mode does not apply.

    Args:
        executable: the running executable (``sys.executable`` when frozen).
        frozen: whether this is a PyInstaller bundle.
        platform: ``sys.platform``.

    Returns:
        ``<executable folder>/data`` if it exists as a folder, else None.
    """
    if not frozen or platform == "darwin":
        return None
    candidate = executable.resolve().parent / PORTABLE_FOLDER
    return candidate if candidate.is_dir() else None


def launch() -> int:
    """Apply portable mode, then run the CLI or the window; returns the exit code."""
    home = portable_home(Path(sys.executable), bool(getattr(sys, "frozen", False)), sys.platform)
    if home is not None and not os.environ.get(HOME_ENV):
        os.environ[HOME_ENV] = str(home)
    from hrconnect.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(launch())
