# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Facebook "Download your information" archives: friends, message threads, the owner's name.

See ``reader.py`` for the flow and FORMATS.md §2 for the format in every era.
"""

from __future__ import annotations

from hrconnect.importers.facebook.reader import FacebookReader

__all__ = ["FacebookReader"]
