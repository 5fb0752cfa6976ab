# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Checks before Qt starts, so a missing display or library gives a message instead of an abort.

Qt aborts the process (``qFatal``) when it cannot load a platform plugin; nothing can catch that.
We look first and explain what to do.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

HEADLESS_HINT = (
    "no display found. To use hrconnect without a window, run a command "
    "(see 'hrconnect --help'); to run the window headless (tests, screenshots), set "
    "QT_QPA_PLATFORM=offscreen or start it under xvfb-run."
)

XCB_LIBRARIES = ("xcb-cursor", "xkbcommon-x11", "xcb-icccm", "xcb-keysyms", "xcb-shape")
XCB_HINT = (
    "the window needs X11 libraries that are missing ({missing}). On Debian or Ubuntu: "
    "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 "
    "libxcb-shape0"
)


def display_problem(
    environ: dict[str, str] | None = None, platform: str | None = None
) -> str | None:
    """A message explaining why no window can open here, or None if one can."""
    env = os.environ if environ is None else environ
    system = platform or sys.platform
    if not system.startswith("linux") and "bsd" not in system:
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return None  # offscreen, minimal, vnc, eglfs...: no display needed
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return HEADLESS_HINT
    if env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and not qpa.startswith("wayland"):
        missing = [name for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]
        if missing:
            return XCB_HINT.format(missing=", ".join(missing))
    return None
