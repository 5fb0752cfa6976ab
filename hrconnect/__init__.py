# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""hrconnect: a private, offline home for an HR professional's network.

This module holds only what everything else may need without importing anything heavy:
the version and the application id used by the desktop file, AppStream and the window.
"""

__version__ = "0.1.0"

APP_NAME = "hrconnect"
APP_DISPLAY_NAME = "hrconnect"
APP_ID = "io.github.hrconnect.HRConnect"
