# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keep-in-touch scheduling: pure rules over dates, no storage, no clock of its own."""
