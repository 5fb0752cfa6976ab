# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Dialogs: import, export, backups, settings, logging an interaction."""
