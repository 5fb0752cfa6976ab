# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Pure domain types: no I/O, no SQL, no Qt. Every other layer speaks in these."""
