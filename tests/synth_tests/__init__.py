# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Tests of the synthetic-network generator itself (shapes, truth locators, determinism)."""
