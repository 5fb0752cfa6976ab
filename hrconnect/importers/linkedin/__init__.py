# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""LinkedIn's data export: the archive (ZIP or folder) and bare Connections.csv files.

Connections become records, the owner's Profile/Positions/e-mail/phone files become "me",
messages and invitations become interactions joined on profile URLs. See FORMATS.md §1.
"""

from __future__ import annotations

from hrconnect.importers.linkedin.reader import LinkedInReader

__all__ = ["LinkedInReader"]
