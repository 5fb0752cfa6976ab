# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Tests of the Google Contacts CSV and Outlook CSV importers."""
