# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Qt item models over the service layer's values (the People list, a person's timeline)."""
