# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Qt desktop interface. The only package that imports PySide6; nothing imports it back."""
